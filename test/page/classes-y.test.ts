import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { collect } from '../../lib/page/collect';
import { pageMayConcernBrand, scanPage } from '../../lib/page/index';
import { parse } from './helpers';

/**
 * Author Y's half (tune-y, scored once after page24), taken by class (round page25) with pages written apart
 * from it; next to each kit an honest page of the same shape, which stays clean.
 */
const page = (title: string, body: string, head = '') =>
  `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>${title}</title>${head}</head><body>${body}</body></html>`;
const scan = (html: string, url = 'https://x.example/p') =>
  scanPage(parse(html), url, { parseHtml: (m) => parseHTML(m).document as unknown as Document });
const verdict = (html: string, url?: string) => scan(html, url).verdict;
const codes = (html: string, url?: string) =>
  scan(html, url)
    .reasons.filter((r) => r.weight !== 0)
    .map((r) => r.code);

describe('asks with no box: a prompt() dialog, a prefilled text message or e-mail', () => {
  it('a prompt() that asks for a card number asks for a card', () => {
    const kit = page(
      '결제 완료',
      '<p class="logo" style="font:700 26px sans-serif">쿠팡</p><h2>512,000원 결제 완료</h2><p>본인이 결제하지 않았다면 취소하세요.</p>' +
        '<button id="c">결제 취소</button><script>document.getElementById("c").onclick=function(){' +
        'var n=prompt("카드번호 16자리를 입력해 주세요");var v=prompt("CVC 3자리");}</script>',
    );
    const r = scan(kit, 'https://pay-cancel.example/c');
    expect(r.reasons.map((x) => x.code)).toContain('asks-card');
    expect(r.verdict).toBe('suspicious-page');
  });
  it('an sms: link whose prefilled message has blanks for a birth date and a card number asks for them', () => {
    const body = encodeURIComponent('[보상접수] 성함: / 주민번호 앞자리: / 카드번호:');
    const kit = page(
      '보상 접수',
      `<div class="logo">쿠팡</div><h2>피해보상 문자 접수</h2><p>아래 버튼을 눌러 빈칸을 채워 보내 주세요.</p><a href="sms:01000000000?body=${body}">문자로 접수</a>`,
    );
    expect(verdict(kit, 'https://bosang-sms.example/')).toBe('suspicious-page');
  });
  it('a mailto: link that wants a password written in the mail asks for it', () => {
    const body = encodeURIComponent('아이디:\n비밀번호:\n');
    const kit = page(
      '정보 삭제',
      `<h2><i>Cou</i><i>pang</i> 유출정보 삭제</h2><p>본인 확인을 위해 계정 정보를 적어 메일로 보내 주세요.</p><a href="mailto:x@erase.example?subject=delete&body=${body}">메일 보내기</a>`,
    );
    expect(codes(kit, 'https://erase-desk.example/')).toContain('asks-password');
  });
  it('a shop’s mail link for questions and a prompt() for a coupon code ask nothing sensitive', () => {
    const body = encodeURIComponent('주문번호:\n문의 내용:');
    const shop = page(
      '고객문의 | 누리몰',
      `<div class="logo">누리몰</div><h1>문의하기</h1><p>쿠팡에서 구매하신 건도 문의 가능합니다.</p><a href="mailto:cs@nuri.example?subject=문의&body=${body}">메일 문의</a>` +
        '<button id="k">쿠폰 등록</button><script>document.getElementById("k").onclick=function(){prompt("쿠폰 코드를 입력하세요")}</script>',
    );
    expect(verdict(shop, 'https://nuri-mall.example/cs')).toBe('clean');
  });
});

describe('noise letters set inline inside words', () => {
  it('reads the brand and the labels as shown', () => {
    const kit = page(
      '환불',
      '<h2>쿠<span style="font-size:0">ㅂ</span>팡 환불센터</h2><p>환불금 입금을 위해 계좌 인증이 필요합니다.</p>' +
        '<form action="/r" method="post">은행<input name="r1">계<span style="font-size:0">z</span>좌번호<input name="r2">' +
        '계좌 비<span style="font-size:0">k</span>밀번호<input name="r3"><button>환불 받기</button></form>',
    );
    const r = scan(kit, 'https://refund-77.example/');
    expect(r.reasons.map((x) => x.code)).toEqual(
      expect.arrayContaining(['brand-obfuscated', 'asks-bank-account']),
    );
    expect(r.verdict).toBe('suspicious-page');
  });
  it('a label whose letters are all shown reads as before', () => {
    const shop = page(
      '정산 계좌 | 한빛상회',
      '<div class="logo">한빛상회</div><h2>정산 계좌 등록</h2><form action="/a" method="post">계좌번호<input name="a"><span style="font-size:0">.</span><button>등록</button></form>',
    );
    expect(verdict(shop, 'https://hanbit-store.example/settle')).toBe('clean');
  });
});

