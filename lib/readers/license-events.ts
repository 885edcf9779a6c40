// What an eLicensing page shows, as the license readers judge it in the background
// (elicensing.ts, renewal-application.ts): the scan's events with their elements read out as
// text, so the eLicensing content script carries none of the judging (bundle budget).
import type { LicenseEvent } from '../model';
import type { LabelField } from './labels';
import type { ScanEvent } from './scan';
import { bodyRows, cellsOf, ownRows, tableLayout } from './table';
import { textOf } from './text';

export const LICENSE_FIELDS: readonly LabelField[] = ['licenseNumber', 'licenseType', 'licenseStatus', 'expiresOn', 'renewalStatus'];

/** A <dt>'s <dd> (a <dt> whose words are no known label, "Renewal fee", is read with it). */
function descriptionOf(el: Element): string | undefined {
  const dd = el.tagName.toUpperCase() === 'DT' ? el.nextElementSibling : null;
  return dd && dd.tagName.toUpperCase() === 'DD' ? textOf(dd) : undefined;
}

function tableEvent(table: Element, next: Element | undefined): LicenseEvent {
  // A fees table's first rows ("Renewal Fee | $125.00 | Amount Due").
  const event: LicenseEvent = { kind: 'table', rows: ownRows(table).slice(0, 50).map((row) => textOf(row)) };
  const layout = tableLayout(table, LICENSE_FIELDS);
  if (layout) {
    event.columns = layout.columns;
    let body = bodyRows(table, layout);
    // A grid drawing its header and its body as two tables (a fixed header over a scrolling
    // body): the body is the next table, when each of its rows is as wide as the header.
    const width = layout.headerTexts.length;
    if (body.length === 0 && next && ownRows(next).every((row) => cellsOf(row).length === width)) body = ownRows(next);
    event.cells = body.map((row) => cellsOf(row).map((cell) => textOf(cell)));
  } else {
    // A header its words do not name (or none): every row's cells, read by their values.
    event.cells = ownRows(table).slice(0, 50).map((row) => cellsOf(row).map((cell) => textOf(cell)));
  }
  return event;
}

export function licenseEvents(events: readonly ScanEvent[]): LicenseEvent[] {
  return events.map((event, index): LicenseEvent => {
    if (event.kind === 'table') return tableEvent(event.el, events.slice(index + 1).find((other) => other.kind === 'table')?.el);
    if (event.kind === 'pair') return { kind: 'pair', label: event.label, value: event.value, inTable: !!event.table };
    const dd = descriptionOf(event.el);
    const shown: Extract<LicenseEvent, { dd?: string }> =
      event.kind === 'button' ? { kind: 'button', text: event.text, disabled: event.disabled } : { kind: event.kind, text: event.text };
    if (dd !== undefined) shown.dd = dd;
    return shown;
  });
}
