import '../../components/theme.css';
import '../../components/pages.css';
import '../../components/plan.css';
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { ExtensionPageApp } from '../../components/ExtensionPageApp';
import { askActiveTabPerson, backgroundReportSource } from '../../lib/extension/messages';
import { openPacket } from '../../lib/extension/open-packet';
import { recertMessenger } from '../../lib/extension/protocol';

const messenger = recertMessenger();
render(
  <ExtensionPageApp
    mode="sidepanel"
    source={backgroundReportSource(messenger)}
    tabPerson={askActiveTabPerson(messenger)}
    onOpenOptions={() => void browser.runtime.openOptionsPage()}
    onOpenPacket={openPacket}
  />,
  document.getElementById('app')!,
);
