// page67: honest pages the second chance warned at the first key, by class; their kit twins stay warned.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { judgeSavedPage } from '../../cli/page';
import { compileLists } from '../../lib/domain/index';
import { bundledList } from '../../lib/lists/bundled';
import { kindAsSeen, warnsAtTyping } from '../../lib/page/risk-time';

const lists = compileLists(bundledList);
const atTyping = (html: string, url: string) => {
  const { result } = judgeSavedPage(html, url, lists);
  const doc = parseHTML(html).document as unknown as Document;
  return { verdict: result.verdict, warned: warnsAtTyping(doc, result.page) };
};

// An apartment office's page for how parcels are let in: the unit's 동/호 asked under a line that names the brand's
// couriers and the lobby code (which the office offers not to give out). Its own words, not a half's.
const office = (boxes: string) =>
  '<html><head><title>택배 보관 신청</title></head><body><div class="top">한빛마을 5단지</div>' +
  '<main><h2>택배 받는 방법 바꾸기</h2><p>쿠팡 배송 기사님께 현관 비밀번호를 알려주지 않고 경비실 보관으로 바꿀 수 있습니다.</p>' +
  `${boxes}<input placeholder="연락처"><button>신청</button></main></body></html>`;

describe("a unit's 동/호 box under a notice about entrance codes (page67)", () => {
  it('the box says what it takes: an address, not the lobby code', () => {
    const doc = parseHTML(office('<input placeholder="동/호수">')).document;
    expect(kindAsSeen(doc.querySelector('input')!)).not.toBe('entrance');
    const two = parseHTML(office('<input placeholder="동"><input placeholder="호">')).document;
    for (const el of Array.from(two.querySelectorAll('input'))) expect(kindAsSeen(el)).not.toBe('entrance');
  });

  it('the office form is not warned at typing', () => {
    const url = 'https://hanbit5.apt-office.example/parcel';
    for (const boxes of [
      '<input placeholder="동/호수">',
      '<input placeholder="동"> <input placeholder="호">',
      '<input placeholder="동-호 (예: 101-1203)">',
    ])
      expect(atTyping(office(boxes), url)).toEqual({ verdict: 'unknown', warned: false });
  });

  it('a box of no words of its own under the same line is still read by it (the lobby code)', () => {
    const html = office('<input name="f1">');
    expect(kindAsSeen(parseHTML(html).document.querySelector('input')!)).toBe('entrance');
    expect(atTyping(html, 'https://hanbit5.apt-office.example/parcel').verdict).toBe('suspicious-page');
  });

  it("a courier kit that asks the unit and the lobby code in the brand's voice stays warned", () => {
    const kit =
      '<html><head><title>쿠팡 배송 안내</title></head><body><h1>쿠팡 로켓배송 기사입니다</h1>' +
      '<p>고객님 택배가 공동현관에서 대기 중입니다. 동/호수와 공동현관 비밀번호를 입력해 주세요.</p>' +
      '<form><input placeholder="동/호수"><label>공동현관 비밀번호 <input name="code" placeholder="공동현관 비밀번호"></label>' +
      '<button>확인</button></form></body></html>';
    const r = atTyping(kit, 'https://rocket-door.example/d/8812');
    expect(r.verdict === 'suspicious-page' || r.warned).toBe(true);
    const doc = parseHTML(kit).document;
    expect(kindAsSeen(doc.querySelector('input[name=code]')!)).toBe('entrance');
  });
});
