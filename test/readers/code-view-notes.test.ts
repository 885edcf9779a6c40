// The user's course list kept as a text file and shown by a code view (an editor's HTML export, a
// repository's file view, a plain <pre>): every line may start with its line number, courses are
// blocks of "Label: value" lines the page never marked as labels, hours as h:mm, markdown heading
// marks before the component names, and a heading that says its courses are not assigned yet.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

const page = (title: string, body: string): string => `<!DOCTYPE html><html><head><title>${title}</title></head><body>${body}</body></html>`;
const NOTE = [
  '# NREMT recert notes',
  '',
  'copied from Manage Education, one field per line',
  '',
  '## National',
  '',
  'Course: Burn Care Basics',
  'Date: 2027-03-04',
  'Hours: 2:00',
  'Topic: Trauma',
  'Approval: CAPCE 27-BURN-F3-0104',
  '',
  'Course: Neonatal Resuscitation',
  'Date: 2027-03-18',
  'Hours: 1:30',
  'Topic: Medical',
  'Approval: CAPCE 27-NRPX-F3-0318',
  '',
  '## Local',
  '',
  'Course: Stroke Scale Review',
  'Date: 2027-04-09',
  'Hours: 0:45',
  'Approval: OEMS 27-0409-T3',
  '',
  '## Waiting (not assigned yet)',
  '',
  'Course: Heat Illness Update',
  'Date: 2027-04-20',
  'Hours: 1:15',
  'Approval: none on the card',
];
const EXPECTED = [
  ['Burn Care Basics', '2027-03-04', 2, 'national', 'trauma', '27-BURN-F3-0104'],
  ['Neonatal Resuscitation', '2027-03-18', 1.5, 'national', 'medical', '27-NRPX-F3-0318'],
  ['Stroke Scale Review', '2027-04-09', 0.75, 'local', null, '27-0409-T3'],
  ['Heat Illness Update', '2027-04-20', 1.25, null, null, null],
];
const escape = (text: string): string => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;');
const numbered = (from: number, number: (n: number) => string, line: (n: string, text: string) => string): string =>
  NOTE.map((text, at) => line(number(from + at), escape(text))).join('');

const cases: Array<[string, string]> = [
  ['an editor\'s HTML export: a <pre> whose lines start with numbered spans', page('~/notes/ce.md.html', `<pre>${numbered(1, (n) => `${n}`.padStart(3), (n, text) => `<span>${n} </span>${text}\n`)}</pre>`)],
  ['a repository file view: one div per line, its number in a cell of its own', page('ce.md at main', `<div>${numbered(1, String, (n, text) => `<div><span>${n}</span> <span>${text}</span></div>`)}</div>`)],
  ['a fragment starting at line 40', page('snippet', `<pre>${numbered(40, String, (n, text) => `${n} ${text}\n`)}</pre>`)],
  ['a plain <pre> without numbers', page('ce.txt', `<pre>${NOTE.map(escape).join('\n')}</pre>`)],
];

describe('a course list kept as a text file in a code view', () => {
  it.each(cases)('%s', (_, html) => {
    const read = readHtml(html);
    expect(read.kind).toBe('nremt-education');
    expect((read.courses ?? []).map((course) => [course.title, course.completedOn, course.hours, course.component, course.topic, course.approvalNumber])).toEqual(EXPECTED);
  });
});
