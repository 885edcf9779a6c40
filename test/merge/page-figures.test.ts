// The page's own figures that disagree with what was read travel from the Manage Education
// snapshot into the person's record, and the next complete read of that page replaces them.
import { describe, expect, it } from 'vitest';
import { emptyRecord, mergeSnapshot } from '../../lib/merge';
import { ProviderRecord, type Course, type PageFigure, type PageSnapshot } from '../../lib/model';

const course = (n: number, component: Course['component']): Course => ({
  title: `Course ${n}`,
  completedOn: '2026-01-10',
  hours: 2,
  component,
  topic: null,
  approvalNumber: `26-ABC-F3-${String(n).padStart(4, '0')}`,
});
const NATIONAL: PageFigure = { component: 'national', topic: null, shown: 23.5, read: 25 };
const LOCAL: PageFigure = { component: 'local', topic: null, shown: 4, read: 2 };
const manageEducation = (pageFigures?: PageFigure[], listCoverage?: PageSnapshot['listCoverage']): PageSnapshot => ({
  url: 'https://www.nremt.org/manage-education',
  kind: 'nremt-education',
  courses: [course(1, 'national'), course(2, 'local')],
  ...(pageFigures ? { pageFigures } : {}),
  ...(listCoverage ? { listCoverage } : {}),
});
const AT = '2026-11-24T12:00:00.000Z';

describe("the page's own figures in the record", () => {
  it('are carried from the education page into the record (and the record still validates)', () => {
    const next = mergeSnapshot(emptyRecord(), manageEducation([NATIONAL]), AT);
    expect(next.pageFigures).toEqual([NATIONAL]);
    expect(ProviderRecord.parse(next)).toEqual(next);
  });

  it('the next complete read of Manage Education replaces them; one that agrees clears them', () => {
    const first = mergeSnapshot(emptyRecord(), manageEducation([NATIONAL]), AT);
    expect(mergeSnapshot(first, manageEducation([LOCAL]), AT).pageFigures).toEqual([LOCAL]);
    expect(mergeSnapshot(first, manageEducation(), AT).pageFigures).toBeUndefined();
  });

  it('a partial read updates the figures it shows and keeps the others', () => {
    const first = mergeSnapshot(emptyRecord(), manageEducation([NATIONAL]), AT);
    const partial = mergeSnapshot(first, manageEducation([LOCAL], { complete: false, shown: 2, total: 9, reason: 'pager' }), AT);
    expect(partial.pageFigures).toEqual([NATIONAL, LOCAL]);
    const newer = { ...NATIONAL, shown: 24 };
    const again = mergeSnapshot(partial, manageEducation([newer], { complete: false, reason: 'loading' }), AT);
    // National's figure is now checked against every course stored (2 h of National).
    expect(again.pageFigures).toEqual([{ ...newer, read: 2 }, LOCAL]);
  });

  it('a partial read: its figure is checked against every course stored, not only the ones on the page', () => {
    // Stored: a complete list with 3 National courses (6 h). The pager shows one of them and
    // National "6 of 25": it disagrees with the page's 2 h, but agrees with the whole list.
    const whole = mergeSnapshot(emptyRecord(), { ...manageEducation(), courses: [course(1, 'national'), course(3, 'national'), course(4, 'national')] }, AT);
    const pager = { complete: false, shown: 1, total: 3, reason: 'pager' };
    const agrees = mergeSnapshot(whole, { ...manageEducation([{ component: 'national', topic: null, shown: 6, read: 2 }], pager), courses: [course(1, 'national')] }, AT);
    expect(agrees.pageFigures).toBeUndefined();
    const disagrees = mergeSnapshot(whole, { ...manageEducation([{ component: 'national', topic: null, shown: 8, read: 2 }], pager), courses: [course(1, 'national')] }, AT);
    expect(disagrees.pageFigures).toEqual([{ component: 'national', topic: null, shown: 8, read: 6 }]);
  });

  it('a transcript (no components, no figures) says nothing about Manage Education\'s figures', () => {
    const first = mergeSnapshot(emptyRecord(), manageEducation([NATIONAL]), AT);
    const transcript: PageSnapshot = {
      url: 'https://www.nremt.org/transcript',
      kind: 'nremt-education',
      courses: [course(1, null), course(2, null)],
    };
    expect(mergeSnapshot(first, transcript, AT).pageFigures).toEqual([NATIONAL]);
  });

  it('an unreadable page changes nothing', () => {
    const first = mergeSnapshot(emptyRecord(), manageEducation([NATIONAL]), AT);
    const unread = { ...manageEducation(), unreadReason: 'Could not read this page' };
    expect(mergeSnapshot(first, unread, AT).pageFigures).toEqual([NATIONAL]);
  });
});
