import { beforeAll } from 'vitest';
import { forEachBrowser, type Session } from '../harness';
import { startReady } from '../page-helpers';
import { testKitsWarned, testLeftAlone } from './kit';

/**
 * Round page57 (issue #11, the class of tune-av's av091): a headline whose letters a stylesheet takes out of the
 * flow (`.hd i{position:absolute}`) and the page's own script places one by one (`el.style.left = …`), stored in
 * another order than they are drawn — the markup says "팡환쿠…", the screen "쿠팡 환급…". The scanner reads such
 * letters left to right, as drawn, where the browser says they are out of the flow.
 * The honest twins: a shop's sign-in under a week chart whose day letters are placed the same way, and a price
 * comparer whose store names (the brand one of three) are placed by its script over its search box.
 */
const PLACED_CSS =
  '.hd{position:relative;height:34px;font-size:24px;font-weight:700}.hd i{position:absolute;top:0;font-style:normal}';
/** The page's script puts the letters in the markup in the order given, each at its own offset */
const placeScript = (letters: [string, number][]) =>
  `<script>(function(){var h=document.querySelector('.hd');${JSON.stringify(letters)}.forEach(function(p){var e=document.createElement('i');e.textContent=p[0];e.style.left=p[1]+'px';h.appendChild(e)})})()</script>`;

const KIT = `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>접수</title><style>${PLACED_CSS}</style></head>
<body><div class="hd"></div><p>이중 결제된 금액을 돌려드립니다. 돌려받을 카드를 확인해 주세요.</p>
<input placeholder="카드번호"><input placeholder="유효기간"><input placeholder="CVC"><button>신청</button>
${placeScript([
  ['환', 68],
  ['팡', 30],
  ['쿠', 0],
  ['급', 96],
  ['창', 136],
  ['구', 164],
])}</body></html>`;

const CHART = `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>누리몰 로그인</title><style>${PLACED_CSS}</style></head>
<body><div class="logo">누리몰</div><p>이번 주 방문</p><div class="hd"></div>
<form action="/login" method="post" onsubmit="return false"><input name="id" placeholder="아이디"><input name="pw" type="password" placeholder="비밀번호"><button>로그인</button></form>
${placeScript([
  ['수', 60],
  ['월', 0],
  ['금', 120],
  ['화', 30],
  ['목', 90],
])}</body></html>`;

const COMPARER = `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>최저가 비교 | 값비교</title><style>${PLACED_CSS.replace('font-size:24px', 'font-size:14px')}</style></head>
<body><h1>값비교</h1><input type="search" placeholder="상품 검색"><div class="hd"></div><p>세 쇼핑몰의 오늘 최저가를 한눈에 봅니다.</p>
${placeScript([
  ['G마켓', 140],
  ['쿠팡', 0],
  ['11번가', 70],
])}</body></html>`;

forEachBrowser('hostile page: letters placed out of the flow, stored shuffled', (ctx) => {
  let s: Session;
  beforeAll(async () => {
    s = await startReady(ctx);
  });

  testKitsWarned(ctx, () => s, [
    [
      "the brand's refund desk placed letter by letter by the page's script",
      'hwangeup.example.test',
      KIT,
      'asks-card',
    ],
  ]);

  testLeftAlone(
    ctx,
    () => s,
    "a shop's sign-in under a week chart whose day letters are placed the same way is left alone",
    'nurimall.example.test',
    '/login',
    CHART,
  );
  testLeftAlone(
    ctx,
    () => s,
    'a price comparer whose store names (the brand one of three) are placed by its script is left alone',
    'gapbigyo.example.test',
    '/',
    COMPARER,
  );
});
