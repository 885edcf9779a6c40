// Reading rules a person uses on a page they never saw, one small page each in markup no
// fixture has: records by repetition, fields by their values, labels and headings as evidence.
import { describe, expect, it } from 'vitest';
import { readHtml } from './load';

const page = (body: string, title = 'Manage Education'): string =>
  `<!DOCTYPE html><html><head><title>${title}</title></head><body><h1>${title}</h1>${body}</body></html>`;

describe('values', () => {
  it('a time of day after a date is part of the date, not an hours figure', () => {
    const course = (title: string, when: string, hours: string) => `<li>${title} — finished ${when} — ${hours}</li>`;
    const snap = readHtml(
      page(
        `<section><p>Cycle start: 2024-04-01 09:00</p><p>Expiration date: 2026-03-31 17:30</p></section>` +
          `<ol>${course('Airway Course', '2025-09-16 14:30', '1.5 CEH')}${course('Cardiac Course', '2025-10-02 08:15', '2 CEH')}</ol>`,
      ),
    );
    expect(snap.courses?.map((c) => [c.title, c.completedOn, c.hours])).toEqual([
      ['Airway Course', '2025-09-16', 1.5],
      ['Cardiac Course', '2025-10-02', 2],
    ]);
  });
});

describe('certification facts beside labels, on any page of the person', () => {
  it('an education page that shows the level, cycle start and expiration as labelled values', () => {
    const snap = readHtml(
      page(
        `<aside><div><span>Certification level</span> <span>Paramedic</span></div><div><span>Cycle Start Date</span> <span>04/01/2024</span></div>` +
          `<div><span>Expiration Date</span> <span>03/31/2026</span></div></aside>` +
          `<table><tr><th>Course</th><th>Completed</th><th>Hours</th></tr><tr><td>Airway Course</td><td>09/16/2025</td><td>1.5</td></tr></table>`,
      ),
    );
    expect(snap.certification).toEqual({ level: 'paramedic', cycleStart: '2024-04-01', expiresOn: '2026-03-31' });
    expect(snap.courses).toHaveLength(1);
  });
});

describe('records by repetition', () => {
  it('a section whose component or topic heading sits in a header wrapper is a section, not a course (even with one course)', () => {
    const course = (title: string, date: string, hours: string, approval: string) =>
      `<article><span>${title}</span><span>${date}</span><span>${hours}</span><span>${approval}</span></article>`;
    const snap = readHtml(
      page(
        `<section><header><h2>National</h2><p>3.00 of 20 hours</p></header>` +
          `<section><header><h3>Trauma</h3><small>2.00 / 5.00 hours</small></header>${course('Bleeding Control', '2025-06-03', '2.00', 'CAPCE 25-ABC-F3-0001')}</section>` +
          `<section><header><h3>Medical</h3></header>${course('Sepsis', '2025-07-03', '0.50', 'CAPCE 25-ABC-F3-0002')}${course('Stroke', '2025-07-04', '0.50', 'CAPCE 25-ABC-F3-0003')}</section></section>` +
          `<section><header><h2>State/Local</h2><p>1.50 of 10 hours</p></header>${course('Protocols 2025', '2025-08-03', '1.50', 'OEMS T3-25-0417')}</section>`,
      ),
    );
    expect(snap.courses?.map((c) => [c.title, c.hours, c.component, c.topic])).toEqual([
      ['Bleeding Control', 2, 'national', 'trauma'],
      ['Sepsis', 0.5, 'national', 'medical'],
      ['Stroke', 0.5, 'national', 'medical'],
      ['Protocols 2025', 1.5, 'local', null],
    ]);
  });
});

