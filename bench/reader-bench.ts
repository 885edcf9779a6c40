// Reader cost in happy-dom: readPage on generated Manage Education pages of several sizes.
// Times only readPage (parsing the HTML is the browser's cost, not ours), warmed up, median of N.
import { performance } from 'node:perf_hooks';
import { Window } from 'happy-dom';
import { readPage } from '../lib/readers/index';
import type { Course } from '../lib/model';
import { generateEducationPage, type GeneratedCourse } from './education-page';
import { median } from './stats';

export interface ReaderTiming {
  courses: number;
  /** Median ms per readPage call. */
  msPerPage: number;
  usPerCourse: number;
  /** How many courses the reader returned (a check that it really read the page). */
  coursesRead: number;
  kind: string;
  /** Generated courses the reader did not return as written (title, date, hours, approval present). */
  mismatches: number;
  runs: number;
  error?: string;
}

const PAGE_URL = 'https://www.nremt.org/manage-education';

// Readers may use DOM globals (Node.ELEMENT_NODE, NodeFilter, instanceof HTMLElement) as in a browser.
const DOM_GLOBALS = ['Node', 'NodeFilter', 'Element', 'HTMLElement', 'HTMLTableElement', 'HTMLTableRowElement', 'HTMLTableCellElement', 'Text', 'Document', 'DOMParser'] as const;

function provideDomGlobals(window: Window): void {
  const target = globalThis as Record<string, unknown>;
  const source = window as unknown as Record<string, unknown>;
  for (const name of DOM_GLOBALS) if (target[name] === undefined) target[name] = source[name];
}

function runsFor(courses: number): { warmup: number; runs: number } {
  if (courses >= 5000) return { warmup: 2, runs: 7 };
  if (courses >= 500) return { warmup: 5, runs: 21 };
  return { warmup: 10, runs: 51 };
}

export function benchReader(courses: number): ReaderTiming {
  const window = new Window({ url: PAGE_URL, settings: { handleDisabledFileLoadingAsSuccess: true } });
  provideDomGlobals(window);
  const { html, courses: written } = generateEducationPage(courses);
  const document = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
  const { warmup, runs } = runsFor(courses);
  try {
    let snapshot = readPage(document, PAGE_URL);
    for (let i = 1; i < warmup; i++) snapshot = readPage(document, PAGE_URL);
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      snapshot = readPage(document, PAGE_URL);
      times.push(performance.now() - start);
    }
    const msPerPage = median(times) ?? Number.NaN;
    return {
      courses,
      msPerPage,
      usPerCourse: (msPerPage * 1000) / courses,
      coursesRead: snapshot.courses?.length ?? 0,
      kind: snapshot.kind,
      mismatches: countMismatches(written, snapshot.courses ?? []),
      runs,
    };
  } catch (error) {
    return { courses, msPerPage: Number.NaN, usPerCourse: Number.NaN, coursesRead: 0, kind: 'error', mismatches: courses, runs: 0, error: String(error) };
  } finally {
    void window.happyDOM.close();
  }
}

// Approval numbers only by presence: how a reader normalises them ("OEMS 25-0412") is its own business.
function courseKey(course: Pick<Course, 'title' | 'completedOn' | 'hours' | 'approvalNumber'>): string {
  return [course.title, course.completedOn ?? '', course.hours, course.approvalNumber ? 'approved' : 'none'].join('|');
}

/** A check that the timed reader really read the page: written courses it did not return. */
function countMismatches(written: readonly GeneratedCourse[], read: readonly Course[]): number {
  const seen = new Map<string, number>();
  for (const course of read) seen.set(courseKey(course), (seen.get(courseKey(course)) ?? 0) + 1);
  let missing = 0;
  for (const course of written) {
    const left = seen.get(courseKey(course)) ?? 0;
    if (left > 0) seen.set(courseKey(course), left - 1);
    else missing++;
  }
  return missing;
}

/** Linear when µs per course at the largest page is within `factor` of the smallest page's. */
export function isLinear(timings: readonly ReaderTiming[], factor = 3): boolean {
  const first = timings[0];
  const last = timings[timings.length - 1];
  if (!first || !last || !Number.isFinite(first.usPerCourse) || !Number.isFinite(last.usPerCourse)) return false;
  return last.usPerCourse <= first.usPerCourse * factor;
}
