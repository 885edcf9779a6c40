// A section's progress figure drawn beside its course cards ("12.25 of 25 credits", "48%",
// "48% complete", "6 / 12.5 hours") holds figures only: it is no course, and no row the page
// failed to read.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

const URL = 'https://www.nremt.org/manage-education';
const PROGRESS = ['12.25 of 25 credits', '48%', '48% complete', '6 / 12.5 hours', '0.75 of 12.5 CEH'];

const LAYOUTS: Record<string, (progress: string) => string> = {
  'cards with a title block and a meta line': (progress) =>
    ['National Component', 'Individual Component']
      .map(
        (section, i) =>
          `<section><h2>${section}</h2><div role="progressbar" aria-valuenow="3"><div></div></div><div>${progress}</div>${[0, 1]
            .map(
              (k) =>
                `<div><div><div>Course ${i}${k} Refresher</div><div><span>Completed Mar ${k + 2}, 2025</span><span>CAPCE 25-ABCD-F1-00${i}${k}</span></div></div><div>1.50 credits</div></div>`,
            )
            .join('')}</section>`,
      )
      .join(''),
  'list items with labelled lines': (progress) =>
    ['National Component', 'Individual Component']
      .map(
        (section, i) =>
          `<h2>${section}</h2><p>${progress}</p><ul>${[0, 1]
            .map((k) => `<li><strong>Course ${i}${k} Refresher</strong><br>Completed: 03/0${k + 2}/2025<br>Hours: 1.5<br>Approval #: 25-ABCD-F1-00${i}${k}</li>`)
            .join('')}</ul>`,
      )
      .join(''),
};

describe('a progress figure beside course cards is not a course', () => {
  for (const [layout, render] of Object.entries(LAYOUTS)) {
    for (const progress of PROGRESS) {
      it(`${layout}: "${progress}"`, () => {
        const read = readHtml(`<h1>Manage Education</h1>${render(progress)}`, URL);
        expect(read.courses?.map((c) => [c.title, c.hours, c.component])).toEqual([
          ['Course 00 Refresher', 1.5, 'national'],
          ['Course 01 Refresher', 1.5, 'national'],
          ['Course 10 Refresher', 1.5, 'individual'],
          ['Course 11 Refresher', 1.5, 'individual'],
        ]);
        expect(read.unread ?? []).toEqual([]);
      });
    }
  }
});
