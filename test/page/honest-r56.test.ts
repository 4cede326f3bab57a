import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { judgeSavedPage } from '../../cli/page';
import { compileLists } from '../../lib/domain/index';
import { scanPage } from '../../lib/page/index';
import { bundledList } from '../../lib/lists/bundled';
import { parse } from './helpers';

/**
 * Round page56: honest pages of the kinds earlier halves flagged at first sight (scam warnings quoting the lure, news
 * with a reader login, seller tools' own logins, community threads quoting a smishing text, affiliate blogs, claim
 * forms, foreign-language pages, cashback and price tools, public bodies' services), written for this round in
 * test/fixtures/pages-honest-r56/ and scored as `check --page` scores them. None may be flagged. Below them, each
 * class the set found, with a kit of the same shape that stays caught.
 */
const DIR = new URL('../fixtures/pages-honest-r56/', import.meta.url);
interface HonestPage {
  file: string;
  url: string;
  family: string;
  note: string;
}
const manifest = JSON.parse(readFileSync(new URL('manifest.json', DIR), 'utf8')) as { pages: HonestPage[] };
const lists = compileLists(bundledList);

describe('page56 honest set', () => {
  it('has at least 40 pages', () => expect(manifest.pages.length).toBeGreaterThanOrEqual(40));
  it('flags none of them', () => {
    const flagged = manifest.pages
      .filter((p) => {
        const { result } = judgeSavedPage(readFileSync(new URL(p.file, DIR), 'utf8'), p.url, lists);
        return !['unknown', 'official', 'invalid'].includes(result.verdict);
      })
      .map((p) => `${p.file} ${p.family}`);
    expect(flagged).toEqual([]);
  });
});

const page = (title: string, body: string, lang = 'ko') =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;
const scan = (html: string, url: string) =>
  scanPage(parse(html), url, { parseHtml: (m) => parseHTML(m).document as unknown as Document });

describe("the brand's login named as living only at the brand's own address", () => {
  it("a security blog's tip that the real login is only on the brand's site stays clean", () => {
    const post = page(
      'Anatomy of a shopping-app phish | NetWarden Labs',
      '<h1>Anatomy of a shopping-app phish</h1><p>The page we took apart asks for an email and a password, then a card.</p>' +
        '<p>Remember: your Coupang login belongs only on coupang.com, nowhere else.</p>' +
        '<h3>Try NetWarden free</h3><input type="email" placeholder="Email"><input type="password" placeholder="Choose a password"><button>Start</button>',
      'en',
    );
    expect(scan(post, 'https://labs.netwarden.example/blog/phish-anatomy').verdict).toBe('clean');
  });
  it('a Korean guide saying the login is made at coupang.com only stays clean', () => {
    const post = page(
      '택배 문자 링크, 누르기 전에 | 보안노트',
      '<h1>택배 문자 링크, 누르기 전에</h1><p>쿠팡 로그인은 coupang.com에서만 하세요. 문자 속 주소는 모두 가짜입니다.</p>' +
        '<h4>보안노트 로그인</h4><input placeholder="보안노트 아이디"><input type="password" placeholder="비밀번호"><button>로그인</button>',
    );
    expect(scan(post, 'https://securitynote.example.kr/post/71').verdict).toBe('clean');
  });
  it('a kit that asks the login and names the brand\'s site without "only" stays caught', () => {
    const kit = page(
      'Coupang - Verify your account',
      '<h1>Coupang account verification</h1><p>Enter your Coupang password to continue on coupang.com.</p>' +
        '<input type="email" placeholder="Email"><input type="password" placeholder="Password"><button>Verify</button>',
      'en',
    );
    expect(scan(kit, 'https://coupang-verify.example.top/login').verdict).toBe('suspicious-page');
  });
});

describe("a public body's own service about the brand's leak, on its own host", () => {
  const lookup = (ask: string) =>
    page(
      '쿠팡 고객정보 유출 피해 확인 | 개인정보 침해신고센터',
      '<h1>쿠팡 유출 피해 확인 서비스</h1><p>침해신고센터는 쿠팡 고객정보 유출 사고의 피해 여부를 확인해 드립니다. 본인확인이 필요합니다.</p>' +
        `<input placeholder="성명"><input type="tel" placeholder="휴대전화"><button>인증번호 받기</button>${ask}<button>확인</button>`,
    );
  it('checking the visitor with a code it sends stays clean on a .go.kr host', () => {
    const honest = lookup('<input placeholder="인증번호 6자리">');
    expect(scan(honest, 'https://privacy-check.go.kr/coupang').verdict).toBe('clean');
  });
  it('the same page on a bought host stays caught', () => {
    const kit = lookup('<input placeholder="인증번호 6자리"><input placeholder="카드번호 16자리">');
    expect(scan(kit, 'https://privacy-check-center.example.kr/coupang').verdict).toBe('suspicious-page');
  });
  it('on a .go.kr host, asking the card too is read as before (no body takes one)', () => {
    const kit = lookup(
      '<input placeholder="인증번호 6자리"><input placeholder="카드번호 16자리"><input placeholder="CVC">',
    );
    expect(scan(kit, 'https://privacy-check.go.kr/coupang').verdict).toBe('suspicious-page');
  });
});
