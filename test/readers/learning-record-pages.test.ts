// A learning system's own record of what the learner completed ("Record of Learning", "Learning
// History", "Training Record"), open at a tab or report that lists their continuing education:
// the page is the person's course list, and a type column that puts the kind of record before the
// component ("CE – National", "Continuing Education: State/Local") still names the component.
import { describe, expect, it } from 'vitest';
import { parseAssignment } from '../../lib/readers/topics';
import { readHtml } from './load';

const ROWS: ReadonlyArray<[string, string, string, string, string]> = [
  ['Pediatric Assessment Triangle', 'CE – National', '03/12/2026', '2.0 CEH', '26-PEDS-F3-0101'],
  ['Mass Casualty Triage Drill', 'CE – State/Local', '04/02/2026', '1.5 CEH', 'MA-26-0102-T'],
  ['Wilderness First Aid Review', 'CE – Individual', '05/20/2026', '1.0 CEH', '26-WILD-F1-0033'],
];

function table(typeHeader: string, type: (t: string) => string): string {
  const rows = ROWS.map(
    ([title, t, date, hours, approval]) =>
      `<tr><td><a href="#">${title}</a></td><td>${type(t)}</td><td>${date}</td><td>${hours}</td><td>${approval}</td><td><a href="#">Edit</a></td></tr>`,
  ).join('');
  return `<table><thead><tr><th>Name</th><th>${typeHeader}</th><th>Date completed</th><th>Credits</th><th>Approval number</th><th>Actions</th></tr></thead><tbody>${rows}</tbody></table>`;
}

function page(title: string, heading: string, body: string): string {
  return `<!DOCTYPE html><html><head><title>${title}</title></head><body><nav><a href="#">Dashboard</a> <a href="#">Find Learning</a></nav><h2>${heading}</h2><p>3 records shown</p>${body}<footer>You are logged in as Casey Nguyen (<a href="#">Log out</a>)</footer></body></html>`;
}

describe('a learning system record page is the education list', () => {
  it.each([
    ['Record of Learning : Other Evidence', 'Record of Learning : Other Evidence', 'Evidence type', (t: string) => t],
    ['Learning History', 'My Learning History', 'Type', (t: string) => t.replace('CE – ', 'Continuing Education: ')],
    ['Training Record | Agency LMS', 'Training Record', 'Category', (t: string) => t.replace('CE – ', 'Con Ed - ')],
    ['Learning Transcript', 'Learning Transcript', 'Evidence type', (t: string) => t.replace('CE – ', 'CE · ')],
  ])('%s', (title, heading, typeHeader, type) => {
    const snapshot = readHtml(page(title, heading, table(typeHeader, type)));
    expect(snapshot.kind).toBe('nremt-education');
    expect(snapshot.courses?.map((c) => [c.title, c.component])).toEqual([
      ['Pediatric Assessment Triangle', 'national'],
      ['Mass Casualty Triage Drill', 'local'],
      ['Wilderness First Aid Review', 'individual'],
    ]);
  });

  it.each([
    ['CE – National', 'national'],
    ['CE – State/Local', 'local'],
    ['Continuing Education: Individual', 'individual'],
    ['Con Ed - Local', 'local'],
  ])('%j names its component', (text, component) => {
    expect(parseAssignment(text)?.component ?? null).toBe(component);
  });

  it('a kind word before something else names no component', () => {
    expect(parseAssignment('CE – Pending review')).toBeNull();
  });
});
