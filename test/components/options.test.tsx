import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OptionsApp } from '../../components/OptionsApp';
import { RecertStore } from '../../lib/storage/store';
import type { ProviderRecord } from '../../lib/model';

afterEach(cleanup);

const record: ProviderRecord = { person: { name: 'Jordan Rivera', registryNumber: 'E3187642' }, courses: [], readAt: {} };

describe('options', () => {
  beforeEach(() => fakeBrowser.reset());

  it('saves level override, recertified by exam and reminders; exports; deletes after confirming', async () => {
    const store = new RecertStore();
    await store.updatePerson('reg:E3187642', record, '2026-11-20T15:04:00.000Z');
    const download = vi.fn();
    const confirmDelete = vi.fn(() => true);
    render(<OptionsApp store={store} download={download} confirmDelete={confirmDelete} />);
    await waitFor(() => expect(screen.getByTestId('options').dataset.state).toBe('ready'));

    fireEvent.change(screen.getByTestId('level-override'), { target: { value: 'paramedic' } });
    fireEvent.click(screen.getByTestId('recertified-by-exam'));
    fireEvent.click(screen.getByTestId('reminders-enabled'));
    await waitFor(async () => {
      const s = (await store.load()).settings;
      expect(s.perPerson['reg:E3187642']).toEqual({ levelOverride: 'paramedic', recertifiedByExam: true });
      expect(s.remindersEnabled).toBe(false);
    });

    fireEvent.click(screen.getByTestId('export'));
    await waitFor(() => expect(download).toHaveBeenCalledTimes(1));
    const [filename, text] = download.mock.calls[0]!;
    expect(filename).toMatch(/^recert-copilot-\d{4}-\d{2}-\d{2}\.json$/);
    expect(JSON.parse(text).people.people['reg:E3187642'].record.person.name).toBe('Jordan Rivera');

    fireEvent.click(screen.getByTestId('delete-all'));
    await waitFor(() => expect(screen.getByTestId('options-message').textContent).toBe('All data deleted.'));
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  it('does not delete when the user cancels', async () => {
    const store = new RecertStore();
    await store.updatePerson('reg:E3187642', record, '2026-11-20T15:04:00.000Z');
    render(<OptionsApp store={store} download={() => {}} confirmDelete={() => false} />);
    await waitFor(() => expect(screen.getByTestId('options').dataset.state).toBe('ready'));
    fireEvent.click(screen.getByTestId('delete-all'));
    expect(Object.keys((await store.load()).people.people)).toEqual(['reg:E3187642']);
  });
});
