/**
 * The message check: a text message, KakaoTalk message or e-mail, judged before anybody clicks or calls. Finds
 * every link (judged by the domain guard; shorteners and messenger links named as such, never opened), every
 * phone number (against the official numbers in the list data), whom the text speaks for, and the scam scripts
 * it follows. Pure: the background, the extension pages, the web app and the CLI all call this.
 */
import { classify, type CompiledLists, type DomainVerdict } from '../domain/index';
import type { ListData } from '../lists/schema';
import { findLinks, findSpacedHosts } from './links';
import { findNumbers } from './phones';
import {
  asksToCall,
  asksToSearchAd,
  CALLBACK_FAMILIES,
  lureFamilies,
  NEVER_FROM_BRAND,
  SCAM_BY_ITSELF,
  squash,
  warnsAboutScams,
  type LureFamily,
} from './scripts';
import { linkService } from './services';

export type MessageVerdictKind = 'scam' | 'suspicious' | 'clean';

export type LinkKind =
  'official' | 'blocked' | 'lookalike' | 'shortener' | 'messenger' | 'unknown' | 'invalid';

export interface LinkFinding {
  text: string;
  url: string;
  verdict: LinkKind;
  /** the domain guard's verdict on the link */
  domain: DomainVerdict;
}

export type NumberKind = 'official' | 'report' | 'opt-out' | 'relay' | 'other';

export interface NumberFinding {
  text: string;
  /** the number in its usual written form, e.g. "1577-7011" */
  number: string;
  verdict: NumberKind;
  /** for official numbers: whose line it is (e.g. "customer-centre", "eats") */
  line?: string;
}

export type MessageReasonCode =
  | 'bad-link'
  | 'shortened-link'
  | 'messenger-link'
  | 'unofficial-link'
  | 'unofficial-number'
  | 'speaks-as-brand'
  | 'never-from-brand'
  | 'search-ad'
  | `lure-${LureFamily}`;

export interface MessageReason {
  code: MessageReasonCode;
  /** the link or number the reason is about */
  match?: string;
  brand?: string;
}

export interface MessageVerdict {
  verdict: MessageVerdictKind;
  links: LinkFinding[];
  numbers: NumberFinding[];
  reasons: MessageReason[];
  /** the brand the text speaks for or names (brand id), when it does */
  brand?: string;
  /** the text presents itself as the brand (a [쿠팡] tag, "쿠팡 고객님", "쿠팡 고객센터입니다") */
  speaksAsBrand: boolean;
  /** the brand's official number to call instead (from the list data) */
  callInstead: string;
  /** characters in the middle of a long message that were not read (its start and end were) */
  skipped?: number;
}

/**
 * Most characters read of one message. A longer one (a long e-mail, a link hidden after pages of padding) is read
 * at its start and its end — where a message puts its link — and the result says how much of the middle was not.
 */
export const MAX_MESSAGE_LENGTH = 20_000;
const READ_HEAD = 12_000;
const READ_TAIL = MAX_MESSAGE_LENGTH - READ_HEAD;
/** Longest text the paste box and the extension's message take; only MAX_MESSAGE_LENGTH of it is read. */
export const MAX_MESSAGE_INPUT = 1_000_000;

/** The part of `text` that is read: all of it, or its start and its end; `skipped` characters of the middle not. */
export function readWindow(text: string): { text: string; skipped: number } {
  if (text.length <= MAX_MESSAGE_LENGTH) return { text, skipped: 0 };
  // never split a surrogate pair at either cut
  let head = READ_HEAD;
  if (/[\ud800-\udbff]/u.test(text[head - 1] ?? '')) head--;
  let tail = text.length - READ_TAIL;
  if (/[\udc00-\udfff]/u.test(text[tail] ?? '')) tail++;
  return { text: `${text.slice(0, head)}\n${text.slice(tail)}`, skipped: tail - head };
}

interface BrandNames {
  id: string;
  /** squashed names, longest first */
  names: string[];
}

interface Prepared {
  brands: BrandNames[];
  official: Map<string, string>;
  report: Set<string>;
  customerCentre: string;
}

const prepared = new WeakMap<ListData, Prepared>();

