import { describe, expect, it } from 'vitest';
import { classify, compileLists } from '../../lib/domain/index';
import { bundledList } from '../../lib/lists/bundled';

// The classes domain54 took from tune41 (author 42), each judged by a rule written apart from the corpus (other
// hosts, words and TLDs), with the honest addresses beside each that must stay clean.
const engine = compileLists({ ...bundledList, blocked: [] });

const verdict = (u: string): string => classify(u, engine).verdict;

const cases: Record<string, { flag: string[]; clean: string[] }> = {
  // a `javascript:` link whose script opens an address it decodes from a base64 string literal: read as the address
  // it spells (never run), judged as any carried address; an official or honest address, a literal that spells no
  // address, garbage and a script that does more stay as other scripts do (not a look-alike)
  'a navigating script that decodes its address from base64 (atob)': {
    flag: [
      // https://coupang-eventgift.cyou
      'javascript:window.open(atob("aHR0cHM6Ly9jb3VwYW5nLWV2ZW50Z2lmdC5jeW91"))',
      // https://rocketwow-pay.top/login
      "javascript:location.href=atob('aHR0cHM6Ly9yb2NrZXR3b3ctcGF5LnRvcC9sb2dpbg==')",
      // //coupang-bosang.link/step1
      'javascript:void(location.replace(window.atob("Ly9jb3VwYW5nLWJvc2FuZy5saW5rL3N0ZXAx")))',
    ],
    clean: [
      // https://www.coupang.com/np/search
      'javascript:window.open(atob("aHR0cHM6Ly93d3cuY291cGFuZy5jb20vbnAvc2VhcmNo"))',
      // https://login.coupang.com/login/login.pang
      'javascript:location.href=atob("aHR0cHM6Ly9sb2dpbi5jb3VwYW5nLmNvbS9sb2dpbi9sb2dpbi5wYW5n")',
      // https://www.example.com/, https://coupon-city.com/
      'javascript:window.open(atob("aHR0cHM6Ly93d3cuZXhhbXBsZS5jb20v"))',
      'javascript:window.open(atob("aHR0cHM6Ly9jb3Vwb24tY2l0eS5jb20v"))',
      // hello world; garbage; a literal too short; bytes that are no text
      'javascript:window.open(atob("aGVsbG8gd29ybGQ="))',
      'javascript:window.open(atob("!!!!coupang!!!!"))',
      'javascript:window.open(atob("abcde"))',
      'javascript:window.open(atob("////////////////"))',
      'javascript:window.open(atob("' + 'A'.repeat(5000) + '"))',
      // a script that does more than navigate, the brand's name in plain text
      'javascript:alert(atob("aHR0cHM6Ly9jb3VwYW5nLWV2ZW50Z2lmdC5jeW91"))',
      'javascript:window.open(atob(x))',
    ],
  },
};

describe('domain54 classes (tune41)', () => {
  for (const [name, { flag, clean }] of Object.entries(cases)) {
    describe(name, () => {
      for (const u of flag) it(`flags ${u}`, () => expect(verdict(u)).toBe('lookalike'));
      for (const u of clean) it(`leaves ${u} clean`, () => expect(verdict(u)).not.toBe('lookalike'));
    });
  }
});
