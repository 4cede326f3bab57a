import { describe, expect, it } from 'vitest';
import { koPage as page, scanHtml as scan } from './helpers';

/**
 * Author BB's half (tune-bb, scored once on integ), taken by class (round page-r3-bb) with pages written apart from
 * it: first the honest page it flagged next to the kit of the same shape that stays caught; then the kits it missed,
 * each next to an honest page of the same shape that stays clean.
 */
const verdict = (html: string, url?: string) => scan(html, url).verdict;

describe('a verifier’s window that names the service under way, "이용 중인 서비스: 쿠팡이츠 라이더 가입"', () => {
  const window = (asks: string, service = '이용 중인 서비스: 쿠팡이츠 배달파트너 가입') =>
    page(
      '휴대폰 본인확인',
      `<h3>휴대폰 본인확인</h3><p>${service}</p><input placeholder="이름"><input placeholder="생년월일 6자리">` +
        `<input placeholder="휴대폰 번호"><button>인증번호 받기</button>${asks}<p>드림모바일인증(주)</p>`,
    );

  it('leaves the window clean: the brand is the site that asked', () => {
    expect(verdict(window(''), 'https://cert.dreammobile.example/req')).toBe('clean');
    expect(
      verdict(window('', '이용하시는 서비스 · 쿠팡플렉스 회원가입'), 'https://cert.dreammobile.example/r'),
    ).toBe('clean');
  });

  it('flags the same window that also takes a card: the brand counts again', () => {
    const card = '<input placeholder="카드번호"><input placeholder="유효기간"><input placeholder="CVC">';
    expect(verdict(window(card), 'https://cert.dreammobile.example/req')).toBe('suspicious-page');
  });
});

describe('a wizard whose later steps are nameless and taken by their tag, `querySelectorAll("section")`', () => {
  const wizard = (step3: string, foot: string) =>
    page(
      '수령 방법 선택',
      '<form><section><h4>1. 받으실 시간</h4><select><option>평일<option>주말</select></section>' +
        '<section hidden><h4>2. 받으실 곳</h4><select><option>현관 앞<option>택배함</select></section>' +
        `<section hidden>${step3}</section><button type="button" id="go">계속</button></form><p>${foot}</p>` +
        "<script>var k=0,s=document.querySelectorAll('section');" +
        "document.getElementById('go').addEventListener('click',function(){s[k].hidden=true;s[++k].hidden=false})</script>",
    );

  it('flags the steps that take the entrance code and a card in the brand’s name', () => {
    const kit = wizard(
      '<h4>3. 건물 출입 비밀번호</h4><input><h4>4. 예치금 결제</h4><input placeholder="카드 번호"><input placeholder="CVC">',
      '쿠팡 로켓배송 수령 환경 조사',
    );
    expect(verdict(kit)).toBe('suspicious-page');
  });

  it('leaves clean the same wizard whose last step is a note to the driver', () => {
    const honest = wizard(
      '<h4>3. 기사님께 남길 말</h4><textarea placeholder="요청 사항"></textarea>',
      '쿠팡 로켓배송 수령 환경 조사',
    );
    expect(verdict(honest)).toBe('clean');
  });
});

describe('a code box named by its digits alone under "방금 받으신 … 코드"', () => {
  const relay = (said: string, box: string) =>
    page(
      '포인트 연동',
      `<header><b class="logo">coupang × payco</b></header><h2>적립금 페이코 연동</h2><p>${said}</p>` +
        `<input placeholder="${box}" inputmode="numeric"><button>연동하기</button>`,
    );

  it('flags the box that relays a code just received from another service', () => {
    expect(
      verdict(
        relay(
          '지금 문자로 받으신 페이코 인증 코드 6자리를 입력하시면 쿠팡 적립금이 바로 옮겨집니다.',
          '코드 6자리',
        ),
      ),
    ).toBe('suspicious-page');
    expect(
      verdict(relay('방금 받은 로그인 코드를 넣어 주세요. 쿠팡 적립금이 옮겨집니다.', '6자리 코드')),
    ).toBe('suspicious-page');
  });

  it('leaves clean a promotion code box by its digits where no code was received', () => {
    expect(
      verdict(
        relay(
          '친구에게 받은 초대장에 적힌 6자리를 확인하세요. 쿠팡 적립금 이벤트입니다.',
          '추천인 코드 6자리',
        ),
      ),
    ).toBe('clean');
  });
});

