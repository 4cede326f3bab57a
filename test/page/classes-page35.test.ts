import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { scanPage, warnAtRisk } from '../../lib/page/index';
import { parse } from './helpers';

/**
 * Round page35 (tune-ah), taken by class with pages written apart from the corpus. Next to each an honest page or a
 * kit of the same shape.
 */
const page = (title: string, body: string) =>
  `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;
const scan = (html: string, url: string) =>
  scanPage(parse(html), url, { parseHtml: (m) => parseHTML(m).document as unknown as Document });

describe("a bank's notice that sends the reader to the bank's own line", () => {
  const notice = (line: string) =>
    page(
      'KB국민은행 | 알림 - 쿠팡페이 결제계좌 변경 안내',
      '<h1>쿠팡페이 결제계좌 변경 관련 유의사항</h1><p>2025.12.02 · KB국민은행</p>' +
        '<p>쿠팡페이에 연결된 계좌의 해지를 요구하는 문자가 유출 사고 이후 늘고 있습니다. 저희 은행은 문자로 계좌 비밀번호를 묻지 않습니다.</p>' +
        `<p>${line}</p>`,
    );

  it("leaves alone the notice whose number is the bank's representative line", () => {
    expect(
      scan(notice('문의: KB국민은행 고객센터 1588-9999'), 'https://obank.kbstar.com/notice/1').verdict,
    ).toBe('clean');
  });

  it('flags the same notice when the number to call is any other', () => {
    expect(scan(notice('문의: KB국민은행 고객센터 1588-7412'), 'https://kb-notice.example/1').verdict).toBe(
      'suspicious-page',
    );
  });

  it("flags a kit that prints a bank's line as a decoy beside its own number to call", () => {
    const kit = notice('대표번호 1588-9999 연결이 어려우면 전담 상담 1670-3381로 전화 주세요');
    expect(scan(kit, 'https://kb-notice.example/1').verdict).toBe('suspicious-page');
  });
});

describe('an example box in an article that shows code and has nothing to send it with', () => {
  const post = (box: string, extra = '') =>
    page(
      '배송 메모, 어떻게 암호화할까 | SHOPLAB TECH',
      '<article><h2>현관 비밀번호 저장 설계</h2><p>쿠팡 유출 사고 이후 배송 메모에 남는 공동현관 비밀번호를 어떻게 다룰지 정리했습니다.</p>' +
        '<pre>doorCode = seal(key_courier, code) // 기사 단말에서만 열림</pre>' +
        `<p>${box}</p></article>${extra}`,
    );

  it('leaves alone a box its label calls an example, on a page with no form and no script', () => {
    const html = post('<label>공동현관 비밀번호 (예시 화면) <input placeholder="#0000"></label>');
    expect(scan(html, 'https://tech.shopco.example/posts/12').verdict).toBe('clean');
  });

  it('keeps the second chance quiet at the example box’s first key (the verdict says the page is an article)', () => {
    const html = post('<label>공동현관 비밀번호 (예시 화면) <input placeholder="#0000"></label>');
    expect(warnAtRisk(scan(html, 'https://tech.shopco.example/posts/12'), 'entrance')).toBe(false);
  });

  it('flags the same box when a script on the page can carry what is typed', () => {
    const html = post(
      '<label>공동현관 비밀번호 (예시 화면) <input id="c" placeholder="#0000"></label>',
      '<script>document.getElementById("c").onchange=function(e){fetch("/c?v="+e.target.value)}</script>',
    );
    expect(scan(html, 'https://tech.shopco.example/posts/12').verdict).toBe('suspicious-page');
  });

  it('flags the box without the word "example" in its label', () => {
    const html = post('<label>공동현관 비밀번호 <input placeholder="#0000"></label>');
    expect(scan(html, 'https://tech.shopco.example/posts/12').verdict).toBe('suspicious-page');
  });
});

describe("a login a step shows, under the brand's company line or the seller portal's caption", () => {
  it('flags an order list signed with the brand’s company name and street address whose script adds a login', () => {
    const kit = page(
      '나의 주문',
      '<div>주문 내역</div><div><p>삼성 비스포크 냉장고 1개 · 결제완료 · 로켓배송</p><a href="#" id="x">결제 취소</a></div>' +
        '<div id="box"></div><p>쿠팡(주) 서울특별시 송파구 송파대로 570</p>' +
        '<script>document.getElementById("x").onclick=function(){document.getElementById("box").innerHTML=' +
        '\'<p>결제 취소를 위해 다시 로그인해 주세요</p><input placeholder="아이디"><input type="password" placeholder="비밀번호">\'}</script>',
    );
    expect(scan(kit, 'https://order-cancel.example/list').verdict).toBe('suspicious-page');
  });

  it('leaves alone a seller’s return guide that gives the brand’s address inside a sentence', () => {
    const guide = page(
      '반품 안내 | 모던홈',
      '<h2>반품 안내</h2><p>로켓배송 상품의 반품은 쿠팡(주) 서울특별시 송파구 송파대로 570 고객센터로 접수해 주세요.</p>' +
        '<p>모던홈 회원 로그인</p><input placeholder="아이디"><input type="password" placeholder="비밀번호">' +
        '<footer>상호 모던홈 · 사업자등록번호 214-31-55120</footer>',
    );
    expect(scan(guide, 'https://modernhome.example/return').verdict).toBe('clean');
  });

  it('flags a policy notice whose dialog asks the seller login under a "WING 로그인" caption', () => {
    const kit = page(
      '판매 중지 예정 안내',
      '<h1>상품 판매 중지 예정</h1><p>쿠팡 판매자 운영팀입니다. 지식재산권 신고 2건이 접수되어 3일 후 판매가 중지됩니다.</p>' +
        '<button onclick="document.getElementById(\'g\').showModal()">이의 제기</button>' +
        '<dialog id="g"><form method="dialog"><div>Wing 로그인</div><input placeholder="ID"><input type="password" placeholder="PW"><button>확인</button></form></dialog>',
    );
    expect(scan(kit, 'https://seller-appeal.example/').verdict).toBe('suspicious-page');
  });

  it('leaves alone a sellers’ forum whose caption warns never to type the Wing login', () => {
    const forum = page(
      '셀러 커뮤니티 셀러온 | 자유게시판',
      '<h1>셀러온 자유게시판</h1><p>쿠팡 윙 정책 변경 이야기를 나눠요.</p><p>셀러온 로그인 (Wing 로그인 정보 입력 금지)</p>' +
        '<form><input placeholder="셀러온 아이디"><input type="password" placeholder="비밀번호"><button>로그인</button></form>',
    );
    expect(scan(forum, 'https://selleron.example/board').verdict).toBe('clean');
  });
});

describe("the seller portal's id and API keys on a page that is the brand's service", () => {
  const form =
    '<form><input placeholder="WING 아이디"><input placeholder="Access Key"><input placeholder="Secret Key"><button>인증</button></form>';

  it('flags a fulfilment booking titled as the brand’s service asking the Wing id and the keys', () => {
    const kit = page(
      '로켓그로스 우선 입고 신청',
      '<nav><b>로켓그로스 파트너센터</b></nav><h2>연말 입고 슬롯 배정</h2><p>쿠팡 로켓그로스 입고 슬롯을 먼저 배정합니다.</p>' +
        form,
    );
    expect(scan(kit, 'https://growth-slot.example/').verdict).toBe('suspicious-page');
  });

  it('leaves alone an integration tool that shows its name and asks the same keys', () => {
    const tool = page(
      '셀러링크 | 쿠팡 연동 설정',
      '<header><b>셀러링크</b></header><h2>쿠팡 로켓그로스 주문 연동</h2><p>Wing에서 발급한 Open API 키를 입력하면 주문이 자동으로 수집됩니다.</p>' +
        form +
        '<footer>상호 셀러링크 · 사업자등록번호 120-45-77812</footer>',
    );
    expect(scan(tool, 'https://sellerlink.example/settings').verdict).toBe('clean');
  });
});

describe('a leak result that has the reader sign in to lock the account', () => {
  it('flags a lookup result naming the brand as breached, then asking a login to lock the account', () => {
    const kit = page(
      '노출 여부 확인',
      '<div><b>확인 결과: 노출됨</b><p>조회하신 이메일은 쿠팡 유출 명단에서 발견되었습니다.</p>' +
        '<p>계정을 보호하려면 지금 로그인하여 잠금을 설정하세요.</p><input placeholder="이메일"><input type="password" placeholder="비밀번호"><button>잠금 설정</button></div>',
    );
    expect(scan(kit, 'https://am-i-leaked.example/').verdict).toBe('suspicious-page');
  });

  it('leaves alone a leak checker that shows its name and has its own members sign in', () => {
    const own = page(
      '유출체크 | 내 정보 노출 확인',
      '<header><b>유출체크</b></header><div><b>확인 결과: 노출됨</b><p>조회하신 이메일은 쿠팡 유출 명단에서 발견되었습니다.</p>' +
        '<p>알림을 받으려면 유출체크 계정으로 로그인하세요.</p><input placeholder="이메일"><input type="password" placeholder="비밀번호"><button>로그인</button></div>' +
        '<footer>© 유출체크</footer>',
    );
    expect(scan(own, 'https://leakcheck.example/').verdict).toBe('clean');
  });
});

describe('installers whose address is in a form’s hidden value or in data attributes a script joins', () => {
  it('flags a tracking page whose install button posts a form for a package named in a hidden value', () => {
    const kit = page(
      '배송 조회',
      '<h2>쿠팡 배송이 보류되었습니다</h2><p>배송 조회와 주소 변경은 전용 앱에서 할 수 있습니다.</p>' +
        '<form method="post" action="/dl"><input type="hidden" name="file" value="pkg/track_v3.apk"><button>앱 받기</button></form>',
    );
    expect(scan(kit, 'https://parcel-view.example/').verdict).toBe('suspicious-page');
  });

  it('leaves alone a form whose hidden value is an ordinary token', () => {
    const shop = page(
      '배송 조회',
      '<h2>쿠팡 배송이 보류되었습니다</h2><p>배송 조회와 주소 변경은 전용 앱에서 할 수 있습니다.</p>' +
        '<form method="post" action="/track"><input type="hidden" name="t" value="a81f3c.json"><button>조회</button></form>',
    );
    expect(scan(shop, 'https://parcel-view.example/').verdict).toBe('clean');
  });

  it('flags links whose file name and extension sit in two data attributes', () => {
    const kit = page(
      '보호 프로그램',
      '<h2>결제 보호 앱 설치 안내</h2><p>쿠팡 정보 유출 이후 모든 고객에게 보호 앱 설치를 권장합니다.</p>' +
        '<a href="#" class="g" data-n="pay_guard" data-e="apk">안드로이드 설치</a>' +
        "<script>document.querySelectorAll('.g').forEach(function(a){a.href='/f/'+a.dataset.n+'.'+a.dataset.e})</script>",
    );
    expect(scan(kit, 'https://payguard-install.example/').verdict).toBe('suspicious-page');
  });
});

describe('a title whose pieces are only a desk’s or an errand’s words names no one', () => {
  it('flags a case look-up titled "사건조회" beside an authority off its hosts, asking the resident number', () => {
    const kit = page(
      '사이버 사건조회 | 서울남부지방검찰청',
      '<div>서울남부지방검찰청 사이버 사건조회</div><p>쿠팡 고객정보 유통 사건과 관련하여 귀하 명의 계좌가 확인되었습니다.</p>' +
        '<label>성명<input></label><label>주민등록번호<input></label><button>조회</button>',
    );
    expect(scan(kit, 'https://case-inquiry.example/').verdict).toBe('suspicious-page');
  });

  it('still reads a shop’s name in its title segment as its own', () => {
    const shop = page(
      '사건조회 | 누리법률사무소',
      '<div>누리법률사무소 사건조회</div><p>쿠팡 고객정보 유출 집단소송 진행 상황을 의뢰인 번호로 확인하세요.</p>' +
        '<label>의뢰인 번호<input></label><button>조회</button>',
    );
    expect(scan(shop, 'https://nurilaw.example/case').verdict).toBe('clean');
  });
});

describe('boxes a step shows, in a notice the brand itself tells', () => {
  const notice = (first: string) =>
    page(
      '정보 유출 안내',
      `<section id="one"><h1>정보 유출 안내</h1><p>${first}</p><a href="#two">다음</a></section>` +
        '<section id="two" style="display:none"><h2>계정 보호 신청</h2><input placeholder="아이디"><input type="password" placeholder="비밀번호"><button>신청</button></section>' +
        "<script>window.addEventListener('hashchange',function(){document.getElementById('two').style.display=location.hash==='#two'?'block':'none'})</script>",
    );

  it('flags a notice in which the brand tells of the leak, its login boxes shown on a hash change', () => {
    const kit = notice(
      '쿠팡은 고객님의 연락처와 배송지 정보가 외부에 유출된 사실을 알려드립니다. 다음 단계에서 계정 보호를 신청하세요.',
    );
    expect(scan(kit, 'https://notice-account.example/').verdict).toBe('suspicious-page');
  });

  it('leaves alone the same step when a news desk reports the brand’s notice under its name', () => {
    const news = page(
      '쿠팡, 정보 유출 통지 | 한빛일보',
      '<header><b>한빛일보</b></header><h1>쿠팡, 3천만 명 정보 유출 통지</h1>' +
        '<p>쿠팡은 고객님의 연락처와 배송지 정보가 유출된 사실을 알려드립니다라는 문자를 보냈다.</p>' +
        '<section id="two" style="display:none"><h2>한빛일보 로그인</h2><input placeholder="아이디"><input type="password" placeholder="비밀번호"></section>' +
        "<script>document.getElementById('two').style.display=location.hash==='#two'?'block':'none'</script><footer>© 한빛일보</footer>",
    );
    expect(scan(news, 'https://hanbit-news.example/a/1').verdict).toBe('clean');
  });
});

describe("a parcel's fee to be paid into an account the page gives", () => {
  const fee = (sign: string) =>
    page(
      '재배송 안내',
      '<div><b>재배송 접수</b><p>수취인 부재로 상품이 물류센터에 보관 중입니다. 재배송비 3,000원을 아래 계좌로 입금하시면 내일 다시 배송됩니다.</p>' +
        `<p>입금 계좌: 국민 412-55-0187-22 (예금주 한솔로지)</p><input placeholder="입금자명"><button>입금 확인</button><p>${sign}</p></div>`,
    );

  it('flags it on a page that signs as the brand’s delivery and shows no name of its own', () => {
    expect(scan(fee('쿠팡 로켓배송 고객지원'), 'https://redeliver-fee.example/').verdict).toBe(
      'suspicious-page',
    );
  });

  it('leaves alone a warning that the brand never asks such a fee by transfer', () => {
    const warn = page(
      '택배 사칭 문자 주의',
      '<h1>택배 사칭 문자 주의</h1><p>쿠팡은 보관료나 재배송비를 계좌로 입금하라고 요구하지 않습니다. 이런 문자는 사기입니다.</p>',
    );
    expect(scan(warn, 'https://scam-alert.example/').verdict).toBe('clean');
  });
});

describe('a side job of reviews for pay whose only way in is Telegram', () => {
  const job = (contact: string) =>
    page(
      '재택 부업 모집',
      '<div>쿠팡 상품 리뷰 재택 부업</div><p>쿠팡 협력 업체에서 리뷰 작업자를 모집합니다. 하루 1시간, 당일 정산.</p>' +
        contact,
    );

  it('flags it with a Telegram link', () => {
    expect(
      scan(job('<a href="https://t.me/review_job_kr">담당자 연결</a>'), 'https://side-job.example/').verdict,
    ).toBe('suspicious-page');
  });

  it('leaves alone the same words with an application form on the recruiter’s own name', () => {
    const own = page(
      '재택 부업 모집 | 한빛리서치',
      '<header><b>한빛리서치</b></header><p>쿠팡 상품 리뷰 분석 재택 부업 모집. 당일 정산.</p>' +
        '<form><input placeholder="이름"><input placeholder="연락처"><button>지원</button></form><footer>© 한빛리서치</footer>',
    );
    expect(scan(own, 'https://hanbit-research.example/').verdict).toBe('clean');
  });
});

describe("a leak's damages page whose box asks the brand's own login", () => {
  const suit = (box: string) =>
    page(
      '집단소송 참여 — 유출피해 공동대응',
      '<nav><b>유출피해 공동대응</b></nav><h2>쿠팡 정보 유출, 위자료 청구 소송에 참여하세요</h2>' +
        `<form action="/join" method="post"><p>피해자 확인을 위해 계정 정보를 입력해 주세요.</p>${box}` +
        '<input placeholder="연락처"><button>참여</button></form><footer>유출피해 공동대응 · 문의 02-555-0199</footer>',
    );

  it('flags it when the box is the brand’s login, whatever name the group shows', () => {
    const kit = suit(
      '<input placeholder="쿠팡 아이디(이메일)"><input type="password" placeholder="비밀번호">',
    );
    expect(scan(kit, 'https://suit-join.example/').verdict).toBe('suspicious-page');
  });

  it('leaves alone the group’s own sign-up (its own id and password)', () => {
    const own = suit('<input placeholder="이메일"><input type="password" placeholder="사용할 비밀번호">');
    expect(scan(own, 'https://suit-join.example/').verdict).toBe('clean');
  });
});

describe('letters taken out of the flow and placed by their offsets', () => {
  const mark = (letters: [string, number][]) =>
    `<div style="position:relative;height:30px">${letters
      .map(([c, x]) => `<span style="position:absolute;left:${x}px">${c}</span>`)
      .join('')}</div>`;
  const refund = (head: string) =>
    page(
      '환불금 수령 계좌',
      `${head}<h3>환불금 수령 계좌 등록</h3><p>반품 환불금을 보내 드리기 위해 계좌를 등록해 주세요.</p>` +
        '<input placeholder="은행명"><input placeholder="계좌번호"><input placeholder="예금주"><button>등록</button>',
    );

  it('flags a refund form under the brand spelt by offsets in shuffled order', () => {
    const shuffled: [string, number][] = [
      ['p', 54],
      ['c', 0],
      ['g', 108],
      ['o', 18],
      ['n', 90],
      ['u', 36],
      ['a', 72],
    ];
    expect(scan(refund(mark(shuffled)), 'https://refund-acct.example/').verdict).toBe('suspicious-page');
  });

  it('leaves alone the same form under letters whose offsets spell no name', () => {
    const other: [string, number][] = [
      ['m', 0],
      ['a', 18],
      ['r', 36],
      ['u', 54],
      ['n', 72],
    ];
    expect(scan(refund(mark(other)), 'https://refund-acct.example/').verdict).toBe('clean');
  });
});

describe("a payment password's keypad under a bar named for the brand's pay to screen readers only", () => {
  const pad = (bar: string) =>
    page(
      '결제 비밀번호 확인',
      `${bar}<b>결제 비밀번호 6자리를 눌러 주세요</b><p>보안 점검으로 결제 비밀번호를 다시 확인합니다.</p><div id="k"></div>` +
        "<script>[3,8,1,0,6,2,9,4,7,5].forEach(function(n){var b=document.createElement('button');b.textContent=n;document.getElementById('k').appendChild(b)})</script>",
    );

  it('flags the keypad when the bar’s accessible name is the brand’s pay', () => {
    expect(scan(pad('<div aria-label="쿠팡페이">■■ PAY</div>'), 'https://pay-check.example/').verdict).toBe(
      'suspicious-page',
    );
  });

  it('leaves alone the keypad of a pay that names itself on its bar', () => {
    const own = pad('<header><b>한빛페이</b></header><div aria-label="쿠팡페이">■■ PAY</div>');
    expect(scan(own, 'https://hanbitpay.example/').verdict).toBe('clean');
  });
});
