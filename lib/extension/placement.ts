// The in-page panel sits on the right edge unless the page's Submit button would be under it.
export const PANEL_WIDTH = 340;
export const PANEL_MARGIN = 12;

export type Side = 'right' | 'left';

export interface Box {
  left: number;
  right: number;
}

/** Right, unless the button overlaps the right column the panel would occupy. */
export function panelSide(button: Box | null, viewportWidth: number): Side {
  if (!button) return 'right';
  const panelLeft = viewportWidth - PANEL_WIDTH - PANEL_MARGIN;
  return button.right > panelLeft ? 'left' : 'right';
}
