/**
 * Words smishing hosts put next to a brand name (refund, login, delivery ... in English, in romanised Korean:
 * bosang 보상, hwanbul 환불, baesong 배송, and in Hangul: 피해보상, 신청, 조회). A label that is only a real word near
 * the brand ("kupang", the city; "coupant", French) becomes a look-alike when one of these stands next to it, and a
 * path segment on a shared host counts when it is the brand with these words only. Scam vocabulary, not brand
 * knowledge: the brand's own words come from the list.
 */
const LURE = new Set(
  (
    'account auth bonus bosang cancel cash center check claim confirm cs customer delivery deliver event free gift ' +
    'gogaek help helpdesk hwanbul injeung join kr login logon member members membership notice official order pay ' +
    'payment point points prize refund reward safe secure security service signin sinchung support track tracking ' +
    'update verify verification wallet win baesong jeopsu ' +
    '보상 피해 피해보상 신청 환불 환급 조회 배송 배송조회 로그인 인증 본인 본인인증 확인 고객 센터 고객센터 이벤트 접수 ' +
    '안내 결제 취소 결제취소 해지 당첨 유출 정보유출 개인정보 보안 계정 회원 공식 지급 지원금 포인트 적립 긴급 공지 정지 해제'
  ).split(' '),
);
const LONGEST = Math.max(...[...LURE].map((w) => w.length));

/** True when one of the words of `text` (split at hyphens, underscores, digits and dots) is a lure word. */
export function hasLureWord(text: string): boolean {
  for (const w of text.toLowerCase().split(/[-_.0-9\s]+/)) if (LURE.has(w)) return true;
  return false;
}

/** Is `word` lure words glued together ("bosangcenter", "피해보상신청")? */
function lureCompound(word: string): boolean {
  const ok = new Uint8Array(word.length + 1);
  ok[0] = 1;
  for (let i = 0; i < word.length; i++) {
    if (!ok[i]) continue;
    for (let j = i + 1; j <= Math.min(word.length, i + LONGEST); j++)
      if (LURE.has(word.slice(i, j))) ok[j] = 1;
  }
  return ok[word.length] === 1;
}

/**
 * What a brand match's other words are: 'none' (nothing but digits), 'lure' (lure words only, glued or apart:
 * "bosang2026", "피해보상-신청") or 'other' (any other word: an article's "breach-compensation", "open-api").
 */
export function extraWords(text: string): 'none' | 'lure' | 'other' {
  let lure = false;
  for (const w of text.toLowerCase().split(/[-_.0-9\s]+/)) {
    if (!w) continue;
    if (w.length > 60 || !lureCompound(w)) return 'other';
    lure = true;
  }
  return lure ? 'lure' : 'none';
}
