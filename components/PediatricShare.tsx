// Pediatric hours against the share the 2025 model asks for (10 % of National, overlapping the
// topic hours). The figure comes from a secondary source: the text says so.
import type { Report } from '../lib/model';
import { hours } from './format';
import { ProgressBar } from './ProgressBar';

export function PediatricShare({ report }: { report: Report }) {
  const share = report.pediatric;
  if (!share || share.required <= 0) return null;
  return (
    <div class="rc-tally rc-pediatric" data-testid="pediatric">
      <div class="rc-tally-head">
        <span class="rc-tally-name">Pediatric (within National)</span>
        <span class="rc-tally-numbers">
          {hours(share.credited)} / {hours(share.required)} h
        </span>
      </div>
      <ProgressBar label="Pediatric hours" value={share.credited} max={share.required} />
      <div class={share.remaining > 0 ? 'rc-left' : 'rc-left rc-left-done'} data-testid="pediatric-remaining">
        {share.remaining > 0 ? `${hours(share.remaining)} h of pediatric content to go` : 'pediatric share met'}
      </div>
      <p class="rc-muted rc-source">
        10 % of National should be pediatric (NREMT 2025 model; secondary source). Counted by title: mark courses in the
        audit packet.
      </p>
    </div>
  );
}
