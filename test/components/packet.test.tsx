// The audit packet page and the export buttons of the popup and side panel, on stored data.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import Papa from 'papaparse';
import ICAL from 'ical.js';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ExtensionPageApp } from '../../components/ExtensionPageApp';
import { PacketApp } from '../../components/PacketApp';
import type { ProviderRecord } from '../../lib/model';
import { createPageService } from '../../lib/extension/page-service';
import { RecertStore } from '../../lib/storage/store';
import { inProcessReportSource } from '../support/messaging';

afterEach(cleanup);

const KEY = 'reg:A3187642';
const provider: ProviderRecord = {
  person: { name: 'Jordan Rivera', registryNumber: 'A3187642', licenseNumber: 'A123456' },
  certification: { level: 'aemt', expiresOn: '2027-03-31', cycleStart: '2025-02-11' },
  courses: [
    { title: 'PEPP Refresher', completedOn: '2025-06-01', hours: 2, component: 'national', topic: 'medical', approvalNumber: '25-ABC-F3-0001' },
    { title: 'Stroke Update', completedOn: '2025-07-01', hours: 1, component: 'national', topic: 'cardiovascular', approvalNumber: '25-ABC-F3-0002' },
    { title: '=HYPERLINK("http://evil.example","win")', completedOn: '2025-08-01', hours: 1, component: 'local', topic: null, approvalNumber: 'OEMS 25-0003' },
    { title: 'Old Course', completedOn: '2024-01-01', hours: 3, component: 'individual', topic: null, approvalNumber: '24-ABC-F3-0004' },
  ],
  readAt: { nremt: '2026-11-20T15:04:00.000Z' },
};

async function renderPacket() {
  const store = new RecertStore();
  await store.updatePerson(KEY, provider, '2026-11-20T15:04:00.000Z');
  const save = vi.fn();
  const print = vi.fn();
  render(<PacketApp store={store} personKey={KEY} today="2026-11-24" save={save} print={print} />);
  const page = await screen.findByTestId('packet');
  await waitFor(() => expect(page.dataset.state).toBe('ready'));
  return { store, save, print, page };
}

describe('audit packet page', () => {
  beforeEach(() => fakeBrowser.reset());

  it('lists the provider, the cycle, every course with whether it counts and why not, and totals', async () => {
    await renderPacket();
    const provider = screen.getByTestId('packet-provider').textContent!;
    expect(provider).toContain('Jordan Rivera');
    expect(provider).toContain('A3187642');
    expect(provider).toContain('Advanced EMT');
    expect(screen.getByTestId('packet-cycle').textContent).toBe('February 11, 2025 to March 31, 2027');
    const rows = screen.getAllByTestId('packet-row').map((r) => within(r).getAllByRole('cell').map((c) => c.textContent));
    expect(rows).toHaveLength(4);
    // The pediatric cell is a checkbox (checked below); the rest reads as the auditor sees it.
    expect(rows[0]!.filter((_, i) => i !== 6)).toEqual(['PEPP Refresher', '2025-06-01', '2', '25-ABC-F3-0001', 'National', 'Medical', 'yes']);
    expect(rows[3]![7]).toBe('no: completed outside the cycle');
    // The hostile title is text, not a link.
    expect(rows[2]![0]).toBe('=HYPERLINK("http://evil.example","win")');
    expect(screen.getByTestId('packet-courses').querySelector('a')).toBeNull();
    const totals = screen.getByTestId('packet-totals').textContent!;
    expect(totals).toContain('National25 h3 h22 h');
    expect(screen.getByTestId('packet-pediatric').textContent).toBe('Pediatric (within National)2.5 h2 h0.5 h');
  });

  it('downloads CSV that opens back with the hostile title kept as text', async () => {
    const { save } = await renderPacket();
    fireEvent.click(screen.getByTestId('packet-csv'));
    expect(save).toHaveBeenCalledTimes(1);
    const [name, type, text] = save.mock.calls[0]!;
    expect(name).toBe('recert-packet-A3187642-2027.csv');
    expect(type).toMatch(/^text\/csv/);
    const parsed = Papa.parse<string[]>(text, { skipEmptyLines: true });
    expect(parsed.data[0]).toEqual(['Title', 'Date completed', 'Hours', 'Approval number', 'Component', 'Topic', 'Counts', 'Why not']);
    expect(parsed.data[3]![0]).toBe(`'=HYPERLINK("http://evil.example","win")`);
    expect(parsed.data[4]!.slice(6)).toEqual(['no', 'completed outside the cycle']);
  });

  it('downloads the calendar and prints', async () => {
    const { save, print } = await renderPacket();
    fireEvent.click(screen.getByTestId('packet-print'));
    expect(print).toHaveBeenCalledTimes(1);
    fireEvent.click(screen.getByTestId('download-calendar'));
    const [name, type, text] = save.mock.calls[0]!;
    expect(name).toBe('recert-deadlines-2027.ics');
    expect(type).toMatch(/^text\/calendar/);
    const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent');
    expect(events.map((e) => String(e.getFirstPropertyValue('dtstart')))).toEqual(['2026-10-01', '2027-02-15', '2027-03-31', '2027-04-30']);
  });

  it("stores the provider's pediatric mark by course and the share follows it", async () => {
    const { store } = await renderPacket();
    const marks = screen.getAllByTestId('packet-pediatric-mark') as HTMLInputElement[];
    expect(marks.map((m) => m.checked)).toEqual([true, false, false, false]);
    fireEvent.click(marks[1]!); // mark Stroke Update (1 h National)
    await waitFor(() => expect(screen.getByTestId('packet-pediatric').textContent).toBe('Pediatric (within National)2.5 h2.5 h0 h'));
    fireEvent.click((screen.getAllByTestId('packet-pediatric-mark') as HTMLInputElement[])[0]!); // unmark PEPP
    await waitFor(() => expect(screen.getByTestId('packet-pediatric').textContent).toBe('Pediatric (within National)2.5 h1 h1.5 h'));
    const settings = (await store.load()).settings.perPerson[KEY]!;
    expect(Object.values(settings.pediatricMarks!)).toEqual([true, false]);
  });
});

describe('export buttons in the popup and side panel', () => {
  beforeEach(() => fakeBrowser.reset());

  it('open the packet for this person and offer the calendar', async () => {
    const store = new RecertStore();
    await store.updatePerson(KEY, provider, '2026-11-20T15:04:00.000Z');
    const onOpenPacket = vi.fn();
    const source = inProcessReportSource(createPageService(store, () => new Date('2026-11-24T12:00:00')), store);
    render(<ExtensionPageApp mode="sidepanel" source={source} onOpenPacket={onOpenPacket} />);
    fireEvent.click(await screen.findByTestId('open-packet'));
    expect(onOpenPacket).toHaveBeenCalledWith(KEY);
    expect(screen.getByTestId('download-calendar').textContent).toBe('Add the deadlines to my calendar');
  });
});
