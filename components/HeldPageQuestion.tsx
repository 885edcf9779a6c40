// "Whose courses are these?": asked once, in plain words, about a page that named nobody and did
// not fit what is stored (a shared station computer). One click files it, or throws it away.
import type { HeldQuestion } from '../lib/extension/page-view';
import { PageText } from './PageText';

export function HeldPageQuestion({
  question,
  onAssign,
  onDiscard,
}: {
  question: HeldQuestion | null | undefined;
  onAssign?: (pendingId: string, personKey: string) => void;
  onDiscard?: (pendingId: string) => void;
}) {
  if (!question) return null;
  const { pendingId, what, candidates } = question;
  const whose = what === 'courses' ? 'Whose courses are these?' : `Whose ${what} is this?`;
  return (
    <section class="rc-alert rc-warning" role="group" aria-label={whose} data-testid="held-question">
      <h2>{whose}</h2>
      <p>
        This page does not show a name, and it does not match what is saved for anyone here, so nothing from it was saved
        yet. If it is yours, open your NREMT dashboard (My Certification) in this tab, or choose:
      </p>
      <div class="rc-actions">
        {candidates.map((person) => (
          <button
            key={person.key}
            type="button"
            class="rc-button rc-small"
            data-testid="held-assign"
            onClick={() => onAssign?.(pendingId, person.key)}
          >
            <PageText text={person.name} />
            ’s
          </button>
        ))}
        <button type="button" class="rc-button rc-secondary rc-small" data-testid="held-discard" onClick={() => onDiscard?.(pendingId)}>
          Not saved — discard it
        </button>
      </div>
    </section>
  );
}

/** One line about this page: what it could not show, or why nobody's data is shown. */
export function PageNote({ note }: { note: string | null | undefined }) {
  if (!note) return null;
  return (
    <p class="rc-alert rc-info" role="status" data-testid="page-note">
      {note}
    </p>
  );
}
