import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { scanPage } from '../../lib/page/index';
import { parse } from './helpers';

/**
 * Author AV's half (tune-av, scored once on integ), taken by class (round page-r2-av) with pages written apart
 * from it: first the honest pages it flagged, then the kits it missed; next to each kit an honest page of the same
 * shape, which stays clean.
 */
const page = (title: string, body: string) =>
  `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;
const scan = (html: string, url = 'https://x.example/p') =>
  scanPage(parse(html), url, { parseHtml: (m) => parseHTML(m).document as unknown as Document });

describe('the brand as one example in an aside after a kind of business', () => {
  it("a building's visitor form that says couriers (쿠팡·누리택배 등) use their own card stays clean", () => {
    const form = page(
      '세대 방문 예약',
      '<h3>방문 예약</h3><input placeholder="방문 날짜"><input placeholder="방문객 성함">' +
        '<input placeholder="공동현관 출입번호 (1회용)" readonly value="7 3 1 9"><p>배송 기사(쿠팡·누리택배 등)는 관리사무소가 발급한 출입증을 씁니다.</p><button>예약</button>',
    );
    expect(scan(form, 'https://apt-life.example.kr/visit').verdict).toBe('clean');
  });
  it("a customs office's form that names direct buying (쿠팡 로켓직구, 누리직구 등) as an example stays clean", () => {
    const form = page(
      '통관번호 신청',
      '<h2>통관번호 신청</h2><p>해외구매(쿠팡 로켓직구, 누리직구 등) 시 필요한 번호를 신청합니다.</p>' +
        '<input placeholder="성명"><input placeholder="주민등록번호" type="password"><input placeholder="휴대폰 번호"><button>휴대폰인증</button>',
    );
    expect(scan(form, 'https://customs-office.example.kr/apply').verdict).toBe('clean');
  });
  it("a verifier's window whose requesting sites are '쿠팡(주) 외' stays clean", () => {
    const form = page(
      '휴대폰 본인인증',
      '<h3>통신사 본인인증</h3><select><option>SKT</option><option>KT</option><option>LG U+</option><option>알뜰폰</option></select>' +
        '<input placeholder="이름"><input placeholder="생년월일 6자리"><input placeholder="휴대폰 번호"><button>인증번호 받기</button>' +
        '<input placeholder="인증번호 6자리"><p>인증 대행: 통신사 · 요청 사이트: 쿠팡(주) 외</p>',
    );
    expect(scan(form, 'https://id-verify.example.kr/auth').verdict).toBe('clean');
  });
});

describe("a box's words kept in its data attributes, copied in by the script", () => {
  const kit = page(
    '안내',
    '<style>.x{font-size:0}.x::after{content:attr(data-s);font-size:18px}</style><div><p class="x" data-s="쿠팡 고객 피해보상 접수">공지</p>' +
      '<p class="x" data-s="지급받을 계좌와 본인 정보를 입력하세요.">안내</p><input class="f" data-label="성명"><input class="f" data-label="주민등록번호"><input class="f" data-label="계좌번호"><button>접수</button></div>' +
      '<script>document.querySelectorAll(".f").forEach(function(i){i.placeholder=i.dataset.label})</script>',
  );
  it('are read as its placeholder: the resident number asked under the drawn lure counts', () => {
    const r = scan(kit, 'https://care-desk.example/n');
    expect(r.reasons.map((x) => x.code)).toContain('asks-resident-id');
    expect(r.verdict).toBe('suspicious-page');
  });
  it("a shop's sign-up whose boxes carry data-label names of their own stays clean", () => {
    const shop = page(
      '회원가입 | 누리몰',
      '<div class="logo">누리몰</div><h1>회원가입</h1><form action="/join" method="post"><input name="n" data-label="이름"><input name="e" data-label="이메일"><input name="p" type="password" data-label="비밀번호"><button>가입</button></form>' +
        '<p>쿠팡 회원이셨나요? 누리몰에서도 같은 혜택을 드립니다.</p>',
    );
    expect(scan(shop, 'https://nuri-mall.example/join').verdict).toBe('clean');
  });
});

describe('a code the page says it texted, under a line signed by the brand desk', () => {
  it('a drawn code box named only in its data attribute, signed "쿠팡 보안센터", is the brand asking its code', () => {
    const kit = page(
      'Verify',
      '<h2>Verify your phone</h2><p>We sent a 6-digit verification code to your phone to block a new device. Enter it below.</p>' +
        '<div contenteditable="true" data-name="otp_code" class="box"></div><button>Verify</button><p style="font-size:10px">쿠팡 보안센터</p>',
    );
    const r = scan(kit, 'https://device-guard.example/v');
    expect(r.reasons.map((x) => x.code)).toContain('brand-account-ask');
    expect(r.verdict).toBe('suspicious-page');
  });
  it("a shop's own code page that names the brand in passing stays clean", () => {
    const shop = page(
      '인증 | 누리몰',
      '<div class="logo">누리몰</div><h2>휴대폰 인증</h2><p>We sent a 6-digit verification code to your phone.</p>' +
        '<div contenteditable="true" data-name="otp_code"></div><button>확인</button><p>쿠팡에서 옮겨오신 회원도 같은 절차를 거칩니다.</p>',
    );
    expect(scan(shop, 'https://nuri-mall.example/verify').verdict).toBe('clean');
  });
});

describe("a phone pad's keys drawn by the script ('123456789*0#')", () => {
  it('under words that ask the door code is a keypad taking it', () => {
    const kit = page(
      '재배송 출입 확인',
      '<h3>쿠팡 새벽배송 재배송</h3><p>기사님이 공동현관에 들어가지 못했습니다. 현관 출입번호를 눌러 주시면 오늘 다시 배송합니다.</p><div id="pad"></div><div id="out"></div>' +
        '<script>var p=document.getElementById("pad"),o=document.getElementById("out"),v="";"147258369*0#".split("").forEach(function(c){var b=document.createElement("span");b.textContent=c;b.onclick=function(){v+=c;o.textContent=v.replace(/./g,"*")};p.appendChild(b)})</script>',
    );
    const r = scan(kit, 'https://door-redeliver.example/');
    expect(r.reasons.map((x) => x.code)).toContain('asks-entrance-code');
    expect(r.verdict).toBe('suspicious-page');
  });
  it("a phone number's pad on a call-back form that names no brand stays clean", () => {
    const form = page(
      '상담 예약 | 누리몰',
      '<div class="logo">누리몰</div><h3>전화 상담 예약</h3><p>상담 받을 전화번호를 눌러 주세요.</p><div id="pad"></div>' +
        '<script>"123456789*0#".split("").forEach(function(c){var b=document.createElement("span");b.textContent=c;document.getElementById("pad").appendChild(b)})</script>',
    );
    expect(scan(form, 'https://nuri-mall.example/call').verdict).toBe('clean');
  });
});

describe("a held parcel's fee paid by scanning a code", () => {
  const logo = '<svg width="120" height="30"><text x="0" y="24" font-size="24">coupang</text></svg>';
  it("under the brand's mark is a payment carried off to the phone", () => {
    const kit = page(
      '재배송 요금',
      `${logo}<h3>재배송 요금 2,500원</h3><p>상품이 물류센터에 보관 중입니다. 스마트폰 카메라로 QR을 찍어 결제하시면 내일 재배송됩니다.</p>` +
        '<p>기한 내 미결제 시 반송 처리됩니다.</p><svg width="90" height="90"><rect x="0" y="0" width="9" height="9"/><rect x="18" y="0" width="9" height="9"/></svg>',
    );
    const r = scan(kit, 'https://redeliver-fee.example/');
    expect(r.reasons.map((x) => x.code)).toContain('qr-handoff');
    expect(r.verdict).toBe('suspicious-page');
  });
  it("a courier's own page under its own name that takes its fee by a QR stays clean", () => {
    const courier = page(
      '보관료 결제 | 누리택배',
      '<div class="logo">누리택배</div><h3>보관료 결제</h3><p>보관 중인 상품의 보관료는 카메라로 QR을 찍어 결제할 수 있습니다. 미결제 시 반송됩니다.</p>' +
        '<p>쿠팡에서 주문한 상품도 같은 절차입니다.</p>',
    );
    expect(scan(courier, 'https://nuri-parcel.example/fee').verdict).toBe('clean');
  });
});

describe("a prize whose fee is paid first, the chat's id given to add", () => {
  it("under the brand's mark is an advance-fee lure", () => {
    const kit = page(
      '당첨 안내',
      '<img alt="coupang" src="data:image/png;base64,iVBORw0KGgo="><h2>경품 당첨 안내</h2><p>무선청소기 경품에 당첨되셨습니다. 보증 포인트 30,000원을 충전하시면 아래 아이디로 발송을 안내해 드립니다.</p>' +
        '<p>LINE ID: prize_desk7</p><input placeholder="받는 분 연락처"><button>충전하고 받기</button>',
    );
    const r = scan(kit, 'https://gift-win.example/');
    expect(r.reasons.map((x) => x.code)).toContain('transfer-lure');
    expect(r.verdict).toBe('suspicious-page');
  });
  it("a shop's own draw that gives its chat id and asks no fee stays clean", () => {
    const shop = page(
      '이벤트 당첨 | 누리몰',
      '<div class="logo">누리몰</div><h2>이벤트 당첨</h2><p>누리몰 이벤트에 당첨되셨습니다. 문의는 LINE ID: nurimall_cs 로 주세요.</p><p>쿠팡보다 저렴한 누리몰!</p>',
    );
    expect(scan(shop, 'https://nuri-mall.example/win').verdict).toBe('clean');
  });
});
