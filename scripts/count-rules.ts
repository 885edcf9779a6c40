// Counts the readers' rules: regular-expression literals and `new RegExp(...)` calls in
// lib/readers, found by the TypeScript parser (not a grep, so strings and comments never count),
// and the vocabulary: the words and phrases handed to `phrases(...)` (labels, status words,
// component names; string arguments only, lists spread into a call are not counted). Vocabulary is data, not a rule per layout, but it is still a closed list,
// so it is counted too.
// Usage: npx tsx scripts/count-rules.ts [dir]   (prints per-file counts and the totals)
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

const dir = process.argv[2] ?? 'lib/readers';

function countIn(source: string, fileName: string): { regexps: number; named: number; phrases: number } {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true);
  let regexps = 0;
  let named = 0;
  let phrases = 0;
  const visit = (node: ts.Node): void => {
    const isRegExp =
      node.kind === ts.SyntaxKind.RegularExpressionLiteral ||
      ((ts.isNewExpression(node) || ts.isCallExpression(node)) && node.expression.getText(file) === 'RegExp');
    if (isRegExp) {
      regexps++;
      // A pattern a module names at its top level (`const CAPCE_NUMBER = /…/`): the count issue 10 gave (~47 then).
      if (ts.isVariableDeclaration(node.parent) && node.parent.parent.parent.parent === file) named++;
    }
    if (ts.isCallExpression(node) && node.expression.getText(file) === 'phrases') {
      phrases += node.arguments.filter((a) => ts.isStringLiteralLike(a)).length;
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return { regexps, named, phrases };
}

const totals = { regexps: 0, named: 0, phrases: 0 };
const rows: [string, number, number][] = [];
for (const name of readdirSync(dir).filter((n) => n.endsWith('.ts')).sort()) {
  const { regexps, named, phrases } = countIn(readFileSync(join(dir, name), 'utf8'), name);
  totals.regexps += regexps;
  totals.named += named;
  totals.phrases += phrases;
  if (regexps + phrases > 0) rows.push([name, regexps, phrases]);
}
console.log('regexps  phrases  file');
for (const [name, r, p] of rows.sort((a, b) => b[1] - a[1] || b[2] - a[2])) {
  console.log(`${String(r).padStart(7)}  ${String(p).padStart(7)}  ${name}`);
}
console.log(`${String(totals.regexps).padStart(7)}  ${String(totals.phrases).padStart(7)}  total in ${dir} (regular expressions, vocabulary words and phrases)`);
console.log(`${String(totals.named).padStart(7)}           of them named at a module's top level (const X = /…/)`);
