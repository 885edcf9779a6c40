import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Only the two sites we read. Everything else the extension does stays in the browser.
import { ELICENSING_MATCHES, NREMT_MATCHES } from './lib/sites';

export default defineConfig({
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: 'Recert Copilot',
    description:
      'Massachusetts EMS recertification checklist: NREMT hours, the Submit Application reminder and Step B on eLicensing.',
    permissions: ['storage', 'alarms', 'notifications', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    host_permissions: [...NREMT_MATCHES, ...ELICENSING_MATCHES],
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
  zip: {
    excludeSources: ['test/**', 'bench/**', '.output/**', 'demo-screenshots/**', 'docs/**', '.bench-tmp/**'],
  },
});
