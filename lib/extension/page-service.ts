// Background side of the content scripts: decide whose a page is, merge, save, and compute the
// view. One writer for all tabs, one request at a time, so two tabs reading at once cannot lose
// each other's changes nor split one person in two. Each tab's session (whose pages it shows) is
// kept here, keyed by the sender's tab id. Every request is validated with zod.
import * as z from 'zod/mini';
import { todayIso } from '../dates';
import { emptyRecord, mergeSnapshot } from '../merge';
import { PageSnapshot } from '../model';
import { displayName } from '../storage/identity';
import { applyPage, assignHeld, discardHeld, type Merge, type PageOutcome } from '../storage/routing';
import type { PeopleStore } from '../storage/schema';
import type { RecertStore, StoredState } from '../storage/store';
import { coverageNote } from './coverage-note';
import type { HeldQuestion, PageView } from './page-view';
import { reportFor } from './report-for';
import { identitySession, parseTabStates, tabStateFor, type SenderTab, type TabState, type TabStates } from './tab-sessions';

export const PAGE_MESSAGE = 'recert-copilot:page';
export const VIEW_MESSAGE = 'recert-copilot:view';
export const UI_MESSAGE = 'recert-copilot:ui';
export const ASSIGN_MESSAGE = 'recert-copilot:assign';
export const DISCARD_MESSAGE = 'recert-copilot:discard';

export const PageRequest = z.object({ type: z.literal(PAGE_MESSAGE), snapshot: PageSnapshot });
export const ViewRequest = z.object({ type: z.literal(VIEW_MESSAGE), unreadReason: z.nullable(z.string()) });
export const UiRequest = z.object({
  type: z.literal(UI_MESSAGE),
  panelCollapsed: z.optional(z.boolean()),
  acknowledgeNotice: z.optional(z.boolean()),
});
export const AssignRequest = z.object({ type: z.literal(ASSIGN_MESSAGE), pendingId: z.string(), personKey: z.string() });
export const DiscardRequest = z.object({ type: z.literal(DISCARD_MESSAGE), pendingId: z.string() });

export interface IngestReply {
  view: PageView;
}

const NOBODY_YET =
  'I don’t know whose page this is yet, so it is not saved under anyone’s name. Open your NREMT dashboard (My Certification) in this tab and I’ll file it under your name.';
const ANOTHER_ROLE = 'Training Officer view: Recert Copilot shows and saves only your own pages, so nothing from this page is kept.';

const WHAT: Record<string, string> = {
  'nremt-education': 'courses',
  'nremt-application': 'application',
  'nremt-dashboard': 'dashboard',
  'elicensing-license': 'license',
};

function question(people: PeopleStore, pendingId: string | null): HeldQuestion | null {
  const page = pendingId ? people.pending?.[pendingId] : undefined;
  const candidates = Object.entries(people.people).map(([key, entry]) => ({ key, name: displayName(entry.record.person) }));
  if (!page || !pendingId || candidates.length === 0) return null;
  return { pendingId, what: WHAT[page.snapshot.kind] ?? 'page', candidates };
}

