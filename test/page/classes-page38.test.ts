import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { scanPage } from '../../lib/page/index';
import { parse } from './helpers';

/**
 * Round page38 (tune-aj's leftovers), taken by class with pages written apart from the corpus: a tax portal's or a
 * signing certificate's password asked off the portal (new reason `asks-cert-password`), and the brand's services
 * by the short names their users and riders write (이츠 주문, 플렉스 배송, 와우 회비: list data in
 * the brands' pageNames in lists/sources/brands.json; "쿠플" is not among them: a two-syllable name
 * makes every one-syllable-off site name, "유플", read as the brand's). Next to each, honest pages that stay clean.
 */
const page = (title: string, body: string) =>
  `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;
const scan = (html: string, url: string) =>
  scanPage(parse(html), url, { parseHtml: (m) => parseHTML(m).document as unknown as Document });
const codes = (html: string, url: string) => scan(html, url).reasons.map((r) => r.code);

describe("a tax portal's or a certificate's password asked off the portal", () => {
  const sellerTax = (box: string) =>
    page(
      '판매 자료 연동',
      '<h2>판매자 매출 신고 연동</h2><p>쿠팡 판매 대금 내역을 신고하려면 아래에서 계정을 연결하세요.</p>' +
        `<form><input placeholder="아이디">${box}<button>연동</button></form>`,
    );

  it('reads the box as a hard ask and flags the page that names the brand', () => {
    for (const box of [
      '<input type="password" placeholder="홈택스 비밀번호">',
      '<input placeholder="공동인증서 암호">',
      '<input type="password" placeholder="카카오 인증 비밀번호">',
      '<label>국세청 로그인 비밀번호 <input type="password"></label>',
    ]) {
      const html = sellerTax(box);
      expect(codes(html, 'https://seller-sync.example/'), box).toContain('asks-cert-password');
      expect(scan(html, 'https://seller-sync.example/').verdict, box).toBe('suspicious-page');
    }
  });

  it('flags a short job page that wants the certificate to "check who you are"', () => {
    const job = page(
      '주말 알바',
      '<h2>물류센터 주말 단기</h2><p>쿠팡 물류센터 상하차 주말 근무, 일급 지급. 신원 확인을 위해 인증서 로그인이 필요합니다.</p>' +
        '<input placeholder="휴대폰 번호"><input type="password" placeholder="네이버 인증서 비밀번호"><button>확인</button>',
    );
    expect(scan(job, 'https://weekend-job.example/').verdict).toBe('suspicious-page');
  });

  it('a plain password, or a box that tells the reader never to type it, is no such ask', () => {
    expect(
      codes(sellerTax('<input type="password" placeholder="비밀번호">'), 'https://a.example/'),
    ).not.toContain('asks-cert-password');
    expect(
      codes(sellerTax('<input placeholder="홈택스 비밀번호는 입력하지 마세요">'), 'https://a.example/'),
    ).not.toContain('asks-cert-password');
  });

  it('leaves a tax firm that names itself, and a help article, clean', () => {
    const firm = page(
      '세무법인 한결 | 온라인 판매자 부가세 신고 대행',
      '<header><b>세무법인 한결</b></header><h1>온라인 판매자 부가세 신고 대행</h1>' +
        '<p>쿠팡, 네이버 스마트스토어, 11번가 등 오픈마켓 매출을 모아 신고해 드립니다.</p>' +
        '<form><input placeholder="홈택스 아이디"><input type="password" placeholder="홈택스 비밀번호"><button>수임 동의</button></form>' +
        '<footer>세무법인 한결 | 대표 김한결 | 사업자등록번호 214-86-00000</footer>',
    );
    expect(scan(firm, 'https://hangyeol-tax.example/').verdict).toBe('clean');
    const help = page(
      '공동인증서 비밀번호를 잊었을 때',
      '<h1>공동인증서 비밀번호를 잊었을 때</h1><p>인증서 비밀번호는 발급한 은행이나 홈택스에서만 재설정할 수 있습니다. ' +
        '쿠팡 판매자도 같습니다. 문자로 온 링크에서 입력하지 마세요.</p>',
    );
    expect(scan(help, 'https://tax-tips.example/').verdict).toBe('clean');
  });
});

describe("the brand's services by their short names", () => {
  it('reads "이츠 주문" as Coupang Eats: a cancelled order refunded by card', () => {
    const kit = page(
      '주문 취소',
      '<h1>이츠 주문이 취소되었습니다</h1><p>매장 사정으로 주문이 취소되었습니다. 환불을 위해 결제 카드를 다시 확인해 주세요.</p>' +
        '<input placeholder="카드번호"><input placeholder="유효기간"><button>환불 받기</button>',
    );
    expect(scan(kit, 'https://order-refund.example/').verdict).toBe('suspicious-page');
  });

  it('reads "플렉스 배송" and "플렉스 배정" as Coupang Flex: an APK, a deposit', () => {
    const apk = page(
      '배송 앱',
      '<h2>플렉스 배송 전용 앱</h2><p>배송은 전용 앱으로만 할 수 있습니다.</p><a href="/dl/driver.apk">설치하기</a>',
    );
    expect(scan(apk, 'https://driver-app.example/').verdict).toBe('suspicious-page');
    const deposit = page(
      '배정 안내',
      '<h2>플렉스 배정 대기</h2><p>배정을 받으려면 보증금 3만원을 입금하세요. 첫 정산 때 돌려드립니다.</p>' +
        '<p>입금: 농협 302-1234-5678-91 예금주 박서준</p>',
    );
    expect(scan(deposit, 'https://driver-pay.example/').verdict).toBe('suspicious-page');
  });

  it('reads "와우 회비" as the membership\'s fee', () => {
    const fee = page(
      '회비 환불',
      '<h3>와우 회비가 두 번 결제되었습니다</h3><p>환불 받으실 계좌를 입력하세요.</p>' +
        '<input placeholder="은행명"><input placeholder="계좌번호"><input placeholder="주민등록번호"><button>환불 신청</button>',
    );
    expect(scan(fee, 'https://fee-back.example/').verdict).toBe('suspicious-page');
  });

  it('leaves a site named one syllable off a short nickname its own ("유플" is not "쿠플")', () => {
    const telco = page(
      '스팸 차단 | 유플',
      '<header><b>유플</b></header><h1>스팸 차단 설정</h1><p>"쿠팡 피해보상" 같은 문구의 문자를 차단합니다.</p>' +
        '<input type="tel" placeholder="휴대폰 번호"><input autocomplete="one-time-code" placeholder="인증번호"><button>본인 인증</button>',
    );
    expect(scan(telco, 'https://uplus-block.example/').verdict).toBe('clean');
  });

  it('leaves pages that say the same short names as news, reviews or their own services clean', () => {
    const review = page(
      '플렉스 배송 한 달 해보니 | 부업 일기',
      '<header><b>부업 일기</b></header><article><h1>플렉스 배송 한 달 해보니</h1>' +
        '<p>주말마다 플렉스 배송을 했다. 배정은 앱에서 받고, 정산은 주 단위로 들어온다.</p></article>' +
        '<form class="comment"><textarea placeholder="댓글"></textarea><input placeholder="이름"><input type="password" placeholder="비밀번호"><button>등록</button></form>',
    );
    expect(scan(review, 'https://side-job-diary.example/flex').verdict).toBe('clean');
    const news = page(
      '쿠플, 스포츠 중계 확대 - 한빛일보',
      '<header><b>한빛일보</b></header><article><h1>쿠플, 스포츠 중계 확대</h1><p>쿠팡플레이(쿠플)가 내년 중계 편성을 늘린다. 와우 회비는 그대로다.</p></article>',
    );
    expect(scan(news, 'https://hanbit-news.example/a/1').verdict).toBe('clean');
    const own = page(
      '맛나 이츠 | 동네 배달',
      '<header><b>맛나 이츠</b></header><h1>맛나 이츠 주문 내역</h1><p>맛나 이츠는 동네 가게 배달 앱입니다.</p>' +
        '<form><input placeholder="맛나 이츠 아이디"><input type="password" placeholder="비밀번호"><button>로그인</button></form>' +
        '<footer>(주)맛나 | 사업자등록번호 123-45-67890</footer>',
    );
    expect(scan(own, 'https://matna-eats.example/').verdict).toBe('clean');
  });
});

describe("money sent in for the brand's payout, savings moved to a 'safe account', a review job's purchase paid back", () => {
  it("flags a seller's early settlement that wants a fee first, and leaves a lender that names itself", () => {
    const kit = page(
      '정산 안내',
      '<h2>선정산 신청</h2><p>로켓그로스 판매자 대상 선정산이 열렸습니다. 심사비 20만원 선입금 확인 후 즉시 지급합니다.</p>' +
        '<p>입금 계좌: 우리은행 1002-345-678901</p><button>입금했어요</button>',
    );
    expect(codes(kit, 'https://early-pay.example/')).toContain('transfer-lure');
    expect(scan(kit, 'https://early-pay.example/').verdict).toBe('suspicious-page');
    const lender = page(
      '한빛캐피탈 | 판매자 선정산',
      '<header><b>한빛캐피탈</b></header><h1>오픈마켓 판매자 선정산</h1>' +
        '<p>쿠팡, 11번가 판매 대금을 미리 받으세요. 수수료는 정산 시 차감되며, 선입금은 요구하지 않습니다.</p>' +
        '<footer>한빛캐피탈(주) | 사업자등록번호 110-81-00000</footer>',
    );
    expect(scan(lender, 'https://hanbit-capital.example/').verdict).toBe('clean');
  });

  it('flags assets "moved" to a protection account, and leaves the warning that names the trick', () => {
    const kit = page(
      '피해자 보호',
      '<h2>피해자 보호 계좌 안내</h2><p>쿠팡 유출로 위험에 놓인 예금을 보호 계좌로 이전해 드립니다.</p>' +
        '<p>보호 계좌: 국민 123456-01-234567</p><a href="tel:0212345678">담당자 연결</a>',
    );
    expect(codes(kit, 'https://victim-care.example/')).toContain('transfer-lure');
    expect(scan(kit, 'https://victim-care.example/').verdict).toBe('suspicious-page');
    const warning = page(
      '안전계좌 사기 주의',
      '<h1>안전계좌 사기 주의</h1><p>쿠팡 유출을 핑계로 예금을 안전 계좌로 이전하라는 전화는 사기입니다. 어떤 기관도 그렇게 하지 않습니다.</p>',
    );
    expect(scan(warning, 'https://police-tips.example/').verdict).toBe('clean');
  });

  it('reads "구매액 100% 환급" as the purchase paid back, and leaves a shop\'s own review event', () => {
    const kit = page(
      '리뷰 알바',
      '<h2>쿠팡 구매평 작성 알바</h2><p>구매액 100% 환급, 리뷰당 5천원 지급. 자세한 건 오픈채팅으로.</p>' +
        '<a href="https://open.kakao.com/o/abcdEFG">문의하기</a>',
    );
    expect(scan(kit, 'https://side-review.example/').verdict).toBe('suspicious-page');
    const event = page(
      '한빛몰 | 포토리뷰 이벤트',
      '<header><b>한빛몰</b></header><h1>포토리뷰 이벤트</h1><p>한빛몰에서 구매 후 포토리뷰를 남기면 리뷰당 500원 적립금을 드립니다.</p>' +
        '<footer>(주)한빛몰 | 사업자등록번호 220-81-00000</footer>',
    );
    expect(scan(event, 'https://hanbit-mall.example/review').verdict).toBe('clean');
  });
});

describe("a box labelled with the brand's own id on a page with no name of its own", () => {
  const order = (top: string, idBox: string) =>
    page(
      '주문 취소',
      `${top}<h2>주문 취소</h2><table><tr><td>주문번호</td><td>20261206-0001</td></tr><tr><td>금액</td><td>129,000원</td></tr></table>` +
        `<form>${idBox}<input type="password" placeholder="비밀번호"><button>취소하기</button></form>`,
    );

  it('flags it: only the brand asks its own login', () => {
    const kit = order('', '<input placeholder="쿠팡 아이디">');
    expect(scan(kit, 'https://order-cancel.example/').verdict).toBe('suspicious-page');
  });

  it('leaves a shop whose id box is its own, and a page that shows its own name, as before', () => {
    expect(scan(order('', '<input placeholder="아이디">'), 'https://order-cancel.example/').verdict).toBe(
      'clean',
    );
    const shop = order('<header><b>한빛몰</b></header>', '<input placeholder="한빛몰 아이디">');
    expect(scan(shop, 'https://hanbit-mall.example/').verdict).toBe('clean');
  });
});

describe("a box labelled with the brand's seller portal's id on a seller's page with no name of its own", () => {
  const notice = (top: string, idBox: string) =>
    page(
      '판매 정지 예정',
      `${top}<h2>판매 정지 예정 안내</h2><p>스토어 상품 2건이 신고되어 48시간 뒤 판매가 정지됩니다. 소명하려면 로그인하세요.</p>` +
        `<form>${idBox}<input type="password" placeholder="비밀번호"><button>소명하기</button></form>`,
    );

  it('flags it: "Wing 아이디" is the brand\'s portal\'s login', () => {
    expect(
      scan(notice('', '<input placeholder="Wing 아이디">'), 'https://store-appeal.example/').verdict,
    ).toBe('suspicious-page');
    expect(scan(notice('', '<input placeholder="윙 ID">'), 'https://store-appeal.example/').verdict).toBe(
      'suspicious-page',
    );
  });

  it("leaves a seller tool that names itself, and a page that is not a seller's, clean", () => {
    const tool = notice('<header><b>셀러노트</b></header>', '<input placeholder="Wing 아이디">');
    expect(scan(tool, 'https://sellernote.example/').verdict).toBe('clean');
    const club = page(
      '동호회 로그인',
      '<h2>활공 동호회 회원 로그인</h2><p>이번 주 비행 일정을 확인하세요.</p>' +
        '<form><input placeholder="wing ID"><input type="password" placeholder="비밀번호"><button>로그인</button></form>',
    );
    expect(scan(club, 'https://glider-club.example/').verdict).toBe('clean');
  });
});
