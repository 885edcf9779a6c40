// A course list kept as code and pasted as such (a blog's highlighted JS array, a JSON Lines file):
// one record per line, each field a key and its value ('{ title: "CPR …", completed: "2025-02-21",
// hours: 4, … },'), quoted or not, a code comment after it. Its keys are the labels domain.md's
// pages use for title, date completed, hours, component, topic and approval number.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

const page = (code: string): string =>
  `<!DOCTYPE html><html><head><title>My CE log</title></head><body><h1>My CE log</h1><p>Copied from my NREMT Transcript. EMT, expires 03/31/2027.</p><pre><code>${code}</code></pre></body></html>`;

const JS = [
  'export const ceLog = [',
  '  { title: "Airway Management Refresher", completed: "2025-06-14", hours: 2, component: "National", topic: "Airway", approval: "25-MAEMS-F1-0412" },',
  '  { title: "STEMI Recognition, for BLS", completed: "2025-11-20", hours: 1.5, component: "National", topic: "Cardiovascular", approval: "25-CARD-F3-0918" }, // the comma stays in the title',
  '  { title: "Region 2 Protocol Update", completed: "2026-06-11", hours: 3, component: "Local", topic: null, approval: "26-T1-0388" },',
  '];',
].join('\n');
const JSON_LINES = [
  '{"course": "Airway Management Refresher", "date": "06/14/2025", "ceh": "2.0", "category": "National", "topic": "Airway", "capce": "25-MAEMS-F1-0412"}',
  '{"course": "STEMI Recognition, for BLS", "date": "11/20/2025", "ceh": "1.5", "category": "National", "topic": "Cardiovascular", "capce": "25-CARD-F3-0918"}',
  '{"course": "Region 2 Protocol Update", "date": "06/11/2026", "ceh": "3.0", "category": "Local", "topic": null, "capce": "26-T1-0388"}',
].join('\n');

// A log file's lines of key=value pairs (logfmt), the date and the quoted title before the keys.
const KEY_VALUE_LOG = [
  '# ce.log: one line per class',
  '[2025-06-14] completed "Airway Management Refresher" hours=2 component=National topic=Airway approval=25-MAEMS-F1-0412',
  '[2025-11-20] completed "STEMI Recognition, for BLS" hours=1.5 component=National topic=Cardiovascular approval=25-CARD-F3-0918',
  '2026-06-11 INFO "Region 2 Protocol Update" hours=3.0 component=Local topic=null approval=26-T1-0388',
].join('\n');

describe('records written as lines of code', () => {
  it.each([
    ['a JavaScript array of objects', JS],
    ['JSON Lines with quoted keys', JSON_LINES],
    ['a log of key=value pairs', KEY_VALUE_LOG],
  ])('%s: one course per line, every field', (_name, code) => {
    const courses = readHtml(page(code), 'https://example.org/notes/ce').courses ?? [];
    expect(courses.map((c) => [c.title, c.completedOn, c.hours, c.component, c.topic, c.approvalNumber])).toEqual([
      ['Airway Management Refresher', '2025-06-14', 2, 'national', 'airway', '25-MAEMS-F1-0412'],
      ['STEMI Recognition, for BLS', '2025-11-20', 1.5, 'national', 'cardiovascular', '25-CARD-F3-0918'],
      ['Region 2 Protocol Update', '2026-06-11', 3, 'local', null, '26-T1-0388'],
    ]);
  });
  it('key=value pairs naming no course field are no record', () => {
    const log = ['[2026-01-02] deploy user=ems version=1.2', '[2026-01-03] deploy user=ems version=1.3', '[2026-01-04] deploy user=ems version=1.4'].join('\n');
    expect(readHtml(page(log), 'https://example.org/notes/ce').courses ?? []).toEqual([]);
  });
  it('an object of no course fields is no record', () => {
    const code = ['{ id: 1, color: "red" }', '{ id: 2, color: "blue" }', '{ id: 3, color: "green" }'].join('\n');
    expect(readHtml(page(code), 'https://example.org/notes/ce').courses ?? []).toEqual([]);
  });
});