function prepare(data: ListData): Prepared {
  const hit = prepared.get(data);
  if (hit) return hit;
  const brands = data.brands.map((b) => {
    const aliases = (b as { aliases?: readonly { text: string }[] }).aliases ?? [];
    const names = [...b.latin, ...b.hangul, b.name ?? '', ...aliases.map((a) => a.text)]
      .map(squash)
      .filter((n) => n.length >= 2);
    return { id: b.id, names: [...new Set(names)].sort((x, y) => y.length - x.length) };
  });
  const contacts = data.contacts as ListData['contacts'] & {
    numbers?: readonly { number: string; id: string }[];
  };
  const digits = (s: string): string => s.replace(/\D/g, '');
  const official = new Map<string, string>([[digits(contacts.customerCentre), 'customer-centre']]);
  for (const n of contacts.numbers ?? []) official.set(digits(n.number), n.id);
  const p: Prepared = {
    brands,
    official,
    report: new Set(contacts.report.map((r) => digits(r.number))),
    customerCentre: contacts.customerCentre,
  };
  prepared.set(data, p);
  return p;
}

/** The brand named in `squashed`, most specific (longest) name first; the position of the first mention. */
function findBrand(squashed: string, brands: readonly BrandNames[]): { id: string; at: number } | null {
  let best: { id: string; at: number; len: number } | null = null;
  for (const b of brands) {
    for (const n of b.names) {
      const at = squashed.indexOf(n);
      if (at >= 0 && (!best || n.length > best.len || (n.length === best.len && at < best.at)))
        best = { id: b.id, at, len: n.length };
    }
  }
  return best && { id: best.id, at: best.at };
}

const MESSENGER_ID =
  /(?:카톡|카카오톡|카카오|라인|텔레그램|텔레|위챗|kakao(?:talk)?|line|telegram|wechat)\s*(?:id|아이디)\s*[:：]?\s*@?[a-z0-9][a-z0-9_.-]{2,30}/giu;
const HEADERS = /^(?:\s*(?:\[(?:web발신|국외발신|국제발신|해외발신)\]|\((?:광고|ad)\)))*\s*/iu;
const TAG = /^[[【(〔]\s*([^\]】)〕\n]{1,40})[\]】)〕]/u;
const SELF = /(?:고객님|회원님|고객센터|보안팀|보상센터|상담센터|본사|입니다|customer|account|:)/u;

/** Whether the text presents itself as `brandNames`' brand: a sender tag, its opening words, or self-naming. */
function speaksAs(text: string, brand: BrandNames): boolean {
  const body = text.replace(HEADERS, '');
  const tag = TAG.exec(body);
  if (tag && brand.names.some((n) => squash(tag[1] ?? '').includes(n))) return true;
  const squashed = squash(body);
  for (const n of brand.names) {
    const at = squashed.indexOf(n);
    if (at < 0) continue;
    if (at <= 2) return true;
    if (SELF.test(squashed.slice(at + n.length, at + n.length + 8))) return true;
  }
  return /your(?:coupang)|fromcoupang/u.test(squash(body));
}

function numberKind(text: string, at: number, digitsOf: string, p: Prepared): NumberKind {
  if (p.official.has(digitsOf)) return 'official';
  if (p.report.has(digitsOf)) return 'report';
  const before = squash(text.slice(Math.max(0, at - 12), at));
  if (/^080/.test(digitsOf) && /수신거부|거부|unsubscribe|optout/u.test(before)) return 'opt-out';
  // 050x safe numbers relay to a delivery person or rider and hide their own number.
  if (/^050/.test(digitsOf)) return 'relay';
  return 'other';
}

function linkKind(v: DomainVerdict): LinkKind {
  if (
    v.verdict === 'official' ||
    v.verdict === 'blocked' ||
    v.verdict === 'lookalike' ||
    v.verdict === 'invalid'
  )
    return v.verdict;
  const service = v.hostname ? linkService(v.hostname) : null;
  return service ?? 'unknown';
}

