// An e-mail pasted into a page (a mailing-list archive, a webmail print) opens with a salutation
// alone on its line ("Cap,", "Sec,"): a short word that may also abbreviate a label ("Cap" for
// CAPCE, "Sec" for Section). A label ends with a colon or with nothing; a word and a comma runs
// on into the sentence, so it labels no line: the next line, naming the user's own copied NREMT
// list, is read as the sentence it is.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

const SALUTATIONS = ['Cap,', 'Sec,', 'Cat,'];
const LAYOUTS: Record<string, (lines: string[]) => string> = {
  'lines split by <br /> in a block': (lines) => `<div>${lines.join('<br />\n')}</div>`,
  'lines split by <br> in a paragraph': (lines) => `<p>${lines.join('<br>')}</p>`,
};

const lines = (salutation: string) => [
  salutation,
  '',
  'Here is my list, copied out of the NREMT transcript tonight. EMT, NREMT # E1234567.',
  '',
  'Date | Course | Hrs | Component | Approval',
  '05/12/2025 | Pediatric Airway Emergencies | 2:00 | National - Airway | CAPCE 25-ABC-F3-0101',
  '06/03/2025 | Stroke Assessment Update | 1:30 | State/Local | OEMS 25-0970-T3',
  '07/09/2025 | Opioid Overdose Response | 1:00 | Individual | CAPCE 25-XYZ-F3-0042',
  '',
  'Thanks,',
  'Dan',
];

describe('a salutation alone on its line labels no line', () => {
  for (const salutation of SALUTATIONS) {
    for (const [name, render] of Object.entries(LAYOUTS)) {
      it(`"${salutation}", ${name}`, () => {
        const read = readHtml(`<h1>Re: CE lists due</h1>${render(lines(salutation))}`, null);
        expect(read.kind).toBe('nremt-education');
        expect(read.courses?.map((c) => [c.title, c.completedOn, c.hours, c.component])).toEqual([
          ['Pediatric Airway Emergencies', '2025-05-12', 2, 'national'],
          ['Stroke Assessment Update', '2025-06-03', 1.5, 'local'],
          ['Opioid Overdose Response', '2025-07-09', 1, 'individual'],
        ]);
      });
    }
  }
});
