import { describe, expect, it } from 'vitest';
import { codesOf as codes, koPage as page, verdictOf as verdict } from './helpers';

/**
 * Round page47 (tune-ao's and tune-ap's false alarms), taken by class with pages written apart from the corpus: the
 * honest page of each shape that stays clean, and the next kit's version of it that stays caught.
 */

describe("a page's own contact line is not a callback lure", () => {
  it("leaves a council's notice on the breach with its team's line clean", () => {
    const html = page(
      '알림 | 온라인거래안전협의회',
      '<main><h2>쿠팡 결제정보 유출 관련 피해 접수 안내</h2><p>온라인거래안전협의회는 쿠팡 결제정보 유출과 관련한 ' +
        '소비자 피해 사례를 모으고 있다고 밝혔다.</p><p>문의: 피해지원팀 02-3456-7890</p></main>',
    );
    expect(codes(html, 'https://www.safe-trade-council.example/notice/12')).not.toContain('callback-lure');
    expect(verdict(html, 'https://www.safe-trade-council.example/notice/12')).toBe('clean');
  });

  it('leaves a mediation body that calls itself "본 센터" and ends with a bare 문의 line clean', () => {
    const html = page(
      '공동소송 참여 공고 - 소비자권리회복센터',
      '<main><h2>공동소송 참여 공고 (쿠팡 개인정보 유출)</h2><p>참여 신청은 본 센터 누리집에서 받습니다.</p>' +
        '<p>문의 1811-2040</p></main>',
    );
    expect(codes(html, 'https://rights-centre.example/suit/3')).not.toContain('callback-lure');
  });

  it("leaves a points site's own centre beside its company line out of the callback lure", () => {
    const html = page(
      '모아모아 - 쿠팡 결제 적립',
      '<main><h2>모아모아</h2><p>모아모아을 거쳐 쿠팡에서 결제하면 1% 적립해 드립니다.</p>' +
        '<p>모아모아 고객센터 031-555-0192 · ㈜모아모아 사업자등록번호 123-45-67890</p></main>',
    );
    expect(codes(html, 'https://moamoa.example/')).not.toContain('callback-lure');
  });

  it('flags the kit that tells the reader to call, whatever name its title wears', () => {
    const html = page(
      '결제 알림 | 온라인결제지원협의회',
      '<main><h2>쿠팡 결제 승인 안내</h2><p>온라인결제지원협의회 확인 결과 고객님 명의로 489,000원 결제가 ' +
        '승인되었습니다.</p><p>본인 결제가 아닐 경우 지금 바로 고객센터 070-4821-5530 으로 연락 바랍니다.</p></main>',
    );
    expect(codes(html, 'https://pay-check.example/')).toContain('callback-lure');
    expect(verdict(html, 'https://pay-check.example/')).toBe('suspicious-page');
  });

  it('flags a bare 고객센터 line under a title of errand words beside the brand', () => {
    const html = page(
      '쿠팡 | 결제 취소 접수',
      '<main><h2>해외 결제 승인 건 확인</h2><p>결제 취소 접수가 필요합니다.</p><p>고객센터 070-4821-5530</p></main>',
    );
    expect(codes(html, 'https://cancel-desk.example/')).toContain('callback-lure');
  });

  it("flags the brand's name before the centre on a number that is not the brand's", () => {
    const html = page(
      '결제 확인 - 안심결제몰',
      '<main><h2>안심결제몰</h2><p>안심결제몰 주문 789,000원이 결제되었습니다.</p>' +
        '<p>쿠팡 고객센터 070-4821-5530</p></main>',
    );
    expect(codes(html, 'https://safe-pay-mall.example/')).toContain('callback-lure');
  });
});

describe('a refused ask of the brand’s account is no ask', () => {
  it('leaves a points site that says it never takes the brand’s account and signs in to its own clean', () => {
    const html = page(
      '쿠팡 적립 2% - 포인트랩',
      '<header><b>포인트랩</b></header><main><h2>쿠팡 적립 2%</h2><p>포인트랩을 거쳐 쿠팡에서 구매하면 2%를 ' +
        '포인트로 돌려드립니다. 쿠팡 비밀번호는 절대 요구하지 않습니다.</p><form><b>포인트랩 로그인</b>' +
        '<input type="email" placeholder="포인트랩 이메일"><input type="password" placeholder="비밀번호">' +
        '<button>로그인</button></form></main>',
    );
    expect(codes(html, 'https://pointlab.example/coupang')).not.toContain('brand-account-ask');
  });

  it('flags the kit that asks the brand’s account and then says it keeps none of it', () => {
    const html = page(
      '쿠팡 적립금 지급',
      '<main><h2>적립금 지급 확인</h2><p>적립금은 로그인 후 지급됩니다. 쿠팡 계정 정보를 입력하세요. ' +
        '입력한 정보는 저장하지 않습니다.</p><form><input placeholder="아이디"><input type="password" ' +
        'placeholder="비밀번호"><button>지급받기</button></form></main>',
    );
    expect(verdict(html, 'https://reward-pay.example/')).toBe('suspicious-page');
    expect(codes(html, 'https://reward-pay.example/')).toContain('brand-account-ask');
  });
});

describe('a number the page names as the scam is a warning, not a lure', () => {
  it("leaves a how-to post that calls a cancel-by-phone text's number a scam clean", () => {
    const html = page(
      '쿠팡 로켓와우 해지하는 법 (환불 포함)',
      '<main><h2>쿠팡 로켓와우 해지하는 법</h2><p>앱 → 마이쿠팡 → 멤버십 관리 → 해지 순서로 누르면 남은 기간 ' +
        '요금이 환불됩니다.</p><p>환불해 준다며 연락하라는 문자 속 번호(1644-3921)는 사칭입니다. 앱에서만 ' +
        '해지하세요.</p></main>',
    );
    expect(codes(html, 'https://tips-daily.example/wow')).not.toContain('callback-lure');
  });

  it('flags the kit that warns of fakes and then offers its own number', () => {
    const html = page(
      '쿠팡 멤버십 환불 안내',
      '<main><h2>와우 멤버십 중복 결제 환불</h2><p>사칭 문자에 주의하세요.</p><p>환불 접수는 지금 바로 ' +
        '1644-3921 로 전화하세요.</p></main>',
    );
    expect(codes(html, 'https://wow-refund.example/')).toContain('callback-lure');
    expect(verdict(html, 'https://wow-refund.example/')).toBe('suspicious-page');
  });
});
