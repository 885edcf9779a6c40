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

function tableEvent(table: Element): LicenseEvent {
  // A fees table's first rows ("Renewal Fee | $125.00 | Amount Due").
  const event: LicenseEvent = { kind: 'table', rows: ownRows(table).slice(0, 50).map((row) => textOf(row)) };
  const layout = tableLayout(table, LICENSE_FIELDS);
  if (layout) {
    event.columns = layout.columns;
    event.cells = bodyRows(table, layout).map((row) => cellsOf(row).map((cell) => textOf(cell)));
  }
  return event;
}

export function licenseEvents(events: readonly ScanEvent[]): LicenseEvent[] {
  return events.map((event): LicenseEvent => {
    if (event.kind === 'table') return tableEvent(event.el);
    if (event.kind === 'pair') return { kind: 'pair', label: event.label, value: event.value, inTable: !!event.table };
    const dd = descriptionOf(event.el);
    const shown: Extract<LicenseEvent, { dd?: string }> =
      event.kind === 'button' ? { kind: 'button', text: event.text, disabled: event.disabled } : { kind: event.kind, text: event.text };
    if (dd !== undefined) shown.dd = dd;
    return shown;
  });
}
