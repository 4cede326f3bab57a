import { describe, expect, it } from 'vitest';
import { koPage as page, scanHtml as scan } from './helpers';
import { kitSet } from './saved-set';

/**
 * Round page66: the fakes the tuning halves still miss, by class, second look (docs/page-guard.md). Three classes a
 * sound rule could take got kits of this round's own writing (test/fixtures/pages-kits-r66/: each missed on integ
 * 1c847d3c) and an honest twin each, scored as `check --page` scores them: every kit caught, every twin clean —
 * the brand's desk named in English as the page's heading ("Coupang Care · 24h chat"), a service's drivers' login
 * ("쿠팡플렉스 기사 로그인"), and a prize its winner pays for first (a "입금자명" box under "당첨"). Below them, each
 * class written again apart from the set.
 */
const DIR = new URL('../fixtures/pages-kits-r66/', import.meta.url);
kitSet('page66 kits of the classes the halves still miss', DIR);

const verdict = (html: string, url = 'https://notice-desk.example/a') => scan(html, url).verdict;

describe('the brand’s desk named in English as the heading', () => {
  const kit = (desk: string) =>
    page(
      'Chat',
      `<h2>${desk}</h2><p>Agent Ryan: a login from a new phone was found on your account. Type the code we texted you and your phone number to stop it.</p><input placeholder="Phone number"><input placeholder="SMS verification code"><button>Send</button>`,
    );
  it('flags an account security desk in the brand’s name', () =>
    expect(verdict(kit('Coupang Account Security Desk · live chat'))).toBe('suspicious-page'));
  it('flags the brand’s customer care center', () =>
    expect(verdict(kit('Coupang Customer Care Center'))).toBe('suspicious-page'));
  // the same desk of a name that is not the brand's is for the other guards
  it('leaves a desk of another name clean', () =>
    expect(verdict(kit('Hanbit Account Security Desk · live chat'))).toBe('clean'));
  // a heading that goes on past the desk ("… phone number and hours") is about the desk, not spoken from it
  it('leaves a guide to the desk clean', () =>
    expect(
      verdict(
        page(
          'Coupang support guide',
          `<h1>Coupang Support Center phone number and hours</h1><p>The center answers from 9 to 6. It never asks for a code sent to your phone.</p><input placeholder="Search this blog"><button>Search</button>`,
        ),
        'https://howto-kr.example/coupang-support',
      ),
    ).toBe('clean'));
});

describe('a service’s drivers’ login', () => {
  const kit = (caption: string) =>
    page(
      '로그인',
      `<form><p>${caption}</p><input placeholder="아이디"><input type="password" placeholder="비밀번호"><button>로그인</button></form>`,
    );
  it('flags the Eats riders’ sign-in', () =>
    expect(verdict(kit('쿠팡이츠 라이더 전용 로그인'), 'https://eats-crew.site/in')).toBe('suspicious-page'));
  it('flags the brand’s drivers’ sign-in in English', () =>
    expect(verdict(kit('Coupang Flex driver login'), 'https://flex-app.top/in')).toBe('suspicious-page'));
  // a store owner's account is one a POS links: not a driver's
  it('leaves a POS linking a store owner’s account to the other guards', () =>
    expect(verdict(kit('쿠팡이츠 사장님 로그인'), 'https://pos-link.example/eats')).toBe('clean'));
});

describe('a prize its winner pays for first', () => {
  const kit = (who: string, ask = '입금자명') =>
    page(
      '당첨 안내',
      `<h3>${who} 사은품 당첨</h3><p>에어프라이어 당첨을 축하드립니다. 포장·배송 처리비 9,800원 확인 후 바로 보내 드립니다.</p><input placeholder="이름"><input placeholder="${ask}"><button>신청</button>`,
    );
  it('flags it where the brand gives the prize', () =>
    expect(verdict(kit('쿠팡 로켓배송 10주년'))).toBe('suspicious-page'));
  it('leaves the same page naming no brand to the other guards', () =>
    expect(verdict(kit('한빛마트 10주년'))).toBe('clean'));
  it('leaves the prize page that asks no depositor clean', () =>
    expect(verdict(kit('쿠팡 로켓배송 10주년', '받으실 주소'))).toBe('clean'));
  // a warning of the trick, with a comment box that asks who writes
  it('leaves a warning of it clean', () =>
    expect(
      verdict(
        page(
          '당첨 사기 주의',
          `<h1>쿠팡 당첨 문자 사기 주의</h1><p>당첨됐다며 배송비 9,800원을 입금하라는 문자는 사기입니다.</p><input placeholder="입금자명 말고 닉네임"><button>댓글</button>`,
        ),
      ),
    ).toBe('clean'));
});
