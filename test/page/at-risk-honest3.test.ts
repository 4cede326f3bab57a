// page69: honest pages the second chance warned at the first key — a box read by the sentence above it instead of its
// own words, and a card issuer's own promotion — and the kits of the same shapes, which stay warned. Pages of our own
// writing (not a half's).
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { judgeSavedPage } from '../../cli/page';
import { compileLists } from '../../lib/domain/index';
import { bundledList } from '../../lib/lists/bundled';
import { kindAsSeen, warnsAtTyping } from '../../lib/page/risk-time';

const lists = compileLists(bundledList);
const judge = (html: string, url: string) => {
  const { result } = judgeSavedPage(html, url, lists);
  const doc = parseHTML(html).document as unknown as Document;
  return { verdict: result.verdict, page: result.page, doc, warned: warnsAtTyping(doc, result.page) };
};
const warnedAtAll = (j: ReturnType<typeof judge>) =>
  !['unknown', 'official', 'invalid'].includes(j.verdict) || j.warned;

describe('a box says what it takes: the sentence above it only when its own words say nothing (page69)', () => {
  // An apartment office's notice: the brand's couriers and the lobby code in its sentences, and the residents' app
  // sign-in right under them (its password box says so).
  const office = (box: string) =>
    '<html><head><title>관리사무소 공지</title></head><body><header><b>한솔마을 2단지 관리사무소</b></header>' +
    '<main><h2>택배 기사님 출입 방식 변경 안내</h2><p>쿠팡 등 택배 배송 시 공동현관 비밀번호를 배송 메모에 적지 말아 주세요.</p>' +
    `<p>공동현관 출입번호는 입주민 앱에서만 확인하실 수 있습니다.</p>${box}<button>로그인</button></main></body></html>`;
  const url = 'https://hansol2.apt-board.example/notice/77';

  it("the residents' app password box is a password box, and the notice is not warned", () => {
    const j = judge(office('<input type="password" name="pw" placeholder="입주민 앱 비밀번호">'), url);
    expect(kindAsSeen(j.doc.querySelector('input[name=pw]')!)).toBe('password');
    expect(j.verdict).toBe('unknown');
    expect(j.warned).toBe(false);
  });

  it("the household's name and phone boxes under the notice take no lobby code", () => {
    const j = judge(
      office('<input name="who" placeholder="세대주 이름"><input name="tel" placeholder="휴대폰 연락처">'),
      url,
    );
    expect(kindAsSeen(j.doc.querySelector('input[name=who]')!)).not.toBe('entrance');
    expect(kindAsSeen(j.doc.querySelector('input[name=tel]')!)).not.toBe('entrance');
    expect(j.warned).toBe(false);
  });

  it('a box that asks the lobby code itself, or says nothing under a caption that does, is still warned', () => {
    const kit = (box: string) =>
      '<html><head><title>쿠팡 로켓배송 출입 정보 등록</title></head><body><h1>쿠팡 로켓배송</h1>' +
      '<p>쿠팡 배송 기사 출입을 위해 오늘 안에 공동현관 정보를 등록해 주세요. 미등록 시 배송이 반송됩니다.</p>' +
      `${box}<button>등록</button></body></html>`;
    for (const box of [
      '<input name="c" placeholder="공동현관 비밀번호">',
      '<div>공동현관 출입번호</div><input name="c">',
    ]) {
      const j = judge(kit(box), 'https://rocket-door.example/reg');
      expect(kindAsSeen(j.doc.querySelector('input[name=c]')!)).toBe('entrance');
      expect(warnedAtAll(j)).toBe(true);
    }
  });

  // A delivery app's help chat: the agent's last line warns about account numbers asked by text, and the reply box
  // says it takes a message.
  const chat = (box: string) =>
    '<html><head><title>배달모아 고객센터 채팅</title></head><body><header><b>배달모아</b> 고객센터</header>' +
    '<div class="msg">쿠팡이츠 주문은 쿠팡이츠 앱 고객센터에서 도와드려요. 문자로 환불 계좌를 알려 달라는 연락은 사기일 수 있으니 주의하세요.</div>' +
    `${box}<button>보내기</button></body></html>`;

  it("a help chat's message box under the agent's sentence about account numbers is no account box", () => {
    const j = judge(
      chat('<input name="m" placeholder="메시지 입력">'),
      'https://help.baedalmoa.example/chat/8812',
    );
    expect(kindAsSeen(j.doc.querySelector('input[name=m]')!)).not.toBe('bank');
    expect(j.warned).toBe(false);
  });

  it("an article's comment sign-in in Chinese under a sentence about bank cards is no card box", () => {
    const html =
      '<html><head><title>在韩生活资讯</title></head><body><div class="w"><h2>酷澎(쿠팡)用户信息外泄，小心冒充客服的诈骗短信</h2>' +
      '<p>警方提醒：凡是通过短信链接要求输入银行卡号、身份证号码或者安装应用程序的“退款”都是诈骗，请直接使用官方应用。</p>' +
      '<form><input name="u" placeholder="用户名"><input type="password" name="p" placeholder="密码"><button>登录后评论</button></form></div></body></html>';
    const j = judge(html, 'https://www.hanjia-news.example/zh/2026/01/leak');
    expect(kindAsSeen(j.doc.querySelector('input[name=u]')!)).not.toBe('card');
    expect(kindAsSeen(j.doc.querySelector('input[name=p]')!)).toBe('password');
    expect(j.warned).toBe(false);
  });

  it("a kit's box that says nothing of its own still reads the caption before it", () => {
    const kit =
      '<html><head><title>쿠팡 환불 접수</title></head><body><h1>쿠팡 고객센터</h1><p>결제 오류로 환불이 접수되었습니다.</p>' +
      '<div>환불 받으실 계좌번호</div><input name="a"><button>환불 신청</button></body></html>';
    const j = judge(kit, 'https://cp-refund-desk.example/');
    expect(kindAsSeen(j.doc.querySelector('input[name=a]')!)).toBe('bank');
    expect(warnedAtAll(j)).toBe(true);
  });
});

