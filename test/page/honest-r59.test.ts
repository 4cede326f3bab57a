import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { scanPage } from '../../lib/page/index';
import { parse } from './helpers';
import { honestSet } from './saved-set';

/**
 * Round page59: honest pages nobody had seen, second round — identity verifiers' windows for many merchants (the
 * brand and its services among them), carriers', banks' and card issuers' logins quoting smishing texts, apartment,
 * building and parcel-locker apps, unions, alumni and co-ops, the brand's receipts read in a webmail, other shops'
 * chats, drivers' communities, consumer agencies' and insurers' forms, schools, pages a script builds from several
 * sources — written for this round in test/fixtures/pages-honest-r59/ and scored as `check --page` scores them. None
 * may be flagged. Below them, each class the set found, with a kit of the same shape that stays caught.
 */
const DIR = new URL('../fixtures/pages-honest-r59/', import.meta.url);
// with the second chance counted, page67: 11 of them warned at the first key into a secret box
honestSet('page59 honest set', DIR, 60, 8);

const page = (title: string, body: string, lang = 'ko') =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;
const scan = (html: string, url: string) =>
  scanPage(parse(html), url, { parseHtml: (m) => parseHTML(m).document as unknown as Document });

describe("a verifier's window that names the brand as the requester without a label", () => {
  const phoneCheck =
    '<select><option>SKT</option><option>KT</option><option>LG U+</option></select><input placeholder="이름">' +
    '<input placeholder="생년월일 6자리"><input type="tel" placeholder="휴대폰번호"><button>인증번호 받기</button>' +
    '<input placeholder="인증번호 6자리"><button>확인</button>';
  it('"요청하신 곳: <the brand\'s pay service>" over a resident number\'s first digits stays clean', () => {
    const win = page(
      '휴대폰 본인확인',
      '<h1>휴대폰 본인확인</h1><p>요청하신 곳: 쿠팡페이 · 결제수단 소유자 확인</p><form method="post" action="/auth">' +
        '<input placeholder="이름"><input placeholder="주민등록번호 앞 6자리"><input maxlength="1" placeholder="뒷자리 첫 숫자">' +
        '<input type="tel" placeholder="휴대폰번호"><button>인증번호 받기</button><input placeholder="인증번호 입력"><button>확인</button></form>',
    );
    expect(scan(win, 'https://cert.idcheck.example/start').verdict).toBe('clean');
  });
  it('"확인이 끝나면 <the brand\'s service>로 돌아갑니다" stays clean', () => {
    const win = page(
      '실명 확인',
      '<h1>실명 확인</h1><p>쿠팡 파트너스 수익금 정산을 위한 실명 확인입니다. 확인이 끝나면 창이 닫히고 쿠팡 파트너스로 돌아갑니다.</p>' +
        `<form method="post" action="/verify">${phoneCheck}</form>`,
    );
    expect(scan(win, 'https://realname.verify-kr.example/popup').verdict).toBe('clean');
  });
  it('"Coupang is requesting identity verification …, sent back to Coupang only" stays clean', () => {
    const win = page(
      'Identity verification',
      '<h1>Identity verification</h1><p>Coupang is requesting identity verification for a WOW membership sign-up.</p>' +
        '<form method="post" action="/v"><input placeholder="Name"><input placeholder="Date of birth"><input type="tel" placeholder="Phone number">' +
        '<button>Request code</button><input placeholder="Verification code"><button>Verify</button></form><p>The result is sent back to Coupang only.</p>',
      'en',
    );
    expect(scan(win, 'https://verify.idpass.example/sms').verdict).toBe('clean');
  });
  it('"<the brand\'s pay service>(주)가 본인인증을 요청했습니다" stays clean', () => {
    const win = page(
      '인증서 본인인증',
      '<h1>인증서로 본인인증</h1><p>쿠팡페이(주)가 본인인증을 요청했습니다. 메신저로 받은 메시지에서 인증을 마쳐 주세요.</p>' +
        '<form method="post" action="/sign"><input placeholder="이름"><input placeholder="생년월일 8자리"><input type="tel" placeholder="휴대폰번호"><button>인증 요청</button></form>',
    );
    expect(scan(win, 'https://sign.certbox.example/request').verdict).toBe('clean');
  });
  it('the same window whose purpose is an alarm on the account stays caught', () => {
    const kit = page(
      '실명 확인',
      '<h1>실명 확인</h1><p>쿠팡 계정 도용 차단을 위한 실명 확인입니다. 확인이 끝나면 쿠팡으로 돌아갑니다.</p>' +
        `<form method="post" action="/verify">${phoneCheck}</form>`,
    );
    expect(scan(kit, 'https://coupang-block.example.top/popup').verdict).toBe('suspicious-page');
  });
  it('the same window asking the card besides stays caught', () => {
    const kit = page(
      '휴대폰 본인확인',
      '<h1>휴대폰 본인확인</h1><p>요청하신 곳: 쿠팡페이</p><form method="post" action="/auth">' +
        '<input placeholder="이름"><input type="tel" placeholder="휴대폰번호"><input placeholder="인증번호 입력">' +
        '<input placeholder="카드번호 16자리"><input placeholder="CVC"><button>확인</button></form>',
    );
    expect(scan(kit, 'https://pay-verify.example.top/start').verdict).toBe('suspicious-page');
  });
});

