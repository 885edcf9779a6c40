import '../../components/theme.css';
import '../../components/pages.css';
import '../../components/plan.css';
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { ExtensionPageApp } from '../../components/ExtensionPageApp';
import { askActiveTabPerson, backgroundReportSource } from '../../lib/extension/messages';
import { openPacket } from '../../lib/extension/open-packet';
import { recertMessenger } from '../../lib/extension/protocol';
import { hasBrowserSidePanel, openBrowserSidePanel } from '../../lib/extension/side-panel';

// Known before any click, so the click handler can call sidePanel.open() with no await first.
let windowId: number | undefined;
void browser.windows?.getCurrent().then((w) => (windowId = w.id));

const messenger = recertMessenger();
render(
  <ExtensionPageApp
    mode="popup"
    source={backgroundReportSource(messenger)}
    tabPerson={askActiveTabPerson(messenger)}
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
