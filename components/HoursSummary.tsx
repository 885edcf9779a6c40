import type { PageFigure, Report, Tally, Topic } from '../lib/model';
import { TOPICS } from '../lib/vocabulary';
import { dateLabel, hours, hoursLeft } from './format';
import { PageFiguresNote } from './PageFiguresNote';
import { PediatricShare } from './PediatricShare';
import { ProgressBar } from './ProgressBar';

export const COMPONENT_NAMES = { national: 'National', local: 'Local', individual: 'Individual' } as const;
export const TOPIC_NAMES: Record<Topic, string> = {
  airway: 'Airway, Respiration & Ventilation',
  cardiovascular: 'Cardiovascular',
  trauma: 'Trauma',
  medical: 'Medical',
  operations: 'Operations',
};

/** "0 h left — complete", unless NREMT's own figure for it disagrees: then never "complete". */
function leftText(tally: Tally, figure: PageFigure | undefined): string {
  if (!figure) return tally.remaining > 0 ? hoursLeft(tally.remaining) : '0 h left — complete';
  return `${hoursLeft(tally.remaining)} by the courses read — NREMT shows ${hours(figure.shown)} h: not confirmed`;
}

interface TallyRowProps {
  name: string;
  tally: Tally;
  testId?: string;
  ahead?: boolean;
  figure?: PageFigure | undefined;
}

function TallyRow({ name, tally, testId, ahead = false, figure }: TallyRowProps) {
  const done = tally.remaining <= 0 && !figure;
  return (
    <li class="rc-tally">
      <div class="rc-tally-head">
        <span class="rc-tally-name">{name}</span>
        <span class="rc-tally-numbers">
          {hours(tally.credited)} / {hours(tally.required)} h
        </span>
      </div>
      <ProgressBar label={`${name} hours`} value={tally.credited} max={tally.required} />
      {ahead ? null : (
        <div class={done ? 'rc-left rc-left-done' : 'rc-left'} data-testid={testId} data-unconfirmed={figure ? 'true' : undefined}>
          {leftText(tally, figure)}
        </div>
      )}
    </li>
  );
}

/** Hours per component and per National topic, or why they cannot be shown. */
export function HoursSummary({ report, showTopics = true }: { report: Report; showTopics?: boolean }) {
  const components = report.components;
  const figures = report.pageFigures ?? [];
  const figureFor = (component: PageFigure['component'], topic: Topic | null = null) =>
    figures.find((f) => f.component === component && f.topic === topic);
  if (!components) {
    return (
      <section class="rc-section" aria-label="Hours">
        <h2>Hours</h2>
        <p class="rc-muted" data-testid="hours-unknown">
          {report.level && !report.coursesRead
            ? 'Your courses have not been read yet: open Manage Education on NREMT.org so we can count your hours.'
            : 'Certification level unknown: open your NREMT dashboard, or set the level in Options.'}
        </p>
        <PageFiguresNote report={report} brief={!showTopics} />
      </section>
    );
  }
  // Renewed: these hours belong to the next cycle, whose window has not opened; nothing is "left".
  const ahead = report.renewed;
  const entered = components.national.credited + components.local.credited + components.individual.credited;
  const required = components.national.required + components.local.required + components.individual.required;
  return (
    <section class="rc-section" aria-label="Hours">
      <h2>{ahead ? 'Hours for your next cycle' : 'Hours'}</h2>
      {ahead ? (
        <p class="rc-total" data-testid="next-cycle-hours">
          {hours(entered)} of {hours(required)} h entered so far for the cycle ending {dateLabel(report.cycle?.lastDay)}
        </p>
      ) : (
        <p class="rc-total" data-testid="total-remaining">
          {hoursLeft(report.totalRemaining ?? 0)} in total
          {figures.length > 0 ? ' by the courses read — not confirmed' : ''}
        </p>
      )}
      <PageFiguresNote report={report} brief={!showTopics} />
      {report.unread?.length ? (
        <p class="rc-alert rc-warning" data-testid="unread-left-out">
          {report.unread.length === 1 ? '1 course row' : `${report.unread.length} course rows`} could not be read and{' '}
          {report.unread.length === 1 ? 'is' : 'are'} left out of these hours: see “Courses that earn nothing”.
        </p>
      ) : null}
      <ul class="rc-tallies">
        <TallyRow name={COMPONENT_NAMES.national} tally={components.national} testId="remaining-national" ahead={ahead} figure={figureFor('national')} />
        <TallyRow name={COMPONENT_NAMES.local} tally={components.local} testId="remaining-local" ahead={ahead} figure={figureFor('local')} />
        <TallyRow name={COMPONENT_NAMES.individual} tally={components.individual} testId="remaining-individual" ahead={ahead} figure={figureFor('individual')} />
      </ul>
      {showTopics ? (
        <details class="rc-topics" open={!ahead && (components.national.remaining > 0 || figures.some((f) => f.topic !== null))}>
          <summary>National topics</summary>
          <ul class="rc-tallies">
            {TOPICS.map((topic) => {
              const tally = components.national.topics[topic];
              return tally ? (
                <TallyRow
                  key={topic}
                  name={TOPIC_NAMES[topic]}
                  tally={tally}
                  ahead={ahead}
                  testId={`remaining-topic-${topic}`}
                  figure={figureFor('national', topic)}
                />
              ) : null;
            })}
          </ul>
        </details>
      ) : null}
      {showTopics ? <PediatricShare report={report} /> : null}
      {report.rules?.fromPage ? (
        <p class="rc-muted rc-source" data-testid="hours-source">
          Required hours as shown on your NREMT Manage Education page. Any figure the page does not show is from
          our table: {report.rules.name}
          {report.rules.topicCreditsConfirmed ? '.' : ' (its topic hours are from a secondary source).'}
        </p>
      ) : report.rules ? (
        <p class="rc-muted rc-source" data-testid="hours-source">
          Required hours: {report.rules.name}.
          {report.rules.topicCreditsConfirmed
            ? ''
            : ' Topic hours are from a secondary source: where NREMT’s Manage Education shows other totals, NREMT’s numbers win.'}
        </p>
      ) : null}
    </section>
  );
}
