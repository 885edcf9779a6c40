// Small one-line notices: page not readable, engine failure, storage reset, renewal done.
import type { Report } from '../lib/model';
import { dateLabel } from './format';
import { PageText } from './PageText';

export function UnreadNotice({ reason }: { reason: string }) {
  return (
    <p class="rc-alert rc-warning" role="status" data-testid="unread-notice">
      Could not read this page: <PageText text={reason} />. Nothing stored was changed.
    </p>
  );
}

export function StorageNotice({ message, onDismiss }: { message: string | null; onDismiss?: () => void }) {
  if (!message) return null;
  return (
    <p class="rc-alert rc-info" role="status" data-testid="storage-notice">
      {message}{' '}
      {onDismiss ? (
        <button type="button" class="rc-button rc-small" onClick={onDismiss}>
          Dismiss
        </button>
      ) : null}
    </p>
  );
}

export function Congratulations({ report }: { report: Report }) {
  if (!report.renewed) return null;
  return (
    <section class="rc-alert rc-success" role="status" data-testid="renewed">
      <h2>Congratulations — you are recertified</h2>
      <p>
        NREMT and eLicensing both show your new expiration
        {report.stepB.licenseExpiresOn ? `, ${dateLabel(report.stepB.licenseExpiresOn)}` : ''}. Keep your
        certificates for at least 5 years.
      </p>
      {report.cycle ? <p data-testid="next-window">Your next window opens {dateLabel(report.cycle.opensOn)}.</p> : null}
    </section>
  );
}

export function NothingRead() {
  return (
    <p class="rc-muted" data-testid="nothing-read">
      Nothing read yet. Open your NREMT dashboard (My Certification), Manage Education and the Recertification
      Application, and your eLicensing license page.
    </p>
  );
}
