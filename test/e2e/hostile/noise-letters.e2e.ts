import { beforeAll } from 'vitest';
import { forEachBrowser, type Session } from '../harness';
import { startReady } from '../page-helpers';
import { testKitsWarned, testLeftAlone } from './kit';

/**
 * Kits written against page24's readings (page24's red team, answered in page25), each built by the page's own
 * script after load:
 * - the brand's letters with junk letters of size zero slipped between them by a rule that selects them by
 *   position (`.bn span:nth-child(even)`), so no text reads as the name; the asks only in `prompt()` dialogs
 *   behind a button (no <input> at all): the gate must open on the size-zero letters, the scan read the dialogs;
 * - a keypad whose ten digits the script keeps as a string and draws with `attr()`, under a name finished by a
 *   class's `::after`.
 * The honest twin: a small page whose skip link is hidden off screen and whose script keeps a list of numbers.
 */
const JUNK = `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>결제 완료</title>
<style>.bn span:nth-child(even){font-size:0.0px}.bn{font:800 28px sans-serif;color:#346aff}</style></head>
<body><div class="bn" id="bn"></div><h2>498,000원 결제가 완료되었습니다</h2><p>본인이 결제하지 않았다면 아래에서 취소하세요.</p>
<button id="x">결제 취소</button>
<script>
var n='coupang'.split(''),j='qzxwvk'.split(''),h='';
for(var i=0;i<n.length;i++){h+='<span>'+n[i]+'</span>';if(j[i])h+='<span>'+j[i]+'</span>';}
document.getElementById('bn').innerHTML=h;
document.getElementById('x').onclick=function(){var a=prompt('취소할 카드번호 16자리를 입력하세요');var b=prompt('카드 비밀번호 앞 2자리');};
</script></body></html>`;

const PAD = `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>인증</title>
<style>.cp::after{content:"pang"}.k::after{content:attr(data-k)}.k{display:inline-block;width:60px;height:40px}</style></head>
<body><div class="mk">cou<span class="cp"></span></div><h2>결제 비밀번호 확인</h2><p>보안 점검으로 결제 비밀번호 6자리를 눌러 주세요.</p>
<div id="pad"></div>
<script>
var K='7294051863'.split('');
document.getElementById('pad').innerHTML=K.map(function(d){return '<b class="k" data-k="'+d+'"></b>'}).join('');
</script></body></html>`;

const HONEST = `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>동네 빵집</title>
<style>.skip{position:absolute;left:-9999px}</style></head>
<body><a class="skip" href="#m">본문 바로가기</a><h1 id="m">밀빛제과</h1><p>오늘의 빵: 소금빵, 단팥빵, 식빵.</p>
<ul id="list"></ul><script>var p=[3200,2800,4500];document.getElementById('list').innerHTML=p.map(function(x){return '<li>'+x+'원</li>'}).join('');</script>
</body></html>`;

forEachBrowser('hostile page: noise letters, prompt() asks and a keypad kept in a string', (ctx) => {
  let s: Session;
  beforeAll(async () => {
    s = await startReady(ctx);
  });

  testKitsWarned(ctx, () => s, [
    ['size-zero letters placed by position, prompt() dialogs', 'pay-undo.example.test', JUNK, 'asks-card'],
    [
      'a name finished by ::after, a keypad from a digit string',
      'pin-check.example.test',
      PAD,
      'asks-password',
    ],
  ]);

  testLeftAlone(
    ctx,
    () => s,
    'a bakery with an off-screen skip link and a script-made price list is left alone',
    'milbit2.example.test',
    '/',
    HONEST,
  );
});
