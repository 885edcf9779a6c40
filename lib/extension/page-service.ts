// Background side of every view: decide whose a page is, merge, save, and compute what to show
// (the in-page panel, the Step B strip, the popup and the side panel all ask here; no view runs
// the engine). One writer for all tabs, one request at a time, so two tabs reading at once can
// neither lose each other's changes nor split one person in two. Each tab's browsing session
// (whose pages it shows) is kept here, keyed by the sender's tab id, never by the page. Every
// request is validated with zod.
import * as z from 'zod/mini';
import { todayIso } from '../dates';
import { emptyRecord, mergeSnapshot } from '../merge';
import { PageSnapshot, SentEvidence } from '../model';
import { finishRead } from '../readers/judge-page';
import { displayName } from '../storage/identity';
import { applyPage, assignHeld, discardHeld, type Merge, type PageOutcome } from '../storage/routing';
import type { PeopleStore } from '../storage/schema';
import type { RecertStore, StoredState } from '../storage/store';
import { pickActivePerson } from './active-person';
import { coverageNote } from './coverage-note';
import type { HeldQuestion, PageView } from './page-view';
import type { ExtensionPageState, IngestReply, RecertMessenger } from './protocol';
import { recordNeedsWrite } from './record-change';
import { textSignature } from './text-signature';
import { reportFor } from './report-for';
import { endAllSessions, identitySession, parseTabStates, tabStateFor, type SenderTab, type TabState, type TabStates } from './tab-sessions';

export type { IngestReply } from './protocol';

// The content scripts send what a page showed and the evidence judged here (judge-page.ts).
export const PageRequest = z.object({ snapshot: PageSnapshot, evidence: z.optional(SentEvidence) });
export const ViewRequest = z.object({ unreadReason: z.nullable(z.string()) });
export const UiRequest = z.object({
  panelCollapsed: z.optional(z.boolean()),
  acknowledgeNotice: z.optional(z.boolean()),
  activePerson: z.optional(z.string()),
});
export const ExtensionPageRequest = z.object({ tabPerson: z.nullable(z.string()), chosen: z.nullable(z.string()) });
export const AssignRequest = z.object({ pendingId: z.string(), personKey: z.string() });
export const DiscardRequest = z.object({ pendingId: z.string() });

const NOBODY_YET =
  'I don’t know whose page this is yet, so it is not saved under anyone’s name. Open your NREMT dashboard (My Certification) in this tab and I’ll file it under your name.';
const ANOTHER_ROLE = 'Training Officer view: Recert Copilot shows and saves only your own pages, so nothing from this page is kept.';

const WHAT: Record<string, string> = {
  'nremt-education': 'courses',
  'nremt-application': 'application',
  'nremt-dashboard': 'dashboard',
  'elicensing-license': 'license',
};

function candidatesOf(people: PeopleStore): HeldQuestion['candidates'] {
  return Object.entries(people.people).map(([key, entry]) => ({ key, name: displayName(entry.record.person) }));
}

function questionFor(people: PeopleStore, pendingId: string | null): HeldQuestion | null {
  const page = pendingId ? people.pending?.[pendingId] : undefined;
  const candidates = candidatesOf(people);
  if (!page || !pendingId || candidates.length === 0) return null;
  return { pendingId, what: WHAT[page.snapshot.kind] ?? 'page', candidates };
}

/** The view of a tab from its state: a person's report, a question, a preview, or nobody's data. */
function viewFor(state: StoredState, tab: TabState, unreadReason: string | null, now: Date): PageView {
  const held = tab.held ? state.people.pending?.[tab.held] : undefined;
  const key = tab.shown && tab.shown in state.people.people ? tab.shown : null;
  const asking = held ? questionFor(state.people, tab.held) : null;
  // Nobody is known yet: the held page alone is shown (it is this page's own data), marked unsaved.
  const preview =
    held && !asking ? { people: { preview: { record: mergeSnapshot(emptyRecord(), held.snapshot, held.readAt), updatedAt: held.readAt } } } : null;
  const today = todayIso(now);
  return {
    state: unreadReason ? 'unread' : 'ready',
    result: preview ? reportFor(preview, state.settings, 'preview', today) : held ? null : reportFor(state.people, state.settings, key, today),
    unreadReason,
    personKey: held ? null : key,
    personName: !held && key ? displayName(state.people.people[key]!.record.person) : null,
    collapsed: state.ui.panelCollapsed,
    notice: state.notice,
    question: asking,
    pageNote: held && !asking ? [NOBODY_YET, tab.note].filter(Boolean).join(' ') : tab.note,
  };
}

