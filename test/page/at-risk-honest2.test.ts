// page68: honest pages the second chance warned "anywhere" (a key outside every box) by a password ask the scorer
// itself weighed as no one's brand password — an integration's API secret box; their kit twins stay warned.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { judgeSavedPage } from '../../cli/page';
import { compileLists } from '../../lib/domain/index';
import { bundledList } from '../../lib/lists/bundled';
import { kindAsSeen, warnAnywhere, warnsAtTyping } from '../../lib/page/risk-time';

const lists = compileLists(bundledList);
const judge = (html: string, url: string) => {
  const { result } = judgeSavedPage(html, url, lists);
  const doc = parseHTML(html).document as unknown as Document;
  return { verdict: result.verdict, page: result.page, doc, warned: warnsAtTyping(doc, result.page) };
};

// A multichannel order tool's settings page: its own name in the title, the brand as the shop it links to, and the
// seller's API keys (vendor id, access key, a masked secret key). Its own words, not a half's.
const tool = (title: string, heading: string) =>
  `<html><head><title>${title}</title></head><body><header><b>주문모아</b> 판매자 센터</header>` +
  `<main><h2>${heading}</h2><p>쿠팡 WING 의 판매자 정보 &gt; 추가판매정보 에서 발급한 OPEN API 키를 입력하면 ` +
  '주문과 송장이 자동으로 연동됩니다.</p><form action="/api/channels/coupang" method="post">' +
  '<label>업체코드 <input name="vendor" placeholder="A01234567"></label>' +
  '<label>Access Key <input name="ak"></label>' +
  '<label>Secret Key <input type="password" name="sk"></label><button>연동 저장</button></form></main></body></html>';

describe("an integration's API secret box: the seller tool's own connection (page68)", () => {
  const url = 'https://app.jumunmoa.example/channels/coupang';
  const pages = [
    tool('주문모아 - 쿠팡 연동', '쿠팡 WING 연동'),
    tool('채널 연동 - 쿠팡 | 주문모아', '쿠팡 마켓 연동하기'),
    tool('주문모아 판매자 센터', '쿠팡 윙(WING) API 연동'),
  ];

  it('the secret key box is read as no secret box, and the scorer weighs its ask as no brand password', () => {
    for (const html of pages) {
      const j = judge(html, url);
      expect(kindAsSeen(j.doc.querySelector('input[name=sk]')!)).toBe('none');
      const ask = j.page.reasons.find((r) => r.code === 'asks-password');
      expect(ask?.weight ?? 0).toBeLessThan(3);
    }
  });

  it('the tool is not warned by itself nor at typing, in a box or outside every box', () => {
    for (const html of pages) {
      const j = judge(html, url);
      expect(j.verdict).toBe('unknown');
      expect(warnAnywhere(j.page)).toBe(false);
      expect(j.warned).toBe(false);
    }
  });

  it("a kit that asks the brand's login password beside the keys stays warned", () => {
    const kit =
      '<html><head><title>쿠팡 WING - API 키 재확인</title></head><body><h1>쿠팡 WING 판매자 센터</h1>' +
      '<p>보안 점검으로 OPEN API 키와 WING 로그인 정보를 다시 확인합니다. 24시간 안에 확인하지 않으면 정산이 보류됩니다.</p>' +
      '<form action="https://collect.example/k"><input placeholder="WING 아이디"><input type="password" placeholder="WING 비밀번호">' +
      '<input placeholder="Access Key"><input type="password" placeholder="Secret Key"><button>확인</button></form></body></html>';
    const j = judge(kit, 'https://wing-apicheck.example/verify');
    expect(j.verdict === 'suspicious-page' || j.warned).toBe(true);
  });

  it("a kit's password box outside every box still warns through the page's ask (a script-made box)", () => {
    // the ask at a password's full weight: typing outside every box (a focusable <div> drawn as the box) warns
    const kit =
      '<html><head><title>쿠팡 로그인</title></head><body><h1>쿠팡</h1><p>쿠팡 계정 보호를 위해 다시 로그인해 주세요.</p>' +
      '<form action="https://collect.example/p"><input placeholder="쿠팡 아이디(이메일)"><input type="password" placeholder="쿠팡 비밀번호">' +
      '<button>로그인</button></form></body></html>';
    const j = judge(kit, 'https://coupang-relogin.example/');
    expect(j.verdict === 'suspicious-page' || warnAnywhere(j.page)).toBe(true);
  });
});

// A community thread: a member pastes a text in the brand's voice ("[Web발신] 쿠팡 …", read as a claim) and asks if it
// is real, under the board's own sign-in in its top bar (its name, an id and a password). Its own words.
const thread = (bar: string, id = '아이디') =>
  '<html><head><title>쿠팡 보상 문자 받으셨나요? 링크 눌러도 되나</title></head><body>' +
  `<div class="top">${bar} <form><input placeholder="${id}"> <input type="password" placeholder="비밀번호"> <button>로그인</button></form></div>` +
  '<div class="post"><h2>쿠팡 보상 문자 받으셨나요? 링크 눌러도 되나</h2><p>아침에 "[Web발신] 쿠팡 유출 보상금 지급 안내, ' +
  '신청하세요" 하는 문자가 왔네요. 들어가 보니 쿠팡 로고에 카드번호 넣으라고 하던데 이거 진짜일까요?</p>' +
  '<div class="cm"><b>하늘맘</b> 스미싱이에요 누르지 마세요 쿠팡은 문자로 보상 신청 안 받아요</div><div class="cm"><b>콩이네</b> ' +
  '저도 왔어요 신고했어요</div><form><textarea placeholder="댓글을 입력하세요"></textarea><button>등록</button></form></div></body></html>';

describe("a board's own sign-in under a pasted text in the brand's voice (page68)", () => {
  const url = 'https://cafe.sallim.example/board/7731';

  it("the scorer weighs the board's password as its own, and the second chance agrees", () => {
    const j = judge(thread('살림수다'), url);
    expect(j.verdict).toBe('unknown');
    const asks = j.page.reasons.filter((r) => r.code === 'asks-password');
    expect(asks.length).toBeGreaterThan(0);
    for (const r of asks) expect(r.weight).toBeLessThan(3);
    expect(j.warned).toBe(false);
  });

  it("the same page whose sign-in takes the brand's account is still warned at typing", () => {
    for (const html of [thread('살림수다', '쿠팡 아이디(이메일)'), thread('쿠팡')]) {
      const j = judge(html, url);
      expect(j.verdict === 'suspicious-page' || j.warned).toBe(true);
    }
  });
});
