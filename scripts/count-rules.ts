// Counts the readers' rules: regular-expression literals and `new RegExp(...)` calls in
// lib/readers, found by the TypeScript parser (not a grep, so strings and comments never count).
// Usage: npx tsx scripts/count-rules.ts [dir]   (prints per-file counts and the total)
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

const dir = process.argv[2] ?? 'lib/readers';

function countIn(source: string, fileName: string): number {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true);
  let count = 0;
  const visit = (node: ts.Node): void => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) count++;
    if (ts.isNewExpression(node) && node.expression.getText(file) === 'RegExp') count++;
    if (ts.isCallExpression(node) && node.expression.getText(file) === 'RegExp') count++;
    ts.forEachChild(node, visit);
  };
  visit(file);
  return count;
}

let total = 0;
const rows: [string, number][] = [];
for (const name of readdirSync(dir).filter((n) => n.endsWith('.ts')).sort()) {
  const n = countIn(readFileSync(join(dir, name), 'utf8'), name);
  total += n;
  if (n > 0) rows.push([name, n]);
}
for (const [name, n] of rows.sort((a, b) => b[1] - a[1])) console.log(`${String(n).padStart(4)}  ${name}`);
console.log(`${String(total).padStart(4)}  total regular expressions in ${dir}`);
