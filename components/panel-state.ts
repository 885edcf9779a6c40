// The in-page panel's states: reading the page, showing a report, or saying why it could not read.
export type PanelState = 'loading' | 'ready' | 'unread';
