// Values a page carries in its form controls, as classes: a <label> and the control it names
// (whatever the label's words), a select's chosen option (the first when none is marked, as a
// browser shows it), a textarea, a date input's ISO value, check boxes and radio buttons beside
// their labels, an editable grid whose cells are controls or contenteditable, lookup fields (a
// code in the control, its description beside it), and an education page's header of labelled
// facts. A live page's controls are read by their current values, a saved page's by its markup.
import { describe, expect, it } from 'vitest';
import { controlValue, isChecked, lendLayout } from '../../lib/readers/dom';
import { readPage } from '../../lib/readers';
import { parseHtml, readHtml } from './load';

const page = (title: string, body: string) => `<!DOCTYPE html><html><head><title>${title}</title></head><body>${body}</body></html>`;

const COURSES = `<table><thead><tr><th>Course</th><th>Completed</th><th>Hours</th></tr></thead><tbody>
<tr><td>Airway Lab</td><td>01/09/2026</td><td>2</td></tr><tr><td>Cardiac Review</td><td>11/02/2025</td><td>1.5</td></tr></tbody></table>`;

describe("a form's label and the control it names, whatever the label's words", () => {
  it.each([
    ['<label for="x1">Cycle End Date</label><input id="x1" value="03/31/2027" disabled>', '2027-03-31'],
    ['<label for="x2">Recert cycle ends</label><input id="x2" type="date" value="2027-03-31" readonly>', '2027-03-31'],
    ['<table role="presentation"><tr><td><label for="x3">Cycle End Date</label></td><td><input id="x3" value="3/31/28"></td></tr></table>', '2028-03-31'],
    ['<label>Expiration <input value="03/31/2026" readonly></label>', '2026-03-31'],
  ])('%s -> expires %s', (field, expiresOn) => {
    const read = readHtml(page('Manage Education', `<h1>Manage Education</h1>${field}${COURSES}`));
    expect(read.certification?.expiresOn).toBe(expiresOn);
  });

  it.each([
    ['<label for="l1">Certification Level</label><select id="l1" disabled><option>EMR</option><option selected>Paramedic</option></select>', 'paramedic'],
    ['<label for="l2">Certification Level</label><select id="l2" disabled><option>Advanced EMT</option><option>EMT</option></select>', 'aemt'],
    ['<label for="l3">Current certification</label><textarea id="l3" readonly>EMT</textarea>', 'emt'],
  ])('%s -> level %s (a select shows its marked option, else its first)', (field, level) => {
    const read = readHtml(page('Manage Education', `<h1>Manage Education</h1>${field}${COURSES}`));
    expect(read.certification?.level).toBe(level);
  });

  it('an empty control says nothing, and a multiple select with nothing marked shows no value', () => {
    const { document, close } = parseHtml('<input id="a" value=""><select id="b" multiple><option>EMT</option></select>');
    expect(controlValue(document.getElementById('a')!)).toBe('');
    expect(controlValue(document.getElementById('b')!)).toBeNull();
    close();
  });
});

