import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { nativeBrowserInContentScripts } from './build/native-browser-in-content-scripts';
import { terseContentScripts } from './build/terse-content-scripts';

// Only the two sites we read. Everything else the extension does stays in the browser.
import { ELICENSING_MATCHES, NREMT_MATCHES } from './lib/sites';

// `npm run bytes` (scripts/content-script-bytes.ts): a build with source maps and without terser's
// second pass (whose code the maps would not describe), in .output/bytes, to see which source
// files the content scripts' bytes come from.
const BYTES = process.env.RECERT_BYTES === '1';

export default defineConfig({
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  ...(BYTES ? { outDir: '.output/bytes' } : {}),
  vite: () => ({
    ...(BYTES ? { build: { sourcemap: true } } : {}),
    plugins: [preact(), nativeBrowserInContentScripts(), ...(BYTES ? [] : [terseContentScripts()])],
  }),
  manifest: ({ browser }) => ({
    name: 'Recert Copilot',
    description:
      'Massachusetts EMS recertification checklist: NREMT hours, the Submit Application reminder and Step B on eLicensing.',
    permissions: ['storage', 'alarms', 'notifications', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    host_permissions: [...NREMT_MATCHES, ...ELICENSING_MATCHES],
    // The in-page panel and the Step B strip are this extension page, framed into the two sites
    // (so the sites' scripts cannot read them); only those sites may frame it.
    web_accessible_resources: [
      { resources: ['page-ui.html', 'chunks/*', 'assets/*'], matches: [...NREMT_MATCHES, ...ELICENSING_MATCHES] },
    ],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'recert-copilot@example.org',
              // 140: the first Firefox that knows data_collection_permissions (web-ext lint warns below).
              strict_min_version: '140.0',
              // Firefox's built-in consent: this extension collects and transmits nothing.
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  // `npm run dev` opens Debian's Chromium (Chrome-branded builds ignore --load-extension);
  // without a display, set WXT_NO_BROWSER=1 and load .output/chrome-mv3-dev by hand.
  webExt: {
    disabled: process.env.WXT_NO_BROWSER === '1',
    binaries: { chrome: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' },
    chromiumArgs: ['--no-first-run', '--disable-background-networking', '--disable-component-update'],
  },
  zip: {
    excludeSources: ['test/**', 'bench/**', '.output/**', 'demo-screenshots/**', 'docs/**', '.bench-tmp/**'],
  },
});
