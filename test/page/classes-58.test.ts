import { describe, expect, it } from 'vitest';
import { codesOf, koPage as page, verdictOf as verdict } from './helpers';

/**
 * Round page58 (issue #11: the fakes older rounds left, by class). The class with a sound rule: a call-back number
 * a script builds in steps the scorer did not follow — digit groups kept as nested arrays and joined by a map, or a
 * joined number reshaped by a `replace` before it goes into a tel: link or the page's text. Pages written apart from
 * the corpus; next to each kit, an honest page whose script does the same to a date, an order number or its own
 * contact line.
 */

const notice = (script: string, extra = '') =>
  page(
    '결제 알림',
    `<div class="top"><b>쿠팡</b></div><h2>정보유출 관련 결제 확인</h2><p>고객님 명의로 628,400원 결제가 ` +
      `승인되었습니다. 본인이 결제하지 않았다면 아래 번호로 지금 전화해 취소하세요.</p>${extra}<p id="n"></p>` +
      `<a id="c" href="#">상담원 전화 연결</a><script>${script}</script>`,
  );

describe('a call-back number a script builds from digit groups mapped by a join', () => {
  it('flags groups joined by an arrow map and given to a tel: link', () => {
    const html = notice(
      `var parts=[[0,2],[5,5,1,8],[7,3,0,4]];var d=parts.map(x=>x.join(''));` +
        `document.getElementById('c').href='tel:'+d.join('');`,
    );
    expect(codesOf(html, 'https://refund-line.example/p')).toContain('callback-lure');
    expect(verdict(html, 'https://refund-line.example/p')).toBe('suspicious-page');
  });

  it('flags groups joined by a function map and written into the page as text', () => {
    const html = notice(
      `var g=[['0','7','0'],['3','3','1','2'],['9','0','5','1']],p=g.map(function(s){return s.join('')});` +
        `document.getElementById('n').textContent=p.join('-');`,
    );
    expect(codesOf(html, 'https://refund-line.example/q')).toContain('callback-lure');
  });

  it("leaves a shop's script that builds its delivery date from mapped groups clean", () => {
    const html = page(
      '배송 안내 | 숲속공방',
      `<header><b>숲속공방</b></header><h2>배송 안내</h2><p>숲속공방 제품은 쿠팡에서도 판매합니다. 도착 예정일은 ` +
        `<span id="d"></span> 입니다.</p><script>var t=[[2,0,2,6],[1,2],[1,1]],s=t.map(function(a){return a.join('')});` +
        `document.getElementById('d').textContent=s.join('-');</script>`,
    );
    expect(verdict(html, 'https://www.soop-craft.example/ship')).toBe('clean');
  });
  it("leaves a shop's own number built by an arrow map, on its order page with no call urged, clean", () => {
    const html = page(
      '주문 완료 | 숲속공방',
      `<header><b>숲속공방</b></header><h2>주문이 완료되었습니다</h2><p>결제 금액 52,000원. 쿠팡 로켓배송 상품과 ` +
        `함께 도착합니다. 문의 <a id="c" href="#"></a></p><script>var q=[[0,2],[6,4,4,7],[1,2,0,0]].map(v=>v.join(''));` +
        `var c=document.getElementById('c');c.textContent=q.join('-');c.href='tel:'+q.join('');</script>`,
    );
    expect(verdict(html, 'https://www.soop-craft.example/order/done')).toBe('clean');
  });
});

