// What only the application page itself can tell: its applications tables' status cells, the
// step a status bar marks as current, and the Submit Application control. The status is judged
// from these and the page's lines by readApplication (application.ts), in the background for the
// content scripts.
import type { PageEvidence } from '../model';
import { applicationTableRows } from './application-table';
import type { ScanEvent } from './scan';
import { findSubmitControl } from './submit-control';

export type ApplicationEvidence = NonNullable<PageEvidence['application']>;

/** `root` is the page the events came from. */
export function readApplicationEvidence(events: readonly ScanEvent[], root: ParentNode): ApplicationEvidence {
  const tables: ApplicationEvidence['tables'] = [];
  for (const event of events) {
    const rows = event.kind === 'table' ? applicationTableRows(event.el) : null;
    if (rows) tables.push(rows);
  }
  const steps: string[] = [];
  for (const step of Array.from(root.querySelectorAll('[aria-current]'))) {
    if (step.getAttribute('aria-current') !== 'false') steps.push(step.textContent ?? '');
  }
  const control = findSubmitControl(root);
  return { tables, steps, ...(control ? { control: { disabled: control.disabled } } : {}) };
}
