// Rules found by re-reading the blind pages after changes that do not change what a person sees
// (test/blind/perturb.ts): the same page must read the same whatever the markup carrying it.
import { describe, expect, it } from 'vitest';
import { readPage } from '../../lib/readers/index';
import { parseHtml, readHtml } from './load';
import { loadSet, scorePerturbed } from '../blind/perturb-run';
import { PERTURBATIONS } from '../blind/perturb-transforms';
import { join } from 'node:path';

const APP_URL = 'https://www.nremt.org/recertification-application';

function application(body: string): string {
  return `<!DOCTYPE html><html><head><title>Recertification Application</title></head><body>${body}</body></html>`;
}

describe('content inside an open shadow root reads as it does in the page', () => {
  const content = '<h1>Recertification Application</h1><p>Application Status: Not Submitted</p><button type="button">Submit Application</button>';

  it('a declarative shadow root (a saved page): the Submit Application button is seen', () => {
    const read = readHtml(application(`<app-view><template shadowrootmode="open">${content}</template></app-view>`), APP_URL);
    expect(read.application?.submitButton).toBe(true);
    expect(read.application?.submitButtonEnabled).toBe(true);
  });

  it('a shadow root attached by script (a live page): the button is seen, and a disabled one is disabled', () => {
    for (const [button, enabled] of [['<button type="button">Submit Application</button>', true], ['<button disabled>Submit Application</button>', false]] as const) {
      const { document, close } = parseHtml(application('<main></main>'));
      const host = document.createElement('app-view');
      host.attachShadow({ mode: 'open' }).innerHTML = content.replace(/<button.*<\/button>/, button);
      document.querySelector('main')!.appendChild(host);
      const read = readPage(document, APP_URL);
      close();
      expect(read.application?.submitButton).toBe(true);
      expect(read.application?.submitButtonEnabled).toBe(enabled);
    }
  });

  it('a button in a hidden shadow host is not seen', () => {
    const read = readHtml(application(`${content.replace(/<button.*<\/button>/, '')}<app-view hidden><template shadowrootmode="open"><button>Submit Application</button></template></app-view>`), APP_URL);
    expect(read.application?.submitButton).toBe(false);
  });
});

describe('a heading whose text sits in wrapper blocks is still the heading', () => {
  const RENEWAL = 'https://healthprofessionlicensing.mass.gov/renewal';
  const page = (heading: string) =>
    `<html><head><title>Portal</title></head><body>${heading}<p>License Number: P123456</p><p>Status: Started</p><p>Fee: $125.00 Unpaid</p></body></html>`;

  it('<h1><div>…</div></h1> and deeper wrappers name the page as the bare heading does', () => {
    expect(readHtml(page('<h1>Paramedic Renewal Application</h1>'), RENEWAL).kind).toBe('elicensing-renewal');
    for (const wrapped of ['<h1><div>Paramedic Renewal Application</div></h1>', '<h1><div><div>Paramedic Renewal Application</div></div></h1>', '<div role="heading" aria-level="1"><div>Paramedic Renewal Application</div></div>']) {
      expect(readHtml(page(wrapped), RENEWAL).kind, wrapped).toBe('elicensing-renewal');
    }
  });

  it('an unclosed heading that swallowed the page still gives only its own words', () => {
    const read = readHtml(page('<h1>Paramedic Renewal Application<div><p>Applicant: Dana Okafor</p></div></h1>'), RENEWAL);
    expect(read.kind).toBe('elicensing-renewal');
  });
});

describe('the main heading in wrapper blocks still sets the page chrome apart', () => {
  it('the signed-in name in the chrome before a wrapped main heading is read (blind pages with wrappers added)', async () => {
    const wrappers = PERTURBATIONS.find((p) => p.name === 'wrappers')!;
    const pages = [
      ['blind-2', 'nremt-education-shadow'],
      ['blind-2', 'nremt-education-mat-chips'],
      ['blind-3', 'dash-chakra-stats'],
      ['blind-9', 'edu-polymer1-shady'],
    ];
    for (const [set, name] of pages) {
      const page = loadSet(join(__dirname, '../fixtures', set!)).find((p) => p.name === name)!;
      const read = await scorePerturbed(page, wrappers);
      expect(read.mismatches.filter((m) => m.field === 'person.name'), `${set}/${name}`).toEqual([]);
    }
  });
});