describe("a card issuer's own promotion: the card it asks is its own (page69)", () => {
  // A card company's event page on its own host: its name in the header, title and footer, the brand only as the shop
  // where the card is used, and the card's number asked to enter the event.
  const promo = (title: string) =>
    `<html><head><title>${title}</title></head><body><header><b>별하카드</b> 이벤트</header>` +
    '<main><h2>쿠팡에서 별하카드로 결제하면 5% 청구할인</h2><p>응모 후 쿠팡·쿠팡이츠에서 2만원 이상 결제 시 월 최대 1만원 할인.</p>' +
    '<form method="post" action="/event/apply"><p>응모할 카드를 확인해 주세요</p><input name="card" placeholder="카드번호 16자리">' +
    '<input name="birth" placeholder="생년월일 6자리"><button>응모하기</button></form></main>' +
    '<footer>별하카드 고객센터 1588-0000 · 준법감시인 심의필</footer></body></html>';
  const url = 'https://www.byeolhacard.example/event/2026-coupang';

  it('the issuer whose name its host spells is not warned at the card box', () => {
    for (const title of [
      '별하카드 | 쿠팡 결제 시 5% 청구할인',
      '쿠팡 결제 시 최대 1만원 캐시백 | 별하카드',
    ]) {
      const j = judge(promo(title), url);
      expect(j.verdict).toBe('unknown');
      expect(j.page.firm).toBe(true);
      expect(j.warned).toBe(false);
    }
  });

  it("the same page on a host that carries the brand's name instead of the firm's is still warned", () => {
    const j = judge(
      promo('별하카드 | 쿠팡 결제 시 5% 청구할인'),
      'https://coupang-cashback-event.example/apply',
    );
    expect(j.page.firm).toBeFalsy();
    expect(warnedAtAll(j)).toBe(true);
  });

  it("a page that wears the brand's own title or logo over the card box is still warned", () => {
    const kit =
      '<html><head><title>쿠팡</title></head><body><header><img alt="쿠팡" src="/coupang-logo.png"><b>별하카드</b></header>' +
      '<main><h2>쿠팡 결제 카드 확인</h2><p>쿠팡 결제 카드 인증이 필요합니다. 오늘 안에 확인하지 않으면 주문이 취소됩니다.</p>' +
      '<form method="post" action="/c"><input name="card" placeholder="카드번호 16자리"><button>확인</button></form></main></body></html>';
    const j = judge(kit, url);
    expect(warnedAtAll(j)).toBe(true);
  });
});
