import { defineBackground } from 'wxt/utils/define-background';

export default defineBackground(() => {
  // Listeners are registered here in later work; the background must stay synchronous.
});