describe('labels and keypads a stylesheet or a canvas draws', () => {
  it('a box labelled only by the ::before of the element before it', () => {
    const kit = page(
      '확인',
      '<style>.t::before{content:"\\CFE0\\D321\\D398\\C774"}.d::before{content:"결제 비밀번호 6자리를 입력하세요"}</style>' +
        '<div class="t logo"></div><div class="d"></div><input name="x" maxlength="6"><button>확인</button>',
    );
    expect(codes(kit, 'https://pay-check.example/')).toContain('asks-password');
    expect(verdict(kit, 'https://pay-check.example/')).toBe('suspicious-page');
    const f = collect(parseHTML(kit).document as unknown as Document);
    expect(f.fields[0]?.hints).toContain('결제 비밀번호 6자리를 입력하세요');
  });
  it('a keypad painted on a canvas the page reads clicks on, named by the lines it paints', () => {
    const kit = page(
      '',
      '<canvas id="c" width="300" height="400"></canvas><form action="/p" method="post"><input type="hidden" name="h"></form>' +
        '<script>var c=document.getElementById("c"),x=c.getContext("2d");x.fillText("쿠팡페이 인증",10,20);' +
        'x.fillText("결제 비밀번호 6자리를 누르세요",10,40);for(var i=0;i<10;i++){x.strokeRect((i%3)*90,60+Math.floor(i/3)*60,80,50);x.fillText(i,(i%3)*90+30,90+Math.floor(i/3)*60)}' +
        'c.onclick=function(e){var r=c.getBoundingClientRect();var k=Math.floor((e.clientX-r.left)/90);}</script>',
    );
    expect(codes(kit, 'https://pad.example/')).toContain('asks-password');
  });
  it('a chart painted on a canvas that reacts to clicks asks nothing', () => {
    const chart = page(
      '쿠팡 판매 통계 | 셀러노트',
      '<h1>쿠팡 판매 통계</h1><canvas id="c"></canvas><script>var c=document.getElementById("c"),x=c.getContext("2d");' +
        'x.fillText("일별 매출",10,20);c.onclick=function(e){var r=c.getBoundingClientRect();}</script>',
    );
    expect(codes(chart, 'https://seller-note.example/stats')).not.toContain('asks-password');
  });
});

