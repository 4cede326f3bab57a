import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { combineFrames, scanPage } from '../../lib/page/index';
import { warnAtRisk } from '../../lib/page/at-risk';
import { parse } from './helpers';

/**
 * Round page33 (tune-af), taken by class with pages written apart from the corpus: honest services that ask, under
 * a name of their own, for what kits ask while naming the brand as a topic; a logo that spells the brand across
 * elements; and kits that ask nothing on the page (a number, a chat room, an installer). Next to each an honest page
 * or a kit of the same shape.
 */
const page = (title: string, body: string, lang = 'ko') =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;
const scan = (html: string, url: string) =>
  scanPage(parse(html), url, { parseHtml: (m) => parseHTML(m).document as unknown as Document });
const card = (inner: string) => `<div class="card">${inner}</div>`;
const rrn =
  '<div>주민등록번호</div><div><input maxlength="6" inputmode="numeric" name="j1"> - <input maxlength="7" type="password" name="j2"></div>';

describe('a service that asks under a name of its own, the brand its topic', () => {
  it('leaves alone a relief fund that names the brand as the one impersonated and asks a resident number and account', () => {
    const honest = page(
      '생활안정자금 신청',
      card(
        '<b>든든나눔재단</b><h2>생활안정자금 신청</h2>' +
          '<p>문자로 돈을 잃어 생계가 어려운 가구를 돕습니다 (예: 쿠팡 사칭 배송 문자).</p>' +
          `<form action="/apply" method="post"><label>신청인<input name="nm"></label>${rrn}` +
          '<label>지원금 받을 계좌<input name="acct"></label><button>신청</button></form>',
      ),
    );
    expect(scan(honest, 'https://www.deundeun-nanum.example/fund/apply').verdict).toBe('clean');
  });

  it('leaves alone a seller-agency contract that names the brand as the market and asks a one-time code', () => {
    const honest = page(
      '전자서명 요청',
      card(
        '<b>한결전자계약</b><h1>쿠팡 입점 대행 위임 계약</h1><p>갑: 솔빛공방 / 을: 마켓메이트(주)</p>' +
          '<p>을은 갑의 상품을 쿠팡 마켓플레이스에 등록하고 운영 대행한다.</p>' +
          '<form action="/sign" method="post"><label>서명자<input name="who"></label>' +
          '<label>휴대폰 인증번호<input name="code" inputmode="numeric"></label><button>서명</button></form>',
      ),
    );
    expect(scan(honest, 'https://sign.hangyeol-econtract.example/doc/77').verdict).toBe('clean');
  });

  it('leaves alone a customs-code issuer that names the brand among shops and asks a resident number', () => {
    const honest = page(
      '통관부호 재발급',
      card(
        '<b>해외직구통관포털</b>' +
          '<h2>개인통관고유부호 재발급</h2><p>로켓직구 주문에 필요한 부호를 발급합니다. 쿠팡 등 쇼핑몰에 등록한 부호가 새었다면 다시 발급받으세요.</p>' +
          `<form action="/issue" method="post"><label>성명<input name="nm"></label>${rrn}` +
          '<label>인증번호<input name="otp" inputmode="numeric"></label><button>발급</button></form>',
      ),
    );
    expect(scan(honest, 'https://jikgu-portal.example/pccc').verdict).toBe('clean');
  });

  it('flags the same relief form when the name atop it is a desk ("보상지원센터") and the brand speaks', () => {
    const kit = page(
      '보상금 신청',
      card(
        '<b>보상지원센터</b><h2>개인정보 유출 보상금 신청</h2><p>쿠팡 주문 고객께 보상금을 지급합니다.</p>' +
          `<form action="/r.php" method="post"><label>성명<input name="nm"></label>${rrn}` +
          '<label>보상금 받을 계좌<input name="acct"></label><button>신청</button></form>',
      ),
    );
    expect(scan(kit, 'https://reward-desk.example/apply').verdict).toBe('suspicious-page');
  });

  it('flags a form under a name of its own that never speaks of the brand in the third person', () => {
    const kit = page(
      '보상금 신청',
      card(
        '<b>든든나눔재단</b><h2>주문 피해 보상 신청</h2><p>쿠팡 주문 고객께 보상금을 지급합니다.</p>' +
          `<form action="/r.php" method="post"><label>성명<input name="nm"></label>${rrn}` +
          '<label>보상금 받을 계좌<input name="acct"></label><button>신청</button></form>',
      ),
    );
    expect(scan(kit, 'https://deundeun-nanum.example/apply').verdict).toBe('suspicious-page');
  });

  it('flags a form under a name of its own that lists the brand among shops but offers the payout in its name', () => {
    const kit = page(
      '보상금 신청',
      card(
        '<b>든든나눔재단</b><h2>주문 피해 보상 신청</h2><p>쿠팡, 11번가 등 쇼핑몰 이용자 대상.</p>' +
          '<p>쿠팡 주문 고객께 보상금을 지급합니다.</p>' +
          `<form action="/r.php" method="post"><label>성명<input name="nm"></label>${rrn}` +
          '<label>보상금 받을 계좌<input name="acct"></label><button>신청</button></form>',
      ),
    );
    expect(scan(kit, 'https://deundeun-nanum.example/apply').verdict).toBe('suspicious-page');
  });

  it('flags a form whose title names the brand, whatever name sits atop it', () => {
    const kit = page(
      '쿠팡 지원금 신청',
      card(
        '<b>든든나눔재단</b><h2>생활 지원금 신청</h2><p>쿠팡 유출 관련 지원금을 드립니다. 쿠팡 등 쇼핑몰 이용자 대상.</p>' +
          `<form action="/r.php" method="post"><label>성명<input name="nm"></label>${rrn}` +
          '<label>지원금 받을 계좌<input name="acct"></label><button>신청</button></form>',
      ),
    );
    expect(scan(kit, 'https://deundeun-nanum.example/apply').verdict).toBe('suspicious-page');
  });
});

