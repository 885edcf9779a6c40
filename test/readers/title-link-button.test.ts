// A grid whose course title is drawn as a link-styled button in the "Course title" column (Talend's
// Coral list, many React tables: the title opens the course's details). The column's title says the
// button shows the course's title, not a command; a button in an actions column still says nothing.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

const row = (title: string, date: string, hours: string, approval: string): string =>
  `<div role="row"><div role="gridcell"><button type="button" class="btn btn-link" title="${title}"><span>${title}</span></button></div><div role="gridcell">${date}</div><div role="gridcell">${hours}</div><div role="gridcell">${approval}</div><div role="gridcell"><button type="button">Edit</button></div></div>`;

const page = (titleHead: string): string => `<!DOCTYPE html><html><head><title>Manage Education</title></head><body><h1>Manage Education</h1>
<h2>National Component</h2><h3>Medical</h3>
<div role="grid"><div role="row"><div role="columnheader">${titleHead}</div><div role="columnheader">Date completed</div><div role="columnheader">Hours</div><div role="columnheader">Approval number</div><div role="columnheader">Actions</div></div>
<div role="rowgroup">${row('Sepsis Recognition and Early Fluids', 'Aug 9, 2026', '1.25', 'CAPCE 26-MEDX-F3-0702')}${row('Stroke Scales in the Field', 'Sep 2, 2026', '2.00', 'CAPCE 26-NEUR-F3-0188')}</div></div></body></html>`;

describe('a course title drawn as a link button', () => {
  it.each(['Course title', 'Course'])('under "%s": the button shows the title', (head) => {
    const snapshot = readHtml(page(head), 'https://www.nremt.org/account/manage-education');
    expect((snapshot.courses ?? []).map((c) => [c.title, c.completedOn, c.hours, c.topic, c.approvalNumber])).toEqual([
      ['Sepsis Recognition and Early Fluids', '2026-08-09', 1.25, 'medical', '26-MEDX-F3-0702'],
      ['Stroke Scales in the Field', '2026-09-02', 2, 'medical', '26-NEUR-F3-0188'],
    ]);
  });
});