describe('a read-only field is read from its box whatever tag carries its label', () => {
  const DASH = 'https://www.nremt.org/dashboard';
  const field = (label: string, value: string, labelTag: (text: string) => string) =>
    `<div class="row"><div class="label">${labelTag(label)}</div><div class="control"><input type="text" readonly value="${value}"></div></div>`;
  const page = (labelTag: (text: string) => string) =>
    `<html><head><title>My Certification</title></head><body><h1>My Certification</h1>${field('Registry Number', 'P2207319', labelTag)}${field('Certification Level', 'Paramedic', labelTag)}${field('Expiration Date', '03/31/2026', labelTag)}</body></html>`;

  it('a label (a span, however wrapped) reads the read-only input in the box after it', () => {
    const asSpan = readHtml(page((t) => `<span>${t}</span>`), DASH);
    const asDeepSpan = readHtml(page((t) => `<span><span>${t}</span></span>`), DASH);
    for (const read of [asSpan, asDeepSpan]) {
      expect(read.person?.registryNumber).toBe('P2207319');
      expect(read.certification?.level).toBe('paramedic');
      expect(read.certification?.expiresOn).toBe('2026-03-31');
    }
  });
});

describe('a table drawn as divs with ARIA roles keeps its cells out of the page chrome', () => {
  it('the signed-in name is read beside a course grid of role=row/cell divs (blind pages with divs for tags)', async () => {
    const divs = PERTURBATIONS.find((p) => p.name === 'divs')!;
    for (const [set, name] of [
      ['blind-3', 'edu-antd-table-tags'],
      ['blind-9', 'app-iview-returned'],
      ['blind-6', 'edu-elementui-fixed-split'],
    ]) {
      const page = loadSet(join(__dirname, '../fixtures', set!)).find((p) => p.name === name)!;
      const read = await scorePerturbed(page, divs);
      expect(read.mismatches.filter((m) => m.field === 'person.name'), `${set}/${name}`).toEqual([]);
    }
  });
});

describe('a transposed table drawn as ARIA divs reads as the table does', () => {
  const EDU = 'https://www.nremt.org/education/transcript';
  const row = (label: string, ...values: string[]) => `<tr><th scope="row">${label}</th>${values.map((v) => `<td>${v}</td>`).join('')}</tr>`;
  const table =
    '<table>' +
    row('Course Title', 'Airway Update', 'Trauma Review', 'Stroke Care') +
    row('Date Completed', '01/14/2026', '02/03/2026', '02/20/2026') +
    row('Hours', '2', '1.5', '1') +
    row('Approval Number', '26-AIR-F3-0001', '26-TRA-F3-0002', '26-STR-F3-0003') +
    '</table>';
  const aria = table
    .replace('<table>', '<div role="table">')
    .replace('</table>', '</div>')
    .replace(/<tr>/g, '<div role="row">')
    .replace(/<\/tr>/g, '</div>')
    .replace(/<th scope="row">/g, '<div role="rowheader">')
    .replace(/<\/th>|<\/td>/g, '</div>')
    .replace(/<td>/g, '<div role="cell">');
  const page = (list: string) => `<html><head><title>Transcript</title></head><body><h1>Transcript</h1>${list}</body></html>`;

  it('one course per column, each field named by its row header', () => {
    const asTable = (readHtml(page(table), EDU).courses ?? []).map((c) => [c.title, c.completedOn, c.hours]);
    expect(asTable).toEqual([
      ['Airway Update', '2026-01-14', 2],
      ['Trauma Review', '2026-02-03', 1.5],
      ['Stroke Care', '2026-02-20', 1],
    ]);
    expect((readHtml(page(aria), EDU).courses ?? []).map((c) => [c.title, c.completedOn, c.hours])).toEqual(asTable);
  });
});

