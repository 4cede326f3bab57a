import { beforeAll, expect, test } from 'vitest';
import { forEachBrowser, type Session } from '../harness';
import { expectNoWarningFor, startReady } from '../page-helpers';
import { expectPageWarning } from './kit';

/**
 * Kits that want money or keys, not a secret typed into a box (issue #11, author J's classes), against a guard
 * that waits for a sensitive field. Each page's own script plays it: a recruiter's chat types its lines in one
 * by one, the last naming the account for the "training fee"; a Partners "API key re-check" builds its boxes
 * after a delay. No field asks for a card, a resident number or an account; the money and the keys are the
 * ask. The honest twins are played the same way: a workshop's order chat that gives its own account for the
 * price, and a seller tool that builds its key boxes under its own name and never asks for the password.
 */
const typeIn = (lines: string[]) =>
  `${JSON.stringify(lines)}.forEach(function (t, i) {
  setTimeout(function () {
    var p = document.createElement('p');
    p.className = 'msg';
    p.textContent = t;
    document.getElementById('log').appendChild(p);
  }, 500 + 700 * i);
});`;

const chat = (title: string, lines: string[]) =>
  `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>${title}</title></head><body>
<div id="log"></div><script>${typeIn(lines)}</script></body></html>`;

const RECRUITER = chat('인사팀', [
  '[쿠팡 인사팀] 재택 CS 상담원 합격을 축하드립니다.',
  '교육 자료 발송을 위해 교육비 49,000원을 먼저 입금해 주세요.',
  '입금 계좌: 국민 620-27-0449113 (교육센터)',
]);

const WORKSHOP = chat('주문 상담 | 누리공방', [
  '누리공방 주문 상담입니다. 쿠팡보다 조금 늦지만 직접 만들어 보내 드려요.',
  '결제금액 42,000원은 아래 계좌로 입금해 주세요. 송금 수수료는 고객 부담입니다.',
  '입금 계좌: 농협 301-4412-0089-11 (예금주 누리공방)',
]).replace('<div id="log">', '<header>누리공방</header><div id="log">');

const keyBoxes = (boxes: string) =>
  `setTimeout(function () { document.getElementById('f').innerHTML = ${JSON.stringify(boxes)}; }, 1200);`;

const RECHECK = `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>API</title></head><body>
<h2>&#53216;&#54049; 파트너스 Open API</h2><h1>API 키 재검증</h1><p>보안 사고 후속 조치로 기존 키를 검증합니다.</p>
<div id="f"></div><script>${keyBoxes(
  '<input placeholder="Access Key"><input placeholder="Secret Key"><input placeholder="아이디">' +
    '<input type="password" placeholder="비밀번호"><button>검증</button>',
)}</script></body></html>`;

const CONNECT = `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>쿠팡 연동 설정 - 셀러허브</title></head><body>
<header>셀러허브</header><h2>쿠팡 윙 연동</h2><p>쿠팡 WING &gt; 추가판매정보 &gt; OPEN API 키 발급 후 입력하세요. 셀러허브는 Wing 비밀번호를 요구하지 않습니다.</p>
<div id="f"></div><script>${keyBoxes(
  '<input placeholder="업체코드 (Vendor ID)"><input placeholder="Access Key"><input type="password" placeholder="Secret Key">' +
    '<button>연동 테스트</button>',
)}</script></body></html>`;

forEachBrowser('hostile page: money or keys first, no secret box', (ctx) => {
  let s: Session;

  beforeAll(async () => {
    s = await startReady(ctx);
  });

  test("a recruiter's chat typed in line by line that wants a fee into an account is warned", async () => {
    const host = 'hr-consult.example.test';
    ctx.server.page(host, '/c', RECRUITER);
    const tab = await s.newTab(ctx.server.url(host, '/c'));
    await tab.bringToFront();
    const w = await expectPageWarning(s, tab, 20_000);
    expect(w.kind).toBe('suspicious-page');
    expect(w.state?.page?.reasons.map((r) => r.code)).toContain('transfer-lure');
    // the account the page named is never shown back
    const text = await tab.evaluate(() => document.body.textContent ?? '');
    expect(text.replace(/\D/g, '')).not.toContain('620270449113');
    await tab.close();
  });

  test("a workshop's order chat that gives its own account for the price is left alone", async () => {
    const host = 'nuri-craft.example.test';
    ctx.server.page(host, '/order', WORKSHOP);
    const tab = await s.newTab(ctx.server.url(host, '/order'));
    await expectNoWarningFor(tab, 4_000);
    await tab.close();
  });

  test("a Partners 'API key re-check' whose key and password boxes come late is warned", async () => {
    const host = 'api-verify.example.test';
    ctx.server.page(host, '/k', RECHECK);
    const tab = await s.newTab(ctx.server.url(host, '/k'));
    await tab.bringToFront();
    const w = await expectPageWarning(s, tab, 20_000);
    expect(w.kind).toBe('suspicious-page');
    expect(w.state?.page?.reasons.map((r) => r.code)).toContain('brand-account-ask');
    await tab.close();
  });

  test('a seller tool that builds its key boxes under its own name, no password, is left alone', async () => {
    const host = 'sellerhub.example.test';
    ctx.server.page(host, '/connect', CONNECT);
    const tab = await s.newTab(ctx.server.url(host, '/connect'));
    await expectNoWarningFor(tab, 4_000);
    await tab.close();
  });
});
