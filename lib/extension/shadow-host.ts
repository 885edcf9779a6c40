// Our own element on a site's page: a custom-named host with an open shadow root holding our
// styles and a container, so the site's CSS cannot reach in and ours cannot leak out.
// (WXT's createShadowRootUi does the same with more machinery; this keeps the eLicensing
// content script inside its size budget.)

export interface ShadowHost {
  host: HTMLElement;
  container: HTMLElement;
  remove(): void;
}

export function attachShadowHost(
  doc: Document,
  name: string,
  css: string,
  place: 'first' | 'last',
): ShadowHost {
  const host = doc.createElement(name);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = css;
  const container = doc.createElement('div');
  shadow.append(style, container);
  const parent = doc.body ?? doc.documentElement;
  if (place === 'first') parent.prepend(host);
  else parent.append(host);
  return { host, container, remove: () => host.remove() };
}
