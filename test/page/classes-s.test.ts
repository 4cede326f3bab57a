import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { scanPage } from '../../lib/page/index';
import { warnAtRisk } from '../../lib/page/at-risk';
import { parse } from './helpers';

/**
 * Author S's half (frozen-s, scored once: 10 of its 117 honest pages flagged in Node), its false alarms taken by
 * class with pages written apart from it; next to each honest page the kit of the same shape, which stays flagged.
 */
const page = (title: string, body: string) =>
  `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;
const scan = (html: string, url = 'https://x.example/p') =>
  scanPage(parse(html), url, { parseHtml: (m) => parseHTML(m).document as unknown as Document });

describe("author S's honest pages", () => {
  const cardForm =
    '<form><label>성명</label><input name="nm"><label>생년월일</label><input name="dob">' +
    '<label>카드번호</label><input name="cardno" autocomplete="cc-number"><label>휴대폰</label><input name="ph"><button>신청</button></form>';

  it("reads a firm's name atop the site's header as the page's own", () => {
    for (const header of ['<b>새봄카드</b>', '<b>솔카드</b>', '<b>누리해외</b> 구매대행']) {
      const honest = page(
        '쿠팡 정보유출 관련 카드 재발급',
        `<header>${header}</header><h1>쿠팡 정보유출 관련 카드 재발급</h1><p>쿠팡 가맹점 결제 내역을 확인하고 카드를 재발급해 드립니다.</p>${cardForm}`,
      );
      expect(scan(honest).verdict).toBe('clean');
    }
    // no name of its own in the header: the same form under the brand's words stays a kit
    const kit = page(
      '쿠팡 정보유출 관련 카드 재발급',
      `<header><b>고객센터</b></header><h1>쿠팡 정보유출 관련 카드 재발급</h1><p>쿠팡 가맹점 결제 내역을 확인하고 카드를 재발급해 드립니다.</p>${cardForm}`,
    );
    expect(scan(kit).verdict).toBe('suspicious-page');
    // … and a header name does not outweigh the brand in a slot
    const slot = page(
      '쿠팡',
      `<header><b>새봄카드</b></header><div class="logo">COUPANG</div><h1>쿠팡 카드 재발급</h1>${cardForm}`,
    );
    expect(scan(slot).verdict).toBe('suspicious-page');
  });

  it('does not read the service the reader leaves as the page naming it', () => {
    const honest = page(
      '별빛티비 결제수단',
      '<h2>별빛티비 결제수단 변경</h2><p>쿠팡플레이에서 옮겨오시는 분께 첫 달 50% 할인!</p>' +
        '<form><input name="cc" placeholder="카드번호"><input placeholder="MM/YY"><input placeholder="생년월일 6자리"><button>저장</button></form>',
    );
    expect(scan(honest).verdict).toBe('clean');
    const kit = page(
      '결제수단',
      '<h2>결제수단 변경</h2><p>쿠팡플레이 결제가 실패했습니다. 카드 정보를 다시 입력해 주세요.</p>' +
        '<form><input name="cc" placeholder="카드번호"><input placeholder="MM/YY"><input placeholder="생년월일 6자리"><button>저장</button></form>',
    );
    expect(scan(kit).verdict).toBe('suspicious-page');
  });
});

describe("author S's parcel lockers (warned at the first key in Chromium)", () => {
  it('reads the brand listed beside a kind of business it is one of as one among others', () => {
    const locker = page(
      '보관함 물품 찾기',
      '<header><b>새벽함</b> 무인택배함</header><h1>보관함 물품 찾기</h1><p>쿠팡·택배사가 보관함에 넣은 물품은 휴대폰 뒷자리와 인증번호로 꺼낼 수 있습니다.</p>' +
        '<form><input name="ph4" placeholder="휴대폰 뒤 4자리"><input name="pin" placeholder="수령 인증번호"><button>문 열기</button></form>',
    );
    const v = scan(locker);
    expect(v.reasons.map((r) => r.code)).not.toContain('brand-body-claim');
    expect(warnAtRisk(v, 'otp')).toBe(false);
    // the brand alone, as the one whose parcel it is, still claims it at the key
    const kit = page(
      '보관함',
      '<h1>보관함 물품 찾기</h1><p>쿠팡 로켓배송 물품이 보관함에 있습니다. 문자로 받은 인증번호를 입력하세요.</p>' +
        '<form><input name="ph4" placeholder="휴대폰 뒤 4자리"><input name="pin" placeholder="수령 인증번호"><button>문 열기</button></form>',
    );
    expect(warnAtRisk(scan(kit), 'otp')).toBe(true);
  });
});
