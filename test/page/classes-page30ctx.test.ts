import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { scanPage } from '../../lib/page/index';
import { parse } from './helpers';

/**
 * Round page30ctx (red team 29, "cheap negative signals"): a line a kit writes for free beside a real lure — a
 * disclaimer in any language, an affiliate's disclosure, a scam-warning headline, a newspaper's byline — never
 * excuses a card, an account, a resident number or a seed phrase unless the page also says whose it is; and a
 * club's word beside the brand's mark under a title that is the brand's is the brand's service, not a site of
 * its own. Next to each kit an honest page of the same shape.
 */
const page = (title: string, body: string, lang = 'ko') =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;
const scan = (html: string, url: string) =>
  scanPage(parse(html), url, { parseHtml: (m) => parseHTML(m).document as unknown as Document });
const verdict = (html: string, url: string) => scan(html, url).verdict;

const cardForm =
  '<form action="/pay" method="post"><label>카드번호</label><input name="n1" inputmode="numeric">' +
  '<label>유효기간</label><input name="n2" placeholder="MM/YY"><label>CVC</label><input name="n3">' +
  '<button>확인</button></form>';

describe("a club's word beside the brand's mark", () => {
  const mark =
    '<svg width="90" height="30" aria-hidden="true"><path d="M4 4h10" stroke="#884433"/><path d="M20 4h10" stroke="#ee5544"/></svg>';
  it('is the brand’s service under a title that is the brand’s', () => {
    const kit = page(
      '쿠팡 정기결제 해지',
      `<div class="top"><a class="logo" href="/">${mark}<b>와우클럽</b></a></div><h1>정기결제 해지</h1>
      <p>해지 환급금을 받으실 카드를 입력해 주세요.</p>${cardForm}`,
    );
    expect(verdict(kit, 'https://wow-cancel.example/')).toBe('suspicious-page');
  });
  it("a fans' club under its own title keeps its name, and its disclaimer", () => {
    const club = page(
      '와우클럽 - 회원 로그인',
      `<div class="top"><a class="logo" href="/">${mark}<b>와우클럽</b></a></div><h1>회원 로그인</h1>
      <form><input name="id" placeholder="클럽 아이디"><input type="password" name="pw" placeholder="비밀번호"><button>로그인</button></form>
      <footer>와우클럽은 쿠팡과 무관한 회원 모임입니다.</footer>`,
    );
    expect(verdict(club, 'https://wowclub.example/login')).toBe('clean');
  });
});
