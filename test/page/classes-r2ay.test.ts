import { describe, expect, it } from 'vitest';
import { koPage as page, scanHtml as scan } from './helpers';

/**
 * Author AY's half (tune-ay, scored once on main), taken by class (round page-r2-ay) with pages written apart from
 * it: first the honest pages it flagged, each next to the kit of the same shape that stays caught; then the kits it
 * missed, each next to an honest page of the same shape that stays clean.
 */
const verdict = (html: string, url?: string) => scan(html, url).verdict;

describe("a Japanese tutorial's clone form with no address, saying it sends nowhere", () => {
  const article = (form: string, label = 'パスワード') =>
    `<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>ECサイトのサインイン画面をHTMLで再現してみた</title>` +
    '</head><body><h1>サインイン画面の再現</h1><p>練習用に、Coupangのサインイン画面を真似たフォームを作りました。' +
    '入力内容は送信されません。</p><div class="box"><header><b style="color:#e52528">coupang</b></header>' +
    `${form}<input placeholder="メールアドレス"><input type="password" placeholder="${label}"><button>サインイン</button>` +
    '</form></div><pre><code>.box input { width: 100%; }</code></pre></body></html>';
  const url = 'https://blog.dev-notes.example/posts/signin-css';

  it('leaves it clean', () => {
    expect(verdict(article('<form>'), url)).toBe('clean');
  });

  it('flags the same page whose form posts somewhere, or whose box asks the brand by name', () => {
    expect(verdict(article('<form action="https://collect.example/p" method="post">'), url)).toBe(
      'suspicious-page',
    );
    expect(verdict(article('<form>', 'クーパン パスワード'), url)).toBe('suspicious-page');
  });
});

describe("the brand only as a shop whose charges another app lists, under that app's sign-in", () => {
  const signIn = (note: string, heading = '모아 로그인') =>
    page(
      'moa 간편뱅킹',
      `<div class="t">moa</div><h3>${heading}</h3><form method="post" action="/login">` +
        '<input name="nm" placeholder="성명"><input name="jumin" placeholder="주민등록번호 앞 7자리">' +
        `<input type="tel" name="mob" placeholder="휴대전화"><button>다음</button></form><p class="n">${note}</p>`,
    );
  const url = 'https://www.moa.example/login';

  it('leaves it clean', () => {
    expect(verdict(signIn('쿠팡 구매 내역은 모아 앱 › 지출 탭에서 확인하실 수 있습니다.'), url)).toBe(
      'clean',
    );
  });

  it('flags it when the brand is said anywhere else, or heads the page', () => {
    expect(
      verdict(
        signIn('쿠팡 구매 내역은 모아 앱에서 확인할 수 있어요. 쿠팡 회원님은 보상금을 꼭 신청하세요.'),
        url,
      ),
    ).toBe('suspicious-page');
    expect(
      verdict(signIn('쿠팡 구매 내역은 모아 앱에서 확인할 수 있어요.', '쿠팡 결제 본인 확인'), url),
    ).toBe('suspicious-page');
  });
});

describe("a lawsuit platform's own sign-in for the plaintiffs it signed up", () => {
  const platform = (line: string, idBox = '아이디') =>
    page(
      '바른공동소송 - 쿠팡 개인정보 유출 공동소송',
      '<div class="h">바른공동소송</div><h2>쿠팡 공동소송 진행 상황</h2>' +
        '<p><img src="/img/coupang-ci.png" alt="쿠팡 CI" width="120"></p>' +
        '<ul><li>원고 모집: 54,210명</li><li>변론기일: 2026.02.10</li></ul>' +
        `<p>${line}</p><form method="post" action="/member/login"><label>${idBox}<input name="uid"></label>` +
        '<label>비밀번호<input type="password" name="upw"></label><button>로그인</button></form>',
    );
  const url = 'https://www.bareun-sosong.example/case/coupang';

  it('leaves it clean', () => {
    expect(verdict(platform('원고 전용 로그인'), url)).toBe('clean');
    expect(verdict(platform('소송 참여자 마이페이지 로그인'), url)).toBe('clean');
  });

  it('flags the same page whose sign-in is the brand’s account', () => {
    expect(verdict(platform('쿠팡 계정으로 로그인'), url)).toBe('suspicious-page');
    expect(verdict(platform('원고 전용 로그인', '쿠팡 아이디'), url)).toBe('suspicious-page');
  });
});

