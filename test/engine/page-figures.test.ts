// The page's own figures against the courses read: when Manage Education shows "23.5 of 25"
// beside National while the courses read there add up to 25, neither is trusted blindly. The
// component is not complete, Step A is not "ready to submit" on that evidence, and the words
// give both figures.
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../lib/engine';
import { Report, type PageFigure, type ProviderRecord } from '../../lib/model';
import { aemtCompleteCourses, nat, record } from './builders';

const TODAY = '2027-01-10';
const complete = (pageFigures?: PageFigure[]): ProviderRecord =>
  record({
    certification: { level: 'aemt', expiresOn: '2027-03-31', cycleStart: '2025-02-11' },
    agency: { name: 'PVA', status: 'active' },
    application: { status: 'not-submitted', submitButton: true, paid: true },
    courses: aemtCompleteCourses(),
    ...(pageFigures ? { pageFigures } : {}),
  });
const NATIONAL_SHORT: PageFigure = { component: 'national', topic: null, shown: 23.5, read: 25 };
const codes = (report: Report) => report.warnings.map((w) => w.code);
const checklistState = (report: Report, id: string) => report.checklist.find((i) => i.id === id)?.state;

describe("the page's own figures", () => {
  it('without them, all hours in is "ready to submit" (the case the figures must stop)', () => {
    const report = buildReport({ record: complete() }, TODAY);
    expect(report.stepA.status).toBe('ready-to-submit');
    expect(report.pageFigures).toBeUndefined();
  });

  it('a National figure that disagrees: not ready to submit, hours not done, no Submit reminder', () => {
    const report = buildReport({ record: complete([NATIONAL_SHORT]) }, TODAY);
    expect(report.totalRemaining).toBe(0);
    expect(report.stepA.status).toBe('in-progress');
    expect(checklistState(report, 'hours')).toBe('unknown');
    expect(codes(report)).not.toContain('SUBMIT_APPLICATION');
    expect(report.nextActions.map((a) => a.id)).not.toContain('submit-nremt');
    expect(report.pageFigures).toEqual([NATIONAL_SHORT]);
    expect(Report.parse(report)).toEqual(report);
  });

  it('says both figures, in plain words', () => {
    const report = buildReport({ record: complete([NATIONAL_SHORT]) }, TODAY);
    const warning = report.warnings.find((w) => w.code === 'PAGE_FIGURE_DISAGREES');
    expect(warning?.severity).toBe('warning');
    expect(warning?.message).toContain('NREMT shows 23.5 h for National; I read 25 h from the courses listed');
    expect(warning?.message).toContain('not counted as complete');
  });

  it('the next action is to check Manage Education, and it stands for the hours item', () => {
    const report = buildReport({ record: complete([NATIONAL_SHORT]) }, TODAY);
    const check = report.nextActions.find((a) => a.code === 'PAGE_FIGURE_DISAGREES');
    expect(check).toMatchObject({ item: 'hours', where: { site: 'nremt', page: 'Manage Education', control: null } });
    expect(check?.why).toContain('NREMT shows 23.5 h for National; I read 25 h');
  });

  it('a topic figure names the topic, one warning per figure', () => {
    const trauma: PageFigure = { component: 'national', topic: 'trauma', shown: 3, read: 4 };
    const local: PageFigure = { component: 'local', topic: null, shown: 12, read: 12.5 };
    const report = buildReport({ record: complete([trauma, local]) }, TODAY);
    const messages = report.warnings.filter((w) => w.code === 'PAGE_FIGURE_DISAGREES').map((w) => w.message);
    expect(messages).toHaveLength(2);
    expect(messages[0]).toContain('NREMT shows 3 h for National – Trauma; I read 4 h from the courses listed');
    expect(messages[1]).toContain('NREMT shows 12 h for Local; I read 12.5 h from the courses listed');
    expect(report.stepA.status).toBe('in-progress');
  });

  it('a page that shows more than was read: still hours left by the courses read, and both figures said', () => {
    const rec = complete([{ component: 'national', topic: 'medical', shown: 7, read: 5 }]);
    rec.courses = rec.courses.map((c) => (c.topic === 'medical' ? nat('Medical', 'medical', 5) : c));
    const report = buildReport({ record: rec }, TODAY);
    expect(report.totalRemaining).toBe(2);
    expect(report.stepA.status).toBe('in-progress');
    expect(report.warnings.find((w) => w.code === 'PAGE_FIGURE_DISAGREES')?.message).toContain(
      'NREMT shows 7 h for National – Medical; I read 5 h',
    );
  });

  it('NREMT itself saying the application is submitted or the new date is shown still wins', () => {
    const submitted = complete([NATIONAL_SHORT]);
    submitted.application = { status: 'submitted', submitButton: false };
    expect(buildReport({ record: submitted }, TODAY).stepA.status).toBe('submitted');
    const renewed = complete([NATIONAL_SHORT]);
    renewed.certification = { level: 'aemt', expiresOn: '2029-03-31', cycleStart: '2025-02-11' };
    renewed.license = { number: 'A1', status: 'current', expiresOn: '2027-03-31' };
    const report = buildReport({ record: renewed }, TODAY);
    expect(report.stepA.status).toBe('complete');
    expect(codes(report)).not.toContain('PAGE_FIGURE_DISAGREES');
    expect(report.pageFigures).toBeUndefined();
  });
});
