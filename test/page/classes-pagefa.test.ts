import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { scanPage } from '../../lib/page/index';
import { parse } from './helpers';

/**
 * Round pagefa (issue #11, false alarms): honest pages of the tuning halves' classes, written apart from them, each
 * beside the kit that read the rule and turned the same page into a lure, which stays flagged.
 */
const page = (title: string, body: string) =>
  `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;
const scan = (html: string, url = 'https://x.example/p') =>
  scanPage(parse(html), url, { parseHtml: (m) => parseHTML(m).document as unknown as Document });

/** An APK mirror's listing of an app of its own name; `about` is its description, `reviews` its readers' lines. */
const listing = (name: string, about: string, reviews: string[]) =>
  page(
    `${name} 3.1.0`,
    `<div class="app"><h1>${name} 3.1.0</h1><div class="dev">온새미로 · 1만+</div><p>${about}</p>` +
      `<a class="btn" href="https://dl.apk-shelf.example/files/jandon-3.1.0.apk">APK 다운로드</a>` +
      `<p class="sum">SHA-256: 5b1d0c4e9a</p><h3>리뷰</h3>${reviews.map((r) => `<div class="rv">${r}</div>`).join('')}</div>`,
  );
const url = 'https://apk-shelf.example/apk/jandon/3-1-0/';

describe("readers' reviews on a listing", () => {
  it("reads a listing's star-rated reviews as its readers talking, not the page speaking as the brand", () => {
    const honest = listing('잔돈모아 가계부', '결제 알림을 읽어 지출을 분류하고 남은 잔돈을 모읍니다.', [
      '★★★★★ 쿠팡 주문 내역도 자동으로 분류돼요',
      '★★★★☆ 가볍고 좋아요',
    ]);
    expect(scan(honest, url).verdict).toBe('clean');
    // (the rating in its own element, the words after it; and the emoji star with a score)
    const split = listing('잔돈모아 가계부', '결제 알림을 읽어 지출을 분류합니다.', [
      '<span>★★★★☆</span> <span>쿠팡이랑 배민 결제가 한 번에 보여요</span>',
      '<span>★★★☆☆</span> <span>광고가 조금 있어요</span>',
    ]);
    expect(scan(split, url).verdict).toBe('clean');
    const emoji = listing('Jandon Budget', 'Reads payment alerts and sorts your spending.', [
      '⭐ 4.5 Sorts my Coupang orders too',
      '⭐ 4.0 Light and fast',
    ]);
    expect(scan(emoji, url).verdict).toBe('clean');
  });

  it('keeps a review that gives the brand the app, a payout or a login: a kit writes its lure as a review', () => {
    for (const lure of [
      '★★★★★ 쿠팡 보상금 설치하고 바로 받았어요',
      '★★★★★ 쿠팡 공식 보안앱이라 안심돼요',
      '★★★★★ 쿠팡 로그인하니 환불 완료',
      '★★★★★ Coupang official security update, works',
    ]) {
      const kit = listing('잔돈모아 가계부', '결제 알림을 읽어 지출을 분류합니다.', [lure, '★★★★☆ 좋아요']);
      expect(scan(kit, url).verdict, lure).toBe('suspicious-page');
    }
  });

  it('reads the page speaking in the brand’s name as before, reviews or none', () => {
    // the page's own line names the brand: its reviews excuse nothing
    const kit = listing(
      '보상조회',
      '쿠팡 개인정보 유출 피해 고객은 앱 설치 후 보상금을 조회할 수 있습니다.',
      ['★★★★★ 빠르게 조회돼요', '★★★★☆ 좋아요'],
    );
    expect(scan(kit, url).verdict).toBe('suspicious-page');
    // a review that greets the reader as the brand's customer is a notice in its voice
    const greeted = listing('잔돈모아 가계부', '결제 알림을 읽어 지출을 분류합니다.', [
      '★★★★★ 쿠팡 고객님 이 앱으로 확인하세요',
      '★★★★☆ 좋아요',
    ]);
    expect(scan(greeted, url).verdict).toBe('suspicious-page');
    // a banner between star runs is the page's notice, not a rating
    const banner = listing('배송조회', '★★★ 쿠팡 배송 지연 안내 ★★★', ['★★★ 앱 설치 후 주소 확인 ★★★']);
    expect(scan(banner, url).verdict).toBe('suspicious-page');
    // one rated line is no listing's reviews: the brand in it is the page's line
    const one = listing('보상조회', '앱을 설치해 조회하세요.', ['★★★★★ 쿠팡 택배 조회 앱']);
    expect(scan(one, url).verdict).toBe('suspicious-page');
  });
});