describe('an editable grid: cells that are controls or contenteditable', () => {
  const grid = (rows: string) =>
    page('Edit Education', `<h1>Manage Education</h1><table><thead><tr><th>Course</th><th>Date</th><th>Hours</th><th>Component</th><th>Topic</th></tr></thead><tbody>${rows}</tbody></table>`);
  it('reads each cell as the browser shows it', () => {
    const rows = [
      '<tr><td><input value="Burn Care Update"></td><td><input type="date" value="2026-02-03"></td><td><input type="number" value="1.5"></td><td><select><option>Local</option><option selected>National</option></select></td><td><select><option value="">Choose…</option><option selected>Trauma</option></select></td></tr>',
      '<tr><td><textarea>Neonatal Resuscitation</textarea></td><td><input type="date" value="2025-12-14"></td><td><input type="number" value="3"></td><td><select><option>National</option><option>Local</option></select></td><td><select><option selected>Airway, Respiration &amp; Ventilation</option></select></td></tr>',
      '<tr><td><div contenteditable="true">Protocol Refresher</div></td><td><input type="date" value="2025-10-20"></td><td><input type="number" value="2"></td><td><select><option>National</option><option selected>Individual</option></select></td><td><select><option selected value="">Choose…</option><option>Medical</option></select></td></tr>',
    ].join('');
    const courses = readHtml(grid(rows)).courses ?? [];
    expect(courses.map((c) => [c.title, c.completedOn, c.hours, c.component, c.topic])).toEqual([
      ['Burn Care Update', '2026-02-03', 1.5, 'national', 'trauma'],
      ['Neonatal Resuscitation', '2025-12-14', 3, 'national', 'airway'],
      ['Protocol Refresher', '2025-10-20', 2, 'individual', null],
    ]);
  });
});

describe('course cards whose fields are controls', () => {
  const card = (title: string, date: string, hours: string, component: string, topic: string) =>
    `<section><h3>${title}</h3><div><label for="d-${title}">Date completed</label><input id="d-${title}" type="date" value="${date}" readonly></div>
<div><label for="h-${title}">Credit hours</label><input id="h-${title}" type="number" value="${hours}" readonly></div>${component}${topic}</section>`;
  const select = (id: string, label: string, options: string[], chosen: number | null) =>
    `<div><label for="${id}">${label}</label><select id="${id}">${options.map((option, i) => `<option${i === chosen ? ' selected' : ''}>${option}</option>`).join('')}</select></div>`;
  const radios = (name: string, options: string[], chosen: number) =>
    `<fieldset><legend>Requirement</legend>${options.map((option, i) => `<label><input type="radio" name="${name}"${i === chosen ? ' checked' : ''}> ${option}</label>`).join('')}</fieldset>`;
  const html = page(
    'Manage Education',
    `<h1>Manage Education</h1>${[
      card('Sepsis Recognition', '2026-01-14', '1.5', select('c1', 'Component', ['Local', 'National', 'Individual'], 1), select('t1', 'Topic', ['—', 'Airway', 'Medical'], 2)),
      card('Mass Casualty Drill', '2025-09-30', '4', select('c2', 'Component', ['Local', 'National', 'Individual'], 2), select('t2', 'Topic', ['—', 'Airway', 'Medical'], null)),
      card('Chest Pain Workup', '2025-08-30', '2', radios('r3', ['State/Local', 'National', 'Individual'], 1), select('t3', 'Topic', ['Airway', 'Cardiology'], 1)),
      card('Protocol Update', '2025-07-02', '3', radios('r4', ['National', 'State/Local', 'Individual'], 1), ''),
    ].join('')}`,
  );

  it("each card's chosen option, never an option left unchosen", () => {
    const courses = readHtml(html).courses ?? [];
    expect(courses.map((c) => [c.title, c.completedOn, c.hours, c.component, c.topic])).toEqual([
      ['Sepsis Recognition', '2026-01-14', 1.5, 'national', 'medical'],
      ['Mass Casualty Drill', '2025-09-30', 4, 'individual', null],
      ['Chest Pain Workup', '2025-08-30', 2, 'national', 'cardiovascular'],
      ['Protocol Update', '2025-07-02', 3, 'local', null],
    ]);
  });

  it("a select repeated on every card is the card's field, not a filter of the list", () => {
    expect(readHtml(html).listCoverage).toBeUndefined();
  });

  it('one Topic select above the list still filters it', () => {
    const filtered = html.replace('<h1>Manage Education</h1>', `<h1>Manage Education</h1>${select('f', 'Show topic', ['All topics', 'Trauma'], 1)}`);
    expect(readHtml(filtered).listCoverage).toMatchObject({ complete: false, reason: 'filter' });
  });
});

