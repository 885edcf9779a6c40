// A course pasted as a block of labelled lines under its title line ("Stroke Scales in the Field",
// then "Date Completed: 05/09/2026   Hours: 1.00", "Approval #: …", "Applied to: National > …"):
// the free-words line right above a run of labelled values is the run's title where the run names
// none of its own, and one line's several labelled values are each their own (a code block's
// line per <div>, its tokens coloured in spans, or a plain <pre>). A rule of dashes above a
// totals run is no title; a run with its own "Course:" keeps it.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

type Row = [string, string | null, number, string | null, string | null, string | null];
const rows = (html: string): Row[] =>
  (readHtml(html).courses ?? []).map((course) => [course.title, course.completedOn, course.hours, course.component, course.topic, course.approvalNumber]);

const page = (body: string): string => `<!DOCTYPE html><html><head><title>My CE notes</title></head><body><article><h1>Where my recert stands</h1><p>Copied from my NREMT transcript, one block per course.</p>${body}</article></body></html>`;
/** A highlighter's code view: a <div> per line, each token in a span, the box keeping its spaces. */
const codeView = (lines: readonly string[]): string =>
  `<div style="white-space: pre">${lines.map((line) => `<div><div>${line.split(/(?=[:/#>-])|(?<=[:/#>-])/).map((token) => `<span>${token}</span>`).join('')}</div></div>`).join('')}</div>`;
const pre = (lines: readonly string[]): string => `<pre>${lines.join('\n')}</pre>`;

const BLOCKS = [
  'Spinal Motion Restriction Review',
  '    Date Completed: 02/11/2027     Hours: 1.50',
  '    Approval #: 27-SMRX-F3-0112',
  '    Applied to: National > Trauma',
  '',
  'Regional Protocol Night',
  '    Date Completed: 03/02/2027     Hours: 2.00',
  '    Approval #: 27-0302-T1',
  '    Applied to: State/Local',
  '',
  'Capnography Basics',
  '    Date Completed: 03/20/2027     Hours: 1.00',
  '    Approval #: (waiting on sponsor)',
  '    Applied to: Individual',
];
const READ: Row[] = [
  ['Spinal Motion Restriction Review', '2027-02-11', 1.5, 'national', 'trauma', '27-SMRX-F3-0112'],
  ['Regional Protocol Night', '2027-03-02', 2, 'local', null, '27-0302-T1'],
  ['Capnography Basics', '2027-03-20', 1, 'individual', null, null],
];

const cases: Array<[string, string, Row[]]> = [
  ['a code view, a <div> per line and a span per token', page(codeView(BLOCKS)), READ],
  ['a plain <pre>', page(pre(BLOCKS)), READ],
  [
    'runs naming their own title: the line above each ("Entry 1") is not it',
    page(pre(['Entry 1', 'Course: Burn Care Basics', 'Date Completed: 01/14/2027', 'Hours: 2.00', 'Entry 2', 'Course: Neonatal Resuscitation', 'Date Completed: 02/03/2027', 'Hours: 1.50'])),
    [
      ['Burn Care Basics', '2027-01-14', 2, null, null, null],
      ['Neonatal Resuscitation', '2027-02-03', 1.5, null, null, null],
    ],
  ],
];

describe('a title line above a run of labelled values', () => {
  it.each(cases)('%s', (_name, html, expected) => {
    expect(rows(html)).toEqual(expected);
  });

  it('a rule of dashes above a totals run is no course, not even an unread one', () => {
    const snapshot = readHtml(page(pre([...BLOCKS, '', '-----', 'Date Completed: TOTAL', 'Hours: 4.50'])));
    expect(snapshot.courses?.length).toBe(3);
    expect(snapshot.unread ?? []).toEqual([]);
  });
});
