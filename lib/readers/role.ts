// The NREMT role a page is seen under. A Training Officer's views (pending actions, the agency
// roster, applications awaiting sign-off, someone's application under review) show other
// people's names and courses: those pages must never go into the officer's own record. Read
// from the role switcher's chosen value ("MY ROLES: Training Officer", a select) and from the
// headings only that role's views carry; a provider's own pages mention "Training Officer" in
// statuses ("Pending Training Officer Sign Off"), which is not a role.
import type { PageEvidence, PageRole } from '../model';

type RoleEvidence = NonNullable<NonNullable<PageEvidence['signals']>['role']>;
import { chosenOption } from './coverage';
import { queryAllDeep } from './dom';
import { normaliseSpace } from './text';
import { findPhrase, hasPhrase, isPhrase, phrases, wordsOf } from './words';

const TRAINING_OFFICER = phrases('training officer');
const ROLE_WORD = phrases('role', 'roles', 'my roles', 'my role');
// "MY ROLES: Training Officer", "Role: Training Officer": the switcher's shown value.
const ROLE_IS_TO = phrases('role training officer', 'roles training officer');
// "Switch role: Training Officer", "Change role", "Switch to role": a menu's offer of the role the
// page is not seen under (the provider's own sidebar offers the officer's role).
const OFFER_WORDS = new Set(['switch', 'change', 'select', 'choose', 'to']);

/** Whether the words say the chosen role is the Training Officer's, not only offer it. */
function saysRoleIsTo(words: readonly string[]): boolean {
  for (let found = findPhrase(words, ROLE_IS_TO); found; found = findPhrase(words, ROLE_IS_TO, found.at + 1)) {
    if (!OFFER_WORDS.has(words[found.at - 1] ?? '')) return true;
  }
  return false;
}
// Not a bare "Training Officer": a provider's page heads the card naming theirs so, and a message its sender.
const TO_HEADING = phrases(
  'training officer dashboard',
  'training officer portal',
  'training officer home',
  'training officer view',
  'pending actions requests',
  'pending actions and requests',
  'agency roster',
  'applications awaiting sign off',
  'applications awaiting my sign off',
  'applications pending sign off',
  'application awaiting sign off',
  'review recertification application',
  'review application',
);

function clean(text: string | null | undefined): string {
  return normaliseSpace(text ?? '');
}

function labelOf(el: Element): string {
  const labelled = el.getAttribute('aria-labelledby');
  const byId = labelled ? labelled.split(' ').map((id) => clean(el.ownerDocument.getElementById(id)?.textContent)).join(' ') : '';
  const labels = (el as HTMLSelectElement).labels ? Array.from((el as HTMLSelectElement).labels ?? [], (l) => clean(l.textContent)) : [];
  const before = clean(el.previousSibling?.textContent);
  return [el.getAttribute('aria-label'), byId, ...labels, before].filter(Boolean).join(' ');
}

/**
 * What the page shows of its role, gathered on the page (the content scripts) and judged by
 * `seenAs` in the background: the switchers whose label may name the role, with their chosen
 * value; the buttons' words that may say the role; the headings that may be a Training Officer's
 * view. Each is kept by a word every one of its phrases holds, so nothing the judge would take is
 * left out. Undefined when the page shows none of them.
 */
export function roleEvidence(root: Element, buttons: readonly string[]): RoleEvidence | undefined {
  const evidence: RoleEvidence = {};
  for (const el of queryAllDeep(root, 'select, [role="combobox"], [role="listbox"]')) {
    const label = labelOf(el);
    // ROLE_WORD's phrases all hold "role".
    if (!label.toLowerCase().includes('role')) continue;
    const chosen = el.tagName === 'SELECT' ? chosenOption(el as HTMLSelectElement) : clean(el.querySelector('[aria-selected="true"]')?.textContent ?? el.textContent);
    (evidence.selects ??= []).push([label, chosen]);
  }
  // ROLE_IS_TO's phrases all hold "officer" (the page's other short lines are in its outline).
  const said = buttons.filter((text) => text.toLowerCase().includes('officer'));
  if (said.length) evidence.buttons = said;
  for (const heading of queryAllDeep(root, 'h1, h2, h3, [role="heading"]')) {
    const text = clean(heading.textContent);
    const words = wordsOf(text);
    // TO_HEADING's phrases are at most five words, each phrase holding one of these words.
    if (words.length <= 5 && words.some((word) => TO_HEADING_WORDS.has(word))) (evidence.headings ??= []).push(text);
  }
  return evidence.selects || evidence.buttons || evidence.headings ? evidence : undefined;
}

const TO_HEADING_WORDS = new Set(['officer', 'pending', 'roster', 'sign', 'review']);

/**
 * The role the page is seen under, from what `roleEvidence` gathered and the page's short lines
 * (its headings, lines and labelled values: where a switcher shows its value).
 */
export function seenAs(evidence: RoleEvidence | undefined, lines: readonly string[]): PageRole | undefined {
  for (const [label, chosen] of evidence?.selects ?? []) {
    if (!hasPhrase(label, ROLE_WORD)) continue;
    if (isPhrase(chosen, TRAINING_OFFICER)) return 'training-officer';
    if (chosen) return 'provider';
  }
  for (const line of [...lines, ...(evidence?.buttons ?? [])]) if (line.length <= 200 && saysRoleIsTo(wordsOf(line))) return 'training-officer';
  for (const heading of evidence?.headings ?? []) {
    if (isPhrase(heading, TO_HEADING)) return 'training-officer';
  }
  return undefined;
}

/** `lines`: the page's short lines of text (headers, buttons), where a switcher shows its value. */
export function readRole(root: Element, lines: readonly string[] = []): PageRole | undefined {
  return seenAs(roleEvidence(root, []), lines);
}
