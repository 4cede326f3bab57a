import { beforeAll } from 'vitest';
import { forEachBrowser, type Session } from '../harness';
import { startReady } from '../page-helpers';
import { testKitsWarned, testLeftAlone } from './kit';

/**
 * Kits written against page32rt's readings (red team 30's classes, written apart from its kits): the brand's only
 * name is drawn where a <style>'s text or an <img> does not hold it, and the page's own script does the drawing.
 * - a login whose script inserts the logo's rule into an empty <style> with `sheet.insertRule` (no text holds it);
 * - a refund form whose marker draws the name (`list-style: inside "쿠팡"`), the rule inserted by script as well;
 * - a call-back page whose only name is a data: SVG on a <video>'s poster, and no field (the gate must read it).
 * The honest twin: a café's page that draws its own name the same ways, with its own login.
 */
const svg = (word: string) =>
  `data:image/svg+xml;utf8,${encodeURIComponent(`<svg xmlns="http://www.w3.org/2000/svg" width="160" height="40"><text x="2" y="30" font-size="28">${word}</text></svg>`)}`;
const insert = (rule: string) =>
  `<script>document.getElementById('s').sheet.insertRule(${JSON.stringify(rule)}, 0);</script>`;

const INSERTED = `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>회원 로그인</title><style id="s"></style>
</head><body><div class="lg"></div><h2>로그인</h2><p>보안 점검을 위해 다시 로그인해 주세요.</p>
<form><label>아이디<input name="id"></label><label>비밀번호<input type="password" name="pw"></label><button>로그인</button></form>
${insert('.lg::before{content:"\\CFE0\\D321";font-weight:800;color:#346aff}')}</body></html>`;

const MARKER = `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>환불 신청</title><style id="s"></style>
</head><body><ul class="lg"><li></li></ul><h2>중복 결제 환불 신청</h2><p>결제하신 카드 정보를 입력하시면 환불해 드립니다.</p>
<form><label>카드번호<input name="cn"></label><label>유효기간<input name="exp"></label><label>CVC<input name="cvc"></label><button>환불 신청</button></form>
${insert('ul.lg{list-style:inside "\\CFE0\\D321"}')}</body></html>`;

const POSTER = `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>결제 승인 안내</title></head>
<body><video poster="${svg('쿠팡')}" width="160" height="40"></video><h2>해외 결제 승인 안내</h2>
<p>본인이 결제하지 않았다면 즉시 취소 전담센터로 전화해 주세요.</p><a href="tel:07044561230">☎ 070-4456-1230</a></body></html>`;

const HONEST = `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>회원 로그인</title><style id="s"></style>
<style>q{quotes:"「" "」"}</style></head><body><video poster="${svg('달빛카페')}" width="160" height="40"></video>
<ul class="lg"><li></li></ul><q>오늘의 원두</q><h2>로그인</h2>
<form><label>아이디<input name="id"></label><label>비밀번호<input type="password" name="pw"></label><button>로그인</button></form>
${insert('ul.lg{list-style:inside "\\B2EC\\BE5B\\CE74\\D398"}')}</body></html>`;

forEachBrowser('hostile page: the name drawn by inserted rules, list markers or a poster', (ctx) => {
  let s: Session;
  beforeAll(async () => {
    s = await startReady(ctx);
  });

  testKitsWarned(ctx, () => s, [
    [
      'a logo rule its script inserts into an empty <style>',
      'member-recheck.example.test',
      INSERTED,
      'asks-password',
    ],
    [
      'a list marker that draws the name, inserted by script',
      'refund-desk.example.test',
      MARKER,
      'asks-card',
    ],
    [
      "a data: SVG on a video's poster, a number to call",
      'cancel-call.example.test',
      POSTER,
      'callback-lure',
    ],
  ]);

  testLeftAlone(
    ctx,
    () => s,
    'a café that draws its own name the same ways, with its own login, is left alone',
    'dalbit.example.test',
    '/login',
    HONEST,
  );
});
