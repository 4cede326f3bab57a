import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { scanPage, warnAtRisk } from '../../lib/page/index';
import { parse } from './helpers';

/**
 * Classes of issue #11's fourth round (docs/page-guard.md, branch page4): a page that claims to be the brand
 * against one that only mentions it, and names a kit splits or paints. Pages written here, apart from the
 * corpora; each pair differs in the one thing that decides.
 */
const scan = (html: string, url = 'https://random-host.example/p') =>
  scanPage(parse(html), url, { parseHtml: (m) => parseHTML(m).document as unknown as Document });
const page = (title: string, body: string) =>
  `<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;

describe('a mention is not a claim', () => {
  const login = (title: string) =>
    page(
      title,
      `<h2>가계부 로그인</h2><p>지난달 쿠팡 로켓배송 주문과 카드 내역을 한 화면에 모아 보여 드립니다.</p>
      <form action="/login"><input type="email" placeholder="이메일"><input type="password" placeholder="비밀번호"><button>로그인</button></form>`,
    );

  it('a service with a site name of its own in its title is not held at the first key into its password box', () => {
    const v = scan(login('로그인 | 머니노트'));
    expect(v.verdict).toBe('clean');
    expect(warnAtRisk(v, 'password')).toBe(false);
  });

  // (until author H's round the page below, with no name of its own, was held at the first key into its
  // password box for the brand named in a sentence: 11 of author H's 86 honest pages were, each a site's own
  // login beside a passing mention. A password now takes a claim in the brand's voice: docs/page-guard.md.)
  it('the same page with no name of its own is held only when a sentence asks to log in as the brand', () => {
    const v = scan(login('로그인'));
    expect(v.verdict).toBe('clean');
    expect(warnAtRisk(v, 'password')).toBe(false);
    const asks = page(
      '로그인',
      `<h2>가계부 로그인</h2><p>지난달 쿠팡 주문 내역을 보시려면 쿠팡 회원으로 로그인해 주세요.</p>
      <form action="/login"><input type="email" placeholder="이메일"><input type="password" placeholder="비밀번호"><button>로그인</button></form>`,
    );
    expect(warnAtRisk(scan(asks), 'password')).toBe(true);
  });

  it('a title of generic words is not a name of its own', () => {
    for (const title of ['Customs hold – action required', '원격 상담 - 고객지원', 'Loading | 로그인']) {
      const v = scan(login(title));
      expect(
        v.reasons.map((r) => r.code),
        title,
      ).not.toContain('context-other-site');
      // … so a card box there is still held at the first key
      expect(warnAtRisk(v, 'card'), title).toBe(true);
    }
  });

  it('a site name in the title never excuses the brand shown as the page’s own', () => {
    const v = scan(
      page(
        '로그인 | 머니노트',
        `<div class="logo"><img src="/a.png" alt="쿠팡"></div><p>쿠팡 계정으로 로그인하세요.</p>
        <form><input placeholder="이메일"><input type="password" placeholder="비밀번호"></form>`,
      ),
    );
    expect(v.verdict).toBe('suspicious-page');
  });

  it('the brand in a list of shops is one among others, whatever the separator', () => {
    const body = (shops: string) =>
      `<p>${shops} 오픈마켓 주문은 해당 쇼핑몰 앱에서 반품을 접수하세요.</p>
      <form><input placeholder="이름"><input placeholder="주민등록번호"><button>접수</button></form>`;
    expect(scan(page('반품 접수', body('쿠팡·11번가 등'))).verdict).toBe('clean');
    expect(scan(page('반품 접수', body('G마켓, 쿠팡 등'))).verdict).toBe('clean');
    // named alone, the brand still speaks for the page
    expect(scan(page('반품 접수', body('쿠팡'))).verdict).toBe('suspicious-page');
  });

  it('"제휴·후원 관계가 없는" is a disclaimer', () => {
    const v = scan(
      page(
        '로그인',
        `<div class="logo">가격알림</div><p>쿠팡 상품 가격 그래프를 보여 드립니다.</p><form><input type="password"></form>
        <p>가격알림은 Coupang Corp.과 제휴·후원 관계가 없는 개인 프로젝트입니다.</p>`,
      ),
    );
    expect(v.reasons.map((r) => r.code)).toContain('context-not-affiliated');
    expect(warnAtRisk(v, 'password')).toBe(false);
  });
});

describe('what a box takes', () => {
  it('a box with Korean words of its own takes no meaning from a sentence before it', () => {
    const v = scan(
      page(
        '공지',
        `<p>쿠팡 정보유출 관련 안내입니다.</p><div><p>"배송기사인데 현관 번호가 바뀌었다"며 링크를 보내는 문자는 사기입니다.</p><input placeholder="호수"></div>`,
      ),
    );
    expect(v.reasons.map((r) => r.code)).not.toContain('asks-entrance-code');
    // a box with no words of its own still reads the label before it
    const bare = scan(
      page('배송', `<p>쿠팡 배송 안내</p><div><span>공동현관 비밀번호</span><input name="x4"></div>`),
    );
    expect(bare.reasons.map((r) => r.code)).toContain('asks-entrance-code');
  });

  it("a picker's options are choices, not a card box", () => {
    const v = scan(
      page(
        '상품권 구매',
        `<p>쿠팡캐시 상품권</p><select><option>신용카드</option><option>계좌이체</option></select>`,
      ),
    );
    expect(v.reasons.map((r) => r.code)).not.toContain('asks-card');
  });

  it('"알려드립니다" is the page telling, not asking', () => {
    const v = scan(
      page(
        '공동현관 비밀번호 변경',
        `<p>쿠팡 정보유출 이후 공동현관 비밀번호 일괄 변경 안내. 입주민 여러분께 알려드립니다.</p><input placeholder="성함">`,
      ),
    );
    expect(v.reasons.map((r) => r.code)).not.toContain('asks-entrance-code');
  });

  it('a contenteditable box labelled by the words before it is a field', () => {
    const v = scan(
      page(
        '정산 보류',
        `<div class="logo">쿠팡 윙</div><div>윙 비밀번호</div><div contenteditable></div><div>정산 계좌</div><div contenteditable></div>`,
      ),
    );
    expect(v.reasons.map((r) => r.code)).toEqual(
      expect.arrayContaining(['asks-password', 'asks-bank-account']),
    );
    expect(v.verdict).toBe('suspicious-page');
  });
});

describe('names split, painted or spoken', () => {
  const form = `<form><input placeholder="아이디"><input type="password" placeholder="비밀번호"><button>로그인</button></form>`;

  it('the seller centre by its own name (Wing 판매자, 윙 셀러: list aliases)', () => {
    expect(
      scan(
        page('판매자 공지', `<div class="bar"><span>W<b>i</b>ng</span><span>판매자센터</span></div>${form}`),
      ).verdict,
    ).toBe('suspicious-page');
    // "wing" alone is a word
    expect(
      scan(page('판매자 공지', `<div class="bar"><span>Wing</span><span>디자인 스튜디오</span></div>${form}`))
        .verdict,
    ).toBe('clean');
  });

  it('a name split across elements at the top or in the header', () => {
    for (const top of [
      '<header><b>С</b><b>О</b><b>UPANG</b> 고객 피해 확인 센터</header>',
      '<div><b>쿠</b><i>\u200b</i><b>팡</b></div>',
    ])
      expect(scan(page('확인', `${top}${form}`)).verdict, top).toBe('suspicious-page');
  });

  it('a breadcrumb that names the brand is not a split name', () => {
    const v = scan(
      page(
        '자유게시판',
        `<div><a>홈</a> &gt; <a>쿠팡 게시판</a></div><p>오늘의 인기글과 공지를 모아 봅니다</p>${form}`,
      ),
    );
    expect(v.reasons.find((r) => r.code === 'brand-logo')).toBeUndefined();
  });

  it('one letter per pseudo-element', () => {
    const v = scan(
      page(
        '배송',
        `<style>.b::before{content:"\\cfe0"}.b::after{content:"\\d321"}</style><div class="b"></div>${form}`,
      ),
    );
    expect(v.reasons.map((r) => r.code)).toContain('brand-obfuscated');
  });

  it('a canvas mark painted from character codes', () => {
    const painted = (codes: string) =>
      page(
        '보상 조회',
        `<canvas id="c"></canvas>${form}<script>var g=document.getElementById('c').getContext('2d');
        [${codes}].forEach(function(n,i){g.fillText(String.fromCharCode(n),i*20,30)});</script>`,
      );
    expect(scan(painted('99,111,117,112,97,110,103')).verdict).toBe('suspicious-page');
    expect(scan(painted('104,97,110,98,105,116')).verdict).toBe('clean'); // "hanbit"
  });

  it('an APK address joined from an array of pieces, whatever literals follow it', () => {
    const v = scan(
      page(
        'Track',
        `<p>로켓배송 상품이 주소 오류로 반송 대기중입니다. 전용 앱을 설치해 주세요.</p><a id="d" href="#">앱 설치</a>
        <script>var p=['ht','tps:','//dl.','x.example','/Track','.a','pk'];d.addEventListener('click',function(){location.href=p.join('')});</script>`,
      ),
    );
    expect(v.reasons.map((r) => r.code)).toContain('app-download');
    expect(v.verdict).toBe('suspicious-page');
  });

  it('a logo named by its tooltip', () => {
    const v = scan(
      page(
        '해지 센터',
        `<div class="logo" title="c o u p a n g"><i></i><b>멤버십 해지 센터</b></div>${form}`,
      ),
    );
    expect(v.verdict).toBe('suspicious-page');
  });

  it('the brand’s voice: a desk that introduces itself, a mail sent by it', () => {
    for (const voice of [
      '안녕하세요. 쿠팡 회원정보 유출 전담 상담창구입니다.',
      '보낸사람: 쿠팡 &lt;noreply@mail.example&gt;',
    ])
      expect(warnAtRisk(scan(page('문의', `<p>${voice}</p>${form}`)), 'password'), voice).toBe(true);
  });
});
