import { describe, expect, it } from 'vitest';
import { judgeSavedPage } from '../../cli/page';
import { compileLists } from '../../lib/domain/index';
import { bundledList } from '../../lib/lists/bundled';
import { koPage as page } from './helpers';
import { flaggedOrAtTyping } from './saved-set';

/**
 * Authors BK and BL's halves (tune-bk, tune-bl), the misses left after round page-r7-bk taken by class (round
 * page-r8-miss) with pages written apart from them: each kit fails on integ and is caught here; each honest twin
 * stays unwarned. `warned` is the browser's answer: flagged, or warned at the first key into a secret box.
 */
const lists = compileLists(bundledList);
const warned = (html: string, url: string) =>
  flaggedOrAtTyping(html, judgeSavedPage(html, url, lists).result).flagged;

const TURN = '<style>.tv{unicode-bidi:bidi-override;direction:rtl;display:block}</style>';

describe('labels a stylesheet class turns right to left, their words stored backwards', () => {
  it('warns a refund page whose card boxes are labelled backwards under a bidi override', () => {
    expect(
      warned(
        page(
          '환불',
          '<h2 class="tv">내안 불환 팡쿠</h2><p class="tv">.요세하력입 를보정 드카 신하제결</p>' +
            '<span class="tv">호번 드카</span><input name="f1"><span class="tv">일료만</span><input name="f2">' +
            '<span class="tv">일월년생</span><input name="f3"><button>환불 신청</button>',
          TURN,
        ),
        'https://rf-desk.example/r',
      ),
    ).toBe(true);
  });

  it('leaves an Arabic-script shop’s own sign-up with turned labels unwarned (no brand, no card)', () => {
    expect(
      warned(
        page(
          '회원가입 - 사막상회',
          '<h2>사막상회 회원가입</h2><span class="tv">름이</span><input name="f1"><span class="tv">일메이</span>' +
            '<input name="f2"><button>가입</button>',
          TURN,
        ),
        'https://samak.example/join',
      ),
    ).toBe(false);
  });
});

describe('a screenshot of the reader’s payment barcode asked through a file box', () => {
  it('warns a "refund check" that has the reader capture the pay app’s barcode and upload it', () => {
    expect(
      warned(
        page(
          '쿠팡페이 환불 안내',
          '<h3>쿠팡페이 환불 접수</h3><p>앱에서 결제용 바코드를 띄워 주세요.</p>' +
            '<p>숫자가 보이게 스크린샷을 찍은 뒤 아래에 첨부하세요.</p>' +
            '<input type="file" accept="image/*"><button>보내기</button>',
        ),
        'https://cp-refund-check.example/',
      ),
    ).toBe(true);
  });

  it('leaves a shop’s review upload of a receipt picture unwarned (no payment barcode)', () => {
    expect(
      warned(
        page(
          '포토 리뷰 - 누리몰',
          '<h3>누리몰 포토 리뷰 이벤트</h3><p>쿠팡에서 구매하신 영수증 화면을 캡처해서 올려 주세요.</p>' +
            '<input type="file" accept="image/*"><button>올리기</button>',
        ),
        'https://nurimall.example/review',
      ),
    ).toBe(false);
  });
});

describe('the brand’s service name cut to its initial and drawn only by a stylesheet', () => {
  const head = (s: string) => `<style>.mk::before{content:"${s}";color:#346aff;font-weight:800}</style>`;
  const body =
    '<div class="mk"></div><p>결제 비밀번호 확인</p><p>쿠팡 주문 취소 승인을 위해 결제 비밀번호 6자리를 누르세요.</p>' +
    '<div id="k"></div><script>var p="";"1234567890".split("").forEach(function(d){var b=document.createElement("b");' +
    'b.textContent=d;b.onclick=function(){p+=d;if(p.length==6)fetch("/k",{method:"POST",body:p})};' +
    'document.getElementById("k").appendChild(b)})</script>';

  it('warns a payment-PIN keypad whose face is "Ｃ-ｐａｙ" drawn in a ::before, the brand in its lines', () => {
    expect(warned(page('Pay', body, head('\\FF23-\\FF50\\FF41\\FF59')), 'https://pin-ok.example')).toBe(true);
  });

  it('leaves the same face unwarned on a page that never names the brand', () => {
    expect(
      warned(
        page('Pay', body.replace('쿠팡 주문', '주문'), head('\\FF23-\\FF50\\FF41\\FF59')),
        'https://pin-ok.example',
      ),
    ).toBe(false);
  });
});

describe('a task scam’s deposit under a name that opens with one of the brand’s family words', () => {
  it('warns a "Rocket … Mission" centre that takes a deposit for the next round of tasks', () => {
    expect(
      warned(
        page(
          'Rocket Star Mission',
          '<h3>Rocket Star Mission · 미션 센터</h3><p>오늘 수당 15,000원이 적립되었습니다.</p>' +
            '<p>다음 VIP 미션은 선입금 300,000원 후 배정됩니다. 아래 계좌로 입금 후 텔레그램 @rs_center 로 캡처를 보내세요.</p>' +
            '<p>국민은행 123-45-678901 예금주 김OO</p>',
        ),
        'https://rs-mission.example',
      ),
    ).toBe(true);
  });

  it('leaves a rocket club’s membership page unwarned (a fee, no mission deposit)', () => {
    expect(
      warned(
        page(
          'Rocket Model Club',
          '<h3>Rocket Model Club 회원 모집</h3><p>모형 로켓 동호회입니다. 연회비 30,000원을 아래 계좌로 입금해 주세요.</p>' +
            '<p>국민은행 123-45-678901 예금주 김OO</p>',
        ),
        'https://rocketclub.example',
      ),
    ).toBe(false);
  });
});

describe('the brand named only in the text a step of the page’s script writes', () => {
  const body = (who: string) =>
    '<div id="s1"><p>주문번호를 입력하세요.</p><input id="n" placeholder="주문번호"><button onclick="go()">조회</button></div>' +
    '<div id="s2" style="display:none"><p id="out"></p><p>이 주문은 보호 조치 중입니다. 결제를 취소하려면 카드를 확인하세요.</p>' +
    '<input placeholder="카드번호"><input placeholder="유효기간"><input placeholder="CVC"><button>취소</button></div>' +
    `<script>function go(){document.getElementById('out').innerHTML='주문 '+document.getElementById('n').value+'<br>판매처: ${who}';` +
    "document.getElementById('s2').style.display='block'}</script>";

  it('warns an order lookup whose result pane names the brand as the seller, then asks the card', () => {
    expect(warned(page('주문 조회', body('쿠팡 로켓배송')), 'https://ord-look.example')).toBe(true);
  });

  it('leaves the same lookup unwarned when the pane names no brand', () => {
    expect(warned(page('주문 조회', body('누리몰')), 'https://ord-look.example')).toBe(false);
  });
});
