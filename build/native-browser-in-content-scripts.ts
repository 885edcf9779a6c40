// Content scripts get the browser's own extension API object instead of webextension-polyfill
// (2.7 kB gzip in each content script, a third of the eLicensing script's budget). They only
// use what both browsers offer natively and alike: runtime.getURL, runtime.id, storage.onChanged
// listeners; messaging goes through chrome.runtime directly (lib/extension/content-messenger.ts).
// Extension pages and the background keep the polyfill. Content scripts also get their own lean
// context (lib/extension/content-context.ts) in place of WXT's ContentScriptContext.
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const NATIVE = '\0recert-native-browser';
const WXT_CONTEXT = 'wxt/utils/content-script-context';
const LEAN_CONTEXT = fileURLToPath(new URL('../lib/extension/content-context.ts', import.meta.url));

export function nativeBrowserInContentScripts(): Plugin {
  let contentScript = false;
  return {
    name: 'recert:native-browser-in-content-scripts',
    enforce: 'pre',
    configResolved(config) {
      // WXT builds each content script alone, in library mode, from entrypoints/<name>.content.
      const entry = config.build.lib ? config.build.lib.entry : null;
      contentScript = JSON.stringify(entry ?? null).includes('.content');
    },
    resolveId(id) {
      if (!contentScript) return null;
      if (id === 'webextension-polyfill') return NATIVE;
      return id === WXT_CONTEXT ? LEAN_CONTEXT : null;
    },
    load(id) {
      if (id !== NATIVE) return null;
      return 'const api = globalThis.browser ?? globalThis.chrome;\nexport default api;\n';
    },
  };
}