describe('sections named by plain text', () => {
  it('a tree of components and topics whose names are plain labels, some holding one course', () => {
    const course = (title: string, meta: string) => `<li role="treeitem"><p>${title}</p><p>${meta}</p></li>`;
    const node = (label: string, total: string, inner: string) =>
      `<li role="treeitem" aria-expanded="true"><div><span>${label}</span> <span>${total}</span></div><ul role="group">${inner}</ul></li>`;
    const snap = readHtml(
      page(
        `<ul role="tree">` +
          node(
            'National',
            '5 hr of 25 hr',
            node('Airway, Respiration &amp; Ventilation', '3 hr of 5 hr', course('CPAP Skills', '01/09/2026 · 1 hr · CAPCE 25-NAEM-F3-1187') + course('Pediatric Distress', '11/18/2025 · 2 hr · OEMS 25-0611-T1')) +
              node('Cardiology', '2 hr of 6 hr', course('12-Lead ECG', '10/04/2025 · 2 hr · CAPCE 25-CARD-F5-0042')),
          ) +
          node('State/Local', '2 hr 30 min of 12 hr 30 min', course('Protocol Update', '06/20/2025 · 2 hr 30 min · OEMS T3-25-0805')) +
          node('Not yet assigned', '1 course', course('Hostile Event Response', '12/05/2025 · 1 hr 15 min · OEMS 25-0930-T1')) +
          `</ul>`,
      ),
    );
    expect(snap.courses?.map((c) => [c.title, c.hours, c.component, c.topic])).toEqual([
      ['CPAP Skills', 1, 'national', 'airway'],
      ['Pediatric Distress', 2, 'national', 'airway'],
      ['12-Lead ECG', 2, 'national', 'cardiovascular'],
      ['Protocol Update', 2.5, 'local', null],
      ['Hostile Event Response', 1.25, null, null],
    ]);
  });
});

describe('what the browser shows', () => {
  it('the courses of a collapsed tree branch (aria-expanded="false") are not shown, so not read', () => {
    const branch = (label: string, expanded: boolean, rows: string) =>
      `<div role="treeitem" aria-expanded="${expanded}"><div>${label}</div><div role="group">${rows}</div></div>`;
    const row = (title: string, date: string) => `<div role="treeitem"><span>${title}</span> <span>${date}</span> <span>1.5 credits</span></div>`;
    const snap = readHtml(
      page(
        `<div role="tree">${branch('Trauma', false, row('Hidden Course', '2025-07-22'))}${branch('Medical', true, row('Sepsis', '2025-09-12') + row('Stroke', '2025-09-13'))}</div>`,
      ),
    );
    expect(snap.courses?.map((c) => [c.title, c.topic])).toEqual([
      ['Sepsis', 'medical'],
      ['Stroke', 'medical'],
    ]);
  });
});

describe('labels as evidence, wherever they sit', () => {
  it('a value shown above its caption (the label under the value)', () => {
    const stat = (value: string, caption: string) => `<figure><strong>${value}</strong><figcaption>${caption}</figcaption></figure>`;
    const snap = readHtml(
      page(
        stat('Paramedic', 'Certification Level') + stat('P2291704', 'Registry Number') + stat('Mar 31, 2027', 'Expiration Date') + stat('Apr 1, 2025', 'Recert Cycle Start'),
        'Dashboard',
      ),
    );
    expect(snap.kind).toBe('nremt-dashboard');
    expect(snap.certification).toEqual({ level: 'paramedic', expiresOn: '2027-03-31', cycleStart: '2025-04-01' });
    expect(snap.person?.registryNumber).toBe('P2291704');
  });
});

describe('which page', () => {
  it('a title whose parts are joined by a middle dot ("Dashboard · NREMT")', () => {
    const snap = readHtml(
      `<!DOCTYPE html><html><head><title>Dashboard · NREMT</title></head><body><ul><li><span>P2291704</span> <small>Registry Number</small></li></ul>` +
        `<p>Expiration Date: 03/31/2027</p><p>Certification Level: EMT</p></body></html>`,
    );
    expect(snap.kind).toBe('nremt-dashboard');
  });
});

