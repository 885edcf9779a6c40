// Content scripts get the browser's own extension API object instead of webextension-polyfill
// (2.7 kB gzip in each content script, a third of the eLicensing script's budget). They only
// use what both browsers offer natively and alike: runtime.getURL, runtime.id, storage.onChanged
// listeners; messaging goes through chrome.runtime directly (@webext-core/messaging). Extension
// pages and the background keep the polyfill.
import type { Plugin } from 'vite';

const NATIVE = '\0recert-native-browser';

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
      return contentScript && id === 'webextension-polyfill' ? NATIVE : null;
    },
    load(id) {
      if (id !== NATIVE) return null;
      return 'const api = globalThis.browser ?? globalThis.chrome;\nexport default api;\n';
    },
  };
}
