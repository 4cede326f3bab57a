import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { scanPage } from '../../lib/page/index';
import { parse } from './helpers';

/**
 * Round page30ctx (red team 29, "cheap negative signals"): a line a kit writes for free beside a real lure — a
 * disclaimer in any language, an affiliate's disclosure, a scam-warning headline, a newspaper's byline — never
 * excuses a card, an account, a resident number or a seed phrase unless the page also says whose it is; and a
 * club's word beside the brand's mark under a title that is the brand's is the brand's service, not a site of
 * its own. Next to each kit an honest page of the same shape.
 */
const page = (title: string, body: string, lang = 'ko') =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;
const scan = (html: string, url: string) =>
  scanPage(parse(html), url, { parseHtml: (m) => parseHTML(m).document as unknown as Document });
const verdict = (html: string, url: string) => scan(html, url).verdict;

const cardForm =
  '<form action="/pay" method="post"><label>카드번호</label><input name="n1" inputmode="numeric">' +
  '<label>유효기간</label><input name="n2" placeholder="MM/YY"><label>CVC</label><input name="n3">' +
  '<button>확인</button></form>';

describe('a disclaimer with no name of its own', () => {
  it('does not excuse a card asked for an order at the brand, in whatever language it is written', () => {
    const zh = page(
      '退款確認',
      `<h1>退款確認</h1><p>您於酷澎訂購的商品已取消，請輸入付款時使用的信用卡以退回款項。</p>
      <form><label>信用卡號碼</label><input name="a" autocomplete="cc-number"><label>有效期限</label><input name="b" autocomplete="cc-exp"><label>安全碼</label><input name="c" autocomplete="cc-csc"><button>送出</button></form>
      <footer>本服務與酷澎無任何關係。</footer>`,
      'zh-Hant',
    );
    expect(verdict(zh, 'https://tw-refunds.example/r')).toBe('suspicious-page');
    const ja = page(
      '결제 취소 환불',
      `<h1>결제 취소 환불</h1><p>쿠팡 주문이 품절로 취소되었습니다. 환불받을 카드를 입력해 주세요.</p>${cardForm}
      <footer>本ページはCoupangとは一切関係ありません。</footer>`,
    );
    expect(verdict(ja, 'https://refund-now.example/k')).toBe('suspicious-page');
  });
  it("a forwarding shop's own checkout with its name at the top, or a company line, stays clean", () => {
    const shop = page(
      '結帳 | 海鷗代購',
      `<header><div class="logo">海鷗代購</div></header><h1>結帳</h1><p>酷澎商品代購，運費另計。</p>
      <form><label>信用卡號碼</label><input name="a" autocomplete="cc-number"><label>有效期限</label><input name="b" autocomplete="cc-exp"><button>付款</button></form>
      <footer>本站與酷澎無任何關係。</footer>`,
      'zh-Hant',
    );
    expect(verdict(shop, 'https://seagull-buy.example/checkout')).toBe('clean');
    const course = page(
      '쿠팡 셀러 실전 노트',
      `<h1>쿠팡 셀러 실전 노트</h1><p>전자책 180쪽</p>${cardForm}
      <div class="ft">노트공방 | 대표 김하람 | 사업자등록번호 318-27-40561 | 본 상품은 쿠팡과 무관합니다.</div>`,
    );
    expect(verdict(course, 'https://notegongbang.example/book')).toBe('clean');
  });
  it("an alert service asking a phone number and the code it sends keeps its disclaimer's word", () => {
    const alert = page(
      '쿠팡 가격 알림 받기',
      `<h1>최저가 알림</h1><p>쿠팡 상품이 최저가가 되면 문자로 알려드립니다.</p>
      <form><input type="tel" placeholder="휴대폰 번호"><input placeholder="인증번호"><button>신청</button></form>
      <p>이 서비스는 쿠팡과 제휴 관계가 없습니다.</p>`,
    );
    expect(verdict(alert, 'https://price-ping.example/')).toBe('clean');
  });
});

describe("an affiliate's disclosure over a card form", () => {
  it('does not make a page titled as the brand anyone else’s', () => {
    const kit = page(
      '카드 정보 갱신 - 쿠팡',
      `<h1>카드 정보 갱신</h1><p>등록된 카드의 유효기간이 지나 정기결제가 중단됩니다. 오늘 안에 갱신해 주세요.</p>${cardForm}
      <footer>이 포스팅은 쿠팡 파트너스 활동의 일환으로, 이에 따른 일정액의 수수료를 제공받습니다.</footer>`,
    );
    expect(verdict(kit, 'https://card-renew.example/w')).toBe('suspicious-page');
  });
  it("a course's own checkout under its name, with the same disclosure, stays clean", () => {
    const course = page(
      '파트너스 글쓰기 4주반 | 글밭클래스',
      `<header><div class="logo">글밭클래스</div></header><h1>쿠팡 파트너스 글쓰기 4주반</h1>${cardForm}
      <footer>이 포스팅은 쿠팡 파트너스 활동의 일환으로, 이에 따른 일정액의 수수료를 제공받습니다.</footer>`,
    );
    expect(verdict(course, 'https://geulbat.example/class')).toBe('clean');
  });
});

