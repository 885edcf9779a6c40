// `npm run --silent recert -- read|status …`: see report-format.md. Logic lives in lib/cli.
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { main } from '../lib/cli/main';

// `npm run` changes to the package root; INIT_CWD is where the user typed the command.
const userCwd = process.env.INIT_CWD ?? process.cwd();

process.exitCode = await main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readFile: (path) => readFileSync(resolve(userCwd, path), 'utf8'),
  fileSize: (path) => statSync(resolve(userCwd, path)).size,
  now: () => new Date(),
});
