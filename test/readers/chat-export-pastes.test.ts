// A chat app's HTML export (a note-to-self chat): each message a block with its time of day shown
// ("21:14") and its full date and time in a tooltip (`title`), the pasted transcript inside as text
// lines: a numbered title line, then a line of the course's values side by side. The message's
// time is no course's hours; the numbers are no title's words.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

const message = (time: string, stamp: string, text: string, initials = ''): string =>
  `<div>${initials ? `<div><div>${initials}</div></div>` : ''}<div><div title="${stamp}">${time}</div>` +
  `${initials ? '<div>Kim Alvarez</div>' : ''}<div>${text}</div></div></div>`;

const head = 'NREMT transcript (copied for my phone)<br>Kim Alvarez · National Registry # E1234567<br>Certification: EMT · Expiration Date 03/31/2027<br>Cycle: 04/01/2025 – 03/31/2027';

const transcript = (value: (date: string, hours: string, assignment: string, approval: string) => string, number: (n: number) => string): string =>
  [
    [`${number(1)}Airway Management Update`, value('2025-06-10', '2.0 CEH', 'National / Airway', 'CAPCE 25-ABCD-F3-0101')],
    [`${number(2)}Spinal Motion Restriction`, value('2025-09-03', '1:30', 'National / Trauma', 'CAPCE 25-ABCD-F3-0202')],
    [`${number(3)}Protocol Review 2026`, value('2026-01-20', '3.0 CEH', 'State/Local', 'OEMS 26-0404-T3')],
  ]
    .flat()
    .join('<br>');

const page = (time: string, stamp: string, text: string): string =>
  '<!DOCTYPE html><html><head><title>Exported Data</title></head><body><div>Saved Messages</div>' +
  '<div><div>12 May 2026</div></div>' +
  message(time, stamp, head, 'KA') +
  message(time, stamp, text) +
  message(time, stamp, 'reminder: ask about the protocol course') +
  '</body></html>';

const expected = [
  { title: 'Airway Management Update', completedOn: '2025-06-10', hours: 2, component: 'national', topic: 'airway', approvalNumber: '25-ABCD-F3-0101' },
  { title: 'Spinal Motion Restriction', completedOn: '2025-09-03', hours: 1.5, component: 'national', topic: 'trauma', approvalNumber: '25-ABCD-F3-0202' },
  { title: 'Protocol Review 2026', completedOn: '2026-01-20', hours: 3, component: 'local', topic: null, approvalNumber: '26-0404-T3' },
];

describe('a chat export of a pasted transcript', () => {
  it.each([
    ['· between values, "1. " numbers, a 24-hour time', '21:14', '12.05.2026 21:14:07 UTC-05:00', (d: string, h: string, a: string, n: string) => `${d} · ${h} · ${a} · ${n}`, (n: number) => `${n}. `],
    ['| between values, numbers, a morning time', '07:02', '12.05.2026 07:02:11 UTC+01:00', (d: string, h: string, a: string, n: string) => `${d} | ${h} | ${a} | ${n}`, (n: number) => `${n}. `],
    ['• between values, no numbers', '9:45', '2026-05-12 9:45:30', (d: string, h: string, a: string, n: string) => `${d} • ${h} • ${a} • ${n}`, () => ''],
    ['indented value lines, an ISO stamp', '13:05', '2026-05-12T13:05:00', (d: string, h: string, a: string, n: string) => `&nbsp;&nbsp;&nbsp;&nbsp;${d} · ${h} · ${a} · ${n}`, (n: number) => `${n}. `],
  ])('%s: each course once, no message time as hours', (_, time, stamp, value, number) => {
    const snapshot = readHtml(page(time, stamp, transcript(value, number)));
    expect(snapshot.kind).toBe('nremt-education');
    expect(snapshot.courses).toEqual(expected);
  });

  it.each([
    ['21:14', '12.05.2026 21:14:07'],
    ['7:02', '2026-05-12 7:02'],
  ])('a message time %s (its date in the tooltip) is never a course hours figure', (time, stamp) => {
    const html = page(time, stamp, 'Cardiology Review<br>2025-06-10<br>see the certificate');
    const hours = (readHtml(html).courses ?? []).map((course) => course.hours);
    expect(hours).not.toContain(Number(time.split(':')[0]) + Number(time.split(':')[1]) / 60);
  });
});