describe("a wizard's later steps shown by the previous step's own button, every step of one class", () => {
  const next =
    `<button type="button" onclick="var s=this.parentNode;s.style.display='none';` +
    `s.nextElementSibling.style.display='block'">다음</button>`;
  const wizard = (top: string, last: string) =>
    page(
      '이벤트 참여',
      `<header>${top}</header><h1>구매 경험 설문</h1>` +
        `<div class="step"><p>1단계: 최근 주문은 만족스러우셨나요?</p><label><input type="radio" name="a"> 네</label>${next}</div>` +
        `<div class="step" style="display:none"><p>2단계: 자주 사는 상품군</p><input name="b">${next}</div>` +
        `<div class="step" style="display:none"><p>3단계: 참여 보상 지급</p><form method="post" action="/save">${last}` +
        '<button>제출</button></form></div>',
    );
  const card =
    '<label>카드번호<input name="c1" inputmode="numeric"></label><label>유효기간<input name="c2"></label>' +
    '<label>CVC<input name="c3"></label>';

  it('flags the kit whose last step asks a card under the brand', () => {
    expect(verdict(wizard('<b style="color:#e52528">coupang</b>', card))).toBe('suspicious-page');
  });

  it("leaves clean a research firm's own survey whose last step asks an e-mail for the gift", () => {
    expect(
      verdict(
        wizard('<b>리서치누리</b>', '<label>기프티콘 받을 이메일<input type="email" name="em"></label>'),
        'https://survey.research-nuri.example/s/77',
      ),
    ).toBe('clean');
  });
});

describe('the name written by a script, from base64 or from escaped pieces it joins', () => {
  const written = (script: string, ask: string) =>
    page(
      '계정 확인',
      `<span id="mk" style="font:800 26px Arial;color:#e52528"></span><script>${script}</script>` +
        `<h3>계정 확인</h3><p>아래 정보를 입력하면 확인이 완료됩니다.</p><form method="post" action="/v">${ask}` +
        '<button>확인</button></form>',
    );
  const pw =
    '<input name="uid" placeholder="아이디"><input type="password" name="upw" placeholder="비밀번호">';
  const cardBox = '<input name="cn" placeholder="카드번호"><input name="cv" placeholder="CVC">';

  it('flags it', () => {
    expect(verdict(written(`document.getElementById('mk').textContent = atob('Y291cGFuZw==');`, pw))).toBe(
      'suspicious-page',
    );
    expect(
      verdict(
        written(
          `var p = ['\\uCFE0', '\\uD321']; document.getElementById('mk').textContent = p.join('');`,
          cardBox,
        ),
      ),
    ).toBe('suspicious-page');
  });

  it('leaves clean a site writing its own name so', () => {
    // "hanbit", and 한빛 in escaped pieces
    expect(
      verdict(
        written(`document.getElementById('mk').textContent = atob('aGFuYml0');`, pw),
        'https://www.hanbit.example/login',
      ),
    ).toBe('clean');
    expect(
      verdict(
        written(
          `var p = ['\\uD55C', '\\uBE5B']; document.getElementById('mk').textContent = p.join('');`,
          pw,
        ),
        'https://www.hanbit.example/login',
      ),
    ).toBe('clean');
  });
});

describe("a short page's sentence saying the brand's password is what is typed here", () => {
  const box = (line: string) =>
    page(
      '보안 입력',
      `<h2>보안 입력</h2><p>${line}</p><p class="s">보안 모듈 준비 완료</p><form method="post" action="/k">` +
        '<label>아이디 <input name="u"></label><label>비밀번호 (가상 키패드) <input type="password" name="p"></label>' +
        '<button>확인</button></form>',
    );

  it('flags it', () => {
    expect(verdict(box('Coupang 계정 확인을 위해 가상 키패드로 비밀번호를 입력합니다.'))).toBe(
      'suspicious-page',
    );
  });

  it("leaves clean a sentence that disowns the brand's account", () => {
    expect(verdict(box('쿠팡 계정이 아닌 누리몰 계정의 비밀번호를 입력합니다.'))).toBe('clean');
  });
});

describe('a box for "the number received" under a line that says it came by text', () => {
  const relay = (line: string, top = '<b style="color:#e52528">coupang</b>') =>
    page(
      '최종 확인',
      `<div class="top">${top}</div><h2>환급 지급 최종 확인</h2><p>${line}</p>` +
        '<form method="post" action="/fin"><label>받은 번호<input name="x"></label><button>지급받기</button></form>',
    );

  it('flags it', () => {
    expect(verdict(relay('카톡으로 받은 번호를 그대로 적어 주세요.'))).toBe('suspicious-page');
  });

  it("leaves clean a clinic's queue-number box, no text message named", () => {
    expect(
      verdict(
        relay('접수처에서 받은 번호를 적어 주시면 순서대로 불러 드립니다.', '<b>누리이비인후과</b>'),
        'https://www.nuri-ent.example/queue',
      ),
    ).toBe('clean');
  });
});