describe("a Training Officer's view inside a shadow root is still theirs, not the provider's", () => {
  it('a review heading inside an open shadow root makes the page unknown, its courses unread', () => {
    const content =
      '<h1>Review Recertification Application</h1><p>Provider: Dana Okafor</p><table><thead><tr><th>Course Title</th><th>Date Completed</th><th>Hours</th></tr></thead>' +
      '<tbody><tr><td>Airway Update</td><td>01/14/2026</td><td>2</td></tr><tr><td>Trauma Review</td><td>02/03/2026</td><td>1.5</td></tr></tbody></table>';
    const plain = readHtml(application(content), 'https://www.nremt.org/to/review');
    const shadowed = readHtml(application(`<app-view><template shadowrootmode="open">${content}</template></app-view>`), 'https://www.nremt.org/to/review');
    expect(plain.kind).toBe('unknown');
    expect(shadowed.kind).toBe('unknown');
    expect(shadowed.courses ?? []).toEqual([]);
  });
});

describe('a grid with frozen columns inside a shadow root', () => {
  it("its overlaid tables are joined as in the page itself (blind-6's Element UI grid moved into a shadow root)", async () => {
    const shadow = PERTURBATIONS.find((p) => p.name === 'shadow')!;
    const page = loadSet(join(__dirname, '../fixtures/blind-6')).find((p) => p.name === 'edu-elementui-fixed-split')!;
    const [as, after] = [await scorePerturbed(page, null), await scorePerturbed(page, shadow)];
    expect(after.readCourses).toBe(6);
    expect(after.matched).toBe(as.matched);
  });
});

describe("a table row is one course whatever its columns' order", () => {
  it('a row whose date cell comes before two numeric cells (hours, a row number) is a course, not an agenda day', () => {
    const rows = [
      ['CAPCE 26-GERI-F3-0219', '2/18/2026', 'Trauma Assessment in the Elderly', '2.0', '11'],
      ['CAPCE 26-RSIP-F5-0004', '1/7/2026', 'RSI Pharmacology Review', '1.5', '12'],
    ];
    const html =
      '<html><head><title>Transcript</title></head><body><h1>Transcript</h1><table><thead><tr><th>Approval</th><th>Completed</th><th>Course</th><th>Hours</th><th>#</th></tr></thead><tbody>' +
      rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('') +
      '</tbody></table></body></html>';
    const read = readHtml(html, 'https://www.nremt.org/education/transcript');
    expect((read.courses ?? []).map((c) => [c.title, c.completedOn, c.hours, c.approvalNumber])).toEqual([
      ['Trauma Assessment in the Elderly', '2026-02-18', 2, '26-GERI-F3-0219'],
      ['RSI Pharmacology Review', '2026-01-07', 1.5, '26-RSIP-F5-0004'],
    ]);
  });
});

describe('the date order is proven only by dates the person sees', () => {
  const dayFirst =
    '<h1>Transcript</h1><table><thead><tr><th>Course</th><th>Completion date</th><th>CE hours</th></tr></thead><tbody>' +
    '<tr><td>Airway Update</td><td>14/10/2025</td><td>2</td></tr><tr><td>Sepsis Review</td><td>08/01/2026</td><td>1</td></tr></tbody></table>';
  const page = (body: string) => `<html><head><title>Transcript</title></head><body>${body}</body></html>`;
  const dates = (html: string) => (readHtml(html, 'https://lms.example.org/transcript').courses ?? []).map((c) => c.completedOn);

  it('a hidden dialog dated month first (01/15/2026) does not overturn the day-first dates shown', () => {
    expect(dates(page(dayFirst))).toEqual(['2025-10-14', '2026-01-08']);
    expect(dates(page(`${dayFirst}<div role="dialog" style="display:none"><p>Signed out at 4:45 PM on 01/15/2026.</p></div>`))).toEqual(['2025-10-14', '2026-01-08']);
  });

  it('day-first dates inside an open shadow root prove the order too', () => {
    expect(dates(page(`<app-view><template shadowrootmode="open">${dayFirst}</template></app-view>`))).toEqual(['2025-10-14', '2026-01-08']);
  });
});
