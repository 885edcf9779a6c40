import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ExtensionPageApp } from '../../components/ExtensionPageApp';
import type { ProviderRecord } from '../../lib/model';
import { RecertStore } from '../../lib/storage/store';
import { createPageService } from '../../lib/extension/page-service';
import { inProcessReportSource } from '../support/messaging';

/** The background as of noon on `today`, answering the popup / side panel. */
const background = (store: RecertStore, today: string) =>
  inProcessReportSource(createPageService(store, () => new Date(`${today}T12:00:00`)), store);

afterEach(cleanup);

const member: ProviderRecord = {
  person: { name: 'Jordan Rivera', registryNumber: 'E3187642' },
  certification: { level: 'emt', expiresOn: '2027-03-31', cycleStart: '2025-03-01' },
  agency: { name: 'Pioneer Valley Ambulance', status: 'active' },
  courses: [
    { title: 'Medical Update', completedOn: '2026-01-10', hours: 6, component: 'national', topic: 'medical', approvalNumber: '26-ABC-F3-0001' },
    { title: 'Local Protocols', completedOn: '2026-02-10', hours: 10, component: 'local', topic: null, approvalNumber: 'OEMS 26-1234' },
  ],
  application: { status: 'in-progress', submitButton: false },
  readAt: { nremt: '2026-11-20T15:04:00.000Z' },
};
const trainingOfficer: ProviderRecord = {
  person: { name: 'Sam Lee', registryNumber: 'P1112222' },
  certification: { level: 'paramedic', expiresOn: '2028-03-31', cycleStart: '2026-03-01' },
  courses: [],
  readAt: { nremt: '2026-11-19T15:04:00.000Z', elicensing: '2026-11-19T16:00:00.000Z' },
};

