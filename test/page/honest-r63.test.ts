import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { scanPage } from '../../lib/page/index';
import { parse } from './helpers';
import { honestSet } from './saved-set';

/**
 * Round page63: honest pages nobody had seen, fourth round — kinds page56's, page59's and page61's sets did not
 * hold: well-known Korean firms' notices on the brand's leak over their own sign-in on their own hosts (insurers,
 * securities houses, telcos, portals, other malls, delivery apps, airlines, hospitals, universities, utilities), in
 * Korean and English, each host spelling its firm in the firm's own romanisation; identity, consent and payment
 * pop-ups of many providers for many merchants; tutorials and code reviews in Japanese, Chinese, Vietnamese and
 * English that reproduce a login form; the brand's partners' and affiliates' pages on the partners' hosts; webmail
 * views of the brand's real notices; widgets framed in portals and papers (a poll, comments, a survey, a quiz) with
 * a login; and screen-reader forms with long hidden labels — written for this round in
 * test/fixtures/pages-honest-r63/ and scored as `check --page` scores them. None may be flagged. Below them, each
 * class the set found, with a kit of the same shape that stays caught.
 */
const DIR = new URL('../fixtures/pages-honest-r63/', import.meta.url);
// with the second chance counted, page67: 6 of them warned at the first key into a secret box
honestSet('page63 honest set', DIR, 80, 5);

const page = (title: string, body: string, lang = 'ko') =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;
const scan = (html: string, url: string) =>
  scanPage(parse(html), url, { parseHtml: (m) => parseHTML(m).document as unknown as Document }).verdict;

const signIn =
  '<form method="post" action="/login"><label>아이디<input name="uid" placeholder="아이디"></label><label>비밀번호<input type="password" name="upw" placeholder="비밀번호"></label><button>로그인</button></form>';

describe('a firm of no trade word whose name the host spells as the firm writes it', () => {
  const notice = (firm: string, footer: string, form = signIn) =>
    page(
      `[${firm}] 쿠팡 정보유출 사고 관련 안내`,
      `<h1>쿠팡 정보유출 사고 관련 안내</h1><p>${firm} 고객님의 정보는 이번 사고와 무관합니다. 쿠팡과 같은 비밀번호를 쓰신다면 바꿔 주세요.</p>${form}<footer>${footer}</footer>`,
    );
  it('"[누리몰] 쿠팡 정보유출 사고 관련 안내" on nurimall.example, its own sign-in, stays clean', () => {
    expect(scan(notice('누리몰', '누리몰(주)'), 'https://www.nurimall.example/board/notice/41')).toBe(
      'clean',
    );
  });
  it('"G마켓"-like Latin initials and a loanword ("P마트" on pmart.example) stay clean', () => {
    const mart = page(
      '쿠팡 개인정보 유출 관련 P마트 고객 안내',
      `<h1>쿠팡 개인정보 유출 관련 P마트 고객 안내</h1><p>P마트는 이번 사고와 무관합니다.</p><h2>P마트 로그인</h2>${signIn}<footer>(주)피마트</footer>`,
    );
    expect(scan(mart, 'https://www.pmart.example/n/notice/8')).toBe('clean');
  });
  it('a name with a number or Latin initials ("에코마트24" on ecomart24, "SJ온마켓" on sjonmarket) stays clean', () => {
    expect(scan(notice('에코마트24', '(주)에코마트24'), 'https://www.ecomart24.example/notice/view/9')).toBe(
      'clean',
    );
    expect(scan(notice('SJ온마켓', 'SJ온마켓(주)'), 'https://www.sjonmarket.example/cs/notice/3')).toBe(
      'clean',
    );
  });
  it('the same notice on a host that spells no name of it stays caught', () => {
    expect(scan(notice('누리몰', '누리몰(주)'), 'https://notice-check.example.top/')).toBe('suspicious-page');
  });
  it("the same notice on the firm's host that takes a card stays caught", () => {
    const card =
      '<form method="post" action="/pay"><input placeholder="이름"><input placeholder="카드번호"><input placeholder="유효기간"><input placeholder="CVC"><button>확인</button></form>';
    expect(scan(notice('누리몰', '누리몰(주)', card), 'https://www.nurimall.example/board/notice/41')).toBe(
      'suspicious-page',
    );
  });
});

describe("a webmail's own sign-in over a mail the brand sent", () => {
  const view = (idBox: string) =>
    page(
      '메일플러그 메일',
      '<nav>받은메일함 · 보낸메일함</nav><h2>[쿠팡 Wing] 판매자님 개인정보 보호 관련 안내</h2><div>보낸사람: 쿠팡 Wing &lt;wing-noreply@coupang.com&gt;</div>' +
        '<p>판매자님, 쿠팡입니다. 정산 계좌와 비밀번호는 영향을 받지 않았습니다.</p>' +
        `<div class="modal"><p>세션이 만료되었습니다. 다시 로그인하세요.</p><form method="post" action="/login"><input name="uid" placeholder="${idBox}"><input type="password" name="upw" placeholder="비밀번호"><button>로그인</button></form></div>`,
    );
  it('"mailplug 아이디" on mailplug.example stays clean', () => {
    expect(scan(view('mailplug 아이디'), 'https://webmail.mailplug.example/mail/view/INBOX/3')).toBe('clean');
  });
  it('the same view whose box is a bare "아이디" stays caught', () => {
    expect(scan(view('아이디'), 'https://webmail.mailplug.example/mail/view/INBOX/3')).toBe(
      'suspicious-page',
    );
  });
  it('the same view on a host of another name stays caught', () => {
    expect(scan(view('mailplug 아이디'), 'https://mail-secure-view.example.top/inbox/3')).toBe(
      'suspicious-page',
    );
  });
});
