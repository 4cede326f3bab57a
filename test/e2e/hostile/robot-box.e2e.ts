import { beforeAll } from 'vitest';
import { forEachBrowser, type Session } from '../harness';
import { startReady } from '../page-helpers';
import { testKitsWarned, testLeftAlone } from './kit';

/**
 * Kits of author AA's half and page27's red team, each written by the page's own script:
 * - a "로봇이 아닙니다" box and nothing else on the page; the kit (the brand's letters placed back by grid columns, a
 *   QR hand-off under a picture long enough to outrun a string reader) is in the script, written only when the box
 *   is ticked, through a contextual fragment: the gate must open on a page that writes itself, the scan read the
 *   script's markup, before any click;
 * - a refund page whose questions are a list asked through an alias of prompt(), and whose number to call is in
 *   full-width digits a script appends after load.
 * The honest twin: a bakery's small app shell that writes its own menu and login with innerHTML.
 */
const QR = 'PHN2Zz48L3N2Zz4'.repeat(600);
const ROBOT = `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>보안 확인</title></head>
<body><div id="gate"><input type="checkbox" id="hc"><span>로봇이 아닙니다</span></div><div id="app"></div>
<script>
document.getElementById('hc').onchange=function(){
  var m="<div style=\\"display:grid\\"><b style=\\"grid-column:3\\">u</b><b style=\\"grid-column:1\\">c</b><b style=\\"grid-column:2\\">o</b><b style=\\"grid-column:4\\">p</b><b style=\\"grid-column:7\\">g</b><b style=\\"grid-column:5\\">a</b><b style=\\"grid-column:6\\">n</b></div>"+
    "<h1>\\ud734\\ub300\\ud3f0\\uc73c\\ub85c QR\\uc744 \\uc2a4\\uce94\\ud574 \\ubcf4\\uc0c1 \\uc2e0\\uccad\\uc744 \\uc774\\uc5b4\\uac00\\uc138\\uc694</h1><p>PC\\uc5d0\\uc11c\\ub294 \\uc2e0\\uccad\\uc744 \\uc644\\ub8cc\\ud560 \\uc218 \\uc5c6\\uc2b5\\ub2c8\\ub2e4. \\ud734\\ub300\\ud3f0 \\uce74\\uba54\\ub77c\\ub85c \\uc544\\ub798 QR \\ucf54\\ub4dc\\ub97c \\uc2a4\\uce94\\ud558\\uba74 \\uc571 \\uc778\\uc99d \\ud654\\uba74\\uc73c\\ub85c \\uc774\\ub3d9\\ud569\\ub2c8\\ub2e4.</p><img alt=\\"QR\\" src=\\"data:image/svg+xml;base64,${QR}\\">";
  document.getElementById('gate').remove();
  document.getElementById('app').appendChild(document.createRange().createContextualFragment(m));
};
</script></body></html>`;

const ASK = `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>환불 자동 신청</title></head>
<body><div class="logo">coupang</div><h2>쿠팡 미처리 환불금 자동 신청</h2><p>지급되지 않은 환불금 27,400원이 있습니다.</p>
<button id="b">환불 신청하기</button><div id="c"></div>
<script>
var ask=window.prompt.bind(window);var Q=["성함","환불 받을 카드 번호","카드 비밀번호 앞 2자리"];
document.getElementById('b').onclick=function(){for(var i=0;i<Q.length;i++)ask(Q[i]);};
setTimeout(function(){document.getElementById('c').textContent='문의 전화 주세요: １６４４ㅡ３１７２';},300);
</script></body></html>`;

const HONEST = `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>밀빛제과 주문</title></head>
<body><div id="app"></div><script>
document.getElementById('app').innerHTML="<div class=\\"logo\\">밀빛제과</div><h1>밀빛제과 오늘의 빵</h1><p>쿠팡보다 빠른 동네 배달.</p><form action=\\"/login\\" method=\\"post\\"><input name=\\"id\\" placeholder=\\"아이디\\"><input type=\\"password\\" name=\\"pw\\" placeholder=\\"비밀번호\\"><button>로그인</button></form>";
</script></body></html>`;

forEachBrowser(
  'hostile page: a kit its script writes behind a "not a robot" box, prompt lists, full-width numbers',
  (ctx) => {
    let s: Session;
    beforeAll(async () => {
      s = await startReady(ctx);
    });

    testKitsWarned(ctx, () => s, [
      [
        'a page written behind a robot box through a contextual fragment',
        'robot-check.example.test',
        ROBOT,
        'qr-handoff',
      ],
      [
        'prompt() questions through an alias, a full-width number to call',
        'refund-auto.example.test',
        ASK,
        'asks-card',
      ],
    ]);

    testLeftAlone(
      ctx,
      () => s,
      "a bakery's app shell that writes its own menu and login is left alone",
      'milbit3.example.test',
      '/',
      HONEST,
    );
  },
);