describe('a check box or radio button beside its label', () => {
  const renewal = (checklist: string) =>
    page(
      'Health Professions Licensing',
      `<div>Health Professions Licensing</div><h2>Paramedic - Renewal Application</h2>
<dl><dt>License Number</dt><dd>P330192</dd><dt>License Status</dt><dd>Current</dd><dt>Expiration Date</dt><dd>03/31/2026</dd></dl>
<fieldset><legend>Progress</legend>${checklist}</fieldset>`,
    );
  it.each([
    ['<div><input type="checkbox" id="p" disabled checked><label for="p">Fee paid</label></div>', true],
    ['<div><input type="checkbox" id="p" disabled><label for="p">Fee paid</label></div>', false],
    ['<label><input type="checkbox" disabled checked> Paid</label>', true],
    ['<label><input type="checkbox" disabled> Paid</label>', false],
  ])('%s -> paid %s', (box, paid) => {
    expect(readHtml(renewal(box)).renewal?.paid).toBe(paid);
  });

  it('a statement whose box is off does not hold ("Application submitted ☐")', () => {
    const boxes = '<div><input type="checkbox" id="s" disabled><label for="s">Application submitted</label></div><div><input type="checkbox" id="f" disabled checked><label for="f">Fee paid</label></div>';
    expect(readHtml(renewal(boxes)).renewal).toMatchObject({ state: 'paid-not-submitted', paid: true });
    const on = '<div><input type="checkbox" id="s" disabled checked><label for="s">Application submitted</label></div>';
    expect(readHtml(renewal(on)).renewal?.state).toBe('submitted');
  });

  it("NREMT's application: a Payment box", () => {
    const app = (checked: string) =>
      page('Recertification Application', `<h1>Recertification Application</h1><p>Application Status: Not Submitted</p><div><input type="checkbox" id="pay" disabled ${checked}><label for="pay">Payment</label></div>`);
    expect(readHtml(app('checked')).application?.paid).toBe(true);
    expect(readHtml(app('')).application?.paid).toBe(false);
  });
});

describe('lookup fields: a code in the control, its description beside it', () => {
  const header = (agency: string, status: string) =>
    page(
      'Work With Education',
      `<div role="banner">Records Portal · Signed on: Lucia V. Ferreira-Banks</div><h1>Manage Education</h1><table role="presentation">
<tr><td><label for="r">Registry No.</label></td><td><input id="r" value="P7720415" disabled><span>Lucia V. Ferreira-Banks</span></td></tr>
<tr><td><label for="a">Agency</label></td><td><input id="a" value="${agency}" disabled><span>Quabbin Valley Ambulance</span></td></tr>
<tr><td><label for="s">Affiliation Status</label></td><td><input id="s" value="${status}" disabled><span>${status === 'A' ? 'Active' : 'Pending Approval'}</span></td></tr></table>${COURSES}`,
    );
  it.each([
    ['20931', 'A', 'active'],
    ['Q-0442', 'PND', 'pending'],
  ])('agency %s, status %s', (agency, status, expected) => {
    const read = readHtml(header(agency, status));
    expect(read.agency).toEqual({ name: 'Quabbin Valley Ambulance', status: expected });
    expect(read.person).toMatchObject({ registryNumber: 'P7720415', name: 'Lucia V. Ferreira-Banks' });
  });

  it('the same header drawn with div cells and span labels (no <label> element)', () => {
    const html = page(
      'Work With Education',
      `<div role="banner">Records Portal · Signed on: Lucia V. Ferreira-Banks</div><h1>Manage Education</h1><div role="presentation">
<div role="row"><div role="cell"><span>Registry No.</span></div><div role="cell"><input value="P7720415" disabled><span>Lucia V. Ferreira-Banks</span></div></div>
<div role="row"><div role="cell"><span>Agency</span></div><div role="cell"><input value="20931" disabled><span>Quabbin Valley Ambulance</span></div></div>
<div role="row"><div role="cell"><span>Affiliation Status</span></div><div role="cell"><input value="A" disabled><span>Active</span></div></div></div>${COURSES}`,
    );
    const read = readHtml(html);
    expect(read.person).toMatchObject({ registryNumber: 'P7720415', name: 'Lucia V. Ferreira-Banks' });
    expect(read.agency).toEqual({ name: 'Quabbin Valley Ambulance', status: 'active' });
  });

  it('the line after a registry number is no name unless the page shows that name elsewhere too', () => {
    const html = page('Manage Education', '<h1>Manage Education</h1><p>Registry Number: P7720415</p><p>Pediatric Trauma Review</p>' + COURSES);
    expect(readHtml(html).person?.name).toBeUndefined();
  });

  it("a name or status that is words stays itself (no description taken)", () => {
    const html = page(
      'Manage Education',
      '<h1>Manage Education</h1><p>Agency: Hilltown Rescue Squad</p><p>Affiliation Status: Active</p><p>Pending Approval</p>' + COURSES,
    );
    expect(readHtml(html).agency).toEqual({ name: 'Hilltown Rescue Squad', status: 'active' });
  });
});

