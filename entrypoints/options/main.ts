import { browser } from 'wxt/browser';

const app = document.getElementById('app');
if (app) {
  const h1 = document.createElement('h1');
  h1.textContent = browser.i18n.getMessage('extName');
  app.append(h1);
  void browser.runtime.sendMessage({ type: 'ui:ping' }).then((r: unknown) => {
    app.dataset.background = (r as { ok?: boolean } | null)?.ok ? 'ok' : 'down';
  });
}
