// "CE" labels a course's component as well as its credit: "CE: National", a "CE" column holding
// "Local" (domain.md: Manage Education assigns courses to the National, Local and Individual
// components; hours are "hours", "credits", "CEH"). Read as an hours label, such a value was hours
// that could not be read: the course split in two or was read as none at all. The value decides: a
// component or topic name with no figure is where the course counts; a figure stays its hours.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

const page = (body: string): string => `<!DOCTYPE html><html><head><title>Manage Education | NREMT</title></head><body><h1>Manage Education</h1>${body}</body></html>`;
const card = (lines: string[]): string => `<div><h3>${lines[0]}</h3>${lines.slice(1).map((line) => `<p>${line}</p>`).join('')}</div>`;
const table = (header: string[], rows: string[][]): string =>
  `<table><tr>${header.map((cell) => `<th>${cell}</th>`).join('')}</tr>${rows.map((row) => `<tr>${row.map((cell) => `<td>${cell}</td>`).join('')}</tr>`).join('')}</table>`;
const read = (body: string) => {
  const snapshot = readHtml(page(body));
  return { courses: (snapshot.courses ?? []).map((c) => [c.title, c.completedOn, c.hours, c.component, c.topic]), unread: snapshot.unread ?? [] };
};

const AIRWAY = ['Airway Management Review', '2026-01-14', 2, 'national', 'airway'];
const PROTOCOL = ['Regional Protocol Update', '2026-02-11', 1.5, 'local', null];

describe('"CE" naming where a course counts', () => {
  it.each([
    [
      'cards: "CE: National – Airway" after the hours',
      [
        ['Airway Management Review', 'Completed: 01/14/2026', 'Hours: 2', 'CE: National – Airway', 'Approval #: 26-EMSX-F3-0101'],
        ['Regional Protocol Update', 'Completed: 02/11/2026', 'Hours: 1.5', 'CE: State/Local', 'Approval #: 26-0211-T3'],
      ]
        .map(card)
        .join(''),
      [AIRWAY, PROTOCOL],
    ],
    [
      'cards: "CE:" before the date, credits after',
      [
        ['Airway Management Review', 'CE: National - Airway, Respiration &amp; Ventilation', 'Completed: 01/14/2026', 'Credits: 2'],
        ['Regional Protocol Update', 'CE: Local', 'Completed: 02/11/2026', 'Credits: 1.5'],
      ]
        .map(card)
        .join(''),
      [AIRWAY, PROTOCOL],
    ],
    [
      'a meta line of values with "CE: Local" in it',
      [
        ['Airway Management Review', '01/14/2026 · 2 hrs · CE: National – Airway · 26-EMSX-F3-0101'],
        ['Regional Protocol Update', '02/11/2026 · 1.5 hrs · CE: Local · 26-0211-T3'],
      ]
        .map(card)
        .join(''),
      [AIRWAY, PROTOCOL],
    ],
    [
      'a table with a "CE" column beside its credits',
      table(['Course', 'Completed', 'Credits', 'CE', 'Approval'], [
        ['Airway Management Review', '01/14/2026', '2', 'National – Airway', '26-EMSX-F3-0101'],
        ['Regional Protocol Update', '02/11/2026', '1.5', 'Local', '26-0211-T3'],
      ]),
      [AIRWAY, PROTOCOL],
    ],
  ])('%s', (_, body, expected) => {
    const { courses, unread } = read(body);
    expect(courses).toEqual(expected);
    expect(unread).toEqual([]);
  });

  it('"CE: 2" stays the hours', () => {
    const body = [
      ['Airway Management Review', 'Completed: 01/14/2026', 'CE: 2', 'Approval #: 26-EMSX-F3-0101'],
      ['Regional Protocol Update', 'Completed: 02/11/2026', 'CE: 1.5', 'Approval #: 26-0211-T3'],
    ]
      .map(card)
      .join('');
    expect(read(body).courses).toEqual([
      ['Airway Management Review', '2026-01-14', 2, null, null],
      ['Regional Protocol Update', '2026-02-11', 1.5, null, null],
    ]);
  });
});
