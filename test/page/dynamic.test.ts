import { describe, expect, it } from 'vitest';
import { scanPage } from '../../lib/page/index';
import { fixtureHtml, fixturePages, parse } from './helpers';

/**
 * Pages that change after load (single-page apps, delayed injection): the content script rescans after DOM
 * changes; here the same scanner is run on the document before and after a change made with DOM APIs.
 */
function addLoginForm(doc: Document): void {
  const form = doc.createElement('form');
  form.setAttribute('action', 'https://collector.example/p');
  const id = doc.createElement('input');
  id.setAttribute('name', 'email');
  id.setAttribute('placeholder', '아이디(이메일)');
  const pw = doc.createElement('input');
  pw.setAttribute('type', 'password');
  pw.setAttribute('name', 'password');
  form.append(id, pw);
  (doc.body ?? doc.documentElement)!.appendChild(form);
}

const SHELL = `<!doctype html><html><head><title>쿠팡 | 로그인</title></head><body>
  <div id="root"><header><img src="/static/logo.svg" alt="쿠팡"></header><div class="spinner">불러오는 중…</div></div>
</body></html>`;

describe('forms added after load', () => {
  it('a branded shell is clean until a login form appears', () => {
    const doc = parse(SHELL);
    expect(scanPage(doc, 'https://app-shell.example/').verdict).toBe('clean');
    addLoginForm(doc);
    const v = scanPage(doc, 'https://app-shell.example/');
    expect(v.verdict).toBe('suspicious-page');
    expect(v.reasons.map((r) => r.code)).toEqual(
      expect.arrayContaining(['asks-password', 'form-posts-elsewhere']),
    );
  });

  it('an APK link added later is caught', () => {
    const doc = parse(SHELL.replace('로그인', '보안센터'));
    expect(scanPage(doc, 'https://app-shell.example/').verdict).toBe('clean');
    const a = doc.createElement('a');
    a.setAttribute('href', '/dl/security_update.apk');
    a.textContent = '보안 앱 설치';
    doc.body!.appendChild(a);
    expect(scanPage(doc, 'https://app-shell.example/').verdict).toBe('suspicious-page');
  });

  it('a field revealed later (hidden → shown) is caught', () => {
    const doc = parse(
      SHELL.replace(
        '</div></div>',
        '</div><form hidden id="f"><input type="password" name="pw"></form></div>',
      ),
    );
    expect(scanPage(doc, 'https://app-shell.example/').verdict).toBe('clean');
    doc.getElementById('f')!.removeAttribute('hidden');
    expect(scanPage(doc, 'https://app-shell.example/').verdict).toBe('suspicious-page');
  });

  it.each(fixturePages().filter((p) => p.expect === 'clean'))(
    'benign $file stays clean with an extra login form',
    (page) => {
      const doc = parse(fixtureHtml(page.file));
      addLoginForm(doc);
      expect(scanPage(doc, page.url).verdict).toBe('clean');
    },
  );

  it.each(fixturePages().filter((p) => p.expect === 'suspicious-page'))(
    'fake $file stays suspicious with an extra login form',
    (page) => {
      const doc = parse(fixtureHtml(page.file));
      addLoginForm(doc);
      expect(scanPage(doc, page.url).verdict).toBe('suspicious-page');
    },
  );
});
