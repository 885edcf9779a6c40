import { ELICENSING_URL, NREMT_URL, readAtLabel } from './format';

export function LastRead({ readAt }: { readAt: { nremt?: string; elicensing?: string } | null }) {
  return (
    <section class="rc-section rc-lastread" aria-label="Sites" data-testid="last-read">
      <ul>
        <li>
          <a class="rc-link" href={NREMT_URL} target="_blank" rel="noopener noreferrer">
            NREMT.org
          </a>{' '}
          <span class="rc-muted">last read {readAtLabel(readAt?.nremt)}</span>
        </li>
        <li>
          <a class="rc-link" href={ELICENSING_URL} target="_blank" rel="noopener noreferrer">
            eLicensing
          </a>{' '}
          <span class="rc-muted">last read {readAtLabel(readAt?.elicensing)}</span>
        </li>
      </ul>
    </section>
  );
}
