import { defineBackground } from 'wxt/utils/define-background';
import { setupRouter, onUiMessage } from './router';
import { setupSettings } from './settings';
import { setupLists } from './lists';
import { setupReports } from './reports';
import { setupNavigation } from './navigation';
import { setupUiMessages } from './ui-messages';
import { setupPageWarnings } from './page-warnings';
import { setupScannerInjection } from './scanner';
import { setupMessageCheck } from './message-check';
import { setupPdfReading } from './pdf';
import { setupPictureFetch } from './pictures';

// Thin wiring: each concern lives in its own module beside this file and is set up here.
export default defineBackground(() => {
  setupRouter();
  setupSettings();
  setupLists();
  setupReports();
  setupNavigation();
  setupUiMessages();
  setupPageWarnings();
  setupScannerInjection();
  setupMessageCheck();
  setupPdfReading();
  setupPictureFetch();
  onUiMessage('ui:ping', () => ({ ok: true, version: '0' }));
});
