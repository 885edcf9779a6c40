import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPage } from '../../lib/readers/index';
import { parseHtml, readFile, readHtml } from './load';

const replica = (name: string): string => join(__dirname, '..', 'fixtures', 'replica', name);
const pages = (name: string): string => join(__dirname, '..', 'fixtures', 'pages', name);

const TOPICS = ['Airway, Respiration & Ventilation', 'Cardiovascular', 'Trauma', 'Medical', 'Operations'];

/** A transcript of `count` courses in one table; every 97th row has unreadable hours. */
function buildTranscript(count: number): { html: string; expectedHours: number; badRows: number } {
  const rows: string[] = [];
  let expectedHours = 0;
  let badRows = 0;
  for (let i = 0; i < count; i++) {
    const month = (i % 12) + 1;
    const day = (i % 28) + 1;
    const bad = i % 97 === 96;
    const hours = bad ? 'see certificate' : ['1', '1.5', '2', '0:45'][i % 4]!;
    if (bad) badRows += 1;
    else expectedHours += [1, 1.5, 2, 0.75][i % 4]!;
    const assigned = i % 3 === 0 ? `National &ndash; ${TOPICS[i % 5]!.replace('&', '&amp;')}` : i % 3 === 1 ? 'Local' : 'Individual';
    rows.push(
      `<tr><td>Course number ${i + 1}</td><td>${month}/${day}/2026</td><td>${hours}</td><td>26-GEN-F3-${String(i).padStart(4, '0')}</td><td>${assigned}</td></tr>`,
    );
  }
  const html = `<!DOCTYPE html><html><head><title>Transcript</title></head><body><h1>Transcript</h1>
    <table><thead><tr><th>Course Title</th><th>Date Completed</th><th>Hours</th><th>Approval Number</th><th>Assigned To</th></tr></thead>
    <tbody>${rows.join('\n')}</tbody></table></body></html>`;
  return { html, expectedHours, badRows };
}

describe('large transcripts', () => {
  it('reads a 1,000-course transcript: every readable row a course, every bad row reported', () => {
    const { html, expectedHours, badRows } = buildTranscript(1000);
    const snapshot = readHtml(html, 'https://www.nremt.org/transcript');
    expect(snapshot.kind).toBe('nremt-education');
    expect(badRows).toBe(10);
    expect(snapshot.courses).toHaveLength(1000 - badRows);
    expect(snapshot.unread).toHaveLength(badRows);
    expect(snapshot.unread?.every((row) => row.reason === 'hours not understood: "see certificate"')).toBe(true);
    const total = (snapshot.courses ?? []).reduce((sum, course) => sum + course.hours, 0);
    expect(total).toBeCloseTo(expectedHours, 6);
    expect(snapshot.courses?.[0]).toEqual({
      title: 'Course number 1',
      completedOn: '2026-01-01',
      hours: 1,
      component: 'national',
      topic: 'airway',
      approvalNumber: '26-GEN-F3-0000',
    });
    expect(snapshot.courses?.filter((c) => c.component === 'local')).toHaveLength(333 - 3);
  });

  // Speed is the benchmark's job (npm run bench: µs per course at 50, 500 and 5,000); a timed
  // assertion here would only measure how busy the machine is.
  it('reads 5,000 courses: every row a course or reported', { timeout: 60000 }, () => {
    const { html } = buildTranscript(5000);
    const { document, close } = parseHtml(html);
    try {
      const snapshot = readPage(document, null);
      expect(snapshot.courses!.length + snapshot.unread!.length).toBe(5000);
    } finally {
      close();
    }
  });
});

describe('hostile titles', () => {
  it('reads script and markup in titles as text and runs nothing', () => {
    const html = readFileSync(pages('hostile-titles.html'), 'utf8');
    const { document, close } = parseHtml(html);
    try {
      const snapshot = readPage(document, null);
      expect(snapshot.courses?.map((c) => c.title)).toContain('<img src=x onerror=alert(1)>');
      const view = document.defaultView as unknown as Record<string, unknown>;
      expect(view.__recertPwned).toBeUndefined();
      expect((globalThis as Record<string, unknown>).__recertPwned).toBeUndefined();
    } finally {
      close();
    }
  });
});

