import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { scanPage } from '../../lib/page/index';
import { parse } from './helpers';

/**
 * Round page30 (tune-ad's false alarms): a payment service's window that offers the brand's pay as one option beside
 * other companies' pays, and a page whose only word of the brand is the line saying it is a separate service. Next to
 * each honest page a kit of the same shape, which stays flagged.
 */
const page = (title: string, body: string) =>
  `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;
const scan = (html: string, url: string) =>
  scanPage(parse(html), url, { parseHtml: (m) => parseHTML(m).document as unknown as Document });
const CARD =
  '<form action="/pay"><input placeholder="카드번호"><input placeholder="MM/YY"><input type="password" placeholder="CVC"><button>결제</button></form>';
const options = (names: string[]) =>
  `<div>${names.map((n) => `<label><input type="radio" name="pm"> ${n}</label>`).join('')}</div>`;

describe("a payment window that offers the brand's pay among others", () => {
  it('stays clean: the brand’s pay is one choice of a payment service for some shop', () => {
    const pg = page(
      '결제하기',
      '<p>결제 대행: 한빛결제</p><h1>결제하기</h1><p>상점: 들꽃농원 · 꿀 2kg · 32,000원</p>' +
        options(['신용카드', '쿠페이', '토스페이', '카카오페이', '페이코']) +
        CARD +
        '<p>쿠페이를 고르시면 쿠팡페이 결제창이 열립니다.</p>',
    );
    expect(scan(pg, 'https://pay.hanbitpg.example/checkout?mid=farm').verdict).toBe('clean');
  });
  it("a kit in the brand's clothes offering only the brand's own ways to pay stays flagged", () => {
    const kit = page(
      '쿠팡 결제 오류 - 결제수단 재등록',
      '<header><div class="logo">쿠팡</div></header><h1>결제수단 재등록</h1><p>쿠팡 와우 멤버십 결제가 실패했습니다. 결제 수단을 다시 등록해 주세요.</p>' +
        options(['쿠페이 카드', '쿠페이 계좌', '휴대폰 결제']) +
        CARD,
    );
    expect(scan(kit, 'https://cp-billing.example/renew').verdict).toBe('suspicious-page');
  });
  it("a kit under the brand's logo and title is not excused by listing other pays", () => {
    const kit = page(
      '쿠팡 결제 확인',
      '<header><div class="logo">쿠팡</div></header><h1>쿠팡 주문 결제 확인</h1><p>고객님의 쿠팡 주문이 결제 대기 중입니다. 카드 정보를 확인해 주세요.</p>' +
        options(['신용카드', '쿠페이', '네이버페이', '카카오페이']) +
        CARD,
    );
    expect(scan(kit, 'https://cp-order.example/pay').verdict).toBe('suspicious-page');
  });
});

describe('the brand named only where the page says it is a separate service', () => {
  it('a subscription’s card registration saying it is separate from the brand’s subscription stays clean', () => {
    const sub = page(
      '정기결제 등록',
      '<h1>정기결제 카드 등록</h1><p>들꽃박스 구독 (월 19,900원) · 매월 5일 결제</p>' +
        CARD +
        '<p>쿠팡 정기배송과 별개의 서비스입니다. 언제든 해지할 수 있습니다.</p>',
    );
    expect(scan(sub, 'https://subscribe.deulkkot.example/billing').verdict).toBe('clean');
  });
  it('a kit that speaks of the brand elsewhere on the page is not excused by the same line', () => {
    const kit = page(
      '정기결제 등록',
      '<h1>정기결제 카드 등록</h1><p>쿠팡 로켓와우 회원님, 결제 카드가 만료되어 재등록이 필요합니다.</p>' +
        CARD +
        '<p>쿠팡 정기배송과 별개의 서비스입니다.</p>',
    );
    expect(scan(kit, 'https://wow-card.example/billing').verdict).toBe('suspicious-page');
  });
});
