/** Generated pages shared by the page benchmarks (bench/page.bench.ts, bench/page-cost.bench.ts). */

/** A realistic 10,000-element shop page: mostly product cards, one login form. */
export function largePage(targetElements = 10_000): string {
  const head = `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>하늘마켓 - 오늘의 특가</title>
<meta property="og:site_name" content="하늘마켓"><link rel="stylesheet" href="/s.css"></head><body>
<header class="header"><a href="/" class="logo"><img src="/logo.png" alt="하늘마켓"></a>
<form class="search" action="/search"><input name="q" placeholder="검색"><button>검색</button></form>
<nav>${Array.from({ length: 12 }, (_, i) => `<a href="/c/${i}">카테고리 ${i}</a>`).join('')}</nav></header><main><ul class="products">`;
  const card = (i: number) =>
    `<li class="card"><a href="/p/${i}"><img src="/img/${i}.jpg" alt="상품 ${i}"><div class="name">무선 청소기 ${i} 강력 흡입</div>` +
    `<span class="price">${(i * 1370) % 90000}원</span></a></li>`; // 5 elements
  const tail = `</ul></main><aside class="login"><h3>로그인</h3><form action="/login" method="post">
<input name="id" placeholder="아이디"><input type="password" name="pw" placeholder="비밀번호"><button>로그인</button></form></aside>
<footer><p>© 하늘마켓 Corp. All rights reserved.</p></footer></body></html>`;
  const fixed = 40; // elements outside the cards
  const cards = Math.max(0, Math.round((targetElements - fixed) / 5));
  return head + Array.from({ length: cards }, (_, i) => card(i)).join('') + tail;
}

/** A small ordinary page with nothing about Coupang: a short Korean blog post (about 40 elements). */
export function smallPage(): string {
  const items = Array.from(
    { length: 6 },
    (_, i) => `<li><a href="/post/${i}">지난 글 ${i + 1}: 주말 산책 기록</a></li>`,
  );
  return `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>작은 블로그 - 봄 산책</title>
<meta name="viewport" content="width=device-width"><style>body{font:16px/1.6 sans-serif;max-width:40em;margin:auto}</style></head>
<body><header><h1>작은 블로그</h1><nav><a href="/">처음</a> · <a href="/about">소개</a></nav></header>
<main><article><h2>봄 산책</h2><p>오늘은 동네 공원을 한 바퀴 걸었습니다. 벚꽃이 막 피기 시작했고, 바람이 아직 조금 찼습니다.</p>
<p>돌아오는 길에 빵집에 들러 단팥빵을 샀습니다. 다음 주에는 강가 길을 걸어 볼 생각입니다.</p>
<figure><img src="/walk.jpg" alt="공원 길" width="320" height="200"><figcaption>공원 입구</figcaption></figure></article>
<aside><h3>지난 글</h3><ul>${items.join('')}</ul></aside></main>
<footer><p>© 작은 블로그</p></footer></body></html>`;
}
