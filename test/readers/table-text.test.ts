// What of a page's tables the content script sends for the background to judge (table-text.ts):
// only tables that can hold a dashboard fact or a registry number, as text; a course list never.
import { describe, expect, it } from 'vitest';
import { readPageEvidence } from '../../lib/readers/read-page';
import { finishRead } from '../../lib/readers/judge-page';
import { tableHead, tableLayout } from '../../lib/readers/table';
import { parseHtml } from './load';

const COURSES = Array.from({ length: 30 }, (_, i) => `<tr><td>Course ${i}</td><td>01/${String((i % 28) + 1).padStart(2, '0')}/2026</td><td>2</td><td>26-ABC-F3-${1000 + i}</td></tr>`).join('');

function readAndJudge(html: string) {
  const { document, close } = parseHtml(html);
  try {
    const evidence = readPageEvidence(document, 'https://www.nremt.org/x');
    return { read: evidence, judged: finishRead(structuredClone(evidence)) };
  } finally {
    close();
  }
}

describe('tables as text in the outline', () => {
  it('a dashboard sends its agency and certifications tables, and the background reads them', () => {
    const { read, judged } = readAndJudge(`<h1>My Certification</h1>
      <table><thead><tr><th>Level</th><th>Registry Number</th><th>Expiration Date</th><th>Status</th></tr></thead>
        <tbody><tr><td>EMT</td><td>E1234567</td><td>03/31/2024</td><td>Expired</td></tr>
        <tr><td>Advanced EMT</td><td>A7654321</td><td>03/31/2027</td><td>Active</td></tr></tbody></table>
      <table><thead><tr><th>Agency</th><th>Status</th></tr></thead>
        <tbody><tr><td>Hilltown Ambulance</td><td>Pending Approval</td></tr></tbody></table>`);
    // The content script judged nothing: the snapshot names no fact, not even the page's kind.
    expect(read.snapshot).toEqual({ url: 'https://www.nremt.org/x', kind: 'unknown' });
    expect(judged.kind).toBe('nremt-dashboard');
    const tables = (read.evidence?.outline ?? []).filter((line) => line.text === undefined);
    expect(tables).toHaveLength(2);
    expect(tables[0]?.registry).toEqual([['E1234567', 'Expired'], ['A7654321', 'Active']]);
    expect(tables[1]?.table?.rows).toEqual([['Hilltown Ambulance', 'Pending Approval']]);
    expect(judged.certification).toEqual({ level: 'aemt', expiresOn: '2027-03-31', cycleStart: null });
    expect(judged.person?.registryNumber).toBe('A7654321');
    expect(judged.agency).toEqual({ name: 'Hilltown Ambulance', status: 'pending' });
  });

  it('a course list is not sent as text: only its place in the outline', () => {
    const { read, judged } = readAndJudge(`<h1>Manage Education</h1>
      <table><thead><tr><th>Course Title</th><th>Date Completed</th><th>Hours</th><th>Approval Number</th></tr></thead>
        <tbody>${COURSES}</tbody></table>`);
    expect(read.evidence?.outline?.filter((line) => line.text === undefined)).toEqual([{}]);
    expect(judged.courses).toHaveLength(30);
  });
});

describe("a table's header rows, found once for every field list", () => {
  it('a header of plain cells is a header by the words of each list on its own', () => {
    const { document, close } = parseHtml(
      '<table><tr><td><b>Registry Number</b></td><td><b>Status</b></td></tr><tr><td>E1234567</td><td>Active</td></tr></table>' +
        '<table><thead><tr><th>Level</th><th>Expiration Date</th></tr></thead><tbody><tr><td>EMT</td><td>03/31/2027</td></tr></tbody></table>',
    );
    try {
      for (const table of Array.from(document.querySelectorAll('table'))) {
        const head = tableHead(table);
        for (const fields of [['registryNumber', 'certificationStatus'], ['level', 'expiresOn'], ['agency']] as const) {
          expect(tableLayout(table, fields, head)).toEqual(tableLayout(table, fields));
        }
      }
      const [words, marked] = Array.from(document.querySelectorAll('table'));
      expect(tableLayout(words!, ['registryNumber', 'certificationStatus'], tableHead(words!))?.columns).toEqual({ registryNumber: 0, certificationStatus: 1 });
      expect(tableLayout(words!, ['agency'], tableHead(words!))).toBeNull();
      expect(tableHead(marked!).marked?.textContent).toBe('LevelExpiration Date');
    } finally {
      close();
    }
  });
});
