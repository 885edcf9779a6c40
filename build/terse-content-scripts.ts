// The content scripts are what a provider's tab loads and compiles on every NREMT and eLicensing
// page (their size budgets: docs/performance.md), so their built code gets a second, closer
// minification: terser's safe compression (several passes) over what the bundler's minifier
// made. About 0.45 kB gzip of nremt.js and 0.25 kB of elicensing.js. Only terser's defaults
// (no `unsafe` options); extension pages and the background are left as the bundler makes them.
// Statements are kept apart rather than joined by commas, and function declarations are hoisted
// to the top of their scope (where JavaScript puts them anyway): gzip finds more repeats (~450 B).
import { minify } from 'terser';
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
        const result = await minify(chunk.code, { ecma: 2020, compress: { passes: 3, sequences: false, hoist_funs: true }, mangle: true, format: { comments: false } });
        if (result.code) chunk.code = result.code;
      }
    },
  };
}
