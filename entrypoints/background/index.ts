import { defineBackground } from 'wxt/utils/define-background';
import { setupRouter, onUiMessage } from './router';

// Thin wiring: each concern lives in its own module beside this file and is set up here.
export default defineBackground(() => {
  setupRouter();
  onUiMessage('ui:ping', () => ({ ok: true, version: '0' }));
});
