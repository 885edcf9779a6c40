import type { ChecklistItem, Report } from '../lib/model';

const STATE_TEXT: Record<ChecklistItem['state'], string> = { done: 'Done', todo: 'To do', unknown: 'Unknown', 'not-yet': 'Not open yet' };
const STATE_MARK: Record<ChecklistItem['state'], string> = { done: '✓', todo: '○', unknown: '?', 'not-yet': '–' };

function Step({ title, items }: { title: string; items: ChecklistItem[] }) {
  return (
    <div class="rc-step">
      <h3>{title}</h3>
      {items.length === 0 ? (
        <p class="rc-muted">Nothing read for this step yet.</p>
      ) : (
        <ul class="rc-checklist">
          {items.map((item) => (
            <li key={item.id} class={`rc-check rc-check-${item.state}`} data-state={item.state}>
              <span class="rc-check-mark" aria-hidden="true">{STATE_MARK[item.state]}</span>
              <span class="rc-check-body">
                <span class="rc-check-label">{item.label}</span>
                <span class="rc-visually-hidden">: {STATE_TEXT[item.state]}</span>
                {item.detail ? (
                  <span class="rc-check-detail">
                    <bdi>{item.detail}</bdi>
                  </span>
                ) : null}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

export function Checklist({ report }: { report: Report }) {
  return (
    <section class="rc-section" aria-label="Checklist" data-testid="checklist">
      <h2>Checklist</h2>
      <Step title="Step A — NREMT" items={report.checklist.filter((i) => i.step === 'A')} />
      <Step title="Step B — eLicensing" items={report.checklist.filter((i) => i.step === 'B')} />
    </section>
  );
}
