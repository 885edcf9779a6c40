// The `recert` command: read saved pages with the extension's readers, merge them as the
// extension does, and print what it would conclude. Testable: all I/O goes through `io`.
import { todayIso } from '../dates';
import { buildReport } from '../engine';
import { emptyRecord, mergeSnapshot } from '../merge';
import { PageSnapshot } from '../model';
import { deadlinesIcs } from '../export/calendar';
import { packetRows } from '../export/packet';
import { packetCsv } from '../export/packet-csv';
import { parseArgs, UsageError } from './args';
import { readHtml, savedFromUrl } from './html';
import { contentProblem, sizeProblem } from './input';
import { orderReport, orderSnapshot, toJson } from './output';

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Reads a file as UTF-8; throws when it is missing or unreadable. */
  readFile(path: string): string;
  /** The file's size in bytes, checked before reading it (the real command provides it). */
  fileSize?(path: string): number;
  now(): Date;
}

class InputError extends Error {}

function load(io: CliIo, file: string): string {
  let text: string;
  try {
    const tooBig = io.fileSize ? sizeProblem(io.fileSize(file)) : null;
    if (tooBig) throw new InputError(`${file}: ${tooBig}`);
    text = io.readFile(file);
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : 'cannot be read';
    throw new InputError(`${file}: ${why}`);
  }
  const problem = sizeProblem(text.length) ?? contentProblem(text, file.toLowerCase().endsWith('.json'));
  if (problem) throw new InputError(`${file}: ${problem}`);
  return text;
}

/** A .json file holds a PageSnapshot (validated); anything else is a saved HTML page. */
async function snapshotOf(io: CliIo, file: string, urlOption: string | null): Promise<PageSnapshot> {
  const text = load(io, file);
  if (file.toLowerCase().endsWith('.json')) {
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      throw new InputError(`${file}: not valid JSON`);
    }
    const parsed = PageSnapshot.safeParse(data);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue && issue.path.length > 0 ? ` at ${issue.path.join('.')}` : '';
      throw new InputError(`${file}: not a valid page snapshot${where}${issue ? `: ${issue.message}` : ''}`);
    }
    return parsed.data;
  }
  return readHtml(text, urlOption ?? savedFromUrl(text));
}

export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const command = parseArgs(argv);
    if (command.name === 'read') {
      io.stdout(toJson(orderSnapshot(await snapshotOf(io, command.file, command.url))));
      return 0;
    }
    let record = emptyRecord();
    for (const file of command.files) {
      record = mergeSnapshot(record, await snapshotOf(io, file, null), io.now().toISOString());
    }
    const today = command.today ?? todayIso(io.now());
    const report = buildReport({ record, settings: { levelOverride: command.level } }, today);
    if (command.name === 'packet') {
      io.stdout(packetCsv(packetRows(report)));
      return 0;
    }
    if (command.name === 'calendar') {
      if (!report.cycle) throw new InputError('these pages show no expiration date, so there are no deadlines to export');
      io.stdout(deadlinesIcs(report.cycle, io.now()));
      return 0;
    }
    io.stdout(toJson(orderReport(report)));
    return 0;
  } catch (error) {
    if (error instanceof UsageError || error instanceof InputError) {
      io.stderr(`recert: ${error.message}\n`);
      return 2;
    }
    io.stderr(`recert: unexpected error: ${(error as Error).message}\n`);
    return 1;
  }
}
