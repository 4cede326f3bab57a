import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { scanPage } from '../../lib/page/index';
import { parse } from './helpers';

/**
 * Round page37 (tune-aj's false alarms), taken by class with pages written apart from the corpus: a service that
 * signs its page with its own host (its top line is the name the host spells, its copyright line prints the host)
 * and makes the brand its topic. Next to each, the kits that copy it or sign their own host and still act as the
 * brand.
 */
const page = (title: string, body: string) =>
  `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;
const scan = (html: string, url: string) =>
  scanPage(parse(html), url, { parseHtml: (m) => parseHTML(m).document as unknown as Document });

describe('a points site whose login is its own, signed with its host', () => {
  const points = (name: string, host: string, box = '', head = '') =>
    page(
      '쿠팡 구매 포인트 적립',
      `<div class="bar"><b>${name}</b><span>홈 | 이벤트 | 로그인</span></div>${head}` +
        '<h1>쿠팡 구매 시 포인트 2% 적립</h1><p>포인트플러스 링크로 쿠팡에서 구매하면 결제액의 2%를 포인트로 돌려드립니다.</p>' +
        `<form>${box || '<input placeholder="이메일"><input type="password" placeholder="비밀번호">'}<button>로그인</button></form>` +
        `<p class="small">© 2026 ${host} · 이용약관 · 개인정보처리방침</p>`,
    );

  it('leaves it alone on the host it signs', () => {
    expect(
      scan(points('pointplus', 'www.pointplus.co.kr'), 'https://www.pointplus.co.kr/coupang').verdict,
    ).toBe('clean');
  });

  it('flags the same page copied onto another host (its footer prints the host it came from)', () => {
    expect(
      scan(points('pointplus', 'www.pointplus.co.kr'), 'https://pointplus-event.example/coupang').verdict,
    ).toBe('suspicious-page');
  });

  it("flags a kit that signs its own host but asks the brand's login", () => {
    const kit = points(
      'pointplus',
      'pointplus.example',
      '<input placeholder="쿠팡 아이디"><input type="password" placeholder="쿠팡 비밀번호">',
    );
    expect(scan(kit, 'https://pointplus.example/').verdict).toBe('suspicious-page');
  });

  it('flags a kit that signs its own host but asks a card', () => {
    const kit = points(
      'pointplus',
      'pointplus.example',
      '<input placeholder="카드번호" autocomplete="cc-number"><input placeholder="CVC" autocomplete="cc-csc">',
    );
    expect(scan(kit, 'https://pointplus.example/').verdict).toBe('suspicious-page');
  });

  it("flags a kit that signs its own host under the brand's logo", () => {
    const kit = points('pointplus', 'pointplus.example', '', '<img alt="쿠팡" src="/logo.png" class="logo">');
    expect(scan(kit, 'https://pointplus.example/').verdict).toBe('suspicious-page');
  });
});

describe("a suit's platform asking a resident number for the complaint, signed with its host", () => {
  const suit = (host: string, box = '<input placeholder="주민등록번호 (소장 작성용)">') =>
    page(
      '함께소송 - 쿠팡 사건',
      '<div class="bar"><b>hamkkesosong</b><span>홈 | 사건 목록 | 로그인</span></div>' +
        `<h2>쿠팡 사건 원고 모집</h2><p>현재 참여 3,204명</p><input placeholder="이름">${box}<input placeholder="주소"><button>참여</button>` +
        '<p>담당: 법무법인 한결 · 02-555-0142</p>' +
        `<p>© 2026 ${host} · 개인정보처리방침</p>`,
    );

  it('leaves it alone on the host it signs', () => {
    expect(scan(suit('www.hamkkesosong.com'), 'https://www.hamkkesosong.com/case/coupang').verdict).toBe(
      'clean',
    );
  });

  it('flags the same page on another host', () => {
    expect(scan(suit('www.hamkkesosong.com'), 'https://suit-join.example/case').verdict).toBe(
      'suspicious-page',
    );
  });

  it('flags a kit that signs its own host but asks the account the damages are "paid" to with its PIN', () => {
    const kit = suit(
      'hamkkesosong.example',
      '<input placeholder="주민등록번호"><input placeholder="계좌번호"><input type="password" placeholder="계좌 비밀번호">',
    );
    expect(scan(kit, 'https://hamkkesosong.example/').verdict).toBe('suspicious-page');
  });

  it("flags a kit that signs its own host but speaks to the brand's customers in its voice", () => {
    const html = suit('hamkkesosong.example').replace(
      '<p>현재 참여',
      '<p>쿠팡 고객님, 개인정보 유출 피해 보상을 위해 본인 확인이 필요합니다.</p><p>현재 참여',
    );
    expect(scan(html, 'https://hamkkesosong.example/').verdict).toBe('suspicious-page');
  });
});

describe('pages that only hand the reader to a chat', () => {
  it('flags a courier in the brand’s name whose parcel trouble is settled in an open chat', () => {
    const kit = page(
      '기사 연락',
      '<p>안녕하세요 쿠팡 배송기사입니다. 배송 불가 상태라 문자 남깁니다. 아래 링크로 카톡 주세요.</p>' +
        '<a href="https://open.kakao.com/me/rider8812">카톡 연락</a>',
    );
    expect(scan(kit, 'https://rider-talk.example/c').verdict).toBe('suspicious-page');
  });

  it('leaves alone a shop that names itself and answers address questions in its own channel', () => {
    const shop = page(
      '배송 안내 | 한빛마켓',
      '<header><b>한빛마켓</b></header><p>쿠팡 로켓배송과 달리 저희 상품은 택배로 보내 드립니다. 주소지 오류가 있으면 카톡으로 알려 주세요.</p>' +
        '<a href="https://open.kakao.com/me/hanbitmarket">한빛마켓 카톡</a><footer>© 한빛마켓 · 사업자등록번호 123-45-67890</footer>',
    );
    expect(scan(shop, 'https://hanbitmarket.example/delivery').verdict).toBe('clean');
  });

  it("flags the brand's compensation desk that is only a KakaoTalk chat", () => {
    const kit = page(
      '상담 안내',
      '<h2>쿠팡 보상 접수 카카오톡 상담</h2><p>접수량이 많아 카카오톡으로 안내드립니다.</p>' +
        '<a href="https://open.kakao.com/o/gAb12Cd">상담 시작</a>',
    );
    expect(scan(kit, 'https://cp-desk.example/').verdict).toBe('suspicious-page');
  });

  it("leaves alone a victims' group whose open chat shares news", () => {
    const group = page(
      '유출 피해자 모임 | 함께모임',
      '<header><b>함께모임</b></header><h2>쿠팡 유출 피해자 정보 공유</h2><p>소식은 오픈채팅 정보 공유방에서 나눕니다.</p>' +
        '<a href="https://open.kakao.com/o/gZx99Qw">정보 공유방</a><footer>© 함께모임</footer>',
    );
    expect(scan(group, 'https://hamkke.example/').verdict).toBe('clean');
  });

  it('flags a review side job whose only way in is a Telegram handle written out', () => {
    const kit = page(
      '부업 안내',
      '<h2>리뷰 알바 모집</h2><p>쿠팡 상품 후기 작성 재택 부업. 하루 1시간, 일당 7~12만원. 텔레그램 @cp_task_desk 으로 문의.</p>',
    );
    expect(scan(kit, 'https://task-desk.example/').verdict).toBe('suspicious-page');
  });

  it('leaves alone a price blog that names its Telegram alert channel', () => {
    const blog = page(
      '오늘의 최저가 | 알뜰노트',
      '<header><b>알뜰노트</b></header><h2>쿠팡 오늘의 특가 정리</h2><p>새 특가 알림은 텔레그램 @alddeul_note 채널에서 받아 보세요.</p>' +
        '<footer>© 알뜰노트</footer>',
    );
    expect(scan(blog, 'https://alddeul.example/today').verdict).toBe('clean');
  });
});
