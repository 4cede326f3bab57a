import { describe, expect, it } from 'vitest';
import { codesOf, koPage as page, verdictOf as verdict } from './helpers';

/**
 * Round page-r2-au (issue #11: tune-au's false alarms, then its misses), taken by class with pages written apart
 * from the corpus. Honest pages first (a trade paper's story that names the fake login and the app being spread, a
 * deal feed's card stamped with the time it was seen), each beside the kit of the same shape, which stays caught;
 * then the lures (a wordmark painted letter by letter from a string, a body kept as char codes, a chat's attach box
 * under a sentence that asks the ID card's picture, a call-back number in a picture with a letter O for a zero, a
 * number-change notice whose next line points back at the new number, a remote tool handed out as a .bin, a keypad a
 * loop makes of plain elements), each beside an honest page of the kind.
 */

const MEMBER_LOGIN =
  '<aside><b>독자 로그인</b><input placeholder="아이디"><input type="password" placeholder="비밀번호">' +
  '<button>로그인</button></aside>';

describe("a story that names the brand's login as the thing faked, and the app as the thing spread", () => {
  it('leaves a trade paper’s short story with its member login clean', () => {
    const html = page(
      '쿠팡 해킹 여파, 협력사 계정까지 점검 - 테크위클리',
      `<h1>쿠팡 해킹 여파, 협력사 계정까지 점검</h1><p>쿠팡은 외부 접속 기록을 전수 조사하고 있다고 밝혔다.</p>` +
        `<p>보안 업계 관계자는 "연말까지 위조 쿠팡 로그인 화면과 택배 조회 앱 APK 배포가 계속될 것"이라고 ` +
        `말했다.</p>${MEMBER_LOGIN}`,
    );
    expect(verdict(html, 'https://www.techweekly.example/news/view?id=5512')).toBe('clean');
  });

  it("still flags a page that has the reader sign in with the brand's login", () => {
    const html = page(
      '계정 확인',
      `<div class="top"><b>쿠팡</b></div><h2>보안 점검 안내</h2><p>계속하려면 쿠팡 로그인 정보를 입력하세요.</p>` +
        `<form><input placeholder="이메일"><input type="password" placeholder="비밀번호"><button>확인</button></form>`,
    );
    expect(verdict(html, 'https://acct-check.example/c')).toBe('suspicious-page');
  });

  it('still reads a sentence that has the reader install the app (the app is not what is spread)', () => {
    const html = page(
      '보안 안내',
      `<div class="top"><b>쿠팡</b></div><h2>보안 안내</h2><p>악성 문자가 유포되고 있으니 쿠팡 보안앱을 ` +
        `설치하세요.</p><form><input type="password" placeholder="비밀번호"></form>`,
    );
    expect(codesOf(html, 'https://safe-guard.example/a')).toContain('app-install-prompt');
  });
});

describe("a deal feed's card stamped with the time it was seen", () => {
  it('leaves a price alert with its own account login clean', () => {
    const html = page(
      '[쿠팡] 무선청소기 V12 최저가 알림 | 딜모아',
      `<div class="card"><small>쿠팡 · 로켓와우 · 15분 전</small><h3>무선청소기 V12</h3><p>389,000원 가격 ` +
        `알림.</p><a href="https://www.coupang.com/vp/products/1234">상품 보기</a></div><div class="login">` +
        `<b>알림 받으려면 로그인</b><input placeholder="이메일"><input type="password" placeholder="비밀번호">` +
        `<button>로그인</button></div>`,
    );
    expect(verdict(html, 'https://www.dealmoa.example/d/4410')).toBe('clean');
  });

  it("still flags the brand's mark alone at the top over a password box", () => {
    const html = page(
      '로그인',
      `<div class="top"><b>쿠팡</b></div><h3>다시 로그인해 주세요</h3><form><input placeholder="이메일">` +
        `<input type="password" placeholder="비밀번호"><button>로그인</button></form>`,
    );
    expect(verdict(html, 'https://relogin-now.example/l')).toBe('suspicious-page');
  });
});

