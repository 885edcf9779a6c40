// The writer's own remarks in sentences beside the course tables they copied from Manage
// Education into a block editor (each paragraph, list and table its own block, all drawn alike):
// a sentence about a requirement ("at least 2.5 of the 25 must be pediatric", domain.md: "at
// least 10 % of the National credits must be pediatric"), a list of open questions with dates in
// their sentences ("ask the Medical Director before 2027-02-15"), a reminder of a rule ("keep
// certificates at least 5 years"). Neither a course nor an unread course row: a course row
// missing its hours is still one ("TBD" beside its date and approval number).
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

const block = (inner: string): string => `<div><div>${inner}</div></div>`;
const cells = (...texts: string[]): string => `<div>${texts.map((text) => `<div contenteditable="true">${text}</div>`).join('')}</div>`;
const table = (rows: string[][]): string => block(`<div><div>${cells('Course', 'Completed', 'Hours', 'Approval')}${rows.map((row) => cells(...row)).join('')}</div></div>`);

const NATIONAL = table([
  ['Respiratory Distress in Adults', '2025-05-10', '2 hrs', 'CAPCE 25-EMSX-F3-0198'],
  ['Acute Coronary Syndromes', '2025-07-19', '2 hrs', 'CAPCE 25-EMSX-F3-0301'],
  ['Obstetric Emergencies', '2026-02-28', 'TBD (waiting on cert)', 'CAPCE 26-OBEM-F5-0009'],
]);
const LOCAL = table([
  ['OEMS Protocol Update 2025', '2025-08-02', '1:30', 'OEMS 25-0390-T3'],
  ['Infection Control and Bloodborne Pathogens', '2025-11-08', '1 hr', 'OEMS 25-0455-T3'],
]);

// The intro as written, or with a date and an hours figure in its sentences (then every block is drawn like a record).
const INTROS = ['Copied by hand from Manage Education on 2026-11-28.', 'Copied by hand from Manage Education on 2026-11-28. Hours exactly as typed in NREMT; <i>1:30 = an hour and a half</i>.'];

const page = (between: string, after: string, intro: string): string => `<!DOCTYPE html><html><head><title>AEMT recert notes</title></head><body>
<main><div><div>${block('<h1 contenteditable="true">AEMT recert — training profile notes</h1>')}
${block('<div contenteditable="true"><b>Dana Whitcombe</b> — Advanced EMT, NREMT # A4417290</div>')}
${block(`<div contenteditable="true">${intro}</div>`)}
${block('<h2 contenteditable="true">National component (25 credits)</h2>')}${NATIONAL}${between}
${block('<h2 contenteditable="true">State/Local (12.5)</h2>')}${LOCAL}${after}</div></div></main></body></html>`;

const paragraph = (text: string): string => block(`<div contenteditable="true">${text}</div>`);
const list = (...items: string[]): string => block(`<ul>${items.map((item) => `<li>${item}</li>`).join('')}</ul>`);

const REMARKS: Record<string, [string, string]> = {
  'a requirement in a sentence between the tables': [paragraph('Pediatric requirement: at least 2.5 of the 25 must be pediatric — the cardiac arrest class covers most of it.'), ''],
  'open questions with dates after the tables': [
    '',
    `${block('<h3 contenteditable="true">Open questions</h3>')}${list('The protocol update was 2025-08-02, so it should count for this cycle.', 'Vent course has no CAPCE number, ask the Medical Director before 2027-02-15.')}`,
  ],
  'open questions about a course in the list': [
    '',
    list('The trauma refresher was 2025-03-15 — before my cycle (it starts the day after 2025-03-31). Probably won’t count.', 'Skills verification for AEMT = Medical Director (Dr. Halvorsen), not the TO.'),
  ],
  'a rule to remember between the tables': [paragraph('Keep the certificates at least 5 years, the state audits them.'), ''],
  'a deadline after the tables': ['', paragraph('Step A opens 2026-10-01 and should be done by 2027-02-15, before the last-week rush.')],
  'remarks both between and after the tables': [
    paragraph('National credits must be at or above my level — the EMR refresher from 2025-06-01 does not count.'),
    list('Ask the Training Officer to approve the affiliation first.', 'Paying is not submitting!'),
  ],
};

describe("the writer's remarks in sentences beside the course tables are no course rows", () => {
  for (const [name, [between, after]] of Object.entries(REMARKS)) {
    it.each(INTROS.map((intro, at) => [at === 0 ? 'a plain intro' : 'an intro with a date and hours', intro]))(`${name} (%s)`, (_, intro) => {
      const snapshot = readHtml(page(between, after, intro), null);
      expect(snapshot.kind).toBe('nremt-education');
      expect(snapshot.courses?.map((course) => [course.title, course.completedOn, course.hours])).toEqual([
        ['Respiratory Distress in Adults', '2025-05-10', 2],
        ['Acute Coronary Syndromes', '2025-07-19', 2],
        ['OEMS Protocol Update 2025', '2025-08-02', 1.5],
        ['Infection Control and Bloodborne Pathogens', '2025-11-08', 1],
      ]);
      // The course row without its hours is the only unread one.
      expect(snapshot.unread?.map((row) => row.text.split(' · ')[0])).toEqual(['Obstetric Emergencies']);
    });
  }

  it('a course card between the tables, its hours missing, is still an unread course', () => {
    const card = block('<div contenteditable="true"><b>Airway Lab Refresher</b><br>Completed 2026-03-02<br>Hours: see certificate.</div>');
    const snapshot = readHtml(page(card, '', INTROS[1]!), null);
    expect(snapshot.courses).toHaveLength(4);
    expect(snapshot.unread?.map((row) => row.text.split(' · ')[0])).toEqual(['Obstetric Emergencies', 'Airway Lab Refresher']);
  });
});
