// Opens the browser's side panel from a click. Chrome needs sidePanel.open() called synchronously
// in the user gesture (no await before it); Firefox uses sidebarAction. Replaceable in tests:
// fakeBrowser has neither API.
import { browser } from 'wxt/browser';

interface PanelApis {
  sidePanel?: { open(options: { windowId: number }): Promise<void> };
  sidebarAction?: { open(): Promise<void> };
}

export function openBrowserSidePanel(windowId: number | undefined, apis: PanelApis = browser as unknown as PanelApis): Promise<void> {
  if (apis.sidePanel && windowId != null) return apis.sidePanel.open({ windowId });
  if (apis.sidebarAction) return apis.sidebarAction.open();
  return Promise.reject(new Error('This browser has no side panel.'));
}

export function hasBrowserSidePanel(apis: PanelApis = browser as unknown as PanelApis): boolean {
  return !!(apis.sidePanel || apis.sidebarAction);
}