describe('the agency affiliation as a person reads it', () => {
  const dash = (agency: string) =>
    page(`<p>Certification Level: EMT</p><p>Expiration Date: 03/31/2027</p>${agency}<h2>Message Center</h2><p>Welcome to the new site.</p>`, 'Dashboard');

  it('a name line and a status word under an Agency Affiliation heading', () => {
    const snap = readHtml(dash(`<h2>Agency Affiliation</h2><div><p>Harbor EMS</p><p>Salem, MA · Training Officer: K. Lee</p><span class="badge">Pending Approval</span></div>`));
    expect(snap.agency).toEqual({ name: 'Harbor EMS', status: 'pending' });
  });

  it('a section opened by an "Agency Affiliation" caption with a count, not a name', () => {
    const snap = readHtml(dash(`<div><span>Agency Affiliation</span> <small>1 agency</small></div><ul><li><p>Cape Ambulance</p><p>Hyannis, MA</p><b>Active</b></li></ul>`));
    expect(snap.agency).toEqual({ name: 'Cape Ambulance', status: 'active' });
  });
});

describe('a plain-text printout (<pre>)', () => {
  it('label ..... value lines, a section between rules, and a fixed-width table are read like their markup twins', () => {
    const pre = [
      '==========================================================',
      ' NATIONAL REGISTRY — MY CERTIFICATION - SUMMARY',
      '==========================================================',
      ' Name .................... Maria L. Santos',
      ' Registry Number ......... E1234567',
      ' Certification Level ..... EMT',
      ' Expiration Date ......... 03/31/2027',
      ' Cycle Start Date ........ 04/01/2025',
      '----------------------------------------------------------',
      ' AGENCY AFFILIATION',
      '----------------------------------------------------------',
      ' AGENCY                        STATUS            SINCE',
      ' Lowell Fire Department        Pending Approval  01/02/26',
      '',
    ].join('\n');
    const snap = readHtml(`<!DOCTYPE html><html><head><title>Printable version</title></head><body><pre>${pre}</pre></body></html>`);
    expect(snap.kind).toBe('nremt-dashboard');
    expect(snap.person).toMatchObject({ name: 'Maria L. Santos', registryNumber: 'E1234567' });
    expect(snap.certification).toEqual({ level: 'emt', expiresOn: '2027-03-31', cycleStart: '2025-04-01' });
    expect(snap.agency).toEqual({ name: 'Lowell Fire Department', status: 'pending' });
  });
});

describe('a sheet of cells', () => {
  it('several "Label:" cells each followed by their value cell in one row', () => {
    const snap = readHtml(
      page(
        `<table><tr><td>Level:</td><td>Paramedic</td><td></td><td>Registry #:</td><td>P1234567</td></tr>` +
          `<tr><td>Expiration Date:</td><td>3/31/27</td><td></td><td>Last Recertification Date:</td><td>3/30/25</td></tr></table>` +
          `<table><tr><th>Course</th><th>Completed</th><th>Credits</th></tr><tr><td>Airway Course</td><td>09/16/2025</td><td>1.5</td></tr></table>`,
      ),
    );
    expect(snap.certification).toEqual({ level: 'paramedic', expiresOn: '2027-03-31', cycleStart: '2025-03-31' });
    expect(snap.person?.registryNumber).toBe('P1234567');
  });
});

describe('a key/value table without colons', () => {
  it('two-cell rows whose first cell names a field and whose second shows its value', () => {
    const snap = readHtml(
      page(
        `<table><tr><td>Registry number</td><td>E7712086</td></tr><tr><td>Level</td><td>EMT</td></tr><tr><td>Expiration</td><td>Tuesday, 31 March 2026</td></tr></table>` +
          `<table><tr><th>Course</th><th>Completed</th><th>Credit</th></tr><tr><td>Airway Course</td><td>09/16/2025</td><td>1.5</td></tr></table>`,
        'Transcript',
      ),
    );
    expect(snap.certification).toMatchObject({ level: 'emt', expiresOn: '2026-03-31' });
    expect(snap.person?.registryNumber).toBe('E7712086');
  });
});