describe('costumes that ask what their wearer never asks', () => {
  it('an anti-scam notice that asks for the code a text message carries is the scam', () => {
    const kit = page(
      '문자 진위 확인',
      '<div><b>⚠ 쿠팡 사칭 문자 주의</b><p>의심 링크는 누르지 마시고 118로 신고하세요.</p></div><h2>받은 피해보상 문자가 진짜인지 확인하세요</h2>' +
        '<form action="/v" method="post"><input name="p" type="tel" placeholder="문자를 받은 휴대폰 번호">' +
        '<input name="c" type="tel" placeholder="문자에 적힌 6자리 숫자"><button>진위 확인</button></form>' +
        '<p>본 확인 서비스는 쿠팡 고객안전팀이 운영합니다.</p>',
    );
    expect(verdict(kit, 'https://msg-check.example/')).toBe('suspicious-page');
  });
  it('… while a report line that verifies its reporter’s own phone stays a warning', () => {
    const desk = page(
      '쿠팡 사칭 문자 신고 | 118 상담',
      '<h1>쿠팡 사칭 문자 신고</h1><p>쿠팡을 사칭한 문자를 받으셨다면 신고해 주세요. 링크는 누르지 마세요.</p>' +
        '<form action="/report" method="post"><input name="p" type="tel" placeholder="휴대폰 번호"><button>인증번호 받기</button>' +
        '<input name="c" placeholder="인증번호"><textarea name="m" placeholder="받은 문자 내용"></textarea><button>신고</button></form>',
    );
    expect(verdict(desk, 'https://report-desk.example/118')).toBe('clean');
  });
  it('a news page whose look-up box under a leak headline asks for a password is the lure', () => {
    const kit = page(
      '[단독] 쿠팡 유출 조회 서비스 개시 | 데일리경제',
      '<header><b>데일리경제</b></header><article><h1>[단독] 쿠팡 유출 조회 서비스 오늘 개시</h1><p>입력 2026.12.04 | 김하늘 기자</p>' +
        '<p>쿠팡이 유출 여부를 확인할 수 있는 조회 서비스를 열었다. 아래 창에서 바로 조회할 수 있다.</p>' +
        '<div class="box"><div class="logo">coupang</div><form action="/lookup" method="post"><input name="a" placeholder="아이디">' +
        '<input name="b" type="password" placeholder="비밀번호"><button>조회하기</button></form></div></article>',
      '<meta property="og:type" content="article">',
    );
    expect(verdict(kit, 'https://daily-econ.example/news/1')).toBe('suspicious-page');
  });
  it('… while a paper’s own member login beside a leak story stays clean', () => {
    const news = page(
      '쿠팡 유출 조회 서비스 개시 | 데일리경제',
      '<header><b>데일리경제</b><form action="/login" method="post"><input name="id" placeholder="아이디"><input type="password" name="pw" placeholder="비밀번호"><button>로그인</button></form></header>' +
        `<article><h1>쿠팡, 유출 조회 서비스 개시</h1><p>김하늘 기자</p><p>${'쿠팡은 고객이 유출 여부를 직접 확인하도록 공식 앱에서 조회 기능을 열었다. '.repeat(12)}</p></article>`,
      '<meta property="og:type" content="article">',
    );
    expect(verdict(news, 'https://daily-econ.example/news/2')).toBe('clean');
  });
});

describe('each box keeps its own labels', () => {
  it('a file box before a labelled box does not take its label', () => {
    const { document } = parseHTML(
      page(
        '가입',
        '<form action="/j" method="post"><input type="file" name="idcard"><label for="k">카드 번호</label><input id="k" name="k"><button>가입</button></form>',
      ),
    );
    const f = collect(document as unknown as Document);
    const card = f.fields.find((x) => x.hints.includes('k'));
    expect(card?.hints).toContain('카드 번호');
    expect(f.fields.find((x) => x.type === 'file')?.hints ?? []).not.toContain('카드 번호');
  });
});

