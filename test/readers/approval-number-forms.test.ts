// An approval number is the number, not the authority's word printed before it: "OEMS
// MA-26-T-0133" -> "MA-26-T-0133", "CAPCE 26-EMSX-F3-0412" -> "26-EMSX-F3-0412", in every shape
// domain.md gives (CAPCE YY-ORG-Fx-NNNN; Massachusetts OEMS numbers carry a T, with or without
// its digit) and wherever the page prints it: its own cell, after a label, in a meta line.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

const NUMBERS = [
  '26-EMSX-F3-0412',
  '16-EMT-F3-0001',
  '25-BOSEMS-F1-0412',
  '26-ELITE-F5-0201',
  'MA-26-T-0133',
  'MA-25-T-0310',
  'MA-26-T1-0514',
  '25-0970-T3',
  'T3-25-0805',
  'MA-26-0601-T3',
  'T26-2204',
];
const authority = (n: string) => (n.includes('-F') ? 'CAPCE' : 'OEMS');
const WRITTEN: Array<[string, (n: string) => string]> = [
  ['bare', (n) => n],
  ['authority word', (n) => `${authority(n)} ${n}`],
  ['authority and #', (n) => `${authority(n)} # ${n}`],
  ['authority and colon', (n) => `${authority(n)}: ${n}`],
];

const OTHER = ['Airway Review', '01/14/2026', '2 hrs', '26-AIRW-F3-0207'] as const;
const TITLE = 'Massachusetts Statewide Treatment Protocols Update';

type Layout = (approval: string) => string;
const tableCell: Layout = (approval) =>
  `<table><thead><tr><th>Course Title</th><th>Date Completed</th><th>Hours</th><th>Approval Number</th></tr></thead><tbody>` +
  `<tr><td>${OTHER.join('</td><td>')}</td></tr><tr><td>${TITLE}</td><td>07/09/2025</td><td>3.0 CEH</td><td>${approval}</td></tr></tbody></table>`;
const afterLabel: Layout = (approval) =>
  `<div><div><h3>${OTHER[0]}</h3><p>Completed: ${OTHER[1]}</p><p>Hours: ${OTHER[2]}</p><p>Approval #: ${OTHER[3]}</p></div>` +
  `<div><h3>${TITLE}</h3><p>Completed: 07/09/2025</p><p>Hours: 3.0 CEH</p><p>Approval #: ${approval}</p></div></div>`;
const metaLine: Layout = (approval) =>
  `<ul><li><div><a href="#a">${OTHER[0]}</a></div><div><span>Completed ${OTHER[1]}</span> <span>${OTHER[2]}</span> <span>CAPCE ${OTHER[3]}</span></div><button>Change</button></li>` +
  `<li><div><a href="#b">${TITLE}</a></div><div><span>Completed 07/09/2025</span> <span>3.0 CEH</span> <span>${approval}</span></div><button>Change</button></li></ul>`;
const oneLine: Layout = (approval) =>
  `<h2>Local</h2><ul><li>${OTHER[0]} — ${OTHER[1]} — ${OTHER[2]} — CAPCE ${OTHER[3]}</li><li>${TITLE} — 07/09/2025 — 3 hrs — ${approval}</li></ul>`;

const page = (body: string) => `<!DOCTYPE html><html><head><title>Transcript</title></head><body><h1>Transcript</h1>${body}</body></html>`;

describe('an approval number without its authority word', () => {
  const cases: Array<[string, Layout, string, string]> = [];
  for (const [l, layout] of [['own cell', tableCell], ['after a label', afterLabel], ['meta line', metaLine], ['one line', oneLine]] as const) {
    for (const number of NUMBERS) for (const [w, write] of WRITTEN) cases.push([`${l}: ${w} ${number}`, layout, write(number), number]);
  }
  it.each(cases)('%s', (_name, layout, approval, number) => {
    const read = readHtml(page(layout(approval)), 'https://www.nremt.org/transcript');
    expect(read.courses?.map((c) => [c.title, c.approvalNumber])).toEqual([
      [OTHER[0], OTHER[3]],
      [TITLE, number],
    ]);
  });

  it.each([['not a number', 'OEMS pending'], ['a T-word without digits', 'T-Shirt Sizing']])('%s is no approval number', (_name, text) => {
    const read = readHtml(page(tableCell(text)), 'https://www.nremt.org/transcript');
    expect(read.courses?.[1]?.approvalNumber ?? null).toBeNull();
  });
});
