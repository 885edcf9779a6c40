// Content-script side: the in-page panel sits beside the page, not over it. While the panel is
// open the page's root gets a margin as wide as the panel, so the page reflows into the rest of
// the window and its right-hand columns (approval numbers, Remove links) stay in view. Restored
// exactly when the panel collapses or the script goes away.
import { PANEL_MARGIN, PANEL_WIDTH, type Side } from './placement';

/** Narrower windows keep the whole width for the page: the panel overlays and can be hidden. */
export const MIN_DOCK_VIEWPORT = 760;
export const DOCK_ATTR = 'data-recert-copilot-docked';

export interface Dock {
  /** Reserves the panel's column on `side` (or none); idempotent. */
  set(side: Side | null): void;
  restore(): void;
}

export function pageDock(doc: Document): Dock {
  const root = doc.documentElement;
  let saved: { property: string; value: string; priority: string } | null = null;
  const restore = () => {
    if (!saved) return;
    root.style.removeProperty(saved.property);
    if (saved.value) root.style.setProperty(saved.property, saved.value, saved.priority);
    root.removeAttribute(DOCK_ATTR);
    saved = null;
  };
  return {
    set(side) {
      const property = side === 'left' ? 'margin-left' : 'margin-right';
      if (side === null) return restore();
      if (saved?.property === property) return;
      restore();
      saved = { property, value: root.style.getPropertyValue(property), priority: root.style.getPropertyPriority(property) };
      // !important: the page's own stylesheet must not pull its content back under the panel.
      root.style.setProperty(property, `${PANEL_WIDTH + 2 * PANEL_MARGIN}px`, 'important');
      root.setAttribute(DOCK_ATTR, side);
    },
    restore,
  };
}

/** The column to reserve: the panel's side while it is open in a wide enough window. */
export function dockSide(collapsed: boolean, side: Side, viewportWidth: number): Side | null {
  return !collapsed && viewportWidth >= MIN_DOCK_VIEWPORT ? side : null;
}