describe('the seller portal’s login boxes labelled only by the words before them, "Wing ID" / "Wing PW"', () => {
  const notice = (rows: string, head = '') =>
    page(
      '판매자 이의 제기',
      `${head}<h2>판매 제한 이의 제기</h2><p>등록하신 상품이 상표권 신고로 판매중지되었습니다. 24시간 안에 이의를 제기하세요.</p>` +
        `${rows}<button>제출</button>`,
    );

  it('flags the boxes that take the portal’s login on a page with no name of its own', () => {
    const kit = notice(
      '<div>WING 아이디 <input></div><div>WING 비밀번호 <input type="password"></div><div>OTP <input></div>',
    );
    expect(verdict(kit)).toBe('suspicious-page');
  });

  it('leaves clean a seller community’s own sign-in that talks about Wing', () => {
    const own = notice(
      '<div>아이디 <input></div><div>비밀번호 <input type="password"></div>',
      '<header><a class="logo" href="/">셀러모임</a></header><p>Wing 판매정지 경험을 나누는 셀러모임 게시판입니다.</p>',
    );
    expect(verdict(own, 'https://sellermoim.example/board')).toBe('clean');
  });
});

describe('a main heading that opens with the brand and says the reader’s order is held', () => {
  it('flags it over a login box on a page with no name of its own', () => {
    const kit = page(
      '안내',
      '<h3>쿠팡 결제가 정지되었습니다</h3><p>아래에서 로그인하면 결제가 다시 진행됩니다.</p>' +
        '<form><input name="a1" placeholder="ID"><input name="a2" type="password" placeholder="PW"><button>확인</button></form>',
    );
    expect(verdict(kit)).toBe('suspicious-page');
  });

  it('leaves clean a blog’s post under that heading with the blog’s own sign-in', () => {
    const blog = page(
      '주문 보류 후기 - 살림일기',
      '<header><a class="logo" href="/">살림일기</a></header><article><h1>쿠팡 주문이 보류되었습니다</h1>' +
        '<p>결제 수단 문제로 주문이 보류돼 고객센터 앱에서 해결한 이야기입니다.</p></article>' +
        '<aside><form action="/login"><input placeholder="아이디"><input type="password" placeholder="비밀번호"><button>로그인</button></form></aside>',
    );
    expect(verdict(blog, 'https://salim.example/post/12')).toBe('clean');
  });
});

describe('a login behind a drawn "로봇이 아닙니다" gate, its heading hidden until the box is ticked', () => {
  const gate = (hidden: string) =>
    page(
      '접속 확인',
      '<div id="g"><label><input type="checkbox" id="t"> 로봇이 아닙니다</label></div>' +
        `<div id="m" hidden>${hidden}<input placeholder="이메일"><input type="password" placeholder="비밀번호"><button>로그인</button></div>` +
        "<script>document.getElementById('t').onclick=function(){g.hidden=true;m.hidden=false}</script>",
    );

  it('flags the login the gate shows under the brand’s heading', () => {
    expect(verdict(gate('<h2>쿠팡 보안 점검</h2>'))).toBe('suspicious-page');
  });

  it('leaves clean the same gate showing a forum’s own login', () => {
    expect(verdict(gate('<h2>회원 로그인</h2><p>쿠팡 할인 정보는 로그인 후 보입니다.</p>'))).toBe('clean');
  });
});

describe('a service name half in Latin letters and half in Hangul across a space, in the picture atop the page', () => {
  const svg = (words: string) =>
    `data:image/svg+xml;charset=utf-8,${encodeURIComponent(
      `<svg xmlns="http://www.w3.org/2000/svg" width="180" height="40"><text x="0" y="30" font-size="28">${words}</text></svg>`,
    )}`;
  const customs = (words: string) =>
    page(
      '통관 정보 확인',
      `<img src="${svg(words)}"><h3>해외직구 통관 정보 재확인</h3><p>통관 정보를 다시 확인해 주세요.</p>` +
        '<p>휴대폰 <input><button>인증요청</button></p><p>인증번호 <input></p>',
    );

  it('flags it: read aloud, the brand’s service', () => {
    expect(verdict(customs('Rocket 직구'))).toBe('suspicious-page');
  });

  it('leaves clean another shop’s name written so', () => {
    expect(verdict(customs('Pocket 직구'))).toBe('clean');
  });
});

describe('boxes whose placeholders the page’s script copies from a data attribute', () => {
  const boxes = (lead: string, attrs: string[]) =>
    page(
      '안내',
      `<h2>${lead}</h2>${attrs.map((a) => `<input data-k="${a}">`).join('')}<button>확인</button>` +
        "<script>document.querySelectorAll('[data-k]').forEach(function(e){e.placeholder=e.getAttribute('data-k')})</script>",
    );

  it('flags the card boxes so labelled under the brand’s notice', () => {
    expect(verdict(boxes('쿠팡 피해보상 카드 확인', ['카드번호', '유효기간', 'CVC']))).toBe(
      'suspicious-page',
    );
  });

  it('leaves clean a newsletter box so labelled', () => {
    expect(verdict(boxes('쿠팡 특가 소식 받아보기', ['이메일 주소']))).toBe('clean');
  });
});
