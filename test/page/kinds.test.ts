import { describe, expect, it } from 'vitest';
import { scanPage } from '../../lib/page/index';
import { parse } from './helpers';

/**
 * More kinds of pages in other markup, written apart from the fixtures and kept here as a check that the
 * rules follow the kinds rather than the fixture files (each was first run unseen).
 */
const PAGES: [kind: string, expected: 'suspicious-page' | 'clean', html: string][] = [
  [
    'Coupang Eats delay compensation, card for payout',
    'suspicious-page',
    '<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8"><title>쿠팡이츠 - 배달 지연 보상 안내</title></head><body>\n<div class="wrap"><img src="/i/eats.png" alt="coupang eats"><h3>배달 지연 보상금 지급</h3>\n<p>주문하신 음식이 30분 이상 지연되어 보상금 5,000원이 지급됩니다. 본인 확인 후 입금해 드립니다.</p>\n<form action="https://eats-bonus.example/x.php" method="post"><input placeholder="이름"><input placeholder="휴대폰 번호"><input placeholder="카드번호 (보상금 입금용)"><button>보상받기</button></form></div></body></html>\n',
  ],
  [
    'English card update, brand only in an SVG title',
    'suspicious-page',
    '<!DOCTYPE html><html><head><title>Payment failed</title></head><body><header><svg width="100" height="20"><title>Coupang Play</title><rect width="10" height="10"/></svg></header>\n<main><h1>Update your payment method</h1><p>We couldn\'t renew your membership. Update your card to keep watching.</p>\n<form><label>Card number <input name="cn"></label><label>MM/YY <input name="exp"></label><label>CVC <input name="cvc"></label><button>Update</button></form></main></body></html>\n',
  ],
  [
    'fake customer centre with a remote-support APK, no form',
    'suspicious-page',
    '<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8"><title>고객 지원</title></head><body>\n<div class="top-bar"><b>쿠팡 고객센터</b></div><div class="content"><h2>상담 전 준비해 주세요</h2>\n<p>정확한 확인을 위해 상담원이 원격으로 휴대폰을 점검합니다.</p><a class="btn" href="https://remote-help.example/RemoteSupport.apk">원격지원 앱 받기</a></div></body></html>\n',
  ],
  [
    'brand only in site-name metadata',
    'suspicious-page',
    '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Sign in</title><meta property="og:site_name" content="Coupang"><meta property="og:title" content="Coupang"></head><body>\n<div class="box"><h2>Sign in</h2><form action="/a"><input type="email" name="e"><input type="password" name="p"><button>Continue</button></form></div></body></html>\n',
  ],
  [
    'brand only in a company-information line',
    'suspicious-page',
    '<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8"><title>주문 취소 확인</title></head><body>\n<div class="c"><h2>주문 취소 요청</h2><p>고객님의 주문(298,000원)이 결제되었습니다. 본인이 주문하지 않았다면 아래에서 취소하세요.</p>\n<form><input placeholder="카드번호"><input placeholder="유효기간 MM/YY"><input placeholder="CVC"><button>취소 요청</button></form></div>\n<div class="ft">상호명: 쿠팡(주) | 사업자등록번호: 120-88-00767 | 통신판매업 신고: 2014-서울송파-0013</div></body></html>\n',
  ],
  [
    'logo as a data: image inside the form',
    'suspicious-page',
    '<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8"><title>인증</title></head><body>\n<form class="auth" action="/v"><img src="data:image/png;base64,iVBORw0KGgo=" alt="쿠팡 로고"><p>문자로 받은 인증번호를 입력하세요</p><input name="code" maxlength="6" placeholder="인증번호"><button>확인</button></form></body></html>\n',
  ],
  [
    'personal review blog, hot-linked product image, comment password',
    'clean',
    '<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8"><title>쿠팡에서 산 전기포트 솔직 후기 - 민지의 하루</title></head><body>\n<div id="blog-header"><a href="/">민지의 하루</a></div><div class="post"><h1>쿠팡에서 산 전기포트 솔직 후기</h1>\n<p>로켓배송으로 다음날 바로 왔어요. 디자인은 예쁜데 소음이 좀 있어요.</p><img src="https://thumbnail10.coupangcdn.com/thumbnails/remote/300x300ex/image/retail/images/pot.jpg" alt="전기포트">\n<p>가격은 쿠팡 기준 29,800원이었어요.</p></div><div class="comments"><form action="/c"><input name="n" placeholder="이름"><input type="password" name="pw" placeholder="비밀번호"><textarea></textarea><button>등록</button></form></div>\n<div class="footer">© 민지의 하루</div></body></html>\n',
  ],
  [
    'news article without metadata, header login',
    'clean',
    '<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8"><title>쿠팡이츠 라이더 처우 개선 요구 확산</title></head><body>\n<div class="hd"><span class="logo-txt">시사오늘</span><form action="/login"><input name="id"><input type="password" name="pw"><button>로그인</button></form></div>\n<article><h1>쿠팡이츠 라이더 처우 개선 요구 확산</h1><p class="by">박지성 기자</p><p>쿠팡이츠 배달 라이더들이 배달 지연 책임 전가와 보상 체계에 반발하고 있다. 라이더들은 환불 요청 시 비용을 떠안는 구조를 바꿔야 한다고 주장했다.</p></article>\n<div class="footer">ⓒ 시사오늘 무단전재 및 재배포 금지</div></body></html>\n',
  ],
  [
    'seller course site with sign-up form',
    'clean',
    '<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8"><title>쿠팡 판매 시작하기 온라인 강의 | 셀러아카데미</title><meta property="og:site_name" content="셀러아카데미"></head><body>\n<header><a class="logo" href="/"><img src="/logo.svg" alt="셀러아카데미"></a></header><section><h1>쿠팡 판매 시작하기</h1><p>로켓그로스 입점부터 광고까지 8주 완성</p>\n<form action="/signup"><input placeholder="이름"><input placeholder="휴대폰"><input placeholder="주소"><input type="password" placeholder="비밀번호"><button>수강 신청</button></form></section>\n<footer>© 2025 셀러아카데미</footer></body></html>\n',
  ],
  [
    'English deals site listing shops',
    'clean',
    '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Korea Deals Today - best prices from Coupang, Gmarket, 11st</title></head><body>\n<header><span class="brand">DealsKR</span><form action="/login"><input name="u"><input type="password" name="p"></form></header>\n<div class="shops"><img src="/s/coupang.png" alt="Coupang"><img src="/s/gmarket.png" alt="Gmarket"><img src="/s/11st.png" alt="11st"></div>\n<h1>Today\'s deals</h1><ul><li>Rocket delivery air fryer - ₩59,000 at Coupang</li></ul><footer>© DealsKR</footer></body></html>\n',
  ],
];

describe('other kinds of pages', () => {
  it.each(PAGES)('%s → %s', (_kind, expected, html) => {
    expect(scanPage(parse(html), 'https://random-host.example/x').verdict).toBe(expected);
  });

  it('a news sentence naming the brand CEO is not a company-information line', () => {
    const html = `<html><head><title>로그인</title></head><body><form><input type="password"></form>
      <p>기사 본문입니다.</p><p>박대준 쿠팡 대표이사는 이날 사과문을 발표했다.</p></body></html>`;
    const v = scanPage(parse(html), 'https://news.example/1');
    expect(v.reasons.map((r) => r.code)).not.toContain('brand-copyright');
    expect(v.verdict).toBe('clean');
  });
});