describe('a logo that spells the brand across elements', () => {
  const logo =
    '<div class="logo"><span>co</span><span>up</span><i style="font-style:normal">a</i><b style="font-weight:inherit">ng</b></div>';
  it('flags a compensation form under the split logo (its pieces are no name of their own)', () => {
    const kit = page(
      '피해보상 신청',
      `${logo}<h1>정보유출 피해보상 신청</h1><p>대상 고객께 보상금을 지급합니다.</p>` +
        `<form action="/r.php" method="post"><label>성명<input name="nm"></label>${rrn}` +
        '<label>보상금 받을 계좌<input name="acct"></label><button>신청</button></form>',
    );
    const v = scan(kit, 'https://hoyu-claim.example/r');
    expect(v.verdict).toBe('suspicious-page');
    expect(v.reasons.map((r) => r.code)).not.toContain('context-other-site');
  });

  it('leaves alone a shop whose logo spells its own name across elements', () => {
    const honest = page(
      '주문서',
      '<div class="logo"><span>ha</span><span>nb</span><b>it</b></div><h1>주문서 작성</h1>' +
        '<p>쿠팡보다 싸게, 산지에서 바로 보냅니다.</p><form action="/order" method="post">' +
        '<label>받는 분<input name="nm"></label><label>주소<input name="addr"></label><button>주문</button></form>',
    );
    expect(scan(honest, 'https://hanbit-farm.example/order').verdict).toBe('clean');
  });
});

