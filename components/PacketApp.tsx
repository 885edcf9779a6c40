// The audit packet: everything an NREMT or OEMS auditor asks for, for one person and the cycle
// being finished. Prints cleanly (print styles) and downloads as CSV; the provider can mark or
// unmark a course as pediatric here. Titles are page text: rendered as text only.
import { useEffect, useState } from 'preact/hooks';
import { todayIso } from '../lib/dates';
import { pediatricMarkKey } from '../lib/engine/pediatric';
import { packetHeader, packetRows } from '../lib/export/packet';
import { packetCsv } from '../lib/export/packet-csv';
import { pickActivePerson } from '../lib/extension/active-person';
import { reportFor } from '../lib/extension/report-for';
import { saveTextFile } from '../lib/extension/save-file';
import type { Course, Report } from '../lib/model';
import { LEVEL_LABELS } from '../lib/engine/format';
import type { RecertStore, StoredState } from '../lib/storage/store';
import { downloadDeadlines } from './ExportButtons';
import { dateLabel, hours } from './format';

export interface PacketAppProps {
  store: RecertStore;
  personKey: string | null;
  today?: string;
  save?: typeof saveTextFile;
  print?: () => void;
}

function Totals({ report }: { report: Report }) {
  const c = report.components;
  if (!c) {
    const why = report.level && !report.coursesRead ? 'No course list read yet' : 'Certification level unknown';
    return <p class="rc-muted">{why}: hours cannot be totalled.</p>;
  }
  const rows = [
    ['National', c.national],
    ['Local', c.local],
    ['Individual', c.individual],
  ] as const;
  return (
    <table class="rc-packet-totals" data-testid="packet-totals">
      <thead>
        <tr>
          <th scope="col">Component</th>
          <th scope="col">Required</th>
          <th scope="col">Counted</th>
          <th scope="col">Remaining</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(([name, t]) => (
          <tr key={name}>
            <th scope="row">{name}</th>
            <td>{hours(t.required)} h</td>
            <td>{hours(t.credited)} h</td>
            <td>{hours(t.remaining)} h</td>
          </tr>
        ))}
        <tr>
          <th scope="row">Total</th>
          <td>{hours(c.national.required + c.local.required + c.individual.required)} h</td>
          <td>{hours(c.national.credited + c.local.credited + c.individual.credited)} h</td>
          <td>{hours(report.totalRemaining ?? 0)} h</td>
        </tr>
        {report.pediatric && report.pediatric.required > 0 ? (
          <tr data-testid="packet-pediatric">
            <th scope="row">Pediatric (within National)</th>
            <td>{hours(report.pediatric.required)} h</td>
            <td>{hours(report.pediatric.credited)} h</td>
            <td>{hours(report.pediatric.remaining)} h</td>
          </tr>
        ) : null}
      </tbody>
    </table>
  );
}

