import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { collect } from '../../lib/page/collect';
import { scanPage } from '../../lib/page/index';
import { parse } from './helpers';

/**
 * Round page30 (tune-ad's false alarms): a payment service's window that offers the brand's pay as one option beside
 * other companies' pays, and a page whose only word of the brand is the line saying it is a separate service. Next to
 * each honest page a kit of the same shape, which stays flagged.
 */
const page = (title: string, body: string) =>
  `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;
const scan = (html: string, url: string) =>
  scanPage(parse(html), url, { parseHtml: (m) => parseHTML(m).document as unknown as Document });
const CARD =
  '<form action="/pay"><input placeholder="카드번호"><input placeholder="MM/YY"><input type="password" placeholder="CVC"><button>결제</button></form>';
const options = (names: string[]) =>
  `<div>${names.map((n) => `<label><input type="radio" name="pm"> ${n}</label>`).join('')}</div>`;

describe("a payment window that offers the brand's pay among others", () => {
  it('stays clean: the brand’s pay is one choice of a payment service for some shop', () => {
    const pg = page(
      '결제하기',
      '<p>결제 대행: 한빛결제</p><h1>결제하기</h1><p>상점: 들꽃농원 · 꿀 2kg · 32,000원</p>' +
        options(['신용카드', '쿠페이', '토스페이', '카카오페이', '페이코']) +
        CARD +
        '<p>쿠페이를 고르시면 쿠팡페이 결제창이 열립니다.</p>',
    );
    expect(scan(pg, 'https://pay.hanbitpg.example/checkout?mid=farm').verdict).toBe('clean');
  });
  it("a kit in the brand's clothes offering only the brand's own ways to pay stays flagged", () => {
    const kit = page(
      '쿠팡 결제 오류 - 결제수단 재등록',
      '<header><div class="logo">쿠팡</div></header><h1>결제수단 재등록</h1><p>쿠팡 와우 멤버십 결제가 실패했습니다. 결제 수단을 다시 등록해 주세요.</p>' +
        options(['쿠페이 카드', '쿠페이 계좌', '휴대폰 결제']) +
        CARD,
    );
    expect(scan(kit, 'https://cp-billing.example/renew').verdict).toBe('suspicious-page');
  });
  it("a kit under the brand's logo and title is not excused by listing other pays", () => {
    const kit = page(
      '쿠팡 결제 확인',
      '<header><div class="logo">쿠팡</div></header><h1>쿠팡 주문 결제 확인</h1><p>고객님의 쿠팡 주문이 결제 대기 중입니다. 카드 정보를 확인해 주세요.</p>' +
        options(['신용카드', '쿠페이', '네이버페이', '카카오페이']) +
        CARD,
    );
    expect(scan(kit, 'https://cp-order.example/pay').verdict).toBe('suspicious-page');
  });
});

describe('the brand named only where the page says it is a separate service', () => {
  it('a subscription’s card registration saying it is separate from the brand’s subscription stays clean', () => {
    const sub = page(
      '정기결제 등록',
      '<h1>정기결제 카드 등록</h1><p>들꽃박스 구독 (월 19,900원) · 매월 5일 결제</p>' +
        CARD +
        '<p>쿠팡 정기배송과 별개의 서비스입니다. 언제든 해지할 수 있습니다.</p>',
    );
    expect(scan(sub, 'https://subscribe.deulkkot.example/billing').verdict).toBe('clean');
  });
  it('a kit that speaks of the brand elsewhere on the page is not excused by the same line', () => {
    const kit = page(
      '정기결제 등록',
      '<h1>정기결제 카드 등록</h1><p>쿠팡 로켓와우 회원님, 결제 카드가 만료되어 재등록이 필요합니다.</p>' +
        CARD +
        '<p>쿠팡 정기배송과 별개의 서비스입니다.</p>',
    );
    expect(scan(kit, 'https://wow-card.example/billing').verdict).toBe('suspicious-page');
  });
});

describe("a partner's page whose login box is named for its own site", () => {
  const partner = (idLabel: string) =>
    page(
      '쿠팡 와우 무료 - 한빛텔레콤',
      '<div class="top"><span class="logo">한빛텔레콤</span></div><h1>한빛 멤버십 × 쿠팡 와우 6개월 무료</h1>' +
        '<p>한빛텔레콤 5G 요금제 고객이라면 쿠팡 와우 멤버십을 6개월간 무료로 이용할 수 있어요.</p><ol><li>한빛텔레콤 로그인</li><li>혜택 신청 → 쿠팡 계정 연결 (쿠팡 로그인 화면으로 이동합니다)</li></ol>' +
        `<form action="/login"><input placeholder="${idLabel}"><input type="password" placeholder="비밀번호"><button>로그인하고 혜택 받기</button></form><footer>한빛텔레콤(주)</footer>`,
    );
  it('a telco’s own login ("한빛 아이디") on its partnership page stays clean', () => {
    expect(scan(partner('한빛 아이디'), 'https://www.hanbit-tel.example/benefit/wow').verdict).toBe('clean');
  });
  it('the same page asking the brand’s id in its box stays flagged', () => {
    const kit = partner('쿠팡 아이디(이메일)');
    const v = scan(kit, 'https://www.hanbit-tel.example/benefit/wow');
    expect(v.verdict).toBe('suspicious-page');
    expect(v.reasons.map((r) => r.code)).toContain('brand-account-ask');
  });
});

describe('a "secure mail" whose password is the resident number, and the form its handler writes', () => {
  const mail = (brand: string, label: string, handler = '') =>
    page(
      '거래명세서',
      `<div class="bar">🔒 보안메일</div><b>${brand} 11월 거래명세서</b><p>이 메일은 개인정보 보호를 위해 암호화되어 있습니다.</p>` +
        `<label>${label}</label><input id="pw1" name="k" type="password"><button onclick="${handler}">열기</button><div id="nx"></div>`,
    );
  const LATER = Buffer.from(
    '<p>명세서를 여는 중 오류가 났습니다. 결제 카드를 확인해 주세요.</p><form action="c"><input name="c" placeholder="카드번호"><input name="v" placeholder="CVC"><button>확인</button></form>',
  ).toString('base64');
  it('reads the password box by its label: the resident number under the brand’s pay', () => {
    const v = scan(mail('쿠팡페이', '비밀번호 (주민등록번호 뒤 7자리)'), 'https://cpay-mail.example/');
    expect(v.reasons.map((r) => r.code)).toContain('asks-resident-id');
    expect(v.verdict).toBe('suspicious-page');
  });
  it('reads the card form a handler writes from base64 when the button is pressed', () => {
    const v = scan(
      mail('쿠팡', '비밀번호 (생년월일 6자리)', `nx.innerHTML=decodeURIComponent(escape(atob('${LATER}')))`),
      'https://cp-mail.example/',
    );
    expect(v.reasons.map((r) => r.code)).toContain('asks-card');
    expect(v.verdict).toBe('suspicious-page');
  });
  it('a card company’s own secure mail asking the same stays clean, and a rule about passwords names no secret', () => {
    expect(
      scan(mail('한빛카드', '비밀번호 (주민등록번호 뒤 7자리)'), 'https://mail.hanbitcard.example/').verdict,
    ).toBe('clean');
    const rule = scan(
      page(
        '쿠팡 주문 내역 내보내기 - 셀러툴',
        '<h1>셀러툴 회원가입</h1><p>쿠팡 주문을 한 화면에서 관리하세요.</p><form><input placeholder="아이디"><label>비밀번호 (주민번호 사용 금지)</label><input id="pw1" type="password"><button>가입</button></form>',
      ),
      'https://sellertool.example/join',
    );
    expect(rule.reasons.map((r) => r.code)).not.toContain('asks-resident-id');
  });
});

describe('the words before a box are what a reader sees there', () => {
  it('leave out the source of a script or a style beside it', () => {
    const html = page(
      '본인인증',
      '<p><span id="pl"></span><script>pl.textContent=atob("7L+g7Yyh")</script> 중계는 본인인증이 필요합니다.</p><style>.row{display:flex}</style><input name="n">',
    );
    const f = collect(parseHTML(html).document as unknown as Document);
    expect(f.fields[0]?.near ?? '').not.toMatch(/atob|display/);
  });
  it('a box whose own words name it is not renamed by a heading above ("비밀번호" under "API 키")', () => {
    const kit = page(
      '쿠팡 파트너스 - API 키 재발급',
      '<header><div class="logo">coupang partners</div></header><h1>API 키 재발급</h1><p>기존 키가 만료되었습니다. 키와 계정을 확인해 주세요.</p>' +
        '<div><h3>API 키</h3><div><input placeholder="Access Key"><input placeholder="Secret Key"></div><div><input placeholder="파트너스 로그인 이메일"><input type="password" placeholder="비밀번호"></div></div>',
    );
    expect(scan(kit, 'https://partners-key.example/renew').reasons.map((r) => r.code)).toContain(
      'brand-account-ask',
    );
  });
});
