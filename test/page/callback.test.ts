import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildPageNumbers } from '../../lib/page/brand-build';
import { PAGE_OFFICIAL_NUMBERS } from '../../lib/page/brand-names.data';
import { scanPage } from '../../lib/page/index';
import { parse } from './helpers';

/**
 * Callback lures (issue #11, author E's class): no form at all, only a phone number shown as the brand's, to
 * call about a payment, a locked account, a case or a parcel. Written apart from the corpora: each page below
 * was first run unseen against the rule.
 */
const page = (title: string, body: string) =>
  `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;

const FAKES: [string, string][] = [
  [
    'payment notice with a tel: button',
    page(
      '쿠팡 결제 알림',
      '<div class="logo">쿠팡</div><h2>해외 결제 1,290,000원 승인</h2><p>본인이 결제하지 않았다면 지금 바로 취소 전담팀에 전화하십시오.</p><a class="btn" href="tel:07077012233">결제 취소 상담원 연결</a>',
    ),
  ],
  [
    'number only in text beside 상담, brand said in a sentence',
    page(
      '보안 안내',
      '<p>쿠팡 고객님, 회원님의 계정이 도용되어 잠금 처리되었습니다.</p><p>잠금 해제 상담: 02-3381-7720 (24시간)</p>',
    ),
  ],
  [
    'English: account locked, +82 number in a link',
    page(
      'Account security',
      '<h1>Coupang</h1><p>Unusual payment attempts were blocked. Your account is locked.</p><a href="tel:+82-70-8812-4410">Call the Coupang security team now</a>',
    ),
  ],
  [
    'number split into spans next to 연락',
    page(
      '환불 안내',
      '<header><b>COUPANG</b></header><p>중복 결제된 금액의 환불을 위해 오늘 중 환불센터로 연락 주십시오.</p><div class="n"><span>1</span><span>6</span><span>4</span><span>4</span><span>-</span><span>8</span><span>2</span><span>1</span><span>9</span></div>',
    ),
  ],
  [
    'tel: address a script assembles from pieces',
    page(
      '배송비 미납 안내',
      '<div class="logo"><img alt="쿠팡" src="/l.png"></div><p>반송 예정인 상품이 있습니다. 배송 센터로 연락하세요.</p><a id="c" href="#">전화 걸기</a><script>document.getElementById("c").href="tel:"+["010","4471","2290"].join("")</script>',
    ),
  ],
];

const HONEST: [string, string][] = [
  [
    'advice page that gives the official customer centre and the report lines',
    page(
      '쿠팡 사칭 문자 대처법 - 안심생활',
      '<header>안심생활</header><h1>쿠팡 사칭 결제 문자를 받았다면</h1><p>문자 속 번호로 전화하지 말고 쿠팡 고객센터 <a href="tel:15777011">1577-7011</a>에 직접 확인하세요. 피해를 입었다면 <a href="tel:112">112</a>, 금융감독원 <a href="tel:1332">1332</a>, 한국인터넷진흥원 118에 신고하세요.</p><footer>© 안심생활</footer>',
    ),
  ],
  [
    'news quoting the scam number',
    `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>"쿠팡 결제 승인" 문자 주의…02-6925-8841로 전화 유도 | 한빛일보</title><meta property="og:type" content="article"></head><body><header>한빛일보</header><article><h1>"쿠팡 결제 승인" 사칭 문자 주의</h1><p>경찰에 따르면 사기범들은 "본인 결제가 아니면 02-6925-8841로 연락하라"는 문자를 보내 전화를 건 피해자에게 원격 제어 앱 설치를 유도했다. 쿠팡은 고객센터 1577-7011 외의 번호로 연락하지 않는다고 밝혔다.</p><p>김민수 기자</p></article></body></html>`,
  ],
  [
    'a Coupang seller store page with its own number in the footer',
    page(
      '하루견과 - 쿠팡 입점 브랜드',
      '<header><b>하루견과</b></header><h1>하루견과 선물세트</h1><p>쿠팡에서도 판매중입니다. 대량 구매 문의는 아래 연락처로 주세요.</p><footer>상호 하루식품 · 대표 김하루 · 고객센터 031-555-0199 · 사업자등록번호 123-45-67890</footer>',
    ),
  ],
  [
    'the official number in a tel: link on a page posing as nothing',
    page(
      '쿠팡 고객센터 안내',
      '<h1>쿠팡 고객센터</h1><p>결제 취소, 환불 문의는 고객센터로 연락하세요.</p><a href="tel:1577-7011">1577-7011 전화하기</a>',
    ),
  ],
];

describe('callback lures', () => {
  it.each(FAKES)('flags: %s', (_kind, html) => {
    const v = scanPage(parse(html), 'https://notice-center.example/a');
    expect(v.reasons.map((r) => r.code)).toContain('callback-lure');
    expect(v.verdict).toBe('suspicious-page');
  });

  it.each(HONEST)('stays clean: %s', (_kind, html) => {
    expect(scanPage(parse(html), 'https://www.example.kr/a').verdict).toBe('clean');
  });

  it('never shows the number it warns about as evidence', () => {
    const v = scanPage(parse(FAKES[0]![1]), 'https://notice-center.example/a');
    const ev = v.reasons.find((r) => r.code === 'callback-lure')?.evidence ?? '';
    expect(ev).not.toMatch(/7701|2233/);
  });

  it('a page over a lure size (a long document) is not a callback lure', () => {
    const long = `<p>${'쿠팡 개인정보 유출 사고 관련 해설 기사입니다. '.repeat(200)}</p>`;
    const html = page('쿠팡', `${long}<a href="tel:0233817720">결제 취소 상담 연결</a>`);
    const v = scanPage(parse(html), 'https://x.example/');
    expect(v.reasons.map((r) => r.code)).not.toContain('callback-lure');
  });

  it('official numbers are the list data', () => {
    const contacts = JSON.parse(
      readFileSync(new URL('../../lists/sources/contacts.json', import.meta.url), 'utf8'),
    ) as Parameters<typeof buildPageNumbers>[0];
    expect(PAGE_OFFICIAL_NUMBERS.split(' ')).toEqual(buildPageNumbers(contacts));
    expect(PAGE_OFFICIAL_NUMBERS.split(' ')).toContain('15777011');
  });
});
