// Writes NREMT "Manage Education" pages of any size for the benchmark. The layout follows the
// documented page (and test/fixtures/replica/nremt-manage-education.html): one section per
// component under an h2, National courses grouped under topic h3s, one header-row table per
// group. Class names are generated-looking and change with the seed, so nothing may rely on them.
import { addDays, format, parseISO } from 'date-fns';
import type { Component, Topic } from '../lib/model';

export interface GeneratedCourse {
  title: string;
  completedOn: string;
  hours: number;
  component: Component;
  topic: Topic | null;
  /** null when the row shows "—" (no approval number). */
  approvalNumber: string | null;
}

export interface EducationPage {
  html: string;
  courses: GeneratedCourse[];
}

const CYCLE_START = '2025-02-11';
const CYCLE_DAYS = 778; // 2025-02-11 .. 2027-03-31

const TOPIC_HEADINGS: Record<Topic, string> = {
  airway: 'Airway, Respiration & Ventilation',
  cardiovascular: 'Cardiovascular',
  trauma: 'Trauma',
  medical: 'Medical',
  operations: 'Operations',
};

const COMPONENT_HEADINGS: Record<Component, string> = {
  national: 'National Component',
  local: 'Local Component',
  individual: 'Individual Component',
};

// The page is for an Advanced EMT (2025 model): requirements from the NCCP 2025 rules (lib/rules).
const AEMT_COMPONENT_CREDITS: Record<Component, number> = { national: 25, local: 12.5, individual: 12.5 };
const AEMT_TOPIC_CREDITS: Record<Topic, number> = { airway: 5, cardiovascular: 6, trauma: 4, medical: 7, operations: 3 };

const SUBJECTS: Record<Topic, readonly string[]> = {
  airway: ['Airway Management', 'Pediatric Airway & Ventilation', 'CPAP and Ventilation', 'Capnography Basics'],
  cardiovascular: ['Cardiac Arrest Management', '12-Lead ECG Acquisition', 'Post-ROSC Care', 'Chest Pain Assessment'],
  trauma: ['Hemorrhage Control (Stop the Bleed)', 'Trauma Assessment Review', 'Spinal Motion Restriction', 'Burns in the Field'],
  medical: ['Diabetic & Endocrine Emergencies', 'Stroke Recognition and Triage', 'Sepsis Recognition', 'Pediatric Medical Emergencies'],
  operations: ['Hazardous Materials Awareness', 'Incident Command Overview', 'Ambulance Safety', 'MCI Triage (START)'],
};
const LOCAL_SUBJECTS = ['Massachusetts Statewide Treatment Protocols', 'Stretcher and Stair Chair Operations', 'Regional MCI Tabletop', 'Agency Infection Control'];
const INDIVIDUAL_SUBJECTS = ['Geriatric Falls and Hip Fractures', 'Behavioral Health Crises in the Field', 'Toxicology: Opioids and Overdose', 'Obstetric Emergencies'];
const SUFFIXES = ['Update', 'Refresher', 'Review', 'for the AEMT', 'Part 2', 'Case Studies', 'Online Module'];
const PROVIDERS = ['LEXN', 'PVEM', 'MEDU', 'CEAC'];
const HOURS = [0.5, 1, 1.5, 2, 2, 3, 4];
const TOPIC_LIST: readonly Topic[] = ['airway', 'cardiovascular', 'trauma', 'medical', 'operations'];

