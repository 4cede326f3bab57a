import { describe, expect, it } from 'vitest';
import { koPage as page, scanHtml as scan } from './helpers';

/**
 * Author AZ's half (tune-az, scored once on integ), taken by class (round page-r2-az) with pages written apart from
 * it: first the honest pages it flagged, each next to the kit of the same shape that stays caught; then the kits it
 * missed, each next to an honest page of the same shape that stays clean.
 */
const verdict = (html: string, url?: string) => scan(html, url).verdict;

describe('a firm’s notice on the brand’s leak under its own sign-in, on a host spelling its name its own way', () => {
  const notice = (form: string, extra = '') =>
    page(
      '한성카드 - 쿠팡 이용 카드 안내',
      '<div class="top"><b>한성카드</b></div><main><h2>쿠팡 개인정보 유출 관련 카드 재발급 안내</h2>' +
        '<p>쿠팡 사고로 카드번호가 유출된 사실은 없으나, 원하시는 회원께는 무료로 재발급해 드립니다.</p>' +
        `<p>재발급 링크를 문자로 보내지 않습니다.${extra}</p>${form}</main>`,
    );
  const login =
    '<form method="post" action="/login"><label>아이디</label><input name="uid" autocomplete="username">' +
    '<label>비밀번호</label><input type="password" name="upw"><button>로그인 후 재발급 신청</button></form>';
  // (한성 read by the Revised Romanization is "hanseong"; the firm writes "hansung")
  const host = 'https://www.hansungcard.example/notice/reissue';

  it('leaves it clean: the host spells the firm its own way, the password is its sign-in', () => {
    expect(verdict(notice(login), host)).toBe('clean');
    expect(verdict(notice(login), 'https://www.hanseongcard.example/notice/reissue')).toBe('clean');
  });

  it('leaves clean a firm named with Latin initials and a Hangul word, "JB한성카드" on jbcard', () => {
    const jb = notice(login).replace(/한성카드/g, 'JB한성카드');
    expect(verdict(jb, 'https://card.jbcard.example/notice/reissue')).toBe('clean');
  });

  it('leaves clean the firm’s notice giving its own desk’s number', () => {
    const desk = page(
      '쿠팡 연결 카드 재발급 안내 - 한성카드',
      '<div><h2>한성카드 · 온라인 가맹점 연결 카드 재발급</h2><p>쿠팡 유출 사고와 관련해 원하시는 회원께 재발급해 드립니다.' +
        ' 신청은 한성카드 앱 또는 고객센터 1566-3300에서만 받습니다.</p><p>재발급 링크를 문자로 보내지 않습니다.</p></div>',
    );
    expect(verdict(desk, host)).toBe('clean');
    expect(verdict(desk, 'https://www.hanseongcard.example/notice/reissue')).toBe('clean');
  });

  it('flags the same notice on a host that is not the firm’s', () => {
    expect(verdict(notice(login), 'https://card-reissue-center.example/notice')).toBe('suspicious-page');
  });

  it('flags it where the form asks more than the sign-in: the card and its PIN beside the id', () => {
    const card =
      '<form><label>아이디</label><input name="uid"><label>비밀번호</label><input type="password" name="upw">' +
      '<label>카드번호</label><input name="cn"><label>카드 비밀번호 앞 2자리</label><input name="cp"><button>재발급</button></form>';
    expect(verdict(notice(card), host)).toBe('suspicious-page');
  });

  it('flags a password box with no id beside it under the brand’s title on the firm’s host', () => {
    const bare =
      '<form><label>비밀번호</label><input type="password" name="upw"><button>재발급 신청</button></form>';
    expect(verdict(notice(bare), host)).toBe('suspicious-page');
  });

  it('leaves the spelling rule to names of three consonants: a two-letter skeleton spells too many hosts', () => {
    // (우리 → "uri", its consonants one letter: the firm's own name on any host "wooricard" is not read by it)
    const woori = notice(login).replace(/한성카드/g, '우리카드');
    expect(verdict(woori, 'https://www.rorycard.example/notice')).toBe('suspicious-page');
  });
});

describe('a verifier’s window titled by its own short name, the brand the site that asked', () => {
  const win = (title: string, line: string) =>
    page(
      title,
      `<div class="wrap"><h2>${title}</h2><p class="s">${line}</p><form><label>통신사</label><select><option>SKT</option>` +
        '<option>KT</option><option>LG U+</option><option>알뜰폰</option></select><label>이름</label><input name="nm">' +
        '<label>생년월일</label><input maxlength="6" placeholder="YYMMDD"><label>휴대폰번호</label><input name="ph">' +
        '<button type="button">인증번호 받기</button><label>인증번호</label><input name="code" maxlength="6"></form>' +
        '<p class="s">본인확인 요청 사이트가 실제 이용 중인 사이트인지 확인하세요.</p></div>',
    );
  const url = 'https://auth.nuritelecom.example/pass';

  it('leaves it clean under "N인증" or "PASS 인증" with "요청 사이트: 쿠팡(주)"', () => {
    expect(verdict(win('N인증', '누리텔레콤 · 요청 사이트: 쿠팡(주) (www.coupang.com)'), url)).toBe('clean');
    expect(verdict(win('PASS 인증', '요청 사이트: 쿠팡(주)'), url)).toBe('clean');
  });

  it('flags the window whose purpose is an alarm on the account, or whose short name is the brand’s initials', () => {
    expect(verdict(win('N인증', '요청 사이트: 쿠팡(주) · 계정 도용 차단'), url)).toBe('suspicious-page');
    expect(verdict(win('CP인증', '요청 사이트: 쿠팡(주)'), url)).toBe('suspicious-page');
  });
});
