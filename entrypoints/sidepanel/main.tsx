import '../../components/theme.css';
import '../../components/pages.css';
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { ExtensionPageApp } from '../../components/ExtensionPageApp';
import { askActiveTabPerson } from '../../lib/extension/messages';
import { openPacket } from '../../lib/extension/open-packet';
import { RecertStore } from '../../lib/storage/store';

render(
  <ExtensionPageApp
    mode="sidepanel"
    store={new RecertStore()}
    tabPerson={askActiveTabPerson()}
    onOpenOptions={() => void browser.runtime.openOptionsPage()}
    onOpenPacket={openPacket}
  />,
  document.getElementById('app')!,
);
