import { describe, expect, it } from 'vitest';
import { koPage as page, scanHtml as scan } from './helpers';
import { kitSet } from './saved-set';

/**
 * Round page66: the fakes the tuning halves still miss, by class, second look (docs/page-guard.md). The class a
 * sound rule could take — the brand's desk named in English as the page's heading ("Coupang Care · 24h chat",
 * "Coupang Security Team (24/7)"), the desk a kit speaks from as the Korean "쿠팡 보안센터" already was — got kits of
 * this round's own writing (test/fixtures/pages-kits-r66/: each missed on integ 1c847d3c) and an honest twin, scored
 * as `check --page` scores them: every kit caught, every twin clean. Below them, the class written again apart from
 * the set.
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
