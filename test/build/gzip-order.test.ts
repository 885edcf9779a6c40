// build/terse-content-scripts.ts: the content scripts' function declarations put in the order gzip
// compresses best. Declarations are hoisted, so only their order may change: the same
// declarations, the rest of the script where it was, and the script runs the same.
import { describe, expect, it } from 'vitest';
import { gzipOrder } from '../../build/terse-content-scripts';

const fn = (name: string, body: string): string => `function ${name}(e){${body}}`;
const bodies = [
  'return e.toUpperCase()==="ROW"||e.toLowerCase()==="tr"',
  'return e.split("").map(t=>t+t).filter(Boolean).join(" ")',
  'return e.toUpperCase()==="CELL"||e.toLowerCase()==="td"',
  'return e.split("").map(t=>t+t+t).filter(Boolean).join(",")',
  'return e.toUpperCase()==="GRID"||e.toLowerCase()==="table"',
  'return e.split("").map(t=>t+t+t+t).filter(Boolean).join(";")',
];

function declarations(code: string): string[] {
  return (code.match(/function [a-z]\(e\)\{[^}]*\}/g) ?? []).sort();
}

describe('gzipOrder', () => {
  const functions = bodies.map((body, i) => fn('abcdef'[i]!, body));
  const rest = 'var z=[a,b,c,d,e,f];window.out=z.map(g=>String(g("td")));';
  const script = `!function(){${functions.join('')}${rest}}();`;

  it('moves only the declarations, and the script runs the same', async () => {
    const ordered = await gzipOrder(script);
    expect(declarations(ordered)).toEqual(declarations(script));
    expect(ordered.startsWith('!function(){function ')).toBe(true);
    expect(ordered.endsWith(`${rest}}();`)).toBe(true);
    expect(ordered.length).toBe(script.length);
    const run = (code: string): unknown => new Function('window', `${code}; return window.out;`)({});
    expect(run(ordered)).toEqual(run(script));
    expect(run(script)).toEqual(['false', 'tt dd', 'true', 'ttt,ddd', 'false', 'tttt;dddd']);
  });

  it('leaves other shapes as they are', async () => {
    const twice = `!function(){${functions.join('')}${fn('a', 'return 1')}${rest}}();`;
    for (const code of ['var x=1;', `(function(){${functions.join('')}})();`, `!function(){"use strict";${functions.join('')}${rest}}();`, twice]) {
      expect(await gzipOrder(code)).toBe(code);
    }
  });
});