describe('a scam-warning headline over a card form', () => {
  it('is the scam it names when the page says whose it is nowhere', () => {
    const kit = page(
      '쿠팡 해외결제 문자 사기 주의 · 승인 취소',
      `<h1>쿠팡 해외결제 문자 사기 주의</h1><p>'쿠팡 해외결제 812,000원' 문자를 받으셨다면 아래에서 카드를 조회해 승인을 즉시 취소하세요.</p>${cardForm}`,
    );
    expect(verdict(kit, 'https://approval-stop.example/c')).toBe('suspicious-page');
  });
  it("a card issuer's report page under its own name stays clean", () => {
    const issuer = page(
      '쿠팡 사칭 문자 신고 | 온누리카드',
      `<header><div class="logo">온누리카드</div></header><h1>쿠팡 사칭 문자 신고</h1><p>의심 결제가 있으면 본인 카드번호를 입력해 사용을 정지하세요.</p>
      <form><label>카드번호</label><input name="c" inputmode="numeric"><button>정지 요청</button></form>`,
    );
    expect(verdict(issuer, 'https://www.onnuricard.example/report')).toBe('clean');
  });
  it('a warning that sends a check to a phone number stays clean', () => {
    const warn = page(
      '쿠팡 사칭 문자 주의',
      `<h1>쿠팡 사칭 문자 주의</h1><p>정보 유출을 미끼로 한 문자가 돌고 있습니다. 휴대폰 번호를 남기면 점검 방법을 보내드립니다.</p>
      <form><input type="tel" placeholder="휴대폰 번호"><input placeholder="인증번호"><button>받기</button></form>`,
    );
    expect(verdict(warn, 'https://safe-sms.example/')).toBe('clean');
  });
});

describe("a club's word beside the brand's mark", () => {
  const mark =
    '<svg width="90" height="30" aria-hidden="true"><path d="M4 4h10" stroke="#884433"/><path d="M20 4h10" stroke="#ee5544"/></svg>';
  it('is the brand’s service under a title that is the brand’s', () => {
    const kit = page(
      '쿠팡 정기결제 해지',
      `<div class="top"><a class="logo" href="/">${mark}<b>와우클럽</b></a></div><h1>정기결제 해지</h1>
      <p>해지 환급금을 받으실 카드를 입력해 주세요.</p>${cardForm}`,
    );
    expect(verdict(kit, 'https://wow-cancel.example/')).toBe('suspicious-page');
  });
  it("a fans' club under its own title keeps its name, and its disclaimer", () => {
    const club = page(
      '와우클럽 - 회원 로그인',
      `<div class="top"><a class="logo" href="/">${mark}<b>와우클럽</b></a></div><h1>회원 로그인</h1>
      <form><input name="id" placeholder="클럽 아이디"><input type="password" name="pw" placeholder="비밀번호"><button>로그인</button></form>
      <footer>와우클럽은 쿠팡과 무관한 회원 모임입니다.</footer>`,
    );
    expect(verdict(club, 'https://wowclub.example/login')).toBe('clean');
  });
});

describe('a newspaper costume over a payout', () => {
  const article = (form: string) =>
    page(
      '쿠팡 유출 피해 보상금 1인 7만원 지급… 신청은 이렇게 - 동녘일보',
      `<div class="top"><b>동녘일보</b></div><article><h1>쿠팡 유출 피해 보상금 1인 7만원 지급… 신청은 이렇게</h1>
      <p>입력 2026.12.04 10:20 · 한지우 기자</p><p>쿠팡이 유출 피해 고객에게 보상금을 지급하기로 했다. 신청은 이달 말까지 받는다.</p>
      ${form}<p>ⓒ 동녘일보 무단전재 및 재배포 금지</p></article>`,
    );
  it('is the lure when its own form applies for the payout and asks a resident number and an account', () => {
    const kit = article(
      '<form action="https://claim-desk.example/a"><input name="nm" placeholder="성명"><input name="rrn" placeholder="주민등록번호">' +
        '<input name="acct" placeholder="입금받을 계좌번호"><button>보상금 신청하기</button></form>',
    );
    expect(verdict(kit, 'https://dongnyeok-news.example/2026/12/04/a')).toBe('suspicious-page');
  });
  it("a paper's newsletter sign-up under the same headline stays clean", () => {
    const news = article(
      '<form action="/newsletter"><input name="nm" placeholder="이름"><input type="email" name="em" placeholder="이메일"><button>뉴스레터 신청하기</button></form>',
    );
    expect(verdict(news, 'https://dongnyeok-news.example/2026/12/04/a')).toBe('clean');
  });
});