describe('a disclosure names the section it opens', () => {
  it('component names on toggle buttons (aria-expanded), one course in a section, a collapsed section', () => {
    const section = (name: string, expanded: boolean, rows: string) =>
      `<div class="box"><div role="button" tabindex="0" aria-expanded="${expanded}"><b>${name}</b> <i>1 of 10 hours</i></div>${expanded ? `<div class="body">${rows}</div>` : ''}</div>`;
    const row = (title: string, date: string) => `<div class="line"><p>${title}</p><ul><li>${date}</li><li>1 hour</li><li>CAPCE 25-ABCD-F3-0001</li></ul></div>`;
    const snap = readHtml(
      page(
        section('National Component', true, `<h4>Trauma</h4>${row('Bleeding Control', 'July 11, 2025')}${row('Burns', 'July 12, 2025')}`) +
          section('State/Local Component', true, row('Protocol Review', 'June 3, 2025')) +
          section('Individual Component', false, ''),
      ),
    );
    expect(snap.courses?.map((c) => [c.title, c.component, c.topic])).toEqual([
      ['Bleeding Control', 'national', 'trauma'],
      ['Burns', 'national', 'trauma'],
      ['Protocol Review', 'local', null],
    ]);
    expect(snap.unread).toEqual([]);
  });
});

describe('a table with merged cells', () => {
  it('a component cell spanning several rows (rowspan) names each of them', () => {
    const snap = readHtml(
      page(
        `<table><thead><tr><th>Component</th><th>Topic</th><th>Course</th><th>Completed</th><th>Hours</th></tr></thead><tbody>` +
          `<tr><td rowspan="2">National</td><td>Trauma</td><td>Bleeding Control</td><td>2025-07-11</td><td>1</td></tr>` +
          `<tr><td>Medical</td><td>Sepsis</td><td>2025-07-12</td><td>2</td></tr>` +
          `<tr><td rowspan="2">Local</td><td></td><td>Protocols</td><td>2025-07-13</td><td>3</td></tr>` +
          `<tr><td></td><td>Stroke Destination Policy</td><td>2025-07-14</td><td>0.5</td></tr>` +
          `<tr><td>Individual</td><td></td><td>Wilderness Refresher</td><td>2025-07-15</td><td>4</td></tr></tbody></table>`,
      ),
    );
    expect(snap.courses?.map((c) => [c.title, c.component, c.topic])).toEqual([
      ['Bleeding Control', 'national', 'trauma'],
      ['Sepsis', 'national', 'medical'],
      ['Protocols', 'local', null],
      ['Stroke Destination Policy', 'local', null],
      ['Wilderness Refresher', 'individual', null],
    ]);
  });
});

describe('an agency value with details after the name', () => {
  it('the name ends where its status or a dated detail begins', () => {
    const snap = readHtml(
      page(
        `<dl><dt>Certification Level</dt><dd>EMT</dd><dt>Expiration Date</dt><dd>03/31/2027</dd>` +
          `<dt>Agency</dt><dd>Lowell Fire Department <small>Requested 01/02/2026</small> <em>Pending Approval</em></dd></dl>`,
        'Dashboard',
      ),
    );
    expect(snap.agency).toEqual({ name: 'Lowell Fire Department', status: 'pending' });
  });

  it.each([
    ['Boston EMS (Active)', 'Boston EMS', 'active'],
    ['Pending Approval – Hilltown Volunteer Ambulance', 'Hilltown Volunteer Ambulance', 'pending'],
    ['Cape Ambulance – Approved', 'Cape Ambulance', 'active'],
  ])('%j', (value, name, status) => {
    const snap = readHtml(page(`<p>Certification Level: EMT</p><p>Expiration Date: 03/31/2027</p><p>Agency: ${value}</p>`, 'Dashboard'));
    expect(snap.agency).toEqual({ name, status });
  });
});