/** Small deterministic PRNG (mulberry32) so every run measures the same page. */
function randomSource(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function approvalNumber(random: () => number, completedOn: string): string | null {
  const roll = random();
  const year = completedOn.slice(2, 4);
  const serial = String(Math.floor(random() * 10000)).padStart(4, '0');
  if (roll < 0.03) return null;
  if (roll < 0.7) return `${year}-${pick(random, PROVIDERS)}-${pick(random, ['F1', 'F3', 'F3', 'F5'])}-${serial}`;
  if (roll < 0.85) return `OEMS ${year}-${serial}`;
  return `OEMS ${year}-${serial}-T3`;
}

function makeCourse(random: () => number, index: number): GeneratedCourse {
  const roll = random();
  const component: Component = roll < 0.5 ? 'national' : roll < 0.75 ? 'local' : 'individual';
  const topic = component === 'national' ? pick(random, TOPIC_LIST) : null;
  const subjects = topic ? SUBJECTS[topic] : component === 'local' ? LOCAL_SUBJECTS : INDIVIDUAL_SUBJECTS;
  const completedOn = format(addDays(parseISO(CYCLE_START), Math.floor(random() * CYCLE_DAYS)), 'yyyy-MM-dd');
  return {
    // The number keeps titles distinct, as on a real long transcript.
    title: `${pick(random, subjects)} ${pick(random, SUFFIXES)} #${index + 1}`,
    completedOn,
    hours: pick(random, HOURS),
    component,
    topic,
    approvalNumber: approvalNumber(random, completedOn),
  };
}

/** A generated-looking class name, different per seed. */
function classNamer(random: () => number): (role: string) => string {
  const names = new Map<string, string>();
  return (role) => {
    let name = names.get(role);
    if (!name) {
      name = `css-${Math.floor(random() * 36 ** 6).toString(36).padStart(6, '0')}`;
      names.set(role, name);
    }
    return name;
  };
}

function usDate(iso: string): string {
  return format(parseISO(iso), 'MM/dd/yyyy');
}

function credits(hours: number): string {
  return hours.toFixed(2);
}

function courseTable(courses: readonly GeneratedCourse[], cls: (role: string) => string): string {
  const rows = courses
    .map(
      (course) =>
        `<tr><td>${escapeHtml(course.title)}</td><td>${usDate(course.completedOn)}</td><td>${credits(course.hours)}</td>` +
        `<td>${course.approvalNumber ? escapeHtml(course.approvalNumber) : '&mdash;'}</td>` +
        `<td><button type="button" class="${cls('remove')}">Remove</button></td></tr>`,
    )
    .join('\n');
  return (
    `<table class="${cls('table')}">\n<thead><tr><th>Course Name</th><th>Date Completed</th><th>Credits</th><th>Approval #</th>` +
    `<th><span class="${cls('sr')}">Actions</span></th></tr></thead>\n<tbody>\n${rows}\n</tbody>\n</table>`
  );
}

/** NREMT's own progress text ("21.50 / 25.00 credits"): what it counts before review, not a course. */
function groupHeader(tag: 'h2' | 'h3', heading: string, hours: number, required: number, cls: (role: string) => string): string {
  const shown = Math.min(hours, required);
  return `<div class="${cls('header')}"><${tag}>${escapeHtml(heading)}</${tag}><span>${credits(shown)} / ${credits(required)} credits</span></div>`;
}

function totalHours(courses: readonly GeneratedCourse[]): number {
  return courses.reduce((sum, course) => sum + course.hours, 0);
}

/** A Manage Education page listing `count` courses (deterministic for a given seed). */
export function generateEducationPage(count: number, seed = 1): EducationPage {
  const random = randomSource(seed * 7919 + count);
  const cls = classNamer(random);
  const courses = Array.from({ length: count }, (_, index) => makeCourse(random, index));

  const national = courses.filter((course) => course.component === 'national');
  const topicBlocks = TOPIC_LIST.map((topic) => {
    const inTopic = national.filter((course) => course.topic === topic);
    return `<div class="${cls('topic')}">\n${groupHeader('h3', TOPIC_HEADINGS[topic], totalHours(inTopic), AEMT_TOPIC_CREDITS[topic], cls)}\n${courseTable(inTopic, cls)}\n</div>`;
  }).join('\n');
  const flatSection = (component: Component) => {
    const inComponent = courses.filter((course) => course.component === component);
    return `<section class="${cls('card')}">\n${groupHeader('h2', COMPONENT_HEADINGS[component], totalHours(inComponent), AEMT_COMPONENT_CREDITS[component], cls)}\n${courseTable(inComponent, cls)}\n</section>`;
  };

  const html = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Manage Education | National Registry of Emergency Medical Technicians</title>
<style>body { font-family: Arial, sans-serif; } table { border-collapse: collapse; width: 100%; } td, th { padding: 6px; border-bottom: 1px solid #ddd; }</style>
</head>
<body>
<header class="${cls('site-header')}"><span>NREMT</span>
<nav aria-label="Main"><a href="/dashboard">Dashboard</a> <a href="/transcript">Transcript</a> <a href="/manage-education">Manage Education</a> <a href="/recertification-application">Recertification</a></nav>
</header>
<main class="${cls('main')}">
<h1>Manage Education</h1>
<p>Assign the courses on your transcript to the National, Local and Individual components. National courses must be assigned to a topic. <strong>All sections must be complete to recertify.</strong></p>
<p>Certification: Advanced EMT &middot; Jordan Rivera &middot; Registry # A3187642 &middot; Recertification Cycle 02/11/2025 &ndash; 03/31/2027</p>
<section class="${cls('card')}">
${groupHeader('h2', COMPONENT_HEADINGS.national, totalHours(national), AEMT_COMPONENT_CREDITS.national, cls)}
${topicBlocks}
</section>
${flatSection('local')}
${flatSection('individual')}
<section class="${cls('card')}"><h2>Unassigned Courses</h2><p>There are no unassigned courses on your transcript.</p></section>
</main>
<footer>&copy; 2026 National Registry of Emergency Medical Technicians</footer>
</body>
</html>
`;
  return { html, courses };
}
