// Two classes of dashboard facts left unread:
// 1. A fact a web component shows from its attributes, on a saved page (its shadow tree is not
//    saved): <x-text-field label="Expiration Date" value="03/31/2027">, <x-tag text="Pending
//    Approval">, <x-accordion-item headline="Agency Affiliation">; with the kit's pre-upgrade
//    rule `x-card{visibility:hidden}.hydrated{visibility:inherit}`.
// 2. An agency's status chip alone on its line ("Affiliated") read as a label whose value is the
//    next line: under the agency's name it is that agency's status.
import { describe, expect, it } from 'vitest';
import { drawComponentAttributes } from '../../lib/cli/component-attributes';
import { parseHtml, readHtml } from './load';

const page = (body: string, style = ''): string =>
  '<!DOCTYPE html><html><head><title>My Certification | NREMT</title>' +
  `<style>${style}</style></head><body><nav><a aria-current="page" href="/dashboard">Dashboard</a> <a href="/transcript">Transcript</a></nav>` +
  `<h1>Dashboard</h1>${body}<h2>Message Center</h2><p>Welcome to your new cycle.</p></body></html>`;

const HYDRATION = 'x-card,x-tag,x-text-field,x-status,x-accordion-item{visibility:hidden}.hydrated{visibility:inherit}';

describe('a saved page: what web components show from their attributes', () => {
  it.each([
    [
      'read-only text fields (label and value attributes)',
      '<x-card class="hydrated"><h2>Dana M. Okafor</h2>' +
        '<x-text-field class="hydrated" label="Certification Level" value="Advanced EMT" readonly></x-text-field>' +
        '<x-text-field class="hydrated" label="Registry Number" value="A1234567" readonly></x-text-field>' +
        '<x-text-field class="hydrated" label="Expiration Date" value="03/31/2027" readonly></x-text-field>' +
        '<x-text-field class="hydrated" label="Recert Cycle" value="04/01/2025 - 03/31/2027" readonly></x-text-field></x-card>',
      { level: 'aemt', expiresOn: '2027-03-31', cycleStart: '2025-04-01' },
      null,
    ],
    [
      'a status tag whose text is an attribute, under the agency’s name',
      '<x-card class="hydrated"><dl><dt>Certification</dt><dd>Paramedic</dd><dt>Expires</dt><dd>March 31, 2028</dd></dl></x-card>' +
        '<h2>Agency Affiliation</h2><x-card class="hydrated"><h3>Cape Ann Regional EMS</h3><x-tag class="hydrated" text="Pending Approval"></x-tag></x-card>',
      { level: 'paramedic', expiresOn: '2028-03-31' },
      { name: 'Cape Ann Regional EMS', status: 'pending' },
    ],
    [
      'an accordion item whose heading is an attribute, its facts inside',
      '<x-accordion-item class="hydrated" headline="Certification" open><dl><dt>Level</dt><dd>EMT</dd><dt>Expiration Date</dt><dd>2028-03-31</dd><dt>Last Recertification Date</dt><dd>2026-03-31</dd></dl></x-accordion-item>' +
        '<x-accordion-item class="hydrated" headline="Agency Affiliation" open><p><strong>Hilltown Ambulance</strong></p><p>Huntington, MA</p><x-tag class="hydrated" text="Active"></x-tag></x-accordion-item>',
      { level: 'emt', expiresOn: '2028-03-31', cycleStart: '2026-04-01' },
      { name: 'Hilltown Ambulance', status: 'active' },
    ],
    [
      'values of a definition list drawn by components from their label attribute',
      '<dl><dt>Certification Level</dt><dd><x-status class="hydrated" label="Emergency Medical Responder"></x-status></dd>' +
        '<dt>Expiration Date</dt><dd><x-status class="hydrated" label="03/31/2028"></x-status></dd></dl>',
      { level: 'emr', expiresOn: '2028-03-31' },
      null,
    ],
  ])('%s', (_name, body, certification, agency) => {
    const snapshot = readHtml(page(body, HYDRATION));
    expect(snapshot.kind).toBe('nremt-dashboard');
    expect(snapshot.certification).toMatchObject(certification);
    if (agency) expect(snapshot.agency).toEqual(agency);
  });

  it('a closed dialog’s heading attribute and its buttons draw nothing', () => {
    const body =
      '<dl><dt>Certification Level</dt><dd>EMT</dd><dt>Expiration Date</dt><dd>03/31/2027</dd></dl>' +
      '<x-dialog headline="Agency Affiliation"><x-tag text="Active"></x-tag></x-dialog>';
    expect(readHtml(page(body, HYDRATION)).agency).toBeUndefined();
  });

  it('a component whose attributes are not shown words (a value alone, an icon name) draws nothing', () => {
    const body = '<dl><dt>Certification Level</dt><dd>EMT</dd><dt>Expiration Date</dt><dd>03/31/2027</dd></dl><x-tab-group value="03/31/2029"></x-tab-group><x-icon name="Expiration Date"></x-icon>';
    expect(readHtml(page(body)).certification).toMatchObject({ expiresOn: '2027-03-31' });
  });
});

