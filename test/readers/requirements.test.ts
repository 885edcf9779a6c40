// Manage Education's own required figures: read only beside a component/topic heading.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { requiredFigure } from '../../lib/readers/requirements';
import { readHtml } from './load';

const fixtures = join(__dirname, '..', 'fixtures');
const page = (body: string) =>
  readHtml(`<html><head><title>Manage Education</title></head><body><h1>Manage Education</h1><p>All sections must be complete to recertify.</p>${body}</body></html>`, 'https://www.nremt.org/manage-education');
const table = (title: string, hours: string) =>
  `<table><tr><th>Course Title</th><th>Date Completed</th><th>Hours</th><th>Approval Number</th></tr><tr><td>${title}</td><td>01/10/2026</td><td>${hours}</td><td>26-ZZZZ-F3-0100</td></tr></table>`;

describe('required figure in a progress text', () => {
  it.each([
    ['24.50 / 25.00 credits', 25],
    ['4.00 / 4.00', 4],
    ['Trauma 2.50 of 4.00 hours', 4],
    ['Required: 4', 4],
    ['National Component (12.5 of 25 credits)', 25],
  ])('%s -> %s', (text, figure) => expect(requiredFigure(text)).toBe(figure));

  it.each(['03/31/2027', 'expires 03/31/2027', 'Stroke Recognition (2.00 hours)', 'National 25 hours', 'No courses assigned to this topic.'])(
    'no figure in %s',
    (text) => expect(requiredFigure(text)).toBeNull(),
  );
});

describe('requirements on Manage Education', () => {
  it('replica: every section shows its own progress text (Y is the requirement)', () => {
    const snap = readHtml(readFileSync(join(fixtures, 'replica', 'nremt-manage-education.html'), 'utf8'));
    expect(snap.requirements).toEqual({
      national: 25,
      local: 12.5,
      individual: 12.5,
      topics: { airway: 5, cardiovascular: 6, trauma: 4, medical: 7, operations: 3 },
    });
  });

  it('"Required: 4" on the line after the Trauma heading', () => {
    const snap = page(`<h2>National Component</h2><h3>Trauma</h3><p>Required: 4</p>${table('Burn Management', '1')}`);
    expect(snap.requirements).toEqual({ topics: { trauma: 4 } });
  });

  it('ignores figures in course rows, after the first line, and under other headings', () => {
    const snap = page(
      `<h2>National Component</h2><p>Assign courses to a topic.</p><p>24 / 25</p>` +
        `<h3>Trauma</h3>${table('Hemorrhage Control (2.00 hours)', '2')}<p>Required: 9</p>` +
        `<h2>Message Center</h2><p>Your 3 of 4 hours reminder</p><h2>Handbook</h2><p>National 25 hours</p>`,
    );
    expect(snap.courses).toHaveLength(1);
    expect(snap.requirements).toBeUndefined();
  });

  it('no figures: no requirements key (pages without progress text keep their snapshots)', () => {
    expect(page(`<h2>Local Component</h2>${table('Protocol Update', '3')}`).requirements).toBeUndefined();
  });
});