function noteFor(outcome: PageOutcome, snapshot: PageSnapshot): string | null {
  if (outcome.kind === 'nobody' && outcome.why === 'another-role') return ANOTHER_ROLE;
  if (outcome.kind === 'stored' || outcome.kind === 'held') return coverageNote(snapshot.listCoverage);
  return null;
}

/** Whether applying a page changed anything worth a storage write (see record-change.ts). */
function worthWriting(before: PeopleStore, after: PeopleStore, outcome: PageOutcome): boolean {
  if (JSON.stringify(before.pending ?? {}) !== JSON.stringify(after.pending ?? {})) return true;
  for (const key of Object.keys(after.people)) {
    const was = before.people[key]?.record;
    const now = after.people[key]!.record;
    if (was !== now && recordNeedsWrite(was, now)) return true;
  }
  return outcome.kind === 'stored' && !(outcome.key in before.people);
}

function parsed<T>(schema: z.ZodMiniType<T>, data: unknown): T {
  const result = z.safeParse(schema, data);
  if (!result.success) throw new Error('Recert Copilot: malformed request');
  return result.data;
}

export interface MessageSender {
  tab?: { id?: number; openerTabId?: number };
}

function senderTab(sender: MessageSender | undefined): SenderTab | undefined {
  return sender?.tab ? { id: sender.tab.id, openerTabId: sender.tab.openerTabId } : undefined;
}

export interface BackgroundService {
  ingestPage(data: unknown, sender?: MessageSender): Promise<IngestReply>;
  pageView(data: unknown, sender?: MessageSender): Promise<PageView>;
  assignPage(data: unknown, sender?: MessageSender): Promise<PageView>;
  discardPage(data: unknown, sender?: MessageSender): Promise<PageView>;
  setUi(data: unknown): Promise<boolean>;
  extensionPage(data: unknown): Promise<ExtensionPageState>;
  /** A closed tab's session is forgotten. */
  forgetTab(tabId: number): Promise<void>;
}

