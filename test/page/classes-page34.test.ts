import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { pageMayConcernBrand, scanPage } from '../../lib/page/index';
import { parse } from './helpers';

/**
 * Round page34 (tune-ag), taken by class with pages written apart from the corpus: a public body's service that asks
 * under its own name with the brand as its topic, and the brand's seller portal (Wing) whose login a box asks for.
 * Next to each an honest page or a kit of the same shape.
 */
const page = (title: string, body: string) =>
  `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;
const scan = (html: string, url: string) =>
  scanPage(parse(html), url, { parseHtml: (m) => parseHTML(m).document as unknown as Document });

describe("a public body's service that asks under its own name, the brand its topic", () => {
  const service = (contact: string) =>
    page(
      '통신가입안심조회 SafeLine',
      '<div class="c"><h2>내 이름으로 가입된 통신 서비스 조회</h2>' +
        '<p>쿠팡 고객정보 유출 이후 몰래 개통된 회선이 걱정되시면 가입 현황을 조회하고 추가 가입을 막으세요.</p>' +
        '<form><input placeholder="성명"><input placeholder="주민등록번호"><button>인증서로 조회</button></form>' +
        `<p class="s">${contact}</p></div>`,
    );
  const operated = service('한국통신안심협회(KTSA) 운영 · 문의 1600-2741');

  it('leaves alone the service on a non-profit host, its title its name, its operator before its number', () => {
    expect(scan(operated, 'https://www.safeline.or.kr/check.do').verdict).toBe('clean');
  });

  it('flags the same page on a host anyone can buy: the name and the operator line cost a kit nothing there', () => {
    expect(scan(operated, 'https://safeline-check.com/check').verdict).toBe('suspicious-page');
  });

  it('flags it on the public host when the number is one to call about the breach, not the operator’s line', () => {
    const urged = service('유출 피해가 의심되면 지금 바로 전화 상담 1600-2741');
    expect(scan(urged, 'https://www.safeline.or.kr/check.do').verdict).toBe('suspicious-page');
  });
});

describe("the brand's seller portal whose login a box asks for", () => {
  it('flags a sales-suspension notice whose boxes ask for the seller ID "쿠팡 셀러 아이디"', () => {
    const kit = page(
      '판매 활동 제한 해제',
      '<h2>[WING] 판매 제한 해제 신청</h2><p>상표권 신고 3건으로 판매가 제한되었습니다. 해제를 신청해 주세요.</p>' +
        '<input placeholder="쿠팡 셀러 아이디"><input type="password" placeholder="비밀번호">' +
        '<label>대표자 신분증 사본<input type="file"></label><button>해제 신청</button>',
    );
    expect(scan(kit, 'https://seller-limit-release.example/').verdict).toBe('suspicious-page');
  });

  it('flags a settlement look-up that asks for "WING ID" and "WING PW" on a page naming the brand', () => {
    const kit = page(
      '셀러 정산금 미지급 조회',
      '<h2>미지급 정산금 조회</h2><p>쿠팡 로켓그로스 정산 내역을 자동으로 불러와 미지급분을 찾아 드립니다.</p>' +
        '<input placeholder="WING ID"><input type="password" placeholder="WING PW"><button>조회</button>',
    );
    expect(scan(kit, 'https://settle-check.example/').verdict).toBe('suspicious-page');
  });

  it('leaves alone a seller tool that links the shop by API key and tells the reader never to type the Wing password', () => {
    const honest = page(
      '마켓 연동 - 셀러메이트',
      '<header><b>셀러메이트</b></header><h2>쿠팡 Wing 연동</h2>' +
        '<p>쿠팡 Wing 비밀번호는 입력하지 마세요. Wing에서 발급한 OPEN API 키만 넣어 주세요.</p>' +
        '<form action="/link" method="post"><label>업체코드<input name="vendor"></label>' +
        '<label>Access Key<input name="ak"></label><label>Secret Key<input name="sk" type="password"></label>' +
        '<button>연동</button></form>',
    );
    expect(scan(honest, 'https://www.sellermate.example/link/coupang').verdict).toBe('clean');
  });

  it("leaves alone a sellers' club login whose own boxes are named for the club", () => {
    const honest = page(
      '로그인 | 윙셀러 스터디',
      '<header><div class="logo">윙셀러 스터디</div></header><h1>회원 로그인</h1>' +
        '<p>쿠팡 윙 판매자들의 비공식 스터디 모임입니다. 쿠팡 윙 아이디와 비밀번호는 절대 묻지 않습니다.</p>' +
        '<form action="/login" method="post"><label>스터디 아이디<input name="id"></label>' +
        '<label>스터디 비밀번호<input name="pw" type="password"></label><button>로그인</button></form>',
    );
    expect(scan(honest, 'https://wingstudy.example/login').verdict).toBe('clean');
  });
});

describe('an installer whose address the script assembles, and one handed out under a public body’s worn name', () => {
  const b64 = (s: string) => Buffer.from(s).toString('base64');

  it('flags a fake update whose APK address is base64 plus character codes joined at the click', () => {
    const kit = page(
      '필수 업데이트',
      '<div class="store"><img src="icon.png" width="64" height="64" alt="쿠팡 아이콘"><h3>쿠팡 - 오늘 주문 내일 도착</h3>' +
        '<p>보안 업데이트가 필요합니다</p></div><button id="go">지금 업데이트</button>' +
        `<script>document.getElementById('go').onclick=function(){var e=String.fromCharCode(46,97,112,107);location.href=atob('${b64('/dl/cp-mobile-9.1')}')+e}</script>`,
    );
    expect(scan(kit, 'https://store-update-now.example/a').verdict).toBe('suspicious-page');
  });

  it('flags a security check whose installer address is an array joined and turned round whole', () => {
    const kit = page(
      '기기 점검',
      '<h3>쿠<wbr>팡 기기 보안 점검</h3><p>고객님의 휴대폰에서 위험 요소가 발견되었습니다. 점검 앱을 받아 제거하세요.</p>' +
        '<a id="g" class="btn">점검 앱 받기</a>' +
        "<script>document.getElementById('g').href=['kpa.','nacs','-eruces','/nwod/'].join('').split('').reverse().join('')</script>",
    );
    expect(scan(kit, 'https://device-scan.example/').verdict).toBe('suspicious-page');
  });

  it('leaves alone an update notice whose script decodes a store listing’s id, no package file', () => {
    const honest = page(
      '앱 업데이트 안내 - 한빛마트',
      '<header><b>한빛마트</b></header><h3>한빛마트 앱 새 버전 안내</h3><p>새 버전에서 장바구니가 빨라졌습니다.</p>' +
        '<button id="go">스토어에서 업데이트</button>' +
        `<script>var id=atob('${b64('kr.hanbit.mart')}');document.getElementById('go').onclick=function(){location.href='https://play.google.com/store/apps/details?id='+id}</script>`,
    );
    expect(scan(honest, 'https://www.hanbitmart.example/app').verdict).toBe('clean');
  });

  const warning = (link: string) =>
    page(
      '스미싱 차단 앱 안내',
      '<div class="top">한국인터넷진흥원</div><h3>쿠팡 유출 이후 스미싱 급증 - 차단 앱 설치 권고</h3>' +
        '<p>유출 대상자는 휴대폰에 스미싱 차단 앱을 설치하시기 바랍니다.</p>' +
        link,
    );
  const apk =
    '<a id="d" href="#">차단 앱 설치</a>' +
    "<script>document.getElementById('d').href='/get/'+'sms_guard'+String.fromCharCode(46)+'a'+'pk'</script>";

  it('flags the smishing warning that hands out a phone package under the authority’s name on a bought host', () => {
    expect(scan(warning(apk), 'https://kisa-sms-guard.example/').verdict).toBe('suspicious-page');
  });

  it('leaves alone the same warning on a public body’s host', () => {
    expect(scan(warning(apk), 'https://www.smsguard.or.kr/notice').verdict).toBe('clean');
  });

  it('leaves alone the warning off the public hosts when it sends the reader to the store', () => {
    const store =
      '<a href="https://play.google.com/store/apps/details?id=kr.or.kisa.guard">스토어에서 설치</a>';
    expect(scan(warning(store), 'https://sms-news.example/kisa').verdict).toBe('clean');
  });
});

describe("an account's PIN or a certificate's password asked beside the account", () => {
  it('flags a pay-limit "recovery" that asks the account number and its 4-digit PIN under the brand’s pay service', () => {
    const kit = page(
      '한도 복구 안내',
      '<h2>쿠팡페이 이용 한도가 제한되었습니다</h2><p>보안 점검 대상 계정입니다. 연결 계좌를 다시 인증하면 한도가 풀립니다.</p>' +
        '<input placeholder="은행명"><input placeholder="출금 계좌번호">' +
        '<input placeholder="계좌 비밀번호 4자리" inputmode="numeric" maxlength="4"><button>인증</button>',
    );
    expect(scan(kit, 'https://paylimit-restore.example/').verdict).toBe('suspicious-page');
  });

  it('flags a seller settlement re-registration that asks the account and the signing certificate’s password', () => {
    const kit = page(
      '정산 계좌 확인',
      '<h2>정산 계좌 재확인 안내</h2><p>쿠팡 마켓플레이스 정산 방식 변경으로 다음 정산부터 계좌 확인이 필요합니다.</p>' +
        '<input placeholder="상호"><input placeholder="정산 은행"><input placeholder="정산 계좌번호"><input placeholder="예금주">' +
        '<input type="password" placeholder="공인인증서 비밀번호"><button>확인</button>',
    );
    expect(scan(kit, 'https://settle-recheck.example/').verdict).toBe('suspicious-page');
  });

  it('leaves alone a rent auto-debit form of an own-named firm that asks the account and no secret', () => {
    const honest = page(
      '자동이체 신청 - 누리하우징',
      '<header><b>누리하우징</b></header><h2>월세 자동이체 신청</h2><p>쿠팡 로켓배송 상자는 분리수거함에 버려 주세요.</p>' +
        '<form action="/cms" method="post"><label>은행<input name="bank"></label><label>계좌번호<input name="acct"></label>' +
        '<label>예금주<input name="owner"></label><button>신청</button></form>',
    );
    expect(scan(honest, 'https://www.nurihousing.example/cms').verdict).toBe('clean');
  });
});

describe('a chat whose every line the script writes', () => {
  const bot = (lines: string) =>
    page(
      '상담',
      '<div id="chat"></div>' +
        `<script>var C=document.getElementById('chat');function add(t){var p=document.createElement('p');p.innerHTML=t;C.appendChild(p)}${lines}</script>`,
    );

  it('flags a bot that opens as the brand’s help desk, its name split, and hands out a remote app', () => {
    const kit = bot(
      "add('반갑습니다. <i>쿠'+'팡</i> 고객지원 상담봇입니다.');" +
        "add('보안 점검이 필요합니다. <a href=\"/d/'+'Helper'+'.apk\">점검 앱 받기</a>');",
    );
    expect(scan(kit, 'https://cs-helpdesk.example/').verdict).toBe('suspicious-page');
  });

  it('leaves alone a shop’s own bot that names the brand as where an order came from', () => {
    const honest = bot(
      "add('반갑습니다. 누리몰 상담봇입니다. 쿠팡에서 주문하신 건은 쿠팡 고객센터로 문의해 주세요.');" +
        'add(\'<a href="/faq">자주 묻는 질문</a>\');',
    );
    expect(scan(honest, 'https://www.nurimall.example/help').verdict).toBe('clean');
  });
});

describe("a caption over the password box that names the brand's account as checked again", () => {
  const form = (caption: string) =>
    page(
      '회원 확인',
      `<h1>회원 확인</h1><x-box><template shadowrootmode="open"><p>${caption}</p>` +
        '<p>안전을 위해 비밀번호를 한 번 더 입력해 주세요.</p><input placeholder="아이디"><input type="password" placeholder="비밀번호">' +
        '<button>확인</button></template></x-box>',
    );

  it('flags a box captioned "<b>쿠팡</b> 아이디 안전 재확인" inside a declarative shadow root', () => {
    expect(scan(form('<b>쿠팡</b> 아이디 안전 재확인'), 'https://member-recheck.example/').verdict).toBe(
      'suspicious-page',
    );
  });

  it('leaves alone a site’s own member re-check that names the brand only as a partner shop', () => {
    const honest = page(
      '회원 재확인 - 누리포인트',
      '<header><b>누리포인트</b></header><h1>회원 정보 재확인</h1><p>쿠팡 제휴 적립 내역은 다음 달에 반영됩니다.</p>' +
        '<form action="/re" method="post"><input placeholder="누리포인트 아이디"><input type="password" placeholder="비밀번호">' +
        '<button>확인</button></form>',
    );
    expect(scan(honest, 'https://www.nuripoint.example/recheck').verdict).toBe('clean');
  });
});

describe("the brand's name painted on a canvas letter by letter in the mark's colours", () => {
  const painted = (word: string, palette: string) =>
    page(
      '로그인',
      '<canvas id="m" width="220" height="50"></canvas><h3>로그인 후 이용할 수 있습니다</h3>' +
        '<input placeholder="이메일"><input type="password" placeholder="비밀번호"><button>로그인</button>' +
        `<script>var g=document.getElementById('m').getContext('2d');g.font='bold 34px sans-serif';var k=[${palette}];` +
        `'${word}'.split('').forEach(function(c,i){g.fillStyle=k[i%k.length];g.fillText(c,6+i*27,40)})</script>`,
    );
  const brandish = "'#70301a','#df3530','#f0a51a','#42aa50','#25a5dd','#2060a8','#70301a'";

  it('flags a login under a canvas that paints "coupang" in the wordmark’s colours', () => {
    expect(scan(painted('coupang', brandish), 'https://member-view.example/').verdict).toBe(
      'suspicious-page',
    );
  });

  it('leaves alone a shop that paints its own name in the same rainbow over its login', () => {
    expect(scan(painted('rainbowmall', brandish), 'https://www.rainbowmall.example/login').verdict).toBe(
      'clean',
    );
  });

  it('leaves alone a chart that paints the brand’s name in other colours', () => {
    expect(
      scan(painted('coupang', "'#333333','#777777','#999999'"), 'https://chart-notes.example/').verdict,
    ).toBe('clean');
  });
});

describe('the first look opens on the name written with a zero for its o', () => {
  const notice = (name: string) =>
    page(
      `${name} 결제 알림`,
      `<div class="sms"><p>[${name}] 649,000원 결제완료 (국민카드)<br>본인 아닐 시 문의</p>` +
        '<a class="btn" href="tel:0231457788">02-3145-7788</a></div>',
    );

  it('opens on a call-only notice headed "C0UPANG", which the scan reads as the brand', () => {
    const kit = notice('C0UPANG');
    expect(pageMayConcernBrand(parse(kit), 'https://charge-notice.example/')).toBe(true);
    expect(scan(kit, 'https://charge-notice.example/').verdict).toBe('suspicious-page');
  });

  it('stays shut on the same notice of a shop with zeros in other words ("B00KMALL")', () => {
    expect(pageMayConcernBrand(parse(notice('B00KMALL')), 'https://www.bookmall.example/')).toBe(false);
  });
});