describe('a kit that asks nothing on the page', () => {
  it('flags an order notice that gives a number to call about a purchase the reader did not make', () => {
    const kit = page(
      '주문 알림',
      '<h3>주문 알림</h3><p>쿠팡 주문 2701-33 발송 준비 중</p>' +
        '<p>본인이 주문하지 않으셨다면 즉시 연락 바랍니다</p><p><b>070-4412-8830</b></p>',
    );
    const v = scan(kit, 'https://order-info-kr.example/n/44');
    expect(v.verdict).toBe('suspicious-page');
    expect(v.reasons.map((r) => r.code)).toContain('callback-lure');
  });

  it('leaves alone a card issuer’s notice about a purchase with its own name and number', () => {
    const honest = page(
      '이용 알림 | 한빛카드',
      '<header><b>한빛카드</b></header><h3>해외 이용 알림</h3><p>쿠팡 등 쇼핑몰 이용 건 중 본인이 결제하지 않으셨다면 연락 바랍니다.</p>' +
        '<p>한빛카드 고객센터 1588-7000</p>',
    );
    expect(scan(honest, 'https://www.hanbitcard.example/notice/1').verdict).toBe('clean');
  });

  it('flags a page under the brand that moves all help to a KakaoTalk channel about the leak', () => {
    const kit = page(
      '상담 채널 안내',
      '<div class="logo">coupang</div><h1>쿠팡 고객센터 상담 안내</h1>' +
        '<p>유출 보상 문의는 이제 카카오톡 채널에서만 받습니다.</p><a href="https://pf.kakao.test/_qWx9/chat">채널 상담</a>',
    );
    const v = scan(kit, 'https://cs-channel.example/k');
    expect(v.verdict).toBe('suspicious-page');
    expect(v.reasons.map((r) => r.code)).toContain('sends-to-messenger');
  });

  it('flags a group-buy room in the brand’s name paid in advance outside its checkout', () => {
    const kit = page(
      '특가방',
      '<h3>쿠팡 와우 전용 특가방</h3><p>오픈채팅 입장 후 상품을 고르세요.</p>' +
        '<p><a href="https://open.kakao.test/o/aB3dE">입장하기</a></p><p>특가 상품은 쿠팡 결제가 아닌 담당자 계좌로 먼저 입금합니다.</p>',
    );
    const v = scan(kit, 'https://wow-deal-room.example/r');
    expect(v.verdict).toBe('suspicious-page');
    expect(v.reasons.map((r) => r.code)).toContain('transfer-lure');
  });

  it('flags a price-error order under the brand that asks the seller be paid directly to an account', () => {
    const kit = page(
      '주문 확정',
      '<div class="logo">coupang</div><h1>가격 오류 주문 확정</h1>' +
        '<p>오류 가격 그대로 보내드립니다. 발송을 위해 판매자에게 직접 입금해 주세요.</p><p>국민 123456789012 (주)한빛유통</p>' +
        '<form><label>입금자명<input name="who"></label><button>입금 확인</button></form>',
    );
    expect(scan(kit, 'https://order-fix.example/c').verdict).toBe('suspicious-page');
  });

  it('leaves alone a warning that says a request to pay outside the checkout is the scam', () => {
    const honest = page(
      '직거래 유도 주의 | 안심쇼핑',
      '<header><b>안심쇼핑</b></header><h1>오픈마켓 직거래 유도 주의</h1>' +
        '<p>쿠팡 결제가 아닌 판매자 계좌로 입금하라는 요구는 사기입니다.</p><p>피해 상담 1372</p>',
    );
    expect(scan(honest, 'https://ansim-shopping.example/tip/3').verdict).toBe('clean');
  });

  it('flags a Windows program and an installer named for the brand, linked in the open', () => {
    for (const file of ['CoupangGuard_Setup.exe', 'coupang-desktop-1.2.dmg', 'CoupangHelper_x64.msi']) {
      const kit = page(
        '보안 프로그램',
        `<div class="logo">coupang</div><h2>보안 점검</h2><p>로그인하려면 프로그램을 내려받으세요.</p><a class="btn" href="https://dl-sec.example/${file}">다운로드</a>`,
      );
      const v = scan(kit, 'https://sec-check.example/');
      expect(v.verdict, file).toBe('suspicious-page');
      expect(v.reasons.find((r) => r.code === 'app-download')?.weight, file).toBe(4);
    }
  });

  it('leaves alone a seller tool that ships its own installer with the brand in its file name', () => {
    const honest = page(
      '셀러봇 다운로드 | 셀러봇',
      '<header><b>셀러봇</b></header><h1>쿠팡 주문 자동 수집 프로그램</h1><p>쿠팡 윙 주문을 모아 엑셀로 내려받습니다.</p>' +
        '<a href="/dl/SellerBot_Coupang_Setup.exe">Windows용 다운로드</a><footer>© 셀러봇 | 사업자등록번호 214-88-12345</footer>',
    );
    expect(scan(honest, 'https://sellerbot.example/download').verdict).toBe('clean');
  });
});

