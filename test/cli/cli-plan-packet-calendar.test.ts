// `recert status` carries the plan and the pediatric share; `recert packet` prints CSV and
// `recert calendar` an iCalendar file. Both are opened back with independent parsers.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ICAL from 'ical.js';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { AEMT, fixture, runRecert } from './run';

const fx = fixture;
const run = (argv: string[], now = new Date(Date.UTC(2026, 10, 24, 17))) => runRecert(argv, now);

/** A Manage Education snapshot whose surplus Individual course names Trauma, plus a hostile title. */
function educationWithPlan(): string {
  const dir = mkdtempSync(join(tmpdir(), 'recert-plan-'));
  const file = join(dir, 'education.json');
  const base = JSON.parse(readFileSync(fx('aemt-manage-education.json'), 'utf8'));
  base.courses.push(
    { title: 'Trauma Triage Update', completedOn: '2025-10-20', hours: 12, component: 'individual', topic: null, approvalNumber: '25-PVEM-F1-0300' },
    { title: '=HYPERLINK("http://x.example","click")', completedOn: '2025-10-21', hours: 1, component: 'local', topic: null, approvalNumber: '+1-555' },
    { title: '@SUM(A1:A9)', completedOn: '2025-10-22', hours: 0.5, component: 'local', topic: null, approvalNumber: '-3' },
  );
  writeFileSync(file, JSON.stringify(base));
  return file;
}

describe('recert status: plan and pediatric', () => {
  it('reports the pediatric share (AEMT: 10 % of 25 = 2.5 h; two 2 h pediatric National courses)', async () => {
    const { code, stdout } = await run(['status', '--today', '2026-11-24', ...AEMT]);
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.pediatric).toEqual({ required: 2.5, credited: 2.5, remaining: 0, hours: 4 });
    // Nothing better exists for the replica provider: no moves, remainingAfter = totalRemaining.
    expect(report.plan).toMatchObject({ remainingAfter: 15, moves: [] });
  });

  it('plans a split: part to a topic its title names, part to Local, in the documented shape', async () => {
    const files = [fx('aemt-dashboard.json'), educationWithPlan(), fx('aemt-application.json'), fx('aemt-elicensing.json')];
    const { code, stdout } = await run(['status', '--today', '2026-11-24', ...files]);
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    // Before: Trauma 2 short, Operations 1.5 short, Local 12.5 - 8 - 1.5 = 3 short; Individual
    // 5.5 + 12 = 17.5 of 12.5: 5 h surplus, all in Trauma Triage Update (12 h), whose title names
    // Trauma. Split it: 2 h to Trauma, 3 h to Local -> 6.5 - 5 = 1.5 left (Operations).
    expect(report.totalRemaining).toBe(6.5);
    expect(report.plan.remainingAfter).toBe(1.5);
    const from = { component: 'individual', topic: null };
    expect(report.plan.moves).toEqual(expect.arrayContaining([
      expect.objectContaining({ course: 'Trauma Triage Update', hours: 2, from, to: { component: 'national', topic: 'trauma' }, basis: 'title' }),
      expect.objectContaining({ course: 'Trauma Triage Update', hours: 3, from, to: { component: 'local', topic: null }, basis: 'any' }),
    ]));
    expect(report.plan.moves).toHaveLength(2);
    expect(report.plan.stillNeeded).toEqual([{ component: 'national', topic: 'operations', hours: 1.5 }]);
    expect(Object.keys(report.plan.moves[0]).slice(0, 5)).toEqual(['course', 'hours', 'from', 'to', 'basis']);
    expect(Object.keys(report).slice(9, 11)).toEqual(['pediatric', 'plan']);
  });
});

describe('recert packet', () => {
  it('prints one header row and one row per course, and a hostile cell stays text', async () => {
    const files = [fx('aemt-dashboard.json'), educationWithPlan()];
    const { code, stdout, stderr } = await run(['packet', '--today', '2026-11-24', ...files]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const parsed = Papa.parse<string[]>(stdout.trim(), { skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    const [header, ...rows] = parsed.data;
    expect(header).toEqual(['Title', 'Date completed', 'Hours', 'Approval number', 'Component', 'Topic', 'Counts', 'Why not']);
    expect(rows).toHaveLength(21);
    const hostile = rows.find((r) => r[0]!.includes('HYPERLINK'))!;
    // Prefixed with ' so no spreadsheet runs it; the rest of the text is kept.
    expect(hostile[0]).toBe(`'=HYPERLINK("http://x.example","click")`);
    expect(hostile[3]).toBe(`'+1-555`);
    expect(rows.find((r) => r[0]!.includes('SUM'))![0]).toBe(`'@SUM(A1:A9)`);
    expect(rows.find((r) => r[0]!.includes('SUM'))![3]).toBe(`'-3`);
    for (const row of rows) expect(row[0]).not.toMatch(/^[=+\-@]/);
    const outside = rows.find((r) => r[0] === 'Hemorrhage Control (Stop the Bleed)')!;
    expect(outside.slice(1)).toEqual(['2025-01-15', '2', '24-PVEM-F1-0190', 'National', 'Trauma', 'no', 'completed outside the cycle']);
    const repeat = rows.filter((r) => r[0] === 'Stroke Recognition and Triage');
    expect(repeat.map((r) => r[6])).toEqual(['yes', 'no']);
  });
});

describe('recert calendar', () => {
  it('prints four all-day events with reminders, parsed back by ical.js', async () => {
    const { code, stdout, stderr } = await run(['calendar', '--today', '2026-11-24', ...AEMT]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    const calendar = new ICAL.Component(ICAL.parse(stdout));
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('x-wr-timezone')).toBe('America/New_York');
    const events = calendar.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
    expect(events.map((e) => [e.startDate.toString(), e.startDate.isDate])).toEqual([
      ['2026-10-01', true],
      ['2027-02-15', true],
      ['2027-03-31', true],
      ['2027-04-30', true],
    ]);
    for (const event of events) {
      expect(event.description.length).toBeGreaterThan(40);
      const alarms = event.component.getAllSubcomponents('valarm');
      expect(alarms.map((a) => String(a.getFirstPropertyValue('trigger')))).toEqual(['-P7D', '-P1D']);
    }
    expect(events[2]!.summary).toMatch(/last day without late fees/);
    expect(events[2]!.description).toMatch(/March 31, 2029/);
    // DTSTAMP is UTC, as RFC 5545 requires.
    expect(stdout).toMatch(/DTSTAMP:20261124T170000Z/);
  });

  it('refuses, in one line, when the pages show no expiration', async () => {
    const { code, stdout, stderr } = await run(['calendar', fx('aemt-manage-education.json')]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^recert: .*no expiration date.*\n$/);
  });

  it('rejects an option it does not take', async () => {
    const { code, stderr } = await run(['packet', '--level', 'emt', ...AEMT]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/unknown option --level/);
  });
});