describe('a wordmark painted letter by letter from a string the script holds', () => {
  const canvas = (word: string, colors: string) =>
    page(
      '출입 정보 확인',
      `<canvas id="m" width="180" height="40"></canvas><h3>새벽배송 출입 정보 확인</h3><p>문 앞 배송을 위해 ` +
        `공동현관 비밀번호를 다시 등록해 주세요.</p><form>공동현관 비밀번호<input name="door_pw"></form>` +
        `<script>var g=document.getElementById('m').getContext('2d'),w='${word}',k=[${colors}],x=2;` +
        `for(var j=0;j<w.length;j++){g.fillStyle=k[j];g.fillText(w[j],x,30);x+=g.measureText(w[j]).width}</script>`,
    );
  const MARK = `'#7f2f16','#e2262b','#f5a623','#7bb33b','#2aa2da','#2aa2da','#7f2f16'`;

  it("flags the brand's name in the mark's colours over an entrance code", () => {
    expect(verdict(canvas('coupang', MARK), 'https://door-recheck.example/d')).toBe('suspicious-page');
  });

  it("leaves another name painted in the same colours clean (it is no one's mark)", () => {
    expect(verdict(canvas('homebox', MARK), 'https://door-recheck.example/d')).toBe('clean');
  });
});

describe('a body kept as an array of char codes and written by document.write', () => {
  const codes = (s: string) => [...s].map((c) => c.codePointAt(0)).join(',');
  it('reads the boxes the written markup has', () => {
    const body =
      '<h2>쿠팡 결제 확인</h2><p>해외 결제가 승인되었습니다. 취소하려면 카드 정보를 입력하세요.</p>' +
      '<input placeholder="카드번호"><input placeholder="유효기간"><button>취소</button>';
    const html = page(
      '알림',
      `<script>var q=[${codes(body)}];document.write(String.fromCharCode.apply(null,q))</script>`,
    );
    expect(codesOf(html, 'https://pay-check.example/x')).toContain('asks-card');
    expect(verdict(html, 'https://pay-check.example/x')).toBe('suspicious-page');
  });

  it('leaves a written greeting with no box clean', () => {
    const html = page(
      '인사',
      `<script>var g=[${codes('<p>쿠팡에서 산 책 이야기를 나눕니다.</p>')}];` +
        `document.write(String.fromCharCode.apply(null,g))</script>`,
    );
    expect(verdict(html, 'https://book-club.example/p')).toBe('clean');
  });
});

describe("a chat's attach box under a sentence that asks for the ID card's picture", () => {
  it("flags the brand's chat that asks the card's picture by its clip", () => {
    const html = page(
      '상담',
      `<div class="top">쿠팡 고객상담 ✔</div><div class="msg">쿠팡 고객님, 반품 회수가 지연되고 있습니다.</div>` +
        `<div class="msg">본인 확인을 위해 운전면허증 앞면 사진을 첨부해 주시면 바로 접수해 드립니다.</div>` +
        `<div class="bar"><label>＋<input type="file" accept="image/*" hidden></label>` +
        `<input placeholder="메시지"><button>보내기</button></div>`,
    );
    expect(codesOf(html, 'https://talk-desk.example/c')).toContain('asks-resident-id');
    expect(verdict(html, 'https://talk-desk.example/c')).toBe('suspicious-page');
  });

  it("leaves a shop's review form with a photo box clean", () => {
    const html = page(
      '포토 리뷰 | 생활상점',
      `<header><b>생활상점</b></header><h2>포토 리뷰 쓰기</h2><p>쿠팡에서 구매하신 제품도 리뷰를 남길 수 ` +
        `있습니다. 제품 사진을 첨부해 주세요.</p><form><input type="file" accept="image/*"><textarea></textarea>` +
        `<button>등록</button></form>`,
    );
    expect(verdict(html, 'https://www.saenghwal-store.example/review')).toBe('clean');
  });
});