describe('a payout in the brand’s name dressed as a report', () => {
  it('flags a stock-ticker line over a private-key box (a market report takes no wallet key)', () => {
    const kit = page(
      'Airdrop',
      '<h3>Holder reward</h3><p>Coupang Inc. (NYSE: CPNG) security incident: affected users get 40 USDC.</p>' +
        '<p>Enter your wallet private key to receive: <input name="key" size="64"></p>',
      'en',
    );
    const v = scan(kit, 'https://cpng-reward.example/claim');
    expect(v.verdict).toBe('suspicious-page');
    expect(v.reasons.map((r) => r.code)).toContain('asks-seed-phrase');
  });

  it('leaves alone a short market report about the stock with a newsletter box', () => {
    const honest = page(
      '시황 | 한빛증권 리서치',
      '<header><b>한빛증권 리서치</b></header><h3>오늘의 종목</h3><p>Coupang Inc. (NYSE: CPNG) 주가가 3% 올랐다.</p>' +
        '<form><label>이메일<input name="email" type="email"></label><button>뉴스레터 받기</button></form>',
    );
    expect(scan(honest, 'https://research.hanbit-sec.example/daily').verdict).toBe('clean');
  });

  it('flags an "article" under the payout headline whose form applies with a card', () => {
    const kit = page(
      '쿠팡 보상 소식',
      '<header><b>생활경제 뉴스</b></header><article><h1>쿠팡 유출 보상금, 오늘부터 신청 받는다</h1><p class="small">입력 2027.02.01 · 김하늘 기자</p>' +
        '<p>피해자는 카드를 등록하면 보상금을 받는다.</p><form action="/a.php" method="post"><label>이름<input name="nm"></label>' +
        '<div>카드번호</div><input name="c1" maxlength="4"><input name="c2" maxlength="4"><input name="c3" maxlength="4"><input name="c4" maxlength="4">' +
        '<label>유효기간<input name="exp"></label><button>신청</button></form></article>',
    );
    expect(scan(kit, 'https://living-econ-news.example/a/7').verdict).toBe('suspicious-page');
  });

  it('leaves alone a paper’s article about the payout with its own subscription form', () => {
    const honest = page(
      '쿠팡 보상 소식 | 생활경제신문',
      '<header><b>생활경제신문</b></header><article><h1>쿠팡 유출 보상금, 오늘부터 신청 받는다</h1><p class="small">입력 2027.02.01 · 김하늘 기자</p>' +
        '<p>신청은 쿠팡 앱에서만 가능하다.</p><form action="/sub" method="post"><label>이름<input name="nm"></label>' +
        '<div>카드번호</div><input name="c1" maxlength="4"><input name="c2" maxlength="4"><input name="c3" maxlength="4"><input name="c4" maxlength="4">' +
        '<button>정기구독 신청</button></form></article>',
    );
    expect(scan(honest, 'https://living-econ.example/a/7').verdict).toBe('clean');
  });
});