describe('a call-back number a script reshapes with a replace', () => {
  it('flags a joined number reshaped and given to a tel: link', () => {
    const html = notice(
      `var k=['16','68','-','20','41'].join('').replace(/(\\d{4})(\\d{4})/,'$1-$2');` +
        `document.getElementById('n').textContent=k;document.getElementById('c').href='tel:'+k.replace(/-/g,'');`,
    );
    expect(codesOf(html, 'https://card-reissue.example/r')).toContain('callback-lure');
    expect(verdict(html, 'https://card-reissue.example/r')).toBe('suspicious-page');
  });

  it('flags a literal number stripped of its dashes for the tel: link', () => {
    const html = notice(`var m='070-4412-8830'.replace(/-/g,'');document.getElementById('c').href='tel:'+m;`);
    expect(codesOf(html, 'https://card-reissue.example/s')).toContain('callback-lure');
  });

  it("leaves a shop's own contact line reshaped by script, with no call urged over a payment, clean", () => {
    const html = page(
      '고객센터 | 숲속공방',
      `<header><b>숲속공방</b></header><h2>고객센터</h2><p>숲속공방 제품은 쿠팡과 자사몰에서 판매합니다. 운영시간 ` +
        `평일 10시~17시.</p><p id="n"></p><a id="c" href="#">전화 문의</a><script>var k='0264471200'.replace(` +
        `/(\\d{2})(\\d{4})(\\d{4})/,'$1-$2-$3');document.getElementById('n').textContent=k;` +
        `document.getElementById('c').href='tel:'+k;</script>`,
    );
    expect(verdict(html, 'https://www.soop-craft.example/cs')).toBe('clean');
  });

  it('leaves an order page that formats its order number with a replace clean', () => {
    const html = page(
      '주문 완료 | 숲속공방',
      `<header><b>숲속공방</b></header><h2>주문이 완료되었습니다</h2><p>결제 금액 38,000원. 쿠팡 로켓배송 상품과 ` +
        `함께 배송됩니다. 주문번호 <span id="o"></span></p><script>var o='2026120941178'.replace(/(\\d{8})/,'$1-');` +
        `document.getElementById('o').textContent=o;</script>`,
    );
    expect(verdict(html, 'https://www.soop-craft.example/done')).toBe('clean');
  });
});

/**
 * Left, with the line they draw: a call-back number masked or cut short on the page (t045 "070-7150", ab049
 * "1533-08xx") is no number to dial — the same kit with a number a reader can call is caught, and the pages that
 * write numbers masked are the honest ones (a story or a warning that will not print the crook's line). Push bait
 * whose "Allow" carries no check or prize asks what a news site asks for its breaking news.
 */
describe('left: masked call-back numbers and push bait with nothing on the Allow', () => {
  const reissue = (num: string) =>
    page(
      '카드 재발급 안내',
      `<div class="top"><b>쿠팡</b></div><h2>연계 카드 재발급 안내</h2><p>개인정보 유출로 고객님 카드가 재발급되어 ` +
        `발송 중입니다. 신청하지 않으셨다면 아래 번호로 바로 전화 주세요.</p><h3>☎ ${num}</h3>`,
    );

  it('catches the kit once its number can be dialled', () => {
    expect(codesOf(reissue('1522-0637'), 'https://card-notice.example/r')).toContain('callback-lure');
  });

  it('reads no number where the page masks it', () => {
    expect(codesOf(reissue('1522-06xx'), 'https://card-notice.example/r')).not.toContain('callback-lure');
  });

  it('leaves a news story that prints the scam line masked clean', () => {
    const html = page(
      '쿠팡 사칭 카드 재발급 문자 주의 | 한빛일보',
      `<header><b>한빛일보</b></header><h1>쿠팡 사칭 "카드 재발급" 문자 주의</h1><p>개인정보 유출 이후 ` +
        `"카드가 재발급되었다"며 1522-06xx 번호로 전화를 유도하는 문자가 퍼지고 있다. 경찰은 문자 속 번호로 ` +
        `전화하지 말라고 당부했다.</p>`,
    );
    expect(verdict(html, 'https://www.hanbit-news.example/a/1')).toBe('clean');
  });

  it("leaves a news site's breaking-news alert ask on a story about the brand clean", () => {
    const html = page(
      '[속보] 쿠팡 배송 지연 | 한빛일보',
      `<header><b>한빛일보</b></header><h1>쿠팡 배송 지연 계속</h1><p>속보 알림을 받으시려면 알림을 허용해 주세요.</p>` +
        `<button id="a">알림 허용</button><script>document.getElementById('a').onclick=function(){` +
        `Notification.requestPermission()};</script>`,
    );
    expect(verdict(html, 'https://www.hanbit-news.example/a/2')).toBe('clean');
  });
});