describe("page24's red team: the same readings, written other ways", () => {
  const form =
    '<form action="/c" method="post"><input name="a" placeholder="카드번호"><input name="b" placeholder="유효기간"><button>확인</button></form>';
  it('letters hidden by any selector, in any zero, inside a name split over two boxes', () => {
    for (const [css, markup] of [
      [
        '.bn i{font-size:0.0px}',
        '<div class="bn">c<i>x</i>o<i>y</i>u<i>z</i>p<i>w</i>a<i>q</i>n<i>r</i>g</div>',
      ],
      [
        '.bn span:nth-child(even){display:none}',
        '<div class="bn"><span>c</span><span>x</span><span>o</span><span>y</span><span>u</span><span>z</span><span>pang</span></div>',
      ],
      [
        '[data-v]{position:absolute;left:-9999px}',
        '<div class="bn">c<b data-v>x</b>o<b data-v>y</b>u<b data-v>z</b>pang</div>',
      ],
      [
        '.jk{opacity:.0}',
        '<div class="bn"><span>c<i class="jk">x</i>o<i class="jk">y</i>u</span><span>p<i class="jk">z</i>ang</span></div>',
      ],
    ]) {
      const kit = page(
        '결제 확인',
        `<style>${css}</style>${markup}<h2>카드 재등록</h2><p>결제 실패로 카드 정보를 다시 입력해 주세요.</p>${form}`,
      );
      expect(verdict(kit, 'https://pay-fix.example/c'), css).toBe('suspicious-page');
    }
  });
  it('text turned by a class or by override characters reads forwards', () => {
    const back = (t: string) => [...t].reverse().join('');
    for (const markup of [
      `<style>.rv{unicode-bidi:bidi-override;direction:rtl}</style><p class="rv">${back('쿠팡 환불 계좌 확인')}</p>`,
      `<p>\u202e${back('쿠팡 환불 계좌 확인')}\u202c</p>`,
    ]) {
      const kit = page(
        '안내',
        `${markup}<form action="/r" method="post"><input name="a" placeholder="은행"><input name="b" placeholder="계좌번호"><button>확인</button></form>`,
      );
      expect(codes(kit, 'https://refund-note.example/'), markup).toContain('brand-obfuscated');
      const f = collect(parseHTML(kit).document as unknown as Document);
      expect(f.prose.join(' '), markup).toContain('쿠팡 환불 계좌 확인');
    }
  });
  it('a keypad kept as a string of ten digits, or as a list with a backspace beside them', () => {
    for (const keys of ["'7294051863'.split('')", "[7,2,9,4,0,5,1,8,6,3,'⌫',]"]) {
      const kit = page(
        '쿠페이 결제 비밀번호',
        `<div class="logo">쿠팡페이</div><h1>결제 비밀번호 확인</h1><p>결제 비밀번호 6자리를 눌러 주세요.</p><div id="pad"></div><script>var K=${keys};</script>`,
      );
      expect(codes(kit, 'https://pay-pin.example/'), keys).toContain('asks-password');
    }
  });
  it('a long sentence, or one drawn from several strings, is read whole', () => {
    const said =
      '컴퓨터에서는 보상 접수가 불가합니다. 휴대폰 카메라로 QR 코드를 찍어 본인 인증을 이어가세요. 인증 후 보상금이 지급됩니다.';
    for (const value of [
      `"${said}"`,
      said
        .split(' ')
        .map((w) => `"${w} "`)
        .join(' '),
    ]) {
      const kit = page(
        '인증',
        `<style>.say::before{content:${value}}</style><div class="logo">coupang</div><h1>휴대폰에서 계속</h1><p class="say"></p><canvas></canvas>`,
      );
      expect(codes(kit, 'https://qr-desk.example/'), value.slice(0, 20)).toContain('qr-handoff');
    }
  });
  it('a site name the page also shows is no costume: a blog review with a reader’s comment box stays clean', () => {
    const blog = page(
      '로켓프레시 한 달 후기',
      '<header><b>민지의 하루</b></header><div class="logo"><img alt="쿠팡 로고" src="data:image/png;base64,AAAA"></div><h1>로켓프레시 한 달 후기</h1>' +
        '<p>2026.11.30 · 민지</p><p>로켓프레시로 새벽배송을 한 달 써 봤어요. 환불도 빨랐습니다.</p><p>이 포스팅은 쿠팡 파트너스 활동의 일환으로, 이에 따른 일정액의 수수료를 제공받습니다.</p>' +
        '<form action="/comment" method="post"><input name="name" placeholder="이름"><input type="password" name="pw" placeholder="비밀번호"><textarea name="c" placeholder="댓글"></textarea><button>등록</button></form>',
      '<meta property="og:type" content="article"><meta property="og:site_name" content="민지의 하루">',
    );
    expect(verdict(blog, 'https://minji.blog.example/entry/1')).toBe('clean');
  });
});

describe("page24's red team: the gate opens where the new readings are the only sign", () => {
  it('a small page that slips size-zero letters into a name, or keeps ten keys in its script', () => {
    const junk =
      '<style>.jk{font-size:0}</style><div>c<i class="jk">x</i>o<i class="jk">y</i>u<i class="jk">z</i>pang</div><p>결제 비밀번호를 눌러 주세요.</p>';
    expect(pageMayConcernBrand(parse(page('확인', junk)), 'https://k.example/')).toBe(true);
    const inline = '<div>c<i style="font-size:0">x</i>oupang</div><p>확인</p>';
    expect(pageMayConcernBrand(parse(page('확인', inline)), 'https://k.example/')).toBe(true);
    const keys =
      "<p>번호를 눌러 주세요.</p><div id=\"p\"></div><script>var k='7294051863'.split('')</script>";
    expect(pageMayConcernBrand(parse(page('확인', keys)), 'https://k.example/')).toBe(true);
  });
  it('a small honest page with neither stays closed', () => {
    const plain = '<h1>오늘의 레시피</h1><p>감자를 삶아 으깨 주세요.</p><script>var n=[1,2,3]</script>';
    expect(pageMayConcernBrand(parse(page('레시피', plain)), 'https://recipe.example/')).toBe(false);
  });
});