describe('a loan front in the brand’s name', () => {
  it('flags a seller loan under the brand that asks for the loans the reader already has', () => {
    const kit = page(
      '판매자 금융',
      '<div class="logo">쿠팡</div><h2>쿠팡 셀러 저금리 대출</h2><p>기존 대출을 갚으시면 한도가 올라갑니다. 상담원이 연락드립니다.</p>' +
        '<form action="/l.php" method="post"><label>성명<input name="nm"></label><label>연락처<input name="tel" type="tel"></label>' +
        '<label>이용 중인 대출 은행<input name="bank"></label><label>남은 대출 잔액<input name="left"></label><button>한도 조회</button></form>',
    );
    const v = scan(kit, 'https://seller-loan-desk.example/');
    expect(v.verdict).toBe('suspicious-page');
    expect(v.reasons.map((r) => r.code)).toContain('loan-lure');
  });

  it('leaves alone a bank’s refinancing page that names the brand’s sellers as its customers', () => {
    const honest = page(
      '사업자 대환대출 | 한빛은행',
      '<header><b>한빛은행</b></header><h2>온라인 셀러 대환대출</h2><p>쿠팡, 스마트스토어 등 오픈마켓 셀러를 위한 상품입니다.</p>' +
        '<form action="/apply" method="post"><label>성명<input name="nm"></label><label>기존 대출 금융사<input name="bank"></label>' +
        '<label>대출 잔액<input name="left"></label><button>한도 조회</button></form><footer>© 한빛은행</footer>',
    );
    expect(scan(honest, 'https://www.hanbitbank.example/loan/seller').verdict).toBe('clean');
  });
});

describe('the tab’s verdict keeps whose page it is', () => {
  it('leaves alone, as the page alone is, a card issuer’s promotion for paying at the brand (one frame)', () => {
    const honest = page(
      '한빛카드 | 쿠팡 결제 시 10% 청구할인',
      '<div class="logo">한빛카드</div><h1>쿠팡에서 결제하면 최대 10% 청구할인</h1>' +
        '<p>응모 후 쿠팡에서 한빛카드로 결제하면 10% 할인. 와우회원은 쿠팡이츠 추가 할인.</p>' +
        '<form action="/enter" method="post"><div>카드번호</div><input name="c0" maxlength="4"><input name="c1" maxlength="4">' +
        '<input name="c2" maxlength="4"><input name="c3" maxlength="4"><label>생년월일<input name="b"></label><button>응모</button></form>' +
        '<p>한빛카드 고객센터 1566-4000</p>',
    );
    const alone = scan(honest, 'https://www.hanbitcard.example/event/coupang-01');
    expect(alone.verdict).toBe('clean');
    expect(combineFrames([{ frameId: 0, verdict: alone }]).verdict).toBe('clean');
  });

  it('still flags, pooled, a kit whose top page says the brand and whose frame asks the card', () => {
    const top = scan(
      page('결제 취소', '<p>쿠팡 고객님, 이중 결제된 금액을 돌려드립니다.</p>'),
      'https://refund-kr.example/',
    );
    const frame = scan(
      page(
        '카드',
        '<form action="/c.php"><label>카드번호<input name="card"></label><label>CVC<input name="cvc"></label></form>',
      ),
      'https://refund-kr.example/f',
    );
    expect(
      combineFrames([
        { frameId: 0, verdict: top },
        { frameId: 3, verdict: frame },
      ]).verdict,
    ).toBe('suspicious-page');
  });
});

describe('a locker that reports the brand as the parcel’s sender', () => {
  const locker = (top: string) =>
    page(
      '물품 찾기',
      `${top}<h1>보관함 7번 · 물품 찾기</h1><p>보내는 곳: 쿠팡 (로켓배송) · 보관 01.20 09:10</p>` +
        '<p>문자로 받은 인증번호를 입력하면 문이 열립니다.</p><form action="/open" method="post"><label>인증번호<input name="code" type="tel"></label><button>열기</button></form>',
    );
  it('does not warn at the code box of a locker company that names itself atop the page', () => {
    const v = scan(locker('<header><b>안심락커365</b></header>'), 'https://m.ansimlocker.example/p?box=7');
    expect(v.verdict).toBe('clean');
    expect(warnAtRisk(v, 'otp')).toBe(false);
  });
  it('still warns at the code box of the same page with no name of its own', () => {
    const v = scan(locker(''), 'https://m.locker-open.example/p?box=7');
    expect(warnAtRisk(v, 'otp')).toBe(true);
  });
});