describe('popup and browser side panel', () => {
  beforeEach(() => fakeBrowser.reset());

  it('popup: summary at a glance for the most recent person, with last-read times and both sites', async () => {
    const store = new RecertStore();
    await store.updatePerson('reg:P1112222', trainingOfficer, '2026-11-19T16:00:00.000Z');
    await store.updatePerson('reg:E3187642', member, '2026-11-20T15:04:00.000Z');
    const onOpenSidePanel = vi.fn();
    render(<ExtensionPageApp mode="popup" source={background(store, "2026-11-24")} onOpenSidePanel={onOpenSidePanel} />);
    const popup = await screen.findByTestId('popup');
    await waitFor(() => expect(popup.dataset.state).toBe('ready'));
    expect(screen.getByTestId('remaining-national').textContent).toMatch(/^14 h left/);
    expect(screen.getByTestId('remaining-local').textContent).toMatch(/^0 h left/);
    expect(screen.getByTestId('remaining-individual').textContent).toMatch(/^10 h left/);
    expect(screen.getByTestId('total-remaining').textContent).toMatch(/^24 h left/);
    expect(screen.getByTestId('step-a-status').dataset.status).toBe('in-progress');
    expect(screen.getByTestId('step-b-status').dataset.status).toBe('unknown');
    expect(screen.getByTestId('next-deadline').textContent).toContain('February 15, 2027');
    const lastRead = screen.getByTestId('last-read');
    expect(lastRead.textContent).toContain('Nov 20, 2026');
    expect(lastRead.textContent).toContain('eLicensing last read never');
    expect(within(lastRead).getAllByRole('link').map((a) => a.getAttribute('href'))).toEqual([
      'https://www.nremt.org/',
      'https://healthprofessionlicensing.mass.gov/',
    ]);
    // The popup is the summary: no full checklist, no topic bars.
    expect(screen.queryByTestId('checklist')).toBeNull();
    fireEvent.click(screen.getByTestId('open-side-panel'));
    expect(onOpenSidePanel).toHaveBeenCalledTimes(1);
  });

  it('shows the person of the current tab, and a switcher when several are stored', async () => {
    const store = new RecertStore();
    await store.updatePerson('reg:P1112222', trainingOfficer, '2026-11-19T16:00:00.000Z');
    await store.updatePerson('reg:E3187642', member, '2026-11-20T15:04:00.000Z');
    render(<ExtensionPageApp mode="sidepanel" source={background(store, "2026-11-24")} tabPerson={Promise.resolve('reg:P1112222')} />);
    await waitFor(() => expect((screen.getByTestId('person-switcher') as HTMLSelectElement).value).toBe('reg:P1112222'));
    // Sam Lee's course list was never read: the hours are unknown, not "30 h left".
    expect(screen.getByTestId('hours-unknown').textContent).toContain('Your courses have not been read yet');
    expect(screen.queryByTestId('remaining-national')).toBeNull();
    fireEvent.change(screen.getByTestId('person-switcher'), { target: { value: 'reg:E3187642' } });
    await waitFor(() => expect(screen.getByTestId('remaining-national').textContent).toMatch(/^14 h left/));
    expect((await store.load()).ui.activePerson).toBe('reg:E3187642');
  });

  it('side panel: the full checklist and topic bars', async () => {
    const store = new RecertStore();
    await store.updatePerson('reg:E3187642', member, '2026-11-20T15:04:00.000Z');
    render(<ExtensionPageApp mode="sidepanel" source={background(store, "2026-11-24")} />);
    await waitFor(() => expect(screen.getByTestId('sidepanel').dataset.state).toBe('ready'));
    expect(screen.getByTestId('checklist').querySelectorAll('li').length).toBeGreaterThan(5);
    expect(screen.getByRole('progressbar', { name: 'Medical hours' }).getAttribute('aria-valuenow')).toBe('6');
    expect(screen.getByTestId('step-b-warning').textContent).toContain('Step B not done');
    expect(screen.queryByTestId('person-switcher')).toBeNull();
  });

  it('nothing stored: says what to open, no numbers', async () => {
    render(<ExtensionPageApp mode="popup" source={background(new RecertStore(), "2026-11-24")} />);
    await screen.findByTestId('nothing-read');
    expect(screen.queryByTestId('total-remaining')).toBeNull();
  });

  it('corrupted storage: one-line message in the UI, no crash', async () => {
    await fakeBrowser.storage.local.set({ people: '%%%garbage', people$: { v: 2 } });
    render(<ExtensionPageApp mode="popup" source={background(new RecertStore(), "2026-11-24")} />);
    const notice = await screen.findByTestId('storage-notice');
    expect(notice.textContent).toContain('Stored data was unreadable and was reset; a copy was kept');
  });

  it('popup, hours complete and not submitted: the Submit reminder, loud', async () => {
    const c = (title: string, hours: number, component: 'national' | 'local' | 'individual', topic: ProviderRecord['courses'][number]['topic']) => ({
      title, completedOn: '2026-01-10', hours, component, topic, approvalNumber: `26-ABC-F3-${title.length}${hours}`,
    });
    const done: ProviderRecord = {
      ...member,
      courses: [
        c('Airway', 4, 'national', 'airway'), c('Cardio', 5, 'national', 'cardiovascular'), c('Trauma', 3, 'national', 'trauma'),
        c('Medical', 6, 'national', 'medical'), c('Operations', 2, 'national', 'operations'),
        c('Local protocols', 10, 'local', null), c('Individual topics', 10, 'individual', null),
      ],
      application: { status: 'not-submitted', submitButton: true, submitButtonEnabled: true },
    };
    const store = new RecertStore();
    await store.updatePerson('reg:E3187642', done, '2027-03-01T12:00:00.000Z');
    render(<ExtensionPageApp mode="popup" source={background(store, "2027-03-10")} />);
    const reminder = await screen.findByTestId('submit-reminder');
    expect(reminder.textContent).toContain('Click Submit Application');
    expect(screen.getByTestId('total-remaining').textContent).toMatch(/^0 h left/);
    expect(screen.getByTestId('step-a-status').dataset.status).toBe('ready-to-submit');
  });
});
