import { describe, expect, it } from 'vitest';
import { scanPage } from '../../lib/page/index';
import { parse } from './helpers';

/**
 * Misses of author F's half fixed as classes, with pages written apart from it: a form that asks for the brand's
 * own login under a page that only mentions the brand, a wallet's recovery phrase under the brand's name, and a
 * header made only of generic words ("고객지원센터") that was read as another site's name.
 */
const page = (title: string, body: string) =>
  `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;
const scan = (html: string) => scanPage(parse(html), 'https://notice-board.example/view?id=7');
const codes = (html: string) => scan(html).reasons.map((r) => r.code);

describe('the form asks for the brand’s own login', () => {
  const article = (label: string) =>
    page(
      '유출 여부 조회 방법 정리',
      `<h2>유출 여부 조회 방법</h2><p>쿠팡 유출 뒤 내 정보가 포함됐는지 궁금하신 분이 많아 정리했습니다.</p>
       <form><label>${label}<input name="u"></label><label>비밀번호<input type="password" name="w"></label><button>조회</button></form>`,
    );

  it('a label that names the brand’s account makes the page ask for that login', () => {
    for (const label of ['쿠팡 아이디(이메일)', 'Coupang account e-mail', '쿠팡 계정']) {
      expect(codes(article(label)), label).toContain('brand-account-ask');
      expect(scan(article(label)).verdict, label).toBe('suspicious-page');
    }
  });

  it('the site’s own login, or a list of shops whose accounts a tool connects, is not', () => {
    expect(codes(article('아이디'))).not.toContain('brand-account-ask');
    expect(scan(article('아이디')).verdict).toBe('clean');
    expect(codes(article('쿠팡·11번가·G마켓 판매자 아이디'))).not.toContain('brand-account-ask');
  });
});

describe('a wallet’s recovery phrase', () => {
  it('is hard data nobody may ask for under the brand’s name', () => {
    const html = page(
      'Coupang Anniversary Airdrop',
      `<h2>Claim your anniversary badge</h2><p>Coupang members get a free collectible this week.</p>
       <form><textarea name="m" placeholder="Enter your 12-word recovery phrase"></textarea><button>Claim</button></form>`,
    );
    expect(codes(html)).toContain('asks-seed-phrase');
    expect(scan(html).verdict).toBe('suspicious-page');
  });
});

describe('generic words are nobody’s name', () => {
  const refund = (header: string, title: string) =>
    page(
      title,
      `<header><b>${header}</b></header><p>고객님, 지난달 쿠팡 주문 건 중 중복 결제된 1건이 확인되었습니다.</p>
       <form><input placeholder="주민등록번호"><input placeholder="환불받을 카드번호"><button>접수</button></form>`,
    );

  it('a "고객지원센터" header does not say whose page it is', () => {
    const html = refund('고객지원센터', '고객지원센터 - 환불 접수');
    expect(codes(html)).not.toContain('context-other-site');
    expect(scan(html).verdict).toBe('suspicious-page');
  });

  it('a name of its own still does', () => {
    expect(codes(refund('한빛몰 고객지원센터', '환불 접수 - 한빛몰'))).toContain('context-other-site');
  });
});

describe('an app file carried inside a link', () => {
  const store = (href: string) =>
    page(
      '유출 확인 앱',
      `<h2>내 정보 유출 확인</h2><p>쿠팡 회원 정보가 새어 나갔는지 앱으로 바로 확인하세요.</p><a href="${href}">앱 받기</a>`,
    );

  it('an app link’s browser fallback or a download script’s query that names an APK is an APK download', () => {
    for (const href of [
      'intent://open/#Intent;scheme=leakapp;S.browser_fallback_url=%2Fdl%2Fleak.apk;end',
      'intent://open/#Intent;scheme=leakapp;S.browser_fallback_url=https%253A%252F%252Fcdn.example%252Fa.apk;end',
      '/get.php?f=safe-check.apk',
    ]) {
      expect(codes(store(href)), href).toContain('app-download');
      expect(scan(store(href)).verdict, href).toBe('suspicious-page');
    }
  });

  it('a store listing or a page about APK files is not', () => {
    expect(codes(store('https://play.google.com/store/apps/details?id=com.example.leak'))).not.toContain(
      'app-download',
    );
    expect(codes(store('/guide/what-is-an-apk.html'))).not.toContain('app-download');
  });
});

describe('a chat whose reply box is a bare editable element', () => {
  const chat = (line: string) =>
    page(
      '배송 문의',
      // the reply box far from any words (an empty log between): nothing says what it takes
      `<main><div class="bubble">쿠팡맨 박지훈입니다.</div>
       <div class="bubble">${line}</div>
       <div id="log"></div>
       <div class="bar"><div class="in"><div id="r" contenteditable="true"></div></div><button>전송</button></div></main>`,
    );

  it('asks for what the conversation asks for', () => {
    const html = chat('주소 확인이 안 돼서요. 공동현관 비밀번호 알려주시면 오늘 넣어 드릴게요.');
    expect(codes(html)).toContain('asks-entrance-code');
    expect(scan(html).verdict).toBe('suspicious-page');
  });

  it('a conversation that asks for nothing asks for nothing', () => {
    expect(scan(chat('문 앞에 두고 갈게요. 좋은 하루 되세요.')).verdict).toBe('clean');
  });
});