describe('a call-back number in a picture with a letter O for a zero, or pointed back at', () => {
  it('flags a payment notice whose number to call is an SVG with an O among its digits', () => {
    const html = page(
      '결제 알림',
      `<div class="l"><span>쿠</span><span>팡</span></div><div class="box">해외결제 승인 ₩412,000</div>` +
        `<p>본인 결제가 아니면 전화로만 취소할 수 있습니다.</p><svg width="240" height="44"><text x="10" y="30">` +
        `O2-5512-4O17</text></svg>`,
    );
    expect(codesOf(html, 'https://order-alert.example/a')).toContain('callback-lure');
  });

  it('flags a number-change notice whose next line has the reader call the number above', () => {
    const html = page(
      '대표번호 변경',
      `<div class="top">쿠팡 고객센터</div><p>개인정보 유출 이후 스팸 전화가 몰려 기존 대표번호 운영을 당분간 중단하게 되었습니다.</p>` +
        `<p>새 접수 번호</p><div>070-8821-5540</div><p>주문 취소, 환불, 피해 보상에 관한 모든 건은 위 번호로만 ` +
        `연락해 주시기 바랍니다.</p>`,
    );
    expect(codesOf(html, 'https://cs-newline.example/')).toContain('callback-lure');
  });

  it("leaves a shop's own new number with the same words clean", () => {
    const html = page(
      '대표번호 변경 안내 | 생활상점',
      `<header><b>생활상점</b></header><h2>대표번호 변경 안내</h2><p>생활상점 제품은 쿠팡에서도 판매합니다.` +
        `</p><p>새 대표번호</p><div>02-6677-1200</div><p>제품 문의는 위 번호로 연락해 주세요.</p>`,
    );
    expect(verdict(html, 'https://www.saenghwal-store.example/notice')).toBe('clean');
  });
});

describe('a remote tool handed out under another extension', () => {
  it("flags the brand's desk that hands out a .bin to run for a remote session", () => {
    const html = page(
      '보안 점검',
      `<div class="hd"><b>쿠</b>팡 고객센터</div><p>상담원 안내에 따라 원격 지원 프로그램을 받아 실행하세요.` +
        `</p><a href="/files/cs_assist.bin">점검 도구 받기</a><p>화면의 번호를 상담원에게 알려 주세요.</p>`,
    );
    expect(verdict(html, 'https://cs-assist.example/h')).toBe('suspicious-page');
  });

  it("leaves a device maker's firmware page that names the brand as a shop clean", () => {
    const html = page(
      '펌웨어 다운로드 | 누리전자',
      `<header><b>누리전자</b></header><h2>공유기 펌웨어 다운로드</h2><p>쿠팡에서 구매하신 제품도 같은 ` +
        `펌웨어를 씁니다.</p><a href="/fw/nr300_v2.bin">펌웨어 받기</a>`,
    );
    expect(verdict(html, 'https://www.nuri-elec.example/fw')).toBe('clean');
  });
});

describe('a keypad a loop makes of plain elements', () => {
  const pad = (top: string, label: string) =>
    page(
      'Delivery',
      `${top}<p>${label}</p><div id="v"></div><div id="p"></div><script>for(var n=1;n<=12;n++){var b=` +
        `document.createElement('span');b.textContent=n==10?'C':n==11?'0':n==12?'OK':n;b.onclick=function(){` +
        `if(this.textContent!='OK')v.textContent+=this.textContent};p.appendChild(b)}</script>`,
    );

  it("flags the brand's redelivery fee taken by card on the keys", () => {
    const html = pad(
      '<b>COUPANG</b> <small>Rocket Delivery</small><h3>배송 실패</h3><p>재배송비 2,300원을 결제하세요.</p>',
      '카드번호 16자리를 누르세요',
    );
    expect(codesOf(html, 'https://redeliver-fee.example/p')).toContain('asks-card');
    expect(verdict(html, 'https://redeliver-fee.example/p')).toBe('suspicious-page');
  });

  it("leaves a blog's calculator clean", () => {
    const html = pad(
      '<header><b>살림노트</b></header><h3>쿠팡 장보기 계산기</h3>',
      '장바구니 금액을 누르세요',
    );
    expect(verdict(html, 'https://salimnote.example/calc')).toBe('clean');
  });
});
