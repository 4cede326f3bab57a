import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { scanPage } from '../../lib/page/index';
import { parse } from './helpers';

/**
 * Author R's half (frozen-r, scored once: 78/110 caught, 4/110 flagged in Node), taken by class with pages written
 * apart from it; next to each kit the honest page that shares its words or its shape, which must stay clean.
 */
const page = (title: string, body: string, lang = 'ko') =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;
const scan = (html: string, url = 'https://x.example/p') =>
  scanPage(parse(html), url, { parseHtml: (m) => parseHTML(m).document as unknown as Document });

describe("author R's kits", () => {
  it('reads the first <h3> as the main heading of a page that has no <h1> or <h2>', () => {
    const kit = page(
      '등록',
      '<div><h3>쿠팡 기프트카드 등록</h3><p>선물받은 카드가 등록되지 않았습니다. 카드 뒷면 번호로 다시 등록하세요.</p>' +
        '<input placeholder="PIN 16자리"><input placeholder="휴대폰"><button>등록</button>' +
        '<h4>자주 묻는 질문</h4></div>',
    );
    expect(scan(kit).verdict).toBe('suspicious-page');
    // under a page's own <h2>, the same <h3> is a section of that page, as before
    const shop = page(
      '선물함 - 도담몰',
      '<h2>도담몰 선물함</h2><h3>쿠팡 기프트카드 등록</h3><p>다른 쇼핑몰 상품권은 등록되지 않습니다.</p>' +
        '<input placeholder="상품권 PIN"><button>등록</button>',
    );
    expect(scan(shop).verdict).toBe('clean');
  });

  it("reads a main heading that opens with the brand or its service and offers a lure's gift as the page's slot", () => {
    const en = page(
      'Pass',
      '<h3>Coupang Play — free season pass for members</h3><p>Confirm your phone to receive the pass.</p>' +
        '<input placeholder="Phone number"><input placeholder="Carrier"><input placeholder="Date of birth"><button>Send code</button>',
      'en',
    );
    expect(scan(en).verdict).toBe('suspicious-page');
    const push = page(
      '쿠폰',
      '<h1>쿠팡이츠 배달비 무료 쿠폰 5장</h1><p>위 알림창에서 <b>허용</b>을 누르면 쿠폰이 바로 지급됩니다.</p>' +
        '<script>Notification.requestPermission()</script>',
    );
    expect(scan(push).verdict).toBe('suspicious-page');
    // a guide to the same gift, a story about the scam, and a warning are not the brand's page
    const guide = page(
      '알뜰살뜰 블로그',
      '<h1>쿠팡이츠 무료배달 쿠폰 받는 방법</h1><p>앱 알림을 허용하면 쿠폰 소식을 받을 수 있어요.</p>' +
        '<input placeholder="댓글 작성자"><input type="password" placeholder="댓글 비밀번호">',
    );
    expect(scan(guide).verdict).toBe('clean');
    const story = page(
      '오늘의 IT',
      '<h1>쿠팡 보상금 문자 링크, 직접 눌러봤습니다</h1><p>가짜 페이지는 로그인 정보를 물었습니다. 절대 입력하지 마세요.</p>' +
        '<form><input placeholder="아이디"><input type="password" placeholder="비밀번호"><button>댓글 로그인</button></form>',
    );
    expect(scan(story).verdict).toBe('clean');
  });

  it('reads the step a button shows right after itself (this.nextElementSibling) as asked', () => {
    const kit = page(
      '보상',
      '<p style="font:800 22px sans-serif">쿠팡이츠</p><h3>배달 파손 보상금 지급</h3><p>보상금 지급을 위해 본인 인증을 진행하세요.</p>' +
        '<input placeholder="휴대폰 번호">' +
        `<button onclick="this.nextElementSibling.style.display='block'">인증번호 받기</button>` +
        '<div style="display:none"><input placeholder="인증번호"><input placeholder="입금받을 계좌번호"><button>완료</button></div>',
    );
    expect(scan(kit).verdict).toBe('suspicious-page');
    // a nameless hidden block no button shows is still not read as asked
    const idle = kit.replace(`onclick="this.nextElementSibling.style.display='block'"`, '');
    expect(scan(idle).verdict).toBe('clean');
    // an honest FAQ whose answers open the same way asks nothing
    const faq = page(
      '자주 묻는 질문 - 한결택배',
      '<h1>한결택배 자주 묻는 질문</h1><p>쿠팡에서 산 상품의 반품은 쿠팡 앱에서 신청하세요.</p>' +
        `<button onclick="this.nextElementSibling.style.display='block'">운송장 번호는 어디 있나요?</button>` +
        '<div style="display:none"><p>상자 위 송장에 적혀 있습니다.</p></div>',
    );
    expect(scan(faq).verdict).toBe('clean');
  });
});