export function PacketApp(props: PacketAppProps) {
  const { store } = props;
  const [state, setState] = useState<StoredState | null>(null);
  useEffect(() => {
    let live = true;
    const load = () => store.load().then((s) => live && setState(s));
    void load();
    const unwatch = store.watch(() => void load());
    return () => {
      live = false;
      unwatch();
    };
  }, [store]);

  if (!state) return <main class="rc-theme rc-page rc-packet" data-state="loading"><p class="rc-muted">Loading…</p></main>;
  const key = props.personKey && props.personKey in state.people.people ? props.personKey : pickActivePerson(state.people, state.ui);
  const result = reportFor(state.people, state.settings, key, props.today ?? todayIso());
  const record = key ? state.people.people[key]?.record ?? null : null;
  if (!key || !record || !result) {
    return (
      <main class="rc-theme rc-page rc-packet" data-testid="packet" data-state="empty">
        <h1>Audit packet</h1>
        <p>Nothing read yet: open your NREMT dashboard and Manage Education first.</p>
      </main>
    );
  }
  if (!result.ok) {
    return (
      <main class="rc-theme rc-page rc-packet" data-testid="packet" data-state="error">
        <h1>Audit packet</h1>
        <p class="rc-alert rc-danger">Could not work out your record: {result.reason}</p>
      </main>
    );
  }
  const report = result.report;
  const header = packetHeader(record, report);
  const rows = packetRows(report);
  const marks = state.settings.perPerson[key]?.pediatricMarks ?? {};
  const setPediatric = (course: Course, value: boolean) =>
    void store.updatePersonSettings(key, { pediatricMarks: { ...marks, [pediatricMarkKey(course)]: value } });
  const save = props.save ?? saveTextFile;
  const fileStem = `recert-packet-${(header.registryNumber ?? 'provider').replace(/[^A-Za-z0-9-]/g, '')}-${header.lastDay?.slice(0, 4) ?? 'cycle'}`;

  return (
    <main class="rc-theme rc-page rc-packet" data-testid="packet" data-state="ready">
      <h1>Continuing education record: audit packet</h1>
      <dl class="rc-packet-facts" data-testid="packet-provider">
        <dt>Provider</dt>
        <dd>{header.name ?? 'name not read'}</dd>
        <dt>NREMT registry number</dt>
        <dd>{header.registryNumber ?? 'not read'}</dd>
        {header.licenseNumber ? (
          <>
            <dt>Massachusetts license</dt>
            <dd>{header.licenseNumber}</dd>
          </>
        ) : null}
        <dt>Level</dt>
        <dd>{header.level ? LEVEL_LABELS[header.level] : 'unknown'}</dd>
        <dt>Cycle</dt>
        <dd data-testid="packet-cycle">
          {header.cycleStart ? dateLabel(header.cycleStart) : 'start not read'} to {dateLabel(header.lastDay)}
        </dd>
        <dt>Prepared</dt>
        <dd>{dateLabel(props.today ?? todayIso())}, from the pages read in this browser</dd>
      </dl>
      <div class="rc-actions rc-no-print">
        <button type="button" class="rc-button" onClick={() => (props.print ?? (() => window.print()))()} data-testid="packet-print">
          Print or save as PDF
        </button>
        <button type="button" class="rc-button rc-secondary" onClick={() => save(`${fileStem}.csv`, 'text/csv;charset=utf-8', packetCsv(rows))} data-testid="packet-csv">
          Download CSV
        </button>
        {report.cycle ? (
          <button type="button" class="rc-button rc-secondary" onClick={() => downloadDeadlines(report, save)} data-testid="download-calendar">
            Add the deadlines to my calendar
          </button>
        ) : null}
      </div>
      <h2>Courses ({rows.length})</h2>
      <table class="rc-packet-courses" data-testid="packet-courses">
        <thead>
          <tr>
            <th scope="col">Title</th>
            <th scope="col">Completed</th>
            <th scope="col">Hours</th>
            <th scope="col">Approval number</th>
            <th scope="col">Component</th>
            <th scope="col">Topic</th>
            <th scope="col">Pediatric</th>
            <th scope="col">Counts</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => {
            const course = report.courses[i]!.course;
            return (
              <tr key={i} class={row.counts ? '' : 'rc-packet-not-counted'} data-testid="packet-row">
                <td class="rc-packet-title">{row.title}</td>
                <td>{row.completedOn ?? 'no date'}</td>
                <td>{hours(row.hours)}</td>
                <td>{row.approvalNumber ?? 'none'}</td>
                <td>{row.component || 'none'}</td>
                <td>{row.topic}</td>
                <td>
                  <label>
                    <input
                      type="checkbox"
                      checked={row.pediatric}
                      onChange={(e) => setPediatric(course, (e.currentTarget as HTMLInputElement).checked)}
                      data-testid="packet-pediatric-mark"
                    />
                    <span class="rc-visually-hidden">Pediatric: {row.title}</span>
                    <span class="rc-print-only">{row.pediatric ? 'yes' : ''}</span>
                  </label>
                </td>
                <td>{row.counts ? 'yes' : `no: ${row.whyNot}`}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <h2>Totals</h2>
      <Totals report={report} />
      <p class="rc-muted rc-packet-note">
        Hours beyond a topic's or component's requirement count only up to it. Massachusetts asks you to keep each
        course certificate for at least five years; NREMT and OEMS audit. Pediatric share: 10 % of National (NREMT 2025
        model, from a secondary source).
      </p>
    </main>
  );
}
