// The content scripts are what a provider's tab loads and compiles on every NREMT and eLicensing
// page (their size budgets: docs/performance.md), so their built code gets a second, closer
// minification: terser's safe compression (several passes) over what the bundler's minifier
// made. About 0.45 kB gzip of nremt.js and 0.25 kB of elicensing.js. Terser's defaults, and one
// `unsafe` option that is safe here: `unsafe_arrows` writes a function expression that uses no
// `this` or `arguments` as an arrow, which differs only for a function built with `new` or given
// a prototype (these scripts do neither; their classes are classes): ~45 B of nremt.js, ~16 B of
// elicensing.js; `unsafe_methods` writes an object's function-valued property as a method, which
// differs only for one called with `new` (none is): ~1 B and ~5 B. Four passes rather than three:
// ~8 B of nremt.js. Extension pages and the background are left as the bundler makes them.
// Statements are kept apart rather than joined by commas, and function declarations are hoisted
// to the top of their scope (where JavaScript puts them anyway): gzip finds more repeats (~450 B).
// Then those declarations are put in the order that gzip compresses best (see gzipOrder).
import { deflateRawSync, gzipSync } from 'node:zlib';
import { minify, type FormatOptions } from 'terser';
import type { Plugin } from 'vite';

export function terseContentScripts(): Plugin {
  let contentScript = false;
  return {
    name: 'recert:terse-content-scripts',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      // WXT builds each content script alone, in library mode, from entrypoints/<name>.content.
      const entry = config.build.lib ? config.build.lib.entry : null;
      contentScript = JSON.stringify(entry ?? null).includes('.content') && config.build.minify !== false;
    },
    async generateBundle(_options, bundle) {
      if (!contentScript) return;
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        // A source-mapped build (the bench's analyze build): terser maps its output through the
        // bundler's map, and the declarations keep their place (reordering would void the map).
        const mapAsset = bundle[`${chunk.fileName}.map`];
        const sourceMap = mapAsset?.type === 'asset' && chunk.map ? { sourceMap: { content: JSON.stringify(chunk.map), asObject: true } } : {};
        const result = await minify(chunk.code, { ecma: 2020, compress: { passes: 4, sequences: false, hoist_funs: true, unsafe_arrows: true, unsafe_methods: true }, mangle: true, format: { comments: false }, ...sourceMap });
        if (!result.code) continue;
        if (mapAsset?.type === 'asset' && result.map) {
          chunk.code = result.code;
          mapAsset.source = JSON.stringify(result.map);
        } else chunk.code = await gzipOrder(result.code);
      }
    },
  };
}

/** What terser's AST gives of a statement: its kind and where it stands in the code. */
interface Statement {
  TYPE: string;
  start: { pos: number };
  /** Its last token (a declaration's closing brace). */
  end: { pos: number; value: unknown };
}

/** How far back deflate looks for repeats: its whole window (32 KiB), given to it as a dictionary. */
const WINDOW = 32768;

/**
 * The script (`!function(){…}();`) with the function declarations at the top of its scope in the
 * order gzip compresses best: each next the one whose code the code just before it compresses
 * best (deflate's cost per character with the last 32 KiB written as its dictionary, which is
 * what gzip sees there; greedily). Declarations are hoisted whatever their order,
 * so the script runs the same; nothing else moves, and nothing inside a function. The code as it
 * was when it is not that shape, a name is declared twice, or the order gains nothing.
 */
export async function gzipOrder(code: string): Promise<string> {
  // Parsed only (terser's types do not name its `ast` output).
  const parsed = (await minify(code, { compress: false, mangle: false, format: { ast: true, code: false } as FormatOptions })) as { ast?: unknown };
  const body = wrapperBody(parsed.ast);
  if (!body) return code;
  const count = body.findIndex((statement) => statement.TYPE !== 'Defun');
  const functions = body.slice(0, count < 0 ? body.length : count) as Array<Statement & { name?: { name?: string } }>;
  const names = new Set(functions.map((fn) => fn.name?.name));
  if (functions.length < 3 || names.size !== functions.length || names.has(undefined)) return code;
  const endOf = (fn: Statement): number => fn.end.pos + String(fn.end.value).length;
  const texts = functions.map((fn) => code.slice(fn.start.pos, endOf(fn)));
  const from = functions[0]!.start.pos;
  const to = endOf(functions.at(-1)!);
  // Only whole declarations side by side, nothing between them (terser writes none).
  if (texts.join('').length !== to - from || !texts.every((text) => /^(?:async\s*)?function[\s*]/.test(text) && text.endsWith('}'))) return code;
  const left = texts.slice(1);
  let written = texts[0]!;
  const order = [written];
  while (left.length > 0) {
    // The text gzip's window holds when this next declaration is written.
    const dictionary = Buffer.from(written.slice(-WINDOW));
    let best = 0;
    let bestCost = Infinity;
    left.forEach((text, i) => {
      const cost = deflateRawSync(text, { level: 9, dictionary }).length / text.length;
      if (cost < bestCost) [best, bestCost] = [i, cost];
    });
    const [next] = left.splice(best, 1);
    order.push(next!);
    written += next;
  }
  const ordered = code.slice(0, from) + order.join('') + code.slice(to);
  const gzip = (text: string): number => gzipSync(text, { level: 9 }).length;
  return gzip(ordered) < gzip(code) ? ordered : code;
}

/** The statements of the function a `!function(){…}()` script runs, or null. */
function wrapperBody(ast: unknown): Statement[] | null {
  const top = ast as { body?: Array<{ TYPE: string; body?: { TYPE: string; operator?: string; expression?: { TYPE: string; args?: unknown[]; expression?: { TYPE: string; body?: Statement[] } } } }> };
  const [statement] = top.body ?? [];
  if (top.body?.length !== 1 || statement?.TYPE !== 'SimpleStatement') return null;
  const not = statement.body;
  if (not?.TYPE !== 'UnaryPrefix' || not.operator !== '!') return null;
  const call = not.expression;
  if (call?.TYPE !== 'Call' || call.args?.length !== 0) return null;
  const fn = call.expression;
  return fn?.TYPE === 'Function' && Array.isArray(fn.body) ? fn.body : null;
}
