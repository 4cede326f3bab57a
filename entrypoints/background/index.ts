import { defineBackground } from 'wxt/utils/define-background';
import { setupRouter, onUiMessage } from './router';
import { setupSettings } from './settings';
import { setupReports } from './reports';

// Thin wiring: each concern lives in its own module beside this file and is set up here.
export default defineBackground(() => {
  setupRouter();
  setupSettings();
  setupReports();
  onUiMessage('ui:ping', () => ({ ok: true, version: '0' }));
});
