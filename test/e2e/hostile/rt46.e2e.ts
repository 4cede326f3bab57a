import { readFileSync } from 'node:fs';
import { beforeAll, expect, test } from 'vitest';
import { forEachBrowser, type Session } from '../harness';
import { startReady } from '../page-helpers';
import { KEYLOGGER, first, honestTypes, js, stolen, victimTypes } from './kit';

/**
 * Red team 46's own two, against the newest defences, by the page's own script:
 * - sq (against this round's fix of sp, the tab's silent frames read at a sub-frame's ask, and red team 45's pending
 *   claim): red team 45's sp — the claim only as a picture in a sibling frame of another origin, the password box in
 *   a frame of its own — with a text box of no use in the picture's frame, which opens its gate: it is brought its
 *   scorer, scanned and reports a verdict of no claim before any box is touched, so it is no silent frame.
 * - dl (against the late looks, which now read the drawn boxes again: dh): red team 45's dh with the placeholder
 *   painted 4.6 s after the load, between two late looks (1, 2, 4, 8 s after the first scan), and blanked when the
 *   pointer comes over the box.
 * Honest twins: the bakery's picture in a sibling frame with a box of its own (hsq); a memo box drawn late on a page
 * naming the brand (hdl).
 */
const doc = (title: string, body: string) =>
  first(
    `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`,
    KEYLOGGER,
  );

/** a box drawn on a canvas, its placeholder painted `at` ms after the load, blanked when the pointer comes over it */
const lateBox = (id: string, placeholder: string, mask: boolean, at: number) =>
  `<div id="${id}" tabindex="0" style="border:1px solid #bbb;width:322px;height:46px;margin:6px 0"><canvas width="320" height="44"></canvas></div>
<script>(function () { var el = document.getElementById(${js(id)}), g = el.firstChild.getContext('2d'), t = '', shown = false;
function paint() { g.clearRect(0, 0, 320, 44);
  if (t) { g.font = '17px sans-serif'; g.fillStyle = '#000'; g.fillText(${mask} ? t.replace(/./g, '\\u25cf') : t, 10, 29); return; }
  if (!shown) return; g.font = '17px sans-serif'; g.fillStyle = '#999'; g.fillText(${js(placeholder)}, 10, 29); }
setTimeout(function () { shown = true; paint(); }, ${at});
el.addEventListener('pointerover', function () { shown = false; paint(); });
el.addEventListener('keydown', function (e) { if (e.key.length === 1) { t += e.key; steal('kept', t); paint(); e.preventDefault(); } });
})();</script>`;

const KITS: Record<string, [html: string, box: string]> = {
  dl: [
    doc(
      '로그인',
      `<header style="font:bold 30px Arial;color:#e52528">coupang</header><p>새 기기에서 접속이 확인되었습니다. 다시 로그인해 주세요.</p>` +
        lateBox('pw', '비밀번호', true, 4600) +
        '<button style="width:324px;padding:12px">로그인</button>',
    ),
    '#pw',
  ],
};
const HONEST: Record<string, [html: string, box: string]> = {
  hdl: [
    doc(
      '장보기 메모',
      `<h1>장보기 메모</h1><p>쿠팡, 마트, 시장에서 살 것을 한곳에 적어 두세요. 메모는 이 기기에만 저장됩니다.</p>` +
        lateBox('memo', '살 것을 적어 주세요', false, 4600),
    ),
    '#memo',
  ],
};
/**
 * Won and left, with the reason (docs/threat-model.md, red team 46). dl, left by red team 46, holds since red team 47:
 * the drawn boxes are read at the reading's own pace until they say what they take (lib/page/drawn-box.ts drawnWatcher)
 */
const LEFT: Record<string, string> = {};

const fixture = (p: string) => readFileSync(new URL(`../../fixtures/${p}`, import.meta.url));
const PNG = fixture('images/rt40-pixels-login.png');
const BAKERY = fixture('images/rt41-bakery-login.png');