/** The view of a tab from its state: a person's report, a question, a preview, or nobody's data. */
function viewFor(state: StoredState, tab: TabState, unreadReason: string | null, now: Date): PageView {
  const held = tab.held ? state.people.pending?.[tab.held] : undefined;
  const key = tab.shown && tab.shown in state.people.people ? tab.shown : null;
  const asking = held ? question(state.people, tab.held) : null;
  // Nobody is known yet: the held page alone is shown (it is this page's own data), marked unsaved.
  const preview = held && !asking ? { people: { preview: { record: mergeSnapshot(emptyRecord(), held.snapshot, held.readAt), updatedAt: held.readAt } } } : null;
  return {
    state: unreadReason ? 'unreadable' : 'ready',
    result: preview ? reportFor(preview, state.settings, 'preview', todayIso(now)) : held ? null : reportFor(state.people, state.settings, key, todayIso(now)),
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

export class PageService {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly store: RecertStore,
    private readonly now: () => Date = () => new Date(),
    private readonly merge: Merge = mergeSnapshot,
  ) {}

  /** One request at a time: a dashboard and an unnamed page arriving together are decided in turn. */
  serial<T>(work: () => Promise<T>): Promise<T> {
    const run = this.queue.then(work, work);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async tabStates(): Promise<TabStates> {
    return parseTabStates(await this.store.items.tabSessions.getValue());
  }

  private async saveTab(states: TabStates, tab: SenderTab | undefined, state: TabState): Promise<void> {
    if (tab?.id === undefined) return;
    await this.store.items.tabSessions.setValue({ ...states, [String(tab.id)]: state });
  }

  async ingest(snapshot: PageSnapshot, tab: SenderTab | undefined): Promise<IngestReply> {
    const now = this.now();
    const readAt = now.toISOString();
    const states = await this.tabStates();
    const before = tabStateFor(states, tab);
    let applied: ReturnType<typeof applyPage> | undefined;
    await this.store.updatePeople((people) => {
      applied = applyPage(people, snapshot, identitySession(before), readAt, this.merge);
      return applied.changed ? applied.store : null;
    });
    const { outcome, session } = applied!;
    const shown = outcome.kind === 'stored' || outcome.kind === 'unreadable' ? outcome.key : null;
    const state: TabState = {
      session: session.id,
      owner: session.owner,
      shown,
      held: outcome.kind === 'held' ? outcome.pendingId : null,
      note: noteFor(outcome, snapshot),
    };
    // The session's other tabs (opened from this one) follow a page that named its person.
    const next: TabStates = { ...states };
    if (outcome.kind === 'stored' && session.owner !== before.owner) {
      for (const [id, other] of Object.entries(states)) {
        if (other.session === session.id) next[id] = { ...other, owner: session.owner, ...(other.held ? { held: null, shown: session.owner } : {}) };
      }
    }
    await this.saveTab(next, tab, state);
    const stored = await this.store.load();
    if (outcome.kind === 'stored' && stored.ui.activePerson !== outcome.key) await this.store.saveUi({ activePerson: outcome.key });
    return { view: viewFor(stored, state, snapshot.readError ?? null, now) };
  }

  /** The tab's view recomputed from storage (another tab or the options page changed something). */
  async view(tab: SenderTab | undefined, unreadReason: string | null): Promise<PageView> {
    const states = await this.tabStates();
    const state = tabStateFor(states, tab);
    const stored = await this.store.load();
    // A held page that was assigned, claimed or discarded meanwhile: show the session's person.
    const settled = state.held && !stored.people.pending?.[state.held] ? { ...state, held: null, shown: state.owner } : state;
    if (settled !== state) await this.saveTab(states, tab, settled);
    return viewFor(stored, settled, unreadReason, this.now());
  }

  /** The provider says whose a held page is. The asking tab's session is theirs from now on. */
  async assign(pendingId: string, key: string, tab: SenderTab | undefined): Promise<PageView> {
    const at = this.now().toISOString();
    const held = (await this.store.load()).people.pending?.[pendingId];
    await this.store.updatePeople((people) => assignHeld(people, pendingId, key, at, this.merge));
    const states = await this.tabStates();
    const state = tabStateFor(states, tab);
    const mine = held && held.session === state.session;
    const next: TabState = { ...state, ...(mine ? { owner: key } : {}), shown: key, held: null };
    await this.saveTab(states, tab, next);
    await this.store.saveUi({ activePerson: key });
    return viewFor(await this.store.load(), next, null, this.now());
  }

  async discard(pendingId: string, tab: SenderTab | undefined): Promise<PageView> {
    await this.store.updatePeople((people) => discardHeld(people, pendingId));
    const states = await this.tabStates();
    const next: TabState = { ...tabStateFor(states, tab), shown: null, held: null };
    await this.saveTab(states, tab, next);
    return viewFor(await this.store.load(), next, null, this.now());
  }

  /** A closed tab's session is forgotten. */
  async forgetTab(tabId: number): Promise<void> {
    await this.serial(async () => {
      const states = await this.tabStates();
      if (!(String(tabId) in states)) return;
      const { [String(tabId)]: _gone, ...rest } = states;
      await this.store.items.tabSessions.setValue(rest);
    });
  }
}

interface Sender {
  tab?: { id?: number; openerTabId?: number };
}

/** The runtime.onMessage handler: a promise for our requests, undefined for anything else. */
export function createPageService(store: RecertStore, now: () => Date = () => new Date(), merge?: Merge, service = new PageService(store, now, merge)) {
  return (message: unknown, sender?: Sender): Promise<unknown> | undefined => {
    const tab: SenderTab | undefined = sender?.tab ? { id: sender.tab.id, openerTabId: sender.tab.openerTabId } : undefined;
    const page = z.safeParse(PageRequest, message);
    if (page.success) return service.serial(() => service.ingest(page.data.snapshot, tab));
    const view = z.safeParse(ViewRequest, message);
    if (view.success) return service.serial(() => service.view(tab, view.data.unreadReason));
    const assign = z.safeParse(AssignRequest, message);
    if (assign.success) return service.serial(() => service.assign(assign.data.pendingId, assign.data.personKey, tab));
    const discard = z.safeParse(DiscardRequest, message);
    if (discard.success) return service.serial(() => service.discard(discard.data.pendingId, tab));
    const ui = z.safeParse(UiRequest, message);
    if (ui.success) {
      return service.serial(async () => {
        if (ui.data.panelCollapsed !== undefined) await store.saveUi({ panelCollapsed: ui.data.panelCollapsed });
        if (ui.data.acknowledgeNotice) await store.acknowledgeNotice();
        return true;
      });
    }
    return undefined;
  };
}