describe("an education page's header of labelled facts names the agency", () => {
  it.each([
    ['<div><span>Agency Affiliation</span><span>Franklin County Paramedics</span></div><div><span>Affiliation Status</span><span>Active</span></div>', { name: 'Franklin County Paramedics', status: 'active' }],
    ['<p>Affiliated Agency: Cape Ann Ambulance (Pending Approval)</p>', { name: 'Cape Ann Ambulance', status: 'pending' }],
  ])('%s', (facts, agency) => {
    expect(readHtml(page('Manage Education', `<h1>Manage Education</h1>${facts}${COURSES}`)).agency).toEqual(agency);
  });

  it("a course table's agency column is no affiliation", () => {
    const table = `<table><thead><tr><th>Course</th><th>Completed</th><th>Hours</th><th>Agency</th><th>Status</th></tr></thead><tbody>
<tr><td>Airway Lab</td><td>01/09/2026</td><td>2</td><td>Metro Fire Training</td><td>Active</td></tr></tbody></table>`;
    expect(readHtml(page('Manage Education', `<h1>Manage Education</h1>${table}`)).agency).toBeUndefined();
  });
});

describe('a live page: the control as it is now, not as the markup first said', () => {
  it('reads current values and states (properties), a saved page its markup (attributes)', () => {
    const { document, close } = parseHtml(
      '<input id="i" value="03/31/2026"><select id="s"><option>EMT</option><option selected>Paramedic</option></select><textarea id="t">old</textarea><input type="checkbox" id="c">',
    );
    const [input, select, area, box] = ['i', 's', 't', 'c'].map((id) => document.getElementById(id)!) as [HTMLInputElement, HTMLSelectElement, HTMLTextAreaElement, HTMLInputElement];
    input.value = '03/31/2028';
    area.value = 'new';
    box.checked = true;
    (select.options[0] as HTMLOptionElement).selected = true;
    expect([controlValue(input), controlValue(select), controlValue(area), isChecked(box)]).toEqual(['03/31/2026', 'Paramedic', 'old', false]);
    lendLayout(document, new WeakSet());
    expect([controlValue(input), controlValue(area), isChecked(box)]).toEqual(['03/31/2028', 'new', true]);
    expect(controlValue(select)).toBe(select.selectedOptions[0]!.textContent);
    close();
  });

  it('a live education page reads the expiration the person sees', () => {
    const { document, close } = parseHtml(page('Manage Education', `<h1>Manage Education</h1><label for="e">Expiration Date</label><input id="e" value="03/31/2026">${COURSES}`));
    (document.getElementById('e') as HTMLInputElement).value = '03/31/2028';
    lendLayout(document, new WeakSet());
    expect(readPage(document, null).certification?.expiresOn).toBe('2028-03-31');
    close();
  });
});