describe('the brand as the other shop a speaker recalls', () => {
  it('a shop\'s chat where the customer says "쿠팡은 바로 되던데요" and the agent asks a refund account stays clean', () => {
    const chat = page(
      '1:1 채팅 상담',
      '<div class="log"><div>주문 취소했는데 환불이 아직이에요. 쿠팡은 바로 되던데요.</div><div>죄송합니다. 무통장 결제라 환불 계좌를 알려주시면 오늘 환불해 드릴게요.</div></div>' +
        '<form><input placeholder="은행명"><input placeholder="환불 계좌번호"><input placeholder="예금주"><button>전송</button></form>',
    );
    expect(scan(chat, 'https://www.modashop.example/cs/chat').verdict).toBe('clean');
  });
  it("a chat in the brand's voice asking the refund account stays caught", () => {
    const kit = page(
      '1:1 채팅 상담',
      '<div class="log"><div>쿠팡 고객센터입니다. 주문 취소 건 환불을 위해 계좌를 알려주세요.</div></div>' +
        '<form><input placeholder="은행명"><input placeholder="환불 계좌번호"><input placeholder="예금주"><button>전송</button></form>',
    );
    expect(scan(kit, 'https://cs-chat.example.top/').verdict).toBe('suspicious-page');
  });
});

describe("a parcel locker's own name, 택배 보관함", () => {
  it("a store locker's pick-up by the code it texted, telling where the brand's returns go, stays clean", () => {
    const locker = page(
      '편의점 택배 보관함 찾기',
      '<h1>택배 보관함 물품 찾기</h1><p>문자로 받은 인증번호를 넣으면 보관함이 열립니다. 쿠팡 반품 상품은 보관함에 넣은 뒤 쿠팡 앱에서 반품 접수를 마치세요.</p>' +
        '<form method="post" action="/open"><input placeholder="받는 분 이름"><input type="tel" placeholder="휴대폰 번호"><input placeholder="인증번호 6자리"><button>열기</button></form>',
    );
    expect(scan(locker, 'https://locker.conveni.example/pickup').verdict).toBe('clean');
  });
  it("a kit saying the brand's parcel is held and asking the code stays caught", () => {
    const kit = page(
      '택배 보관 안내',
      '<h1>쿠팡 택배 보관 안내</h1><p>쿠팡 택배보관 중입니다. 수령하려면 본인 확인 후 인증번호를 입력하세요.</p>' +
        '<form><input placeholder="받는 분 이름"><input type="tel" placeholder="휴대폰 번호"><input placeholder="인증번호 6자리"><button>수령</button></form>',
    );
    expect(scan(kit, 'https://parcel-hold.example.top/').verdict).toBe('suspicious-page');
  });
});