describe('a saved page: a kit’s Submit Application button shown again by its hydrated class', () => {
  it.each([
    ['disabled, in a tooltip', '<x-tooltip class="hydrated"><x-button slot="trigger" class="hydrated" disabled>Submit Application</x-button>All sections must be complete.</x-tooltip>', false],
    ['enabled, in a card', '<x-card class="hydrated"><x-button class="hydrated">Submit Application</x-button></x-card>', true],
  ])('%s', (_name, control, enabled) => {
    const html =
      `<!DOCTYPE html><html><head><title>Recertification Application | NREMT</title><style>x-card,x-button,x-tooltip{visibility:hidden}.hydrated{visibility:inherit}</style></head>` +
      `<body><h1>Recertification Application</h1><p>Application Status: In Progress</p>${control}</body></html>`;
    expect(readHtml(html).application).toMatchObject({ submitButton: true, submitButtonEnabled: enabled });
  });
});

describe('a saved page: course list items drawn from their label attributes', () => {
  it('a title label, a secondary label of its date and approval, its hours in a side text', () => {
    const item = (title: string, date: string, hours: string): string =>
      `<x-listitem role="listitem" label="${title}" secondary-label="Completed ${date} · CAPCE 26-EMSX-F3-0412" tertiary-label="National · Trauma" side-header-text="${hours} CEH" error-text="Needs review"><x-icon name="certificate"></x-icon></x-listitem>`;
    const html =
      '<!DOCTYPE html><html><head><title>Transcript | NREMT</title></head><body><h1>Transcript</h1><p>Priya N. Raman · Paramedic · NREMT # P3346021</p>' +
      `<x-list role="list" aria-label="Completed courses">${item('Traumatic Brain Injury Management', 'Sep 23, 2025', '1.0')}${item('Pelvic Binder Application', 'Oct 14, 2025', '2.0')}</x-list></body></html>`;
    const snapshot = readHtml(html);
    expect(snapshot.kind).toBe('nremt-education');
    expect(snapshot.courses?.map((course) => [course.title, course.completedOn, course.hours])).toEqual([
      ['Traumatic Brain Injury Management', '2025-09-23', 1],
      ['Pelvic Binder Application', '2025-10-14', 2],
    ]);
  });
});

describe('drawComponentAttributes: words the saved page shows already are not drawn again', () => {
  it.each([
    ['a table header cell whose heading is its own text (Calcite)', '<x-table-header heading="Expiration Date">Expiration Date</x-table-header>', 0],
    ['an avatar labelled with the name beside its initials', '<x-avatar label="Jonah Whitfield-Ames">JW</x-avatar>', 0],
    ['an empty status labelled by its attribute', '<x-status label="Current"></x-status>', 1],
    ['an accordion item whose heading is not in its text', '<x-accordion-item headline="Local Component"><p>Protocol Update</p></x-accordion-item>', 1],
  ])('%s', (_name, body, drawn) => {
    const { document, close } = parseHtml(`<!DOCTYPE html><html><body>${body}</body></html>`);
    try {
      expect(drawComponentAttributes(document)).toBe(drawn);
    } finally {
      close();
    }
  });
});

describe('an agency’s status chip alone on its line', () => {
  it.each([
    ['under a name in bold, after its address line', '<p><strong>Cataldo Ambulance Service</strong></p><p>Somerville, MA · Medical Director: Dr. A. Rahimi</p><span>Affiliated</span><p><a href="/agency">Add or Remove Agency Affiliation</a></p>', { name: 'Cataldo Ambulance Service', status: 'active' }],
    ['under a name heading, before a sign-off line', '<h3>Berkshire County Ambulance</h3><span>Affiliated</span><p>Training Officer: D. Ostrowski · Approved on 04/06/2026</p>', { name: 'Berkshire County Ambulance', status: 'active' }],
    ['a pending chip before the Add or Remove control', '<h3>Brockton Fire Department</h3><span>Pending Approval</span><p><a href="/agency">Add or Remove Agency Affiliation</a></p>', { name: 'Brockton Fire Department', status: 'pending' }],
  ])('%s', (_name, section, agency) => {
    const body = '<dl><dt>Certification Level</dt><dd>Paramedic</dd><dt>Expiration Date</dt><dd>03/31/2028</dd></dl>' + `<section><h2>Agency Affiliation</h2>${section}</section>`;
    expect(readHtml(page(body)).agency).toEqual(agency);
  });
});
