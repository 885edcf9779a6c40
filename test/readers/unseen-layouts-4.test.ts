// Reading rules a person uses on a page they never saw, one small page each in markup no
// fixture has: records by repetition, fields by their values, labels and headings as evidence.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

const page = (body: string, title = 'Manage Education'): string =>
  `<!DOCTYPE html><html><head><title>${title}</title></head><body><h1>${title}</h1>${body}</body></html>`;

describe('values', () => {
  it('a time of day after a date is part of the date, not an hours figure', () => {
    const course = (title: string, when: string, hours: string) => `<li>${title} — finished ${when} — ${hours}</li>`;
    const snap = readHtml(
      page(
        `<section><p>Cycle start: 2024-04-01 09:00</p><p>Expiration date: 2026-03-31 17:30</p></section>` +
          `<ol>${course('Airway Course', '2025-09-16 14:30', '1.5 CEH')}${course('Cardiac Course', '2025-10-02 08:15', '2 CEH')}</ol>`,
      ),
    );
    expect(snap.courses?.map((c) => [c.title, c.completedOn, c.hours])).toEqual([
      ['Airway Course', '2025-09-16', 1.5],
      ['Cardiac Course', '2025-10-02', 2],
    ]);
  });
});

describe('certification facts beside labels, on any page of the person', () => {
  it('an education page that shows the level, cycle start and expiration as labelled values', () => {
    const snap = readHtml(
      page(
        `<aside><div><span>Certification level</span> <span>Paramedic</span></div><div><span>Cycle Start Date</span> <span>04/01/2024</span></div>` +
          `<div><span>Expiration Date</span> <span>03/31/2026</span></div></aside>` +
          `<table><tr><th>Course</th><th>Completed</th><th>Hours</th></tr><tr><td>Airway Course</td><td>09/16/2025</td><td>1.5</td></tr></table>`,
      ),
    );
    expect(snap.certification).toEqual({ level: 'paramedic', cycleStart: '2024-04-01', expiresOn: '2026-03-31' });
    expect(snap.courses).toHaveLength(1);
  });
});
