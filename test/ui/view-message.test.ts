// The message verdict in words: a long message says its middle was not read; a "search and take the ad" message
// says not to open a search ad. Both in Korean and English, from public/_locales.
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { readFileSync } from 'node:fs';
import { translatorFor } from '../../lib/ui/i18n';
import type { ViewContext } from '../../lib/ui/view-context';
import { messageVerdictView } from '../../lib/ui/view-message';
import { check } from '../message/helpers';

const messages = (lang: string) =>
  JSON.parse(readFileSync(new URL(`../../public/_locales/${lang}/messages.json`, import.meta.url), 'utf8'));

function context(lang: 'ko' | 'en'): ViewContext {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  return {
    doc: document as unknown as Document,
    t: translatorFor(messages(lang)),
    locale: lang,
    now: () => 0,
  };
}

describe.each(['ko', 'en'] as const)('message verdict view (%s)', (lang) => {
  it('says how much of a long message was not read, also when it is clean', () => {
    const v = check(
      `쿠팡 이번 달 소식입니다. ${'인기 상품 소개. '.repeat(3_000)}\nhttps://www.coupang.com/np/x`,
    );
    const note = messageVerdictView(context(lang), v, null, '').querySelector('[data-skipped]');
    expect(v.verdict).toBe('clean');
    expect(note?.getAttribute('data-skipped')).toBe(String(v.skipped));
    expect(note?.textContent).toContain((v.skipped ?? 0).toLocaleString(lang));
    expect(note?.textContent?.length).toBeGreaterThan(30);
  });

  it('a short message has no such note', () => {
    const v = check('[쿠팡] 주문하신 상품이 배송 완료되었습니다.');
    expect(messageVerdictView(context(lang), v, null, '').querySelector('[data-skipped]')).toBeNull();
  });

  it('a search-ad message gets its own advice and reason', () => {
    const t = context(lang).t;
    const v = check(
      '[쿠팡] 개인정보 유출 보상금 지급 대상입니다. 네이버에서 "쿠팡 보상" 검색 후 첫 번째 광고로 신청하세요.',
    );
    const text = messageVerdictView(context(lang), v, null, '쿠팡').textContent ?? '';
    expect(v.verdict).toBe('suspicious');
    expect(text).toContain(t('msgcheck_todo_no_search_ad'));
    expect(text).toContain(t('msgcheck_reason_search_ad'));
  });
});
