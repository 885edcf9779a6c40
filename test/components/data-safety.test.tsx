// Options: an import is shown and asked about before anything is written; a backup is restored.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { HeldPageQuestion } from '../../components/HeldPageQuestion';
import { OptionsApp } from '../../components/OptionsApp';
import type { ProviderRecord } from '../../lib/model';
import { RecertStore } from '../../lib/storage/store';

afterEach(cleanup);

const record: ProviderRecord = { person: { name: 'Jordan Rivera', registryNumber: 'E3187642' }, courses: [], readAt: {} };
const emptyExport = JSON.stringify({
  app: 'recert-copilot',
  exportedAt: '2026-11-24T12:00:00Z',
  peopleVersion: 3,
  people: { people: {} },
  settings: { remindersEnabled: true, perPerson: {} },
});

function chooseFile(text: string) {
  const input = screen.getByTestId('import') as HTMLInputElement;
  const file = { name: 'export.json', text: async () => text } as unknown as File;
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
}

describe('options: import asks first, backups restore', () => {
  beforeEach(() => fakeBrowser.reset());

  it('an export with no people says so and changes nobody; cancel writes nothing', async () => {
    const store = new RecertStore();
    await store.updatePerson('reg:E3187642', record, '2026-11-20T15:04:00.000Z');
    render(<OptionsApp store={store} download={() => {}} confirmDelete={() => false} confirmRestore={() => true} />);
    await waitFor(() => expect(screen.getByTestId('options').dataset.state).toBe('ready'));
    chooseFile(emptyExport);
    const preview = await screen.findByTestId('import-preview');
    expect(preview.textContent).toContain('This file has no people in it');
    expect(preview.textContent).toContain('Jordan Rivera stays as stored');
    fireEvent.click(screen.getByTestId('import-cancel'));
    expect(await store.backups()).toEqual([]);
    chooseFile(emptyExport);
    fireEvent.click(await screen.findByTestId('import-confirm'));
    await waitFor(() => expect(screen.getByTestId('options-message').textContent).toContain('Imported'));
    expect(Object.keys((await store.load()).people.people)).toEqual(['reg:E3187642']);
    await waitFor(() => expect(screen.getAllByTestId('backup')).toHaveLength(1));
  });

  it('a file with __proto__ is refused with a plain message', async () => {
    render(<OptionsApp store={new RecertStore()} download={() => {}} />);
    await waitFor(() => expect(screen.getByTestId('options').dataset.state).toBe('ready'));
    chooseFile(emptyExport.replace('"people":{}', '"people":{"__proto__":{}}'));
    await waitFor(() => expect(screen.getByTestId('options-message').textContent).toContain('not allowed'));
    expect(screen.queryByTestId('import-preview')).toBeNull();
  });

  it('restores a backup kept when a record was set aside', async () => {
    await fakeBrowser.storage.local.set({
      people: { people: { 'reg:E3187642': { record, updatedAt: 'x' }, 'reg:BAD': { record: { person: 3 }, updatedAt: 'x' } }, pending: {} },
      people$: { v: 3 },
    });
    const store = new RecertStore();
    expect(Object.keys((await store.load()).people.people)).toEqual(['reg:E3187642']);
    await store.updatePerson('reg:E3187642', { ...record, courses: [] , readAt: { nremt: 'later' } }, 'y');
    render(<OptionsApp store={store} download={() => {}} confirmRestore={() => true} />);
    const restore = await screen.findByTestId('backup-restore');
    fireEvent.click(restore);
    await waitFor(() => expect(screen.getByTestId('options-message').textContent).toContain('Restored'));
    // The copy held both records; the bad one is set aside again, the good one is back as it was.
    expect((await store.load()).people.people['reg:E3187642']!.record.readAt).toEqual({});
  });
});

describe('held page question', () => {
  it('asks in plain words and answers with one click', () => {
    const answers: string[] = [];
    render(
      <HeldPageQuestion
        question={{ pendingId: 'p1', what: 'courses', candidates: [{ key: 'reg:1', name: 'Jordan Rivera' }, { key: 'reg:2', name: 'Sam Lee' }] }}
        onAssign={(id, key) => answers.push(`${id}->${key}`)}
        onDiscard={(id) => answers.push(`discard ${id}`)}
      />,
    );
    expect(screen.getByTestId('held-question').textContent).toContain('Whose courses are these?');
    fireEvent.click(screen.getAllByTestId('held-assign')[1]!);
    fireEvent.click(screen.getByTestId('held-discard'));
    expect(answers).toEqual(['p1->reg:2', 'discard p1']);
  });
});

describe('popup asks about held pages too', () => {
  beforeEach(() => fakeBrowser.reset());

  it('lists a held page and files it with one click', async () => {
    const { ExtensionPageApp } = await import('../../components/ExtensionPageApp');
    const { createPageService } = await import('../../lib/extension/page-service');
    const { inProcessReportSource } = await import('../support/messaging');
    const store = new RecertStore();
    const service = createPageService(store, () => new Date('2026-11-24T12:00:00Z'));
    const dashboard = (name: string, registryNumber: string) => ({
      url: 'https://www.nremt.org/dashboard',
      kind: 'nremt-dashboard' as const,
      person: { name, registryNumber },
      certification: { level: 'emt' as const, expiresOn: '2027-03-31', cycleStart: '2025-02-11' },
    });
    await service.ingestPage({ snapshot: dashboard('Jordan Rivera', 'E3187642') }, { tab: { id: 1 } });
    await service.ingestPage({ snapshot: dashboard('Sam Lee', 'E5550123') }, { tab: { id: 2 } });
    const held = { url: 'https://www.nremt.org/manage-education', kind: 'nremt-education' as const, courses: [
      { title: 'Held course', completedOn: '2026-01-10', hours: 2, component: 'national' as const, topic: 'medical' as const, approvalNumber: '26-ABC-F3-0001' },
    ] };
    await service.ingestPage({ snapshot: held }, { tab: { id: 3 } });
    render(<ExtensionPageApp mode="popup" source={inProcessReportSource(service, store)} />);
    const question = await screen.findByTestId('held-question');
    expect(question.textContent).toContain('Whose courses are these?');
    const sam = screen.getAllByTestId('held-assign').find((b) => b.textContent?.includes('Sam Lee'))!;
    fireEvent.click(sam);
    await waitFor(async () => expect((await store.load()).people.people['reg:E5550123']!.record.courses.map((c) => c.title)).toEqual(['Held course']));
    await waitFor(() => expect(screen.queryByTestId('held-question')).toBeNull());
  });
});