/** Judges one message. `lists` is the compiled list in force; `data` the same list's data (brands, contacts). */
export function checkMessage(input: string, lists: CompiledLists, data: ListData): MessageVerdict {
  const { text, skipped } = readWindow(String(input ?? ''));
  const p = prepare(data);
  const squashed = squash(text);

  const links: LinkFinding[] = findLinks(text).map((l) => {
    const domain = classify(l.url, lists);
    return { text: l.text, url: l.url, verdict: linkKind(domain), domain };
  });
  // A host written apart ("coupang-care . com"): a link when the text says to join it or when, joined, it is a
  // look-alike; an ordinary sentence with a spaced full stop stays a sentence.
  for (const l of findSpacedHosts(text)) {
    const domain = classify(l.url, lists);
    const verdict = linkKind(domain);
    const seen = links.some((x) => x.domain.hostname && x.domain.hostname === domain.hostname);
    if (!seen && (l.joinAsked || verdict === 'lookalike' || verdict === 'blocked'))
      links.push({ text: l.text, url: l.url, verdict, domain });
  }
  const numbers: NumberFinding[] = findNumbers(text).map((n) => {
    const digits = n.number.replace(/\D/g, '');
    const verdict = numberKind(text, n.index, digits, p);
    const line = verdict === 'official' ? p.official.get(digits) : undefined;
    return { text: n.text, number: n.number, verdict, ...(line ? { line } : {}) };
  });

  const named = findBrand(squashed, p.brands);
  const brandNames = named ? p.brands.find((b) => b.id === named.id) : undefined;
  // A link's own brand claim (coupang-refund.com) names the brand too.
  const linkBrand = links.find((l) => l.domain.brand)?.domain.brand?.id;
  const brand = named?.id ?? linkBrand;
  const asBrand = brandNames ? speaksAs(text, brandNames) : false;
  const lures = lureFamilies(squashed);

  // A messenger ID to add ("카톡 ID: abc123 추가"): the conversation moves to a chat app, like a messenger link.
  const ids = [...text.matchAll(MESSENGER_ID)].map((m) => m[0].trim());

  const reasons: MessageReason[] = [];
  const bad = links.filter((l) => l.verdict === 'blocked' || l.verdict === 'lookalike');
  const risky = links.filter(
    (l) => l.verdict === 'shortener' || l.verdict === 'messenger' || l.verdict === 'unknown',
  );
  const strange = numbers.filter((n) => n.verdict === 'other');
  for (const l of bad)
    reasons.push({
      code: 'bad-link',
      match: l.text,
      ...(l.domain.brand ? { brand: l.domain.brand.id } : {}),
    });
  for (const l of risky) {
    const code =
      l.verdict === 'shortener'
        ? 'shortened-link'
        : l.verdict === 'messenger'
          ? 'messenger-link'
          : 'unofficial-link';
    // an unknown link matters in a text that speaks for or names the brand, or that carries a lure
    if (l.verdict !== 'unknown' || brand || lures.length > 0) reasons.push({ code, match: l.text });
  }
  for (const id of ids) reasons.push({ code: 'messenger-link', match: id });
  if (brand && (asBrand || lures.length > 0))
    for (const n of strange) reasons.push({ code: 'unofficial-number', match: n.number });
  if (asBrand && brand) reasons.push({ code: 'speaks-as-brand', brand });
  for (const f of lures) reasons.push({ code: `lure-${f}` });
  const never = asBrand && lures.some((f) => NEVER_FROM_BRAND.has(f));
  if (never) reasons.push({ code: 'never-from-brand', ...(brand ? { brand } : {}) });

  // "search for it and take the first ad": speaking as the brand with a lure, the way in is a search ad.
  const searchAd = asBrand && lures.length > 0 && asksToSearchAd(squashed) && !warnsAboutScams(squashed);
  if (searchAd) reasons.push({ code: 'search-ad', ...(brand ? { brand } : {}) });

  const channel = risky.length > 0 || strange.length > 0 || ids.length > 0;
  const hiddenChannel =
    ids.length > 0 || links.some((l) => l.verdict === 'shortener' || l.verdict === 'messenger');
  const lure = lures.length > 0;
  const callback = lures.some((f) => CALLBACK_FAMILIES.has(f)) && strange.length > 0;

  let verdict: MessageVerdictKind = 'clean';
  const byItself = lures.some((f) => SCAM_BY_ITSELF.has(f));
  if (
    bad.length > 0 ||
    never ||
    byItself ||
    (lure && brand && channel) ||
    (lure && hiddenChannel) ||
    callback
  )
    verdict = 'scam';
  else if (
    (asBrand && risky.length > 0) ||
    (asBrand && strange.length > 0 && asksToCall(squashed)) ||
    (lure && channel) ||
    searchAd
  )
    verdict = 'suspicious';

  // A warning that quotes a scam is at most suspicious, unless it carries a known-bad link or an ask Coupang
  // never makes (those stay scams whatever the text says about scams).
  if (verdict === 'scam' && bad.length === 0 && !never && !byItself && warnsAboutScams(squashed))
    verdict = 'suspicious';

  return {
    verdict,
    links,
    numbers,
    reasons,
    ...(brand ? { brand } : {}),
    speaksAsBrand: asBrand,
    callInstead: p.customerCentre,
    ...(skipped > 0 ? { skipped } : {}),
  };
}
