// Opens the audit packet page in a new tab for one person (the page reads storage itself).
import { browser } from 'wxt/browser';

export function packetUrl(personKey: string): string {
  return `${browser.runtime.getURL('/packet.html')}?person=${encodeURIComponent(personKey)}`;
}

export function openPacket(personKey: string): void {
  void browser.tabs.create({ url: packetUrl(personKey) });
}