forEachBrowser(
  'hostile page: red team 46, a picture frame that speaks first, words drawn between two looks',
  (ctx) => {
    let s: Session;
    beforeAll(async () => {
      s = await startReady(ctx);
    });

    for (const [name, [html, box]] of Object.entries(KITS))
      test.skipIf(name in LEFT)(`${name}: warned before the page gets a key`, async () => {
        const host = `rt46-${name}.example.test`;
        ctx.server.page(host, '/p', html);
        const tab = await s.newTab(ctx.server.url(host, '/p'));
        await tab.bringToFront();
        const { got, warned } = await victimTypes(s, ctx.server, tab, host, box);
        expect({ got, warned, kept: stolen(ctx.server, host, 'kept').length }).toEqual({
          got: 0,
          warned: true,
          kept: 0,
        });
      });

    for (const [name, [html, box]] of Object.entries(HONEST))
      test(`${name}: honest, its keys reach it and no warning comes`, async () => {
        const host = `rt46-${name}.example.test`;
        ctx.server.page(host, '/p', html);
        const tab = await s.newTab(ctx.server.url(host, '/p'));
        await tab.bringToFront();
        const { got, warned } = await victimTypes(s, ctx.server, tab, host, box);
        expect(warned).toBe(false);
        expect(got).toBeGreaterThan(0);
        expect(stolen(ctx.server, host, 'kept').length).toBeGreaterThan(0);
      });

    /** the top page: a sibling frame showing `pic` and a text box of no use, and the box's frame (a password box, no word) */
    const siblings = (name: string, pic: Buffer) => {
      const host = `rt46-${name}.example.test`;
      const picHost = `rt46-${name}-pic.example.test`;
      const boxHost = `rt46-${name}-box.example.test`;
      ctx.server.page(picHost, '/i/p.png', pic, 'image/png');
      ctx.server.page(
        picHost,
        '/c',
        '<!doctype html><html><head><meta charset="utf-8"><title></title></head><body style="margin:0"><img src="/i/p.png" width="360" height="300"><input style="position:absolute;left:0;top:0;width:1px;height:1px;opacity:0;border:0"></body></html>',
      );
      ctx.server.page(
        boxHost,
        '/f',
        first(
          '<!doctype html><html><head><meta charset="utf-8"><title></title></head><body style="margin:0"><input id="pw" type="password" style="width:316px;height:36px;box-sizing:border-box"></body></html>',
          KEYLOGGER,
        ),
      );
      ctx.server.page(
        host,
        '/p',
        `<!doctype html><html><head><meta charset="utf-8"><title></title></head><body style="margin:0">
<iframe src=${js(ctx.server.url(picHost, '/c'))} style="display:block;width:360px;height:300px;border:0"></iframe>
<iframe id="box" src=${js(ctx.server.url(boxHost, '/f'))} style="display:block;width:340px;height:40px;border:0"></iframe></body></html>`,
      );
      return { host, boxHost };
    };

    test.skipIf('sq' in LEFT)('sq: the picture frame speaks first: no key reaches the kit', async () => {
      const { host, boxHost } = siblings('sq', PNG);
      const tab = await s.newTab(ctx.server.url(host, '/p'));
      await tab.bringToFront();
      const { got, warned } = await victimTypes(s, ctx.server, tab, boxHost, '#box');
      expect({ got, warned }).toEqual({ got: 0, warned: true });
    });

    test('hsq: honest, the bakery picture and a box in a sibling frame: stays clean and takes the typing', async () => {
      const { host, boxHost } = siblings('hsq', BAKERY);
      const tab = await s.newTab(ctx.server.url(host, '/p'));
      await tab.bringToFront();
      // (the box's value, not the keydowns its page heard: keys held while the frames are judged come back as text)
      expect(await honestTypes(s, ctx.server, tab, boxHost, '#box')).toEqual({
        value: 'hunter2',
        warned: false,
      });
    });
  },
);
