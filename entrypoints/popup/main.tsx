import '../../components/theme.css';
import '../../components/pages.css';
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { ExtensionPageApp } from '../../components/ExtensionPageApp';
import { askActiveTabPerson } from '../../lib/extension/messages';
import { hasBrowserSidePanel, openBrowserSidePanel } from '../../lib/extension/side-panel';
import { openPacket } from '../../lib/extension/open-packet';
import { RecertStore } from '../../lib/storage/store';

// Known before any click, so the click handler can call sidePanel.open() with no await first.
let windowId: number | undefined;
void browser.windows?.getCurrent().then((w) => (windowId = w.id));

render(
  <ExtensionPageApp
    mode="popup"
    store={new RecertStore()}
    tabPerson={askActiveTabPerson()}
    onOpenSidePanel={
      hasBrowserSidePanel()
        ? () => {
            openBrowserSidePanel(windowId).then(() => window.close(), (error) => console.error(error));
          }
        : undefined
    }
    onOpenOptions={() => void browser.runtime.openOptionsPage()}
    onOpenPacket={openPacket}
  />,
  document.getElementById('app')!,
);
