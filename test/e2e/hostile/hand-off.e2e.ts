import { beforeAll } from 'vitest';
import { forEachBrowser, type Session } from '../harness';
import { startReady } from '../page-helpers';
import { testKitsWarned, testLeftAlone } from './kit';

/**
 * Kits of page31's classes whose lure the page's own script writes after load, so that the markup served holds
 * none of it:
 * - an iPhone "safe DNS" profile whose link the script adds late, its MIME type assembled from pieces (no
 *   "aspen-config" anywhere in the served page);
 * - a payout looked up by a Telegram bot, the sentence and the bot's link decoded from base64 late;
 * - a locker notice whose code to scan and its next step are written in late;
 * and the honest twins: a victims' group whose open chat ("정보 공유방") is added late, and a locker company's help
 * page whose QR instructions arrive late under its own name.
 */
const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');
const late = (id: string, html: string) =>
  `<script>setTimeout(function(){document.getElementById('${id}').innerHTML=decodeURIComponent(escape(atob('${b64(html)}')));},500);</script>`;

const PROFILE = `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>안심 설정</title></head>
<body><div class="logo">쿠팡</div><h1>안심 DNS 설정</h1><p>가짜 사이트 접속을 막아 주는 프로필입니다. iPhone에서 설치하세요.</p><div id="d"></div>
<script>
setTimeout(function(){
  var a=document.createElement('a');a.textContent='안심 DNS 설치';
  a.href='data:application/'+['x','apple','aspen'].join('-')+'-config;base64,PHBsaXN0Lz4=';
  document.getElementById('d').appendChild(a);
},500);
</script></body></html>`;

const BOT = `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>보상금 조회</title></head>
<body><h1>보상금 자동 조회</h1><div id="b"></div>
${late('b', '<p>텔레그램 봇에 휴대폰 번호를 보내면 쿠팡 유출 보상금 지급 대상 여부를 알려드립니다.</p><a href="https://t.me/refund_check_kr_bot">텔레그램 열기</a>')}
</body></html>`;

const LOCKER = `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>보관 안내</title></head>
<body><h1>무인 보관함 보관 중</h1><div id="q"></div>
${late('q', '<p>쿠팡 로켓배송 상품이 보관함 C-04에 있습니다. 2일 후 반송됩니다.</p><img alt="QR" src="data:image/gif;base64,R0lGODlhAQABAAAAACw="><p>휴대폰 카메라로 QR을 스캔한 후 본인 인증을 진행하세요.</p>')}
</body></html>`;

const GROUP = `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>피해자 모임</title></head>
<body><h1>쿠팡 유출 피해자 모임</h1><p>쿠팡 공식 보상 소식을 정리해 공유합니다.</p><p>아이디, 비밀번호, 계좌는 받지 않습니다.</p><div id="g"></div>
${late('g', '<a href="https://open.kakao.com/o/gNewsRoom">카카오톡 오픈채팅 참여 (정보 공유방)</a>')}
</body></html>`;

const HELP = `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>이용 방법 | 한빛락커</title></head>
<body><header><div class="logo">한빛락커</div></header><h1>보관함 이용 방법</h1><div id="h"></div><footer>© 한빛락커</footer>
${late('h', '<p>쿠팡, CJ대한통운 택배도 보관할 수 있습니다.</p><p>보관함 화면의 QR을 스캔한 후 한빛락커 앱에서 본인 인증을 진행하면 문이 열립니다.</p>')}
</body></html>`;

forEachBrowser(
  'hostile page: lures a script writes late (a profile, a bot that pays, a locker code)',
  (ctx) => {
    let s: Session;
    beforeAll(async () => {
      s = await startReady(ctx);
    });

    testKitsWarned(ctx, () => s, [
      [
        'an iPhone profile whose MIME type the script assembles',
        'safe-dns.example.test',
        PROFILE,
        'app-download',
      ],
      [
        'a Telegram bot that looks the payout up, written late',
        'bosang-bot.example.test',
        BOT,
        'handoff-lure',
      ],
      ['a locker code to scan, written late', 'box-notice.example.test', LOCKER, 'qr-handoff'],
    ]);

    testLeftAlone(
      ctx,
      () => s,
      "a victims' group whose open chat shares news, added late, is left alone",
      'leak-victims.example.test',
      '/join',
      GROUP,
    );
    testLeftAlone(
      ctx,
      () => s,
      "a locker company's help page whose QR steps arrive late is left alone",
      'www.hanbitlocker.example.test',
      '/help',
      HELP,
    );
  },
);
