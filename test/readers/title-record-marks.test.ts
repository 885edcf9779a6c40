// A mark the person or the tool set on a record is no part of its course's title: a pictograph
// before or after the title ("✅ ACLS Provider Renewal"), with the status it flags after it
// ("… ⚠️ Out of Date", one of the reasons domain.md lists for a returned course: Out of Date, N/A
// to topic, Not EMS related, duplicate hours, Document required), and a remark in brackets after the
// title about the record ("(split: 3:00 class, the other 1:00 is under Local)", "(split, see
// Medical)", "(duplicate)", a script's "[OUTSIDE CYCLE]"). A bracketed part of the course's name stays ("(CDC Field Triage)").
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

const table = (titles: string[]): string => `<!DOCTYPE html><html><head><title>Manage Education | NREMT</title></head><body><main>
<h1>Manage Education</h1><table><thead><tr><th>Course</th><th>Date Completed</th><th>Hours</th><th>Approval</th></tr></thead><tbody>
${titles.map((title, i) => `<tr><td>${title}</td><td>0${i + 1}/1${i}/2026</td><td>1.50</td><td>CAPCE 26-EMSX-F3-04${10 + i}</td></tr>`).join('\n')}
</tbody></table></main></body></html>`;

const lines = (titles: string[]): string => `<!DOCTYPE html><html><head><title>recert notes</title></head><body>
<h1>My NREMT transcript</h1><p>Pasted my NREMT transcript here:</p>
${titles.map((title, i) => `<p>${title} — 0${i + 1}/1${i}/2026 — 2 hrs — National › Medical — CAPCE 26-CNTR-F3-05${10 + i}</p>`).join('\n')}
</body></html>`;

const CASES: Array<[string, (titles: string[]) => string, string[], string[]]> = [
  ['a check mark before each title (a table)', table, ['✅ Airway Management Refresher', '✅ Stroke Recognition Update', 'Spinal Motion Restriction'], ['Airway Management Refresher', 'Stroke Recognition Update', 'Spinal Motion Restriction']],
  ['a check mark before each title (pasted lines)', lines, ['✅ Sepsis Screening', '✔️ <b>Diabetic Emergencies</b>', '☑ Behavioral Crises'], ['Sepsis Screening', 'Diabetic Emergencies', 'Behavioral Crises']],
  ['a warning and the reason it was returned after the title', table, ['Pediatric Assessment Triangle ⚠️ Out of Date', 'Geriatric Falls ❌ Not EMS related', 'Cardiac Arrest Update ⚠ duplicate hours'], ['Pediatric Assessment Triangle', 'Geriatric Falls', 'Cardiac Arrest Update']],
  ['a mark alone after the title', table, ['Hemorrhage Control ✅', 'Obstetric Emergencies ⭐', 'Burn Care'], ['Hemorrhage Control', 'Obstetric Emergencies', 'Burn Care']],
  ['a split remark in brackets after the title', table, ['Anaphylaxis Update (split: 3:00 class, the other 1:00 is under Local)', 'Anaphylaxis Update (split, see Medical)', 'Crew Resource Management (duplicate)'], ['Anaphylaxis Update', 'Anaphylaxis Update', 'Crew Resource Management']],
  ['a script\'s remark in square brackets after the title', table, ['Spinal Motion Restriction Review [OUTSIDE CYCLE]', 'Behavioral Emergencies [DUPLICATE]', 'Pediatric Sepsis [before cycle]'], ['Spinal Motion Restriction Review', 'Behavioral Emergencies', 'Pediatric Sepsis']],
  ['a bracketed part of the name stays', table, ['Trauma Triage (CDC Field Triage)', 'Mental Health First Aid (Adult)', 'CPR & AED Recertification (BLS Provider)'], ['Trauma Triage (CDC Field Triage)', 'Mental Health First Aid (Adult)', 'CPR & AED Recertification (BLS Provider)']],
];

describe('a mark set on the record is no part of the title', () => {
  for (const [layout, make, titles, expected] of CASES) {
    it(layout, () => {
      const snapshot = readHtml(make(titles));
      expect(snapshot.kind).toBe('nremt-education');
      expect(snapshot.courses?.map((c) => c.title)).toEqual(expected);
    });
  }
});
