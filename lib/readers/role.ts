// The NREMT role a page is seen under. A Training Officer's views (pending actions, the agency
// roster, applications awaiting sign-off) show other people's names and courses: those pages
// must never go into the officer's own record. Read from the role switcher's chosen value and
// from the headings only that role's views carry; a provider's own pages mention "Training
// Officer" in statuses ("Pending Training Officer Sign Off"), which is not a role.
import type { PageRole } from '../model';
import { chosenOption } from './coverage';

const TO = /^training officer$/i;
const TO_HEADING = /^(?:training officer(?: dashboard| portal| home| view)?|pending actions\s*(?:&|and)\s*requests|agency roster|applications? (?:awaiting|pending) (?:my )?sign[- ]?off)$/i;

function clean(text: string | null | undefined): string {
  return (text ?? '').replace(/[\s\u00a0]+/g, ' ').trim();
}

function labelOf(el: Element): string {
  const labelled = el.getAttribute('aria-labelledby');
  const byId = labelled ? labelled.split(/\s+/).map((id) => clean(el.ownerDocument.getElementById(id)?.textContent)).join(' ') : '';
  const labels = (el as HTMLSelectElement).labels ? Array.from((el as HTMLSelectElement).labels ?? [], (l) => clean(l.textContent)) : [];
  const before = clean(el.previousSibling?.textContent);
  return [el.getAttribute('aria-label'), byId, ...labels, before].filter(Boolean).join(' ');
}

export function readRole(root: Element): PageRole | undefined {
  for (const el of root.querySelectorAll('select, [role="combobox"], [role="listbox"]')) {
    if (!/\brole/i.test(labelOf(el))) continue;
    const chosen = el.tagName === 'SELECT' ? chosenOption(el as HTMLSelectElement) : clean(el.querySelector('[aria-selected="true"]')?.textContent ?? el.textContent);
    if (TO.test(chosen)) return 'training-officer';
    if (chosen) return 'provider';
  }
  for (const heading of root.querySelectorAll('h1, h2, h3, [role="heading"]')) {
    if (TO_HEADING.test(clean(heading.textContent))) return 'training-officer';
  }
  return undefined;
}
