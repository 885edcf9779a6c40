// Badge and reminders. main stays synchronous: every listener is registered before any await.
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { notifyForAlarm, refreshBackground } from '../lib/extension/background-sync';
import { createPageService, PageService } from '../lib/extension/page-service';
import { RecertStore } from '../lib/storage/store';

export default defineBackground(() => {
  const store = new RecertStore();
  const refresh = () => void refreshBackground(store).catch((error) => console.error('[recert-copilot]', error));

  // Content scripts send what their page showed; this decides whose it is (by the sender's tab),
  // merges, saves and answers.
  const pages = new PageService(store);
  browser.runtime.onMessage.addListener(createPageService(store, undefined, undefined, pages));
  browser.tabs.onRemoved.addListener((tabId) => void pages.forgetTab(tabId));
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
