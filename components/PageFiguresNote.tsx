// NREMT's own totals that disagree with the courses read on its page: both figures, trusting
// neither. The full panels add what to do; the popup says it briefly.
import { pageFigureText } from '../lib/engine/warnings';
import type { Report } from '../lib/model';

export function PageFiguresNote({ report, brief = false }: { report: Report; brief?: boolean }) {
  const figures = report.pageFigures ?? [];
  if (figures.length === 0) return null;
  return (
    <div class="rc-alert rc-warning rc-figures" role="status" data-testid="page-figures">
      {brief ? null : (
        <p>NREMT’s own totals on Manage Education disagree with the courses I read there, so I count neither as complete:</p>
      )}
      <ul>
        {figures.map((figure) => (
          <li key={`${figure.component}-${figure.topic ?? ''}`}>{pageFigureText(figure)}</li>
        ))}
      </ul>
      {brief ? null : (
        <p>
          Check those courses on Manage Education: a course I could not read, or a total that counts something else. Submit
          Application once the page’s totals and its courses agree.
        </p>
      )}
    </div>
  );
}
