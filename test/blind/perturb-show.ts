// Prints a blind page after one perturbation (its body's HTML) and what the readers read from it.
//   npx tsx test/blind/perturb-show.ts SET/PAGE TRANSFORM [--html]
import { join } from 'node:path';
import { inertWindow, savedDocument, savedFromUrl } from '../../lib/cli/html';
import { readPage } from '../../lib/readers/index';
import { keptStrings } from './perturb-dom';
import { loadSet } from './perturb-run';
import { PERTURBATIONS, seededRandom } from './perturb-transforms';

const [ref, name] = process.argv.slice(2);
const [set, pageName] = ref!.split('/');
const page = loadSet(join(import.meta.dirname, '../fixtures', set!)).find((p) => p.name === pageName)!;
const perturbation = PERTURBATIONS.find((p) => p.name === name)!;
const window = inertWindow();
const document = savedDocument(window, page.html);
perturbation.apply(document, { random: seededRandom(`${page.set}/${page.name}/${perturbation.name}`), keep: keptStrings(page.expected) });
if (process.argv.includes('--html')) console.log(document.body.innerHTML);
else console.log(document.body.textContent);
console.log(JSON.stringify(readPage(document, savedFromUrl(page.html)), null, 1));
process.exit(0);
