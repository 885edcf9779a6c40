// `npm run --silent recert -- read|status …`: see report-format.md. Logic lives in lib/cli.
import { readFileSync } from 'node:fs';
import { main } from '../lib/cli/main';

process.exitCode = await main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readFile: (path) => readFileSync(path, 'utf8'),
  now: () => new Date(),
});
