import { beforeAll } from 'vitest';
import { forEachBrowser, type Session } from '../harness';
import { startReady } from '../page-helpers';
import { testKitsWarned, testLeftAlone } from './kit';

/**
 * Kits of page30's classes, each built by the page's own script after load:
 * - a "secure mail" whose password is the resident number, its box and label written in late, and whose "열기"
 *   button's handler holds the next step (a card form) in base64;
 * and the honest twins: a payment service's window offering the brand's pay beside other companies' pays (its list of
 * pays in the markup, its card form and its line about the brand's pay added late), and a telco's partnership page
 * whose login box, named for the telco, is added late. (A window that builds its list of pays in script from an
 * array is read, before it runs, as its card form and its line about the brand's pay without the list: flagged.
 * Left as it is: reading the array would read a kit's too.)
 */
const LATER = Buffer.from(
  '<p>명세서를 여는 중 오류가 났습니다. 결제 카드를 확인해 주세요.</p><form action="c"><input name="c" placeholder="카드번호"><input name="v" placeholder="CVC"><button>확인</button></form>',
).toString('base64');

const MAIL = `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>거래명세서</title></head>
<body><div>🔒 보안메일</div><b>쿠팡페이 11월 거래명세서</b><p>이 메일은 개인정보 보호를 위해 암호화되어 있습니다.</p><div id="m"></div><div id="nx"></div>
<script>
setTimeout(function(){
  document.getElementById('m').innerHTML='<label>비밀번호 ('+['주민','등록','번호'].join('')+' 뒤 7자리)</label><input id="pw1" name="k" type="password">'+
    '<button onclick="nx.innerHTML=decodeURIComponent(escape(atob(\\'${LATER}\\')))">열기</button>';
},500);
</script></body></html>`;

const PG = `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>결제하기</title></head>
<body><p>결제 대행: 한빛결제</p><h1>결제하기</h1><p>상점: 들꽃농원 · 꿀 2kg · 32,000원</p>
<div><label><input type="radio" name="pm"> 신용카드</label><label><input type="radio" name="pm"> 쿠페이</label><label><input type="radio" name="pm"> 토스페이</label><label><input type="radio" name="pm"> 카카오페이</label><label><input type="radio" name="pm"> 페이코</label></div><div id="f"></div>
<script>
setTimeout(function(){
  document.getElementById('f').innerHTML='<form action="/pay"><input placeholder="카드번호"><input placeholder="MM/YY"><input type="password" placeholder="CVC"><button>결제</button></form><p>쿠페이를 고르시면 쿠팡페이 결제창이 열립니다.</p>';
},500);
</script></body></html>`;

const TELCO = `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>쿠팡 와우 무료 - 한빛텔레콤</title></head>
<body><div class="top"><span class="logo">한빛텔레콤</span></div><h1>한빛 멤버십 × 쿠팡 와우 6개월 무료</h1>
<p>한빛텔레콤 5G 요금제 고객이라면 쿠팡 와우 멤버십을 6개월간 무료로 이용할 수 있어요.</p><ol><li>한빛텔레콤 로그인</li><li>혜택 신청 → 쿠팡 계정 연결 (쿠팡 로그인 화면으로 이동합니다)</li></ol><div id="f"></div>
<footer>한빛텔레콤(주)</footer>
<script>
setTimeout(function(){
  document.getElementById('f').innerHTML='<form action="/login"><input placeholder="한빛 아이디"><input type="password" placeholder="비밀번호"><button>로그인하고 혜택 받기</button></form>';
},500);
</script></body></html>`;

forEachBrowser(
  'hostile page: a secure mail opened with the resident number, its next step in a handler',
  (ctx) => {
    let s: Session;
    beforeAll(async () => {
      s = await startReady(ctx);
    });

    testKitsWarned(ctx, () => s, [
      [
        'a secure mail whose password is the resident number, written late',
        'cpay-mail.example.test',
        MAIL,
        'asks-resident-id',
      ],
    ]);

    testLeftAlone(
      ctx,
      () => s,
      "a payment service's window offering the brand's pay among others, added late, is left alone",
      'pay.hanbitpg.example.test',
      '/checkout',
      PG,
    );
    testLeftAlone(
      ctx,
      () => s,
      "a telco's partnership page whose login box is named for the telco, added late, is left alone",
      'www.hanbit-tel.example.test',
      '/benefit/wow',
      TELCO,
    );
  },
);