describe('classification: the page decides, the URL is only a hint', () => {
  it('a dashboard saved under an eLicensing address is still a dashboard', () => {
    const snapshot = readFile(replica('nremt-dashboard.html'), 'https://healthprofessionlicensing.mass.gov/s/');
    expect(snapshot.kind).toBe('nremt-dashboard');
  });
  it('an NREMT address does not make a blank page ours', () => {
    expect(readHtml('<html><body><p>Hello</p></body></html>', 'https://www.nremt.org/dashboard')).toEqual({
      url: 'https://www.nremt.org/dashboard',
      kind: 'unknown',
    });
  });
  it('an empty document is unknown, not an error', () => {
    expect(readHtml('', null)).toEqual({ url: null, kind: 'unknown' });
  });
  it('a course table without a telling heading is read on nremt.org', () => {
    const html = `<table><tr><th>Course Title</th><th>Completed</th><th>Hours</th></tr>
      <tr><td>Stroke Review</td><td>Mar 12, 2026</td><td>2</td></tr></table>`;
    const snapshot = readHtml(html, 'https://www.nremt.org/x');
    expect(snapshot.kind).toBe('nremt-education');
    expect(snapshot.courses).toEqual([
      { title: 'Stroke Review', completedOn: '2026-03-12', hours: 2, component: null, topic: null, approvalNumber: null },
    ]);
  });
  it('a page without a date column keeps completedOn null', () => {
    const html = `<h1>Manage Education</h1><table><tr><th>Course</th><th>Credits</th><th>CAPCE #</th></tr>
      <tr><td>Stroke Review</td><td>2</td><td>26-AAA-F3-0001</td></tr></table>`;
    expect(readHtml(html, null).courses).toEqual([
      { title: 'Stroke Review', completedOn: null, hours: 2, component: null, topic: null, approvalNumber: '26-AAA-F3-0001' },
    ]);
  });
  it('one table per topic with group rows inside a single table', () => {
    const html = `<h1>Manage Education</h1><table><thead><tr><th>Course</th><th>Completed</th><th>Hours</th></tr></thead><tbody>
      <tr><th colspan="3">National – Trauma</th></tr><tr><td>Burns</td><td>1/2/2026</td><td>1</td></tr>
      <tr><th colspan="3">Local</th></tr><tr><td>Radio</td><td>1/3/2026</td><td>2</td></tr></tbody></table>`;
    expect(readHtml(html, null).courses?.map((c) => [c.title, c.component, c.topic])).toEqual([
      ['Burns', 'national', 'trauma'],
      ['Radio', 'local', null],
    ]);
  });
});

describe('replica site (numbers in test/fixtures/replica/README.md)', () => {
  it('dashboard', () => {
    expect(readFile(replica('nremt-dashboard.html'), 'https://www.nremt.org/dashboard')).toEqual({
      url: 'https://www.nremt.org/dashboard',
      kind: 'nremt-dashboard',
      person: { name: 'Jordan Rivera', registryNumber: 'A3187642' },
      certification: { level: 'aemt', expiresOn: '2027-03-31', cycleStart: '2025-02-11' },
      agency: { name: 'Pioneer Valley Ambulance', status: 'active' },
    });
  });

  it.each(['nremt-manage-education.html', 'nremt-transcript.html'])('%s lists the 18 courses, 40 h', (name) => {
    const snapshot = readFile(replica(name), null);
    expect(snapshot.kind).toBe('nremt-education');
    expect(snapshot.unread).toEqual([]);
    const courses = snapshot.courses ?? [];
    expect(courses).toHaveLength(18);
    expect(courses.reduce((sum, c) => sum + c.hours, 0)).toBe(40);
    const sum = (pred: (c: (typeof courses)[number]) => boolean): number => courses.filter(pred).reduce((s, c) => s + c.hours, 0);
    expect(sum((c) => c.component === 'national' && c.topic === 'trauma')).toBe(4);
    expect(sum((c) => c.component === 'national' && c.topic === 'operations')).toBe(2.5);
    expect(sum((c) => c.component === 'local')).toBe(8);
    expect(sum((c) => c.component === 'individual')).toBe(5.5);
    expect(courses.filter((c) => c.approvalNumber === null).map((c) => c.title)).toEqual(['Incident Command Overview']);
    expect(courses.filter((c) => c.completedOn! < '2025-02-11').map((c) => c.title)).toEqual(['Hemorrhage Control (Stop the Bleed)']);
    expect(courses.filter((c) => c.title === 'Stroke Recognition and Triage')).toHaveLength(2);
  });

  it('application', () => {
    expect(readFile(replica('nremt-application.html'), null).application).toEqual({
      status: 'in-progress',
      submitButton: true,
      submitButtonEnabled: true,
      paid: false,
    });
  });

  it('eLicensing', () => {
    const snapshot = readFile(replica('elicensing-license.html'), null);
    expect(snapshot.kind).toBe('elicensing-license');
    expect(snapshot.license).toEqual({ number: 'A123456', level: 'aemt', status: 'current', expiresOn: '2027-03-31' });
  });
});

describe('page headings', () => {
  it.each([
    ['Manage Education', 'nremt-education'],
    ['Manage My Education', 'nremt-education'],
    ['My Transcript', 'nremt-education'],
    ['Education Transcript', 'nremt-education'],
    ['Education History', 'nremt-education'],
    ['My Courses', 'nremt-education'],
    ['Recertification Application', 'nremt-application'],
    ['Dashboard', 'nremt-dashboard'],
    ['My Certification', 'nremt-dashboard'],
    ['Manage My Licenses and Applications', 'elicensing-license'],
    ['Education', 'unknown'],
    ['Courses', 'unknown'],
    ['Recertification', 'unknown'],
    ['Recertification Requirements', 'unknown'],
  ])('a page headed %j with nothing readable is %s', (heading, kind) => {
    expect(readHtml(`<h1>${heading}</h1><p>Nothing to see here yet.</p>`, null).kind).toBe(kind);
  });
});