export function createPageService(store: RecertStore, now: () => Date = () => new Date(), merge: Merge = mergeSnapshot): BackgroundService {
  let queue: Promise<unknown> = Promise.resolve();
  // One request at a time: a dashboard and an unnamed page arriving together are decided in turn.
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const run = queue.then(work, work);
    queue = run.catch(() => undefined);
    return run;
  };
  const tabStates = async (): Promise<TabStates> => parseTabStates(await store.items.tabSessions.getValue());
  /** Saves the tab's state (and the others' in `states`), unless nothing changed: a re-read is no write. */
  const saveTab = async (states: TabStates, tab: SenderTab | undefined, state: TabState, before?: TabStates): Promise<void> => {
    if (tab?.id === undefined) return;
    const next = { ...states, [String(tab.id)]: state };
    if (before && JSON.stringify(next) === JSON.stringify(before)) return;
    await store.items.tabSessions.setValue(next);
  };

  async function ingest(snapshot: PageSnapshot, tab: SenderTab | undefined): Promise<IngestReply> {
    const at = now();
    const readAt = at.toISOString();
    const states = await tabStates();
    const before = tabStateFor(states, tab);
    let applied: ReturnType<typeof applyPage> | undefined;
    await store.updatePeople((people) => {
      applied = applyPage(people, snapshot, identitySession(before), readAt, merge);
      return applied.changed && worthWriting(people, applied.store, applied.outcome) ? applied.store : null;
    });
    const { outcome, session } = applied!;
    const state: TabState = {
      session: session.id,
      owner: session.owner,
      shown: outcome.kind === 'stored' || outcome.kind === 'unread' ? outcome.key : null,
      held: outcome.kind === 'held' ? outcome.pendingId : null,
      note: noteFor(outcome, snapshot),
    };
    // Signing in or out is the whole browser's: every other tab's session ends with this one.
    const next: TabStates = snapshot.signInOrOut ? endAllSessions(states) : { ...states };
    // The session's other tabs (opened from this one) follow a page that named its person.
    if (outcome.kind === 'stored' && session.owner !== before.owner) {
      for (const [id, other] of Object.entries(states)) {
        if (other.session === session.id) next[id] = { ...other, owner: session.owner, ...(other.held ? { held: null, shown: session.owner } : {}) };
      }
    }
    await saveTab(next, tab, state, states);
    const stored = await store.load();
    if (outcome.kind === 'stored' && stored.ui.activePerson !== outcome.key) await store.saveUi({ activePerson: outcome.key });
    return { view: viewFor(stored, state, snapshot.unreadReason ?? null, at) };
  }

  async function view(tab: SenderTab | undefined, unreadReason: string | null): Promise<PageView> {
    const states = await tabStates();
    const state = tabStateFor(states, tab);
    const stored = await store.load();
    // A held page that was assigned, claimed or discarded meanwhile: show the session's person.
    const settled = state.held && !stored.people.pending?.[state.held] ? { ...state, held: null, shown: state.owner } : state;
    if (settled !== state) await saveTab(states, tab, settled);
    return viewFor(stored, settled, unreadReason, now());
  }

  async function assign(pendingId: string, key: string, tab: SenderTab | undefined): Promise<PageView> {
    const at = now().toISOString();
    const held = (await store.load()).people.pending?.[pendingId];
    await store.updatePeople((people) => assignHeld(people, pendingId, key, at, merge));
    const states = await tabStates();
    const state = tabStateFor(states, tab);
    // The provider said whose it is: the asking tab's session is theirs from now on.
    const mine = held !== undefined && held.session === state.session;
    const next: TabState = { ...state, ...(mine ? { owner: key } : {}), shown: key, held: null };
    await saveTab(states, tab, next);
    await store.saveUi({ activePerson: key });
    return viewFor(await store.load(), next, null, now());
  }

  async function discard(pendingId: string, tab: SenderTab | undefined): Promise<PageView> {
    await store.updatePeople((people) => discardHeld(people, pendingId));
    const states = await tabStates();
    const next: TabState = { ...tabStateFor(states, tab), shown: null, held: null };
    await saveTab(states, tab, next);
    return viewFor(await store.load(), next, null, now());
  }

  return {
    async ingestPage(data, sender) {
      const snapshot = parsed(PageSnapshot, finishRead(parsed(PageRequest, data)));
      const reply = await serial(() => ingest(snapshot, senderTab(sender)));
      return { ...reply, read: textSignature(JSON.stringify(snapshot)), kind: snapshot.kind };
    },
    async pageView(data, sender) {
      const request = parsed(ViewRequest, data);
      return serial(() => view(senderTab(sender), request.unreadReason));
    },
    async assignPage(data, sender) {
      const request = parsed(AssignRequest, data);
      return serial(() => assign(request.pendingId, request.personKey, senderTab(sender)));
    },
    async discardPage(data, sender) {
      const request = parsed(DiscardRequest, data);
      return serial(() => discard(request.pendingId, senderTab(sender)));
    },
    async setUi(data) {
      const request = parsed(UiRequest, data);
      return serial(async () => {
        if (request.panelCollapsed !== undefined) await store.saveUi({ panelCollapsed: request.panelCollapsed });
        if (request.activePerson !== undefined) await store.saveUi({ activePerson: request.activePerson });
        if (request.acknowledgeNotice) await store.acknowledgeNotice();
        return true;
      });
    },
    async extensionPage(data) {
      const request = parsed(ExtensionPageRequest, data);
      return serial(() => extensionPageOf(store, request.tabPerson, request.chosen, now()));
    },
    forgetTab(tabId) {
      return serial(async () => {
        const states = await tabStates();
        if (!(String(tabId) in states)) return;
        const { [String(tabId)]: _gone, ...rest } = states;
        await store.items.tabSessions.setValue(rest);
      });
    },
  };
}

/** The popup / side panel: the person of the current tab, else the one chosen, else the latest. */
export async function extensionPageOf(
  store: RecertStore,
  tabPerson: string | null,
  chosen: string | null,
  now: Date,
): Promise<ExtensionPageState> {
  const state = await store.load();
  const people = state.people.people;
  const key = chosen && chosen in people ? chosen : pickActivePerson(state.people, state.ui, tabPerson);
  const record = key ? people[key]?.record : undefined;
  const questions = Object.keys(state.people.pending ?? {}).flatMap((id) => questionFor(state.people, id) ?? []);
  return {
    people: candidatesOf(state.people),
    activeKey: key,
    result: reportFor(state.people, state.settings, key, todayIso(now)),
    readAt: { ...(record?.readAt ?? {}) },
    notice: state.notice,
    ...(questions.length > 0 ? { questions } : {}),
  };
}

/** Registers the service on the background's messenger (the library serializes thrown errors). */
export function serveMessages(messenger: Pick<RecertMessenger, 'onMessage'>, service: BackgroundService): () => void {
  const stops = [
    messenger.onMessage('ingestPage', ({ data, sender }) => service.ingestPage(data, sender)),
    messenger.onMessage('pageView', ({ data, sender }) => service.pageView(data, sender)),
    messenger.onMessage('assignPage', ({ data, sender }) => service.assignPage(data, sender)),
    messenger.onMessage('discardPage', ({ data, sender }) => service.discardPage(data, sender)),
    messenger.onMessage('setUi', ({ data }) => service.setUi(data)),
    messenger.onMessage('extensionPage', ({ data }) => service.extensionPage(data)),
  ];
  return () => stops.forEach((stop) => stop());
}
