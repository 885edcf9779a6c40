// Badge and reminders. main stays synchronous: every listener is registered before any await.
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { notifyForAlarm, refreshBackground } from '../lib/extension/background-sync';
import { createPageService, serveMessages } from '../lib/extension/page-service';
import { recertMessenger } from '../lib/extension/protocol';
import { RecertStore } from '../lib/storage/store';

export default defineBackground(() => {
  const store = new RecertStore();
  const refresh = () => void refreshBackground(store).catch((error) => console.error('[recert-copilot]', error));

  // Every view asks here: content scripts send what their page showed (routed, merged, saved),
  // the popup and side panel ask for the report. Only the background runs the engine.
  // Whose a page is is decided by the sender's tab (and the tab it was opened from).
  const service = createPageService(store);
  serveMessages(recertMessenger(), service);
  browser.tabs.onRemoved.addListener((tabId) => void service.forgetTab(tabId));
  browser.alarms.onAlarm.addListener((alarm) => {
    void notifyForAlarm(store, alarm.name);
  });
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'local') refresh();
  });
  browser.runtime.onStartup.addListener(refresh);
  browser.runtime.onInstalled.addListener(refresh);
  refresh();
});
