// Parses `recert read|status …` arguments. Errors are one plain sentence for stderr.
import { isIsoDate } from '../dates';
import { LEVELS, type Level } from '../model';

export type Command =
  | { name: 'read'; file: string; url: string | null }
  | { name: 'status'; files: string[]; today: string | null; level: Level | null }
  | { name: 'packet' | 'calendar'; files: string[]; today: string | null; level: null };

export class UsageError extends Error {}

export const USAGE =
  'usage: recert read PAGE.html [--url URL] | recert status [--today YYYY-MM-DD] [--level emt|aemt|paramedic|emr] PAGE... | recert packet|calendar [--today YYYY-MM-DD] PAGE...';

/** Splits `--name value` / `--name=value` options from positional arguments. */
function splitOptions(args: readonly string[], known: readonly string[]): { options: Map<string, string>; files: string[] } {
  const options = new Map<string, string>();
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (!arg.startsWith('--')) {
      files.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq === -1 ? arg.slice(2) : arg.slice(2, eq);
    if (!known.includes(name)) throw new UsageError(`unknown option --${name}. ${USAGE}`);
    const value = eq === -1 ? args[++i] : arg.slice(eq + 1);
    if (value === undefined || value === '') throw new UsageError(`option --${name} needs a value. ${USAGE}`);
    if (options.has(name)) throw new UsageError(`option --${name} given twice.`);
    options.set(name, value);
  }
  return { options, files };
}

export function parseArgs(argv: readonly string[]): Command {
  const [sub, ...rest] = argv;
  if (sub === 'read') {
    const { options, files } = splitOptions(rest, ['url']);
    if (files.length !== 1) throw new UsageError(`read takes exactly one page file. ${USAGE}`);
    return { name: 'read', file: files[0] as string, url: options.get('url') ?? null };
  }
  if (sub === 'status') {
    const { options, files } = splitOptions(rest, ['today', 'level']);
    if (files.length === 0) throw new UsageError(`status needs at least one page file. ${USAGE}`);
    const today = options.get('today') ?? null;
    if (today !== null && !isIsoDate(today)) throw new UsageError(`--today must be a date like 2027-03-01, not "${today}".`);
    const level = options.get('level') ?? null;
    if (level !== null && !(LEVELS as readonly string[]).includes(level)) {
      throw new UsageError(`--level must be one of emt, aemt, paramedic, emr, not "${level}".`);
    }
    return { name: 'status', files, today, level: level as Level | null };
  }
  if (sub === 'packet' || sub === 'calendar') {
    const { options, files } = splitOptions(rest, ['today']);
    if (files.length === 0) throw new UsageError(`${sub} needs at least one page file. ${USAGE}`);
    const today = options.get('today') ?? null;
    if (today !== null && !isIsoDate(today)) throw new UsageError(`--today must be a date like 2027-03-01, not "${today}".`);
    return { name: sub, files, today, level: null };
  }
  throw new UsageError(sub === undefined ? USAGE : `unknown command "${sub}". ${USAGE}`);
}
