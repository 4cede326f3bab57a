import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { scanPage } from '../../lib/page/index';
import { parse } from './helpers';

/**
 * Author T's half (frozen-t, scored once: 9 of its 113 honest pages flagged, 35 of 111 fakes missed in Node), taken
 * by class with pages written apart from it; next to each honest page the kit of the same shape, which stays flagged.
 */
const page = (title: string, body: string) =>
  `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;
const scan = (html: string, url = 'https://x.example/p') =>
  scanPage(parse(html), url, { parseHtml: (m) => parseHTML(m).document as unknown as Document });

describe("author T's honest pages", () => {
  it("reads a unit's two boxes, 동 and 호, as what they take, not the entrance code the notice is about", () => {
    const notice =
      '<div class="hd">햇살마을 관리사무소</div><h2>공동현관 출입번호 변경 안내</h2>' +
      '<p>새 번호는 우편함으로 전해 드립니다.</p>' +
      '<p>최근 쿠팡 고객정보 유출로 공동현관 출입번호가 알려졌을 수 있어 다음 주에 모든 동의 번호를 바꿉니다.</p>';
    const honest = page(
      '햇살마을 관리사무소',
      `${notice}<form><input name="dong" placeholder="동"><input name="ho" placeholder="호"><input type="password" name="p" placeholder="비밀번호"><button>입주민 로그인</button></form>`,
    );
    expect(scan(honest, 'https://haetsal-apt.example/notice/3').verdict).toBe('clean');
    // a box that asks the code itself is what a kit wants, under the same notice
    const kit = page(
      '공동현관 출입번호 확인',
      '<h2>쿠팡 배송 출입번호 확인</h2><p>쿠팡 고객님, 로켓배송 기사님이 출입할 수 있도록 공동현관 출입번호를 입력해 주세요.</p>' +
        '<form><input name="d" placeholder="동"><input name="h" placeholder="호"><input name="code" placeholder="공동현관 출입번호"><button>확인</button></form>',
    );
    expect(scan(kit, 'https://cp-door.example/in').verdict).toBe('suspicious-page');
  });

  it("lets an app store's own listing of the brand's app offer to install it", () => {
    const listing = page(
      '쿠팡 - Google Play 앱',
      '<h1>쿠팡 (Coupang)</h1><p>로켓배송, 로켓프레시, 쿠팡이츠까지 한 번에.</p><button>설치</button><p>평점 4.6 · 리뷰 120만</p>',
    );
    for (const url of [
      'https://play.google.com/store/apps/details?id=com.coupang.mobile',
      'https://apps.apple.com/kr/app/id454434967',
      'https://m.onestore.co.kr/mobilepoc/apps/appsDetail.omp?prodId=0000000001',
    ])
      expect(scan(listing, url).verdict, url).toBe('clean');
    // the same listing anywhere else is a fake store page (Google's other hosts are anyone's: sites.google.com)
    expect(scan(listing, 'https://play-google.example/store/apps/details?id=com.coupang.mobile').verdict).toBe(
      'suspicious-page',
    );
    expect(scan(listing, 'https://sites.google.com/view/coupang-app').verdict).toBe('suspicious-page');
  });

  it('reads the brand as where the breach happened as a party the page reports on, on a page with a name of its own', () => {
    const form =
      '<form><label>성명<input name="n"></label><label>주민등록번호<input name="a" maxlength="6">-<input type="password" name="b" maxlength="7"></label>' +
      '<label>휴대폰<input name="t"></label><button>인증 요청</button></form>';
    const honest = page(
      '명의보호센터',
      `<div class="bar">명의보호센터</div><h2>내 명의 개통 조회</h2>${form}<p>쿠팡 유출 이후 내 명의로 개통된 휴대폰이 있는지 확인할 수 있습니다.</p>`,
    );
    expect(scan(honest, 'https://www.myname-guard.example/check').verdict).toBe('clean');
    // the same sentence going on to the lure's payout is the lure
    const payout = page(
      '명의보호센터',
      `<div class="bar">명의보호센터</div><h2>조회</h2>${form}<p>쿠팡 유출 이후 피해 보상금을 받으실 분은 본인 확인을 해 주세요.</p>`,
    );
    expect(scan(payout, 'https://www.myname-guard.example/check').verdict).toBe('suspicious-page');
    // … and with no name of its own (no bar saying what its title says), the brand's sentence is the page's voice
    const bare = page(
      '본인 확인',
      `<h2>내 명의 개통 조회</h2>${form}<p>쿠팡 유출 이후 내 명의로 개통된 휴대폰이 있는지 확인할 수 있습니다.</p>`,
    );
    expect(scan(bare, 'https://check-id.example/').verdict).toBe('suspicious-page');
  });
});
