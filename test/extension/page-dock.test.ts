import { describe, expect, it } from 'vitest';
import { DOCK_ATTR, dockSide, MIN_DOCK_VIEWPORT, pageDock } from '../../lib/extension/page-dock';

describe('docking the panel beside the page', () => {
  it('reserves the panel column while open and restores the page\'s own margin exactly', () => {
    const doc = document.implementation.createHTMLDocument('x');
    doc.documentElement.style.setProperty('margin-right', '5px');
    const dock = pageDock(doc);
    dock.set('right');
    expect(doc.documentElement.style.getPropertyValue('margin-right')).toBe('364px');
    expect(doc.documentElement.style.getPropertyPriority('margin-right')).toBe('important');
    expect(doc.documentElement.getAttribute(DOCK_ATTR)).toBe('right');
    dock.set('left');
    expect(doc.documentElement.style.getPropertyValue('margin-right')).toBe('5px');
    expect(doc.documentElement.style.getPropertyValue('margin-left')).toBe('364px');
    dock.set(null);
    expect(doc.documentElement.style.getPropertyValue('margin-left')).toBe('');
    expect(doc.documentElement.style.getPropertyValue('margin-right')).toBe('5px');
    expect(doc.documentElement.hasAttribute(DOCK_ATTR)).toBe(false);
  });

  it('only while open, and only in a window wide enough to share', () => {
    expect(dockSide(false, 'right', 1280)).toBe('right');
    expect(dockSide(true, 'right', 1280)).toBeNull();
    expect(dockSide(false, 'left', MIN_DOCK_VIEWPORT - 1)).toBeNull();
  });
});
