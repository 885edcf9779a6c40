// Prints JSON with keys in the order the report format documents (README: the recert command); extra keys follow.
import type { PageSnapshot, Report } from '../model';

type Order = readonly string[];

function ordered(value: unknown, order: Order): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  const source = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of order) if (key in source) out[key] = source[key];
  for (const key of Object.keys(source)) if (!(key in out)) out[key] = source[key];
  return out;
}

const COURSE: Order = ['title', 'completedOn', 'hours', 'component', 'topic', 'approvalNumber'];
const TALLY: Order = ['required', 'credited', 'remaining', 'hours'];

export function orderSnapshot(snapshot: PageSnapshot): unknown {
  const s = ordered(snapshot, ['url', 'kind', 'certification', 'agency', 'courses', 'application', 'license']) as Record<string, unknown>;
  if (s.certification) s.certification = ordered(s.certification, ['level', 'expiresOn', 'cycleStart']);
  if (s.agency) s.agency = ordered(s.agency, ['name', 'status']);
  if (Array.isArray(s.courses)) s.courses = s.courses.map((c) => ordered(c, COURSE));
  if (s.application) s.application = ordered(s.application, ['status', 'submitButton']);
  if (s.license) s.license = ordered(s.license, ['number', 'status', 'expiresOn']);
  return s;
}

export function orderReport(report: Report): unknown {
  const components = report.components && {
    national: ordered(
      {
        ...report.components.national,
        topics: Object.fromEntries(
          Object.entries(report.components.national.topics).map(([k, t]) => [k, ordered(t, TALLY)]),
        ),
      },
      ['required', 'credited', 'remaining', 'topics', 'hours'],
    ),
    local: ordered(report.components.local, TALLY),
    individual: ordered(report.components.individual, TALLY),
  };
  return ordered(
    {
      ...report,
      certification: ordered(report.certification, ['expiresOn', 'cycleStart']),
      cycle: ordered(report.cycle, ['opensOn', 'recommendedBy', 'lastDay', 'signOffBy', 'renewsTo']),
      components,
      courses: report.courses.map((c) => ({ ...c, course: ordered(c.course, COURSE) })),
      warnings: report.warnings.map((w) => ordered(w, ['code', 'message', 'course', 'severity'])),
      pediatric: report.pediatric && ordered(report.pediatric, TALLY),
      plan: report.plan && {
        ...report.plan,
        moves: report.plan.moves.map((m) => ordered(m, ['course', 'hours', 'from', 'to', 'basis'])),
      },
    },
    ['level', 'certification', 'cycle', 'phase', 'components', 'totalRemaining', 'pageFigures', 'stepA', 'stepB', 'warnings', 'pediatric', 'plan'],
  );
}

export function toJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