describe("another courier's rider sign-up that names the brand as a job the reader may keep", () => {
  const join =
    '<form method="post" action="/join">이름<input name="n">생년월일<input name="b">정산 계좌<input name="a">주민등록번호 (보험 가입용)<input name="r"><button>가입</button></form>';
  it('is that courier asking for what a payroll needs', () => {
    for (const line of [
      '쿠팡이츠와 함께 하셔도 됩니다 (중복 근무 가능).',
      '쿠팡플렉스, 배민커넥트 경험자 우대! 원하는 시간에 배송하세요.',
    ]) {
      const honest = page('다온퀵 라이더 가입', `<h2>다온퀵 라이더 가입</h2><p>${line}</p>${join}`);
      expect(scan(honest, 'https://rider.daon-quick.example/join').verdict).toBe('clean');
    }
  });
  it("a kit in the brand's own name with the same line is still the brand asking", () => {
    const kit = page(
      '쿠팡플렉스 배송 파트너 긴급 모집',
      `<div class="logo">coupang flex</div><h2>쿠팡플렉스 배송 파트너 등록</h2><p>쿠팡플렉스 경험자 우대. 오늘 등록하면 보증금 없이 바로 시작합니다.</p>${join}`,
    );
    expect(scan(kit, 'https://flex-join.example/').verdict).toBe('suspicious-page');
  });
});

describe('a file picker a script makes and opens on a click, under words that ask for an ID card’s picture', () => {
  const picker =
    '<script>document.getElementById("z").onclick=function(){var i=document.createElement("input");i.type="file";i.accept="image/*";i.click();};</script>';
  it('asks for the card (and the resident number on it)', () => {
    const kit = page(
      '본인 확인',
      `<h2><b>쿠</b><b>팡</b> 본인확인</h2><p>보상금 지급 전 확인이 필요합니다.</p><div id="z" style="border:2px dashed #346aff;height:160px">여기를 눌러 신분증 사진 올리기</div>${picker}`,
    );
    expect(scan(kit, 'https://id-check.example/').verdict).toBe('suspicious-page');
  });
  it('a résumé picker on a page that mentions the brand asks for no card', () => {
    const jobs = page(
      '물류센터 채용',
      `<h2>물류센터 상하차 채용</h2><p>쿠팡 물류센터 근무 경험자 우대. 지원서를 보내 주세요.</p><div id="z">여기를 눌러 이력서 파일 올리기</div>${picker}`,
    );
    expect(scan(jobs, 'https://hanul-logis.example/apply').verdict).toBe('clean');
  });
});

describe("an app added to the home screen, named only in the page's own manifest", () => {
  const manifest = (name: string) =>
    `<link rel="manifest" href="data:application/manifest+json,${encodeURIComponent(JSON.stringify({ name, start_url: '/app', display: 'standalone' }))}">`;
  const body =
    '<h2>보상센터 앱을 홈 화면에 추가하세요</h2><p>브라우저 메뉴(⋮) → "홈 화면에 추가"를 누르면 앱처럼 사용할 수 있습니다. 앱에서 로그인하면 보상금이 자동 조회됩니다.</p>';
  it("wears the manifest's name, and asks to be installed", () => {
    const kit = page('보상센터 앱', body, manifest('쿠팡 보상센터'));
    const r = scan(kit, 'https://reward-app.example/');
    expect(r.reasons.map((x) => x.code)).toContain('brand-meta');
    expect(r.verdict).toBe('suspicious-page');
  });
  it("a price tracker's own app, named for itself, stays clean", () => {
    const tracker = page(
      '최저가 알리미 앱',
      '<h2>최저가 알리미를 홈 화면에 추가하세요</h2><p>쿠팡, 11번가 가격이 내려가면 알려 드립니다. 로그인하면 관심 상품이 저장됩니다.</p>',
      manifest('최저가 알리미'),
    );
    expect(scan(tracker, 'https://lowest-alarm.example/').verdict).toBe('clean');
  });
});
