import {
  CELLS,
  CODE_PICTURE,
  PAY_CODE,
  utf8Base64,
  type FieldFact,
  type PageFacts,
  type ImageFact,
} from './collect';
import {
  ACTION,
  ARTICLE,
  ASIDE,
  COMMENT,
  FOOTER,
  FORM,
  HEADER,
  HEADING,
  LOGO,
  QUOTE,
  TOP,
  resolveScript,
} from './collect';
import {
  AFFILIATE_MARKS,
  APP_INSTALL,
  ARTICLE_MARKS,
  BODY_CLAIMS,
  BYLINE,
  BUSINESS_NUMBER,
  COMPANY_INFO,
  COMPANY_INFO_VALUE,
  COMPANY_LABELS,
  COPYRIGHT_MARK,
  COUNTDOWN_TEXT,
  DELIVERY_LURE,
  DISCUSSION,
  FIELD_RULES,
  GENERIC_LOGO_WORDS,
  GENERIC_WORDS,
  IDENTITY_VERIFICATION,
  INSTALL_BUTTON,
  NOT_AFFILIATED,
  NOT_DEALING,
  MARKET_REPORT,
  PRICE_REPORT,
  OTHER_SHOPS,
  PARTY_AFTER,
  PARTY_BEFORE,
  SESSION_COOKIE,
  WARNED_ABOUT,
  WARNING_VOICE,
  READER_FORM,
  REFUND_LURE,
  REMOTE_CONTROL,
  RUN_BOX,
  PASTE_KEYS,
  CHECK_FRAME,
  PUSH_ALLOW,
  QR_SCAN,
  QR_TO_CHAT,
  QR_TO_PHONE,
  QR_THEN_ASK,
  PUSH_STAKES,
  PUSH_THREAT,
  SIDELOAD,
  WARNING_BYPASS,
  URGENCY,
  autocompleteKind,
  type BrandProfile,
  type FieldKind,
} from './lexicon';
import { dataUrlText } from './css-text';
import { SIGN_IN_WORDS } from './sign-in-words';
import { BRAND_PASSWORD } from './at-risk';
import { light, plainTight, tight as foldTight, tightFromLight, tightPlainFirst } from './normalize';
import { fileName, hostMatches, isIpHost, parseUrl, safeDecode, siteOf } from './url-utils';
import type { PageReason, PageReasonCode, PageVerdict } from './types';
import { findNumbers, normaliseNumber } from '../message/phones';
import { romanize } from '../letters/romanize';

/**
 * tight() as the scorer calls it: a plain start (ASCII and Hangul syllables) lower-cased alone, the rest folded —
 * the same string (test/page/normalize-plain.test.ts), without NFKC and fold()'s four tests over text that has
 * nothing for them: the generated 10,000-element page's joined texts (the links' words, the told paragraphs, the
 * prominent text: 2,000–7,000 characters each) and its 300 short action texts were all plain (pagespeed6).
 * classifyField, which the content script carries too, keeps fold()'s tight (foldTight): the content script's
 * bytes load on every page.
 */
function tight(s: string): string {
  return s ? tightPlainFirst(s) : '';
}

/**
 * The decision (documented in docs/page-guard.md):
 *
 *   identity = what the page's OWN identity slots say (title, site-name meta, logo, site header, main heading,
 *              favicon, copyright/footer, structure copied from the brand) − context that makes the brand a
 *              mere mention (the page names itself as another site, is a news/blog article, discusses scams,
 *              is an affiliate post, lists the brand among other shops).
 *   risk     = what the page asks for (password, one-time code, card, resident number, bank account,
 *              phone + address, entrance code, "본인 인증", forms posting to another site or an IP, data sent
 *              to a messenger bot) + lures (APK links, app-install prompts, remote-control apps, refund /
 *              delivery / urgency wording).
 *
 *   suspicious-page  ⇔  identity ≥ IDENTITY_MIN  ∧  at least one identity-slot reason  ∧  risk ≥ RISK_MIN.
 *
 * Body text never makes a page "be" the brand on its own: a news article full of 쿠팡 and 피해보상 with a
 * login box in its header stays clean, because its identity slots name the news site, not the brand.
 */
export const IDENTITY_MIN = 3;
export const RISK_MIN = 3;
/** The brand only in sentences, with no sign of another owner, and hard data asked: see score(). */
export const LOW_IDENTITY_MIN = 1;
export const HARD_RISK_MIN = 4;

/** Lure words: supporting risk, never enough on their own. */
export const SOFT_CODES = new Set<PageReasonCode>([
  'refund-lure',
  'delivery-lure',
  'urgency',
  'asks-identity-verification',
]);
const SOFT_ONLY_MAX = 2.5;

/** Identity reasons that are not slots: supporting evidence only (a slot reason is required). */
export const NOT_SLOT = /service|body|url|structure|context/;

interface Ctx {
  facts: PageFacts;
  page: URL | null;
  brand: BrandProfile;
  brandRe: RegExp;
  /** the same names, global: every mention in a text (matchAll) */
  brandAll: RegExp;
  stripRe: RegExp;
  reasons: PageReason[];
  /** tight names of other sites the page declares as itself (site-name meta, own logo, copyright) */
  foreignNames: Set<string>;
  /** one of them is said where the reader looks (site-name meta, logo, title with header), not only in small print */
  ownShown: boolean;
  /** the page is an article only by its metadata (scoreIdentity) */
  articleMetaOnly?: boolean;
  /** the callback's number is offered to the reader in its own sentence, no quote or warning (callbackLure) */
  callOffered?: boolean;
  /** the page shows the site name its metadata gives (scoreIdentity) */
  siteNameShown?: boolean;
  /** every link target (and download name), lower case, one per line */
  hrefs: string;
  /** the brand named in the page's text only as a party to a case against it (the evidence), if so */
  party?: string;
  /** … named as the site a verifier's identity check was asked by (REQUESTED_BY) */
  verifierFor?: boolean;
  /** the title's weight had the page not been taken for a firm's whose name the host spells (hostFirm) */
  firmTitle?: number;
  /** the brand named on a short page only in what reports on it (a market report: toldAsOwn), if so */
  reported?: string;
  /** a short page's sentence in the brand's name goes on to a payout or a login */
  brandOffers?: boolean;
  /** the main heading is the brand's offer only by a listing's free shipping beside its price (dealListing) */
  listingOffer?: string;
  /** The page sells its work for a deposit first (transferLure): the task scam */
  taskDeposit?: boolean;
  /** a short page speaks of the brand in the third person somewhere: in a list of shops, impersonated, breached … */
  aboutBrand?: boolean;
  /** a headline that talks of scams under an authority's name the page wears atop itself off the public hosts */
  wornAuthority?: boolean;
  /** the page's logo is a picture of the brand heading a form (ImageFact.headsForm) */
  formFace?: boolean;
  /** a page about a leak's damages asks a shop's password ("쇼핑몰 비밀번호"): the brand's login, as its label would say */
  shopLogin?: boolean;
}

/** A text that is an address alone, as an address bar shows it (a lock first, `https://` or not). */
const ADDRESS_ONLY =
  /^(?:[^\s|]{1,10}(?:\s[^\s|]{1,10})?\s*\|\s*)?([\u{1F512}\u{1F510}]\uFE0F?\s*)?(https?:\/\/)?([a-z0-9-]+(?:\.[a-z0-9-]+)+)([/?#]\S*)?$/iu;
/** What a login's address says (its host or path): where a drawn window takes a password. */
const LOGIN_ADDRESS = /login|signin|oauth|auth|sso|member|account/i;

/** The address a drawn address bar shows, when it is on one of the brand's own domains and the page is not. */
function drawnAddressBar(ctx: Ctx): string | null {
  const here = ctx.page?.hostname.toLowerCase() ?? '';
  const brandHost = (h: string) => ctx.brand.homeHosts.some((d) => h === d || h.endsWith(`.${d}`));
  if (brandHost(here)) return null;
  // (a link's text is a link, not a bar: a shop lists where else it sells, "www.coupang.com/np/search?q=…")
  // (the set of link texts is made only when some text looks like the brand's address: a shop's 1,600 links
  // would be trimmed on every scan for nothing)
  let links: Set<string> | undefined;
  const prose = ctx.facts.prose.slice(0, 400);
  const texts = [...prose, ...ctx.facts.images.slice(0, 40).map((i) => i.text.trim())];
  // (… or a bar drawn in pieces, its lock, its scheme, its host and its path each a span: read as the one line it
  // shows, `🔒 https:// pay.coupang.com /oauth/authorize` — page60)
  for (let i = 0; i < prose.length; i++)
    if (/^(?:[\u{1F512}\u{1F510}]\uFE0F?|https?:\/\/)$/u.test(prose[i]!.trim())) {
      let line = prose[i]!.trim();
      for (let j = i + 1; j < i + 4 && j < prose.length && prose[j]!.length < 80; j++) {
        line +=
          /\/$/.test(line) || /^[/?#]/.test(prose[j]!.trim()) ? prose[j]!.trim() : ` ${prose[j]!.trim()}`;
        texts.push(line);
      }
    }
  for (const t of texts) {
    if (t.length > 200 || !t.includes('.')) continue;
    const m = ADDRESS_ONLY.exec(t);
    if (!m || !brandHost(m[3]!.toLowerCase())) continue;
    if ((links ??= new Set(ctx.facts.links.map((l) => l.text.trim()))).has(t)) continue;
    // a bar shows its lock, or a login's whole address with its scheme (`🔒 https://login.coupang.com/…`)
    // (… or any page of the brand's with its scheme as the very first thing the page shows, a window's bar atop a
    // sign-in, `https://www.coupang.com/np/checkout` — page-r2-ax)
    if (m[1] || (m[2] && (LOGIN_ADDRESS.test(`${m[3]}${m[4] ?? ''}`) || t === ctx.facts.topText[0]?.trim())))
      return t;
  }
  return null;
}

/** Hangul letters (compatibility jamo) in the order typed: leading consonants, and the last consonants */
const JAMO_INITIALS = 'ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ';
const JAMO_FINALS = ' ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ';
/** A consonant, a vowel, and a consonant no vowel follows (the syllable's last) */
const JAMO_SYLLABLE = /[ㄱ-ㅎ][ㅏ-ㅣ](?:[ㄱ-ㅎ](?![ㅏ-ㅣ]))?/g;
/** Letters typed one by one and run together, put together as a reader reads them: "ㅋㅜㅍㅏㅇ이츠" → "쿠팡이츠" (the
 * last ㅇ closes 팡 — no vowel follows it; tight() gives the next syllable's silent ㅇ to it) */
function composeJamo(raw: string): string {
  return raw.replace(JAMO_SYLLABLE, (m) => {
    const i = JAMO_INITIALS.indexOf(m[0]!);
    const f = m[2] ? JAMO_FINALS.indexOf(m[2]) : 0;
    return i < 0 || f < 0 ? m : String.fromCharCode(0xac00 + (i * 21 + m.charCodeAt(1) - 0x314f) * 28 + f);
  });
}
/** Marks that stand in for one letter of a word ("C●upang", "Coup○ng") */
const LETTER_MARK = '[●•○◯◦∙⚫⬤◎]';
const cutNames = new WeakMap<BrandProfile, RegExp | null>();
/**
 * The brand's Hangul name with one syllable cut to its leading consonant, then a service's tail ("ㅋ팡플렉스" →
 * ᄏ팡플렉스, tight), and its Latin names of six letters or more with one letter written as a mark ("c●upang",
 * light) — one alternation, made once per brand (page-r6-bg)
 */
function cutNameRe(brand: BrandProfile): RegExp | null {
  if (cutNames.has(brand)) return cutNames.get(brand)!;
  const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const alts: string[] = [];
  for (const n of brand.names) {
    if (/^[a-z]{6,}$/.test(n))
      for (let k = 1; k < n.length; k++) alts.push(`${n.slice(0, k)}${LETTER_MARK}${n.slice(k + 1)}`);
    const ini = initialsOf(n);
    if (!ini) continue;
    for (const sv of brand.services)
      if (sv.startsWith(n) && /^[가-힣]{2,}$/.test(sv.slice(n.length)))
        for (let k = 0; k < n.length; k++)
          alts.push(`${n.slice(0, k)}${ini[k]}${n.slice(k + 1)}${esc(sv.slice(n.length))}`);
  }
  const re = alts.length ? new RegExp(`(?<![\\u1100-\\u11ff\\u3131-\\u3163a-z])(?:${alts.join('|')})`) : null;
  cutNames.set(brand, re);
  return re;
}

/** Glyphs that blank out a syllable of a name ("쿠*이츠", "쿠○ 유출 사건"), as light() leaves them */
const SYLLABLE_MASK = '[*●•○◯◦∙⚫⬤◎□■x☆★◇◆△▲]{1,2}';
interface MaskedNames {
  /** the Hangul name's first syllable, a mask, then a service's tail ("쿠*이츠") */
  tailed: RegExp;
  /** … with nothing after ("(쿠○) 유출") */
  bare: RegExp;
  /** the Latin name's initial, then a service's tail ("C-PLAY", "c.pay") */
  initial: RegExp | null;
  /** the first word the Latin names of a family share ("rocket" of rocketwow, rocketpay, rocketfresh …) */
  family: string[];
}
const maskedNames = new WeakMap<BrandProfile, MaskedNames | null>();
/**
 * The brand's names written so that no search finds them (round page-r7-bk): its Hangul name with the last syllable
 * blanked out by a mark, before the tail of one of its services' names ("쿠*이츠", "쿠○플레이": whose service it is,
 * said) or on its own ("(쿠○) 개인정보 유출"), as a masked person's name is ("김○호"); its Latin name cut to its
 * initial before a service's tail ("C-PLAY"); a family's first word before errand words only ("Rocket Refund
 * Center"). Only names with services of their own, so a look-alike's first syllable alone names nothing.
 */
function maskedNameRes(brand: BrandProfile): MaskedNames | null {
  if (maskedNames.has(brand)) return maskedNames.get(brand)!;
  const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const heads = new Set<string>();
  const tails = new Set<string>();
  const initials = new Set<string>();
  const latinTails = new Set<string>();
  for (const n of brand.names) {
    const hangul = /^[가-힣]{2}$/.test(n);
    const latin = /^[a-z]{5,}$/.test(n);
    if (!hangul && !latin) continue;
    for (const sv of brand.services) {
      const tail = sv.slice(n.length);
      if (!sv.startsWith(n) || !tail) continue;
      if (hangul && /^[가-힣]+$/.test(tail)) {
        heads.add(esc(n[0]!));
        tails.add(esc(tail));
      }
      if (latin && /^[a-z]{3,}$/.test(tail)) {
        initials.add(n[0]!);
        latinTails.add(tail);
      }
    }
  }
  // (a family: six letters that start three or more of the Latin names and are no name themselves)
  const count = new Map<string, number>();
  for (const n of brand.names)
    if (/^[a-z]{8,}$/.test(n)) count.set(n.slice(0, 6), (count.get(n.slice(0, 6)) ?? 0) + 1);
  const family = [...count].filter(([h, k]) => k >= 3 && !brand.names.includes(h)).map(([h]) => h);
  const head = `(?<![가-힣])(?:${[...heads].join('|')})${SYLLABLE_MASK}`;
  const res: MaskedNames | null = heads.size
    ? {
        tailed: new RegExp(`${head}\\s?(?:${[...tails].join('|')})`),
        bare: new RegExp(`${head}(?![가-힣a-z0-9])`),
        initial: initials.size
          ? new RegExp(`\\b[${[...initials].join('')}][-.·]?(?:${[...latinTails].join('|')})\\b`)
          : null,
        family,
      }
    : null;
  maskedNames.set(brand, res);
  return res;
}

/**
 * The brand's name masked ("쿠*이츠 배달비 무료", "전자상거래업체(쿠○) 개인정보 유출") in the title, a heading or a
 * line: with a service's tail it is the service's name, hidden on purpose (a slot, as a cut syllable is); on its own,
 * cut to its initial ("C-PLAY × 경기 생중계") or a family's word before errand words ("Rocket Refund Center") it says
 * only that the page is about the brand (a sentence's weight: a page must still ask what no one may).
 */
function maskedName(ctx: Ctx, proseAll: string): void {
  const { facts } = ctx;
  const res = maskedNameRes(ctx.brand);
  if (!res) return;
  // (… or the few letters a stylesheet draws, `.lg::before{content:"\FF23\FF50\FF41\FF59"}`: the page's face)
  const drawn = facts.cssText.slice(0, 20).filter((t) => t.length <= 24);
  const lines = [facts.title, ...facts.headings.map((h) => h.text), ...drawn, ...facts.prose.slice(0, 2000)]
    .filter((t) => !ctx.brandRe.test(tight(t)))
    .map(light);
  if (new RegExp(SYLLABLE_MASK).test(`${facts.title}${proseAll}`)) {
    const tailed = lines.find((t) => res.tailed.test(t));
    if (tailed) return add(ctx, 'brand-obfuscated', 2, tailed.slice(0, 60));
    const bare = lines.find((t) => res.bare.test(t));
    if (bare) return add(ctx, 'brand-obfuscated', 1, bare.slice(0, 60));
  }
  // (Latin forms on a Korean page only: an English page's "Rocket" or "C-Pay" is any company's)
  if (!/[가-힣]/.test(proseAll)) return;
  const initial = res.initial && lines.find((t) => t.length <= 60 && res.initial!.test(t));
  // (… drawn by the stylesheet alone on a page whose lines name the brand: the page's face, its service's name kept
  // out of the text a reader copies or a filter reads — a slot, as a cut syllable is; page-r8-miss)
  const faced = !!initial && drawn.some((t) => light(t) === initial) && ctx.brandRe.test(tight(proseAll));
  if (initial) return add(ctx, 'brand-obfuscated', faced ? 2 : 1, initial.slice(0, 60));
  for (const t of lines) {
    if (t.length > 40) continue;
    for (const m of t.matchAll(/\b([a-z]{6})\s+((?:[a-z]+\s*){1,3})$/g))
      if (
        res.family.includes(m[1]!) &&
        m[2]!
          .trim()
          .split(/\s+/)
          .every((w) => GENERIC_WORDS.includes(w))
      )
        return add(ctx, 'brand-obfuscated', 1, t);
  }
}

/**
 * The brand named only in the text a step of the page's script writes into it ("…innerHTML = '주문번호 ' + v + '<br>
 * 판매: 쿠팡 로켓배송'" after a lookup): the reader sees it on the step that follows, beside the form that step shows.
 * A sentence's weight — the page must still ask what no one may (page-r8-miss).
 */
function stepWrites(ctx: Ctx): void {
  const script = ctx.facts.inlineScript;
  if (
    !/innerHTML|textContent|innerText/.test(script) ||
    ctx.reasons.some((r) => r.code === 'brand-body-claim')
  )
    return;
  for (const m of script
    .slice(0, 50_000)
    .matchAll(/\.(?:innerHTML|textContent|innerText)\s*\+?=\s*([^;\n]{1,400})/g)) {
    const said = [...m[1]!.matchAll(/'([^'\\]{1,200})'|"([^"\\]{1,200})"/g)]
      .map((l) => l[1] ?? l[2] ?? '')
      .join(' ')
      .replace(/<[^>]{0,80}>/g, ' ');
    const named = ctx.brandRe.exec(tight(said));
    if (named && !NEGATED.test(tight(said))) return add(ctx, 'brand-body-claim', 1, named[0]);
  }
}

/**
 * The brand's name in a line only once its letters are put back: typed apart and run together ("ㅋㅜㅍㅏㅇ이츠"), a
 * syllable cut to its first consonant before a service's name ("ㅋ팡플렉스"), a letter written as a mark ("Your
 * C●upang parcel") — in the title, a heading or a line: hidden from a search on purpose (page-r6-bg)
 */
function lettersApart(ctx: Ctx, proseAll: string): void {
  const { facts } = ctx;
  const all = `${facts.title}${proseAll}`;
  const jamo = /[ㄱ-ㅎ]/.test(all);
  if (!jamo && !new RegExp(LETTER_MARK).test(all)) return;
  const cut = cutNameRe(ctx.brand);
  const seen = [facts.title, ...facts.headings.map((h) => h.text), ...facts.prose.slice(0, 2000)].find(
    (t) =>
      !ctx.brandRe.test(tight(t)) &&
      ((jamo && /[ㄱ-ㅎ][ㅏ-ㅣ]/.test(t) && ctx.brandRe.test(tight(composeJamo(t)))) ||
        (!!cut && (cut.test(tight(t)) || cut.test(light(t))))),
  );
  if (seen) add(ctx, 'brand-obfuscated', 2, seen.slice(0, 60));
}

type BrandRegexes = { brandRe: RegExp; brandAll: RegExp; stripRe: RegExp; initialsRe: RegExp | null };

/** The leading consonants of a Korean name as tight() writes them ("쿠팡" → ᄏᄑ); '' for any other name */
function initialsOf(name: string): string {
  if (name.length < 2 || !/^[가-힣]+$/.test(name)) return '';
  return [...name]
    .map((c) => String.fromCharCode(0x1100 + Math.floor((c.charCodeAt(0) - 0xac00) / 588)))
    .join('');
}
const compiled = new WeakMap<BrandProfile, BrandRegexes>();

function regexesFor(brand: BrandProfile): BrandRegexes {
  let r = compiled.get(brand);
  if (!r) {
    const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    // leet-tolerant Latin names: c0upang, coup4ng
    const latin = brand.names
      .filter((n) => /^[a-z]+$/.test(n))
      .map((n) =>
        [...n].map((c) => (c === 'o' ? '[o0]' : c === 'a' ? '[a4]' : c === 'l' ? '[l1]' : c)).join(''),
      );
    // (a name that opens with a loose consonant, "ㅋ팡", only where no other loose consonant is just before it: "ㅋㅋ팡팡"
    // is laughter — page-r9-miss)
    const other = brand.names
      .filter((n) => !/^[a-z]+$/.test(n))
      .map((n) => (/^[\u1100-\u1112]/.test(n) ? `(?<![\\u1100-\\u11ff])${esc(n)}` : esc(n)));
    const brandRe = new RegExp([...latin, ...other].join('|'));
    const words = [...brand.services, ...GENERIC_WORDS].sort((a, b) => b.length - a.length).map(esc);
    const stripRe = new RegExp(`${[...latin, ...other].join('|')}|${words.join('|')}|\\d+`, 'g');
    // The brand's initials followed by the rest of one of its services' names ("ㅋ.ㅍ 플레이", "ㅋㅍ이츠" → ᄏᄑ플레이):
    // a name written so that no search finds it, and the service says whose it is (page50). Initials alone are
    // many words' ("ㅋㅍ" is also 커플), so only with a service's tail.
    const tails: string[] = [];
    for (const n of brand.names) {
      const ini = initialsOf(n);
      if (!ini) continue;
      for (const sv of brand.services)
        if (sv.startsWith(n) && /^[가-힣]{2,}$/.test(sv.slice(n.length)))
          tails.push(`${ini}${esc(sv.slice(n.length))}`);
    }
    const initialsRe = tails.length ? new RegExp(`(?<![\\u1100-\\u11ff])(?:${tails.join('|')})`) : null;
    r = { brandRe, brandAll: new RegExp(brandRe.source, 'g'), stripRe, initialsRe };
    compiled.set(brand, r);
  }
  return r;
}

/** What is left of a tight text once the brand, its service names and generic words are removed. */
function remainder(ctx: Ctx, t: string): string {
  return t.replace(ctx.stripRe, '');
}

/** The brand IS the subject of this short text ("쿠팡 로그인", "Coupang Sign in"), not part of a sentence. */
function dominant(ctx: Ctx, t: string): boolean {
  if (!ctx.brandRe.test(t)) return false;
  const rest = remainder(ctx, t);
  // (a headline reporting a rush on its desk, "쿠팡 상담센터 환불 문의 폭주", names no page: DESK_RUSH)
  return rest.length <= 3 && !FOLLOWERS.test(rest) && !DESK_RUSH.test(t);
}

/** A followers' group named after the brand ("로켓그로스 스터디"): a name of its own, not the brand's. */
function followersName(ctx: Ctx, t: string): boolean {
  return ctx.brandRe.test(t) && FOLLOWERS.test(remainder(ctx, t));
}

/**
 * What a name made of the brand's and one short word more says when the word is a group of its followers: a
 * study group, a club, a fan page, a diary ("로켓그로스 스터디", "쿠팡맨 일기", "와우 팬"). People who write about
 * the brand name themselves so; a kit wants to look like the brand's own office ("쿠팡 보상센터"), never a club.
 */
const FOLLOWERS =
  /^(?:스터디|연구소|연구회|동호회|스쿨|학원|교실|클럽|카페|모임|팬|위키|일기|갤러리|블로그|라이프|lab|fan|wiki)$/;

/** A name that is not the brand and not a generic word: "셀러노트", "한국일보", "NAVER". */
function otherName(ctx: Ctx, t: string): boolean {
  if (!t || ctx.brandRe.test(t)) return false;
  const rest = remainder(ctx, t);
  return rest.length >= 2 && !GENERIC_LOGO_WORDS.test(rest);
}

/** After the brand's name: the reader leaves it, or the page is cheaper or better than it (light) */
const LEAVES_BRAND =
  /^\s*(?:을|를|에서|은|는)?\s*(?:떠나|떠난|갈아타|말고\s|보다\s*(?:더\s*)?(?:싸|저렴|빠르|좋|낫))/;
/** Before the brand's name, in English: "instead of", "leaving", "cheaper than" (light) */
const BEFORE_BRAND = /(?:instead\s+of|leaving|switch(?:ing)?\s+from|(?:cheaper|better|faster)\s+than)\s*$/;

/**
 * A rival's page: its title opens with a name of its own that its top shows too ("해든몰 - 쿠팡 대신 해든몰" under
 * the mark "해든몰"), and its title or main heading names the brand as what the reader leaves or what the page
 * replaces ("쿠팡 대신 해든몰", "쿠팡 떠나는 분들 환영해요", "cheaper than Coupang"). A kit never says so: the reader
 * it wants must believe the page is the brand's. ("쿠팡을 대신해 보상" — on the brand's behalf — is a kit's line:
 * only "대신" followed by the page's own name counts.)
 */
function rivalPage(ctx: Ctx): boolean {
  const { facts } = ctx;
  const own = tightFromLight(light(facts.title).split(TITLE_SPLIT)[0]!.trim());
  if (own.length < 2 || own.length > 12 || !otherName(ctx, own) || NOT_A_NAME.test(own) || lureWords(own))
    return false;
  if (!facts.topText.slice(0, 3).some((t) => tight(t) === own)) return false;
  const main = mainHeadingOf(facts);
  for (const raw of [facts.title, main?.text ?? '']) {
    const t = light(raw);
    for (const m of t.matchAll(ctx.brandAll)) {
      const after = t.slice(m.index + m[0].length);
      if (LEAVES_BRAND.test(after) || BEFORE_BRAND.test(t.slice(0, m.index))) return true;
      if (
        tightFromLight(after)
          .replace(/^(?:을|를)/, '')
          .startsWith(`대신${own}`)
      )
        return true;
    }
  }
  return false;
}

/** The site's header shows a short name of its own ("PC Doctor Seoul", "안심손해보험"): not the brand, not an authority */
function headerName(ctx: Ctx): boolean {
  // (… or, on a public body's host, its title when that is a name, "명의도용방지서비스 M-Safer" over a form whose
  // heading says what it does: only bodies and registered non-profits hold such a host; anywhere else a kit writes
  // that title for free. Its hyphen or dot is no look-alike letter.)
  const titled = PUBLIC_HOST.test(ctx.page?.hostname ?? '') ? [ctx.facts.title.replace(/[-.]/g, '')] : [];
  return [...ctx.facts.headerText.slice(0, 3), ...ctx.facts.logoText.slice(0, 3), ...titled].some((raw) => {
    const t = tight(raw);
    return (
      t.length >= 3 &&
      t.length <= 24 &&
      otherName(ctx, t) &&
      !resemblesBrand(ctx, raw, t) &&
      !posesAsAuthority(ctx, t)
    );
  });
}

/**
 * The page's title said again as its main heading, opening with a firm's Latin initials ("KT 채팅상담", "LG유플
 * 채팅상담"; see headerName) — not words any notice repeats, "이용 제한 안내"
 */
function titledTwice(ctx: Ctx): boolean {
  const t = tight(ctx.facts.title);
  const h = mainHeadingOf(ctx.facts);
  const first = ctx.facts.title.trim().split(/\s+/, 1)[0]!;
  return (
    !!h &&
    t === tight(h.text) &&
    /^[A-Z][A-Z0-9&]{1,4}[가-힣]{0,4}$/.test(first) &&
    otherName(ctx, tight(first)) &&
    !NOT_A_NAME.test(tight(first)) &&
    t.length >= 3 &&
    t.length <= 24 &&
    otherName(ctx, t) &&
    !resemblesBrand(ctx, ctx.facts.title, t) &&
    !posesAsAuthority(ctx, t)
  );
}

/**
 * The firm the page closes with, outside any footer element: one of its last two lines is a company's "(주)" and its
 * registration number, "(주)세이프모바일랩 · 사업자 220-88-41021", naming someone not the brand. It only shows the page
 * has a name of its own where the brand is said as the one impersonated ("쿠팡·택배 사칭 스미싱 차단"); it weighs
 * nothing against the brand, as a kit can sign so for free (page43).
 */
function closingFirm(ctx: Ctx): string {
  for (const t of ctx.facts.prose.slice(-2)) {
    const raw = light(t.slice(0, 200));
    if (!COMPANY_MARK.test(raw) || !BUSINESS_NUMBER.test(raw)) continue;
    // (the firm's name: the line without its labels, numbers and the "(주)" mark)
    const rest = tightFromLight(raw.replace(COMPANY_LABELS, ' ').replace(/\(주\)|주식회사|\d+/g, ' '));
    if (otherName(ctx, rest) && !resemblesBrand(ctx, raw, rest) && !posesAsAuthority(ctx, rest)) return rest;
  }
  return '';
}

/**
 * The page's first line, when it is a name of its own (tight): a Korean name of three or more syllables, not the
 * brand nor like it nor one of its services alone ("플렉스"), no lure's or desk's word (보상, 센터, 고객, 신고, 원격
 * …), an optional "(가상)"-like note after it; on a page whose title does not name the brand. A kit's "쿠팡
 * 보상센터", "CLS", "PASS", "원격지원" or "사이버범죄 신고시스템" is none.
 */
function topName(ctx: Ctx): string {
  const t = tight((ctx.facts.topText[0] ?? '').replace(/\s*\([^()]{1,8}\)\s*$/, ''));
  return ctx.aboutBrand &&
    !ctx.brandOffers &&
    /^[가-힣]{3,20}\d{0,4}$/.test(t) &&
    !ctx.brandRe.test(tight(ctx.facts.title)) &&
    otherName(ctx, t) &&
    !NOT_A_NAME.test(t) &&
    !DESK_WORD.test(t) &&
    !SERVICE_MARK.test(remainder(ctx, t))
    ? t
    : '';
}
/**
 * A firm's page for its own staff: a box for the employee number ("사번", "사원번호", "employee ID") under the name the
 * page opens with, the same name its title opens with ("한솔정밀 IT보안팀" over "한솔정밀 임직원 모바일 보안 등록"),
 * neither the brand nor like it, no authority's or desk's word. The brand's customers have no employee number: a kit
 * that asks one wears the brand as the employer ("쿠팡 임직원 보안앱"), and that name is no name of its own (page39).
 */
function staffPage(ctx: Ctx): boolean {
  const { facts } = ctx;
  if (!facts.fields.some((f) => f.hints.some((h) => STAFF_ID.test(tight(h))))) return false;
  const first = (raw: string) => tight(raw.trim().split(/[\s|·:,()[\]/-]+/, 1)[0] ?? '');
  const top = first(facts.headerText[0] ?? facts.logoText[0] ?? facts.topText[0] ?? '');
  return (
    top.length >= 3 &&
    top.length <= 16 &&
    top === first(facts.title) &&
    otherName(ctx, top) &&
    !resemblesBrand(ctx, top, top) &&
    !posesAsAuthority(ctx, top) &&
    !DESK_WORD.test(top) &&
    !NOT_A_NAME.test(top)
  );
}
/** A box for an employee number (tight hint) */
// (… or a school's for its students and staff, "학번/교번", "student ID": a number only the school issues — page-r5-bf)
const STAFF_ID = /^(?:사번|사원번호|직원번호|임직원번호|employeeid|employeeno|staffid|학번|교번|studentid)/;
/**
 * The page's company line files under `name` (tight): "(주)캐시백몰 · 사업자등록번호 214-88-10293", "캐시백몰(주)",
 * "주식회사 캐시백몰" in a line with a registration number
 */
function filedUnder(ctx: Ctx, name: string): boolean {
  const { facts } = ctx;
  return [...facts.footerText.slice(0, 50), ...facts.prose.slice(-40)].some((t) => {
    if (t.length > 300 || !BUSINESS_NUMBER.test(t)) return false;
    const l = light(t).replace(/\s+/g, '');
    return l.includes(`(주)${name}`) || l.includes(`${name}(주)`) || l.includes(`주식회사${name}`);
  });
}
/**
 * The line that says `said` (tight: the brand and the words after it) names the brand as where goods move from, and
 * goes on to no login and no payout ("쿠팡 윙 상품을 옮겨오려면 윙 아이디로 로그인하세요" is the brand's login asked)
 */
function movedFrom(ctx: Ctx, said: string): boolean {
  for (const p of ctx.facts.prose.slice(0, 200)) {
    const t = tight(p);
    const at = t.indexOf(said);
    if (at < 0) continue;
    const rest = t.slice(at);
    return !LOGIN_INVITE.test(rest) && !REFUND_LURE.test(rest);
  }
  return false;
}
/** The page's title or main heading is an identity check that does not name the brand ("휴대폰 본인확인") */
function identityCheckPage(ctx: Ctx): boolean {
  const head = mainHeadingOf(ctx.facts)?.text ?? '';
  return [ctx.facts.title, head].some((raw) => {
    const t = tight(raw);
    return (
      (t.length <= 30 && IDENTITY_CHECK.test(t) && !ctx.brandRe.test(t)) ||
      (VERIFIER_TITLE.test(t) && !resemblesBrand(ctx, t.slice(0, -2), t.slice(0, -2)))
    );
  });
}
/** A desk's or an authority's words a kit puts atop its form for a name (tight) */
const DESK_WORD = /신고|수사|사이버(?!대학)|범죄|원격|검사|점검|보호|보안|지원센터|고객|민원|본부/;

function add(ctx: Ctx, code: PageReasonCode, weight: number, evidence?: string): void {
  const existing = ctx.reasons.find((r) => r.code === code);
  const ev = evidence ? evidence.trim().replace(/\s+/g, ' ').slice(0, 80) : undefined;
  if (existing) {
    // one reason per code: keep the strongest evidence
    if (Math.abs(weight) > Math.abs(existing.weight)) {
      existing.weight = weight;
      if (ev) existing.evidence = ev;
    }
    return;
  }
  const group = /^(?:brand|context)-/.test(code) ? 'identity' : 'risk';
  ctx.reasons.push(ev ? { code, evidence: ev, weight, group } : { code, weight, group });
}

/** Above this much visible text a page is a document; lure words in its prose are discussion. */
const LONG_PAGE = 4000;
/** At most this much visible text: a lure's few sentences, not a document. */
const SHORT_PAGE = 2500;
/** A company's legal form in a footer line ("세진카드(주) | 고객센터 …", "© Coupang Corp."): whose line it is. */
const COMPANY_MARK = /\(주\)|주식회사|\bcorp\b|\binc\b/;
/** The market a translated page serves, after a shop's name in its title ("STYLENANDA 台灣", "OLIVE YOUNG Global"; tight) */
const MARKET_TAIL =
  /(?:台灣|台湾|臺灣|日本|中文|中国|中國|简体|繁體|한국|korea|global|japan|taiwan|china|english)$/;
/** The name a company mark files, written after it or before it: "(주)이커머스미디어", "이커머스미디어(주)" (light) */
const FIRM_BY_MARK = /(?:\(주\)|주식회사)\s*([^\s·•|｜,()]{2,20})/;
const FIRM_BEFORE_MARK = /([^\s·•|｜,()]{2,20})\s*(?:\(주\)|주식회사)/;
/** An app file a page pushes: an Android package, or an iPhone configuration profile (a root certificate, a VPN). */
/** A file to run that no installer's extension names: "helper.bin", "fix.bat", "tool.scr" */
const RUN_FILE = /\.(?:bin|scr|bat|cmd|jar)\b/;
const APP_FILE = /\.(?:apk|mobileconfig|exe|msi|crx|xpi|dmg|pkg)\b/;
/**
 * An installer a page hands out: an Android package, an iPhone profile, a Windows program or installer, a browser
 * extension's package. The brand asks for none of them outside the app stores: a "security program" to install is
 * the lure (issue brief: Coupang never asks anyone to install an app).
 */
const INSTALLER = /\.(?:apk|mobileconfig|exe|msi|crx|xpi|dmg|pkg)$/i;
/**
 * What follows a shop's name when it is one shop among others, the one compared with, the one impersonated or
 * a place to shop ("쿠팡에서도 판매중").
 * (… or where the same item is sold, "극세사 이불 (쿠팡 동일상품)" on a small shop's checkout: a shop's note on its
 * product, as "쿠팡에서도 판매중" is; a kit's checkout names the brand as the merchant, "상점: 쿠팡": page39)
 */
const COMPARED =
  /^(?:[가-힣]{0,4}(?:\d+원?)?(?:대비|보다)|등|[가-힣]{0,4}처럼|같은|에도|에서도|에서(?:판매|검색|갈아타|옮겨|넘어)|(?:과|와)?(?:동일|같은)(?:상품|제품|모델|구성))/;
/**
 * What follows the brand's name where the page sends the reader to the brand's own channel ("쿠팡 앱에서 조회하세요",
 * "쿠팡 주문 페이지를 통해 요청하세요"): the page hands the matter to the brand; a kit keeps its reader.
 */
const SENT_TO_OWN =
  /^[가-힣]{0,6}?(?:앱|어플|홈페이지|주문페이지|마이페이지|공식앱)\)?(?:에서|을통해|를통해|으로)(?:직접)?(?:조회|확인|요청|문의|변경|신청)(?:하세요|해주세요|하시기|하십시오|바랍니다)/;
/** Before a name given as one example ("Korean online shops such as Coupang", "예를 들어 쿠팡"): tight text */
const EXAMPLE_BEFORE = /(?:suchas|including|e\.g\.,?|forexample|예를들어|예컨대|예:)$/;
/** a caption that compares a price with another shop's */
const COMPARED_LINE = /^[^\d]{0,12}\d+원?(?:대비|보다)|최저가비교|가격비교/;
/** What a firm's name ends in (tight): a bank, a card company, an insurer, a courier, a telco, a store, a law firm */
const FIRM =
  /은행|뱅크|카드|증권|보험|생명|화재|캐피탈|저축|금고|택배|통운|로지스|물류|텔레콤|통신|마트|백화점|병원|법무법인/;
/**
 * Words that say what a page does, not whose it is (tight): a lure's title is made of them ("보상신청", "본인확인",
 * "고객센터", "배송조회"); a name is not.
 */
const NOT_A_NAME =
  /보상|환불|환급|신청|접수|인증|확인|조회|센터|고객|배송|택배|배달|주문|안내|로그인|계정|회원|보안|이벤트|혜택|결제|등록|변경|본인|피해|유출|정보|발급|긴급|지원금|쿠폰|당첨|공지|상담|해지|취소|정지|해제|login|verify|secure|account|support|refund|claim|service|official|notice|alert/;
/** What a job ad's title says of the work (tight; joined into DESK_ONLY): side job, part-time, from home, hiring */
const JOB_WORDS =
  '부업|알바|아르바이트|재택|근무|투잡|리뷰|상품평|후기|작성|미션|모집|채용|구인|단기|고수익|수당|일당|급구|parttime|sidejob|remote|hiring|job|jobs';
/**
 * A title segment made of nothing but a desk's or an errand's words ("사건조회", "보안센터", "안전결제프로그램"; tight):
 * it says what the page does, it names no one — a kit's title, not a site's name
 * (… or what a translating wrapper adds to the page's own title, "Coupang — Translated", "쿠팡 (번역됨)")
 */
// (… or a job's description, "리뷰 부업 — 재택 알바", "상품평 아르바이트 모집": what the work is, not who offers it;
// a board's own name keeps a word of its own, "알바몬", "잡코리아" — page46)
const DESK_ONLY = new RegExp(
  `^(?:${NOT_A_NAME.source}|사건|사이버|프로그램|안전|보호|설치|다운로드|전용|시스템|로지스틱스|물류|logistics|번역됨|번역본|번역|translated|translation|${JOB_WORDS})+$`,
);
/** A kind of card, not a card company ("신용카드 재발급 안내", "기프트카드"): what comes before 카드 in such words */
const CARD_KIND = /(?:신용|체크|기프트|선불|교통|상품|모바일|충전|포인트|직불|법인|멤버십)카드$/;
/** The tight text opens with the brand's own name, not with one of its services or apps ("쿠팡 …", not "쿠팡플레이 …") */
function opensWithName(ctx: Ctx, t: string): boolean {
  const m = ctx.brandRe.exec(t);
  return !!m && m.index === 0 && serviceEnd(t, 0, m[0].length, ctx.brand.services) === m[0].length;
}

/**
 * The deepest level a main heading may have: 2, or the page's highest level when it has no heading of level 1 or 2
 * (a page whose only headings are `<h3>` titles itself with the first of them).
 */
function mainLevel(facts: PageFacts): number {
  let lvl = mainLevels.get(facts);
  if (lvl === undefined) mainLevels.set(facts, (lvl = readMainLevel(facts)));
  return lvl;
}
const mainLevels = new WeakMap<PageFacts, number>();
function readMainLevel(facts: PageFacts): number {
  let top = 6;
  for (const h of facts.headings) if (!(h.flags & (QUOTE | COMMENT)) && h.level < top) top = h.level;
  // (… not on a board's post, "작성자 알뜰곰 | 조회 1,204 | 추천 31": its <h3> is a member's post title)
  if (top > 2 && BOARD_META.test(facts.prose.slice(0, 40).join(' '))) return 2;
  return Math.max(2, top);
}

/** A board post's line of who wrote it and how often it was read (light text) */
const BOARD_META =
  /(?:작성자|글쓴이|닉네임)\s*[:：]?\s*\S{1,20}\s*[|·]?\s*(?:조회|추천|댓글|공감)|게시판[^|\n]{0,40}조회\s*(?:수)?\s*[:：]?\s*[\d,]+|조회\s*(?:수)?\s*[:：]?\s*[\d,]+\s*[|·]?\s*(?:추천|댓글|공감)|(?:posted\s+by|views?\s*[:：]?\s*[\d,]+\s*[|·]\s*(?:likes?|comments?))/i;

/** The page's main heading: its first of the main level (above) that is not a quote or a comment. */
function mainHeadingOf(facts: PageFacts): PageFacts['headings'][number] | undefined {
  const lvl = mainLevel(facts);
  return facts.headings.find((h) => h.level <= lvl && !(h.flags & (QUOTE | COMMENT)));
}

/** What a lure's heading offers (tight, lower case): a gift, a prize, a payout, something free */
// (… or a payout the heading ends on, "쿠팡 × 간편결제 합동 보상" — page51)
const HEADING_OFFER =
  /당첨|지급|경품|무료|선물|쿠폰|상품권|적립금|보상(?:금)?$|free|prize|reward|gift|voucher|coupon|claim/;
/** A listing's price and its shipping term in a heading ("… 249,000원 무료배송", tight): a deal post's item line */
const LISTED_PRICE = /\d{4,}원/;
// (… or in a deal post's shorthand after the price, "(15,900원/와우 무료)": the term closing the line
// or its parenthesis, not a gift's "무료 쿠폰" — page-r5-bf)
const SHIPPING_TERM = /무료(?:배송|반품)|(?<=\d원[/,·]?[가-힣]{0,4})무료(?=$|[)/,·])/g;
/** After the brand in a heading: the brand as the shop where the page's own goods are bought ("쿠팡 구매 고객 …") */
const MARKETPLACE_AFTER = /^(?:에서)?(?:구매|구입|주문|입점|판매|배송상품|주문고객|구매고객)/;
/** … or that gives notice in the brand's name ("쿠팡 결제 알림", "Coupang security alert") (tight) */
// (… or does the account's errand in its name, "쿠팡 휴면 계정 해제", "계정 잠금 해제": the brand's account desk — page51)
const NOTICE_END =
  /(?:알림|안내|공지|통지|경고|notice|alert|notification|warning)$|(?:휴면|잠금|정지|보호조치)(?:계정)?(?:해제|복구)$|계정(?:해제|복구)$/;
/** After the brand in a heading: the reader's order or account held (tight): "주문이 보류되었습니다", "계정이 정지됨" */
const HELD_AFTER =
  /^(?:고객님의?)?(?:주문|결제|계정|배송|환불|회원)[가-힣]{0,4}?(?:이|가)?(?:보류|정지|중지|취소|차단|제한)(?:되었습니다|됐습니다|되었어요|됨)$/;
/** What a chart labels with a company's name (tight): its share price, its sales, a figure */
const CHART_LABEL = /\d|주가|주식|매출|실적|점유율|stock|share|price|revenue|sales/;
/**
 * Work from home offered in a heading (tight): "쿠팡 쇼핑 도우미 (재택)", "쿠팡 리뷰 부업" — the task scam's ad. (Not
 * a job as such: "쿠팡 물류센터 단기 알바 (일급 12만원)" is a real warehouse shift, posted on boards and blogs.)
 */
const HEADING_JOB = /재택|부업|도우미|출퇴근없|workfromhome|sidejob/;
/** An exchange's ticker, then the price and its change (raw): "(NYSE: CPNG) 21.34 ▼0.93", "(KOSPI:005930) 71,200 +300" */
const STOCK_QUOTE =
  /\((?:nyse|nasdaq|amex|kospi|kosdaq|krx)\s*[:：]\s*[a-z0-9.]{1,8}\)\s*[\d,.]+\s*[▲▼△▽↑↓+\-−]\s*[\d,.]+/i;
/** A developers' guide's title (tight): "연동 가이드", "API 문서", "SDK", "integration guide" */
const DEV_GUIDE =
  /연동(?:가이드|방법|안내|문서)|개발(?:자)?(?:가이드|문서)|api(?:문서|가이드|reference|docs?)|sdk|integrationguide|developers?guide/;
/** A call with an object of settings in code (raw): "PortOne.requestPayment({", "IMP.init({" */
const API_CALL = /[A-Za-z_$][\w$]*\.[A-Za-z_$][\w$]*\s*\(\s*\{/;
/** After the brand in a heading (tight): the office a notice is sent from, named for the errand */
/**
 * A headline that reports a rush on the brand's desk (tight): "쿠팡 CS 환불 민원 폭주 중", "문의 쇄도", "항의 빗발" — what
 * its staff or the news say of it; a kit's offer never reports its own desk swamped ("신청 폭주" is a kit's hurry, not
 * here) — page-r4-bc
 */
const DESK_RUSH = /(?:민원|문의|항의|불만|상담|콜|전화)(?:이|가)?(?:폭주|쇄도|빗발|급증|대란|마비|몰려|몰리)/;
const OFFICE_AFTER =
  /^[가-힣]{0,4}(?:보상|보호|보안|환불|결제|피해|상담|지원|인증|고객|대응|조사|정산)[가-힣]{0,4}(?:센터|전담팀|팀|본부|데스크|창구|전담반|대응반|실|처|단|반)$|^(?:eats|pay|play|wow)?(?:customer|account)?(?:care|support|help|security|safety|refund|claims?|billing)(?:center|centre|desk|team|line)?(?:24h|247|24x7)?(?:live)?(?:chat)?$/;
/**
 * A page with no heading whose top is a picture of text (a data: SVG of several lines, "[쿠팡] 결제보호센터 / 고객님
 * 명의로 …"): its first line is the heading a reader sees.
 */
function pictureHeading(facts: PageFacts): PageFacts['headings'] {
  // (not a picture that shows a scam's text to warn of it: "↑ 이런 문자, 전화하지 마세요" under the quoted message)
  const img = facts.images
    .slice(0, 5)
    .find(
      (i) => i.flags & TOP && i.head && !SCAM_TALK.test(tight(i.text)) && !NEVER_ASKS.test(tight(i.text)),
    );
  return img ? [{ level: 1, text: img.head!, flags: img.flags }] : [];
}
/** A heading that teaches how to get it ("… 받는 법", "… 사용 방법", "how to …"): a guide's, not a lure's */
const HOW_TO_END =
  /(?:방법|하는법|받는법|쓰는법|총정리|정리|후기|꿀팁|팁|봤습니다|봤어요|봤다|했습니다|했어요|네요|어요|아요|군요|래요|대요|더라|ㅋㅋ|ㅎㅎ)$|^howto/;
/** … or that talks about the scam itself (the text, the link, the fake): a warning's or a story's */
const SCAM_TALK = /문자|링크|사칭|스미싱|피싱|주의|사기|가짜|scam|phishing|fake|smishing/;

/** A form's heading that ends in what it takes (tight): an application, a claim, a look-up */
const APPLY_END = /(?:신청|접수|조회|청구)(?:하기|서|센터)?$/;
/** A firm's name: a name of its own, then its trade (tight; FIRM at the end: "한빛손해보험", not "무인택배함") */
const FIRM_END = new RegExp(`^[가-힣a-z0-9]{2,}(?:${FIRM.source})$`);
/** A firm's name ending in its trade, a one-syllable stem allowed ("온카드", "한빛손해보험") (tight) */
const HEADER_FIRM = new RegExp(`^[가-힣a-z0-9]{1,}(?:${FIRM.source})$`);
/** A trade written after a firm's name in its header ("글로벌바이 구매대행", "하늘 손해보험") (tight) */
const HEADER_TRADE = /^(?:구매대행|배송대행|해외구매대행)$/;
/** Words of a lure's own: a refund, a delivery problem, a deadline */
const lureWords = (t: string) => REFUND_LURE.test(t) || DELIVERY_LURE.test(t) || URGENCY.test(t);
const TITLE_SPLIT = /\s[|｜\-–—:·•»]\s|[|｜]|::|\s-\s/;
/** Letters set apart one by one with a mark between ("C-o-u-p-a-n-g", "쿠·팡"): a name spelled out (page-r2-aw) */
// (not dots, "C.O.U.P.A.N.G", nor spaces: a wordmark's styling, read as the name and nothing more)
const SPELLED_OUT = /(?<![\p{L}\p{N}])(?:\p{L}\s?[-·•*_~|/]\s?)+\p{L}(?![\p{L}\p{N}])/gu;
// (kana and CJK ideographs are how Japanese and Chinese pages write every word, the brand's names among them:
// "クーパン", "酷澎" are not disguises)
const SUSPECT_CHARS =
  /[^\t\n\r -~가-힣ㄱ-ㆎ\u2000-\u206f\u3000-\u30ff\u4e00-\u9fff！-～]|[\u200b-\u200f\u2060-\u2064\u00ad\ufeff]/;

// ------------------------------------------------------------------------------------------------ identity

/**
 * The name at [start, end) is one shop in a list of others ("쿠팡·11번가", "배민·쿠팡이츠") or, with `compared`,
 * the shop compared with or a place to shop ("쿠팡보다", "쿠팡에서도 판매중").
 */
/**
 * A line that opens with a reader's rating, five stars filled or not ("★★★★☆ 광고가 조금 많아요", "⭐ 4.5 …"), or is
 * one ("★★★★★" before the words); not a banner between star runs ("★★★ 긴급 공지 ★★★")
 */
const STARRED = /^\s*(?:[★☆]{5}|⭐{1,5}\s*[1-5](?:\.\d)?(?!\d)|[★⭐]\s*[1-5]\.\d)(?![★☆⭐])(?!.*[★☆⭐✩])/;
/** A character STARRED cannot match without (its first after the spaces) */
const STAR = /[★☆⭐]/;
/** … whose words give the brand an app, a payout, a login or a parcel's trouble: a kit's review, not a reader's */
const REVIEW_LURE = /공식|보안|업데이트|설치|인증|official|security|update|install|verif/;
/** The page's lines without its readers' reviews, where it shows two or more (a listing's; see scoreIdentity) */
function withoutReviews(prose: readonly string[]): readonly string[] {
  if (prose.filter((p) => STARRED.test(p)).length < 2) return prose;
  const out: string[] = [];
  let starred = false;
  for (const p of prose) {
    const review: boolean = starred || STARRED.test(p);
    const t = tight(p.replace(STARRED, ''));
    starred = review && !t;
    if (review && !lureWords(t) && !LOGIN_INVITE.test(t) && !REVIEW_LURE.test(t)) continue;
    out.push(p);
  }
  return out;
}

/**
 * The page's lines without the options of its drop-down lists that offer others than the brand: "신용카드 / 계좌이체 /
 * 쿠페이(간편결제)", "신한 / 삼성 / 쿠팡페이 카드" are ways to pay the page offers, one of them the brand's, not its
 * name (page-r4-bd)
 */
function withoutChoices(ctx: Ctx, prose: readonly string[]): readonly string[] {
  // (not a list of the brand's own names only, "쿠팡 / 쿠팡이츠 / 쿠팡플레이": the brand's services to choose from)
  const lists = ctx.facts.fields
    .filter((f) => f.type === 'select')
    .map((f) => tight(f.hints.at(-1) ?? ''))
    .filter(
      (l) =>
        [...ctx.brand.services, ...ctx.brand.names]
          .sort((a, b) => b.length - a.length)
          .reduce((r, n) => r.split(n).join(''), l)
          .replace(ctx.brandAll, '')
          .replace(/[^\p{L}]/gu, '').length >= 4,
    );
  if (!lists.length) return prose;
  const choice = (p: string) => {
    const t = tight(p);
    return t.length >= 2 && t.length <= 24 && lists.some((l) => l.length >= t.length + 2 && l.includes(t));
  };
  const choices = prose.filter(choice);
  // (… nor where its only other choice is no one's, "Coupang Global (로켓직구)" over "Other": the brand is what the
  // list offers — page-r6-bg)
  if (choices.every((p) => ctx.brandRe.test(tight(p)) || NO_ONE_CHOICE.test(tight(p)))) return prose;
  return prose.filter((p) => !choice(p));
}
/** A drop-down list's choice that names no one (tight, whole): "Other", "기타", "선택하세요" */
const NO_ONE_CHOICE =
  /^(?:others?|etc|기타|그외|선택|선택하세요|선택해주세요|select|choose|none|없음|해당없음|직접입력)$/;

/** A row of a roster: a name, then its own figures in brackets right after it ("쿠팡 로켓배송 (05:00~08:00)", "○○카드
 * (2024) – 카드번호 일부"): light text */
const ROSTER_ROW = /^[^()\n]{1,16}\(\s*\d[^()\n]{0,24}\)/;
/**
 * The page's lines without the rows of a roster of firms the brand is one row of: a line that opens with the brand,
 * its figures in brackets, beside a row of the same shape that opens with another's name — the couriers a door lets
 * in at their hours, the breaches a checker lists with their dates. One party among others, not the page's voice; a
 * row that invites a login or says a lure's words stays (page-r6-bg).
 */
function withoutRosterRows(ctx: Ctx, prose: readonly string[]): readonly string[] {
  const row = (p: string | undefined) => !!p && p.length <= 80 && ROSTER_ROW.test(p.trim());
  const brandRow = (p: string) => {
    const t = tight(p);
    return row(p) && t.search(ctx.brandRe) === 0 && !LOGIN_INVITE.test(t) && !lureWords(t);
  };
  const otherRow = (p: string | undefined) => row(p) && !ctx.brandRe.test(tight(p!));
  const out = prose.filter((p, i) => !(brandRow(p) && (otherRow(prose[i - 1]) || otherRow(prose[i + 1]))));
  return out.length === prose.length ? prose : out;
}

/**
 * The page's lines without the words in quotes they report as a call or a text someone got (REPORTED_QUOTE), nor
 * the lines wholly in quotes that a warning's short line lists just before ("사칭 문자 주의" over "'쿠팡 로켓배송 물품
 * 보관 중, 보관료 결제'"): the scam's messages shown as examples (page-r4-bd)
 */
function withoutReported(prose: readonly string[]): readonly string[] {
  const reported = (p: string) => (p.includes('받') || p.includes('왔')) && p.search(REPORTED_QUOTE) >= 0;
  // (a run of quoted lines after the warning, however long)
  const warned: boolean[] = [];
  prose.forEach((p, i) => {
    warned[i] =
      WHOLLY_QUOTED.test(p) &&
      (!!warned[i - 1] ||
        prose.slice(Math.max(0, i - 3), i).some((w) => w.length <= 30 && DISCUSSION.test(tight(w))));
  });
  if (!prose.some(reported) && !warned.includes(true)) return prose;
  return prose.filter((_, i) => !warned[i]).map((p) => (reported(p) ? p.replace(REPORTED_QUOTE, ' ') : p));
}
/** A line wholly in quotation marks (raw) */
const WHOLLY_QUOTED = /^\s*(?:"[^"]{4,}"|“[^”]{4,}”|'[^']{4,}'|‘[^’]{4,}’|「[^」]{4,}」)\s*$/;

function amongShops(text: string, start: number, end: number, compared = true): boolean {
  // (the list's own commas and conjunctions stand between: "쿠팡, 배민, 네이버페이", "네이버 및 쿠팡")
  // (… and the brand's pay said in Japanese or Chinese, "クーパンペイ", "酷澎支付", a wallet like its Korean "쿠팡페이" —
  // page70)
  const after = text
    .slice(end, end + 14)
    .replace(/^(?:ヘイ|支付)/, '')
    .replace(/^(?:[,、/]|및|와|과|이나)/, '');
  const before = text.slice(Math.max(0, start - 12), start).replace(/(?:[,、/]|및|와|과)$/, '');
  return (
    (compared && COMPARED.test(after)) ||
    (compared && (SENT_TO_OWN.test(text.slice(end, end + 30)) || EXAMPLE_BEFORE.test(before))) ||
    OTHER_SHOPS.some((s) => after.startsWith(s) || before.endsWith(s)) ||
    // (… or beside a kind of business it is one of: "쿠팡·택배사가 넣은 물품"; not "쿠팡 오픈마켓", its own)
    GENERIC_PEERS.test(after) ||
    CONTRASTED.test(text.slice(end, end + 20)) ||
    BOUGHT_THERE_TOO.test(text.slice(end, end + 16))
  );
}

/**
 * Goods the reader bought at the brand, as one source of the goods a service handles too (tight, right after it, in
 * the plain style a third party writes): "쿠팡에서 산 가구도 조립해 드립니다", "쿠팡에서 구매한 제품도 수리" — the
 * brand is where things came from, not who speaks (page56). A kit addresses the brand's customer ("쿠팡에서 주문하신
 * 상품") and is read as before.
 */
const BOUGHT_THERE_TOO = /^(?:에서|서)(?:산|구입한|구매한|주문한)[가-힣]{1,6}?도/;

/** Kinds of business the brand is listed beside as one of them (tight, right after it) */
const GENERIC_PEERS = /^(?:택배사|배달앱|카드사|은행|통신사)(?:들|가|와|과|및|이|의|에서|에)/;

/**
 * A list of three to six names closed by "등" (etc.) in visible text: "쿠팡 로켓직구, 알리, 아마존 등", "알리·쿠팡·테무
 * 등에서". A name in it is one example among others, whatever the others are called.
 */
const EXAMPLE_LIST =
  /(?:[^\s,、·()[\]]{1,12}(?: [^\s,、·()[\]]{1,12})?\s*[,、·]\s*){2,5}[^\s,、·()[\]]{1,12}\s*등(?=[\s)\].,·]|을|의|에|이|은|과|$)/g;
/**
 * The same in an aside right after a kind's word, where two names are enough: "택배(쿠팡·CJ 등)는", "해외직구(쿠팡
 * 로켓직구, 알리 등) 시" — the kind is the subject, the names its examples (page-r2-av). Or a label's one name
 * closing its line with "외" (and others): "이용기관: 쿠팡(주) 외" under a verifier's window, one user of many.
 */
const EXAMPLE_ASIDE =
  /(?<=[가-힣a-z])\((?:[^\s,、·()[\]]{1,12}(?: [^\s,、·()[\]]{1,12})?\s*[,、·]\s*){1,5}[^\s,、·()[\]]{1,12}\s*등\)|(?<=[:：]\s?)[^\s:：,、·()]{1,12}(?:\s?\(주\)|\s?주식회사)?\s?외\.?$/gi;

/**
 * An aside right after a word that names what it includes: "해외직구(로켓직구 포함)", "오픈마켓(쿠팡 포함)". The kind is
 * the subject; the name inside is one case of it (page50).
 */
const INCLUDED_ASIDE = /(?<=[가-힣a-z])\([^()]{1,24}포함\)/i;
/** INCLUDED_ASIDE, every one in a line */
const INCLUDED_ASIDES = new RegExp(INCLUDED_ASIDE.source, 'gi');
/** After a service's name: the one the reader leaves for the page's own ("…에서 옮겨오시는", "…에서 갈아타") */
const SWITCHED_FROM = /^에서(?:갈아타|옮겨|넘어오|이동하|바꾸)/;
/** After a service's name: the one measured against ("…보다", "…대비") or one example among others ("… 등") */
const MEASURED_AGAINST = /^[가-힣]{0,4}(?:\d+원?)?(?:대비|보다)|^등/;
/** One argument of fromCharCode: a decimal or hexadecimal code */
const CHAR_CODE = /^(?:0x[\da-f]{2,4}|\d{2,5})$/i;
/** Arrays of character codes in a script (at least six, each a printable letter or Hangul), decoded; at most 20. */
function codedTexts(script: string): string[] {
  const out: string[] = [];
  // (… or the call itself: String.fromCharCode(53216,54049) written into the header)
  for (const m of script
    .slice(0, 60_000)
    .matchAll(/\[\s*(\d{2,5}(?:\s*,\s*\d{2,5}){5,600})\s*\]|fromCharCode\(([\dx,a-f\s]{5,4000})\)/gi)) {
    // (… in hexadecimal too, fromCharCode(0xCFE0,0xD321): each piece a code, Number reads both — page50)
    const pieces = (m[1] ?? m[2]!).split(',').map((c) => c.trim());
    if (m[2] && (pieces.length < 2 || !pieces.every((c) => CHAR_CODE.test(c)))) continue;
    const codes = pieces.map(Number);
    if (codes.every((n) => (n >= 10 && n <= 0x7e) || (n >= 0x1100 && n <= 0xd7a3)))
      out.push(String.fromCharCode(...codes));
    if (out.length >= 20) break;
  }
  // (… or letter parts kept in short arrays and put together by the script, [[0x110F,0x116E],[0x1111,0x1161,0x11BC]]
  // joined and normalised: the parts in order, as one word — page-r2-ax)
  const parts = script.slice(0, 60_000).match(/\b0x11[0-9a-f]{2}\b|\b4[3-5]\d\d\b/gi);
  if (parts && parts.length >= 4) {
    const codes = parts
      .slice(0, 60)
      .map(Number)
      .filter((n) => n >= 0x1100 && n <= 0x11ff);
    if (codes.length >= 4) out.push(String.fromCharCode(...codes).normalize('NFC'));
  }
  return out;
}

/** A string literal a script paints on a canvas: fillText('…' or strokeText("…" */
const PAINTED_STRING = /(?:fillText|strokeText)\(\s*(['"`])((?:\\.|(?!\1)[^\\]){1,120})\1/g;
/** … or from short pieces joined in the call: fillText(['co','up','ang'].join(''), …) */
const PAINTED_JOIN =
  /(?:fillText|strokeText)\(\s*\[((?:\s*(['"])[^'"\\\n]{1,8}\2\s*,?){2,8})\]\s*\.join\(\s*(['"])\3\s*\)/g;
/** The same painted from base64: fillText(atob('…'), …) */
const PAINTED_BASE64 = /(?:fillText|strokeText)\(\s*atob\(\s*(['"`])([a-z0-9+/=]{4,160})\1\s*\)/gi;
/** … or a script's array of one- or two-letter pieces, escaped or not, that it joins: ['\uCFE0','\uD321'] (page-r2-ay) */
const PIECES =
  /\[((?:\s*(['"])(?:\\u[0-9a-f]{4}|[^'"\\\n]){1,2}\2\s*,){1,7}\s*(['"])(?:\\u[0-9a-f]{4}|[^'"\\\n]){1,2}\3)\s*\]/gi;
/** The shop set against the page's own "we" ("로켓직구는 3~5일, 저희는 7~10일"): another party, compared with. */
// (… or the other shop a speaker recalls, "쿠팡은 바로 되던데요", "쿠팡에선 무료더라고요": the -던데/-더라 of one who
// tried it elsewhere; no page speaks so of itself — page59)
const CONTRASTED =
  /^(?:은|는)[^]{0,12}?저희(?:는|가|몰은|회사는)|^(?:은|는|에서는|에선)[가-힣0-9]{0,12}?(?:던데|더라|던걸)/;

/**
 * Sentence ends in a piece of visible text: a Korean ending's full stop, question or exclamation mark ("…했다. "),
 * an English one before a capital, a Chinese or Japanese full stop; not an abbreviation inside a sentence
 * ("모회사 쿠팡Inc. 주가가").
 */
const SENTENCE_END = /(?<=[가-힣][.!?。])\s+|(?<=[a-z]{2}[.!?])\s+(?=[A-Z])|(?<=[。！？])|\n+/;

/** The sentence reports on the brand (warns of scams in its name, or is market news), not speaks for it. */
function reportsOn(sentence: string): boolean {
  return (WARNED_ABOUT.test(sentence) && WARNING_VOICE.test(sentence)) || MARKET_REPORT.test(sentence);
}

/**
 * The text of `pieces` without the sentences that report on the brand (tight); with `warnedOnly`, without the
 * scam warnings only (a card slip's "CPNG*로켓배송" is a merchant's name, not market news).
 */
function toldAsOwn(pieces: readonly string[], whole: string, warnedOnly = false): string {
  if (!pieces.some((p) => WARNED_ABOUT.test(p) || (!warnedOnly && MARKET_REPORT.test(p)))) return whole;
  return tight(
    pieces
      .flatMap((p) => p.split(SENTENCE_END))
      .filter((x) => (warnedOnly ? !(WARNED_ABOUT.test(x) && WARNING_VOICE.test(x)) : !reportsOn(x)))
      .join(' '),
  );
}

/** What follows the brand's name when a form asks for its login: "쿠팡 아이디", "쿠팡 계정", "Coupang password". */
// (… or what the reader signed up there with, "쿠팡에 가입할 때 쓰신 정보", "쿠팡 가입 시 사용한 이메일": its login by
// another name — page53)
const LOGIN_WORD =
  /^(?:의|에)?(?:계정|아이디|id|이메일|email|비밀번호|비번|password|pw|로그인|login|account|signin)|^(?:에|에서)?가입(?:할때|하실때|하셨을때|했을때|시)(?:쓰신|쓴|사용하신|사용한|입력하신|등록하신)?(?:정보|계정|아이디|이메일|비밀번호)/;

/** The brand's account named, then checked again (tight): "쿠팡계정보안재인증", "coupangaccountreverification" */
const RECHECK_CAPTION = /^.{2,16}?(?:재인증|재확인|reverification|reauthentication)/;
/** A script that writes into the page what the reader sees */
const WRITES_MARKUP =
  /\.innerHTML\s*[+]?=|insertAdjacentHTML|document\.write|\.textContent\s*=|\.innerText\s*=/;
/** A bank account's PIN or a signing certificate's password, as a box's label names it (tight) */
// (… or the bank's own online login, "인터넷뱅킹 PW", "online banking password": the account itself — page-r2-aw)
const ACCOUNT_SECRET =
  /(?:계좌|통장|출금|공동인증서|공인인증서|인증서)(?:의)?(?:비밀번호|비번|암호|pin)|(?:인터넷|온라인|모바일)?뱅킹(?:의)?(?:비밀번호|비번|암호|pw|password)|(?:internet|online|mobile)banking(?:password|pw|pin)/;
/**
 * A login to the tax or government portals, or a signing certificate's secret (tight): "홈택스 비밀번호", "공동인증서
 * 암호", "카카오 인증 비밀번호" — typed only at the portal itself or in the certificate's own program or app
 */
const CERT_SECRET =
  /(?:홈택스|손택스|위택스|정부24|국세청|hometax|공동인증서|공인인증서|금융인증서|인증서|(?:카카오|네이버|토스|pass|패스|간편)인증)(?:의|용)?(?:로그인)?(?:비밀번호|비번|암호|password|pin)/;
/** The brand's seller portal after its name, as its sellers write it (tight): "윙", "Wing 판매자", "셀러센터" */
const SELLER_PORTAL = /^(?:윙|wing)?(?:판매자|셀러|seller)?(?:센터|center)?/;
/**
 * After a service's name (tight): the role of those who deliver through it, "기사", "라이더", "rider" (not a store
 * owner's, "사장님": a POS links that account honestly)
 */
const WORKER_ROLE = /^(?:배송)?(?:기사|라이더|드라이버|크루|driver|rider|courier|crew)(?:님|전용|용)?/;
/**
 * A box for the seller portal's login named by the portal alone (tight): "Wing 아이디", "WING 비밀번호" — on a page
 * that names the brand, the brand's seller login; a seller tool that links a shop asks its API key and says the
 * Wing password is never asked, in a sentence, not in a box
 */
/** A seller's page (tight): the shop, its sales, its settlement, its listing stopped */
const SELLER_TALK = /판매자|셀러|seller|스토어|입점|정산|판매정지|판매중지|상품등록|공급사|vendor/;
const PORTAL_LOGIN =
  /^(?:쿠팡)?(?:wing|윙)(?:판매자|셀러|seller)?(?:센터|center)?(?:의)?(?:계정|아이디|id|비밀번호|비번|password|pw|로그인|login)/;
/** A seller centre's login by its kind alone (tight): "판매자센터 비밀번호", "셀러 아이디" */
const SELLER_LOGIN =
  /^(?:판매자|셀러|seller)(?:센터|center)?(?:의)?(?:계정|아이디|id|비밀번호|비번|password|pw|로그인|login)/;
/** The title or a heading opens with the seller portal's name (tight): "윙 정산 보류", "Wing 판매자 공지" (not 윙크) */
const PORTAL_HEAD = /^(?:쿠팡)?(?:wing|윙)(?![a-z크])/;
function portalHeaded(facts: PageFacts): boolean {
  return [...facts.title.split(/\s[|·:-]\s/), ...facts.headings.slice(0, 3).map((h) => h.text)].some((t) =>
    PORTAL_HEAD.test(tight(t)),
  );
}
/**
 * A box that says nothing of itself after the words "Wing ID" / "윙 비밀번호" on a seller's page that shows no name of
 * its own: those words are its label, the brand's seller portal's login (page-r3-bb)
 */
function portalBoxNear(ctx: Ctx, own: FieldFact[], told: string): string | undefined {
  if (ctx.ownShown || ctx.foreignNames.size || headerName(ctx) || !SELLER_TALK.test(told)) return undefined;
  return own
    .filter((f) => !f.hints.some((h) => tight(h)))
    .map((f) => f.near ?? '')
    .find((w) => tight(w).length <= 16 && PORTAL_LOGIN.test(tight(w)) && !NEGATED.test(tight(w)));
}
/** The tight text names the brand (or one of its services) as whose login it takes, not as one shop in a list. */
function asksBrandLogin(ctx: Ctx, t: string, label = false): boolean {
  if (!ctx.brandRe.test(t)) return false;
  for (const m of t.matchAll(ctx.brandAll)) {
    const end = serviceEnd(t, m.index, m.index + m[0].length, ctx.brand.services);
    if (amongShops(t, m.index, end)) continue;
    // (… or, in a box's own label, of its seller portal: "쿠팡 판매자 아이디", "쿠팡 윙 비밀번호"; a sentence that
    // names it, "쿠팡 Wing 비밀번호는 입력하지 마세요", is a seller club's advice)
    // (… or of one of its services' drivers, "쿠팡플렉스 기사 로그인", "Coupang Eats rider login": the service's own
    // sign-in for those who deliver through it, which no tool links — page66)
    const seller = (label ? SELLER_PORTAL : WORKER_ROLE).exec(t.slice(end, end + 12))?.[0].length ?? 0;
    const login = LOGIN_WORD.exec(t.slice(end + seller, end + seller + 16));
    // (… nor the brand's login as the thing faked, "가짜 쿠팡 로그인 페이지", "fake Coupang login": a story on the
    // scam names it; no kit calls its own login a fake — page-r2-au)
    if (!login || (!label && FAKED.test(t.slice(Math.max(0, m.index - 6), m.index)))) continue;
    // (the brand's account disowned: "쿠팡 계정이 아닌 프라이스워치 계정", "we never ask for your Coupang password")
    const after = end + seller + login.index + login[0].length;
    // (never in the label of the box itself: "문자로는 절대 묻지 않는 쿠팡 비밀번호" is the box asking for it)
    if (
      !label &&
      (NOT_THIS_ACCOUNT.test(t.slice(after, after + 8)) ||
        REFUSED_AFTER.test(t.slice(after, after + 16)) ||
        NEVER_ASKS.test(t.slice(Math.max(0, m.index - 24), m.index)) ||
        onlyAtHome(ctx, t.slice(after, after + 24)) ||
        CHANGED_THEN.test(t.slice(after, after + 16)) ||
        AFTER_CHANGING.test(t.slice(Math.max(0, m.index - 24), m.index)))
    )
      continue;
    return true;
  }
  return false;
}

/** A sentence that has the reader sign in now: "로그인하세요", "로그인하면", "로그인 후", "sign in to" */
const SIGN_IN_NOW =
  /로그인\s*(?:하세요|해\s*주세요|하시면|하면|후|하여|해서|하고)|(?:sign|log)\s+in\s+(?:to|with|now)/i;
/** … or has them type it in: "입력하세요", "입력해 주세요" (with the brand's account named: asksBrandLogin) */
// (… or says it is what the reader does here, "… 비밀번호를 입력합니다", "입력하시면 됩니다" — page-r2-ay)
const ENTER_NOW =
  /입력\s*(?:하세요|해\s*주세요|하십시오|바랍니다|합니다|하시면\s*됩니다)|enter\s+(?:your|the)\b/i;
/** A password box that names its site only by pointing back at one ("해당 쇼핑몰 비밀번호", "the breached site's password"; tight) */
const REFERRED_LOGIN =
  /(?:해당|유출된|그|위|이용중인|이용하시는|가입하신|가입한)(?:쇼핑몰|사이트|서비스|업체|플랫폼)(?:의)?(?:회원|계정|로그인|아이디)*(?:비밀번호|패스워드|password)|(?:breached|affected|same|that)(?:shop|store|site|service)(?:'s)?(?:account|login)*password/;
/** After the brand's name (or its mail address): a code it sent (tight) — "에서 발송된 인증 코드", "이 보낸 6자리 번호" */
const BRAND_SENT_CODE =
  /^[a-z.]{0,8}(?:에서|이|가|측에서|으로부터|로부터)?(?:문자로|메일로|이메일로|카톡으로)?(?:발송(?:된|한|해드린)|보낸|보내드린|전송된|전송한|받으신|받은|온)(?:[^가-힣]|\d자리){0,8}(?:인증|확인|보안)?(?:코드|번호|숫자)|^[a-z.]{0,8}(?:sent|emailed|texted)(?:you)?(?:a|the)?(?:verification|security|one-?time)?code/;
/** The page itself says it sent a code (tight): "we texted a 6-digit code", "문자로 6자리 인증번호를 보냈습니다" */
const WE_SENT_CODE =
  /we(?:'ve|have)?(?:just)?(?:texted|sent|emailed)(?:you)?(?:a|an|the)?(?:\d{1,2}digit)?(?:verification|security|onetime)?code|(?:문자|메시지|sms)로(?:\d자리)?(?:인증|확인|보안)?(?:번호|코드)를(?:보냈|발송했|전송했)/;
/** After the brand, all of a short line: a desk or service of its own ("계정 보호 서비스", "보안센터", "고객보호팀") */
const BRAND_DESK =
  /^(?:계정|고객|보안|결제|회원)[가-힣]{0,6}(?:서비스|센터|팀)$|^(?:account|security)[a-z]{0,12}(?:service|team|center)$/;
/** After the brand: its text message quoted as on its way ("[쿠팡] 인증번호 [6자리]를 입력해주세요" 문자가 도착합니다;
 * tight, with SMS_COMING in the same sentence) */
const BRAND_SMS_CODE = /^(?:인증|확인|보안|승인)(?:번호|코드)/;
const SMS_COMING = /(?:문자|메시지|sms)(?:가|이|로)?곧?(?:도착|발송|전송|옵니다|올거|올것|갑니다)/;
/**
 * After the brand: a code received for its service ("쿠팡페이 결제 보호를 위해 PASS 앱으로 받은 승인번호", "… 방금 받은 문자
 * 인증번호" — page-r4-bd; tight)
 */
const BRAND_ERRAND_CODE =
  /^.{0,12}?위(?:해|하여|한).{0,16}?(?:받은|받으신|도착한|온)(?:\d자리)?(?:문자|sms|메일|카톡)?(?:인증|승인|확인|보안)?(?:번호|코드)/;
/**
 * … or one the page says it sent for that errand (tight, after the brand): "계정 보호를 위해 이메일로 인증 메일을
 * 보냈습니다. 메일의 인증코드를" (page50)
 */
const BRAND_ERRAND_SENT =
  /^.{0,12}?위(?:해|하여|한).{0,20}?(?:보냈|발송했|발송하였|발송되었|전송했|전송되었).{0,12}?(?:인증|승인|확인|보안)(?:번호|코드)/;
/** A reward credited to an account a sign-in confirms (tight): "적립 계정 확인", "포인트 받을 계정", "지급 계정 로그인" */
const REWARD_ACCOUNT =
  /(?:적립|지급|충전|리워드|포인트)(?:받을|받으실|될|하실)?계정(?:확인|인증|로그인|연결)|rewardaccount|creditedtoyouraccount/;
/** Two accounts linked (tight): "계정 연동", "연동하기", "account link", "link your account" */
// (… or the brand's pay linked, "쿠페이 간편결제 연결 확인": a payment method is linked inside the brand's app — page54)
const ACCOUNT_LINK =
  /연동|(?:계정|간편결제|결제수단|페이)연결|계정통합|accountlink|link(?:your)?account|connect(?:your)?account/;
/** An easy sign-in through another service's account (tight): "간편로그인", "간편 로그인" */
const EASY_SIGN_IN = /간편로그인|소셜로그인/;
/** What a button says after the brand's name when it carries the reader on into it (tight): "계속하기", "으로 로그인" */
const SIGN_ON = /^(?:으?로)?(?:계속하기|계속|로그인|시작하기|연결하기|continue|signin|login)$/;
/** A box for a shop's password named by the kind of site alone ("쇼핑몰 비밀번호", "쇼핑몰 계정 비밀번호"; tight) */
const SHOP_LOGIN =
  /^(?:쇼핑몰|온라인몰|오픈마켓)(?:의)?(?:회원|계정|로그인|아이디)*(?:비밀번호|비번|패스워드|password)/;
/** A page about a leak (tight) */
const LEAK_TALK = /유출|노출|해킹|leak|breach|pwned/;

/** Right after the brand: it is the one impersonated ("쿠팡 사칭", "쿠팡을 사칭한", "Coupang impersonation") (tight) */
const IMPERSONATED = /^(?:을|를)?(?:사칭|빙자|도용|impersonat|phishing|smishing|scam)/;
/** … in a safety tip that tells the reader how to prevent it ("쿠팡 사칭 스미싱 피해를 막으려면 …"), no payout
 * offered (tight, right after the brand; page-r6-bg) */
const PREVENTED =
  /^(?:을|를)?(?:사칭|빙자|도용)[가-힣]{0,8}?(?:막으려면|막기위해|예방하려면|예방하기위해|방지하려면|방지하기위해)/;
const PAYOUT = /보상|환불|지급|돌려|refund|compensat/;
/** … or the theme of scams a security feed counts, "Coupang-themed phishing kits (47 hosts)", "Coupang-branded
 * smishing": a researcher's word for others' kits, no kit's for its own lure (tight) (page-r5-be) */
const THEMED_SCAM = /^(?:themed|branded|lookalike)(?:phishing|smishing|scam|fake|kit)/;
/** … or one of a short list impersonated ("쿠팡·택배 사칭", "쿠팡, 은행 사칭": tight drops the dot between) (page43) */
const IMPERSONATED_AMONG = /^(?:및|과|와)?[가-힣]{1,4}(?:을|를)?(?:사칭|빙자|도용)/;
/** … or the first of those a caller claims to be ("쿠팡 상담원, 택배기사, 경찰을 자처하는 사람"; tight) (page-r4-bd) */
const CLAIMED_BY_CALLER = /^[가-힣]{0,16}?(?:을|를)자처하/;
/** The brand as where the breach happened, an event the page dates things by ("쿠팡 고객정보 유출로 …", "쿠팡 유출 이후"; tight) */
const BREACH_EVENT =
  /^(?:의)?(?:고객|개인|회원)?(?:정보)?유출(?:사고|사태|사건)?(?:이후|후|로인해|으로인해|로|여파|때문|소식|이후로)/;
/** Before the brand's name: the parcel's sender as a locker's or a courier's page reports it (tight) */
const SENT_BY = /(?:보내는곳|보낸곳|보내는분|발송처|발송지|판매처|구매처|sender)[:：]?$/;
/**
 * The brand (or its channel, a word after it: "윙") as where the reader's goods move from to this page's market
 * ("쿠팡 윙 상품을 엑셀로 옮겨오세요", "쿠팡에서 상품 이전하기"; tight): another market speaks so to the brand's
 * sellers; the brand's own page never asks its sellers to take their goods elsewhere (page48)
 */
const MOVED_FROM =
  /^[가-힣a-z]{0,4}?(?:에서|으로부터|로부터|의)?(?:판매)?(?:상품|재고|리뷰|상세페이지|스토어|상점)[가-힣a-z0-9]{0,12}?(?:옮겨오|옮겨와|이전해오|이전해와|이전하기|이전하세요|가져오기|가져오세요|migrat|import)/;
/**
 * Before the brand's name: the site an identity check is done for, as the verifier's window names it ("요청 사이트:
 * 쿠팡(주)", "이용기관 쿠팡"; tight) — the verifier's page, the brand the party that asked (page48)
 */
// (… or "요청 서비스: 쿠팡", "이용기관: (주)쿠팡": the service that asked, the firm's mark before its name — page-r2-ax)
// (… or the label said as a clause, "요청하신 곳: 쿠팡페이", "신청한 사이트" — page59)
// (… or as the errand under way, "이용 중인 서비스: 쿠팡플렉스 회원가입", "이용하시는 사이트" — page-r3-bb)
const REQUESTED_BY =
  /(?:(?:요청|이용|의뢰|신청)(?:하신|한|중인|하시는|하는)?(?:곳|사이트|기관|업체|처|가맹점|서비스)|가맹점(?:명)?)(?:주|주식회사)?$|requested(?:by|site)$|requestingsite$/;
/**
 * On a verifier's window, a line: the label, the requester's own name, then the errand naming the brand in brackets,
 * "이용기관: 플렉스로지스 (쿠팡플렉스 대리점 기사 등록)" (page64)
 */
const REQUESTER_THEN =
  /(?:(?:요청|이용|의뢰|신청)(?:하신|한|중인|하시는|하는)?\s*(?:곳|사이트|기관|업체|처|가맹점|서비스)|가맹점(?:명)?)\s*[:：]\s*[^()（）\n:：]{2,24}[(（]([^()（）]{2,40})[)）]/;
/**
 * On a verifier's window, after the brand: its leak said not to touch the check, "쿠팡 개인정보 유출과 무관합니다",
 * "유출 사고와 관계가 없습니다" (tight): the leak is a party's event, not an alarm on the reader's account; the
 * alarm words are read only before it (page64)
 */
const LEAK_DENIED =
  /(?:고객|개인|회원)?(?:정보)?유출(?:사고|사태|사건)?(?:과|와|에|은|는|과는|와는|에는)?(?:무관|관계가없|관련이없|상관없|영향(?:이|을)?(?:없|받지않))/;
/**
 * After the brand, on a verifier's window: the site the window hands the reader or the result back to ("확인이 끝나면
 * 쿠팡 파트너스로 돌아갑니다", "결과는 쿠팡페이에만 제공됩니다"; tight), or as the one that asked, "쿠팡이츠에서 본인확인을
 * 요청했습니다", "Coupang is requesting identity verification" — the requester named without a label (page59)
 */
const HANDED_BACK =
  /^(?:[가-힣a-z]{0,6}?(?:으로|로)(?:다시)?(?:돌아가|돌아갑|복귀)|(?:으로|로)(?:다시)?이동)|^(?:에|에게)(?:만)?[가-힣]{0,10}?(?:제공|전달|전송)(?:됩|되|합|해)|^(?:주|주식회사)?(?:에서|이|가)?(?:본인확인|본인인증|전자서명|실명확인)(?:을|를)?요청(?:했|하였|합|한)|^(?:is|has)?request(?:ing|ed)(?:your)?(?:identity)?verification/;
/** Before the brand, on a verifier's window, in English: "Your result is sent back to Coupang only" (tight; page59) */
const HANDED_BACK_TO = /(?:sent|returned|goes)(?:back)?to$/;
/**
 * A check's purpose that is an alarm on the account (tight, after the brand): "회원정보 보호 조치", "계정 도용 차단" — the
 * brand's lure, where a site that asked names an errand the reader began ("회원정보 변경", "성인인증") (page-r2-ax)
 */
const ACCOUNT_ALARM = /조치|차단|정지|해제|도용|유출|피해|이상(?:거래|접속|로그인)|suspen|lock|block/;
/**
 * A title or main heading that is a verifier's own check by its short Latin name alone (tight): "T인증", "PASS 인증",
 * "U+ 인증" — a carrier's or a verifier's window, as "휴대폰 본인확인" is (page-r2-az)
 */
const VERIFIER_TITLE = /^[a-z][a-z+]{0,4}인증$/;
/** A title or main heading that is an identity check and nothing of the brand's (tight): "휴대폰 본인확인" */
const IDENTITY_CHECK =
  /본인확인|본인인증|실명인증|실명확인|휴대폰인증|identityverification|verifyyouridentity/;
/** The brand as the market others sell on ("쿠팡 마켓플레이스에 등록하고 운영 대행", "쿠팡 입점 대행"; tight) */
const SOLD_ON =
  /^(?:마켓플레이스|오픈마켓)?(?:에)?(?:입점대행|입점지원|상품등록대행|등록하고운영|운영대행|판매대행)/;

/** Windows' Run box by its keys ("Win + R", "Windows 키 + R") or its name */
// (… or a Mac's Terminal, opened from Spotlight: "⌘ + Space → 터미널")
const RUN_DIALOG =
  /(?:windows|win|윈도우|⊞)\s*(?:로고\s*)?(?:키|key)?\s*\+\s*r(?![a-z])|실행\s*창|run\s+(?:dialog|box)|터미널|terminal/i;
/** A command that fetches a program and runs it, as a ClickFix kit copies (in the page's script) */
// (… or a blob the shell decodes first, `echo … | base64 -d`: no install line hides what it fetches)
// (… or a shell handed what curl fetched, `/bin/zsh -c "$(curl -fsSL …)"`, `curl … | /bin/zsh`)
const FETCH_AND_RUN =
  /\|\s*(?:\/[\w/]*\/)?base64\s+(?:-d|-D|--decode)\b|\b(?:ba|z)?sh\s+-c\s+\\?["']?\$\(\s*curl\b|\bcurl(?:\.exe)?\s[^'"`|]{0,120}\|\s*(?:\/[\w/]*\/)?(?:ba|z)?sh\b|\bmshta(?:\.exe)?\s+["']?(?:https?:|\/\/|\\\\)|\b(?:iwr|irm|invoke-webrequest|invoke-restmethod)\b[^'"`]{0,200}\|\s*(?:iex|invoke-expression)\b|\bcurl(?:\.exe)?\s[^'"`|]{0,120}\|\s*(?:cmd|powershell|sh|bash)\b|\bcertutil(?:\.exe)?\s[^'"`]{0,40}-urlcache|\bbitsadmin\b[^'"`]{0,40}\/transfer|\b(?:regsvr32|rundll32)(?:\.exe)?\s[^'"`]{0,80}https?:|\bfinger(?:\.exe)?\s+\S+@\S+\s*\|\s*(?:cmd|powershell)\b|\b(?:iex|invoke-expression)\s*\(\s*(?:iwr|irm|invoke-webrequest|invoke-restmethod|\(?\s*new-object\s+net\.webclient)/i;

/**
 * A security step the reader must take to get in (light): "보안 인증서 설치가 필요합니다", "접속을 위해 보안 인증",
 * "security certificate required" — said of a command pasted into the Run box, the frame a ClickFix kit wears
 */
const SECURITY_GATE =
  /(?:보안|인증서|보안\s*모듈|보안\s*인증서)\s*(?:설치|인증|갱신|업데이트)\s*(?:이|가)?\s*필요|(?:접속|열람|이용|확인)(?:을|를)?\s*위해\s*(?:보안|인증서)|security\s+(?:certificate|check|verification)\s+(?:is\s)?\s*required/i;

/** A text message quoted as the box's example (tight): its header, or its code written as a mask */
const SMS_PASTE = /web발신|문자|sms|textmessage|x{4,}|\*{4,}|[0-9]{4,8}/;

/** Others named with the brand as never asking (tight): a bank, the police, the government, a card company */
const NEVER_ASKERS =
  /^(?:와|과|및|이나|나|and|or)?(?:은행|경찰|검찰|금감원|금융감독원|정부|공공기관|카드사|통신사|택배사|banks?|police|government|prosecutors?|thepolice|yourbank)/;

/** What follows the brand's account when it is not the one asked for ("…계정이 아닌", "…계정과는 별도") (tight) */
const NOT_THIS_ACCOUNT = /^(?:이|가)?(?:아닌|아닙니다|아니라|아니에요)|^(?:과|와)(?:는)?(?:별도|별개|무관)/;
/**
 * The brand's login named, then refused in the same clause (tight): "쿠팡 계정 정보는 받지 않습니다", "쿠팡 비밀번호는
 * 절대 요구하지 않습니다" — a negated ask is no ask (page47). A box asking it after ("… 입력하세요") is read as before.
 */
// (… or named as what a tool will not type in for the reader, "쿠팡 비밀번호를 자동 입력하지 않아": a password manager's
// advice — page61; "입력하지 않으면 …" is a kit's threat and is read as before)
const REFUSED_AFTER =
  /^(?:정보|번호)?(?:은|는|을|를|도)?(?:절대|일절|전혀|자동(?:으로)?)?(?:(?:요구|요청|묻|여쭙|수집|저장|보관|받)(?:하|드리)?지(?:않|말)|(?:입력|채우)(?:하|되)?지않(?!으면|는다면|을경우|을시|으시면))/;

/**
 * What follows the brand's login named as living only at the brand's own address (tight): "a real Coupang login is
 * only on coupang.com", "쿠팡 로그인은 coupang.com에서만" — a warning's advice on where to sign in, no ask (page56).
 * "Enter your Coupang password to continue on coupang.com" says no "only" and is read as before.
 */
function onlyAtHome(ctx: Ctx, after: string): boolean {
  return ctx.brand.homeHosts.some((h) => {
    const at = after.indexOf(tight(h));
    return (
      at >= 0 &&
      (/(?:only|오직|반드시)(?:ever)?(?:on|at|in|via|through)?(?:www)?$/.test(after.slice(0, at)) ||
        /^(?:에서만|으로만|뿐|only)/.test(after.slice(at + tight(h).length)))
    );
  });
}

/**
 * The brand's login changed as a step the reader has done before the one the sentence asks (tight): "쿠팡 비밀번호를
 * 바꾼 뒤에는 저장된 항목도 업데이트하세요", "after changing your Coupang password, update the saved entry" — a
 * password manager's or a warning's advice; the change is made at the brand (page56). "쿠팡 비밀번호를 변경하려면
 * 현재 비밀번호를 입력하세요" asks it and is read as before.
 */
const CHANGED_THEN = /^(?:을|를)?(?:바꾼|바꾸신|변경한|변경하신|재설정한|재설정하신)(?:뒤|후|다음|이후)/;
const AFTER_CHANGING = /(?:afterchanging|afteryou(?:have|'ve)?changed?|onceyou(?:have|'ve)?changed?)your$/;

/** `name` occurs in `text` at least once on its own, not only in a list of shops. */
function namedAlone(text: string, name: string, brand: BrandProfile): boolean {
  if (!name) return false;
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    const end = serviceEnd(text, at, at + name.length, brand.services);
    // (the one a price or a speed is measured against, "로켓직구보다 느린가요", is not the page's own service;
    // "로켓배송처럼 내일 도착" still counts)
    if (
      !amongShops(text, ownerStart(text, at, brand.names), end, false) &&
      !MEASURED_AGAINST.test(text.slice(end, end + 9)) &&
      // (… nor the one the reader is moving away from: "쿠팡플레이에서 옮겨오시는 분께 첫 달 50% 할인")
      !SWITCHED_FROM.test(text.slice(end, end + 9)) &&
      // (… nor another job the reader may keep: "쿠팡이츠와 함께 하셔도 됩니다")
      !OTHER_JOB.test(text.slice(end, end + 40))
    )
      return true;
  }
  return false;
}

/** Where a service's name starts once the brand's name just before it is read with it ("우체국, 쿠팡 로켓배송"). */
function ownerStart(text: string, at: number, names: readonly string[]): number {
  for (const n of names) if (n.length > 1 && text.endsWith(n, at)) return at - n.length;
  return at;
}

/**
 * Where a brand name found at [start, end) ends once the brand's own service names are read with it: "쿠팡이츠"
 * (a service that starts with the name) and "쿠팡 로켓직구" (one that follows it). A list of shops starts after
 * them ("쿠팡이츠·배민 라이더", "쿠팡 로켓직구, 알리익스프레스").
 */
function serviceEnd(text: string, start: number, end: number, services: readonly string[]): number {
  for (let i = 0; i < 3; i++) {
    const s = services.find(
      (w) =>
        w.length > 0 && (text.startsWith(w, end) || (text.startsWith(w, start) && start + w.length > end)),
    );
    if (!s) break;
    end = text.startsWith(s, end) ? end + s.length : start + s.length;
  }
  return end;
}

/**
 * `text` (the page's lines joined) when it is at most `max` characters long, else its first `head` and its last
 * `tail` characters joined by a space.
 */
function headAndTail(text: string, max: number, head: number, tail: number): string {
  return text.length <= max ? text : `${text.slice(0, head)} ${text.slice(-tail)}`;
}

/** every discussion word (made once, not per scan) */
const DISCUSSION_ALL = new RegExp(DISCUSSION.source, 'g');

function scoreIdentity(ctx: Ctx): void {
  const { facts, brand } = ctx;
  const has = (t: string) => ctx.brandRe.test(t);
  const base = ctx.page?.href;

  // Obfuscation: the brand appears only after undoing look-alike / invisible characters or digit-for-letter
  // swaps ("Сoupаng" in Cyrillic, "쿠\u200b팡", "C0UPANG"). Full-width letters are folded by NFKC and not
  // counted: some Korean pages use them for style.
  const literal = (t: string) => brand.names.some((n) => t.includes(n));
  // (… a name hidden once is hidden though the sentence also writes another of the brand's names plainly: "쿠\u200b팡
  // 와우회원" — page42, tune-al's al060)
  const names = (t: string) => t.match(ctx.brandAll)?.length ?? 0;
  // (… or letters typed one by one, "ㅋ ㅜ ㅍ ㅏ ㅇ": tight() joins them into the name — page50)
  // (… or letters set apart one by one with a mark between, "C-o-u-p-a-n-g", "쿠·팡": no word is written so — page-r2-aw)
  const spelled = (raw: string): boolean =>
    raw.includes('-') || /[·•*_~|/]/.test(raw)
      ? [...raw.matchAll(SPELLED_OUT)].some((m) => has(tight(m[0])))
      : false;
  const obfuscated = (raw: string): boolean =>
    ((SUSPECT_CHARS.test(raw) ||
      /[a-z][0-9]|[0-9][a-z]|[ㄱ-ㅎ][^ㄱ-ㅎ]{0,2}[ㅏ-ㅣ]|[ㄱ-ㅎ][아-잏]/i.test(raw)) &&
      has(tight(raw)) &&
      (!literal(plainTight(raw)) || names(tight(raw)) > names(plainTight(raw)))) ||
    spelled(raw);
  const checkObfuscated = (raw: string) => {
    if (raw && obfuscated(raw)) add(ctx, 'brand-obfuscated', 2, raw);
  };
  // `small`: said only in small print (a copyright or company line, a title segment written once)
  // (`seen`: the name was already judged apart from the text it came in — a title segment, not the whole title,
  // whose other words may abbreviate the brand as a ticker does: "쿠팡(CPNG) … | 한울투자증권")
  // (`meta`: said only in metadata the reader never sees, og:site_name: no name the page shows as its own)
  const other = (weight: number, raw: string, t: string, small = false, seen = false, meta = false) => {
    // A name we cannot read is not evidence of innocence: a spelling of the brand we do not know yet
    // ("COUPΛNG", "쿠ㆍ팡"), or an authority's name on a host that is not the authority's, never counts against.
    if ((!seen && resemblesBrand(ctx, raw, t)) || posesAsAuthority(ctx, t)) return;
    // (… nor a file's or a variable's name a picture was left with, "logo_cp", "main_bi.png": nobody's name)
    if (/^\s*[\w-]*_[\w-]*(?:\.[a-z]{3,4})?\s*$|^\s*[\w-]+\.(?:png|jpe?g|gif|svg|webp)\s*$/i.test(raw))
      return;
    add(ctx, 'context-other-site', weight, raw);
    ctx.foreignNames.add(t);
    if (!small && !meta && weight <= -2) ctx.ownShown = true;
  };

  // 1. Site-name metadata names the brand, or names another site (then the page is that site).
  // (a site name the page also shows, at its top, in its header or its first lines, is the name it wears where the
  // reader looks: "민지의 하루" as a blog's og:site_name and its header — no costume)
  const shownNames = tight(
    `${facts.title} ${facts.topText.join(' ')} ${facts.headerText.slice(0, 20).join(' ')} ${facts.prose.slice(0, 8).join(' ')}`,
  );
  // (… or the WebSite its structured data says the page belongs to, `{"@type":"WebSite","name":"쿠팡"}`: the site's
  // name for search engines, as og:site_name is for link previews — page54)
  const ldSite = /\{[^{}]*"@type"\s*:\s*"WebSite"[^{}]*\}/.exec(facts.jsonLd.slice(0, 20_000))?.[0] ?? '';
  const ldName = /"name"\s*:\s*"([^"]{1,60})"/.exec(ldSite)?.[1];
  for (const key of [
    'og:site_name',
    'application-name',
    'apple-mobile-web-app-title',
    'twitter:site',
    'ld',
  ]) {
    const v = key === 'ld' ? ldName : facts.meta.get(key);
    if (!v) continue;
    const t = tight(v);
    // (the structured data's name only when it is the brand's alone: "쿠팡", not "쿠팡 최저가 알리미")
    if (key === 'ld' ? dominant(ctx, t) : has(t)) add(ctx, 'brand-meta', 3, v);
    else if (key !== 'ld' && otherName(ctx, t)) {
      const shown = t.length >= 2 && shownNames.includes(t);
      other(-3, v, t, false, false, !shown);
      if (shown) ctx.siteNameShown = true;
    }
    checkObfuscated(v);
  }

  // 2. Logos and images. A logo claims identity when it sits where a logo sits (site header, logo
  //    container, heading, top of the page before any heading or form) and names the brand as its subject:
  //    alt "쿠팡" / "Coupang 로고", an unnamed "coupang_logo.png", a logo hot-linked from the brand's CDN.
  const shops = new Set<string>();
  let fans = '';
  const noteShops = (t: string) => {
    for (const s of OTHER_SHOPS) if (t.includes(s)) shops.add(s);
  };
  let cdnOther = 0;
  let logoClaim: { code: PageReasonCode; evidence: string } | null = null;
  const altTexts: string[] = [];
  for (const img of facts.images) {
    altTexts.push(img.text);
    const hit = imageClaim(ctx, img);
    if (!hit) {
      // not where a logo sits: only "is it hot-linked from the brand's CDN?" matters
      if (brand.cdnHosts.some((h) => img.src.includes(h))) cdnOther++;
      continue;
    }
    if (hit.cdn && !hit.logo) cdnOther++;
    if (hit.logo && !logoClaim) {
      logoClaim = { code: hit.cdn ? 'brand-cdn-asset' : 'brand-logo', evidence: hit.evidence };
      // (only a picture no other place makes a logo: a top-of-page mark is the page's face anyway)
      ctx.formFace =
        !!img.headsForm && !(img.flags & (HEADER | HEADING | TOP | FORM | LOGO)) && !LOGO_CI.test(img.ci);
    }
    if (!hit.brand && hit.logoish && otherName(ctx, hit.textT)) other(-2, img.text, hit.textT);
    checkObfuscated(img.text);
  }
  noteShops(tight(altTexts.join(' ')));
  // Styled-text logos: <div class="logo">coupang</div>; a text mark at the very top of the page.
  // (a piece of the brand's name spelt across elements, "<span>c</span><span>ou</span>…", is no name of its own)
  const marks = facts.logoText.slice(0, 20).map(tight);
  for (const t of facts.logoText.slice(0, 20)) {
    const tt = tight(t);
    if (marks.some((m) => m.length > tt.length && m.includes(tt) && dominant(ctx, m))) continue;
    if (dominant(ctx, tt)) {
      if (!logoClaim) logoClaim = { code: 'brand-logo', evidence: t };
      checkObfuscated(t);
    } else if (followersName(ctx, tt) || (otherName(ctx, tt) && FOLLOWERS.test(remainder(ctx, tt))))
      fans ||= t;
    else if (otherName(ctx, tt) && tt.length <= 20) other(-2, t, tt);
  }
  // Text drawn by CSS (content:"\\CFE0\\D321" on a logo's ::before): no honest page writes its name that way.
  // (one letter per pseudo-element: ".b::before{content:'\\cfe0'} .b::after{content:'\\d321'}", or a word
  // spelt a letter per element: ".c0::before{content:'c'} .c1::before{content:'o'} …" read as one run)
  const css = facts.cssText;
  // (… or a few letters per element: "Co", "up", "ang" on three ::before)
  const run = css.map((t) => (t.trim().length <= 3 ? t.trim() : '\n')).join('');
  for (const t of [...css, ...css.slice(1).map((t, i) => css[i]! + t), ...run.split('\n')]) {
    const tt = tight(t);
    if (!has(tt)) continue;
    if (!logoClaim && (dominant(ctx, tt) || divisionName(ctx, tt)))
      logoClaim = { code: 'brand-logo', evidence: t };
    add(ctx, 'brand-obfuscated', 2, t);
  }
  // A mark painted on a <canvas> one character code at a time ([99,111,117,…] → "coupang"): the codes in the
  // script, in order, read as letters. No honest page spells its name in numbers to paint it.
  if (/fillText|strokeText/.test(facts.inlineScript)) {
    let painted = '';
    for (const m of facts.inlineScript.matchAll(/\b(?:0x[0-9a-f]{2,4}|\d{2,5})\b/gi)) {
      const n = Number(m[0]);
      if ((n >= 65 && n <= 122) || (n >= 0xac00 && n <= 0xd7a3)) painted += String.fromCharCode(n);
      if (painted.length > 400) break;
    }
    // (… or as one-letter strings joined: ['C','o','u','p','a','n','g'].join(''))
    let letters = '';
    for (const m of facts.inlineScript.matchAll(/(['"])([a-zA-Z가-힣])\1/g)) {
      letters += m[2];
      if (letters.length > 400) break;
    }
    const hit = ctx.brandRe.exec(tight(painted)) ?? ctx.brandRe.exec(tight(letters));
    if (hit) {
      if (!logoClaim) logoClaim = { code: 'brand-logo', evidence: `canvas: ${hit[0]}` };
      add(ctx, 'brand-obfuscated', 2, `canvas: ${hit[0]}`);
    }
    // … or from a string, escaped or not (fillText('\uCFE0\uD321', …)): the brand and nothing else painted is
    // a mark; a longer label ("쿠팡 CPNG 주가" on a chart) is not
    // (… "Coupang Flex 파트너" under a drawn icon is the service's mark too: a name with its service and one word)
    for (const m of facts.inlineScript.matchAll(PAINTED_STRING)) {
      const t = tight(unescapeJs(m[2]!));
      const mark =
        t.length <= 8 || (t.length <= 16 && ctx.brandRe.exec(t)?.index === 0 && !CHART_LABEL.test(t));
      if (!logoClaim && dominant(ctx, t) && mark) {
        logoClaim = { code: 'brand-logo', evidence: `canvas: ${t}` };
        break;
      }
    }
    // … or from pieces the call joins (fillText(['co','up','ang'].join(''), …)): hidden from a reader as the codes are
    // (page-r2-ax)
    for (const m of facts.inlineScript.matchAll(PAINTED_JOIN)) {
      const t = tight([...m[1]!.matchAll(/(['"])([^'"\\\n]{1,8})\1/g)].map((x) => x[2]).join(''));
      if (dominant(ctx, t) && t.length <= 8) {
        logoClaim ??= { code: 'brand-logo', evidence: `canvas: ${t}` };
        add(ctx, 'brand-obfuscated', 2, `canvas: ${t}`);
        break;
      }
    }
    // … or from base64 (fillText(atob('Y291cGFuZw=='), …)): the name painted and hidden from a reader of the script
    for (const m of facts.inlineScript.matchAll(PAINTED_BASE64)) {
      const t = tight(utf8Base64(m[2]!, true)); // '' when it is not base64
      if (t && dominant(ctx, t) && t.length <= 8) {
        logoClaim ??= { code: 'brand-logo', evidence: `canvas: ${t}` };
        add(ctx, 'brand-obfuscated', 2, `canvas: ${t}`);
        break;
      }
    }
  }
  // … or written as text by a script from an array of one- or two-letter pieces it joins (`['\uCFE0','\uD321']
  // .join('')`): the name alone, kept from a reader of the markup on purpose, is the page's mark, as the canvas's is
  // (page-r2-ay; from base64, below). A page writes its own name as text.
  if (/\.join\(\s*(['"])\1\s*\)/.test(facts.inlineScript)) {
    const t = [...facts.inlineScript.matchAll(PIECES)]
      .map((m) =>
        tight(
          [...m[1]!.matchAll(/(['"])((?:\\u[0-9a-f]{4}|[^'"\\\n]){1,2})\1/gi)]
            .map((x) => unescapeJs(x[2]!))
            .join(''),
        ),
      )
      .find((w) => w.length <= 8 && dominant(ctx, w));
    if (t) {
      logoClaim ??= { code: 'brand-logo', evidence: `script: ${t}` };
      add(ctx, 'brand-obfuscated', 2, `script: ${t}`);
    }
  }
  // Text a script types in from character codes ([99,111,117,…] or [53216,54049,…] fed to fromCharCode): the
  // brand's name spelt in numbers is hidden on purpose; its name alone so spelt is the page's mark.
  const coded = /fromCharCode/.test(facts.inlineScript) ? codedTexts(facts.inlineScript) : [];
  {
    for (const t of coded) {
      const tt = tight(t);
      if (!ctx.brandRe.test(tt)) continue;
      add(ctx, 'brand-obfuscated', 2, `char codes: ${t.slice(0, 40)}`);
      if (!logoClaim && dominant(ctx, tt) && tt.length <= 14)
        logoClaim = { code: 'brand-logo', evidence: `char codes: ${t}` };
      break;
    }
  }
  // … or from base64 written into an element (el.textContent = atob('Q09VUEFORw==')): the same name hidden the same
  // way (page-r2-az, page-r2-ay)
  if (/atob/.test(facts.inlineScript))
    for (const m of facts.inlineScript.matchAll(WRITTEN_BASE64)) {
      const t = tight(utf8Base64(m[2]!, true));
      if (!ctx.brandRe.test(t)) continue;
      add(ctx, 'brand-obfuscated', 2, `base64: ${t.slice(0, 40)}`);
      if (!logoClaim && dominant(ctx, t) && t.length <= 14)
        logoClaim = { code: 'brand-logo', evidence: `base64: ${t}` };
      break;
    }
  // A mark drawn in the brand's colours (an SVG wordmark with no text, a data: SVG), where a logo sits.
  if (!logoClaim && brand.markColors.length) {
    for (const img of facts.images) {
      if (!img.colors || img.flags & (ARTICLE | QUOTE | COMMENT | ASIDE)) continue;
      if (!(img.flags & (HEADER | HEADING | FOOTER | TOP | FORM | LOGO))) continue;
      // (four of them are enough where the mark spells one of the brand's service words: "flex", "eats" drawn
      // letter by letter in its first four colours)
      const service = SERVICE_MARK.test(tight(img.text));
      // (… or drawn in nothing but the mark's colours, four of them at least though not its first: a kit's redraw of
      // the wordmark letter by letter in the palette — page53)
      if (
        markColorsMatch(img.colors, brand.markColors, service ? 4 : 5) ||
        onlyMarkColors(img.colors, brand.markColors) ||
        (service && serviceLetters(img.text, img.colors, brand.markColors))
      ) {
        logoClaim = { code: 'brand-logo', evidence: `mark in ${brand.id}'s colours` };
        break;
      }
    }
  }
  // … or painted on a canvas by the page's own script, the brand's name letter by letter in the mark's colours
  // ("'coupang'.split('').forEach(… x.fillStyle=cs[i]; x.fillText(ch, …))"): the wordmark, wherever the canvas sits
  if (!logoClaim && brand.markColors.length && /fillText|strokeText/.test(facts.inlineScript)) {
    const script = facts.inlineScript.slice(0, 50_000);
    const colors = (script.match(/#[0-9a-f]{6}\b/gi) ?? []).slice(0, 40).join(' ').toLowerCase();
    const names = [
      ...paintedTexts(facts),
      ...[...script.matchAll(/(['"])([^'"\\\n]{2,20})\1\s*\.split\(\s*(['"])\3\s*\)/g)].map((m) => m[2]!),
      // (… or a string whose letters the script paints one by one, "var s='coupang'; … x.fillText(s[i], …)" —
      // page-r2-au)
      ...[...script.matchAll(/(?:fill|stroke)Text\(\s*([\w$]{1,20})\[/g)].flatMap(
        (m) =>
          new RegExp(`\\b${m[1]!.replace(/\$/g, '\\$')}\\s*=\\s*(['"])([^'"\\\\\\n]{2,20})\\1`).exec(
            script,
          )?.[2] ?? [],
      ),
    ];
    const painted = names.find((t) => dominant(ctx, tight(t)));
    // (four of them, the first among them: the letters themselves spell the name)
    if (painted && colors && markColorsMatch(colors, brand.markColors, 4))
      logoClaim = { code: 'brand-logo', evidence: `painted in ${brand.id}'s colours: ${painted}` };
  }
  if (!logoClaim) logoClaim = pixelLogo(ctx);
  // A text mark at the very top: the top pieces together ("쿠팡 고객센터"), or the first piece alone when it is
  // the brand and nothing else ("<b>쿠팡</b> 고객센터 원격지원").
  const topText = facts.topText.join(' ');
  // one letter per element ("c","o","u","p","a","n","g" in coloured spans): the letters joined are the mark
  let letters = '';
  for (const t of facts.topText) {
    if (t.length > 2) {
      if (letters.length >= 4) break;
      letters = '';
    } else letters += t;
  }
  // … with the piece after it when the letters alone are not the whole name ("W","i","ng" + "판매자센터")
  const afterLetters = facts.topText[facts.topText.indexOf(letters.slice(-2)) + 1] ?? '';
  const firstTop = letters.length >= 4 ? letters : (facts.topText[0] ?? '');
  const topMark = [
    topText,
    firstTop,
    letters.length >= 4 ? `${letters} ${afterLetters}` : '',
    // the first pieces together: a name split by elements ("С","О","UPANG" + "고객 피해 확인 센터"; "쿠","\u200b","팡")
    ...prefixes(ctx, facts.topText),
    // (not a feed card's source line, "쿠팡 · 로켓배송 · 2분 전": where an item was seen and when — page-r2-au)
  ].find((t) => t && has(tight(t)) && dominant(ctx, tight(t)) && !AGO.test(tight(t)));
  // a wordmark drawn one letter per element anywhere on the page (not only at the top): the letters joined
  // are the brand and nothing else
  const drawn = facts.letterRuns.find((r) => dominant(ctx, tight(r)));
  if (drawn && !logoClaim) logoClaim = { code: 'brand-logo', evidence: drawn };
  // a name whose letters show only once the letters a stylesheet class hides are taken out of it
  // ("c<i class=jk>x</i>o<i class=jk>q</i>u…": the reader sees "coupang", a text reader "cxoqu…"): hidden on
  // purpose, and at the top of the page it is the page's mark
  const unveiled = facts.unveiled.find((u) => has(tight(u.seen)) && !has(tight(u.all)));
  if (unveiled) {
    // (a box that shows the name and nothing else, made so by hiding the rest, is a wordmark wherever it sits)
    const seenT = tight(unveiled.seen);
    if (!logoClaim && (unveiled.top ? dominant(ctx, seenT) : seenT.replace(ctx.brandAll, '').length <= 1))
      logoClaim = { code: 'brand-logo', evidence: unveiled.seen };
    add(ctx, 'brand-obfuscated', 2, unveiled.seen);
  }
  if (topMark) {
    if (!logoClaim) logoClaim = { code: 'brand-logo', evidence: topMark };
    checkObfuscated(topMark);
  }
  noteShops(
    tight(
      facts.links
        .slice(0, 300)
        .map((l) => l.text)
        .join(' '),
    ),
  );
  // a choice of ways to pay in which the brand's pay is one option beside others ("신용카드 · 쿠페이 · 네이버페이 ·
  // 카카오페이"): a payment service's window for some shop, not the brand's own (the brand's checkout offers no
  // other company's pay)
  {
    const options = facts.actionText.slice(0, 60).flatMap((t) => (t.length <= 12 ? [tight(t)] : []));
    const others = options.filter((o) => OTHER_SHOPS.some((s) => o.includes(s)));
    if (
      others.length >= 2 &&
      options.some((o) => ctx.brandRe.test(o) && o.replace(ctx.brandAll, '').length <= 2)
    )
      for (const o of others) noteShops(o);
  }
  // a heading that lists shops side by side ("쿠팡·스마트스토어·11번가 주문을 한 화면에서")
  for (const h of facts.headings.slice(0, 20)) if (ctx.brandRe.test(tight(h.text))) noteShops(tight(h.text));
  // Two or more other shops/couriers beside the brand: a list or comparison, so the brand's logo there is
  // one of many and names nobody's identity — and so is a rival's page that names the brand as what it replaces.
  const comparison = shops.size >= 2 || rivalPage(ctx);
  if (comparison)
    add(ctx, 'context-comparison', -1, shops.size ? [...shops].slice(0, 4).join(', ') : facts.title);
  if (logoClaim) add(ctx, logoClaim.code, comparison ? 0.5 : 3, logoClaim.evidence);

  const named = new Set(ctx.foreignNames);
  // 3. Footer / copyright: "© Coupang Corp.", "상호명: 쿠팡(주)", business number 120-88-00767 — or a
  //    copyright line naming another owner ("저작권자 © 한빛일보").
  const footer = new Set(facts.footerText.slice(0, 200));
  const ownerOf = (raw: string) =>
    tightFromLight(
      raw.replace(
        /©|\(c\)|copyright|(?:all )?rights reserved|저작권자?|무단\s*전재|재배포|금지|및|\d+/g,
        ' ',
      ),
    );
  const copiedFooter =
    !!brand.footerMarks[0] && [...footer].some((t) => tight(t).includes(brand.footerMarks[0]!));
  for (const t of [...footer, ...facts.prose.slice(-40)]) {
    const raw = light(t);
    const tt = tightFromLight(raw);
    const marked =
      COPYRIGHT_MARK.test(raw) ||
      /ⓒ/.test(t) ||
      BUSINESS_NUMBER.test(raw) ||
      ((raw.match(COMPANY_INFO)?.length ?? 0) >= 2 && COMPANY_INFO_VALUE.test(raw)) ||
      // (… or a line that is a company and its street address, "쿠팡(주) 서울시 송파구 송파대로 570": the company
      // line a page signs with, in a footer element or not)
      // (… "Coupang Corp. 서울시 송파구 …" too, or as the last piece of a sender's line, "발신전용 … · Coupang Corp. 서울시
      // …": the line a mail signs with — page-r2-aw)
      raw.split(/\s[·•|｜]\s/).some((piece) => COMPANY_ADDRESS.test(piece));
    const inFooter = footer.has(t);
    // The owner is who the © names, not every name in the line ("가격지기는 쿠팡과 … 독립 서비스입니다. © 가격지기").
    // The brand's own registration number anywhere in it is copied: the line is the brand's, whatever it says.
    // (… or the name its company line files under: "상호 모다룸 · 통신판매업 … · 쿠팡·네이버에서도 판매 중" is 모다룸's line)
    const owner =
      /(?:©|ⓒ|\(c\)|copyright)((?:[^.|]|\.(?=\S)){0,40})/i.exec(t)?.[1] ??
      // (the value after the label's colon: "상호명 및 호스팅 서비스 제공 : 쿠팡(주)" files under 쿠팡)
      // (… "상호명·호스팅 서비스 제공 : 쿠팡(주)": words of the label, no other label's, before the colon)
      /상호\s*명?(?:(?!통신|사업자|대표|주소|전화|등록)[^:：•|｜\d]){0,20}[:：]\s*([^·•|｜,:：(（[]{1,30})/.exec(
        t,
      )?.[1] ??
      /상호\s*명?\s*([^·•|｜,:：(（[]{1,30})/.exec(t)?.[1];
    const copied = !!brand.footerMarks[0] && tt.includes(brand.footerMarks[0]);
    if (has(tt) && (copied || owner === undefined || has(tight(owner)))) {
      if (
        (marked || (inFooter && (brand.footerMarks.some((m) => tt.includes(m)) || COMPANY_MARK.test(raw)))) &&
        (copied || !NOT_AFFILIATED.test(tt))
      )
        add(ctx, 'brand-copyright', 3, t);
      checkObfuscated(t);
    } else if (copied && inFooter && (raw.match(COMPANY_INFO)?.length ?? 0) >= 1) {
      // the brand's company line, its name written so that no reader sees it ("<span>쿠</span><i></i>
      // <span>팡</span>(주) | … | 사업자등록번호 : 120-88-00767"): copied, whatever it says
      add(ctx, 'brand-copyright', 3, t);
    } else if (
      // (a footer with the brand's own registration number is the brand's, its name written so no reader sees
      // it — "<span>쿠</span><i></i><span>팡</span>(주) | … | 사업자등록번호 120-88-00767" — and its © line an
      // initialism: "© CP Corp.")
      !copiedFooter &&
      ((marked && (inFooter || owner !== undefined)) || (inFooter && COMPANY_MARK.test(raw)))
    ) {
      const rest = ownerOf(has(tt) ? owner! : raw.replace(COMPANY_LABELS, ' '));
      // (… or, where the line names a body by a word an authority's name has too, "셀러데이 조직위원회 · (주)이커머스미디어",
      // the firm its company mark names: no authority files as a company — page61)
      const firm = has(tt) ? null : (FIRM_BY_MARK.exec(raw) ?? FIRM_BEFORE_MARK.exec(raw));
      const filed = firm ? tightFromLight(firm[1]!) : '';
      if (otherName(ctx, rest) && !posesAsAuthority(ctx, rest)) other(-2, t, rest.slice(0, 20), true);
      else if (otherName(ctx, filed) && !posesAsAuthority(ctx, filed) && !lureWords(filed))
        other(-2, t, filed.slice(0, 20), true);
    }
  }

  // (names said only in a company line of the footer: fine print, below)
  const fine = [...ctx.foreignNames].filter((n) => !named.has(n));
  // 4. <title> and og:title: a segment that IS the brand ("쿠팡!", "로그인 - Coupang") claims identity; a
  //    headline containing it ("쿠팡 개인정보 유출 사태…"), or a title whose other segment names the page's own
  //    site ("쿠팡 - 위키백과", "… | 한빛일보"), only mentions it.
  // The title's site segment ("쿠팡 캐시백 - 캐시백코리아", "채널 연동 - 쿠팡 | 셀러허브"): a name of its own at
  // the end. It counts against the brand (a little) only when the page names that site elsewhere too: in its
  // header, top, footer or host. One name written once is what a kit can add for free.
  const titleSegs = light(facts.title).split(TITLE_SPLIT).map(tightFromLight).filter(Boolean);
  // The page's own name, said consistently: the title's first or last segment is a name (not the brand, not
  // generic words) and the page's header, top, logo, footer or host says it again ("결제 | 새벽장보기" with
  // "새벽장보기" atop the page). Then the brand in its sentences is someone else's name: a checkout that offers
  // 로켓프레시-style delivery, a notice that mentions the breach. Only when the page puts the brand in none of
  // its own slots (logo, site name, copyright): a page that claims both owners is not consistent, and a kit
  // that adds a name of its own under the brand's logo gains nothing.
  const brandSlot = () =>
    ctx.reasons.some((r) => /brand-(?:meta|logo|cdn-asset|copyright)/.test(r.code) && r.weight >= 2);
  const mainHeading = mainHeadingOf(facts);
  // (a page that speaks in the brand's voice, "쿠팡 고객님, …", names no one else by repeating a name in its title
  // and heading: a kit writes both, so neither is a second place the page shows its owner)
  let voice: boolean | undefined;
  const brandVoice = () => (voice ??= BODY_CLAIMS.test(tight(facts.prose.slice(0, 60).join(' '))));
  // … also a title of one piece that names a firm ("하늘은행 챗봇") and that a piece atop the page, in its header
  // or logo opens with (a title of one piece is mostly what the page does: "환불 계좌 등록", "AI 상담")
  if (titleSegs.length && !titleSegs.some(has) && !brandSlot()) {
    // pieces that name the brand too ("Coupang 고객지원 파트너") attribute the name to the brand: not counted
    const pieces = [
      ...facts.headerText.slice(0, 50),
      ...facts.topText,
      ...facts.logoText.slice(0, 20),
      ...facts.footerText.slice(0, 50),
    ]
      .map(tight)
      .filter((t) => !has(t));
    const elsewhere = pieces.join(' ');
    const host = ctx.page?.hostname ?? '';
    for (const seg of new Set([titleSegs[titleSegs.length - 1]!, titleSegs[0]!])) {
      if (seg.length < 2 || seg.length > 20 || !otherName(ctx, seg) || DESK_ONLY.test(seg)) continue;
      if (resemblesBrand(ctx, seg, seg) || posesAsAuthority(ctx, seg)) continue;
      // (… said with the market it serves after it, "STYLENANDA 台灣" over a footer's "STYLENANDA Taiwan" on
      // tw.stylenanda.example: a shop's page translated for a country is still the shop's — page61)
      const stem = seg.replace(MARKET_TAIL, '');
      const own = stem.length >= 3 && stem !== seg ? [seg, stem] : [seg];
      if (
        titleSegs.length < 2
          ? FIRM.test(seg) && pieces.some((p) => p.startsWith(seg))
          : own.some((n) => elsewhere.includes(n) || (/^[a-z0-9]{3,}$/.test(n) && host.includes(n))) ||
            // (… or where the main heading starts, "누리몰 - 로그인" over "누리몰 로그인", when the name is no
            // lure's words: a kit's "본인확인 - 로그인" over "본인확인" names no one)
            (!!mainHeading &&
              tight(mainHeading.text).startsWith(seg) &&
              !NOT_A_NAME.test(seg) &&
              !lureWords(seg) &&
              !brandVoice())
      ) {
        other(-2, facts.title, seg);
        break;
      }
    }
  }
  if (titleSegs.length > 1 && titleSegs.some(has)) {
    // the site's name sits at the end ("page - site"); when the brand is there, the brand is the site
    for (const seg of [titleSegs[titleSegs.length - 1]!]) {
      // (… a name of common words, "포인트몰", counts when the page's company line files under it, "(주)포인트몰
      // · 사업자 214-…": the name it signs with, as page48's first segment — page50)
      if (has(seg) || seg.length < 2 || seg.length > 20) continue;
      const elsewhere = tight(
        [...facts.headerText.slice(0, 50), ...facts.topText, ...facts.footerText.slice(0, 50)].join(' '),
      );
      const host = ctx.page?.hostname ?? '';
      // (… or a name of common words the host spells whole and the page's top or footer says again, "— The
      // Information" on theinformation.example over "The Information" in its footer: a paper's name — page61)
      const spelled =
        /^[a-z0-9]{6,}$/.test(seg) &&
        host.split('.').includes(seg) &&
        elsewhere.includes(seg) &&
        !NOT_A_NAME.test(seg) &&
        !DESK_ONLY.test(seg) &&
        !lureWords(seg);
      if (!remainder(ctx, seg) && (seg.length < 3 || !(filedUnder(ctx, seg) || spelled))) continue;
      if (resemblesBrand(ctx, seg, seg) || posesAsAuthority(ctx, seg)) continue;
      // a two-letter name ("클량") only when the page says it again
      if (elsewhere.includes(seg) || (/^[a-z0-9]{3,}$/.test(seg) && host.includes(seg)))
        other(-2, facts.title, seg, false, true);
      // (a title's last words that are a lure's, "… · 부정결제 확인", name no one)
      // (… nor what a translating wrapper appends, "— Translated": DESK_ONLY)
      else if (seg.length >= 3 && !NOT_A_NAME.test(seg) && !DESK_ONLY.test(seg))
        other(-0.5, facts.title, seg, true, true);
      break;
    }
  }
  // The site's name first and the brand's after it ("가격알리미 - 쿠팡 최저가 알림", "누리TV 지원 - 쿠팡플레이"), said
  // again where the page's main heading starts ("가격알리미 — 쿠팡 가격 변동 추적"): a site of its own whose subject is
  // the brand. Only a name: what a lure's title says it does ("보상신청 - 쿠팡", "본인확인 - 쿠팡") is no one's name,
  // and a page that puts the brand in its own slots (logo, site name, copyright) claims both owners.
  // (… and the brand's part of the title is a subject, not a lure's errand: "쿠팡 개인정보 유출 보상 접수" is one)
  if (
    titleSegs.length > 1 &&
    mainHeading &&
    !has(titleSegs[0]!) &&
    titleSegs.some(has) &&
    !titleSegs.some((t) => has(t) && (NOT_A_NAME.test(remainder(ctx, t)) || lureWords(t))) &&
    !brandSlot() &&
    !brandVoice()
  ) {
    const head = tight(mainHeading.text);
    const first = light(facts.title).split(TITLE_SPLIT)[0]!.trim();
    for (const seg of new Set([tightFromLight(first), tightFromLight(first.split(' ')[0]!)])) {
      // (… a name of common words, "캐시백몰", when the page files its company under it, "㈜캐시백몰 사업자등록번호
      // 214-…": a name it signs with, not a lure's errand — page48)
      if (seg.length < 2 || seg.length > 12 || !head.startsWith(seg)) continue;
      if (!otherName(ctx, seg) && (has(seg) || !filedUnder(ctx, seg))) continue;
      if (
        NOT_A_NAME.test(seg) ||
        lureWords(seg) ||
        resemblesBrand(ctx, seg, seg) ||
        posesAsAuthority(ctx, seg)
      )
        continue;
      other(-2, facts.title, seg, false, true);
      break;
    }
  }
  // A main heading that opens with a firm's name of its own under a title that names nobody ("보험금 청구" over
  // "한빛손해보험 개인정보 유출 피해 보험금 청구"): the firm's page, the brand in its sentences someone else.
  // (a heading that names the brand too, "한결통운 쿠팡 로켓배송 주소 확인", acts for it, and so does a page in its voice)
  if (mainHeading && !titleSegs.some(has) && !has(tight(mainHeading.text)) && !brandSlot() && !brandVoice()) {
    const word = tightFromLight(light(mainHeading.text).split(/\s/, 1)[0]!);
    if (
      word.length >= 3 &&
      word.length <= 12 &&
      FIRM_END.test(word) &&
      !CARD_KIND.test(word) &&
      otherName(ctx, word) &&
      remainder(ctx, word).length >= 2 &&
      !NOT_A_NAME.test(word) &&
      !lureWords(word) &&
      !resemblesBrand(ctx, word, word) &&
      !posesAsAuthority(ctx, word)
    )
      other(-2, mainHeading.text, word, false, true);
  }
  // The site's header that opens with a firm's name ("하나로카드", "글로벌바이 구매대행"): the firm's page, the brand in
  // its sentences someone else (not where the brand is in a slot, or the page speaks in its voice).
  // (… and not on a page that hands out an app: a bank's name over "쿠팡이츠 보안 업데이트 앱" is a kit's clothes)
  if (!brandSlot() && !brandVoice() && !APP_FILE.test(ctx.hrefs)) {
    const raw = facts.headerText.slice(0, 3).join(' ');
    const words = light(raw).trim().split(/\s+/);
    const name = tightFromLight(words[0] ?? '');
    // (a one-syllable stem too: "온카드")
    const firmLike =
      HEADER_FIRM.test(name) || (words.length >= 2 && HEADER_TRADE.test(tightFromLight(words[1]!)));
    if (
      firmLike &&
      name.length >= 3 &&
      name.length <= 12 &&
      !has(tight(raw)) &&
      !CARD_KIND.test(name) &&
      // (the name's stem may be one syllable, "온카드": otherName asks two letters beside the trade)
      !ctx.brandRe.test(name) &&
      !GENERIC_LOGO_WORDS.test(name) &&
      !NOT_A_NAME.test(name) &&
      !lureWords(name) &&
      !resemblesBrand(ctx, name, name) &&
      !posesAsAuthority(ctx, name)
    )
      other(-2, raw, name);
  }
  // The firm a heading names whose name the host spells ("쿠팡 와우카드 — 누리카드 신청" on card.nuricard.example,
  // "한빛손해보험 …" on claim.hanbit-ins.example): the page is that firm's, whatever product of the brand's it sells
  // (a co-branded card, an insurance against the breach). Its title and headings that name the brand are then
  // about the product, not who the page is.
  const firm = !brandSlot() && !brandVoice() && hostFirm(ctx);
  if (firm) other(-3, firm, firm);
  const titleClaim = (raw: string): number => {
    const segs = light(raw).split(TITLE_SPLIT).map(tightFromLight).filter(Boolean);
    if (!segs.some(has)) return 0;
    if (firm && raw === facts.title) {
      ctx.firmTitle = segs.some((s) => dominant(ctx, s)) && !PRICE_REPORT.test(segs.join(' ')) ? 3 : 1;
      return 1;
    }
    const foreign = segs.some(
      (s) => !has(s) && [...ctx.foreignNames].some((n) => n.length >= 2 && (s.includes(n) || n.includes(s))),
    );
    if (!foreign && segs.some((s) => dominant(ctx, s)) && !PRICE_REPORT.test(segs.join(' '))) return 3;
    // a headline that reports on the brand ("쿠팡(CPNG) 주가 하락", "쿠팡 사칭 문자 주의보") is not a claim
    return reportsOn(raw) ? 0 : 1;
  };
  const tw = titleClaim(facts.title);
  if (tw) add(ctx, 'brand-title', tw, facts.title);
  // A followers' name in the logo ("와우클럽", "로켓그로스 스터디") is a site of its own — but not under a title that
  // is the brand's own ("쿠팡 로그인"): there the brand's word and a club's beside its mark are the brand's service
  if (fans && tw < 3) {
    add(ctx, 'context-other-site', -2, fans);
    ctx.ownShown = true;
  }
  checkObfuscated(facts.title);
  const ogTitle = facts.meta.get('og:title') ?? '';
  if (ogTitle && titleClaim(ogTitle) === 3) add(ctx, 'brand-meta', 2, ogTitle);

  // 5. Favicon (by its file name or host, or by its pixels).
  if (facts.iconMark) add(ctx, 'brand-favicon', 3, `icon: ${facts.iconMark}`);
  for (const href of facts.icons) {
    const u = parseUrl(href, base);
    if (has(tight(u ? u.pathname : href)) || (u && hostMatches(u.hostname, brand.cdnHosts))) {
      add(ctx, 'brand-favicon', 3, fileName(href));
      break;
    }
  }
  // (… or by the words an SVG favicon carried in its own address draws: `data:image/svg+xml;base64,…` whose
  // `<text>` writes the brand — the tab's icon is the page's name as much as its file name is)
  for (const href of facts.icons) {
    if (!/^\s*data:image\/svg/i.test(href)) continue;
    const drawn = [...dataUrlText(href).matchAll(/<text\b[^>]*>([\s\S]*?)<\/text>/gi)]
      .map((m) => m[1]!.replace(/<[^>]*>/g, ''))
      .join(' ');
    if (drawn && has(tight(drawn))) {
      add(ctx, 'brand-favicon', 3, drawn);
      break;
    }
  }

  // 6. Headings: the page's main heading (or one in the site header) that is the brand. When the page has
  //    already named itself as another site, or lists the brand among other shops, a heading "쿠팡" is what
  //    the page is about (an encyclopedia entry, a review), not who it is.
  // (a name said only in the footer's company line does not: a kit signs its fine print for free)
  const mention = comparison || ctx.foreignNames.size > fine.length || (fine.length > 0 && ctx.ownShown);
  let mainSeen = false;
  const lvl = mainLevel(facts);
  for (const h of facts.headings.length ? facts.headings : pictureHeading(facts)) {
    if (h.flags & (QUOTE | COMMENT)) continue;
    const isMain = !mainSeen && h.level <= lvl;
    if (h.level <= lvl) mainSeen = true;
    const t = tight(h.text);
    if (!has(t)) continue;
    const strong =
      (isMain || h.flags & HEADER) && !(h.flags & ARTICLE) && dominant(ctx, t) && !PRICE_REPORT.test(t);
    // … or the main heading of a form that opens with the brand's own name and names a claim to apply for ("쿠팡
    // 피해보상 모바일 전용 신청"): the brand's errand as the page's title, a slot where no other owner is named (a
    // headline reports, a law firm or an agency names itself)
    const errand =
      !strong &&
      isMain &&
      !mention &&
      !(h.flags & ARTICLE) &&
      opensWithName(ctx, t) &&
      REFUND_LURE.test(t) &&
      APPLY_END.test(t) &&
      !reportsOn(h.text);
    // … or that opens with the brand or one of its services and offers what a lure offers ("쿠팡이츠 무료배달 쿠폰
    // 10장", "Coupang Play — free season pass"): the brand's gift as the page's title, where no other owner is named
    const lead = ctx.brandRe.exec(t);
    const offer =
      !strong &&
      !errand &&
      isMain &&
      !mention &&
      !(h.flags & ARTICLE) &&
      lead?.index === 0 &&
      !MARKETPLACE_AFTER.test(t.slice(serviceEnd(t, 0, lead[0].length, ctx.brand.services))) &&
      !PRICE_REPORT.test(t) &&
      (REFUND_LURE.test(t) || HEADING_OFFER.test(t) || NOTICE_END.test(t) || HEADING_JOB.test(t)) &&
      !HOW_TO_END.test(t) &&
      !SCAM_TALK.test(t) &&
      !DESK_RUSH.test(t) &&
      !reportsOn(h.text);
    // … or that names the brand's office for the errand ("[쿠팡] 결제보호센터", "쿠팡 피해보상 전담팀"): the desk a kit
    // speaks from, where no other owner is named (a fulfilment centre is a place, not a desk: "쿠팡 물류센터"); in
    // English too, a desk with its chat ("Coupang Care · 24h chat", "Coupang Eats Help Desk" — page66)
    const office =
      !strong &&
      !errand &&
      !offer &&
      isMain &&
      !mention &&
      !(h.flags & ARTICLE) &&
      lead?.index === 0 &&
      OFFICE_AFTER.test(t.slice(lead[0].length)) &&
      !reportsOn(h.text);
    add(ctx, 'brand-heading', strong ? (mention ? 1 : 3) : errand || offer || office ? 2 : 0.5, h.text);
    // (… an offer only by the free shipping beside an item's price, "[쿠팡] 에어팟 프로2 249,000원 무료배송": noted
    // for dealListing, which weighs it once the page's asks are known)
    if (
      offer &&
      LISTED_PRICE.test(t) &&
      !HEADING_OFFER.test(t.replace(SHIPPING_TERM, '')) &&
      ![REFUND_LURE, NOTICE_END, HEADING_JOB].some((re) => re.test(t))
    )
      ctx.listingOffer = h.text;
    // (… or that opens with the brand and says the reader's order or account is held, "쿠팡 주문이 보류되었습니다":
    // a notice in its name, as "쿠팡 결제 알림" is — page-r3-bb)
    if (
      !strong &&
      isMain &&
      !mention &&
      !(h.flags & ARTICLE) &&
      lead?.index === 0 &&
      HELD_AFTER.test(t.slice(lead[0].length)) &&
      !reportsOn(h.text)
    )
      add(ctx, 'brand-heading', 2, h.text);
    checkObfuscated(h.text);
  }

  // A listed company's quote as a heading, "Coupang Inc (NYSE: CPNG) 21.34 ▼0.93 (-4.2%)": a market page, the brand
  // the stock it quotes and the news listed under it, its login a broker's (page-r4-bd)
  const quote = facts.headings
    .slice(0, 3)
    .find((h) => !(h.flags & (QUOTE | COMMENT)) && STOCK_QUOTE.test(h.text));
  if (quote) add(ctx, 'context-article', -1, quote.text);
  // … or a developers' integration guide, its title or main heading saying so ("쿠팡페이 연동 가이드", "Coupang Pay
  // API reference") over the calls it shows in code: the brand the service a shop plugs in (page-r4-bd)
  if (
    API_CALL.test(facts.codeText.slice(0, 4000)) &&
    DEV_GUIDE.test(tight(`${facts.title} ${mainHeadingOf(facts)?.text ?? ''}`))
  )
    add(ctx, 'context-article', -1, facts.title);

  // The site's own menu lists the brand's services as its sections ("카테고리 | 로켓배송 | 로켓프레시 | 기획전"):
  // the brand's storefront, cloned. No page about the brand makes them its menu (a list of shops is a comparison).
  const entries = facts.navText.flatMap((t) => t.split(/[|·•/]/)).map(tight);
  const menu = entries.find((t) => brand.services.includes(t));
  if (menu && !comparison && !entries.some((t) => OTHER_SHOPS.includes(t)))
    add(ctx, 'brand-header', 2, `menu: ${menu}`);

  // 7. Site header text ("쿠팡 고객센터" in the top bar; navigation menus excluded), also its first pieces together.
  for (const t of [...facts.headerText.slice(0, 200), ...prefixes(ctx, facts.headerText)]) {
    const tt = tight(t);
    if (!has(tt)) continue;
    add(ctx, 'brand-header', dominant(ctx, tt) ? (mention ? 1 : 3) : 0.5, t);
    checkObfuscated(t);
  }

  // 8. Structure copied from the brand's pages: its ids/classes, its CDN's CSS/JS, its business number,
  //    forms and links pointing at its login endpoints (".pang"), many links back to its home.
  const structure: string[] = [];
  const tokens = tight(facts.structureTokens.join(' '));
  const mark = brand.structureMarks.find((m) => tokens.includes(m));
  if (mark) structure.push(mark);
  for (const r of facts.resources) {
    const u = parseUrl(r, base);
    if (u && hostMatches(u.hostname, brand.cdnHosts)) {
      structure.push(u.hostname);
      break;
    }
  }
  // the first 24,000 and the last 6,000 characters: where notices, bylines, disclosures and footers are
  // (its plain start lower-cased alone: the same result, five passes over 30,000 characters fewer)
  // (every line joined once, here and for the looks below: a long page's 4,000 lines are asked as one string, not
  // one by one; no line's match spans the space between two)
  const proseAll = facts.prose.join(' ');
  const proseTight = tightPlainFirst(headAndTail(proseAll, 30_000, 24_000, 6_000));
  if (brand.footerMarks[0] && proseTight.includes(brand.footerMarks[0])) structure.push(brand.footerMarks[0]);
  let homeLinks = 0;
  // one look at all link targets first (ctx.hrefs): most pages never link to the brand, so loops are skipped
  const hrefs = ctx.hrefs;
  for (const l of /coupang|\.pang/.test(hrefs) ? facts.links : []) {
    if (!/coupang|\.pang/i.test(l.href)) continue; // cheap filter before parsing the URL
    const u = parseUrl(l.href, base);
    if (!u || hostMatches(u.hostname, brand.affiliateHosts)) continue;
    if (hostMatches(u.hostname, brand.homeHosts)) homeLinks++;
    if (/\.pang$/i.test(u.pathname)) structure.push(u.pathname);
  }
  for (const form of facts.forms) if (/\.pang(?:$|[?#])/i.test(form.action)) structure.push(form.action);
  // (the address the page gives as its own, `<link rel=canonical>` or `<base href>`, on the brand's host: a page
  // off that host that says in its head it is the brand's page, as og:title does — a saved copy of the brand's
  // login keeps them; page45. Only the scan off the brand's hosts gets here: combine() never flags an official one)
  for (const h of facts.selfHrefs) {
    const u = /coupang/i.test(h) ? parseUrl(h, base) : null;
    if (u && hostMatches(u.hostname, brand.homeHosts) && !hostMatches(u.hostname, brand.affiliateHosts)) {
      add(ctx, 'brand-meta', 2, `canonical: ${u.hostname}`);
      break;
    }
  }
  if (homeLinks >= 3) structure.push(`${homeLinks} links to ${brand.homeHosts[0]}`);
  if (structure.length)
    add(ctx, 'brand-structure', Math.min(2.5, 1.5 + 0.5 * (structure.length - 1)), structure[0]);

  // 9. Supporting evidence (never enough alone): service words, first-person notices, brand in the URL.
  const titleT = tight(facts.title);
  // … each named for itself, not only in a list of shops ("쿠팡이츠·배민 라이더 모집"); "로켓배송처럼" still counts
  // … and not where they are named as a scam's names ("'쿠팡 보안앱' 같은 이름으로 설치를 유도하는 문자는 악성")
  // (… nor as one of a list of examples closed by "등": "해외직구(쿠팡 로켓직구, 알리, 아마존 등) 시 필요한")
  // (a "등" and a star looked for in all the lines at once first: most pages have neither)
  const listed =
    (proseAll.includes('등') && facts.prose.some((p) => p.includes('등') && p.search(EXAMPLE_LIST) >= 0)) ||
    (/등\)|외/.test(proseAll) && facts.prose.some((p) => p.search(EXAMPLE_ASIDE) >= 0));
  // (… nor in what the page's readers say: a listing's reviews, each line opening with its stars, "★★★★★ 쿠팡
  // 택배도 잘 잡혀요" under a budget app's APK — readers talking, as in a comment box; not a review that gives the
  // brand the app, a payout or a login, "★★★★★ 쿠팡 공식 보안앱", "★★★★★ 쿠팡 보상금 받았어요": a kit's own line)
  // (… nor in a choice of a drop-down list, nor in a call someone reports: withoutChoices, withoutReported)
  // (… nor in a row of a roster of firms, each with its hours or dates: withoutRosterRows)
  const unlisted = withoutReported(
    withoutChoices(ctx, STAR.test(proseAll) ? withoutReviews(facts.prose) : facts.prose),
  );
  const told = proseAll.includes('(') ? withoutRosterRows(ctx, unlisted) : unlisted;
  // (… of others: a list of the brand's own names and services, "쿠팡 와우회원, 로켓배송 이용자, 쿠팡이츠 등", is the brand)
  // (… nor as a member a kind includes, in an aside after the kind's word: "해외직구(로켓직구 포함) 시 …", the
  // kind the page is about, the brand's service one case of it — page50)
  const included = proseAll.includes('포함') && facts.prose.some((p) => INCLUDED_ASIDE.test(p));
  const listedOut = listed
    ? told.map((p) =>
        p
          .replace(EXAMPLE_LIST, (list) =>
            list.split(/[,、·]/).filter((item) => !ctx.brandRe.test(tight(item))).length >= 2 ? ' ' : list,
          )
          // (an aside's list needs one name of another; a label's "… 외" is one of many by itself)
          .replace(EXAMPLE_ASIDE, (list) =>
            !list.startsWith('(') || list.split(/[,、·]/).some((item) => !ctx.brandRe.test(tight(item)))
              ? ' '
              : list,
          ),
      )
    : told;
  const mentioned = included ? listedOut.map((p) => p.replace(INCLUDED_ASIDES, ' ')) : listedOut;
  const mentionedTight =
    listed || included || told !== facts.prose ? tightPlainFirst(mentioned.join(' ')) : proseTight;
  const ownProse = toldAsOwn(mentioned, mentionedTight, true);
  const services = brand.services.filter((s) => titleT.includes(s) || namedAlone(ownProse, s, brand));
  if (services.length) add(ctx, 'brand-service-words', 1, services.slice(0, 3).join(', '));
  // "쿠팡 고객님, …", or a notice that opens with "[쿠팡]" like the brand's own texts
  const claim =
    BODY_CLAIMS.exec(proseTight) ??
    // a chat the page's script plays ("안녕하세요, 쿠팡 고객센터 상담사 ○○○입니다" typed in after a delay): its
    // lines are the page's voice, on a short page with a box to answer in
    // (… or on a page that shows next to nothing but what its script writes: a chat bot's box filled by say('…'),
    // its answers buttons)
    (facts.proseChars <= SHORT_PAGE &&
    (facts.fields.some((f) => /^(?:text|tel|editable|textarea)$/.test(f.type)) ||
      (facts.proseChars <= 100 && WRITES_MARKUP.test(facts.inlineScript)))
      ? // (its tags are markup, not words: '<b>쿠'+'팡</b> 고객센터' reads "쿠팡 고객센터")
        BODY_CLAIMS.exec(tight(facts.inlineScript.slice(0, 20_000).replace(/<\/?[a-z][^<>]{0,200}>/gi, ' ')))
      : null) ??
    facts.prose
      .slice(0, 200)
      .join('\n')
      // (… or a desk of it, "[쿠팡 피해보상팀]", not a users' group named for it, "[쿠팡 이용자 모임]" — page44)
      .match(/^\[\s*(?:쿠팡|coupang)(?:\s*\]|[^\]\n]{0,12}(?:팀|센터|team|desk)\s*\])/im);
  if (claim) add(ctx, 'brand-body-claim', 1.5, claim[0]);
  // A short page (a lure is a few sentences) that names the brand in its text: supporting evidence, weighed
  // at the verdict only where nothing says whose page it is instead.
  else if (facts.proseChars <= SHORT_PAGE) {
    // in its text, or in what it shows without text nodes: image alt texts, tooltips, accessible names
    // … unless every time it is one shop among others: "다른 쇼핑앱(쿠팡 등)", "쿠팡보다 싸게", "쿠팡 최저가 대비"
    // … and not where it is only reported on: a scam warning in its name, market news (sentence by sentence)
    // (… and what its script writes in character codes: "쿠팡 앱으로 스캔하면 로그인됩니다" is its sentence)
    const said = `${toldAsOwn(mentioned, mentionedTight)} ${tight([...altTexts, ...facts.labelText, ...coded].join(' '))}`;
    // or "쿠팡·11번가 등 오픈마켓", "배민·쿠팡이츠 주문": the brand in a list of shops
    // … or as a party to a case against it ("피신청인 쿠팡 주식회사", "쿠팡 집단분쟁조정"): weighed after the
    // risk (score), where it counts again if the page wants what only a kit wants (a card, an account, a code)
    let party = '';
    let about = listed;
    // (only where the page shows a name of its own: on a page that shows none, the lines cost a kit nothing)
    let shown: boolean | undefined;
    // (… or its title said again as its main heading, a name, "KT 채팅상담" over "KT 채팅상담" — page-r4-bd)
    const owned = () =>
      (shown ??=
        ctx.ownShown ||
        ctx.foreignNames.size > 0 ||
        headerName(ctx) ||
        !!closingFirm(ctx) ||
        titledTwice(ctx));
    // (every mention is read, not only up to the first in the brand's voice: `about` looks at them all)
    const mentions = [...said.matchAll(ctx.brandAll)];
    // (the verifier's window that names the brand as the site that asked, "이용 사이트: 쿠팡페이 주식회사", names it
    // again as the one its result goes to, "본인확인 정보는 쿠팡페이에 … 제공됩니다": the same party, not a voice —
    // page-r2-aw)
    // (… or as the one it hands the reader or the result back to, "쿠팡 파트너스로 돌아갑니다" — page59)
    const requester =
      (mentions.some(
        (m) =>
          REQUESTED_BY.test(said.slice(Math.max(0, m.index - 10), m.index)) ||
          HANDED_BACK_TO.test(said.slice(Math.max(0, m.index - 12), m.index)) ||
          HANDED_BACK.test(
            said.slice(
              serviceEnd(said, m.index, m.index + m[0].length, brand.services),
              m.index + m[0].length + 40,
            ),
          ),
      ) ||
        // (… or named in the errand after the requester's own name, "이용기관: 플렉스로지스 (쿠팡플렉스 기사 등록)")
        facts.prose.slice(0, 200).some((p) => {
          const errand = REQUESTER_THEN.exec(p);
          return !!errand && ctx.brandRe.test(tight(errand[1]!));
        })) &&
      identityCheckPage(ctx);
    const spoken = mentions.filter((m) => {
      const end = serviceEnd(said, m.index, m.index + m[0].length, brand.services);
      if (amongShops(said, ownerStart(said, m.index, brand.names), end)) return ((about = true), false);
      // (… or the one impersonated: "쿠팡 사칭 피싱 피해 경위를 적어 주세요" on an insurer's claim form)
      // (not where it offers the victim a login or a payout: "쿠팡 사칭 피해 보상을 받으시려면 로그인하세요" is a lure)
      const next = said.slice(end, end + 40);
      // (the brand spoken of in the third person — impersonated, breached, the market others sell on — is noted
      // for the page's own name atop it: topName)
      // (… or the parcel's sender a locker or a courier reports, "보내는 곳: 쿠팡")
      if (SENT_BY.test(said.slice(Math.max(0, m.index - 8), m.index))) about = true;
      if (
        (IMPERSONATED.test(next) ||
          IMPERSONATED_AMONG.test(next) ||
          BREACH_EVENT.test(next) ||
          /^유출관련/.test(next) ||
          SOLD_ON.test(next)) &&
        !LOGIN_INVITE.test(next) &&
        !REFUND_LURE.test(next)
      )
        about = true;
      if (
        (owned() || staffPage(ctx)) &&
        (IMPERSONATED.test(next) || IMPERSONATED_AMONG.test(next)) &&
        !LOGIN_INVITE.test(next) &&
        !REFUND_LURE.test(next)
      )
        return false;
      // (… or the one impersonated in a tip on what to do here to prevent it, "쿠팡 사칭 스미싱 피해를 막으려면 로그인 후
      // '소액결제 차단'을 설정하세요" on a carrier's own sign-in: the login is the page's; "… 피해 보상을 받으시려면
      // 로그인하세요" offers a payout and speaks — page-r6-bg)
      if (PREVENTED.test(next) && !PAYOUT.test(next)) return ((about = true), false);
      // (… or the theme of others' scams in a security feed: THEMED_SCAM)
      if (THEMED_SCAM.test(next)) return ((about = true), false);
      // (… or one a caller claims to be: no page says so of its own staff)
      if (CLAIMED_BY_CALLER.test(next) && !LOGIN_INVITE.test(next) && !REFUND_LURE.test(next))
        return ((about = true), false);
      // (… or where the reader's goods move from to the page's own market, "쿠팡 윙 상품을 엑셀로 옮겨오세요", the
      // sentence no login or payout: a box that names the brand's login still speaks — page48)
      if (MOVED_FROM.test(next) && movedFrom(ctx, said.slice(m.index, end + 12)))
        return ((about = true), false);
      // (… or the site an identity check is done for, "요청 사이트: 쿠팡(주) · 목적: 성인인증", under a title or main
      // heading that is that check: a verifier's window, the brand a party weighed after the risk as a case's is —
      // what only a kit wants, a card, an account, a code or a password, makes it count again — page48)
      if (
        requester &&
        !LOGIN_INVITE.test(next) &&
        !REFUND_LURE.test(next) &&
        !ACCOUNT_ALARM.test(next.slice(0, Math.min(24, LEAK_DENIED.exec(next)?.index ?? 24)))
      ) {
        if (!party) ctx.verifierFor = true;
        party ||= m[0];
        return false;
      }
      // (… or another job the reader may keep or has had: "쿠팡이츠와 함께 하셔도 됩니다 (중복 근무 가능)", "쿠팡플렉스
      // 경험자 우대" on another courier's rider sign-up; no page of the brand's own says so of itself)
      if (OTHER_JOB.test(next)) return false;
      // (… or one of those the reader is told never ask: "Coupang, banks and police never ask you to install …")
      if (
        owned() &&
        NEVER_ASKERS.test(said.slice(end, end + 20)) &&
        NEVER_ASKS.test(said.slice(end, end + 60))
      )
        return false;
      // (… or as where the breach happened, "쿠팡 고객정보 유출로 출입번호가 노출되었을 수 있어": a party the page
      // reports on, on a page showing a name of its own, unless the sentence goes on to the lure's payout or login)
      if (
        PARTY_BEFORE.test(said.slice(Math.max(0, m.index - 8), m.index)) ||
        PARTY_AFTER.test(said.slice(end, end + 24)) ||
        (BREACH_EVENT.test(next) && owned() && !LOGIN_INVITE.test(next) && !REFUND_LURE.test(next))
      ) {
        party ||= m[0];
        return false;
      }
      return true;
    });
    const named = spoken[0];
    // (… and whether one that is not goes on to a payout or a login, "쿠팡 주문 고객께 보상금을 지급합니다": the
    // brand's own offer, which no name atop the page makes someone else's: topName)
    ctx.brandOffers = spoken.some((m) => {
      const next = said.slice(m.index + m[0].length, m.index + m[0].length + 40);
      return REFUND_LURE.test(next) || LOGIN_INVITE.test(next);
    });
    if (!named && party) ctx.party = party;
    // (… and the requester's own services, "쿠팡페이", are its name, not words the page speaks in)
    if (!named && requester)
      ctx.reasons = ctx.reasons.filter(
        (r) =>
          r.code !== 'brand-service-words' ||
          !(r.evidence ?? '').split(', ').every((s) => brand.names.some((n) => s.startsWith(n))),
      );
    // (… or only in a market report, "Coupang Inc. (NYSE: CPNG) data incident": weighed after the risk as a party is)
    if (!named && !party && !ctx.brandRe.test(said)) ctx.reported = ctx.brandRe.exec(mentionedTight)?.[0];
    // (a party to a case is weighed on its own after the risk: what a body never asks makes it count again)
    ctx.aboutBrand = about;
    // … said in a sentence that asks the reader to log in ("쿠팡 사칭 피해 보상을 받으시려면 로그인하세요",
    // "酷澎会员您好，请登录"): the login is offered as the brand's, the brand's voice (a site's own login beside a
    // passing mention is not: docs/page-guard.md, the second chance)
    if (named) add(ctx, 'brand-body-claim', invitesBrandLogin(ctx) ? 1.5 : 1, named[0]);
  }
  // A name shown backwards and turned round by CSS (direction:rtl, unicode-bidi) at the top or in a logo
  // … or as a heading ("증인 인본 팡쿠" turned round by unicode-bidi)
  for (const t of [
    ...facts.topText,
    ...facts.logoText.slice(0, 20),
    ...facts.headerText.slice(0, 20),
    ...facts.headings.filter((h) => !(h.flags & (QUOTE | COMMENT | ARTICLE))).map((h) => h.text),
  ]) {
    const tt = tight(t);
    const back = [...tt].reverse().join('');
    if (tt.length <= 24 && !has(tt) && has(back)) {
      add(ctx, 'brand-obfuscated', 2, t);
      if (dominant(ctx, back)) add(ctx, 'brand-logo', 3, t);
      break;
    }
  }
  if (ctx.page) {
    if (has(tight(ctx.page.hostname))) add(ctx, 'brand-url', 1, ctx.page.hostname);
    else if (has(tight(ctx.page.pathname))) add(ctx, 'brand-url', 0.5, ctx.page.pathname);
  }
  // … or put in order only by the stylesheet (flex order, a bidi override): hidden from text readers on purpose
  const turned = facts.reordered.find((t) => has(tight(t)));
  if (turned) add(ctx, 'brand-obfuscated', 2, turned);
  for (const p of facts.prose.slice(0, 2000)) {
    if (obfuscated(p)) {
      add(ctx, 'brand-obfuscated', 2, p);
      break;
    }
  }
  // … or its initials before a service's name, in the title, a heading or a line ("ㅋ.ㅍ 플레이 구독료 환불")
  const initialsRe = regexesFor(brand).initialsRe;
  if (initialsRe && /[ㄱ-ㅎ]/.test(`${facts.title}${proseAll}`)) {
    const seen = [facts.title, ...facts.headings.map((h) => h.text), ...facts.prose.slice(0, 2000)].find(
      (t) => /[ㄱ-ㅎ]/.test(t) && initialsRe.test(tight(t)),
    );
    if (seen) add(ctx, 'brand-obfuscated', 2, seen.slice(0, 60));
  }
  lettersApart(ctx, proseAll);
  maskedName(ctx, proseAll);
  stepWrites(ctx);
  // The lines a script plays in (a chat's messages on a timer): the brand hidden in them is hidden on purpose, and
  // an agent who opens as the brand's staff ("쿠팡 개인정보보호팀 상담원 …입니다") speaks as the brand; a shop's agent
  // who names the brand as where an order came from does not ("누리몰 상담사 …입니다. 쿠팡에서 주문하신 건은 …")
  for (const p of facts.played) {
    if (obfuscated(p)) add(ctx, 'brand-obfuscated', 2, p);
    const t = tight(p);
    if (staffOfBrand(ctx, t)) add(ctx, 'brand-body-claim', 1.5, t);
    if (ctx.reasons.some((r) => r.code === 'brand-body-claim' && r.weight >= 1.5)) break;
  }

  // ---- context: the brand is only mentioned
  // A page that names the brand only in passing (nothing at 1.5 or more: no slot, no notice in its voice, nothing
  // hidden) and gives its title a site name of its own ("… | 오늘의 밥상", "셀러노트 – 쿠팡 윙 매출 분석"): its
  // sentences talk about the brand; they do not speak for it. Small: it only keeps a mention from counting as a
  // claim (the verdict's spoken rule, the second chance), never outweighs a slot.
  // (… not on a store's costume, "유출탐지 - Google Play" off the store's host: its first words are the listed app's,
  // which names no site: page36)
  if (
    !ctx.reasons.some((r) => r.group === 'identity' && (r.weight >= 1.5 || r.weight < 0)) &&
    !storeCostume(ctx)
  ) {
    const lt = light(facts.title);
    const segs = lt.split(TITLE_SPLIT);
    const last = segs[segs.length - 1] ?? '';
    // a name, not a phrase of generic words ("Customs hold", "원격 상담 - 고객지원"); when the last segment is
    // the brand ("… - 쿠팡", "… | 쿠팡 고객센터"), the brand is the site; a tagline that names it ("그로스도우미 —
    // 쿠팡 로켓그로스 재고 관리 툴") is about it
    // (… or the first of two pieces split by a bar, "아파트아이 | 공동현관 비밀번호": the site, then its page — page-r6-bh)
    const named = [last, /^[^|｜]+?\s[-–—]\s/.test(lt) || siteBarPage(lt) ? segs[0] : ''].find((raw) => {
      const t = tightFromLight(raw ?? '');
      return (
        segs.length > 1 &&
        !dominant(ctx, tightFromLight(last)) &&
        /^[가-힣a-z]{2,20}$/.test(t) &&
        otherName(ctx, t) &&
        !DESK_ONLY.test(t) &&
        // (… nor what the lure says is owed or due, "미납 관부가세 안내", "환불 신청": its errand, no one's name — page53)
        !ARREARS.test(t) &&
        !lureWords(t) &&
        // (a firm's name whose last word is its trade, "한결택배", "누리화재": a name, though the trade is a word)
        (remainder(ctx, t).length >= 0.7 * t.length || (FIRM.test(t) && remainder(ctx, t).length >= 2))
      );
    });
    if (named) other(-0.5, facts.title, tightFromLight(named), true);
    // … or the name the page opens with, atop its own form, when its title is only what the page does ("긴급복지
    // 신청" under "복지온라인", "전자계약 서명" under "도큐사인코리아"): a service speaking in its own name; the brand
    // in its sentences is its topic
    else {
      const top = topName(ctx);
      if (top) other(-0.5, facts.topText[0]!, top, true);
    }
  }
  const metaType = (facts.meta.get('og:type') ?? '').toLowerCase();
  const articleEvidence =
    metaType === 'article'
      ? 'og:type article'
      : facts.meta.has('article:published_time') || facts.meta.has('article:section')
        ? 'article:published_time'
        : /newsarticle|blogposting|"article"|reportagenewsarticle/i.test(facts.jsonLd)
          ? 'JSON-LD article'
          : facts.articleChars >= 800
            ? 'long article body'
            : (ARTICLE_MARKS.exec(proseTight)?.[0] ?? BYLINE.exec(facts.prose.slice(0, 400).join(' '))?.[0]);
  if (articleEvidence) add(ctx, 'context-article', -2, articleEvidence);
  // (an article said only in metadata — og:type, a published time, JSON-LD — with no body, byline or masthead
  // the reader sees: a costume a kit puts on for link previews and for readers like us)
  ctx.articleMetaOnly =
    !!articleEvidence &&
    !ctx.siteNameShown &&
    /^(?:og:type|article:|JSON-LD)/.test(articleEvidence) &&
    facts.articleChars < 800 &&
    !ARTICLE_MARKS.test(proseTight) &&
    !BYLINE.test(facts.prose.slice(0, 400).join(' '));

  // A page whose headline talks about scams ("쿠팡 사칭 문자 주의") is a warning, not the brand. In the body
  // this only counts on long pages: short phishing pages often carry a "보이스피싱 주의" line themselves.
  const headline = tight(`${facts.title} ${facts.headings[0]?.text ?? ''} ${ogTitle}`);
  // (… but an authority's name there is no talk when the page wears it atop itself off the government's hosts:
  // "경찰청 사이버수사국" over "쿠팡 개인정보 유출 2차 피해 조회" on a `.site` is a police page's clothes)
  // (… a bar that opens with the authority's name however long it runs; where the headline's talk is a scam's
  // name, "스미싱 주의", the page warns whoever wears the name: government warnings are written off its hosts too)
  const talk = DISCUSSION.exec(headline);
  // (the authority's name worn so is kept for the verdict: a warning under it that hands out an installer is none)
  const worn =
    !!talk &&
    [...facts.headerText.slice(0, 3), ...facts.logoText.slice(0, 3), ...facts.topText.slice(0, 3)].some(
      (raw) => {
        const t = tight(raw).slice(0, 24);
        return AUTHORITY.test(t) && posesAsAuthority(ctx, t);
      },
    );
  // (… and for the installer's verdict only, the title or main heading that opens with it, "KISA 스미싱 차단": the
  // name the reader meets first — page51)
  ctx.wornAuthority =
    worn ||
    (!!talk &&
      [facts.title, facts.headings[0]?.text ?? ''].some((raw) => {
        const t = tight(raw).slice(0, 12);
        return AUTHORITY.test(t) && posesAsAuthority(ctx, t);
      }));
  const wornAuthority = talk && AUTHORITY.test(talk[0]) && worn;
  if (talk && !wornAuthority) add(ctx, 'context-discussion', -2, talk[0]);
  else if (facts.proseChars > LONG_PAGE) {
    const hits = proseTight.match(DISCUSSION_ALL);
    if (hits && hits.length >= 2) add(ctx, 'context-discussion', -1, hits[0]);
  }

  // "쿠팡과 무관한 개인 서비스입니다", "not affiliated with Coupang": the page says who it is not. Weighed at the
  // verdict (it never excuses hard data asked under the brand's name).
  const disclaimer =
    NOT_AFFILIATED.exec(proseTight) ?? NOT_AFFILIATED.exec(tight(facts.footerText.join(' ')));
  if (disclaimer) add(ctx, 'context-not-affiliated', -3, disclaimer[0]);
  else if (proseTight.length < 20_000) {
    // "쿠팡 캐시를 판매하지 않습니다", "'쿠팡 …' 문자는 저희와 무관": only when the page names the brand nowhere else
    const denials = proseTight.match(NOT_DEALING) ?? [];
    const count = (t: string) => t.match(ctx.brandAll)?.length ?? 0;
    if (denials.length && denials.reduce((n, d) => n + count(d), 0) >= count(proseTight))
      add(ctx, 'context-not-affiliated', -3, denials[0]!);
  }

  const aff = AFFILIATE_MARKS.exec(proseTight);
  const affLink = [
    ...(/coupa/.test(hrefs) ? facts.links.map((l) => l.href) : []),
    ...facts.iframes,
    ...facts.resources,
  ].find((h) => {
    if (!/coupa/i.test(h)) return false;
    const u = parseUrl(h, base);
    return u ? hostMatches(u.hostname, brand.affiliateHosts) : false;
  });
  if (aff || affLink) {
    add(ctx, 'context-affiliate', -2, aff ? aff[0] : affLink);
  } else if (cdnOther > 0) {
    // product images hot-linked from the brand's CDN, outside an affiliate post
    add(ctx, 'brand-cdn-asset', 1, `${cdnOther} image(s) from ${brand.cdnHosts[0]}`);
  }
}

/**
 * The first two, three … pieces of a region joined, while short, as long as none of them names the brand on its
 * own: a name split across elements ("С","О","UPANG"), not a breadcrumb that names it ("홈", "쿠팡 게시판").
 */
function prefixes(ctx: Ctx, pieces: string[]): string[] {
  const out: string[] = [];
  let t = pieces[0] ?? '';
  for (let i = 1; i < Math.min(pieces.length, 8) && tight(t).length < 30; i++) {
    if (ctx.brandRe.test(tight(pieces[i - 1]!)) || ctx.brandRe.test(tight(pieces[i]!))) break;
    out.push((t += ` ${pieces[i]}`));
  }
  return out;
}

/** A download framed as protection: a security module, a vaccine, an account that is under attack. */
const SECURITY_FRAME =
  /보안|보호|백신|해킹|탈취|도용|악성|security|protect|antivirus|vaccine|hack|compromis/i;

/** A mark that is one of the brand's service words alone (tight), drawn as the brand draws its name. */
const SERVICE_MARK =
  /^(?:flex|eats|play|pay|wing|wow|rocket|partners|이츠|플렉스|플레이|페이|와우|로켓|윙|파트너스)$/;

/**
 * The brand's wordmark colours: at least `min` of them (within a small distance each: 80 over the three
 * channels, as a kit's redraw picks its greens and blues by eye, "#7bb842" for "#45ae4a"), always including the
 * first (the one no other rainbow logo uses), among the colours an SVG is drawn with.
 */
function markColorsMatch(colors: string, marks: string[], min = 5): boolean {
  const rgb = (h: string) => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16));
  const have = colors.split(' ').map(rgb);
  const near = (m: string) => {
    const [r, g, b] = rgb(m);
    return have.some(([x, y, z]) => Math.abs(x! - r!) + Math.abs(y! - g!) + Math.abs(z! - b!) <= 80);
  };
  if (!near(marks[0]!)) return false;
  let n = 0;
  for (const m of marks) if (near(m)) n++;
  return n >= min;
}

/**
 * A service's word drawn a letter per colour in the mark's opening colours ("play" in brown, red, orange and a green
 * picked by eye): no more colours than letters, three of the mark's among them, its brown first — a short word has
 * few letters to colour, where the whole wordmark needs five (page-r4-bc)
 */
function serviceLetters(text: string, colors: string, marks: string[]): boolean {
  const n = colors.split(' ').length;
  return n <= tight(text).length && markColorsMatch(colors, marks, 3);
}

/** Every colour an SVG is drawn with is near one of the mark's, and at least four of the mark's are there */
function onlyMarkColors(colors: string, marks: string[]): boolean {
  const rgb = (h: string) => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16));
  const have = colors.split(' ').map(rgb);
  const dist = (a: number[], b: number[]) => a.reduce((n, x, i) => n + Math.abs(x - b[i]!), 0);
  const hit = new Set<number>();
  for (const c of have) {
    const i = marks.findIndex((m) => dist(c, rgb(m)) <= 80);
    if (i < 0) return false;
    hit.add(i);
  }
  return hit.size >= 4;
}

/** Is the Levenshtein distance of a and b at most k? (short strings; one reused row, early exit) */
const ROW = new Uint8Array(64);
function within(a: string, b: string, k: number): boolean {
  if (Math.abs(a.length - b.length) > k || a.length > 40 || b.length > 40) return false;
  for (let j = 0; j <= b.length; j++) ROW[j] = j;
  for (let i = 1; i <= a.length; i++) {
    let diag = ROW[0]!;
    ROW[0] = i;
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const up = ROW[j]!;
      ROW[j] = Math.min(up + 1, ROW[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
      if (ROW[j]! < best) best = ROW[j]!;
    }
    if (best > k) return false;
  }
  return ROW[b.length]! <= k;
}

/**
 * A name that may be the brand written in a way we cannot read: letters outside Latin and Hangul left after
 * folding, or a word two edits from a Latin brand name / one from a Hangul one.
 */
/**
 * The names one letter from a name listed before them (쿠빵, 쿠팽 after 쿠팡): the brand's near-spellings, which a
 * page reads as the brand but which are no model for other names — a word one letter from 쿠빵 (찐빵) is two from
 * the brand (page42)
 */
const VARIANTS = new WeakMap<readonly string[], Set<string>>();
function variants(names: readonly string[]): Set<string> {
  let v = VARIANTS.get(names);
  if (!v) {
    v = new Set(
      names.filter((n, i) =>
        names.slice(0, i).some((m) => /^[a-z0-9]+$/.test(m) === /^[a-z0-9]+$/.test(n) && within(n, m, 1)),
      ),
    );
    VARIANTS.set(names, v);
  }
  return v;
}

function resemblesBrand(ctx: Ctx, raw: string, t: string): boolean {
  // letters outside Latin, Hangul and CJK after folding; CJK names are compared with the brand's CJK names below
  if (/[^a-z0-9가-힣぀-ヿ一-鿿]/.test(t)) return true;
  const words = light(raw)
    .split(/[\s|·:,.()[\]/-]+/, 8)
    .map(tightFromLight);
  for (const w of [t, ...words]) {
    if (w.length < 2 || w.length > 16 || ctx.brandRe.test(w)) continue;
    const latin = /^[a-z0-9]+$/.test(w);
    for (const n of ctx.brand.names) {
      if (/^[a-z0-9]+$/.test(n) !== latin || variants(ctx.brand.names).has(n)) continue;
      // (a Hangul word shorter than the name is not a spelling of it: "셀러" is a word, "윙셀러" a name)
      if (latin ? n.length >= 5 && within(w, n, 2) : w.length >= n.length && within(w, n, 1)) return true;
      // an abbreviation: the brand's letters in order, from its first, some left out ("cpng", "cpang")
      if (latin && w.length >= 3 && w.length <= 6 && w[0] === n[0] && !n.startsWith(w) && abbreviates(w, n))
        return true;
      // … or its two initials, the first letter and the one that opens its second syllable (coupang → "cp", a
      // "cp logo" over the brand's login): "cu", "co" are no initials of it, and two letters of any other firm's
      // ("kt", "lg") stay that firm's name — page44, tune-am's am023
      if (latin && w.length === 2 && n.length >= 5 && w === initials(n)) return true;
    }
  }
  return false;
}

/** A firm's trade at the end of its name (tight): what hostFirm takes off to find the name itself */
const FIRM_TRADE = new RegExp(`(?:${FIRM.source})$`);
/** A firm's trade as its host writes it beside its name (nuri + card, hanbit + ins) */
const TRADE_LATIN =
  /^(?:card|bank|ins|insurance|life|fire|capital|securities|logis|logistics|express|tv|mall|pay)?$/;

/**
 * A firm's name in the page's title or headings ("누리카드", "한빛손해보험") that the host spells: a label of the
 * host is the name's Revised Romanization (or that of its first syllable, at least four letters: 별빛 → byeol), with
 * the firm's trade in English or nothing after it (nuricard, hanbit-ins, byeol-life). The name, or ''.
 */
function hostFirm(ctx: Ctx): string {
  const labels = (ctx.page?.hostname ?? '').split('.').slice(0, -1);
  // (a host that carries the brand too, `coupang.byeol-pay.example`, is the brand's look-alike, not a firm's own)
  if (!labels.length || ctx.brandRe.test(tight(labels.join(' ')))) return '';
  // the title and the main heading: where a page says whose it is (a small "제휴사 누리카드" further down is not)
  const main = mainHeadingOf(ctx.facts);
  const texts = main ? [ctx.facts.title, main.text] : [ctx.facts.title];
  for (const t of texts)
    for (const raw of light(t).split(/[\s|·:,.()\-–—]+/)) {
      const w = tightFromLight(raw);
      if (w.length < 3 || w.length > 12 || !FIRM_END.test(w) || CARD_KIND.test(w) || ctx.brandRe.test(w))
        continue;
      const stem = w.replace(FIRM_TRADE, '');
      if (NOT_A_NAME.test(stem) || lureWords(stem)) continue;
      if (!/^[가-힣]{1,4}$/.test(stem)) {
        // (… or a name of two Latin initials and a Hangul word, "KB국민카드" on kbcard.com: the initials and the
        // trade are the host's label — page-r2-az)
        const pre = /^([a-z]{2,3})[가-힣]{1,4}$/.exec(stem)?.[1];
        if (
          pre &&
          labels.some(
            (l) =>
              l.startsWith(pre) &&
              /^-?[a-z]/.test(l.slice(pre.length)) &&
              TRADE_LATIN.test(l.slice(pre.length).replace(/^-/, '')),
          )
        )
          return w;
        continue;
      }
      const spellings = [romanize(stem), romanize(stem[0]!)].filter((r) => r.length >= 4);
      for (const label of labels)
        for (const r of spellings)
          if (label.startsWith(r) && TRADE_LATIN.test(label.slice(r.length).replace(/^-/, ''))) return w;
      // (… or spelled as the firm spells itself, not by the Revised Romanization: shinhan, hyundai, samsung for
      // 신한, 현대, 삼성 — the same consonants in the same order, the vowels as they may be written — page-r2-az)
      const sk = romanSkeleton(romanize(stem));
      if (sk.length >= 3)
        for (const label of labels)
          for (let k = 3; k < label.length + 1; k++)
            if (
              label[0] === romanize(stem)[0] &&
              romanSkeleton(label.slice(0, k)) === sk &&
              TRADE_LATIN.test(label.slice(k).replace(/^-/, ''))
            )
              return w;
    }
  // (… or a name of no trade that the host's own name spells, as a loanword is written in Hangul or as itself:
  // "[한빛몰] …" on hanbitmall, "G마켓" on gmarket, "하이웍스 메일" on hiworks, "KT …" on kt.com — in the title, the
  // main heading or a sign-in's caption ("누리 로그인"), and said again elsewhere on the page: a shop's, a portal's or
  // a telco's notice on the brand's leak over its own sign-in — page63)
  // (… only over a sign-in, an id box beside each password: a card, an account, a code, a resident number or a
  // password box alone taken there is a product's or a tool's, not the firm's own login, and the title stays the brand's)
  const site = siteOf(ctx.page?.hostname ?? '').split('.')[0] ?? '';
  const signInAsks =
    ownSignIn(ctx) &&
    ctx.facts.fields.every((f) =>
      /^(?:none|password|name|phone)$/.test(classifyField(f.type, f.autocomplete, f.hints)),
    );
  const captions = ctx.facts.headings.filter((h) => SIGN_IN_CAPTION.test(tight(h.text))).map((h) => h.text);
  for (const t of signInAsks ? [...texts, ...captions] : [])
    for (const raw of light(t).split(/[\s|·:,.()[\]\-–—]+/)) {
      const w = tightFromLight(raw).replace(/(?:로그인|login)$/, '');
      if (w.length < 2 || w.length > 12 || !spellsLoosely(site, w) || ctx.brandRe.test(w)) continue;
      if (NOT_A_NAME.test(w) || lureWords(w) || resemblesBrand(ctx, w, w) || posesAsAuthority(ctx, w))
        continue;
      const pieces = [ctx.facts.title, ...ctx.facts.headings.map((h) => h.text), ...ctx.facts.prose];
      // (in either spelling: "하이웍스 메일" over a box "hiworks 아이디")
      const named = (x: string) => tight(x).includes(w) || (site.length >= 3 && tight(x).includes(site));
      const said = pieces.filter(named).length + ctx.facts.fields.filter((f) => f.hints.some(named)).length;
      if (said >= 2) return w;
    }
  // (… or a Latin name that opens both the title and the main heading and is the host's own name, "GLOVIS SSO" over
  // "GLOVIS 통합 로그인" on sso.glovis.net, neither saying a lure's words: a firm's own staff sign-in, whatever tender
  // of the brand's its notices list — page60; "USDT 보상" on usdt.example is a payout's lure)
  const opens = texts.map((t) => tightFromLight(light(t).split(/[\s|·:,()\-–—]+/, 1)[0] ?? ''));
  const w = opens[0] ?? '';
  if (
    main &&
    w.length >= 4 &&
    w === site &&
    opens[1] === w &&
    !texts.some((t) => lureWords(tight(t))) &&
    otherName(ctx, w) &&
    !resemblesBrand(ctx, w, w) &&
    !posesAsAuthority(ctx, w)
  )
    return w;
  return '';
}

/** Box words (tight) that are one of the words of `groups` whole: "아이디", "email" (SIGN_IN_WORDS) */
/*@__NO_SIDE_EFFECTS__*/
function wholeWord(...groups: string[][]): RegExp {
  return new RegExp(`^(?:${groups.flat().join('|')})$`);
}

/**
 * An id box's words (tight), as a sign-in says them: "아이디를 입력해주세요", "아이디 또는 이메일", "ID or email" — a
 * Korean id word anywhere in them, a Latin one at their start (SIGN_IN_WORDS)
 */
const ID_WORDS = new RegExp(
  [SIGN_IN_WORDS.id, SIGN_IN_WORDS.login, SIGN_IN_WORDS.member]
    .flat()
    .map((w) => (/^[a-z]/.test(w) ? `^${w}` : w))
    .join('|'),
);
/**
 * Every password the page asks sits in a sign-in: an id box beside it and nothing else in its form, and no box of
 * it names the brand ("쿠팡 아이디" is the brand's login wherever it is asked) — page63
 */
function ownSignIn(ctx: Ctx): boolean {
  const { fields } = ctx.facts;
  return (
    !fields.some((f) => f.hints.some((h) => ctx.brandRe.test(tight(h)))) &&
    passwordsInSignIns(
      ctx,
      (f) => f.type === 'password',
      (f) => f.type !== 'password' && f.hints.some((h) => ID_WORDS.test(tight(h))),
      (f) => f.type === 'checkbox',
    )
  );
}

/**
 * Every password (`isPw`) the page asks sits in a form with an id box (`isId`) and nothing else in it but passwords,
 * id boxes and what `also` lets by — the shape ownSignIn (page63) and signInOnly (page-r2-az) each ask of a sign-in
 */
function passwordsInSignIns(
  ctx: Ctx,
  isPw: (f: FieldFact) => boolean,
  isId: (f: FieldFact) => boolean,
  also: (f: FieldFact) => boolean = () => false,
): boolean {
  const { fields } = ctx.facts;
  const pw = fields.filter(isPw);
  return (
    pw.length > 0 &&
    pw.every(
      (p) =>
        p.form >= 0 &&
        fields.some((f) => f.form === p.form && isId(f)) &&
        fields.every((f) => f.form !== p.form || f.type === 'password' || isId(f) || also(f)),
    )
  );
}

/** A heading that captions a sign-in (tight): "배민 로그인", "NAVER 로그인", "Log in" */
const SIGN_IN_CAPTION = /(?:로그인|login|signin)$/;
/**
 * The host's own name `site` spells the name `w` (tight) whole: the same Latin letters (two at least), or the Hangul's
 * consonants in order as a loanword writes a Latin name (naver 네이버, kurly 컬리, hiworks 하이웍스, baemin 배민: r after a
 * vowel unsaid, v as b, f as p, c and q as k), after Latin initials it keeps ("G마켓", gmarket; "CJ온스타일",
 * cjonstyle) — page63
 */
function spellsLoosely(site: string, w: string): boolean {
  if (/^[a-z0-9]+$/.test(w)) return w.length >= 2 && w === site;
  // (a number the name ends with, the host's too: "이마트24" on emart24)
  const no = /\d+$/.exec(w)?.[0] ?? '';
  if (no && !site.endsWith(no)) return false;
  const m = /^([a-z]{0,3})([가-힣]{2,6})$/.exec(w.slice(0, w.length - no.length));
  site = site.slice(0, site.length - no.length);
  if (!m || !/^[a-z]{3,}$/.test(site)) return false;
  const latin = (t: string) =>
    t
      .replace(/ck/g, 'k')
      .replace(/[cq]/g, 'k')
      .replace(/([aeiouy])r(?![aeiouy])/g, '$1')
      .replace(/v/g, 'b')
      .replace(/f/g, 'p')
      .replace(/x/g, 'ks');
  const said = latin(m[1]!) + romanize(m[2]!);
  const written = latin(site);
  const sk = romanSkeleton(said);
  // (the same first letter, or a vowel for a vowel: 이마트, emart)
  const first = (t: string) => (/^[aeiouy]/.test(t) ? 'a' : t[0]);
  return sk.length >= 2 && first(said) === first(written) && romanSkeleton(written) === sk;
}

/** A romanized name's consonants (sh as s, voiced as voiceless, r as l, doubled once): 신한's sinhan and shinhan alike */
const romanSkeleton = (r: string) =>
  r
    .replace(/sh/g, 's')
    .replace(/[aeiouwy]/g, '')
    .replace(/[gbdr]/g, (c) => ({ g: 'k', b: 'p', d: 't', r: 'l' })[c]!)
    .replace(/(.)\1/g, '$1');

/** A Latin name's two initials: its first letter and the consonant after its first vowels (coupang → cp) */
function initials(n: string): string {
  const m = /^[^aeiouy]*[aeiouy]+([^aeiouy])/.exec(n);
  return m ? n[0]! + m[1]! : '';
}

function abbreviates(w: string, n: string): boolean {
  let i = 0;
  for (const c of n) if (c === w[i]) i++;
  return i === w.length;
}

/** Authorities kits pose as next to the brand; their real pages live on government hosts. */
// (… named in English too, "Korean National Police Agency · Cyber Bureau" atop a bank login — page60)
const AUTHORITY =
  /위원회|정부|경찰|검찰|지검|고검|금융감독|금감원|소비자원|공정거래|국세청|관세청|우정사업|행정안전|개인정보보호|kisa|인터넷진흥원|금융소비자|분쟁조정|피해구제|police|cyberbureau|financialsupervisory|financialservicescommission|prosecutor/;
/** App stores a fake listing poses as ("쿠팡 - Google Play 앱"); their real listings live on their own hosts. */
const APP_STORE =
  /googleplay|playstore|플레이스토어|구글플레이|appstore|앱스토어|원스토어|onestore|galaxystore|갤럭시스토어/;
/** The stores' own listing hosts (not every host of their firms: `sites.google.com` is anyone's). */
const STORE_HOST =
  /^(?:play\.google\.com|apps\.apple\.com|(?:www\.|m\.)?onestore\.co\.kr|(?:galaxystore|apps)\.samsung\.com)$/;
function posesAsAuthority(ctx: Ctx, t: string): boolean {
  const host = ctx.page?.hostname ?? '';
  if (APP_STORE.test(t)) return !STORE_HOST.test(host);
  return AUTHORITY.test(t) && !/\.(?:go|or)\.kr$/.test(host);
}

interface ImageHit {
  brand: boolean;
  logo: boolean;
  logoish: boolean;
  cdn: boolean;
  textT: string;
  evidence: string;
}

const LOGO_CI = /logo|로고|brand|symbol/;

/**
 * An image whose pixels show the brand's mark (lib/page/logo-sig.ts; ImageFact.mark) where the page shows its own
 * logo: the site header, a logo container, a heading, the top of the page, inside the form. Not in the footer
 * (where partner logos sit), articles, quotes, comments, sidebars, nor linking to the affiliate hosts. A row of
 * several shops' logos is left out by the browser side (logo-read.ts), which sees the layout.
 */
function pixelLogo(ctx: Ctx): { code: PageReasonCode; evidence: string } | null {
  const img = ctx.facts.images.find((i) => i.mark && inLogoPlace(ctx, i, false));
  return img ? { code: 'brand-logo', evidence: `image: ${img.mark}` } : null;
}

/**
 * The image sits where a site shows its own logo: site header, logo container, heading, inside the form box, or
 * at the top of the page before any heading or form (with `footer`, the footer too). Not in article bodies,
 * quotes, comments, sidebars or links to the affiliate hosts.
 */
function inLogoPlace(ctx: Ctx, img: ImageFact, footer: boolean): boolean {
  const places = HEADER | HEADING | TOP | FORM | LOGO | (footer ? FOOTER : 0);
  // (a picture that heads a form is the form's face, in whatever box the form sits: an "article", a "mail" read
  // in a webmail's frame, a widget; a quoted or commented one is someone's words)
  if (img.headsForm) return !(img.flags & (QUOTE | COMMENT));
  if ((!(img.flags & places) && !LOGO_CI.test(img.ci)) || img.flags & (ARTICLE | QUOTE | COMMENT | ASIDE))
    return false;
  const linkHost = img.link ? parseUrl(img.link, ctx.page?.href)?.hostname : undefined;
  return !(linkHost && hostMatches(linkHost, ctx.brand.affiliateHosts));
}
/** null when the image is not where a logo sits (then it claims nothing). */
function imageClaim(ctx: Ctx, img: ImageFact): ImageHit | null {
  if (!inLogoPlace(ctx, img, true)) return null;
  // a badge in a line that compares prices with the brand ("[쿠팡] 쿠팡 판매가 119,000원 대비 3,000원 저렴"):
  // the shop compared with, not the page's own mark
  if (img.after && COMPARED_LINE.test(tight(img.after))) return null;
  const u = img.src && !img.src.startsWith('data:') ? parseUrl(img.src, ctx.page?.href) : null;
  const path = u ? u.pathname : img.src.startsWith('data:') ? '' : img.src;
  const fileT = tight(path);
  const textT = tight(img.text);
  const cdn = !!u && hostMatches(u.hostname, ctx.brand.cdnHosts);
  const brandInText = ctx.brandRe.test(textT);
  const brandInFile = ctx.brandRe.test(fileT);
  const logoish = !!(img.flags & LOGO) || LOGO_CI.test(img.ci) || /logo|로고/.test(`${fileT} ${textT}`);
  // The image names the brand as ITS subject: alt "쿠팡" / "Coupang 로고", or an unnamed image whose file
  // is the brand's logo ("coupang_logo.png", "logo_coupang_w350.png" on the brand's CDN).
  // (… or a picture at the very top whose first line is the name, the rest its lines: a poster drawn as one SVG,
  // "coupang" over "개인정보 유출 피해 접수 …" — page-r2-ax)
  const head = img.flags & TOP && brandInText ? tight(img.head ?? img.text.trim().split('\n', 1)[0]!) : '';
  const named = brandInText && (dominant(ctx, textT) || (ctx.brandRe.test(head) && !remainder(ctx, head)));
  const unnamedFile =
    !brandInText &&
    !otherName(ctx, textT) &&
    brandInFile &&
    (logoish || /logo|로고|ci|bi/.test(fileT) || dominant(ctx, tight(fileName(path).replace(/\.\w+$/, ''))));
  const cdnLogo = cdn && (logoish || /logo/.test(fileT)) && !otherName(ctx, textT);
  return {
    brand: brandInText || brandInFile,
    logo: named || unnamedFile || cdnLogo,
    logoish,
    cdn,
    textT,
    evidence: img.text.trim() || fileName(img.src),
  };
}

// ------------------------------------------------------------------------------------------------ risk

/** The reason (and its weight) a field of each kind gives a page that asks for it */
export const KIND_REASON: Partial<Record<FieldKind, [PageReasonCode, number]>> = {
  // a wallet's recovery phrase is its password, for every coin in it
  seed: ['asks-seed-phrase', 4],
  // (asked only as payment, below: money handed over, like a card's number)
  voucher: ['asks-gift-pin', 4],
  entrance: ['asks-entrance-code', 4],
  card: ['asks-card', 4],
  customs: ['asks-customs-code', 4],
  // (a SIM's serial, PUK or eSIM code: the line itself, and every code texted to it — page46)
  sim: ['asks-sim-code', 4],
  resident: ['asks-resident-id', 4],
  bank: ['asks-bank-account', 3],
  otp: ['asks-otp', 3],
  password: ['asks-password', BRAND_PASSWORD],
  // not a secret, but the way out of the page to a messenger chat (task scams, fake prize "missions")
  messenger: ['asks-messenger-id', 1.5],
};

/** An open chat's address: KakaoTalk open chat (web or app scheme), Telegram, a LINE group. */
// (open chat under any of Kakao's own top-level names: `open.kakao.<tld>/o/…` is nobody else's path)
// (… or a LINE account to add as a friend: its link's path, "/ti/p/~id", whoever serves it)
// (… or Telegram's own link scheme, `tg://resolve?domain=…`, `tg://join?invite=…`)
const MESSENGER_LINK =
  /kakaoopen:\/\/|tg:\/\/(?:resolve|join|msg|openmessage)\b|open\.kakao\.[a-z]{2,12}\/me\/|open\.kakao\.[a-z]{2,12}\/o\/|\bt\.me\/(?!share)|telegram\.me\/|line\.me\/(?:ti\/g|r\/ti)|line\.[a-z]{2,12}\/ti\/p\/[\w~@%.-]{3}|\/ti\/p\/(?:~|%7e|@)[\w.-]{3}/i;

/** A KakaoTalk business channel's chat */
const CHANNEL_CHAT = /pf\.kakao\.(?:com|[a-z]{2,12})(?:\/(?:_|%5f)\w{3,}(?:\/chat)?)?/i;
/** A sentence that makes the channel the desk for a payout, a refund or the leak (tight) */
const CHANNEL_TOPIC =
  /(?:카카오|카톡|채널|kakao|channel).{0,40}(?:피해보상|보상금|보상신청|환불|유출|compensation|refund)|(?:피해보상|보상금|보상신청|환불|유출|compensation|refund).{0,40}(?:카카오|카톡|채널|kakao|channel)/;

/** An open chat or Telegram account given by name: the service, then its ID or handle */
// (… or a LINE account's ID, "LINE ID @cp-care24": LINE's IDs take hyphens — round page-r7-bk)
const MESSENGER_NAMED =
  /(?:오픈\s?채팅|오픈\s?카?톡|open\s?chat|텔레그램|telegram)(?:방)?\s*(?:id|아이디|주소|검색|채널)?\s*[:：]?\s*@?[a-z][a-z0-9_.]{3,31}|(?:\bLINE|라인)\s*(?:ID|아이디)\s*[:：]?\s*@[a-z][a-z0-9_.-]{3,19}/i;

/**
 * An agent on a foreign messenger the reader is handed to ("업무 배정은 LINE 상담원이 진행", "텔레그램 담당 매니저"):
 * the brand serves nobody there. (KakaoTalk's consultation is every Korean shop's own channel: not counted.)
 */
const MESSENGER_AGENT =
  /(?:\bLINE\b|\bLine\b(?=\s*(?:ID|아이디|상담|채용|담당|매니저|팀장|으로|로))|라인(?:\s*\(line\))?|텔레그램|telegram|위챗|wechat|whatsapp|왓츠앱)\s*(?:으로|로|에서|의|을\s*통해)?[^.。\n]{0,16}?(?:상담원|상담사|담당자|담당\s*매니저|매니저|팀장|채용\s*담당|agent|manager|recruiter)/i;

/**
 * An open chat (or a Telegram room) given with the code that lets the reader in ("상담은 카카오톡 오픈채팅으로만
 * 진행됩니다. 참여코드 0957", "…단체 오픈채팅방입니다 … 참여 코드: 1218"): a room locked for the reader, which no shop's
 * desk is — the asking goes on there.
 */
const OPEN_CHAT_CODE =
  /(?:오픈\s?채팅|오픈\s?카?톡|open\s?chat|텔레그램|telegram)[^]{0,80}?(?:참여|입장|참가)\s?(?:코드|번호|비밀번호)\s*[:：]?\s*\d{3,8}/i;

/** What a chat asks for in words: the item, then (within a few characters: "6자리를", "앞 6자리와") a verb. */
// (… or the phone's number in chat shorthand, "이름/생년월일/통신사/폰번호 보내주세요" — page-r6-bh)
// (… or the entrance code by its other names, "공동현관 번호", "출입번호" — page-r2-ax)
const CHAT_ITEM =
  /공동현관(?:출입|비밀)?번호|출입번호|주민등록번호|주민번호|카드번호|계좌번호|인증번호|통관고유부호|통관번호|통관부호|비밀번호|생년월일|휴대폰번호|핸드폰번호|전화번호|폰번호|성함|통신사|password|cardnumber|accountnumber|verificationcode|dateofbirth|phonenumber|fullname/g;
/** Right after an item: its length and a word that lists it with the next ("16자리와", "및", ",") (tight) */
const LISTED_WITH = /^(?:\d{1,2}자리)?(?:와|과|및|랑|이랑|하고|그리고|,|·|\/)/;
/** One chat item, not global */
const ONE_ITEM = new RegExp(CHAT_ITEM.source);
/**
 * The item ending at `end` of `chat` is listed with a next item (within 20 characters) that a verb after it asks, and
 * no sentence ends in between: the verb asks both.
 */
/** A paper listed with the next before one verb sends both ("신분증 사진과 통장 사본을 전송") */
function listedPaper(chat: string, end: number): boolean {
  const after = chat.slice(end, end + 40);
  const next = LISTED_WITH.test(after) ? new RegExp(PAPER_PHOTO.source).exec(after) : null;
  return !!next && next.index <= 6 && PAPER_SENT.test(after.slice(next.index + next[0].length));
}
function listedAsked(chat: string, end: number): boolean {
  const after = chat.slice(end, end + 40);
  if (!LISTED_WITH.test(after)) return false;
  const next = ONE_ITEM.exec(after);
  if (!next || next.index > 20 || /[.!?]/.test(after.slice(0, next.index))) return false;
  const from = end + next.index + next[0].length;
  const rest = chat.slice(from, from + 24);
  return CHAT_VERB.test(rest) && !NEVER_ASKED.test(chat.slice(from, from + 40));
}
/**
 * A photo or copy of the papers that carry a secret, asked in the chat the page hands the reader to ("신분증 사진과
 * 통장 사본을 전송하시면"): an ID card's photo is its resident number, a bankbook's copy its account (tight).
 */
const PAPER_PHOTO =
  /(?:신분증|주민등록증|운전면허증)(?:앞뒷면|앞뒤|앞면|뒷면)?(?:사진|사본|촬영본)|통장(?:사본|사진)/g;
/** … then sent: "보내", "전송", "올려" (not "보내지 마세요") */
const PAPER_SENT = /^.{0,30}?(?:보내|전송|올려|업로드|첨부)(?!하지(?:[마말]|않)|지(?:[마말]|않))/;
/** What follows "카드번호" when only its last digits are asked: "뒤 4자리", "끝 네 자리", "마지막 4자리". */
const CARD_TAIL = /^(?:의)?(?:뒤|끝|마지막|뒷)(?:번호)?(?:4|네)자리/;
/** A sentence that says the item is never asked for (tight): "보내지 않습니다", "요구하지 않습니다" */
const NEVER_ASKED = /^[^.!?]{0,40}?(?:보내|요구하|묻|요청하|물어보|받)지않(?:습니다|아요|음|는다)/;
// (not when it is forbidden: "입력하지 마세요", or refused, "알려주지 않고 경비실 호출로" — page-r2-ax; a threat is still an
// ask: "입력하지 않으면 취소됩니다")
// (… or left in the chat for the agent to read: "카드번호를 남겨주시면 조회해드리겠습니다")
// (… or sent back as a reply, "성함/주민번호/카드번호를 회신해 주세요" in a message thread — page-r2-aw)
const CHAT_VERB =
  /^.{0,24}?(?:입력|말씀|알려|보내|적어|남겨|남기|회신|답장|enter|type|send|tellus|reply)(?!하지(?:[마말]|않(?!으면))|주지(?:[마말]|않(?!으면))|지(?:[마말]|않(?!으면))|달라|드[리립려]|하는|한[가-힣]|했|하라(?:는|고|네|더|던|며)|하래|하게)/;
/** An English chat's ask, its verb before what it wants (light) */
const EN_CHAT_ASK =
  /\b(?:(?:send|type|enter|reply\s+with|tell\s+us|share|provide)(?:\s+(?:us|me))?\s+(?:your|the)\b|(?:verify|confirm)\s*:)([^.!?\n]{0,80})/gi;
/** What it wants, in that sentence's rest */
const EN_CHAT_ITEM: [RegExp, FieldKind][] = [
  [/\bpass(?:word|code)\b/i, 'password'],
  [/\bcard\s*number|\bcv[cv]\b/i, 'card'],
  [/\baccount\s*number/i, 'bank'],
  [/\b\d-?digit\s+code|\b(?:verification|one-?time|sms)\s+code|\botp\b/i, 'otp'],
];
const CHAT_KIND: [RegExp, FieldKind][] = [
  [/공동현관|출입번호/, 'entrance'],
  [/주민/, 'resident'],
  [/카드|card/, 'card'],
  [/계좌|account/, 'bank'],
  [/인증번호|verification/, 'otp'],
  [/통관/, 'customs'],
  [/비밀번호|password/, 'password'],
  [/생년월일|birth/, 'birth'],
  [/폰|전화|phone/, 'phone'],
  [/성함|name/, 'name'],
  [/통신사/, 'telco'],
];

/** A remote-control session's code (tight): what its app shows, read out to the "agent" to hand the screen over */
const REMOTE_CODE =
  /(?:연결|접속|지원|상담|세션|원격)(?:코드|번호|id|아이디)|(?:connection|session|support|access|remote)(?:code|id|number)/;

/** A password box that takes an integration's API secret, not a person's password */
const API_SECRET = /(?:api|secret|access|client)(?:key|secret|token)|시크릿키|액세스키|api키/;
/** A page that talks of an API or of linking a shop (tight) */
const API_TALK = /api|accesskey|액세스키|연동|integrat|vendorid|업체코드/;

/** What the page asks for that no disclaimer can excuse under the brand's name. */
export const HARD_ASKS = new Set<PageReasonCode>([
  'asks-card',
  'asks-customs-code',
  'asks-sim-code',
  'asks-resident-id',
  'asks-bank-account',
  'asks-entrance-code',
  'asks-cert-password',
  'asks-identity-bundle',
  'asks-otp',
  'asks-seed-phrase',
  'asks-gift-pin',
  'app-download',
  'asks-remote-code',
  'mail-release-lure',
  'callback-lure',
  'transfer-lure',
  'arrears-lure',
  'handoff-lure',
  'wallet-lure',
  // (no honest page makes a human check hang on a pasted command or on allowing notifications)
  'asks-run-command',
  'asks-push-permission',
]);

/**
 * A hard ask, or a code to scan that takes a parcel or a payment to the phone (qr-handoff at 4): there the kit
 * asks what it wants where no guard reads it, as an APK does once installed.
 */
const isHardAsk = (r: PageReason) => HARD_ASKS.has(r.code) || (r.code === 'qr-handoff' && r.weight >= 4);

export function classifyField(type: string, autocomplete: string, hints: string[]): FieldKind {
  let best: FieldKind = 'none';
  let bestRank = FIELD_RULES.length;
  for (const token of autocomplete.split(/\s+/)) {
    const k = autocompleteKind(token);
    if (k) {
      best = k;
      bestRank = FIELD_RULES.findIndex((r) => r[0] === k);
    }
  }
  for (const h of hints) {
    const t = foldTight(h);
    if (!t) continue;
    for (let i = 0; i < bestRank; i++) {
      if (FIELD_RULES[i]![1].test(t)) {
        best = FIELD_RULES[i]![0];
        bestRank = i;
        break;
      }
    }
  }
  const weak =
    best === 'none' || best === 'phone' || best === 'address' || best === 'name' || best === 'birth';
  // a masked box for an API's secret ("Secret Key", "액세스 키") is a developer's key, not a person's password
  if (type === 'password' && weak)
    return hints.some((h) => API_SECRET.test(foldTight(h))) ? 'none' : 'password';
  if (best === 'none' && type === 'tel') return 'phone';
  if (best === 'none' && type === 'date') return 'birth';
  return best;
}

/**
 * Telegram (tight): the channel of Korea's task and job scams, where the brand serves no one. WeChat, LINE and
 * WhatsApp are how honest services talk to readers abroad and to foreign workers: their ids stay an ask of 1.5.
 */
const FOREIGN_MESSENGER = /텔레그램|telegram|텔레(?:아이디|id)/;

/** A box's only words, a validity period (tight): "유효기간", "유효 기한" */
const BARE_VALIDITY = /^유효(?:기간|기한)$/;
/** A card named (tight): the words a card's expiry box comes with */
const CARD_WORD = /카드|card|결제|cvc|cvv/;

/** A box's words of its own: two Hangul syllables, or Chinese characters or kana (at most one mark between) */
export const OWN_WORDS =
  /[가-힣\u3040-\u30ff\u3400-\u9fff][^가-힣\u3040-\u30ff\u3400-\u9fff]?[가-힣\u3040-\u30ff\u3400-\u9fff]/;

/** Words that ask the reader to log in (tight) */
// (ログイン as tight() folds its voicing mark: ロクイン)
const LOGIN_INVITE = /로그인|재로그인|접속하|登录|登入|ロクイン|login|signin|войти/;

/**
 * After the brand: it is the model a page copies, not the page ("쿠팡 스타일", "쿠팡 로그인 화면을 참고해", "쿠팡처럼",
 * "쿠팡 클론"; tight)
 */
const MODEL_OF =
  /^(?:의)?(?:로그인|회원가입|메인|결제)?(?:화면|페이지|폼|ui|디자인|레이아웃)?(?:을|를)?(?:참고|모방|본떠|본딴|따라만|스타일|style|클론|clone|처럼|풍의)/;
/** A time ago, as a feed stamps its items ("2분 전", "3시간 전", "방금", "5 min ago"; tight) */
const AGO = /\d(?:초|분|시간|일)전|방금|\d(?:s|m|h|d|mins?|hours?|days?)ago/;
const APP_INSTALLS = new RegExp(APP_INSTALL.source, 'g');
/** Before the brand: it is named as the thing faked ("가짜 쿠팡 로그인 페이지", "fake Coupang login"; tight) */
const FAKED = /(?:가짜|위조|짝퉁|fake|spoofed|bogus|counterfeit)$/;
/** A promise not to ask ("Wing 로그인 비밀번호를 요구하지 않습니다"): the page tells what it never takes. */
const NEVER_ASKS =
  /(?:요구|요청|묻|여쭙|수집|저장|보관|받)(?:하|드리)?지(?:않|말)|(?:never|not)(?:ask|store|collect)|(?:으로는|로는)(?:로그인|접속)(?:하실|할)수없|cannot(?:log|sign)inwith/;

/**
 * The sentence still asks for a login after any promise or refusal in it ("쿠팡 계정으로는 로그인할 수 없습니다, 쿠팡에
 * 가입하신 비밀번호로 로그인하시면 …" asks after it): what follows the refusal is read on its own.
 */
function invitesAfterRefusal(ctx: Ctx, t: string): boolean {
  const refusal = NEVER_ASKS.exec(t);
  if (!refusal) return true;
  const rest = t.slice(refusal.index + refusal[0].length);
  return LOGIN_INVITE.test(rest) && ctx.brandRe.test(rest);
}

/** A sentence of the page names the brand and asks the reader to log in, not as a report on the brand. */
function invitesBrandLogin(ctx: Ctx): boolean {
  const { facts } = ctx;
  // (a firm's or a school's sign-in for its own people under its own name, staffPage: a notice there that names the
  // brand, "쿠팡 채용설명회 신청은 로그인 후", asks the reader into the page's own account, not the brand's — page-r5-bf)
  if (staffPage(ctx)) return false;
  // (a heading or the top line that is the brand's sign-in: "Coupang Corp · Partner Portal Sign in")
  const lines = [...facts.headings.slice(0, 20).map((h) => h.text), ...facts.topText.slice(0, 10)];
  for (const p of [...lines, ...facts.prose.slice(0, 100)])
    for (const sentence of p.split(/(?<=[.!?。！？])\s*|\n/)) {
      const t = tight(sentence);
      if (
        t.length < 200 &&
        LOGIN_INVITE.test(t) &&
        ctx.brandRe.test(t) &&
        // (not the brand as one shop among others: "쿠팡·11번가·G마켓 가격 알림을 받으려면 로그인하세요")
        [...t.matchAll(ctx.brandAll)].some((m) => {
          const end = serviceEnd(t, m.index, m.index + m[0].length, ctx.brand.services);
          // (… nor the brand's login as the model a tutorial copies: "쿠팡 로그인 화면을 참고해 폼을 만들어 봅니다", "쿠팡
          // 스타일 클론 코딩" — page48)
          return (
            !amongShops(t, m.index, end) &&
            !MODEL_OF.test(t.slice(end, end + 16)) &&
            !FAKED.test(t.slice(Math.max(0, m.index - 6), m.index))
          );
        }) &&
        !reportsOn(sentence) &&
        invitesAfterRefusal(ctx, t)
      )
        return true;
    }
  return false;
}

/** A box that takes an e-mail address or an ID, in the same group as `next` (the box after it) */
function signInBox(f: FieldFact | undefined, next: FieldFact): boolean {
  return (
    !!f &&
    f.form === next.form &&
    (f.type === 'email' ||
      (f.type === 'text' &&
        f.hints.some((h) => /^(?:e-?mail|이메일|아이디|id|user(?:name|id)?)$/i.test(h.trim()))))
  );
}
/** A comment's password (tight): "댓글 비밀번호", "comment password" */
const COMMENT_PASSWORD = /^(?:댓글|덧글|comment)(?:용)?(?:비밀번호|password)$/;
/** Is this form the page's readers talking (a comment, review or guest-book box), not the page asking? */
function readerForm(ctx: Ctx, i: number, kinds: Set<FieldKind>): boolean {
  // (boxes with no <form> around them are one group: a blog's comment box drawn with divs)
  const form = i >= 0 ? ctx.facts.forms[i] : undefined;
  if (!form && i >= 0) return false;
  for (const k of kinds) if (k !== 'password' && k !== 'name' && k !== 'none') return false;
  const fields = ctx.facts.fields.filter((f) => f.form === i);
  const hints = fields.flatMap((f) => f.hints).join(' ');
  // a comment box is a textarea, or a one-line box whose own label says it is the comment ("댓글" beside
  // "비밀번호(댓글 수정용)")
  // (… or a password box whose own label says it is the comment's, "댓글 비밀번호", beside a nickname box: the
  // comment's words left out of the markup — page-r4-bd)
  if (
    !(form ? form.textarea : fields.some((f) => f.type === 'textarea')) &&
    !fields.some((f) => f.type !== 'password' && f.hints.some((h) => READER_FORM.test(tight(h)))) &&
    !(
      fields.some((f) => f.type === 'password' && f.hints.some((h) => COMMENT_PASSWORD.test(tight(h)))) &&
      fields.some((f) => f.type !== 'password' && f.hints.some((h) => /닉네임|nickname/.test(tight(h))))
    )
  )
    return false;
  return READER_FORM.test(tight(`${hints} ${form?.words ?? ''} ${form?.action ?? ''}`));
}

/**
 * Words in quotes reported as a call or a text someone got: "'…'는 전화를 받았어요", "'…'라는 문자가 왔어요" (raw; not
 * "'…'라는 문자를 받으셨나요?", a kit's question to its reader)
 */
const REPORTED_QUOTE =
  /["“'‘「『][^"”'’」』\n]{2,80}["”'’」』]\s*(?:는|라는|이라는|라고|란|하는)\s*(?:전화|문자|연락|메시지|카톡)(?:을|를|가|이)?\s*(?:받았|왔|걸려\s?왔)/g;
/** A line that is a company's name, then its street address and nothing else (light text) */
const COMPANY_ADDRESS =
  /^\s*[가-힣a-z0-9]{2,12}\s*(?:\(주\)|주식회사|corp\.?|inc\.?|co\.,?\s?ltd\.?)\s*(?:서울|부산|대구|인천|광주|대전|울산|세종|경기|강원|충청|충북|충남|전라|전북|전남|경상|경북|경남|제주)[가-힣]{0,4}\s+[가-힣\s\d-]{2,24}?(?:로|길)\s*\d{1,4}(?:-\d{1,4})?\s*$/;
/** A task job's work and pay (tight): likes and reviews done for money settled the same day */
const TASK_PAY = /(?:리뷰|좋아요|후기|클릭|미션)[가-힣]{0,8}작업|(?:당일|즉시|일일)정산|일당?\d+~?\d*만원/;
/** A leak's damages sought (tight): a suit, a payout, a consolation */
const DAMAGES_TALK =
  /(?:유출|노출|해킹|leak|breach)[^]{0,80}?(?:소송|보상|위자료|배상|손해|compensat|lawsuit|classaction)|(?:공동|집단)소송|위자료|classaction|(?:유출|노출|leak|breach|pwned)[^]{0,12}?(?:조회|확인|check)/;
/** A parcel's fee (tight): to keep it, bring it again, send it back */
// (… or a surcharge said owed after the parcel left, "도서산간 추가 배송비 미납", "추가운임": a shop's price list says
// "배송비 3,000원", never a fee due on a parcel on its way — page44)
const PARCEL_FEE =
  /보관료|보관비|재배송비|재배송료|재배달비|반송비|반송료|추가배송비|배송비미납|미납배송비|추가운임|도선료|storagefee|redeliveryfee|extrashippingfee|shippingsurcharge/;
/** The brand as the subject that tells the reader something (tight, after its name): "은 … 알려드립니다" */
const BRAND_NOTIFIES =
  /^(?:은|는|이|가|에서는)[^.!?]{4,120}?(?:알려드립니다|안내드립니다|통지합니다|통지드립니다|알립니다)/;
/** A message's head that names its sender as a desk of the brand ("[쿠팡 피해보상팀]", "[Coupang Support]"; raw) */
const SENDER_TAG = /^\s*\[[^\]\n]{2,24}(?:팀|센터|본부|상담실|team|support|desk|center)\s*\]/i;
/** After the brand: it saw something on the reader's account ("security detected a sign-in", "보안팀이 … 감지"; tight) */
const SAW_ACCESS = /^.{0,40}?(?:detected|noticed|감지|탐지)/;
/** … a sign-in, an access (tight) */
const ACCESS_WORD = /로그인|접속|signin|login|access/;
/** A box's label calling it an example (an article's illustration of a form) */
const EXAMPLE_BOX = /예시|예제|샘플|데모|\b(?:example|sample|demo)\b/i;

/** Words before a form calling it a demo that sends nothing: "데모 (제출되지 않음)", "Demo — not submitted" */
const DEMO_FORM =
  /(?:데모|예시|예제|샘플|\b(?:demo|example|sample)\b)[^]{0,30}?(?:제출되지\s?않|전송되지\s?않|저장되지\s?않|보내지\s?않|not\s(?:submitted|sent|saved))/i;

/** A page that calls itself a clone for a portfolio or a study (title, first lines): "쿠팡 클론 프로젝트 (포트폴리오)" */
// (… or in Japanese, a screen "reproduced" or drawn as design practice: "ログイン画面をCSSで再現", "デザイン練習" — page-r2-ay)
const CLONE_PAGE =
  /클론\s?(?:프로젝트|코딩|사이트|앱)|포트폴리오|\bclone\s(?:project|app|site)|\bportfolio\b|再現|クローン|模写|デザイン練習/i;
/** … that tells the reader not to type real details into it: "실제 정보를 입력하지 마세요", "do not enter real …" */
const NO_REAL_INFO =
  /실제\s?(?:개인\s?)?(?:정보|계정|비밀번호|카드)[^.!?]{0,12}?(?:입력하지|넣지|쓰지)|\bnot\s(?:enter|use|type)\s(?:your\s|any\s)?real\b/i;

/** … or that what is typed into it goes nowhere: "제출된 값은 어디에도 전송되지 않습니다", "nothing is sent" */
// (… "送信先はありません", "送信されません": no address to send to, in Japanese — page-r2-ay)
const NOT_SENT =
  /(?:제출|전송|저장)되지\s?않|(?:is|are|gets?)\s(?:never|not)\s(?:sent|submitted|stored|saved)|送信先は?(?:ありません|ない)|送信され(?:ません|ない)/i;
/** A click handler that could carry what a box holds (read it, send it, submit it) */
const CARRIES_VALUE =
  /\.value\b|formdata|fetch\s*\(|xmlhttp|sendbeacon|websocket|\.submit\s*\(|queryselector|getelementby/i;

/** A building's entry code in English (tight): "Door entry code", "building entry PIN" */
const ENTRY_CODE = /(?:door|building|gate|lobby|apartment)entry(?:code|pin|password)|doorpin/;

/**
 * A box's whole label in chat shorthand (tight): "주번" (the resident number), "통장" / "통장(은행/번호)" (the bank
 * account), "인번" (the code sent): the words a kit writes for readers it addresses in slang (page-r3-ba)
 */
const SHORTHAND_BOX: [FieldKind, RegExp][] = [
  ['resident', /^주번(?:호)?$/],
  ['bank', /^통장(?:번호|은행|은행번호|은행명번호)?$/],
  ['otp', /^인번(?:호)?$/],
];
/** A box's whole label that is only "code" (tight): "Code", "코드" */
const BARE_CODE_BOX = /^(?:code|코드)$/;
/** A box's whole label that is only "account" (tight), and the one before it that is only "bank" (page-r4-bc) */
const BARE_ACCOUNT_BOX = /^(?:account|accountno|accountnumber|acct|acctno)$/;
const BARE_BANK_BOX = /^(?:bank|bankname|은행|은행명)$/;
/** The box before `field` in its form says only "Bank" */
function bankBefore(fields: readonly FieldFact[], field: FieldFact): boolean {
  const prev = fields[fields.indexOf(field) - 1];
  return (
    !!prev &&
    prev.form === field.form &&
    [...prev.hints, prev.near ?? ''].some((h) => BARE_BANK_BOX.test(tight(h)))
  );
}
/** … on a page that says a code was just sent to the reader's phone (tight): "We sent a 6-digit code to your phone" */
const CODE_SENT_TO_PHONE = /sent(?:you)?an?(?:\d-?digit)?code(?:to|via|by)(?:your)?(?:phone|mobile|sms|text)/;
/** A box's whole label for "the number received" (tight): "받은 숫자", "수신한 번호" (page-r2-ay) */
const RECEIVED_BOX = /^(?:받으신|받은|수신한|도착한)(?:숫자|번호|코드)$/;
/** … on a page that says a number came by text (tight): "문자로 온 숫자", "카톡으로 받으신" */
const TEXTED = /(?:문자|메시지|sms|카톡|카카오톡|알림톡)(?:으?로)(?:온|받은|받으신|도착한|전송된|보내드린)/;
/** A box's whole label for a code by its digits alone (tight): "코드 6자리", "6자리 로그인 코드" (page-r3-bb) */
const CODE_DIGITS_BOX =
  /^(?:로그인|인증|확인|보안)?코드\d{1,2}자리$|^\d{1,2}자리(?:로그인|인증|확인|보안)?코드$/;
/** … on a page that says the reader has just received a code (tight): "방금 받으신 토스 로그인 코드 6자리" */
const CODE_RECEIVED = /(?:받으신|받은|수신한|도착한|전송된|보내드린)[가-힣a-z]{0,12}코드/;

/** A line that tells the reader to type in below what a text brought (tight): "문자로 받으신 '거래번호'를 아래에 입력" */
const TEXTED_TO_TYPE =
  /(?:문자|메시지|sms|카톡|카카오톡|알림톡)(?:으?로)(?:온|받은|받으신|도착한|전송된)([가-힣a-z]{0,10}?)(?:을|를)?(?:아래|이곳|여기|빈칸|아래칸)(?:에|의)?(?:그대로)?(?:입력|적어|기재)/;
/** … the thing named, when it is a parcel's, an order's or a booking's number (tight) */
const NO_SECRET_NUMBER = /송장|운송장|주문|예약|접수|등기|택배|배송|쿠폰|회원|차량/;
/** A free-text box's own words that have the reader paste a text message in (tight): "문자 내용을 붙여넣으세요" */
const PASTE_MESSAGE_BOX =
  /(?:문자|메시지|sms|message|web발신)[가-힣a-z]{0,8}(?:붙여|paste|복사)|(?:붙여|paste)[가-힣a-z]{0,8}(?:문자|메시지|sms|message)/;
/** A box's own words that name a text message whole (tight): "문자 내용 전체", "SMS 전문" */
const MESSAGE_BOX = /^(?:인증)?(?:문자|메시지|sms|message)(?:내용|전체|전문|원문|본문|text|content)/;
/** … on a page that says the text carries a code (tight), and does not check a text for scams (a smishing checker) */
const PASTED_CODE = /인증번호|인증문자|인증코드|승인번호|verificationcode|securitycode|otp/;
const CHECKS_MESSAGE = /스미싱|사칭|의심|신고|피싱|악성|smishing|phishing|scam|spam|report/;
function textedToType(near: string | undefined): boolean {
  const m = near ? TEXTED_TO_TYPE.exec(tight(near)) : null;
  return !!m && !NO_SECRET_NUMBER.test(m[1]!);
}

/** A handler that calls something or joins strings (onclick="location.href=atob(…)"): built once, not per link */
const CALLS_OR_JOINS = /[(+]/;

/** A box's own words that name an e-mail address (tight) */
export const OWN_EMAIL = /email|이메일|e메일|메일주소/;
/** A box's own words that say it takes a unit's number (동, 호, 동-호수, 세대 번호): an address, not a door code */
export const UNIT_BOX = /동\s*[-/·]?\s*호(?:수)?|세대\s*번호|^(?:동|호수?)$/;

/**
 * A title of two pieces split by one bar, one Hangul word first, "아파트아이 | 공동현관 비밀번호": that word may be the
 * site's name (light text; it is weighed as any name is, below). A phrase, "잠시만 기다려 주세요... | …", or an
 * English word of a page's state, "Loading | 로그인", names no one.
 */
const siteBarPage = (lt: string): boolean => /^[가-힣]{2,12}\s[|｜]\s[^|｜\-–—]{2,30}$/.test(lt.trim());

/** A button that quotes an insurance premium (tight, whole): "보험료 확인", "내 보험료 계산하기", "Get a quote" */
const PREMIUM_QUOTE =
  /^(?:내)?(?:예상)?보험료(?:확인|계산|조회|산출|알아보기|보기)(?:하기)?$|^(?:무료)?(?:보험)?견적(?:확인|받기|조회|요청)(?:하기)?$|^getaquote$/;
/**
 * The page's only asks are who the reader is (name, birth date, phone) and its button quotes an insurance premium:
 * an insurer's quote form — it sells the reader cover, it pays and unlocks nothing (page-r6-bh)
 */
function premiumQuote(ctx: Ctx, asked: Set<FieldKind>): boolean {
  if ([...asked].some((k) => k !== 'name' && k !== 'birth' && k !== 'phone' && k !== 'none')) return false;
  return ctx.facts.actionText.slice(0, 20).some((t) => PREMIUM_QUOTE.test(tight(t)));
}

function scoreRisk(ctx: Ctx): void {
  const { facts } = ctx;
  // what the page tells the reader to do, for the lures read in words (a QR to scan, keys to press, an extension to
  // load): its first paragraphs and its headings
  // (… and sentences its stylesheet draws, `content: attr(data-x)` on a paragraph: the reader reads them as text)
  const told = [
    ...facts.prose.slice(0, 200),
    ...facts.headings.map((h) => h.text),
    ...facts.cssText.filter((t) => t.length >= 12).slice(0, 20),
  ].join(' ');
  // (its tight form made once, when first asked: nine tests below read it — pagespeed6)
  let toldTightOnce: string | undefined;
  const toldTight = (): string => (toldTightOnce ??= tight(told));
  const sensitiveForms = new Set<number>();
  let phone = '';
  let address = '';
  // kinds per form first: a comment form's password (to edit one's own comment later) asks nothing of the user
  const kindsByForm = new Map<number, Set<FieldKind>>();
  const inert =
    facts.forms.length === 0 &&
    facts.codeText.length > 0 &&
    !facts.inlineScript.trim() &&
    // (a stylesheet carries nothing; any other file may be a script)
    facts.resources.every((r) => /\.css(?:[?#]|$)/i.test(r));
  let example = '';
  const demoForm =
    facts.forms.length > 0 &&
    facts.codeText.length > 0 &&
    !facts.inlineScript.trim() &&
    facts.resources.every((r) => /\.css(?:[?#]|$)/i.test(r)) &&
    facts.forms.every((f) => /^#?$/.test(f.action.trim()));
  const opening = [facts.title, ...facts.prose.slice(0, 6)].map((p) => p.slice(0, 400)).join(' ');
  const cloneDemo =
    facts.forms.length > 0 &&
    !facts.inlineScript.trim() &&
    facts.resources.every((r) => /\.css(?:[?#]|$)/i.test(r)) &&
    facts.forms.every((f) => /^#?$/.test(f.action.trim())) &&
    CLONE_PAGE.test(opening) &&
    NO_REAL_INFO.test(opening);
  // (… or a tutorial's clone whose boxes nothing could carry: no form, no script of its own or from a file, no click
  // handler that reads a box — over code, saying what is typed is sent nowhere. page-r2-ax: a kit's boxes must reach
  // something that sends them)
  const cloneInert =
    inert &&
    CLONE_PAGE.test(opening) &&
    (NO_REAL_INFO.test(opening) || NOT_SENT.test(opening)) &&
    !facts.links.some((l) => CARRIES_VALUE.test(l.href));
  // (… or such a clone's form with no address, on a page that shows code and runs no script, saying what is typed is
  // sent nowhere — no box of it naming the brand. page-r2-ay: a kit's boxes ask the brand's login and go somewhere)
  const cloneQuiet =
    demoForm &&
    CLONE_PAGE.test(opening) &&
    NOT_SENT.test(opening) &&
    !facts.fields.some((f) => ctx.brandRe.test(tight(f.hints.join(' '))));
  // (the clone's boxes, masked or not, ask nothing: below, a masked box that says nothing is read as a password)
  const demoed = new Set<FieldFact>();
  const kinds = facts.fields.map((field, i) => {
    // its own name, placeholder and labels first; the sentence before it only when they say nothing
    // … and, for a box with Korean words of its own ("호수", "메시지 (선택)"), only a label's few words: a
    // sentence or a price line before it ("… 현관 번호가 바뀌었다며 …", "정가 … 유효기간 5년") is not what it takes
    // (a unit's number, "동-호수" or its two boxes "동" and "호", says what it takes: the notice above it about
    // entrance codes does not)
    // (… and never for a box the browser lets take only an e-mail address, type="email": a newsletter's "Your email"
    // under a story's "… asking for bank details" takes no account number — page52)
    const near =
      field.near &&
      field.type !== 'email' &&
      // (… nor for one whose own words name an e-mail address, "이메일로 쿠폰 소식 받기": a newsletter's box as the
      // type="email" one is, under a sentence that warns "카드번호를 묻는 사이트는 사기" — page-r6-bh)
      !field.hints.some((h) => OWN_EMAIL.test(tight(h))) &&
      !field.hints.some((h) => UNIT_BOX.test(h)) &&
      // (… nor for a masked box with no words of its own right after an e-mail or ID box: the sign-in's password,
      // not the card a line before the pair tells of, "테스트 카드번호: 4111-…" over "콘솔 로그인" — page-r4-bd)
      !(field.type === 'password' && !field.hints.length && signInBox(facts.fields[i - 1], field)) &&
      // (Chinese and Japanese words of its own too: "用户名" under a news item's sentence about ID numbers)
      (tight(field.near).length <= 24 || !field.hints.some((h) => OWN_WORDS.test(h)))
        ? field.near
        : '';
    const own = near ? classifyField('text', field.autocomplete, field.hints) : 'none';
    let kind = classifyField(
      field.type,
      field.autocomplete,
      own === 'none' && near ? [...field.hints, near] : field.hints,
    );
    // (… or a building's door code in the English a kit for foreigners writes, "Door entry code": read here, where
    // the content script's copy of the rows does not grow — page-r2-ax)
    // (… or one named in chat shorthand, "주번", "통장", "인번", by its own words or, saying none, the label before it)
    if (kind === 'none') {
      const said = field.hints.some((h) => OWN_WORDS.test(h)) ? field.hints : [...field.hints, near];
      kind = SHORTHAND_BOX.find(([, re]) => said.some((h) => re.test(tight(h))))?.[0] ?? kind;
    }
    // (… or a box that says only "Code" on a page that says a code was just sent to the reader's phone: that code)
    if (
      kind === 'none' &&
      [...field.hints, near].some((h) => BARE_CODE_BOX.test(tight(h))) &&
      CODE_SENT_TO_PHONE.test(toldTight())
    )
      kind = 'otp';
    // (… or a run of boxes that each take one character, the line before naming no code: a code, typed a character
    // per box — collect's CELLS; named by that line, "개인통관고유부호", it is that code — page-r7-miss)
    if (kind === 'none' && field.autocomplete === CELLS && !field.hints.some((h) => OWN_WORDS.test(h)))
      kind = 'otp';
    // (… or a box that says only "Account" right after one that says only "Bank": the pair a refund form asks in
    // English, a bank and its account number — page-r4-bc)
    if (
      kind === 'none' &&
      [...field.hints, near].some((h) => BARE_ACCOUNT_BOX.test(tight(h))) &&
      bankBefore(facts.fields, field)
    )
      kind = 'bank';
    if (kind === 'none' && field.hints.some((h) => ENTRY_CODE.test(tight(h)))) kind = 'entrance';
    // (… or a box that says only "받은 숫자" — the number received — on a page that has just said it came by text,
    // "문자로 온 숫자를 그대로 적어주세요": the code, named by how it came; read here, where the content script's rows
    // do not grow — page-r2-ay)
    else if (
      kind === 'none' &&
      [...field.hints, near].some((h) => RECEIVED_BOX.test(tight(h))) &&
      TEXTED.test(toldTight())
    )
      kind = 'otp';
    // (… or "코드 6자리" alone, under "방금 받으신 토스 로그인 코드 6자리를 넣어주시면": a code relayed from another
    // service, named by its digits — page-r3-bb)
    else if (
      kind === 'none' &&
      field.hints.some((h) => CODE_DIGITS_BOX.test(tight(h))) &&
      CODE_RECEIVED.test(toldTight())
    )
      kind = 'otp';
    // (… or a box with no words of its own under a line that says to type into it what came by text, by whatever
    // name: "문자로 받으신 '거래번호'를 아래에 입력해 차단하세요" — the code, renamed; a parcel's or an order's number
    // from a text is no secret — page-r6-bg)
    else if (kind === 'none' && !field.hints.some((h) => OWN_WORDS.test(h)) && textedToType(near))
      kind = 'otp';
    // (a box its own name calls a password, whose short label says which: "비밀번호 (주민등록번호 뒤 7자리)" — a
    // secure mail's "password" that is the resident number; not a rule about passwords, "주민번호는 쓰지 마세요")
    if (kind === 'password' && own === 'password' && near) {
      const said = tight(near);
      const named = said.length <= 24 && !NEGATED.test(said) ? classifyField('text', '', [near]) : 'none';
      if (named === 'resident' || named === 'card' || named === 'bank') kind = named;
    }
    // a hidden input a keypad types into counts only for a secret the words beside it name; a free-text box
    // only for a wallet's recovery phrase (a message box saying "비밀번호 등은 적지 마세요" asks nothing)
    if (field.type === 'keypad' && !KIND_REASON[kind]) kind = 'none';
    // (an identity card's picture, the only file box collected, shows the resident number; asked by a page with
    // no name of its own — an employer or agency that names itself takes a copy for the contract)
    // (… or a picture of the text message a code came in: the code itself, relayed as a screenshot — page54)
    if (field.type === 'file')
      kind = field.hints.some((h) => CODE_PICTURE.test(tight(h)))
        ? 'otp'
        : field.hints.some((h) => PAY_CODE.test(tight(h)))
          ? 'card'
          : headerName(ctx) || ctx.ownShown
            ? 'none'
            : 'resident';
    // (… or a box that has the reader paste a text message whole, "문자 내용을 붙여넣으세요", on a page that says the
    // text carries a code — "인증 문자의 내용 전체를 복사하여 …": the code, with the message around it; a smishing
    // checker's box for a suspect text asks none — page-r7-miss)
    if (
      field.type === 'textarea' &&
      kind === 'none' &&
      field.hints.some(
        (h) =>
          PASTE_MESSAGE_BOX.test(tight(h)) ||
          // (… or a box named for the message alone, "문자 내용 전체", under words that have it pasted whole: "인증
          // 문자 전체를 아래에 복사하여 붙여넣어 주세요" — page-r9-miss)
          (MESSAGE_BOX.test(tight(h)) && PASTE_MESSAGE_BOX.test(toldTight())),
      ) &&
      PASTED_CODE.test(toldTight()) &&
      !CHECKS_MESSAGE.test(toldTight())
    )
      kind = 'otp';
    // (… or a text message pasted whole, its code in it: "[Web발신] [쿠팡] 인증번호 [xxxxxx]" as its placeholder)
    // (… or voucher codes pasted a line each: "기프트카드 코드 (한 줄에 하나씩)", its codes; a question about them asks none)
    if (
      field.type === 'textarea' &&
      kind !== 'seed' &&
      // (… or a signed-in session's cookies pasted from the developer tools: the account, without its password)
      !(kind === 'password' && field.hints.some((h) => SESSION_COOKIE.test(tight(h)))) &&
      !(
        kind === 'otp' &&
        field.hints.some(
          (h) => SMS_PASTE.test(tight(h)) || PASTE_MESSAGE_BOX.test(tight(h)) || MESSAGE_BOX.test(tight(h)),
        )
      ) &&
      !(
        kind === 'voucher' &&
        !field.hints.some((h) => /문의|질문|내용|메모|의견|사연|question|message|comment/.test(tight(h)))
      )
    )
      kind = 'none';
    // (a box its own label calls an example — "출입번호 (예시 UI)", "sample input" — on a page that shows code and
    // has nothing to carry what is typed: no form, no script of its own or from a file. A tech article's
    // illustration; a kit's box must send what it takes somewhere)
    if (KIND_REASON[kind] && inert && field.hints.some((h) => EXAMPLE_BOX.test(h))) {
      kind = 'none';
      example ||= field.hints.find((h) => EXAMPLE_BOX.test(h)) ?? '';
    }
    // (… or a tutorial's demo form: the words just before it call it a demo that sends nothing — "데모 (제출되지
    // 않음)" — on a page that shows code, runs no script and whose forms go nowhere (no action). page41: a kit's form
    // sends what it takes to an address or by a script, and one that says nothing of a demo is read as before)
    else if (KIND_REASON[kind] && demoForm && field.near && DEMO_FORM.test(field.near)) {
      kind = 'none';
      example ||= field.near;
    }
    // (… or a portfolio's clone: a page that calls itself a clone project, tells the reader to type nothing real
    // into it, and whose form's own button calls it a demo — "로그인 (데모)" — with no script, no file but
    // stylesheets and no address to send to. page43: a kit asks for the real thing and sends it somewhere)
    else if (
      KIND_REASON[kind] &&
      (cloneInert || cloneQuiet || (cloneDemo && /데모|\bdemo\b/i.test(facts.forms[field.form]?.words ?? '')))
    ) {
      kind = 'none';
      demoed.add(field);
      example ||= facts.forms[field.form]?.words ?? '';
    }
    // (a box that says only "유효 기간" — how long something lasts — with no card's word beside it, in its form or
    // in any other box of the page: a visitor's pass, a coupon, a temporary code. A card's expiry is asked with its
    // number, its CVC or the card named — page52)
    if (
      kind === 'card' &&
      field.hints.every((h) => !tight(h) || BARE_VALIDITY.test(tight(h))) &&
      !CARD_WORD.test(tight(`${facts.forms[field.form]?.words ?? ''} ${field.near ?? ''}`)) &&
      !facts.fields.some((g) => g !== field && classifyField(g.type, g.autocomplete, g.hints) === 'card')
    )
      kind = 'none';
    // (the other party's account on a report form — "상대방 계좌번호", "사기범 계좌", "입금한 계좌" — is the scammer's,
    // reported; not the reader's own)
    if (kind === 'bank' && field.hints.some((h) => REPORTED_ACCOUNT.test(tight(h)))) kind = 'none';
    // a picker takes no number: its options name choices ("신용카드 / 계좌이체" is how to pay, not a card box)
    if (field.type === 'select' && !field.autocomplete && KIND_REASON[kind]) kind = 'none';
    let set = kindsByForm.get(field.form);
    if (!set) kindsByForm.set(field.form, (set = new Set()));
    set.add(kind);
    return kind;
  });
  // (the example box says the page is an article showing a form, not one asking: the second chance, which reads the
  // box by its own words at the first key, learns so from the verdict)
  if (example) add(ctx, 'context-article', -0.5, example);
  // a PIN box in a form that takes vouchers ("PIN 결제 (해피머니/컬쳐랜드)", "PIN 1 / PIN 2"): a voucher's PIN
  const voucherRule = FIELD_RULES.find((r) => r[0] === 'voucher')![1];
  // (… and the boxes beside it: "PIN 1", "PIN 2", "PIN 3")
  const pin = (f: FieldFact, n: number) =>
    kinds[n] === 'password' && f.hints.some((h) => /^pin|핀번호/.test(tight(h)));
  facts.fields.forEach((f, n) => {
    if (pin(f, n) && voucherRule.test(tight(`${facts.forms[f.form]?.words ?? ''} ${f.near ?? ''}`)))
      kinds[n] = 'voucher';
  });
  facts.fields.forEach((f, n) => {
    if (pin(f, n) && facts.fields.some((g, m) => kinds[m] === 'voucher' && g.form === f.form))
      kinds[n] = 'voucher';
  });
  // (… or a box shaped as a PIN's group, "XXXX", "0000-0000", where the page's sentence tells the reader to buy a
  // voucher and type its PIN: the boxes a script makes name nothing else — page-r2-az)
  if (!kinds.includes('voucher') && facts.prose.slice(0, 60).some((t) => VOUCHER_PIN_TOLD.test(tight(t))))
    facts.fields.forEach((f, n) => {
      if (kinds[n] === 'none' && f.hints.some((h) => PIN_SHAPE.test(h.trim()))) kinds[n] = 'voucher';
    });
  // … asked as payment (a fee, a deposit, a pickup charge paid in vouchers); a balance check or a registration
  // into the site's own wallet spends nothing
  if (kinds.includes('voucher')) {
    const said = tight(
      `${facts.title} ${facts.headings.map((h) => h.text).join(' ')} ${facts.forms.map((f) => f.words ?? '').join(' ')} ${facts.prose.slice(0, 60).join(' ')}`,
    );
    // (… unless the voucher is turned into the brand's own money, "상품권 → 쿠팡캐시 전환": a page that is not the brand
    // takes it, whatever it calls the step)
    const intoBrandMoney = () =>
      VOUCHER_CONVERTS.test(said) &&
      [...said.matchAll(ctx.brandAll)].some((m) =>
        BRAND_MONEY.test(said.slice(m.index + m[0].length, m.index + m[0].length + 12)),
      );
    if (!VOUCHER_PAYS.test(said) && !intoBrandMoney() && !mergesBrandVoucher(ctx, said))
      kinds.forEach((k, n) => k === 'voucher' && (kinds[n] = 'none'));
  }
  // a grid of twelve or twenty-four boxes numbered 1, 2, 3 … ("단어 1", "word 1") on a page about a wallet: a
  // recovery phrase, a word per box, with no word for it on the page
  const numbered = (f: FieldFact) =>
    f.hints.some((h) => /^(?:단어|word|#)?\s*0?(?:[1-9]|1\d|2[0-4])$/i.test(h.trim()));
  if (
    facts.fields.filter(numbered).length >= 12 &&
    SEED_CONTEXT.test(
      tight(
        `${facts.title} ${facts.headings.map((h) => h.text).join(' ')} ${facts.prose.slice(0, 60).join(' ')} ${facts.actionText.slice(0, 60).join(' ')}`,
      ),
    )
  )
    facts.fields.forEach((f, n) => numbered(f) && kinds[n] === 'none' && (kinds[n] = 'seed'));
  // a resident number's back half in a masked box right after its front half ("앞 6자리 - ●●●●●●●") is the
  // same number, not a password
  facts.fields.forEach((f, n) => {
    const prev = facts.fields[n - 1];
    if (
      kinds[n] === 'password' &&
      kinds[n - 1] === 'resident' &&
      prev?.form === f.form &&
      !/비밀번호|비번|암호|password|pw|pin/.test(tight([...f.hints, f.near ?? ''].join(' ')))
    )
      kinds[n] = 'resident';
  });
  const readers = new Set<number>();
  for (const [i, set] of kindsByForm) if (readerForm(ctx, i, set)) readers.add(i);
  const asked = new Set<FieldKind>();
  let bundleEvidence = '';
  facts.fields.forEach((field, n) => {
    // a masked box for an API's secret is read as a password box below (an integration's connection)
    const kind =
      kinds[n] === 'none' && field.type === 'password' && !demoed.has(field) ? 'password' : kinds[n]!;
    if (readers.has(field.form) || field.flags & COMMENT) return;
    const evidence = field.hints.find((h) => h.trim()) ?? field.type;
    asked.add(kind);
    if (kind === 'phone') phone ||= evidence;
    else if (kind === 'address') address ||= evidence;
    else if (kind === 'birth' || kind === 'telco' || kind === 'name') bundleEvidence ||= evidence;
    else {
      const r = KIND_REASON[kind];
      if (!r) return;
      // "캐시백코리아 비밀번호": the password of the site the page says it is, not the brand's
      // … and an integration's API secret ("Secret Key", "Access Token"): a seller tool's connection, no
      // shopper's password
      const own =
        kind === 'password' &&
        (ownIdForm(ctx, field.form) ||
          [...ctx.foreignNames].some((n) => n.length >= 3 && field.hints.some((h) => tight(h).includes(n))) ||
          [...field.hints, ...(saysItself(field) ? [] : [field.near ?? ''])].some((h) =>
            API_SECRET.test(tight(h)),
          ));
      // (a box for a Telegram id: the page will go on there, where the brand serves no one — a hand-off, as a link
      // to it is; other messengers' ids stay an ask: FOREIGN_MESSENGER)
      if (kind === 'messenger' && field.hints.some((h) => FOREIGN_MESSENGER.test(tight(h))))
        add(ctx, 'sends-to-messenger', 3, evidence);
      else add(ctx, r[0], own ? 1 : r[1], evidence);
      sensitiveForms.add(field.form);
    }
  });
  // A box whose own label asks the tax portal's password or a signing certificate's ("홈택스 비밀번호", "공동인증서
  // 비밀번호", "카카오 인증 비밀번호"): a settlement, a job or a shop never takes them — the portal and the certificate's
  // own program or app do; whoever holds them files, borrows and signs in the reader's name. A hard ask, as a
  // resident number is; a firm that files for its clients names itself (its own name keeps the page its own).
  // (… or, for a box that says nothing of itself, the words just before it: a table form's row header,
  // "<th>공동인증서 비밀번호</th><td><input type=password></td>")
  const certWords = (f: FieldFact) => (saysItself(f) || !f.near ? f.hints : [...f.hints, f.near]);
  const cert = facts.fields.find(
    (f, n) =>
      (kinds[n] === 'password' || kinds[n] === 'bank' || f.type === 'password') &&
      !readers.has(f.form) &&
      !(f.flags & COMMENT) &&
      certWords(f).some((h) => h.length < 30 && CERT_SECRET.test(tight(h)) && !NEGATED.test(tight(h))),
  );
  if (cert)
    add(
      ctx,
      'asks-cert-password',
      4,
      certWords(cert).find((h) => CERT_SECRET.test(tight(h))),
    );
  // A box for a one-time code the page says the brand sent ("no_reply@coupang.com 에서 발송된 인증 코드를 입력하면",
  // "쿠팡에서 보낸 인증번호 6자리"): the brand's code opens the brand's account, and only the brand's own page takes it
  // back; typed here it is relayed to whoever signs in there. Not a page's own code ("인증번호 받기"), nor a warning's
  // sentence about one ("쿠팡에서 보낸 인증번호는 누구에게도 알려주지 마세요").
  if (ctx.reasons.some((r) => r.code === 'asks-otp' && r.weight >= 3))
    for (const p of facts.prose.slice(0, 200)) {
      // (… a request in quotes the line reports as a call or a text someone got, "'쿠팡에서 보낸 인증번호
      // 알려달라'는 전화를 받았어요": the caller's words, not the page's — page-r4-bd)
      const t = tight(p.replace(REPORTED_QUOTE, ' '));
      if (t.length > 160 || NEGATED.test(t)) continue;
      // (… or its text quoted as on its way, or a code received for the brand's errand on a page that shows no
      // name of its own: the brand's window takes its own codes — page42, tune-al's OTP relays)
      const m = [...t.matchAll(ctx.brandAll)].find((b) => {
        const after = t.slice(b.index + b[0].length, b.index + b[0].length + 40);
        return (
          BRAND_SENT_CODE.test(after) ||
          (BRAND_SMS_CODE.test(after) && SMS_COMING.test(t)) ||
          ((BRAND_ERRAND_CODE.test(after) || BRAND_ERRAND_SENT.test(after)) &&
            !ctx.ownShown &&
            !ctx.foreignNames.size)
        );
      });
      if (m) {
        add(ctx, 'brand-account-ask', 3, p);
        break;
      }
    }
  // … or one the page says it sent itself ("We texted a 6-digit code to your phone", "문자로 6자리 번호를 보냈습니다")
  // on a page that shows no name of its own and signs with the brand's desk in a line of its own ("쿠팡 계정 보호
  // 서비스" in small print under the box): the "we" who sent it is the brand, and the code its — page-r2-av
  if (
    !ctx.reasons.some((r) => r.code === 'brand-account-ask') &&
    ctx.reasons.some((r) => r.code === 'asks-otp' && r.weight >= 3) &&
    !ctx.ownShown &&
    !ctx.foreignNames.size &&
    !headerName(ctx) &&
    facts.prose
      .slice(0, 200)
      .some((p) => p.length < 200 && WE_SENT_CODE.test(tight(p)) && !NEGATED.test(tight(p)))
  ) {
    const desk = facts.prose.slice(0, 200).find((p) => {
      const t = tight(p);
      const b = t.length <= 24 ? ctx.brandRe.exec(t) : null;
      return b?.index === 0 && BRAND_DESK.test(t.slice(b[0].length));
    });
    if (desk) add(ctx, 'brand-account-ask', 3, desk);
  }
  // A code box under a heading that links the brand's account with another service ("쿠팡 × 카카오 계정 연동", "쿠팡
  // 계정 연동 – 네이버로 받은 인증번호"), on a page that shows no name of its own: a link between two accounts is
  // made on the services' own pages, by a consent, never by a code one of them sent typed into a third page — that
  // code signs whoever holds it in (page44, tune-am's am088). A service's own link page shows its name; a paper's
  // story of a co-branded promotion asks no code.
  if (
    !ctx.reasons.some((r) => r.code === 'brand-account-ask') &&
    ctx.reasons.some((r) => r.code === 'asks-otp' && r.weight >= 3) &&
    !ctx.ownShown &&
    !ctx.foreignNames.size &&
    !headerName(ctx)
  ) {
    const link = [facts.title, ...facts.headings.slice(0, 3).map((h) => h.text)].find((h) => {
      const t = tight(h);
      return t.length <= 40 && ctx.brandRe.test(t) && ACCOUNT_LINK.test(t) && !NEGATED.test(t);
    });
    // (… or a button that carries the code on into the brand, "쿠팡 계속하기", "쿠팡으로 로그인", under a code the
    // page did not send — a messenger's or a call's: the code signs whoever holds it into the brand's account; a
    // site's own sign-in by another service names that service on its button — page54)
    const onward = link
      ? undefined
      : facts.actionText.slice(0, 20).find((b) => {
          const t = tight(b);
          const m = ctx.brandRe.exec(t);
          return t.length <= 16 && m?.index === 0 && SIGN_ON.test(t.slice(m[0].length));
        });
    if (link ?? onward) add(ctx, 'brand-account-ask', 3, link ?? onward);
  }
  // A TV's pairing code asked with a password ("TV 화면의 8자리 코드와 계정 정보를 입력하세요") under the brand's
  // streaming service on a page with no name of its own: a pairing page takes the code the TV shows and signs in
  // on the service's own site; the password typed beside it is the brand's account's (page42)
  if (
    !ctx.ownShown &&
    !ctx.foreignNames.size &&
    ctx.reasons.some((r) => r.code === 'asks-password' && r.weight >= 3) &&
    facts.fields.some((f) => certWords(f).some((h) => h.length < 30 && TV_CODE.test(tight(h)))) &&
    ctx.brandRe.test(
      tight(
        [
          facts.title,
          ...facts.headings.map((h) => h.text),
          ...facts.prose.slice(0, 20),
          // (… or only in the description a search shows, "쿠팡플레이 TV 기기 등록": the boxes are the service's
          // sign-in whoever's words name it — page49)
          describedDesk(facts),
        ].join(' '),
      ),
    )
  )
    add(ctx, 'brand-account-ask', 3, 'TV code + password');
  // A box whose own label asks the account's PIN or a signing certificate's password ("계좌 비밀번호 4자리", "공동인증서
  // 비밀번호") beside the account's number: read with the account's boxes, it is still the secret that moves the
  // money, asked apart from the number (a bank asks it on its own page, which names itself)
  // (… or labelled only by the words just before it, "<p>계좌 비밀번호 <input maxlength=4></p>": a box that says
  // nothing of itself is named by them, as a certificate's password is — page49)
  // (… or a box that says only "인터넷뱅킹 PW", which no kind reads: its own label is the bank's login — page-r2-aw)
  const secret = facts.fields.find(
    (f, n) =>
      (kinds[n] === 'bank' ||
        (kinds[n] === 'none' && f.hints.some((h) => h.length < 30 && ACCOUNT_SECRET.test(tight(h))))) &&
      !readers.has(f.form) &&
      !(f.flags & COMMENT) &&
      certWords(f).some(
        (h) =>
          h.length < 30 && ACCOUNT_SECRET.test(tight(h)) && (f.hints.includes(h) || !NEGATED.test(tight(h))),
      ),
  );
  if (secret && facts.fields.some((f, n) => f !== secret && kinds[n] === 'bank'))
    add(
      ctx,
      'asks-password',
      3,
      certWords(secret).find((h) => ACCOUNT_SECRET.test(tight(h))),
    );
  // The form that takes the password asks for the brand's own login ("쿠팡 아이디(이메일)", "Coupang account"):
  // the page wants the credentials of the brand it names, in the form itself, not in a sentence about it.
  if (asked.has('password'))
    for (const i of sensitiveForms) {
      // (a form whose id box is named for the page's own site, "한빛 아이디", takes that site's login; a step that
      // goes on to the brand's login screen is the brand's own page, not this form)
      if (ownIdForm(ctx, i)) continue;
      const own = facts.fields.filter((f) => f.form === i);
      const said = [facts.forms[i]?.words ?? '', ...own.map((f) => f.near ?? '')];
      const labels = own.flatMap((f) => f.hints);
      // (… or its seller portal's: a box labelled "Wing 아이디" on a seller's page that shows no name of its own —
      // Wing is the brand's portal's name, and a box's own label is no sentence about it)
      const labelled =
        labels.find((w) => asksBrandLogin(ctx, tight(w), true)) ??
        // (… or an id box whose example is an address at the brand's own domain, "someone@coupang.com": it takes the
        // brand's own account, a staff sign-in's — no other site's login is an address there — page-r2-aw)
        labels.find((w) => {
          const at = /^\s*[\w.+-]*@([a-z0-9-]+(?:\.[a-z0-9-]+)+)\s*$/i.exec(w);
          return !!at && hostMatches(at[1]!.toLowerCase(), ctx.brand.homeHosts);
        }) ??
        (!ctx.ownShown && !ctx.foreignNames.size && !headerName(ctx) && SELLER_TALK.test(toldTight())
          ? labels.find(
              (w) =>
                tight(w).length <= 16 &&
                // (… or "판매자센터 비밀번호" under a title or heading that opens with the portal's name, "윙 정산 보류
                // 해제": the seller centre the page is headed by is the brand's — page53)
                (PORTAL_LOGIN.test(tight(w)) || (SELLER_LOGIN.test(tight(w)) && portalHeaded(facts))) &&
                !NEGATED.test(tight(w)),
            )
          : undefined) ??
        portalBoxNear(ctx, own, toldTight());
      const hit =
        labelled ??
        (ctx.brandRe.test(toldTight())
          ? // (… or a caption over the boxes, "WING 로그인" atop a dialog's id and password: a line, not a sentence)
            [...labels, ...said.filter((w) => tight(w).length <= 16 && !NEGATED.test(tight(w)))].find((w) =>
              PORTAL_LOGIN.test(tight(w)),
            )
          : undefined) ??
        said.find((w) => asksBrandLogin(ctx, tight(w)));
      // (the box's own label names the brand's account, "쿠팡 아이디", on a page that shows no name of its own: only
      // the brand asks its own login, and the label is where the page says whose login it takes — 3, as the
      // damages page's is)
      if (hit) {
        const nameless = hit === labelled && !ctx.ownShown && !ctx.foreignNames.size && !headerName(ctx);
        add(ctx, 'brand-account-ask', nameless ? 3 : 2, hit);
        break;
      }
      // … or the password of "that shop" the page has just named ("해당 쇼핑몰 비밀번호 (유출 여부 대조용)" under
      // "대형 쇼핑몰(쿠팡) 유출"): no leak check, agency or shop asks for another site's password; only a kit does
      // (… on a page about a leak: a seller tool linking a marketplace asks "해당 쇼핑몰 비밀번호" honestly)
      // (… or a shop's password by its kind alone, "쇼핑몰 비밀번호", on a page about a leak's damages — a suit or a
      // payout: a firm that sues for a leak's members asks a purchase record, never any shop's login; the box may
      // say nothing of itself in a table form whose row header asks it)
      const damages = DAMAGES_TALK.test(toldTight());
      const referred = [...labels, ...own.filter((f) => !saysItself(f)).map((f) => f.near ?? '')].find(
        (w) =>
          REFERRED_LOGIN.test(tight(w)) || (damages && SHOP_LOGIN.test(tight(w)) && !NEGATED.test(tight(w))),
      );
      if (
        referred &&
        LEAK_TALK.test(toldTight()) &&
        ctx.reasons.some((r) => r.group === 'identity' && r.weight > 0)
      ) {
        add(ctx, 'brand-account-ask', 2, referred);
        if (damages) ctx.shopLogin = true;
        break;
      }
      // … or a picker of shops beside the boxes whose options name the brand among others ("쿠팡 / 11번가 / G마켓")
      // above an id and its current password, on a page about a leak: the option is whose login the box takes, and a
      // leak check asks an address, never a password (a seller tool's marketplace picker talks of no leak — round
      // page-r7-bk)
      const picker = own.find(
        (f) =>
          f.type === 'select' &&
          f.hints.some((h) => {
            const t = tight(h);
            return ctx.brandRe.test(t) && OTHER_SHOPS.some((o) => t.includes(o));
          }),
      );
      if (picker && LEAK_TALK.test(toldTight())) {
        add(ctx, 'brand-account-ask', 2, 'shop picker + password');
        break;
      }
    }
  // A browser window drawn in the page (a fake "Continue with …" pop-up) whose drawn address bar shows the brand's
  // own host: a text that is nothing but an address on one of the brand's domains, on a page that is not, asking for
  // a password. Only the brand's login would show that address; a page that only mentions it writes a sentence.
  if (asked.has('password') && !ctx.reasons.some((r) => r.code === 'brand-account-ask')) {
    const bar = drawnAddressBar(ctx);
    if (bar) add(ctx, 'brand-account-ask', 2, bar);
  }
  // … or a sentence that has the reader hand over the brand's account, "쿠팡 계정 정보만 주시면 끝": no agency takes
  // another site's login to act for the reader, whatever it says of itself (page-r5-bf)
  if (asked.has('password') && !ctx.reasons.some((r) => r.code === 'brand-account-ask')) {
    const handed = facts.prose
      .slice(0, 100)
      .flatMap((p) => p.split(SENTENCE_END))
      .find((x) => {
        const t = tight(x);
        return t.length < 120 && HANDED_OVER.test(t) && !NEGATED.test(t) && asksBrandLogin(ctx, t);
      });
    if (handed) add(ctx, 'brand-account-ask', 2, handed);
  }
  // A short page whose own sentence has the reader sign in with the brand's account ("이어서 Coupang 계정으로
  // 로그인하면 TV와 연결됩니다") over a password box it shows, and that says nowhere whose page it is: the box is
  // that login, wherever the page drew it (a frame it writes itself). A page with a name of its own that explains
  // the brand's login beside its own member box keeps its box.
  if (
    asked.has('password') &&
    !ctx.reasons.some((r) => r.code === 'brand-account-ask') &&
    facts.proseChars <= SHORT_PAGE &&
    !ctx.foreignNames.size &&
    !ctx.ownShown &&
    !headerName(ctx)
  ) {
    const line = facts.prose
      .slice(0, 60)
      .find(
        (p) => p.length < 160 && (SIGN_IN_NOW.test(p) || ENTER_NOW.test(p)) && asksBrandLogin(ctx, tight(p)),
      );
    // (… or a caption over the box that names the brand's account as what it checks again, "<b>쿠팡</b> 계정 보안
    // 재인증", its pieces read together)
    const caption = line ? undefined : accountCaption(ctx);
    // (… or a sign-in to lock or protect "the account" on a page that names the brand as the one breached, "쿠팡 유출
    // 데이터에 포함되어 있습니다 … 계정 잠금을 위해 로그인하세요": a leak check names the shop and never takes its login)
    const told2 = line || caption ? '' : toldTight();
    const leaked = [...told2.matchAll(ctx.brandAll)].some((m) =>
      LEAK_TALK.test(told2.slice(m.index + m[0].length, m.index + m[0].length + 8)),
    );
    const lock = leaked
      ? facts.prose.slice(0, 60).find((p) => p.length < 160 && SIGN_IN_NOW.test(p) && /계정|account/i.test(p))
      : undefined;
    // (… or a notice in which the brand itself tells the reader ("쿠팡은 고객님의 … 유출된 사실을 알려드립니다") over
    // boxes for an id and a password: the brand's notice asks for the brand's login; a site quoting it shows its name)
    const notice =
      line || caption || lock
        ? undefined
        : facts.prose.slice(0, 60).find((p) => {
            const t = tight(p);
            const m = ctx.brandRe.exec(t);
            if (m?.index !== 0 || t.length > 200 || NEGATED.test(t)) return false;
            const rest = t.slice(m[0].length);
            // (… or the brand's own desk at a message's head, "[쿠팡 피해보상팀] … 아이디와 비밀번호를 보내주세요", or the
            // brand that "detected a sign-in" on the reader's account: its voice, as "[쿠팡]" and 알려드립니다 are —
            // page44, tune-am's chat and lock notice)
            // (… or its member addressed by it, "쿠팡 회원님, 개인정보 처리방침이 변경되었습니다" — page-r2-ax)
            return (
              BRAND_NOTIFIES.test(rest) ||
              /^(?:와우)?(?:회원|고객)님/.test(rest) ||
              (SENDER_TAG.test(p) && ctx.brandRe.test(tight(SENDER_TAG.exec(p)![0]))) ||
              (SAW_ACCESS.test(rest) && ACCESS_WORD.test(rest))
            );
          });
    // (… or a document viewer drawn in the page — its title a file's name, "보상내역서.pdf" — that opens the document
    // only after a sign-in, "문서를 보려면 로그인하세요", over a document in the brand's name: the login is the one the
    // document's owner would ask, and a real viewer or drive shows its own name)
    const doc =
      line ||
      caption ||
      lock ||
      notice ||
      // (… or a file the page names at its top, "쿠팡 피해보상 확인서 (PDF 2쪽)", under a title that is no file's — page-r2-ax)
      !(DOC_TITLE.test(facts.title.trim()) || facts.prose.slice(0, 8).some((p) => DOC_NAMED.test(p)))
        ? undefined
        : facts.prose.slice(0, 60).some((p) => p.length < 160 && DOC_GATE.test(tight(p)))
          ? facts.prose.slice(0, 60).find((p) => p.length < 300 && ctx.brandRe.test(tight(p)))
          : undefined;
    // (… or a reward paid into "the account" a sign-in confirms, "참여 완료 시 적립금 5,000원 – 적립 계정 확인", on a
    // survey or an event about the brand's service: the page has no account of its own to credit, so the login is
    // the brand's — page44, tune-am's am068; another mall's event shows its own name)
    const reward =
      line || caption || lock || notice || doc || !ctx.brandRe.test(toldTight())
        ? undefined
        : facts.prose.slice(0, 60).find((p) => {
            const t = tight(p);
            return t.length < 160 && REWARD_ACCOUNT.test(t) && !NEGATED.test(t);
          });
    // (… or a "secure mail" the brand sent, opened only by the mailbox's password, "보낸 사람: 쿠팡 <…> … 보안메일
    // … 열람하려면 이메일 비밀번호": a mail viewer drawn in a page with no name of its own, the brand as its sender —
    // a webmail shows its own name, and no sender's secure mail takes the reader's mailbox password; page45)
    const mail =
      line || caption || lock || notice || doc || reward || !SECURE_MAIL.test(toldTight())
        ? undefined
        : facts.prose.slice(0, 20).find((p) => {
            const t = tight(p);
            const m = MAIL_SENDER.exec(t);
            return !!m && ctx.brandRe.test(t.slice(m.index + m[0].length, m.index + m[0].length + 12));
          });
    // (… or the reader's own order list drawn with the brand's product pictures, hot-linked from its image host,
    // titled or headed as that list ("주문목록", "주문내역") under a sign-in wall: whose orders are these but the
    // brand's account's? A price or cashback site showing the same pictures names itself and lists products, not
    // the reader's orders — page46, tune-an's an076)
    const orders =
      line || caption || lock || notice || doc || reward || mail
        ? undefined
        : !ctx.reasons.some((r) => r.code === 'brand-cdn-asset')
          ? undefined
          : [facts.title, mainHeadingOf(facts)?.text ?? '', facts.topText[0] ?? '']
              .map((t) => tight(t))
              .find((t) => t.length <= 20 && ORDER_LIST.test(t));
    // (… or the brand's "easy sign-in" offered through another service's account, "쿠팡 간편로그인 · 네이버 계정으로
    // 계속하기", "쿠팡 주문 확인을 위해 간편 로그인을 선택하세요", over a box the page draws itself: a real easy sign-in sends the
    // reader to the provider's own page and takes no password here; a shop listing the providers for its own login
    // shows its name — page55)
    const easy =
      line || caption || lock || notice || doc || reward || mail || orders
        ? undefined
        : facts.prose.slice(0, 20).find((p) => {
            const t = tight(p);
            const m = ctx.brandRe.exec(t);
            return (
              !!m &&
              t.length < 80 &&
              EASY_SIGN_IN.test(t.slice(m.index, m.index + m[0].length + 24)) &&
              !NEGATED.test(t)
            );
          });
    if (line || caption || lock || notice || doc || reward || mail || orders || easy)
      add(
        ctx,
        'brand-account-ask',
        2,
        line ?? caption ?? lock ?? notice ?? doc ?? reward ?? mail ?? orders ?? easy,
      );
  }
  // The brand's API keys (Access Key, Secret Key) asked together with a login password, on a page that names the
  // brand: an integration takes the keys and never the account's password ("Wing 비밀번호를 요구하지 않습니다"),
  // so the password beside them is the brand account's (a Partners or Wing "API key re-check") — unless the page
  // shows a name of its own where the reader looks (a tool's sign-up takes its own password and the keys).
  // (the words before a box count only when its own words say nothing: "비밀번호" under a section headed "API 키")
  // (… a box that says only "Secret Key" is an API's only where the page talks of an API or a link to a shop: a
  // password manager's sign-in asks its own "Secret Key" beside its master password — page56)
  // (… and only when it has no words of its own: a box that says "도메인" or "업체코드" is that, whatever the line above
  // says of a key registered later — page64)
  const keyBox = (f: FieldFact) =>
    [...f.hints, ...(saysItself(f) || namesItself(f) ? [] : [f.near ?? ''])].some(
      (h) =>
        API_SECRET.test(tight(h)) && (!/^secretkey$|^시크릿키$/.test(tight(h)) || API_TALK.test(toldTight())),
    );
  // (… or with the seller portal's own id, "WING 아이디", on a page that shows no name of its own: a tool that links
  // a shop says whose it is; a page that is the brand's service, "로켓그로스 입고센터", and wants the keys with the
  // portal's id takes the seller's account — and the secret key is a password then)
  const portalId =
    !ctx.foreignNames.size &&
    !headerName(ctx) &&
    facts.fields.some((f) => !keyBox(f) && f.hints.some((h) => PORTAL_LOGIN.test(tight(h))));
  if (
    !ctx.ownShown &&
    facts.fields.some(keyBox) &&
    (portalId || facts.fields.some((f, n) => kinds[n] === 'password' && !keyBox(f))) &&
    ctx.reasons.some((r) => r.group === 'identity' && r.weight > 0)
  ) {
    add(ctx, 'brand-account-ask', 2, 'API key + password');
    if (portalId && !asked.has('password')) add(ctx, 'asks-password', 3, 'API secret key');
  }
  if (readers.size && !ctx.reasons.some((r) => r.code.startsWith('asks-')))
    add(ctx, 'context-reader-form', -1, facts.forms[[...readers][0]!]?.words ?? 'comment form');
  if (phone && address) {
    add(ctx, 'asks-address-phone', 2.5, `${phone} + ${address}`);
    for (const f of facts.fields) sensitiveForms.add(f.form);
  }
  // name + birth date + phone (+ carrier): what a SIM swap, a loan or a "본인 인증" in the victim's name needs
  if (asked.has('birth') && asked.has('phone') && (asked.has('name') || asked.has('telco'))) {
    add(
      ctx,
      'asks-identity-bundle',
      premiumQuote(ctx, asked) ? 0 : asked.has('telco') ? 3.5 : 3,
      `${bundleEvidence} + ${phone}`,
    );
    for (const f of facts.fields) sensitiveForms.add(f.form);
  }
  // a PIN keypad drawn with divs (no input element to find): ten digit keys next to the word for what it takes
  // … or drawn by its script from the ten digits ([0,1,2,…,9] shuffled, '0123456789'.split(''))
  // (… or painted on a canvas the page listens to clicks on, what it takes said in the lines it paints there:
  // "결제 비밀번호 6자리를 누르세요" over ten painted boxes, the keys kept in a hidden box or a variable)
  // A box drawn with a div whose script keeps the keys pressed on it and sends them ("보안 키보드": no input element to
  // find): what it takes is the short line the drawn box shows, "비밀번호 입력" (page-r3-ba)
  if (!facts.fields.length && KEYS_KEPT.test(facts.inlineScript) && KEYS_SENT.test(facts.inlineScript)) {
    const box = facts.prose
      .slice(0, 60)
      .map((p) => KIND_REASON[p.length <= 16 ? classifyField('text', '', [p]) : 'none'])
      .find((r) => r?.[0] === 'asks-password');
    if (box) add(ctx, box[0], box[1], 'keys');
  }
  const painted = CANVAS_PAD.test(facts.inlineScript) ? paintedTexts(facts) : [];
  if (facts.keypadKeys >= 10 || tenDigitKeys(facts.inlineScript) || painted.length > 0) {
    const near = tight(`${facts.title} ${painted.join(' ')} ${facts.prose.slice(0, 200).join(' ')}`);
    const r =
      KIND_REASON[
        /현관|출입|entrance/.test(near)
          ? 'entrance'
          : /주민등록번호|주민번호|주민등록뒷|residentregistration/.test(near)
            ? 'resident'
            : /카드|card/.test(near)
              ? 'card'
              : /비밀번호|암호|password|pin/.test(near)
                ? 'password'
                : // (an account's number keyed in for a refund: "환불 받으실 계좌번호를 눌러 주세요")
                  /계좌번호|accountnumber/.test(near)
                  ? 'bank'
                  : // (… or the code a text brought, "Enter the 6-digit code we sent to your phone" — page60)
                    /인증번호|승인번호|otp|\d-?digitcode|(?:verification|security|one-?time|sms)code/.test(
                        near,
                      )
                    ? 'otp'
                    : 'none'
      ];
    if (r) add(ctx, r[0], r[1], 'keypad');
    // (… a password's keypad under a caption that names the brand's account as what it checks again or unlocks, on a
    // short page that says nowhere whose it is: the keys are that account's password, as a box would be — above)
    if (
      r?.[0] === 'asks-password' &&
      !ctx.reasons.some((x) => x.code === 'brand-account-ask') &&
      facts.proseChars <= SHORT_PAGE &&
      !ctx.foreignNames.size &&
      !ctx.ownShown &&
      !headerName(ctx)
    ) {
      const caption = accountCaption(ctx);
      if (caption) add(ctx, 'brand-account-ask', 2, caption);
    }
    // (… a payment password's keypad under a bar whose accessible name alone is the brand's pay, "●●● Pay" shown
    // and aria-label="쿠팡페이" read to screen readers only: the name hidden from sight, the PIN the brand's)
    const named =
      r?.[0] === 'asks-password' &&
      !ctx.ownShown &&
      !ctx.foreignNames.size &&
      !headerName(ctx) &&
      facts.labelText.slice(0, 20).find((l) => l.length <= 20 && dominant(ctx, tight(l)));
    if (named) add(ctx, 'brand-account-ask', 2, named);
  }

  // An open chat the page sends the reader to (KakaoTalk open chat, Telegram, a LINE group), in a link or in
  // its script, the address joined from pieces ('kakao' + 'open://…'): the asking goes on there.
  // … or named in words for the reader to look up ("오픈채팅 ID: cp_desk", "텔레그램 @cs_help")
  // (… or spelt by the script from reversed pieces, base64 or character codes: scriptStrings)
  // (… or a business channel's chat, `pf.kakao.com/_id/chat`, that the page makes the desk for a payout, a refund
  // or the leak: shops answer questions there; the brand settles no compensation in a channel chat)
  // (decoded only when the plain reads found nothing: scriptStrings is the costly reading)
  let decodedText: string | undefined;
  const decoded = () =>
    (decodedText ??= /reverse|atob|fromCharCode|\[\s*['"]/.test(`${facts.inlineScript}${ctx.hrefs}`)
      ? scriptStrings(
          `${facts.inlineScript.slice(0, 20_000)}\n${facts.links
            .slice(0, 200)
            .map((l) => l.href)
            .join('\n')}`,
        ).join('\n')
      : '');
  const plain = `${ctx.hrefs}\n${facts.inlineScript.slice(0, 20_000)}`.replace(/['"`]\s*\+\s*['"`]/g, '');
  const handoff =
    MESSENGER_LINK.exec(plain) ??
    MESSENGER_NAMED.exec(facts.prose.slice(0, 200).join('\n')) ??
    MESSENGER_AGENT.exec(facts.prose.slice(0, 200).join('\n')) ??
    OPEN_CHAT_CODE.exec(facts.prose.slice(0, 200).join('\n')) ??
    (decoded() ? MESSENGER_LINK.exec(decoded()) : null) ??
    (told.split(/(?<=[.!?。])\s+/).some((x) => CHANNEL_TOPIC.test(tight(x)))
      ? (CHANNEL_CHAT.exec(plain) ?? CHANNEL_CHAT.exec(decoded()))
      : null);
  // A chat that asks in words: a free-text box, and the conversation (in the page or in the script that plays
  // it) asks for a secret, or for name, birth date and phone one by one, that no field is labelled with; or a
  // page that says what to tell the agent in the open chat it sends the reader to.
  if (handoff || facts.fields.some((f) => /^(?:text|search|tel|editable|textarea)$/.test(f.type))) {
    // (the lines a script plays may be written in escapes: "\uce74\ub4dc\ubc88\ud638" is 카드번호 to the reader)
    const script = facts.inlineScript.slice(0, 20_000);
    const lines = script.includes('\\') ? unescapeJs(script) : script;
    // (… and the lines it plays, which may be kept in base64 and decoded only as they are shown)
    const chat = tight(`${facts.prose.slice(0, 300).join(' ')} ${facts.played.join(' ')} ${lines}`);
    const said = new Map<FieldKind, string>();
    for (const m of chat.matchAll(CHAT_ITEM)) {
      if (said.size >= 8) break;
      const rest = chat.slice(m.index + m[0].length, m.index + m[0].length + 24);
      const kind = CHAT_KIND.find(([re]) => re.test(m[0]))?.[1];
      // a card's last four digits ("카드번호 뒤 4자리") tell the bank which card; they pay for nothing
      if (kind === 'card' && CARD_TAIL.test(rest)) continue;
      // (… nor when the sentence says it is never asked: "택배사는 문자로 인증번호나 링크를 보내지 않습니다")
      const denied = NEVER_ASKED.test(chat.slice(m.index + m[0].length, m.index + m[0].length + 40));
      // (… or listed with the next item before one verb asks both: "카드 번호 16자리와 … 인증번호 6자리를 채팅으로
      // 보내주세요" — page51)
      const asked = CHAT_VERB.test(rest) || listedAsked(chat, m.index + m[0].length);
      if (kind && !said.has(kind) && !denied && asked) said.set(kind, `${m[0]}${rest.slice(0, 6)}`);
    }
    // (… or, in the chat the page hands the reader to, a photo of the papers that carry them — round page-r7-bk)
    if (handoff)
      for (const m of chat.matchAll(PAPER_PHOTO)) {
        const kind: FieldKind = m[0].startsWith('통장') ? 'bank' : 'resident';
        const after = chat.slice(m.index + m[0].length, m.index + m[0].length + 40);
        if (
          !said.has(kind) &&
          (PAPER_SENT.test(after) || listedPaper(chat, m.index + m[0].length)) &&
          !NEVER_ASKED.test(after)
        )
          said.set(kind, m[0]);
      }
    // (… in English the verb comes first, "please send your login email, password and the 6-digit code we just
    // texted you, in this chat": the items up to the sentence's end, not in a sentence that says never — page60;
    // or a list after "verify:", "please verify: full name, phone, and the SMS code we just sent" — page-r2-az)
    if (said.size < 8 && /[a-z]/i.test(facts.prose.slice(0, 300).join(' ')))
      for (const m of light(`${facts.prose.slice(0, 300).join(' ')} ${facts.played.join(' ')}`).matchAll(
        EN_CHAT_ASK,
      )) {
        if (/\b(?:never|not|n't)\b[^.!?]{0,24}$/.test(m.input!.slice(Math.max(0, m.index - 30), m.index)))
          continue;
        for (const [re, kind] of EN_CHAT_ITEM)
          if (re.test(m[1]!) && !said.has(kind)) said.set(kind, m[0].slice(0, 30));
      }
    for (const [kind, ev] of said) {
      const r = KIND_REASON[kind];
      if (r && !ctx.reasons.some((x) => x.code === r[0])) add(ctx, r[0], r[1], `${ev} (chat)`);
    }
    if (said.has('birth') && said.has('phone') && (said.has('name') || said.has('telco')))
      add(ctx, 'asks-identity-bundle', 3, `${said.get('birth')} (chat)`);
    // (… or, once it has the reader install a remote-control app, the number the app shows: page36)
    const code = chatRemoteCode(ctx, chat);
    if (code) add(ctx, 'asks-remote-code', 4, `${code} (chat)`);
  }

  // Where the sensitive forms go.
  const pageHost = ctx.page?.hostname ?? '';
  for (const i of sensitiveForms) {
    const form = i >= 0 ? facts.forms[i] : undefined;
    if (!form || !form.action || /^\s*(#|javascript:)/i.test(form.action)) continue;
    if (/^\s*mailto:/i.test(form.action)) {
      add(ctx, 'form-posts-elsewhere', 1.5, form.action);
      continue;
    }
    const u = parseUrl(form.action, ctx.page?.href);
    if (!u || !/^https?:$/.test(u.protocol)) continue;
    if (isIpHost(u.hostname)) add(ctx, 'form-posts-to-ip', 2.5, u.hostname);
    else if (pageHost && siteOf(u.hostname) !== siteOf(pageHost))
      add(ctx, 'form-posts-elsewhere', 1.5, u.hostname);
  }
  const bot = /api\.telegram\.org\/bot|discord(?:app)?\.com\/api\/webhooks|hooks\.slack\.com\/services/i.exec(
    facts.inlineScript,
  );
  // (the brand never serves its customers in an open chat or on Telegram: a page that poses as it and sends
  // the reader there is enough, as a form would be)
  if (bot) add(ctx, 'sends-to-messenger', 3, bot[0]);
  else if (handoff) add(ctx, 'sends-to-messenger', 3, handoff[0]);
  else {
    // … or a QR code to scan that leads there, or that carries the "verification" over to the phone
    // (or a QR code named anywhere, with its scan leading to a secret entered on the phone: "안내문 QR과 같은
    // 페이지입니다. 스캔 후 본인확인 및 출입번호를 입력하세요")
    // (… or a code drawn only in pixels, its scan leading to a secret: "휴대폰으로 스캔 후 결제 비밀번호를 입력")
    const qr =
      QR_SCAN.exec(told) ??
      (/\bQR\b|큐알/i.test(told) || facts.images.length > 0 ? QR_THEN_ASK.exec(told) : null);
    // (a parcel to collect or a sum to pay behind the code — a locker's door, a signature "on delivery", a bill —
    // is an errand the brand does in its own app: the scan is the ask, worth as much as an APK)
    const errand = QR_ERRAND.test(toldTight()) ? 4 : 3;
    if (qr && QR_TO_CHAT.test(told)) add(ctx, 'sends-to-messenger', 3, qr[0]);
    else if (qr && (QR_TO_PHONE.test(told) || QR_THEN_ASK.test(told))) add(ctx, 'qr-handoff', errand, qr[0]);
    // (… or, on a parcel that cannot be delivered, to "confirm the address": the delivery lure's own next step)
    // (… or to pay its fee, "QR을 스캔해 송금하시면 재배송": the sum sent from the phone, a bank app's transfer no
    // desktop guard sees — page-r2-av)
    else if (
      qr &&
      DELIVERY_LURE.test(toldTight()) &&
      /(?:스캔|찍|촬영)[^.。]{0,20}(?:주소|배송지|송금|결제|입금|이체|납부)|scan[^.]{0,30}(?:address|pay|transfer)/i.test(
        told,
      )
    )
      add(ctx, 'qr-handoff', errand, qr[0]);
    // (… or, its scan installing a "safety app" on the phone, an install with no file in sight: the brand's app
    // is in the stores, and a security app handed over by a code is an APK by another road — page42)
    else if (
      qr &&
      QR_INSTALL.test(told) &&
      SAFETY_APP.test(tight(`${facts.title} ${facts.headings.map((h) => h.text).join(' ')} ${told}`))
    )
      add(ctx, 'qr-handoff', 4, qr[0]);
  }

  // A chat the reader is sent to for money: the payout looked up by a bot, the damages "received through the
  // lawyer's open chat", the refund handled in a Telegram room. The brand pays and refunds in its own app, and a
  // body that sues or mediates pays by its own letter; a chat that hands money out is where the account, the fee
  // or the secret is asked next, out of sight. Said in one sentence (or one button) with the chat: a victims'
  // group whose open chat is "정보 공유방" and that reports the brand's own payout elsewhere hands nothing out.
  // (… or a business channel to add for it, link or not: "환불을 원하시면 카카오톡 채널을 추가하시고 번호를 남겨주세요" —
  // a shop's own channel is its name's, and such a page says whose it is)
  const linked = ctx.reasons.some((r) => r.code === 'sends-to-messenger');
  if (facts.proseChars <= LONG_PAGE) {
    const lines = [
      ...facts.headings.map((h) => h.text),
      ...facts.prose.slice(0, 200),
      ...facts.actionText.slice(0, 100),
    ].flatMap((p) => p.split(/(?<=[.!?。])\s+/));
    for (const [i, line] of lines.entries()) {
      const chat = (linked ? CHAT_NAME.exec(line) : null) ?? CHANNEL_ADD.exec(line);
      const x = tight(line);
      // (… or a parcel's trouble settled there, "주소지 오류로 연락드렸는데 … 카톡 주세요": the courier persona whose
      // chat asks the address, the fee or the app next; a courier calls or texts, and the brand's app fixes an address;
      // the trouble may be told in the sentence before: "배송 불가 상태입니다. 아래 링크로 카톡 주세요")
      if (
        chat &&
        (PAID_IN_CHAT.test(x) || (linked && DELIVERY_LURE.test(`${tight(lines[i - 1] ?? '')}${x}`))) &&
        !WARNS.test(x) &&
        !NEVER_ASKS.test(x)
      ) {
        add(ctx, 'handoff-lure', 4, chat[0]);
        break;
      }
    }
  }
  // (… or a paid-review job whose pay and the purchase's refund are handed out in the chat it links: page36)
  if (linked && !ctx.reasons.some((r) => r.code === 'handoff-lure')) {
    const job = reviewJob(facts);
    if (job) add(ctx, 'handoff-lure', 4, job);
  }
  // A side job of clicks and reviews for pay ("상품 리뷰 재택 부업 … 당일 정산") whose only way in is a Telegram
  // contact: the task scam, whose "deposit to unlock the next mission" comes in the chat. A recruiter that hires
  // for the brand's warehouses or sellers takes applications by form or phone, in its own name.
  const jobTold = tight(facts.prose.slice(0, 60).join(' '));
  if (
    !ctx.reasons.some((r) => r.code === 'handoff-lure') &&
    facts.proseChars <= SHORT_PAGE &&
    // (… a link to it, or its handle named in words: "텔레그램 @cp_review_job")
    ((linked &&
      (facts.links.some((l) => /^https?:\/\/(?:t\.me|telegram\.me)\//i.test(l.href)) ||
        ctx.reasons.some(
          (r) => r.code === 'sends-to-messenger' && /텔레그램|telegram/i.test(r.evidence ?? ''),
        ))) ||
      // (… or a box for the reader's messenger id, "라인 ID", where the job goes on — page53)
      ctx.reasons.some((r) => r.code === 'asks-messenger-id')) &&
    /재택|부업|알바|사이드잡|sidejob|workfromhome/.test(tight(titleAndTop(facts).join(' '))) &&
    // (… paid by the piece for a like, a capture or a review, "좋아요 누르고 캡처 보내면 건당 3,000원")
    (TASK_PAY.test(jobTold) || (PER_TASK.test(jobTold) && TASK_ACT.test(jobTold)))
  )
    add(ctx, 'handoff-lure', 4, 'telegram (job)');
  // A loan offered in the brand's name that asks which loans the reader already has and how much is left ("기존 대출
  // 금융사", "대출 잔액"): the refinancing front of voice phishing — the call that follows has the old loan "repaid"
  // to an account it names. The brand lends no one through a form on someone else's site; a lender's own page
  // names itself (weighed by identity: a mention of the brand does not make a bank's page the brand's).
  if (facts.proseChars <= LONG_PAGE) {
    const hints = tight(
      facts.fields
        .slice(0, 40)
        .flatMap((f) => [...f.hints, f.near ?? ''])
        .join(' '),
    );
    const offer = LOAN_OFFER.exec(tight([facts.title, ...facts.headings.map((h) => h.text)].join(' ')));
    const held = EXISTING_LOAN.exec(hints);
    if (offer && held) add(ctx, 'loan-lure', 3, `${offer[0]} (${held[0]})`);
  }
  callbackLure(ctx);
  heldMailLure(ctx);
  transferLure(ctx);
  walletLure(ctx);
  checkoutContext(ctx);

  // Prominent text: title, headings, buttons/links/labels, and the whole prose when the page is short (a
  // phishing page is a few sentences; in a long document the same words are discussion).
  // Prose lures only count when the page can act on them: it asks for something, offers a file or a number.
  const hrefs = ctx.hrefs;
  const actionable =
    ctx.reasons.some((r) => /^asks-|^callback|^transfer/.test(r.code)) ||
    APP_FILE.test(hrefs) ||
    // (… or a program under another extension, "rs_helper.bin": the page hands out something to run — page-r2-au)
    RUN_FILE.test(hrefs);
  const short = facts.proseChars <= LONG_PAGE && actionable;
  const prominent = tight(
    [
      facts.title,
      facts.meta.get('og:title') ?? '',
      facts.meta.get('og:description') ?? '',
      ...facts.headings.filter((h) => !(h.flags & (QUOTE | COMMENT))).map((h) => h.text),
      ...facts.actionText.slice(0, 300),
      ...(short ? facts.prose : []),
    ].join(' '),
  );
  const verify = IDENTITY_VERIFICATION.exec(prominent);
  if (verify) add(ctx, 'asks-identity-verification', 2, verify[0]);

  // Lures.
  for (const l of APP_FILE.test(hrefs) ? facts.links : []) {
    const target = (l.download || l.href).split(/[?#]/)[0] ?? '';
    // (a Windows program or a browser extension linked in the open is also how honest tools ship, a seller
    // tool's or a bank's security module: weaker than a phone's package, unless the script hides its address)
    if (INSTALLER.test(target) || /\.apk['"]/i.test(l.href)) {
      // (… but a program named for the brand, "CoupangSafe_Setup.exe", "CoupangLauncher_x64.msi", is the brand's
      // program to the reader, and the brand ships none outside the app stores: as strong as a phone's package)
      const weak =
        /\.(?:exe|msi|crx|xpi|dmg|pkg)$/i.test(target) && !ctx.brandRe.test(tight(fileName(target)));
      add(ctx, 'app-download', weak ? 2.5 : 4, fileName(target) || target);
      break;
    }
    // … or carried inside the link: an app link's browser fallback ("intent://…;S.browser_fallback_url=
    // %2Fget%2Fx.apk;end"), a download script's query ("get.php?f=x.apk"), encoded or not
    const carried = /[^/=;&?#%]+\.apk(?=$|[;&?#'"])/i.exec(safeDecode(l.href));
    if (carried) {
      add(ctx, 'app-download', 4, carried[0]);
      break;
    }
  }
  // (… or a download script told the package's type in its query, "/dl?f=cyber112&ext=apk": page42)
  const typed = ctx.reasons.some((r) => r.code === 'app-download')
    ? undefined
    : facts.links.slice(0, 300).find((l) => APK_QUERY.test(l.href));
  if (typed) add(ctx, 'app-download', 4, typed.href.slice(0, 60));
  const apkInScript = /[\w./-]+\.apk\b/i.exec(facts.inlineScript);
  if (apkInScript) add(ctx, 'app-download', 4, fileName(apkInScript[0]));
  else if (/android\.package-archive/i.test(facts.inlineScript))
    add(ctx, 'app-download', 4, 'APK (MIME type)');
  // (… or an iPhone configuration profile by its MIME type, a data: address written in the page or its script:
  // a "safe DNS" or "security" profile routes the phone's traffic, or trusts a certificate, for whoever made it)
  else if (
    /x-apple-aspen-config/i.test(facts.inlineScript) ||
    facts.links.slice(0, 300).some((l) => /x-apple-aspen-config/i.test(l.href))
  )
    add(ctx, 'app-download', 4, 'iPhone profile (MIME type)');
  else {
    // (… a button's handler too: onclick="location.href=atob('L2ZpbGVz…')")
    // (all the link targets asked at once first, ctx.hrefs: most pages have no "(" or "+" in any)
    const handlers = CALLS_OR_JOINS.test(ctx.hrefs)
      ? facts.links
          .filter((l) => l.flags & ACTION && CALLS_OR_JOINS.test(l.href))
          .slice(0, 50)
          .map((l) => l.href)
          .join(';\n')
      : '';
    const built = assembledApk(handlers ? `${facts.inlineScript}\n${handlers}` : facts.inlineScript);
    if (built) add(ctx, 'app-download', 4, `${built} (assembled in script)`);
  }
  // (… or kept in base64 in a meta tag the script reads and decodes: page36)
  const kept = ctx.reasons.some((r) => r.code === 'app-download') ? '' : metaApk(facts);
  if (kept) add(ctx, 'app-download', 4, `${kept} (base64 in a meta tag)`);
  // (on a store's own listing an install button is how any app is installed, the brand's real app's included)
  const store = STORE_HOST.test(ctx.page?.hostname ?? '');
  // (… not the app named as what is spread, "보안 앱 APK 유포가 이어질 것": a story on the scam — page-r2-au)
  const install = store
    ? null
    : [...prominent.matchAll(APP_INSTALLS)].find(
        (m) =>
          !/^(?:apk|파일)*(?:을|를|의|이|가)?(?:유포|배포되|확산|spread)/.test(
            prominent.slice(m.index + m[0].length),
          ),
      );
  // (… an app added to the home screen under the brand's name is installed as surely as a store's: its start page
  // is the kit's, opened from an icon the reader trusts)
  if (install) add(ctx, 'app-install-prompt', /홈화면|homescreen/.test(install[0]) ? 3 : 2.5, install[0]);
  // a bare "설치" / "Install" button is the whole lure on a fake store listing
  const button = store
    ? undefined
    : facts.actionText.slice(0, 300).find((t) => INSTALL_BUTTON.test(tight(t)));
  if (button) add(ctx, 'app-install-prompt', 3, button);
  // (… or a box for the remote session's id: "원격 ID 9자리" is the app's number, whatever the app is called)
  const remote =
    REMOTE_CONTROL.exec(prominent) ??
    // (the links' own targets only where all of them with their download names have the app: ctx.hrefs is each
    // target lower-cased as the links' join is, and no name of the app takes the space or line break they are
    // joined with)
    (REMOTE_CONTROL.test(ctx.hrefs)
      ? REMOTE_CONTROL.exec(facts.links.map((l) => l.href.toLowerCase()).join(' '))
      : null) ??
    REMOTE_CONTROL.exec(
      tight(
        facts.fields
          .slice(0, 40)
          .flatMap((f) => f.hints)
          .join(' '),
      ),
    );
  if (remote) {
    add(ctx, 'remote-control-app', 3, remote[0]);
    // … and a box for the code its app shows ("연결 코드", "접속 번호"): typed in, it hands the phone over now. A hard
    // ask where the help is offered under the brand's own name (its title or main heading opens with the name, not
    // with one of its apps: a TV maker's "쿠팡플레이 앱이 실행되지 않을 때" supports the app, a seller's setup help
    // names no one)
    const box = facts.fields.find((f) => f.hints.some((h) => h.length < 40 && REMOTE_CODE.test(tight(h))));
    const main = mainHeadingOf(facts);
    // (… or a chat whose agent introduces themself as the brand's staff: "쿠팡 개인정보보호팀 상담원 …입니다")
    const staff = ctx.reasons.some(
      (r) => r.code === 'brand-body-claim' && r.weight >= 1.5 && staffOfBrand(ctx, tight(r.evidence ?? '')),
    );
    if (
      box &&
      (opensWithName(ctx, tight(facts.title)) || (main && opensWithName(ctx, tight(main.text))) || staff)
    )
      add(ctx, 'asks-remote-code', 4, box.hints[0]);
  }
  // ClickFix: the page's script copies a command and its words have the reader run it (Windows key + R, then
  // Ctrl + V): whatever the command is, the reader's computer runs the kit's program
  // (any write to the clipboard: writeText, write([ClipboardItem]), a copy event's setData, execCommand spelt
  // from pieces)
  // (the script with its pieces joined: `'exec' + 'Command'`, `'Noti' + 'fication'`)
  const joined = facts.inlineScript.replace(/['"`]\s*\+\s*['"`]/g, '');
  // (also through an alias: `const cb = navigator.clipboard; cb.writeText(…)`)
  if (
    /clipboard\.write|clipboardData\.setData|execCommand/.test(joined) ||
    (/\bclipboard\b/.test(joined) && /\.write(?:Text)?\s*\(/.test(joined))
  ) {
    // (the steps may be a picture of text: "Windows 키 + R → Ctrl + V → Enter" drawn in a data: SVG)
    const steps = `${told} ${facts.images
      .slice(0, 20)
      .map((i) => i.text)
      .join(' ')}`;
    const run = RUN_BOX.exec(steps);
    // what the reader pastes, as the Run box shows it: the script's text with its character codes read
    // ("# ✓ Human verification ID 48211" at the end of a command spelt as [112,111,119,…])
    // (… or stored reversed, in hex or in base64 and put back by the script: what scriptStrings spells)
    const coded = /fromCharCode/.test(joined) ? codedTexts(facts.inlineScript).join('\n') : '';
    const copied = `${joined}\n${coded}\n${scriptStrings(facts.inlineScript.slice(0, 20_000)).join('\n')}`;
    // (framed as a check that the reader is human, as every such kit is: a how-to that has a reader paste
    // `appwiz.cpl` to remove an app verifies nothing)
    // (… or not framed at all, where the reader is sent to Windows' Run box with a command the page copies that
    // fetches a program and runs it: `mshta http…`, `curl … | cmd`, `iwr … | iex`; no how-to pastes one there)
    if (
      run &&
      PASTE_KEYS.test(steps) &&
      (CHECK_FRAME.test(told) ||
        CHECK_FRAME.test(copied) ||
        // (… where the page wears the brand in a slot: a tool's own install line may be pasted into the Run box)
        (RUN_DIALOG.test(steps) &&
          FETCH_AND_RUN.test(copied) &&
          // (… or says the command is a security step the reader must take to get in, "접속을 위해 보안 인증서
          // 설치가 필요합니다": a gate, as a human check is; a tool's install line opens nothing — page46)
          (SECURITY_GATE.test(told) ||
            ctx.reasons.some((r) => r.group === 'identity' && r.weight >= 2 && !NOT_SLOT.test(r.code)))))
    ) {
      add(ctx, 'asks-run-command', 4, run[0]);
      // … the copied command signed with the brand's name ("… | cmd # 쿠팡 보안 인증 ID:32747"): the Run box shows
      // the reader that line, the brand vouching for what runs (the line may be built anywhere in the script)
      // (… or its letters escaped, '\ucfe0\ud321': what the script spells)
      const signed =
        ctx.brandRe.exec(tight(joined.slice(0, 20_000)))?.[0] ??
        scriptStrings(facts.inlineScript)
          .map((x) => ctx.brandRe.exec(tight(x))?.[0])
          .find(Boolean);
      if (signed) add(ctx, 'brand-body-claim', 1.5, `${signed} (clipboard)`);
    }
  } else if (
    // … or typed by the reader: a command shown as code that fetches a program and runs it ("iwr … | iex"), with
    // words that send the reader to PowerShell, a terminal or the Run box to run it, on a page wearing the brand in
    // a slot ("주문서 PDF 열기 오류 … PowerShell에서 다음 명령을 실행해 글꼴을 설치하세요"): a tool's install line is
    // on its own page, not under the brand's name
    // (… or styled as code, or in a read-only box: what the reader sees as text)
    FETCH_AND_RUN.test(`${facts.codeText}\n${facts.prose.slice(0, 200).join('\n')}`) &&
    ctx.reasons.some((r) => r.group === 'identity' && r.weight >= 2 && !NOT_SLOT.test(r.code))
  ) {
    const run = RUN_BOX.exec(told);
    if (run && /실행|입력|붙여|\brun\b|\btype\b|\bpaste\b|\benter\b/i.test(told))
      add(ctx, 'asks-run-command', 4, run[0]);
  } else if (CHECK_FRAME.test(told)) {
    // … or a human check whose one step sends the reader to Windows' Run box to paste and press Enter ("로봇이
    // 아닙니다 … Win+R 을 누르고 Ctrl+V 후 Enter"), with no copying script of its own: what is pasted was put there
    // by a script from a file or by the page before. No check of anyone's humanity runs a pasted line — page-r7-miss
    const step = facts.prose
      .slice(0, 200)
      .find((t) => t.length <= 200 && RUN_DIALOG.test(t) && PASTE_KEYS.test(t) && /enter|엔터/i.test(t));
    if (step) add(ctx, 'asks-run-command', 4, RUN_DIALOG.exec(step)![0]);
  }
  // Push bait: the script asks for notification permission and the words make a check or a prize hang on the
  // browser's "Allow" — what the reader allows is a stream of scam notifications dressed as the brand's
  // (the call may be spelt from pieces: window['Noti' + 'fication']['request' + 'Permission']())
  const asksPush = (script: string) => /requestPermission|pushManager|Notification/.test(script);
  if (
    asksPush(joined) ||
    // (… or a button's handler: onclick="Notification.requestPermission()")
    facts.links
      .slice(0, 300)
      .some((l) => l.flags & ACTION && asksPush(l.href.replace(/['"`]\s*\+\s*['"`]/g, ''))) ||
    (/\[\s*['"]|atob|fromCharCode|reverse/.test(facts.inlineScript) &&
      scriptStrings(facts.inlineScript).some(asksPush))
  ) {
    // (what hangs on "Allow" is said with it: in the sentence that says to press it or the next — a blog post
    // that offers update alerts and praises free delivery a sentence before makes nothing hang on it)
    const sentences = [
      ...facts.prose.slice(0, 200),
      ...facts.headings.map((h) => h.text),
      ...facts.actionText.slice(0, 100),
    ]
      .join(' ')
      .split(/(?<=[.!?。])\s+/);
    for (let i = 0; i < sentences.length; i++) {
      const allow = PUSH_ALLOW.exec(sentences[i]!);
      if (!allow) continue;
      const near = `${sentences[i]} ${sentences[i + 1] ?? ''}`;
      const check = CHECK_FRAME.test(near) || PUSH_THREAT.test(near);
      if (check || PUSH_STAKES.test(near)) {
        add(ctx, 'asks-push-permission', check ? 4 : 3, allow[0]);
        break;
      }
    }
  }
  // a browser extension to load by hand, in developer mode: the "security program" is the kit's (with or
  // without the word "install": "보안 모듈 받기", then the developer-mode steps)
  // (the steps may name the extension in a later line than the first they match: "개발자 모드 켜기", then "'압축해제된
  // 확장 프로그램 로드'로 폴더 선택")
  const side = SIDELOAD.exec(told);
  if (
    side &&
    (install ||
      button ||
      /확장|extension/i.test(side[0]) ||
      /확장\s*프로그램|extension/i.test(prominent) ||
      /압축\s*해제된\s*확장|load\s*unpacked|unpacked\s+extension|:\/\/extensions/i.test(told))
  )
    add(ctx, 'app-install-prompt', 3.5, side[0]);
  // a download the reader is told to run past the system's warning ("추가 정보 → 실행"): the kit's program
  // (framed as the brand's security: an unsigned indie tool tells its users the same steps)
  const bypass = WARNING_BYPASS.exec(told);
  if (
    bypass &&
    SECURITY_FRAME.test(told) &&
    (install || button || APP_FILE.test(hrefs) || /\.(?:exe|msi)\b/i.test(facts.inlineScript))
  )
    add(ctx, 'app-install-prompt', 3.5, bypass[0]);
  const refund = REFUND_LURE.exec(prominent);
  if (refund) add(ctx, 'refund-lure', 1.5, refund[0]);
  const delivery = DELIVERY_LURE.exec(prominent);
  if (delivery) add(ctx, 'delivery-lure', 1.5, delivery[0]);
  const urgent = URGENCY.exec(prominent);
  if (urgent) add(ctx, 'urgency', 1, urgent[0]);
  else if (
    facts.countdownAttr ||
    (short &&
      facts.prose.some(
        (p) => p.length < 40 && COUNTDOWN_TEXT.test(p) && /남은|remain|left|만료|expire|이내/i.test(p),
      ))
  )
    add(ctx, 'urgency', 1, 'countdown');
}

/** A product's price as a shop labels it (tight): "판매가 48,500원", "수강료 199,000원" */
const PRICE_LABEL =
  /(?:판매가|수강료|정가|할인가|상품금액|상품가격|구매가|결제금액|가격|price)(\d{1,3}(?:,\d{3})+|\d{4,})원?/g;
/** What a shop's checkout button says (tight) */
const BUY_WORD = /구매|수강|주문하기|결제하기|구독|장바구니|checkout|buynow|placeorder/;
/** What the brand's fee lures charge for (tight): a redelivery fee, storage, customs, an unpaid balance */
const FEE_WORD = /수수료|보관료|미납|재배송|통관|관세|배송비|부가세|과태료|연체|fee|customs|duty/;

/**
 * A checkout: the card is asked for to pay a product's price (a gift card, a course named after the brand), with
 * a buy button and none of the fee words of the brand's lures. The brand named there is what is sold, not who
 * asks: counted as context (it keeps a mention in a sentence from speaking as the brand; a logo still does).
 */
function checkoutContext(ctx: Ctx): void {
  const { facts } = ctx;
  if (!ctx.reasons.some((r) => r.code === 'asks-card')) return;
  if (ctx.reasons.some((r) => HARD_ASKS.has(r.code) && r.code !== 'asks-card')) return;
  // the product is named after the brand (in the title or a heading), and nothing speaks as the brand
  if (!ctx.reasons.some((r) => r.code === 'brand-title' || r.code === 'brand-heading')) return;
  // (the brand said in the course's sentences is what it teaches: "윙은 쿠팡 마켓플레이스 판매자 센터입니다")
  if (ctx.reasons.some((r) => r.group === 'identity' && r.weight >= 1.5 && r.code !== 'brand-body-claim'))
    return;
  const words = tight(
    [facts.title, ...facts.headings.map((h) => h.text), ...facts.prose.slice(0, 100)].join(' '),
  );
  if (
    FEE_WORD.test(words) ||
    !BUY_WORD.test(
      tight([facts.title, ...facts.headings.map((h) => h.text), ...facts.actionText.slice(0, 100)].join(' ')),
    )
  )
    return;
  for (const m of words.matchAll(PRICE_LABEL)) {
    const won = Number(m[1]!.replace(/,/g, ''));
    if (won >= 10_000) {
      add(ctx, 'context-checkout', -0.5, m[0]);
      return;
    }
  }
}

/** Words that offer a number to call: 전화, 연락, 상담 연결, ☎, "call us" … (tight form, also the raw symbols) */
// (… or a number given as where to have the charge undone, "02-…로 즉시 취소 요청하세요" — page53)
const CALL_WORD =
  /\d\s*(?:번으로|으로|로)\s*(?:즉시|바로|지금|꼭|반드시)?\s*(?:결제\s*)?(?:취소|환불|해지|차단)\s*(?:요청|신청|접수)|전화|연락|상담|(?:아래|다음|이|해당|안내된?)\s*번호로|연결|문의|콜센터|센터|직통|call|contact|phone|hotline|dial|tel|☎|📞|撥打|致電|來電|专线|專線|電話|电话|客服|お問い?合わせ|コールセンター/i;
/**
 * A financial ad's review number named right before it ("준법감시인 심의필 2025-1234", "심의번호 제2025-12호"): the
 * regulator's stamp every insurer's and bank's ad carries, not a line to call (page52).
 */
const AD_REVIEW = /(?:심의필|심의번호|심의\s*필)\s*제?\s*$/;
/**
 * A place's own office named right before its number ("문의: 관리사무소 031-…", "행정복지센터 02-…"): an apartment's,
 * a school's, a district's. The site gives its own line; the lure's number is the brand's "centre" or an agent's.
 */
const OWN_OFFICE =
  /(?:관리사무소|관리실|관리소|관리단|경비실|방재실|행정실|교무실|민원실|주민센터|행정복지센터|동사무소|management office)\s*[:：)]?\s*(?:\(?(?:대표|직통|전화|tel\.?)\)?\s*[:：]?\s*)?$/i;
/**
 * The representative lines of Korea's banks and card issuers, as printed on their cards and sites (신한 1599-8000,
 * 국민 1588-9999, 카카오뱅크 1599-3333, 현대카드 1577-6000 …): a page that sends the reader to one sends them to the
 * bank itself — a bank's notice about linking an account to the brand's pay. A lure's number is the scammer's own
 * line; one of these is no callback lure, whatever the page says around it.
 */
const FINANCE_LINE =
  /^(?:15998000|15778000|15889999|15999999|16449999|15885000|15995000|15881111|15991111|15882100|16613000|15662566|15882588|15993333|16617654|15221000|15881599|15881900|15447000|15888700|15776000|15881688|15888100|15889955|18001111|15884000|16444000)$/;
/** A public body's host: only bodies (.go.kr) and registered non-profits (.or.kr) get one */
const PUBLIC_HOST = /\.(?:go|or)\.kr$/;
/** A title that is a lawyer's consultation (tight): "변호사 상담 예약", "법무법인 한결 | 상담 신청" */
const COUNSEL_TITLE = /(?:변호사|법무법인|법률사무소|lawfirm|attorney)[^]{0,12}(?:상담|consult)/;
/** A body named as the one that runs the service, right before its contact number (light text) */
const OPERATED_BY =
  /[가-힣]{2,}(?:협회|진흥원|공단|재단|위원회|연구원|센터)\s*(?:\([A-Za-z]{2,10}\))?\s*(?:운영|주관)\s*[·|,/]?\s*(?:문의|전화|대표번호|tel\.?)?\s*[:：]?\s*$/i;
/**
 * What a callback lure is about: a payment, a refund, an account or card locked, a case, a parcel sent back — also in
 * Chinese and Japanese, as the brand's Taiwanese and Japanese customers are called (退款, 分期 … ATM; 返金, 流出)
 */
// (… or an order the reader did not make, "구매하지 않으셨다면 연락주세요": the call is to "cancel" it)
/** A letter O among a number's digits, as a kit writes it to dodge a number reader ("02-6951-33O8") */
const LETTER_DIGIT = /(?<=\d-?)[Oo](?=-?\d)|(?<=\d\d-?)[Oo](?=\b)/g;
/** A phone number's digits each set apart by a space, a dash between its groups: "1 5 8 8 - 4 3 2 9" */
const SPACED_DIGITS = /(?<![\d,.])(?:\d[ \u00a0](?:-[ \u00a0])?){7,11}\d(?![\d,.])/g;
/** Call words that point back at a number given above (light text): "위 번호로만 연락", "상기 번호로 전화" */
const POINT_BACK = /(?:위|상기|위의)\s*번호로만?\s*(?:연락|전화|문의)/;
const CALL_TOPIC =
  /(?:구매|주문|결제|신청)(?:하지|한적|하신적|하신게|한게)(?:않|없|아니)|didn'?t(?:make|order|place|purchase)|notyourorder|결제|승인|취소|환불|보상|보안|잠금|잠겼|정지|제한|도용|유출|재발급|수사|검찰|사건|피의자|명의|반송|수수료|미납|부정|unauthori|payment|charge|refund|compensat|locked|suspend|fraud|secur|breach|cancel|退款|退費|扣款|分期|外洩|外泄|凍結|冻结|補償|賠償|盜用|取消|返金|返還|流出|漏洩|不正|停止|解約|キャンセル/;

/** A mail said to be secured, to be opened on the page (tight) */
const SECURE_MAIL = /보안메일|암호화메일|securemail|securemessage|encryptedmessage|encryptedmail/;
/** A mail's sender line (tight): "보낸사람:", "발신자:", "From:" */
const MAIL_SENDER = /^(?:보낸사람|보낸이|발신자|발신|from)[:：]?/;

/** A past sentence's end in the press's plain style: "…로 전화했다.", "…에 연락했었다." */
const TOLD_PAST = /(?:했|었|았|였|됐|겼|졌)다[.\s]*$/;
/**
 * Who answered a victim's call, named as the crook: "가짜 상담원은 …", "사기범이 …", the money "빼갔다", "가로챘다",
 * "편취했다" (light text, one or two sentences)
 */
const CROOK_ANSWERED =
  /가짜\s?(?:상담원|직원|센터|콜센터|고객센터|수사관|검사)|사기범|사기\s?조직|(?:피싱|사기)\s?일당|범인|피의자|빼\s?(?:가|갔|간)|가로\s?(?:채|챘)|편취/;

/**
 * A number told as the one a victim called: its sentence (up to the number and on to its end) is a past one in the
 * press's style (no ask to the reader), and that sentence or the next names who answered as the crook
 */
function toldCall(text: string, index: number, length: number): boolean {
  const before =
    text
      .slice(Math.max(0, index - 200), index)
      .split(SENTENCE_END)
      .pop() ?? '';
  const [rest = '', next = ''] = text.slice(index + length, index + length + 300).split(SENTENCE_END);
  if (/주세요|하세요|바랍니다|하십시오|[?？]/.test(rest)) return false;
  // (… or a number a reader quotes with the name it was given, "\"1544-… 취소센터\"라는 곳에서 전화가 왔다.": told
  // in quotes as what someone called himself, in a past sentence of the plain written style — a reader's account of
  // the trick (page45); a kit hands its number over in its own voice)
  if (QUOTE_OPEN.test(before) && REPORTED_AFTER.test(rest) && plainPast(rest)) return true;
  if (!TOLD_PAST.test(rest)) return false;
  return CROOK_ANSWERED.test(`${before}${rest} ${next}`);
}

/** A quotation opened before a number and not closed (light text) */
const QUOTE_OPEN = /["“'‘「『][^"“”'‘’「」『』]{0,30}$/;
/** … closed after it and followed by a reporting ending: "…\"라는", "…\"이라며", "…\"라고" (light text) */
const REPORTED_AFTER = /^[^"“”'‘’「」『』]{0,30}["”'’」』]\s?이?(?:라는|라며|라고|란\s)/;
/** A sentence's end in the plain past ("왔다.", "걸었다", "받았다"): a syllable closed by ㅆ, then 다 */
function plainPast(sentence: string): boolean {
  const m = /([가-힣])다[.!\s]*$/.exec(sentence);
  return !!m && (m[1]!.charCodeAt(0) - 0xac00) % 28 === 20;
}

/** A number offered to the reader (light text, its sentence): "지금 전화하세요", "전화하면 바로 확인할 수 있다" */
const OFFERED_CALL =
  /(?:전화|연락|문의|상담)\s?(?:하세요|해\s?주세요|주세요|하십시오|주십시오|바랍니다)|지금\s?(?:바로\s?)?(?:전화|연락)|(?:전화|연락|문의)\s?(?:하면|하시면)\s?(?:바로|즉시|곧바로|당일)|\bcall\s(?:now|us|today)/i;
/** … not a sentence that quotes, warns or reports what a crook said (light text) */
const NOT_OFFERED =
  /["'“”‘’「」『』]|라는|라고|라며|이라|사칭|사기|피싱|스미싱|가짜|주의|절대|속지|scam|fraud/i;

/**
 * The number's own sentence offers it to the reader, in the present or as an order, and neither quotes nor warns:
 * a kit's call to action, which a byline or a masthead does not make a story (page42)
 */
function offeredCall(text: string, index: number, length: number): boolean {
  const before =
    text
      .slice(Math.max(0, index - 200), index)
      .split(SENTENCE_END)
      .pop() ?? '';
  const rest = text.slice(index + length, index + length + 200).split(SENTENCE_END)[0] ?? '';
  const sentence = `${before} ${rest}`;
  return OFFERED_CALL.test(sentence) && !NOT_OFFERED.test(sentence);
}

/** A contact label ending its line right before a number (light text): "문의:", "문의 조사총괄과", "X 고객센터" */
const CONTACT_LABEL =
  /(?:^|\n)\s*(?:([가-힣A-Za-z]{2,12})\s?)?(?:문의|고객센터|대표전화|대표번호)\s*[:：]?\s*(?:[가-힣]{2,8}(?:과|팀|실|국)\s*)?$/;
/** After a number, its sentence calls it the scam (light text): ")는 사기입니다", " 은 피싱 번호", "는 가짜" */
const SCAM_AFTER = /^\s*[)\]]?\s*(?:은|는|이|가|도)?\s*(?:모두\s?|전부\s?)?(?:사기|사칭|피싱|스미싱|가짜)/;
/** Before it, the scam's number named as such (light text): "사칭 번호:", "피싱 전화 (" */
const SCAM_BEFORE = /(?:사기|사칭|피싱|스미싱|가짜)\s?(?:번호|전화|문자|연락처)\s*[:(]?\s*$/;
/** The number is named as the scam in its sentence, and the sentence offers no call (page47) */
function namedScam(text: string, index: number, length: number): boolean {
  const after = text.slice(index + length, index + length + 16);
  const before = text.slice(Math.max(0, index - 16), index);
  return (SCAM_AFTER.test(after) || SCAM_BEFORE.test(before)) && !offeredCall(text, index, length);
}
/** Every errand's word in a segment, to see what name is left (tight) */
const NOT_A_NAME_ALL = new RegExp(NOT_A_NAME.source, 'g');
/** The kind a body's name ends in, by which its page calls itself ("본 센터", "당 위원회") */
const SELF_KIND = /(?:센터|위원회|협회|재단|공단|조합|사무소|법인)$/;
/** What may follow the number on its line: nothing, or the company's details ("· ㈜… 사업자등록번호 …", a fax) */
const CONTACT_TAIL = /^\s*(?:$|\n|[·|,/]\s*(?:\(?주\)?|㈜|사업자|팩스|fax|이메일|email|평일|운영|\d))/i;

/**
 * The number stands alone on a contact line the page signs as its own (page47): the line holds only a contact label
 * (its own name or a department before it) and the company's details after, its sentence offers no call, and the
 * title names a site that is not the brand — a notice's or a shop's own centre
 */
function ownContactLine(ctx: Ctx, text: string, index: number, length: number): boolean {
  const label = CONTACT_LABEL.exec(text.slice(Math.max(0, index - 40), index));
  if (!label || !CONTACT_TAIL.test(text.slice(index + length, index + length + 24))) return false;
  if (offeredCall(text, index, length)) return false;
  const segs = light(ctx.facts.title).split(TITLE_SPLIT).map(tightFromLight);
  if (segs.length < 2) return false;
  // (the title's name: a segment of its own words, not the brand's nor only an errand's — "결제 취소 접수" names
  // no one — that the page says again outside its title, or calls itself by its kind: "본 센터", "당 위원회")
  const body = tight([...ctx.facts.headings.map((h) => h.text), ...ctx.facts.prose.slice(0, 60)].join(' '));
  const own = segs.filter((s) => {
    if (s.length < 3 || s.length > 16 || !otherName(ctx, s)) return false;
    if (s.replace(NOT_A_NAME_ALL, '').length < 3) return false;
    const kind = SELF_KIND.exec(s)?.[0];
    return body.includes(s) || (!!kind && (body.includes(`본${kind}`) || body.includes(`당${kind}`)));
  });
  if (!own.length) return false;
  // (a name before the label is the title's own: "캐시백몰 고객센터" under "캐시백몰 - …")
  const named = label[1] ? tight(label[1]) : '';
  if (!named) return true;
  return !ctx.brandRe.test(named) && own.some((s) => s.includes(named));
}

/** A headline that asks a reader's question (light text, whole): "… 얼마나 받을 수 있나", "How much can I claim?" */
const QUESTION_HEADLINE =
  /(?:얼마|어떻게|무엇|언제|어디|누가|how\b|what\b|when\b)[^.!\n]{0,30}(?:있나|없나|되나|하나|받나|일까|을까|할까|될까|인가|는가|나요|까요|\?)\s*$/i;
/** A sentence that warns the reader off a way of asking (tight): "… 곳은 피하세요", "… 응하지 마세요" */
const CAUTION = /피하세요|피하십시오|주의하세요|조심하세요|응하지마세요|속지마세요/;
/** A number alone on its line after a short label: "상담 예약: 02-…" (light text, the line before it) */
const BARE_LABEL = /(?:^|\n)[^\n\d:：]{2,12}[:：]\s*$/;
/** The number at `index` is an office's bare line on an explainer with no box (see its use) */
function explainerLine(ctx: Ctx, text: string, index: number, length: number): boolean {
  const { facts } = ctx;
  if (facts.fields.length || offeredCall(text, index, length)) return false;
  if (!BARE_LABEL.test(text.slice(Math.max(0, index - 16), index))) return false;
  if (!CONTACT_TAIL.test(text.slice(index + length, index + length + 24))) return false;
  const head = [facts.title, mainHeadingOf(facts)?.text ?? ''].map((t) => light(t).trim());
  return (
    head.some((t) => QUESTION_HEADLINE.test(t)) &&
    facts.prose.slice(0, 60).some((p) => CAUTION.test(tight(p)))
  );
}

/** Lines a script paints on a canvas (fillText('…'), fillText(String.fromCharCode(…))), as the reader sees them */
function paintedTexts(facts: PageFacts): string[] {
  if (!/fillText|strokeText/.test(facts.inlineScript)) return [];
  const out = /fromCharCode/.test(facts.inlineScript) ? codedTexts(facts.inlineScript) : [];
  for (const m of facts.inlineScript.matchAll(PAINTED_STRING)) {
    out.push(unescapeJs(m[2]!));
    if (out.length >= 40) break;
  }
  return out;
}

/** A Japanese or Taiwanese number as those pages write it (03-6821-4407, 0120-918-227, 0800-201-339, 0912-345-678) */
const CJK_NUMBER =
  /(?<![\d\w.,/:+-])0(?:\d{1,4}[-‐ ]\d{2,4}[-‐ ]\d{3,4}|120[-‐ ]?\d{3}[-‐ ]?\d{3})(?![\d\w]|[.,]\d)/g;
/** … read only on a page that speaks Japanese or Chinese (kana, or Han without Hangul): Korean pages have findNumbers */
function cjkNumbers(text: string): { text: string; index: number }[] {
  if (!/[\u3040-\u30ff]/.test(text) && !(/[\u4e00-\u9fff]/.test(text) && !/[가-힣]/.test(text))) return [];
  return [...text.matchAll(CJK_NUMBER)].map((m) => ({ text: m[0], index: m.index }));
}

/**
 * A callback lure: a short page that gives a phone number that is not one of the brand's own (list data) as the
 * number to call — a `tel:` link (also one a script writes: `'tel:'+[15,66,…].join('')`), or a number next to
 * 전화 / 연락 / 상담 / ☎ — about a payment, refund, locked account, case or parcel. No form at all: the page
 * wants the reader on the phone with the scammer. Where the brand's own number is the one offered, or a report
 * line (112, 118, 1332), nothing is added; a long document quoting a scam number is discussion.
 */
function callbackLure(ctx: Ctx): void {
  const { facts } = ctx;
  if (facts.proseChars > LONG_PAGE) return;
  // what the page shows without text nodes (an SVG's text, a stylesheet's content, a canvas's painted lines) is
  // shown all the same
  const drawn = [...facts.cssText, ...facts.images.slice(0, 20).map((i) => i.text), ...paintedTexts(facts)];
  const aboutText = tight(
    [facts.title, ...facts.headings.map((h) => h.text), ...facts.prose.slice(0, 200), ...drawn].join(' '),
  );
  const about = CALL_TOPIC.exec(aboutText);
  // (… or a parcel that cannot be handed over, "주소지 오류로 상품 전달이 어렵습니다", when the number is a personal
  // mobile's: a courier's desk answers on its own line, never on a "driver's" 010 the page hands out — page-r3-ba)
  const parcel = DELIVERY_LURE.exec(aboutText);
  const topic = about ?? HELD_TOPIC.exec(aboutText) ?? parcel;
  if (!topic) return;
  const official = new Set(ctx.brand.numbers);
  const foreign = (raw: string) => {
    const n = normaliseNumber(raw).replace(/\D/g, '');
    return n.length >= 8 && !official.has(n) && !FINANCE_LINE.test(n) ? n : '';
  };
  let found = '';
  const publicHost = PUBLIC_HOST.test(ctx.page?.hostname ?? '');
  // a tel: address a script assembles: the digits of the pieces that follow it
  // (… or one the script joins first: var p=["1600","-","39","27"].join(""); a.href="tel:"+p)
  const TEL = /tel:['"`]?\s*[+(]?((?:[\s'"`+,.()[\]-]*\d+){2,8})/i;
  // (a number in the footer or the company line is the site's own contact, not the one the page urges)
  for (const l of facts.links) {
    if (l.flags & (FOOTER | QUOTE)) continue;
    // (… or a button's handler that goes there: location.href='tel:0231458'+'811')
    const m =
      /^\s*tel:([+\d\s().-]{3,24})/i.exec(l.href) ?? (/^\s*tel:/i.test(l.href) ? null : TEL.exec(l.href));
    if (m && (found = foreign(m[1]!))) break;
  }
  // (its double-quoted pieces read as single-quoted ones: "1600" is '1600')
  const resolved = () => resolveScript(facts.inlineScript.replace(/"([^"'\\\n]{0,40})"/g, "'$1'"));
  const scripted =
    TEL.exec(facts.inlineScript) ?? (/tel:/i.test(facts.inlineScript) ? TEL.exec(resolved()) : null);
  if (!found && scripted) found = foreign(scripted[1]!);
  if (!found) {
    const prose = facts.prose.slice(0, 200).filter((p) => !facts.footerText.includes(p));
    const text = [facts.title, ...facts.headings.map((h) => h.text), ...facts.actionText.slice(0, 300)]
      .concat(prose)
      .join('\n')
      .replace(LETTER_DIGIT, '0')
      // (… or its digits set apart by spaces, "☎ 1 5 8 8 - 4 3 2 9": read as the number it is — page-r2-aw)
      .replace(SPACED_DIGITS, (m) => m.replace(/\s/g, ''));
    // a number spelt one digit per element, drawn by a stylesheet (content: "1588 - 7392", attr(data-n)) or
    // inside a picture (an SVG's text) is hidden from text on purpose: the page's call words anywhere are enough
    // (… or a number a script writes into the page from pieces, el.textContent=['070','46','18'].join('-'): shown
    // all the same, hidden from the page's source)
    const written = /join\(/.test(facts.inlineScript)
      ? // (… its pieces added first, '☎ '+['1588','4097'].join('-') — page-r2-az)
        [
          ...resolved()
            .replace(/'\s*\+\s*'/g, '')
            .matchAll(/(?:textContent|innerText|innerHTML)\s*=\s*'([^'\n]{0,80})'/g),
        ].map((m) => m[1]!)
      : [];
    const spelt = [...facts.letterRuns, ...facts.logoText.slice(0, 20), ...drawn, ...written]
      .join('\n')
      .replace(LETTER_DIGIT, '0')
      // (an SVG's lines run together: "안내070-…")
      .replace(/([^\d\s+(-])(?=[+(]?\d)/g, '$1 ');
    // (… and its call words drawn with it, "전담 상담센터로 전화 주세요" in the same SVG: a page that is one picture)
    const calls = CALL_WORD.test(text) || drawn.some((d) => CALL_WORD.test(d));
    for (const m of [
      ...findNumbers(text),
      ...cjkNumbers(text),
      ...findNumbers(spelt).map((x) => ({ ...x, index: -1 })),
    ]) {
      const n = foreign(m.text);
      const near = m.index < 0 ? '' : text.slice(Math.max(0, m.index - 30), m.index + m.text.length + 16);
      if (m.index >= 0 && OWN_OFFICE.test(text.slice(Math.max(0, m.index - 24), m.index))) continue;
      if (m.index >= 0 && AD_REVIEW.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
      // (… or, on a public body's host, the body that runs the page named as its operator right before it,
      // "한국정보통신진흥협회(KAIT) 운영 · 문의 1644-…": the service's own line; off those hosts a kit writes it free)
      if (m.index >= 0 && publicHost && OPERATED_BY.test(text.slice(Math.max(0, m.index - 40), m.index)))
        continue;
      // (… or a number the page tells as the one a victim called, in a past sentence of a story whose next words
      // name who answered as the crook: news of the trick, not the trick's offer. A kit dressed as news still has
      // to hand the reader its number — "지금 070-… 로 문의하세요", a tel: link — and that one is read as before)
      if (m.index >= 0 && toldCall(text, m.index, m.text.length)) continue;
      // (… or a bare contact line, "문의: 조사총괄과 02-…", "캐시백몰 고객센터 02-… · 사업자등록번호 …", on a page whose
      // title names a site that is not the brand — a notice's or a shop's own centre, offered to nobody. A kit's
      // call-only lure still says "… 로 연락 바랍니다", or wears the brand's name as its title: read as before)
      if (m.index >= 0 && ownContactLine(ctx, text, m.index, m.text.length)) continue;
      // (… or a number the page names as the scam itself, "전화하라는 문자(1588-…)는 사기입니다", "사칭 번호: 070-…":
      // a warning wants no call. A kit that warns and then offers, "사칭 주의! 고객센터 070-… 로 전화하세요", offers)
      if (m.index >= 0 && namedScam(text, m.index, m.text.length)) continue;
      // (… or an office's bare line, "상담 예약: 02-…", closing an explainer: a page with no box whose headline asks a
      // reader's question, "… 얼마나 받을 수 있나", and that cautions against the scam's way, "… 곳은 피하세요" — a
      // lawyer's or an adviser's post; a lure tells the reader what happened to them, and to call — page-r6-bh)
      if (m.index >= 0 && explainerLine(ctx, text, m.index, m.text.length)) continue;
      // (… or the next line's call words that point back at it, "위 번호로만 연락해 주세요" under a new line's number)
      const back =
        m.index >= 0 && POINT_BACK.test(text.slice(m.index + m.text.length, m.index + m.text.length + 80));
      if (n && (m.index < 0 ? calls : CALL_WORD.test(near) || back)) {
        found = n;
        if (m.index >= 0) ctx.callOffered = offeredCall(text, m.index, m.text.length);
        break;
      }
    }
  }
  // the number itself stays out of the evidence: no view may show the scammer's number as one to call
  if (found && (topic !== parcel || /^01[016789]\d{7,8}$/.test(found)))
    add(ctx, 'callback-lure', 4, `${found.slice(0, 3)}…${found.slice(-2)} (${topic[0]})`);
}

/**
 * Where the reader is to send money (tight): an account's number right after its word (a bank's name between),
 * a wallet's address, a box for who sent it
 */
// (… or a bank's own name right before the number, "입금: 신한 110-482-991203", written without the word 계좌)
const PAY_TO =
  /(?:계좌|account)[가-힣]{0,6}\d{10,16}|(?:(?:국민|신한|우리|하나|기업|농협|수협|씨티|sc제일|부산|대구|광주|경남|전북|제주)은행|국민|신한|농협|카카오뱅크|케이뱅크|토스뱅크|우체국|새마을금고|신협)\d{10,16}|0x[0-9a-f]{6,}|지갑주소|walletaddress|입금자|송금인|txid/;
/** A box for the code a TV shows to pair it (tight): "TV 코드", "TV 화면의 코드", "기기 연결 코드" */
const TV_CODE =
  /^(?:tv|티비)(?:화면의?)?(?:\d자리)?(?:연결|등록|인증|페어링)?코드|^(?:기기|디바이스)(?:연결|등록)코드|^(?:tv|device)(?:pairing|link)?code/;
/** A sentence that has the reader install (light text): "설치해 주십시오", "설치하세요", "install it now" */
const INSTALL_ASK = /설치\s?(?:해\s?주|하세요|하십시오|바랍니다|하셔야)|\binstall\s(?:it|the|this|our)\b/i;
/** A link's query naming an Android package as the file's type: "?f=x&ext=apk", "&type=apk" */
const APK_QUERY = /[?&](?:ext|type|format|filetype|kind)=apk(?:$|[&#])/i;
/** A code's scan that installs (light text): "QR을 스캔하여 설치하세요", "scan to install" */
const QR_INSTALL =
  /(?:스캔|촬영|인식)[^.。]{0,20}(?:설치|다운로드|다운\s?받)|scan[^.]{0,40}\b(?:install|download)/i;
/** An app named as the reader's safety (tight): "안심앱", "보안 앱", "보호 프로그램", "security app" */
const SAFETY_APP = /(?:안심|보안|보호|백신|security|safety|protect)(?:앱|어플|프로그램|app)/;
/** What a code to scan unlocks (tight): a parcel held, a locker's door, a signature for a delivery, a sum to pay */
// (… or the reader's account, said to be suspended unless the "verification" is done on the phone, "재인증 미완료 시
// 계정이 정지됩니다": a sign-in carried off to where no desktop guard sees it — page50)
const QR_ERRAND =
  /보관함|락커|택배|배송|수령|반송|픽업|보관중|결제|납부|미납|잠금해제|locker|parcel|package|delivery|pickup|payment|unlock|(?:계정|아이디|이용)(?:이|을|가)?(?:정지|영구정지|잠금|제한|삭제)|accountwillbe(?:suspended|locked|deleted)/;
/** A messenger, a chat or a bot named in a sentence */
const CHAT_NAME =
  /텔레그램|telegram|카카오\s*톡|카톡|오픈\s*채팅|open\s*chat|채팅방|\bbot\b|봇(?:에|으로|에게|을|이)|\bLINE\b|라인\s*(?:으로|에서|상담|채팅)|왓츠앱|whatsapp|위챗|wechat/i;
/** A sentence that warns of the trick (tight; not SCAM_TALK, whose 문자 is in "주문자") */
const WARNS = /사칭|스미싱|피싱|사기|가짜|주의|scam|phishing|fake|fraud/;
/** A messenger's business channel the reader is told to add */
const CHANNEL_ADD =
  /(?:카카오\s*톡|카톡)\s*(?:채널|플러스\s*친구)\s*(?:을|를)?\s*추가|채널\s*(?:을|를)?\s*추가하/;
/** Money handed out (tight): a payout, damages, a refund, a look-up of who gets it */
const PAID_IN_CHAT =
  /보상(?:전담|상담|문의|접수)|보상금|배상금|위로금|지원금|피해보상|보상액|환불|환급|지급|수령|대상여부|돌려받|payout|refund|compensation|damages/;
/** A fee paid first (tight; … or a guarantee paid in points, "보증 포인트 29,000원 결제 후 발송" — page-r4-bd) */
const ADVANCE_FEE =
  /제세공과금|세금|선납|선입금|교육비|보증(?:금|포인트)|계약금|등록비|가입비|인증비|해제비|보험료|수수료|가스비|충전|예치금|fee|tax|gas/;
/** A messenger's id handed out to add (tight): "LINE ID: …", "텔레그램 아이디 …" — where the account is given (page-r2-av) */
const MESSENGER_ID = /(?:line|라인|텔레그램|telegram|카톡|카카오톡|위챗|wechat)(?:id|아이디)[a-z\d]/;
/** … by a transfer (tight) */
const TRANSFER = /입금|송금|이체|옮겨|옮기|충전|납부|deposit|transfer/;
/** … to release what the page promises: a prize, a payout, a job, a mission's reward (tight) */
// (… or the fee itself promised back: "계약금 300만원은 6개월 후 전액 반환됩니다" — the deposit that never returns)
// (… or a seller's sales paid early, "선정산 … 즉시 지급", for a fee first: a settlement is paid out of the sales, never
// for money sent in)
// (… or a seller's held sales released, "정산 보류 해제를 위해 보증금을 입금": a market holds and releases them out of the
// sales themselves, never for money sent in — page45)
// (… or the reader's own work paid by the piece, "작업 1건당 3,000원", "건당 지급": a job that wants a top-up first — page51)
const PROMISED =
  /작업\d{0,3}건당|건당지급|당첨|경품|상금|환급|보상금|수익|출금|합격|미션|리워드|에어드랍|전액반환|반환됩니다|돌려드립니다|선정산|즉시지급|보류해제|정산보류|지급보류|airdrop|reward|prize|payout|withdraw|refundedinfull/;
/** A job's work handed out for money paid first (tight): a mission, a task, a wave's slot, then a deposit or a prepayment */
const TASK_DEPOSIT =
  /(?:미션|작업(?![실장])|웨이브|배정)[가-힣\d]{0,24}(?:선결제|선입금|보증금|예치금)|(?:선결제|선입금|보증금|예치금)[가-힣\d]{0,16}(?:미션|작업(?![실장])|배정)|(?:mission|task)[a-z\d]{0,24}(?:deposit|prepay|topup)/;
/** A prize won (tight) */
const WON = /당첨|경품|상금|prize|winner/;
/** A box for the name a transfer is sent under (tight): "입금자명", "송금인", "depositor's name" */
const DEPOSITOR = /입금자|입금하실분|송금인|보내는분성함|depositor|sendername|remitter/;
/** A picker's options that say how to pay (tight) */
const PAY_METHOD = /계좌이체|무통장|카드결제|가상계좌|banktransfer|card/;
/** A payment taken outside the shop's checkout (tight): "결제가 아닌 … 계좌", "직결제", "차액 입금", "pay the seller directly" */
const OFF_CHECKOUT =
  /(?:결제|페이|앱)(?:가|이)?아닌[가-힣]{0,12}(?:계좌|입금|송금|이체)|직결제|(?:판매자|셀러)(?:에게|계좌로?)?직접(?:입금|송금|이체|결제)|차액(?:을|만|분)?(?:입금|송금|이체)|outside(?:the|our)?(?:app|checkout|platform)|pay(?:the)?sellerdirectly/;
/** A loan offered (tight; the title or a heading): 대출, 대환, 론, 한도 조회, loan */
const LOAN_OFFER = /대출|대환|(?:^|[가-힣])론(?:$|[^가-힣])|한도조회|loan/;
/** A box for the loans the reader already has (tight hints): the lender, the balance, a refinancing */
const EXISTING_LOAN =
  /(?:기존|타사|보유|이용중인?)(?:대출)?(?:금융사|은행|대출|잔액)|대출잔액|대출금융사|대환대상|existingloan|currentlender|loanbalance/;
/** A sum said to be overdue (tight) */
const ARREARS = /연체|미납|체납|미수금|미결제|overdue|unpaid|pastdue/;
/** … and what follows if it stays so: a credit record, a suspended account, the law, collectors (tight) */
const ARREARS_THREAT =
  /신용(?:평가|정보|등급|불량)|연체정보|정지|법적|소송|추심|압류|가압류|고발|collections?|suspend|legalaction|creditbureau/;

/** A quoted string in a script shaped as a bank account's number ('3333-27-6619023', "110-482-771902") */
const COPIED_ACCOUNT = /['"`]\d{2,6}-\d{2,6}-\d{2,8}(?:-\d{1,6})?['"`]/;
/** Words that have the reader paste into a transfer's recipient and send (tight) */
const PASTED_AS_PAYEE =
  /(?:받는|입금|수취|보낼)(?:분)?계좌[^]{0,16}붙여넣|붙여넣[^]{0,30}(?:이체|송금|입금)하|pasteit[^]{0,30}(?:recipient|payee)/;
/** A button that says it copies a code, not an account (tight) */
const CODE_COPY = /^(?!.*계좌)(?!.*account).{0,10}(?:코드|인증번호|확인번호|code)(?:를|을)?(?:복사|copy)/;

/**
 * An advance-fee transfer: a short page that promises something (a prize, a payout, a job, a mission's reward)
 * and wants a fee for it first (tax on the prize, a training fee, gas, a top-up) sent to the account or wallet
 * it shows, or asks who sent it (입금자명, TXID), or gives on the messenger it hands the reader to. No field need
 * take a secret: the money is the ask. The account stays out of the evidence, as a callback's number does.
 */
/** A fee by any name (tight): "수수료", "비용", "요금", "…료" before a sum */
const ANY_FEE = /수수료|비용|요금|[가-힣]료\d/;
/** The page's title or a heading names a parcel's fee ("미납 배송비 안내") */
const feeHeaded = (ctx: Ctx) =>
  PARCEL_FEE.test(tight([ctx.facts.title, ...ctx.facts.headings.slice(0, 6).map((h) => h.text)].join(' ')));

function transferLure(ctx: Ctx): void {
  const { facts } = ctx;
  if (facts.proseChars > LONG_PAGE) return;
  const t = tight(
    [
      facts.title,
      ...facts.headings.map((h) => h.text),
      ...facts.prose.slice(0, 300),
      ...facts.actionText.slice(0, 100),
      ...facts.fields.slice(0, 40).flatMap((f) => f.hints),
    ].join(' '),
  );
  // An account number handed out as a "code": a button that says it copies a code ("코드 복사") while the script copies
  // digits shaped as a bank account ('3333-27-…'), and words that have the reader paste it where a transfer's
  // recipient goes and send money ("받는 계좌 칸에 붙여넣고 1원을 이체"). A shop's own "계좌번호 복사" names what it
  // copies; a "code" verified by a transfer is the reader's money sent to the kit (page50).
  if (
    COPIED_ACCOUNT.test(facts.inlineScript) &&
    /clipboard|execCommand/.test(facts.inlineScript) &&
    PASTED_AS_PAYEE.test(t) &&
    facts.actionText.slice(0, 100).some((a) => CODE_COPY.test(tight(a)))
  ) {
    add(ctx, 'transfer-lure', 4, PASTED_AS_PAYEE.exec(t)![0]);
    return;
  }
  const fee = ADVANCE_FEE.exec(t);
  // (the task scam's deposit, below: noted first, for the brand it names — score)
  const task = TRANSFER.test(t) ? TASK_DEPOSIT.exec(t) : null;
  ctx.taskDeposit = !!task;
  // … or on the messenger the page moves the reader to (a LINE or Telegram id asked, an open chat), where the
  // account is given
  // (… or a prize's fee paid in the page's own form, a picker offering how: "보증 포인트 충전" over "계좌이체 / 카드
  // 결제" under "체험단 당첨" — a winner is never charged to collect; page-r2-ax)
  const promised =
    fee &&
    (PAY_TO.test(t) ||
      ctx.reasons.some((r) => /messenger/.test(r.code)) ||
      MESSENGER_ID.test(t) ||
      (WON.test(t) &&
        facts.fields.some((f) => f.type === 'select' && PAY_METHOD.test(tight(f.hints.join(' ')))))) &&
    TRANSFER.test(t) &&
    PROMISED.exec(t);
  if (promised) {
    add(ctx, 'transfer-lure', 4, `${fee[0]} (${promised[0]})`);
    return;
  }
  // A prize its winner pays for first, the page's own form asking who sends the money ("체험단 당첨 … 29,000원 결제 후
  // 발송" over an "입금자명" box): a winner is never charged to collect, and a depositor's name is asked only of a
  // transfer (page66)
  const payer = facts.fields.find((f) => DEPOSITOR.test(tight(f.hints.join(' '))));
  if (payer && WON.test(t) && /\d(?:원|won)|₩|krw/.test(t) && !WARNS.test(t)) {
    add(ctx, 'transfer-lure', 4, `${WON.exec(t)![0]} (${payer.hints[0] ?? ''})`);
    return;
  }
  // Work that its worker pays for first: a mission, a review task or a delivery wave given out only after a
  // deposit or a purchase the page has the reader pay in ("VIP 미션은 선결제 30만원 후 48만원 환급", "배정 보증금
  // 5만원 입금 후 캡처") — the task scam's hook. No employer or platform charges a worker to be handed work
  // (page62)
  if (task) {
    add(ctx, 'transfer-lure', 4, task[0]);
    return;
  }
  // A parcel's fee — storage, redelivery, return — to be paid into an account the page gives, on a page that shows
  // no name of its own ("보관료 4,500원을 아래 계좌로 입금하시면 재배송"): the brand collects in its own app, and a
  // shop that takes a return's fee by transfer names itself (a sentence warning of it does not ask)
  const parcelFee = PARCEL_FEE.exec(t) ?? (DELIVERY_LURE.test(t) ? ANY_FEE.exec(t) : null);
  if (
    parcelFee &&
    PAY_TO.test(t) &&
    !ctx.ownShown &&
    !ctx.foreignNames.size &&
    !headerName(ctx) &&
    // (line by line, and sentence by sentence with the pieces a bold sum splits one into joined: "추가 배송비
    // <b>2,500원</b>을 … 입금해 주세요" — page-r2-aw)
    [
      ...facts.prose.slice(0, 300),
      ...facts.prose
        .slice(0, 300)
        .join(' ')
        .split(/(?<=[.!?。])\s+/),
    ]
      .map((x) => tight(x))
      // (… or the fee named by the notice's title or heading, "로켓직구 미납 배송비 안내", and its sum sent to the
      // account in a sentence of the body, "4,900원이 미납되어 … 아래 계좌로 입금 후" — page-r7-miss)
      // (… or a fee of any name, "주소 재검증 수수료 1,900원", on a page whose parcel is said held or sent back: the
      // parcel's fee however the kit calls it — page-r9-miss)
      .some(
        (x) =>
          (PARCEL_FEE.test(x) ||
            (/\d원/.test(x) && (feeHeaded(ctx) || (ANY_FEE.test(x) && DELIVERY_LURE.test(t))))) &&
          TRANSFER.test(x) &&
          !WARNS.test(x) &&
          !NEVER_ASKS.test(x),
      )
  ) {
    add(ctx, 'transfer-lure', 4, parcelFee[0]);
    return;
  }
  // An order paid outside the shop's checkout: "쿠팡 결제가 아닌 안전 거래 계좌로 선입금", "판매자 직결제 계좌이체",
  // "가격 오류 차액을 입금": the brand takes every payment in its own checkout, so a page in its name that sends the
  // money to an account it gives (or to the chat it hands the reader to) is the kit's
  // (a sentence that warns of it, "쿠팡 결제가 아닌 계좌 입금을 요구하면 사기입니다", names the trick; it does not ask)
  const off = OFF_CHECKOUT.test(t)
    ? facts.prose
        .slice(0, 300)
        .concat(facts.actionText.slice(0, 100))
        .flatMap((p) => p.split(/(?<=[.!?。])\s+/))
        .map((x) => tight(x))
        .map((x) => (WARNS.test(x) || NEVER_ASKS.test(x) ? null : OFF_CHECKOUT.exec(x)))
        .find(Boolean)
    : null;
  if (off && TRANSFER.test(t) && (PAY_TO.test(t) || ctx.reasons.some((r) => /messenger/.test(r.code)))) {
    add(ctx, 'transfer-lure', 4, off[0]);
    return;
  }
  // A debt called in: a sum said to be overdue, a threat if it stays unpaid (a credit record, a suspended
  // account, the law) and the account to pay it into, on a short notice. A lender or a shop collects what is
  // owed in its own app or by its own bill; a notice that names the debt and hands out an account (a virtual
  // one, a "수납" holder) is the kit's. (A shop's order page with its virtual account threatens nothing: "미입금
  // 시 주문이 자동 취소됩니다" names no debt.)
  const owed = ARREARS.exec(t);
  if (owed && ARREARS_THREAT.test(t) && PAY_TO.test(t) && TRANSFER.test(t)) {
    add(ctx, 'arrears-lure', 4, owed[0]);
    return;
  }
  // … or savings moved to a "safe account" to protect them ("수사 종료 시까지 예금을 안전계좌로 이체하시면 전액 보호"):
  // the oldest voice-phishing script; no bank, agency or shop keeps anyone's money safe that way. A sentence that
  // warns about it ("안전계좌로 이체하라는 요구는 사기입니다") names the trick; it does not ask. (The account may be
  // named in one sentence and the transfer asked in the next: "국가안전계좌 안내. … 위 계좌로 이체해 주세요"; kept
  // from a threat, not an escrow's "판매자 계좌가 아닌 안전계좌로 입금".)
  const sentences = facts.prose
    .slice(0, 300)
    .join(' ')
    .split(/(?<=[.!?。])\s+/)
    .map((x) => tight(x));
  for (let i = 0; i < sentences.length; i++) {
    const safe = SAFE_ACCOUNT.exec(sentences[i]!);
    if (!safe) continue;
    const near = `${sentences[i]} ${sentences[i + 1] ?? ''}`;
    if (
      (TRANSFER.test(near) || MOVED.test(near)) &&
      SAVINGS_KEPT.test(near) &&
      !SCAM_TALK.test(near) &&
      !NEVER_ASKS.test(near)
    ) {
      add(ctx, 'transfer-lure', 4, safe[0]);
      return;
    }
  }
}

/** A crypto wallet's app by name (tight): only a crypto wallet is called so */
const WALLET_APP =
  /metamask|메타마스크|trustwallet|트러스트월렛|walletconnect|월렛커넥트|phantom(?:wallet)?|팬텀|coinbasewallet|코인베이스월렛|okx(?:wallet)?|bitget(?:wallet)?|비트겟|kaia(?:wallet)?|카이아|kaikas|카이카스|클립지갑|tokenpocket|토큰포켓|imtoken|safepal|exodus|rabby/;
/** … or any wallet connected, on a page about coins or tokens (tight; a "삼성월렛 연결" pays by card) */
const WALLET_JOIN =
  /(?:지갑|월렛|wallet|錢包|钱包|ウォレット)(?:을|를|에|앱|app|を)?(?:연결|접속|연동|선택|connect|接続|連接|连接|連結|连结|綁定|绑定)|connect(?:your|a)?wallet/;
const CRYPTO =
  /nft|에어드[랍롭]|airdrop|토큰|token|코인|coin|crypto|암호화폐|가상자산|空投|代幣|代币|加密|エアトロッフ|トークン|暗号資産/;
/** A wallet the reader is to prove is theirs (tight): "verify wallet ownership", "지갑 소유 인증", "validate your wallet" */
const WALLET_PROVED =
  /(?:verify|validate|authenticate|confirm)(?:your|the)?wallet|wallet(?:ownership)?(?:verification|validation)|(?:지갑|월렛)(?:소유(?:권)?)?(?:인증|검증|확인)(?:을|를)?(?:하|해|후|진행)/;
/** … has the reader connect it or sign (tight) */
const WALLET_ACT =
  /연결|접속|연동|서명|컨펌|connect|(?<!de|as|re)sign(?!in|up|al)|接続|署名|連接|连接|連結|连结|簽署|签署|簽名|签名|綁定|绑定/;
/** … to receive something (tight) */
const WALLET_GIFT =
  /수령|받기|받으세요|받으실|지급|적립|드립니다|claim|receive|領取|领取|獲得|获得|獎勵|奖励|受け取|お届け|フレセント|報酬|進呈/;

/**
 * A wallet drainer: a page that has the reader connect a crypto wallet (MetaMask or Trust Wallet named anywhere,
 * on a button, a tile, a picture's alt, a QR's caption; or "지갑 연결" on a page about coins or tokens) and sign
 * or confirm, to receive an airdrop, an NFT or a reward. Signing hands the page the wallet's coins; no shop pays a
 * customer that way. No field need take a secret. Read in the words a reader meets first (title, headings,
 * buttons, the first 3,000 characters), so a long page of terms below does not hide it.
 */
function walletLure(ctx: Ctx): void {
  const { facts } = ctx;
  let prose = '';
  for (const p of facts.prose) {
    if (prose.length > 3000) break;
    prose += ` ${p}`;
  }
  const t = tight(
    [
      facts.title,
      ...facts.headings.slice(0, 20).map((h) => h.text),
      prose,
      ...facts.actionText.slice(0, 100),
      ...facts.images.slice(0, 40).map((i) => i.text),
    ].join(' '),
  );
  const app = WALLET_APP.exec(t) ?? (CRYPTO.test(t) ? WALLET_JOIN.exec(t) : null);
  // (… or a wallet to "verify" before a gift is claimed, "Verify wallet ownership to claim", "지갑 소유 인증 후 수령":
  // no wallet is proven by anything but its signature or its recovery words, both the wallet's coins — page-r7-miss)
  const proved = !app && CRYPTO.test(t) ? WALLET_PROVED.exec(t) : null;
  if (proved && (PROMISED.test(t) || WALLET_GIFT.test(t))) add(ctx, 'wallet-lure', 4, proved[0]);
  else if (app && WALLET_ACT.test(t) && (PROMISED.test(t) || WALLET_GIFT.test(t)))
    add(ctx, 'wallet-lure', 4, app[0]);
}

/** Right after the brand's name (tight): its team, then its agent's introduction ("개인정보보호팀상담원임하은입니다") */
// (… "쿠팡 고객센터에서 연락드린 보안담당 김하늘 상담원이 도와드리겠습니다"; not a seller's, "쿠팡 입점 판매자 누리몰
// 상담원 …입니다")
const STAFF_AFTER_NAME =
  /^(?![가-힣]{0,8}(?:입점|판매자|셀러|협력사|에서구매|에서주문))[가-힣]{0,24}(?:상담원|상담사|담당자|매니저|직원|팀장)[가-힣]{0,4}(?:입니다|이?가?도와|연락드)/;
/** An agent who introduces themself as the brand's staff, its team between them (tight) */
function staffOfBrand(ctx: Ctx, t: string): boolean {
  const name = ctx.brandRe.exec(t);
  return !!name && STAFF_AFTER_NAME.test(t.slice(name.index + name[0].length));
}

/** An account a report form asks about: the other party's, the scammer's, the one money was sent to (tight) */
const REPORTED_ACCOUNT = /상대방|사기범?|피의자|범인|가해자|입금한|송금한|보낸|suspect|scammer|recipient/;

/** A "safe account" money is moved to (tight) */
const SAFE_ACCOUNT = /안전계좌|보호계좌|보안계좌|관리계좌|임시계좌|보관계좌|safeaccount|protectedaccount/;
/** … to keep the reader's money from a threat (tight): savings, a balance, withdrawals, an investigation, the leak */
const SAVINGS_KEPT = /예금|잔액|잔고|자산|보호|동결|수사|유출|인출|savings|balance|protect/;
/** … moved there as a whole (tight): "자산을 안전 계좌로 이전해 보호합니다" (the verb, not "이전 페이지") */
// (… or placed there, "안전계좌로 예치하십시오", "예치해 주세요": the bank's word for a deposit kept — page45)
// (… or the reader's accounts "registered" as safe ones, "보유 계좌를 '안전계좌'로 등록해야": the same move — page-r2-aw)
const MOVED =
  /이전(?:해|하|시키|합|됩|신청)|예치(?:해|하|시|합|신청)|계좌로(?:등록|지정|전환)(?:해|하|시|합|신청)/;

/**
 * An APK address a script builds at run time so that no ".apk" appears in the page: string pieces joined
 * (['ht','tp', … ,'.a','pk'].join('')), a reversed string, base64 (atob), character codes (String.fromCharCode),
 * hex. Each decoding is tried on the script's string literals; bounded by the script budget of the walk.
 */
export function assembledApk(script: string): string | null {
  for (const c of scriptStrings(script)) {
    // (pieces joined with no break between them: 'x.ap'+'k' then 'Setup.ex'+'e' reads "x.apkSetup.exe")
    const apk = /[\w./-]*\.[aA][pP][kK](?![a-z0-9_])/.exec(c);
    if (apk) return fileName(apk[0]) || apk[0];
    // … or another installer's address written out whole (`https://…/CPGuard_Setup.exe`, `…/secure.mobileconfig`),
    // or a path on the page's own host ('/f'+'iles/'+'Setup_x64'+'.exe', as a link to it would be)
    // (… or a bare file name, 'Coupang'+'Safe'+'Setup.e'+'xe': the browser fetches it from the page's folder)
    const other =
      /(?:https?:\/\/[\w.-]+)?\/[\w./-]*\.(?:exe|msi|crx|xpi|mobileconfig)(?![\w.])/i.exec(c) ??
      /(?<![\w./-])[a-z][\w-]{3,60}\.(?:exe|msi)(?![\w.])/i.exec(c);
    if (other) return fileName(other[0]) || other[0];
  }
  return null;
}

/** Memo of scriptStrings for the last script read (assembledApk and the messenger hand-off read the same). */
let stringsOf: { script: string; out: string[] } | null = null;

/**
 * What a page's script spells out from pieces, as candidate strings: its literals joined as written, each turned
 * round, or all turned round; arrays of literals joined (as written or each piece reversed); base64, hex, escapes
 * and character codes decoded.
 */
function scriptStrings(script: string): string[] {
  if (!script) return [];
  if (stringsOf?.script === script) return stringsOf.out;
  const lits: string[] = [];
  for (const m of script.matchAll(/'((?:[^'\\\n]|\\.){0,400})'|"((?:[^"\\\n]|\\.){0,400})"/g)) {
    lits.push(m[1] ?? m[2] ?? '');
    if (lits.length >= 2000) break;
  }
  const joined = lits.join('');
  // … the literals of each statement on their own ('.'+['a','p','k'].join('') before 'rm','href' of the next)
  const statements = script
    .split(/;|\n/, 400)
    .map((st) =>
      [...st.matchAll(/'([^'\\\n]{0,200})'|"([^"\\\n]{0,200})"/g)].map((m) => m[1] ?? m[2]).join(''),
    )
    .filter((st) => /ap/i.test(st));
  // … and each array of literals on its own (['ht','tps:', … ,'.a','pk'].join(''), whatever follows it)
  // (… the script's decoders run in place first: ['/files','cp_safe_v3','a'+'p'+'k'] is an array of literals then)
  const decoded = /atob\(|fromCharCode|'\s*\+|\+\s*'/.test(script) ? inPlace(script) : '';
  const pieces = [
    ...`${script}\n${decoded}`.matchAll(
      /\[((?:\s*(?:'[^'\n]{0,200}'|"[^"\n]{0,200}")\s*,){2,200}\s*(?:'[^'\n]{0,200}'|"[^"\n]{0,200}")\s*)\]/g,
    ),
  ]
    .slice(0, 50)
    .map((m) => m[1]!.replace(/^\s*['"]|['"]\s*$/g, '').split(/['"]\s*,\s*['"]/));
  // (… its last piece the extension alone, given its dot by the script: [dir, name, 'apk'] read as "dir/name.apk")
  for (const p of pieces.slice())
    if (/^apk$/i.test(p[p.length - 1]!)) pieces.push([p.slice(0, -1).join('/'), '.apk']);
  // (… as written, and each piece turned round: ["pot.elif//:sptth", "exe.puteS"] mapped through reverse())
  // (… or the whole joined string turned round: ['kpa.','kcehc','-ytiruces'].join('').split('').reverse())
  const arrays = pieces.flatMap((p) => [
    p.join(''),
    p.map((x) => [...x].reverse().join('')).join(''),
    [...p.join('')].reverse().join(''),
  ]);
  // … and the script with its decoders run in place (atob('L2FwcC9…'), String.fromCharCode(46,97,112,107), a short
  // variable, literals added up): one literal per address, '/app/x-8.3.0'+p read as '/app/x-8.3.0.apk'
  const whole = [...decoded.matchAll(/'([^'\\\n]{0,400})'/g)]
    .map((m) => m[1]!)
    .filter((l) => l.length >= 4)
    .sort((a, b) => b.length - a.length);
  // joined as written, each piece reversed, or the whole reversed (pieces stored backwards, in reverse order)
  const candidates = [
    ...whole,
    ...arrays,
    ...statements,
    joined,
    lits.map((l) => [...l].reverse().join('')).join(''),
    [...joined].reverse().join(''),
  ];
  for (const l of lits) {
    // one literal reversed ('kpa.reyalp/'.split('').reverse()), or written in escapes ('\x2e\x61\x70\x6b')
    if (l.length >= 5) candidates.push([...l].reverse().join(''));
    if (l.includes('\\')) candidates.push(unescapeJs(l));
    if (l.length >= 12 && /^[a-z0-9+/=]+$/i.test(l) && l.length % 4 === 0) {
      try {
        candidates.push(atob(l));
      } catch {
        // not base64
      }
    }
    if (l.length >= 8 && /^(?:[0-9a-f]{2})+$/i.test(l))
      candidates.push(l.replace(/[0-9a-f]{2}/gi, (h) => String.fromCharCode(parseInt(h, 16))));
  }
  // [104,116,…] or String.fromCharCode(47,114,…)
  for (const m of script.matchAll(/[[(]\s*(\d{2,3}(?:\s*,\s*\d{2,3}){7,400})\s*[\])]/g))
    candidates.push(String.fromCharCode(...m[1]!.split(',').map(Number)));
  stringsOf = { script, out: candidates };
  return candidates;
}

/**
 * A script with its own decoders run where they stand: atob('…') of a base64 literal and String.fromCharCode(…)
 * written as the literals they make, short variables put in (resolveScript), and literals added together
 * ('/m/'+'x'+'.'+'a'+'pk' → '/m/x.apk'). Bounded: a few passes of plain replacements.
 */
function inPlace(script: string): string {
  let out = script
    .slice(0, 200_000)
    .replace(/"([^"'\\\n]{0,400})"/g, "'$1'")
    .replace(/atob\(\s*'([A-Za-z0-9+/]{4,400}={0,2})'\s*\)/g, (all, b: string) => {
      try {
        const t = atob(b);
        return /^[\x20-\x7e]*$/.test(t) ? `'${t.replace(/['\\]/g, '')}'` : all;
      } catch {
        return all;
      }
    });
  out = resolveScript(out);
  for (let i = 0; i < 4; i++) {
    const next = out.replace(/'([^'\\\n]{0,400})'\s*\+\s*'([^'\\\n]{0,400})'/g, "'$1$2'");
    if (next === out) break;
    out = next;
  }
  return out;
}

/** \xNN, \uNNNN and \u{N…} escapes of a JavaScript string literal decoded; other escapes left as written. */
function unescapeJs(l: string): string {
  return l.replace(/\\x([0-9a-f]{2})|\\u\{([0-9a-f]{1,6})\}|\\u([0-9a-f]{4})/gi, (_, x, b, u) => {
    const code = parseInt(x ?? b ?? u, 16);
    return code <= 0x10ffff ? String.fromCodePoint(code) : '';
  });
}

// ------------------------------------------------------------------------------------------------ page36

/** A meta tag's content that is base64 (a script's hiding place for an address it decodes) */
const BASE64_VALUE = /^[a-z0-9+/]{16,400}={0,2}$/i;

/**
 * An installer's address kept in base64 in a meta tag (`<meta name="x-pkg" content="aHR0cHM6…YXBr">`) that the
 * page's script reads and decodes (`querySelector('meta[…]').content` … `atob(m)`): the address is in neither the
 * links nor the script. Only a phone's package or a profile decoded so counts; a site verification token decodes to
 * nothing of the kind.
 */
function metaApk(facts: PageFacts): string {
  if (!/atob/.test(facts.inlineScript) || !/meta/i.test(facts.inlineScript)) return '';
  for (const v of facts.meta.values()) {
    if (!BASE64_VALUE.test(v.trim())) continue;
    let text = '';
    try {
      text = atob(v.trim());
    } catch {
      continue;
    }
    const target = text.split(/[?#]/)[0] ?? '';
    if (/\.(?:apk|mobileconfig)$/i.test(target)) return fileName(target) || target;
  }
  return '';
}

/** A remote-control app named in a chat, then the number it shows asked for (tight): "화면의 9자리 번호를 알려주세요" */
const CHAT_CODE_ASK =
  /(?:\d{1,2}자리|연결|접속|지원|세션|원격|상담)(?:의)?(?:코드|번호|숫자|id|아이디)(?:를|을)?(?:알려|말씀|불러|입력|보내|적어|tellus|enter|send|readout)(?!하지(?:[마말]|않(?!으면))|주지(?:[마말]|않(?!으면))|지(?:[마말]|않(?!으면))|달라|드[리립려]|하는|하라는|하라고)/;

/**
 * A chat (its lines in the page or in the script that plays them) that has the reader install a remote-control
 * app and then tell the "agent" the number the app shows: the phone handed over in two lines. A hard ask only
 * where the chat is the brand's desk — the title or main heading opens with the brand's name, as the remote box's
 * rule asks: a police page retelling the script ("…9자리 번호를 알려달라고 합니다") neither opens so nor asks.
 */
function chatRemoteCode(ctx: Ctx, chat: string): string {
  if (ctx.reasons.some((r) => r.code === 'asks-remote-code')) return '';
  const app = REMOTE_CONTROL.exec(chat);
  if (!app) return '';
  const ask = CHAT_CODE_ASK.exec(chat.slice(app.index, app.index + 120));
  if (!ask) return '';
  const main = mainHeadingOf(ctx.facts);
  const brandDesk =
    opensWithName(ctx, tight(ctx.facts.title)) || (main && opensWithName(ctx, tight(main.text)));
  return brandDesk ? `${app[0]} … ${ask[0]}` : '';
}

/** One of the brand's divisions after its name (tight): "Coupang Logistics", "쿠팡 로지스틱스", "쿠팡 풀필먼트" */
const DIVISION =
  /^(?:logistics|logisticsservices?|로지스틱스|로지스틱스서비스|풀필먼트|fulfillment|fulfilment|물류|cls)$/;

/**
 * The brand's name followed only by one of its divisions (its logistics arm): the name of the brand's own company,
 * as a logo says it. Read where the page draws a name by a stylesheet's content (page36), never in prose.
 */
function divisionName(ctx: Ctx, t: string): boolean {
  const m = ctx.brandRe.exec(t);
  return !!m && m.index === 0 && DIVISION.test(t.slice(m[0].length));
}

/** The title ends in an app store's name on a host that is not the store's: a listing's costume */
function storeCostume(ctx: Ctx): boolean {
  const segs = light(ctx.facts.title).split(TITLE_SPLIT);
  const last = tightFromLight(segs[segs.length - 1] ?? '');
  return segs.length > 1 && APP_STORE.test(last) && !STORE_HOST.test(ctx.page?.hostname ?? '');
}

/** A message said held by a mail system (tight): "격리되었습니다", "보류", "quarantined" */
const MAIL_HELD = /격리|보류|차단|보관중|수신대기|전달대기|quarantin|washeld|isheld|beenheld|onhold|blocked/;
/** A mailbox's password (tight): "메일 비밀번호", "메일함 비밀번호", "email password" */
const MAILBOX_SECRET =
  /(?:메일|메일함|이메일|mail|mailbox|email)(?:계정)?(?:의)?(?:비밀번호|비번|암호|password)/;

/**
 * A mail from the brand said to be held ("쿠팡(no_reply@…)에서 보낸 [보안] 메일이 격리되었습니다"), released once
 * the reader types the mailbox's password: the brand's name is the bait, the webmail login the catch. Only on a
 * page that asks a password and calls it the mailbox's; a mail service's own notice names itself (the spoken rule
 * needs a page without another owner), and a warning about the trick is no ask (its sentence warns).
 */
function heldMailLure(ctx: Ctx): void {
  const { facts } = ctx;
  if (facts.proseChars > SHORT_PAGE || !ctx.reasons.some((r) => r.code === 'asks-password')) return;
  const hints = tight(facts.fields.flatMap((f) => [...f.hints, f.near ?? '']).join(' '));
  // (the sentence may be cut by a bold subject line: the lines read together)
  const prose = tight(facts.prose.slice(0, 40).join(' '));
  if (!MAILBOX_SECRET.test(hints) && !MAILBOX_SECRET.test(prose)) return;
  for (const m of prose.matchAll(ctx.brandAll)) {
    const around = prose.slice(Math.max(0, m.index - 30), m.index + 80);
    if (WARNS.test(around)) continue;
    const after = prose.slice(m.index, m.index + 80);
    const mail = /메일|mail|메시지|message/.exec(after);
    const held = mail && MAIL_HELD.exec(after.slice(mail.index));
    if (held) {
      add(ctx, 'mail-release-lure', 4, `${m[0]} ${mail[0]} (${held[0]})`);
      return;
    }
  }
  // (… or a mailbox's password asked by its own box under a public body's name worn off the public hosts, over the
  // brand's leak — "한국인터넷진흥원 개인정보 유출 조회 … 쿠팡 사고로 유출된 이메일인지 확인 … 이메일 비밀번호": a body
  // checks a leak by the address alone; the mailbox's password is the catch, the body's name and the brand's leak
  // the bait — page54)
  const box = facts.fields.find((f) => f.hints.some((h) => MAILBOX_SECRET.test(tight(h))));
  const leak = box && leakUnderAuthority(ctx);
  if (leak)
    add(ctx, 'mail-release-lure', 4, `${leak} … ${box.hints.find((h) => MAILBOX_SECRET.test(tight(h)))}`);
}

/** The brand's account said locked right after its name (tight): "쿠팡플레이 계정이 잠겼습니다", "account locked" */
// (… or that a stranger's sign-in was caught on it, "쿠팡 계정에서 해외 로그인 시도가 감지": the box is to prove it is not)
const LOCKED_CAPTION =
  /^.{2,30}?(?:잠겼|잠금|잠김|정지되|정지됐|제한되|제한됐|locked|suspended|(?:해외|비정상|무단|부정|낯선)(?:적인|한)?(?:기기)?(?:로그인|접속)(?:시도)?(?:이|가)?(?:\d회)?(?:감지|탐지|확인)|unusualsign-?in|signinattempt)/;

/**
 * A caption in the page's first lines that names the brand's account as what the page checks again or unlocks
 * ("<b>쿠팡</b> 계정 보안 재인증", "쿠팡플레이 계정이 잠겼습니다"; its pieces read together), or undefined
 */
function accountCaption(ctx: Ctx): string | undefined {
  const joined = tight(ctx.facts.prose.slice(0, 60).join(' '));
  return [...joined.matchAll(ctx.brandAll)]
    .map((m) => {
      const at = joined.slice(m.index, m.index + 40);
      // (… or that says the account is locked, "쿠팡플레이 계정이 잠겼습니다": the box is to unlock it, page36)
      return (RECHECK_CAPTION.exec(at) ?? LOCKED_CAPTION.exec(at))?.[0] ?? '';
    })
    .find((c) => c && asksBrandLogin(ctx, c));
}

/** A title that is a document's file name, as a browser's viewer shows it */
/** The reader's own order list as a page's title or heading (tight): "주문목록", "주문내역", "My orders" */
const ORDER_LIST =
  /^(?:my|나의|내)?(?:주문목록|주문내역|구매내역|주문배송조회|orderhistory|orders|yourorders)/;
const DOC_TITLE = /\.(?:pdf|docx?|xlsx?|hwpx?|pptx?)$/i;
/** A file named with its kind, "(PDF 2쪽)", "확인서.pdf" (light text) */
const DOC_NAMED = /\((?:pdf|hwp|docx?)\b[^()]{0,10}\)|\.(?:pdf|docx?|hwpx?)\b/i;
/** A document opened only after a sign-in (tight): "문서를 보려면 로그인하세요", "sign in to view the document" */
const DOC_GATE =
  /(?:문서|파일|내역서|서류|document|file)(?:를|을)?(?:보|열|열람|확인|view|open|see|read)[^.]{0,10}(?:로그인|signin|login|logon)|(?:로그인|signin|login)[^.]{0,12}(?:문서|파일|내역서|document|file)(?:를|을)?(?:보|열|열람|view|open|see|read)/;

/** The purchase paid back in full (tight): "구매금액 100% 환급", "상품금액 전액 페이백", "구매액 100% 환급" */
const PURCHASE_BACK =
  /(?:구매|결제|상품|주문)(?:금액|대금|비용|액)(?:의)?(?:100(?![\d만천억원])|전액)|(?:구매|결제)(?:금액|대금|액)(?:을|를)?(?:모두|전부)?(?:환급|환불|페이백|돌려)/;
/** What a task scam pays the piece for (tight): a like, a capture, a review, a follow */
const TASK_ACT = /좋아요|캡처|캡쳐|스크린샷|리뷰|후기|구독|팔로우|찜하기/;
/** Pay per task (tight): "건당 5,000원", "리뷰 1건 3천원", "일당 10만원" */
const PER_TASK = /(?:건당|개당|리뷰당|일당|회당)\d+(?:천|만)?원|\d+(?:천|만)?원씩지급/;

/**
 * A review "side job" that pays back the purchase in full and pays per review, run from the open chat the page
 * links (its address often spelt by the script): the task scam's opening — the first payouts are real, the later
 * "missions" are prepaid and never come back. A shop's own review event pays in its points and says whose it is
 * (the spoken rule stops at a page with a name of its own); a warning that retells it is no offer.
 */
function reviewJob(facts: PageFacts): string {
  if (facts.proseChars > SHORT_PAGE) return '';
  const t = tight([facts.title, ...facts.headings.map((h) => h.text), ...facts.prose.slice(0, 60)].join(' '));
  if (WARNS.test(t) || !/리뷰|후기|구매평|체험단|review/.test(t)) return '';
  const back = PURCHASE_BACK.exec(t);
  const pay = PER_TASK.exec(t);
  return back && pay ? `${back[0]} + ${pay[0]}` : '';
}

/** A Latin letter and a Cyrillic or Greek one in the same word ("Коupang": К and о are Cyrillic) */
const MIXED_SCRIPT = /[a-z][\u0370-\u03ff\u0400-\u04ff]|[\u0370-\u03ff\u0400-\u04ff][a-z]/i;
/** Hangul syllables and Latin letters in one word: "쿠pang" */
const HANGUL_LATIN = /[가-힣][a-z]|[a-z][가-힣]/i;

/**
 * A word at the page's top (title, header, logo) written in two alphabets whose letters, read as they look, are one
 * letter off a Latin name of the brand ("Коupang" reads "Koupang"): no honest name mixes Cyrillic into a Latin word,
 * and one edit away it is the brand's name to the reader. The brand in a slot, obfuscated (3).
 */
function mixedScriptBrand(ctx: Ctx): void {
  if (ctx.reasons.some((r) => r.code === 'brand-obfuscated')) return;
  const { facts } = ctx;
  // (… or half in Hangul and half in Latin letters, "쿠pang", "cou팡": read aloud, the brand's name in either
  // alphabet — no word of the language is written so; 2, as a name hidden otherwise — page-r2-aw)
  for (const raw of [
    facts.title,
    ...facts.headings.slice(0, 6).map((h) => h.text),
    ...facts.prose.slice(0, 60),
  ]) {
    if (!HANGUL_LATIN.test(raw)) continue;
    for (const word of raw.split(/\s+/, 40)) {
      if (!HANGUL_LATIN.test(word) || ctx.brandRe.test(tight(word))) continue;
      const read = tight(word.replace(/[가-힣]+/g, (h) => romanize(h)));
      if (read.length >= 5 && ctx.brand.names.some((n) => (/[가-힣]/.test(n) ? romanize(n) : n) === read)) {
        add(ctx, 'brand-obfuscated', 2, raw.slice(0, 60));
        return;
      }
    }
  }
  for (const raw of [facts.title, ...facts.headerText.slice(0, 12), ...facts.logoText.slice(0, 12)]) {
    for (const word of raw.split(/\s+/, 12)) {
      if (!MIXED_SCRIPT.test(word)) continue;
      const w = tight(word);
      // (… or a service's name whose Latin half has a Cyrillic or Greek letter in it and whose other half is Hangul,
      // "Rосket배송": read aloud, the brand's "로켓배송" — page-r7-miss)
      if (HANGUL_LATIN.test(w) && mixedServiceName(ctx, w)) {
        add(ctx, 'brand-obfuscated', 3, raw.slice(0, 60));
        return;
      }
      if (w.length < 5 || w.length > 16 || !/^[a-z]+$/.test(w)) continue;
      if (ctx.brand.names.some((n) => /^[a-z]{5,}$/.test(n) && within(w, n, 1))) {
        add(ctx, 'brand-obfuscated', 3, raw.slice(0, 60));
        return;
      }
    }
  }
  splitScriptName(ctx);
}

/** A word read aloud (its Hangul romanized) one letter from a Hangul name of the brand's of 4 syllables or more */
const mixedServiceName = (ctx: Ctx, w: string): boolean => {
  const read = w.replace(/[가-힣]+/g, (h) => romanize(h));
  return (
    /^[a-z]{8,20}$/.test(read) &&
    ctx.brand.names.some((n) => /^[가-힣]{4,}$/.test(n) && within(read, romanize(n), 1))
  );
};

/**
 * A service's name half in Latin letters and half in Hangul across a space, "Rocket 직구", as the title, a logo or a
 * picture atop the page shows it: read aloud, the brand's "로켓직구" ("rocketjikgu") — no other name is spelled so;
 * the brand in a slot, obfuscated (3) (page-r3-bb)
 */
function splitScriptName(ctx: Ctx): void {
  const { facts } = ctx;
  for (const raw of [
    facts.title,
    ...facts.logoText.slice(0, 12),
    ...facts.images.slice(0, 6).map((i) => i.text),
  ]) {
    const w = tight(raw);
    if (w.length < 6 || w.length > 20 || !HANGUL_LATIN.test(w) || ctx.brandRe.test(w)) continue;
    const read = w.replace(/[가-힣]+/g, (h) => romanize(h));
    if (ctx.brand.names.some((n) => n.length >= 8 && n === read)) {
      add(ctx, 'brand-obfuscated', 3, raw.slice(0, 60));
      return;
    }
  }
}

/** A parcel held until the reader calls (tight): "배송이 보류됩니다", "출고 보류", "delivery on hold" */
const HELD_TOPIC =
  /(?:배송|출고|통관|배달|인도|수령)(?:이|가|은|는)?보류|(?:delivery|parcel|package|shipment)(?:is)?(?:onhold|held)/;

/** Vouchers merged into one balance (tight): "합산", "통합", "하나로 합치" */
const VOUCHER_MERGES = /합산|통합|합치|하나로|merge|combine|consolidat/;

/**
 * The brand's own vouchers ("쿠팡 상품권", "쿠팡 기프트카드") merged into one balance by a page that is not the
 * brand: only the issuer merges its vouchers, so their PINs asked for it are spent by whoever reads them. (A
 * balance check, or a shop merging its own vouchers, names no other issuer.)
 */
function mergesBrandVoucher(ctx: Ctx, said: string): boolean {
  if (!VOUCHER_MERGES.test(said)) return false;
  for (const m of said.matchAll(ctx.brandAll))
    if (
      /^(?:상품권|기프트카드|giftcard|기프티콘)/.test(
        said.slice(m.index + m[0].length, m.index + m[0].length + 8),
      )
    )
      return true;
  return false;
}

/** A login offered to the members of a name (tight, the name replaced by U+E000): "쿠폰집 회원 로그인", "쿠폰집
 * 계정으로 로그인" */
const MEMBERS_LOGIN = /\uE000(?:회원|계정|멤버십|member|account)(?:으로)?(?:로그인|login|signin)/;
/**
 * An affiliate page's login for its own members: "쿠폰집 회원 로그인하면 찜한 쿠폰 알림" on a coupon list of the
 * brand's links under "쿠폰집 · 쿠팡 할인코드". The login is offered in the name the page opens with (neither the
 * brand nor like it, no authority's or desk's word), it asks nothing but that password, and the page carries the
 * brand's affiliate links: the name is the page's own, as a site name would be (page-r5-be).
 */
function ownMembersLogin(ctx: Ctx): void {
  const { facts } = ctx;
  if (!ctx.reasons.some((r) => r.code === 'context-affiliate')) return;
  if (ctx.reasons.some((r) => r.weight > 0 && BRAND_OWNED.test(r.code))) return;
  const asks = ctx.reasons.filter((r) => r.group === 'risk' && r.weight > 0 && !SOFT_CODES.has(r.code));
  if (!asks.length || !asks.every((r) => r.code === 'asks-password')) return;
  const top = tight(
    (facts.headerText[0] ?? facts.logoText[0] ?? facts.topText[0] ?? '')
      .trim()
      .split(/[\s|·:,()[\]/-]+/, 1)[0] ?? '',
  );
  if (top.length < 2 || top.length > 16 || ctx.brandRe.test(top) || resemblesBrand(ctx, top, top)) return;
  // (a coupon site's name may hold a lure's word, "쿠폰집": a name still, as long as it holds more than those words)
  if (posesAsAuthority(ctx, top) || DESK_WORD.test(top) || !top.replace(NOT_A_NAME_ALL, '')) return;
  const mine = (t: string) => MEMBERS_LOGIN.test(tight(t).split(top).join('\uE000'));
  if (!facts.prose.slice(0, 200).some(mine) && !facts.labelText.some(mine)) return;
  add(ctx, 'context-other-site', -2, top);
  ctx.foreignNames.add(top);
  ctx.ownShown = true;
}

/** The asks a service makes of its own members: its login, and what a suit or a delivery is filed with */
const SIGNED_ASKS = /^asks-(?:password|resident-id|address-phone)$/;
/** Reasons that put the brand in the page's own slots or its voice, or ask the brand's own login */
const BRAND_OWNED = /^brand-(?:meta|logo|cdn-asset|copyright|structure|account-ask|obfuscated)$/;

/**
 * A page signed with its own host (page37): its top line is a name the host spells letter for letter
 * ("cashback" atop www.cashback.kr) and its copyright line prints that very host ("© 2025 www.cashback.kr"). A
 * cashback site, a suit's platform: the brand in its title and headings is its topic, its login and a suit's
 * resident number are its own. A kit that copies such a page onto its own host carries the other host in its
 * footer; one that signs its own host still may not put the brand in a slot (logo, site name, copyright), speak
 * in its voice, ask the brand's login, or ask anything but a member's login, a resident number or an address.
 */
function signedByHost(ctx: Ctx): void {
  const { facts } = ctx;
  const host = (ctx.page?.hostname ?? '').replace(/^(?:www|m)\./, '');
  const labels = host.split('.').slice(0, -1);
  if (!labels.length || ctx.brandRe.test(tight(labels.join(' ')))) return;
  const top = (facts.headerText[0] ?? facts.logoText[0] ?? facts.topText[0] ?? '').trim().toLowerCase();
  if (!/^[a-z][a-z0-9-]{4,19}$/.test(top) || !labels.includes(top)) return;
  if (resemblesBrand(ctx, top, top) || posesAsAuthority(ctx, top)) return;
  const signed = [...facts.prose.slice(-8), ...facts.footerText.slice(-8)].some(
    (t) => t.length < 200 && /©|copyright|\(c\)/i.test(t) && t.toLowerCase().includes(host),
  );
  if (!signed || BODY_CLAIMS.test(tight(facts.prose.slice(0, 60).join(' ')))) return;
  if (ctx.reasons.some((r) => r.weight > 0 && BRAND_OWNED.test(r.code))) return;
  const asks = ctx.reasons.filter((r) => r.group === 'risk' && r.weight > 0 && !SOFT_CODES.has(r.code));
  if (!asks.length || !asks.every((r) => SIGNED_ASKS.test(r.code))) return;
  for (const r of ctx.reasons) if (/^brand-(?:title|heading)$/.test(r.code) && r.weight > 1) r.weight = 1;
  add(ctx, 'context-other-site', -2, top);
  ctx.foreignNames.add(top);
  ctx.ownShown = true;
}

/** An id box by its words (tight) or its autocomplete: what a sign-in puts above its password */
const ID_BOX = wholeWord(SIGN_IN_WORDS.id, SIGN_IN_WORDS.login);
/**
 * Every password the page asks sits in a sign-in: an id box beside it and nothing else in its form (a card
 * issuer's own login under its notice on the brand's leak — page-r2-az). An account's or a card's PIN is no sign-in.
 */
function signInOnly(ctx: Ctx): boolean {
  return passwordsInSignIns(
    ctx,
    (f) => classifyField(f.type, f.autocomplete, f.hints) === 'password',
    (f) =>
      f.type !== 'password' &&
      (/\b(?:username|email)\b/.test(f.autocomplete) || f.hints.some((h) => ID_BOX.test(tight(h)))),
  );
}

/**
 * The number to call is given in a line that names the firm whose host this is ("신청은 신성카드 앱 또는 고객센터
 * 1544-7200에서만"): the firm's own desk, not a number the brand's page sends the reader to — page-r2-az
 */
function firmNumber(ctx: Ctx): boolean {
  const firm = hostFirm(ctx);
  return !!firm && ctx.facts.prose.some((t) => /\d{3,4}-\d{4}/.test(t) && tight(t).includes(firm));
}

/** Text a script writes into an element from base64: `el.textContent = atob('…')` */
const WRITTEN_BASE64 =
  /(?:textContent|innerText|innerHTML)\s*=\s*atob\(\s*(['"`])([A-Za-z0-9+/]{4,200}={0,2})\1\s*\)/g;

/** A search result's address line as a results page prints it: a host, then its path's pieces after "›" */
const BREADCRUMB = /^(?:https?:\/\/)?([a-z0-9-]+(?:\.[a-z0-9-]+)+)(?:\s*[›>]\s*[^\s›>]{1,40}){1,6}$/i;

/**
 * A search result drawn in the page whose address line is the brand's host ("www.coupang.com › privacy › check")
 * while its link leads into the page itself ("#f", the form below it), on a page that asks: the page shows its own
 * form as the brand's page (page-r2-az). A real results page's result leads to that host.
 */
/** A payment told the reader as made on their own account (tight): "a payment … was approved on your …", "결제가 승인되" */
const YOUR_CHARGE =
  /(?:payment|charge|purchase|transaction)[^]{0,40}?(?:approved|charged|completed|made)(?:on|to|from)your|결제(?:가|이)?(?:승인|완료)되/;
/** Words that talk about a scam rather than name a desk (tight) */
const TRICK_TALK = /scam|phishing|smishing|impersonat|fake|beware|사칭|스미싱|피싱|사기|가짜|주의하세요/;

/**
 * A "fraud alert" that is the reader's own charge: the headline's only talk is the English word a desk is named by
 * ("Fraud Alert", "call our fraud desk"), the body tells the reader a payment was approved on their account and
 * gives a number to call, under the brand worn in a slot. A card issuer's alert names the merchant in a sentence, a
 * warning names the trick; this is the callback lure's pretext, not talk about it (page-r7-miss)
 */
function fraudDeskAlert(ctx: Ctx): void {
  const talk = ctx.reasons.find((r) => r.code === 'context-discussion' && r.weight < 0);
  if (
    talk?.evidence !== 'fraud' ||
    !ctx.reasons.some((r) => r.code === 'callback-lure') ||
    !ctx.reasons.some((r) => r.group === 'identity' && r.weight >= 2 && !NOT_SLOT.test(r.code))
  )
    return;
  const said = tight(
    [ctx.facts.title, ...ctx.facts.headings.map((h) => h.text), ...ctx.facts.prose.slice(0, 60)].join(' '),
  );
  if (YOUR_CHARGE.test(said) && !TRICK_TALK.test(said)) talk.weight = 0;
}

function resultIntoPage(ctx: Ctx): void {
  const here = ctx.page?.hostname.toLowerCase() ?? '';
  const home = (h: string) => ctx.brand.homeHosts.some((d) => h === d || h.endsWith(`.${d}`));
  if (home(here) || !ctx.reasons.some((r) => r.group === 'risk' && r.weight >= 3)) return;
  if (!ctx.facts.links.some((l) => /^#\w/.test(l.href.trim()) && ctx.brandRe.test(tight(l.text)))) return;
  const line = ctx.facts.prose.slice(0, 200).find((t) => {
    const m = t.length < 120 ? BREADCRUMB.exec(t.trim()) : null;
    return !!m && home(m[1]!.toLowerCase());
  });
  if (line) add(ctx, 'brand-header', 3, line);
}

// ------------------------------------------------------------------------------------------------ verdict

export function score(facts: PageFacts, pageUrl: string, brand: BrandProfile): PageVerdict {
  const { brandRe, brandAll, stripRe } = regexesFor(brand);
  const page = parseUrl(pageUrl);
  const ctx: Ctx = {
    facts,
    page,
    brand,
    brandRe,
    brandAll,
    stripRe,
    reasons: [],
    foreignNames: new Set(),
    ownShown: false,
    hrefs: facts.links
      .map((l) => `${l.href} ${l.download}`)
      .join('\n')
      .toLowerCase(),
  };
  scoreIdentity(ctx);
  mixedScriptBrand(ctx);
  scoreRisk(ctx);
  membershipMark(ctx);
  describedAs(ctx);
  packageNamed(ctx);
  signedByHost(ctx);
  ownMembersLogin(ctx);
  resultIntoPage(ctx);
  // A firm's page takes no card, account, code or password for the brand's product before it knows its applicant: a
  // page that does under a title that is the brand ("쿠팡 와우카드 신청" on the "issuer's" host, asking the account's
  // PIN) is the brand's page again, whatever its host spells.
  const title = ctx.firmTitle ? ctx.reasons.find((r) => r.code === 'brand-title') : undefined;
  // (… but the account a card's bills are paid from is what every card application asks: its number alone is no
  // payment, its password is)
  if (
    title &&
    ctx.firmTitle &&
    (ctx.reasons.some(
      (r) =>
        r.code !== 'asks-bank-account' &&
        !(r.code === 'asks-password' && signInOnly(ctx)) &&
        !(r.code === 'callback-lure' && firmNumber(ctx)) &&
        PAYS_OR_UNLOCKS.test(r.code),
    ) ||
      facts.fields.some(
        (f) =>
          classifyField(f.type, f.autocomplete, f.hints) === 'bank' &&
          f.hints.some((h) => /비밀번호|비번|password|pin/.test(tight(h))),
      ))
  ) {
    title.weight = ctx.firmTitle;
    for (const r of ctx.reasons) if (r.code === 'context-other-site') r.weight = 0;
  }
  // A news page takes no one's identity: an "article" under the lure's headline ("쿠팡 유출 보상금, 지금 바로 조회")
  // whose own form asks who the reader is, their resident number, card or account is the lure in a paper's
  // clothes — its byline and masthead are no one's page but the kit's.
  // (… a form that offers to look the payout up, "보상금 간편조회"; a subscription's account or a suit's sign-up
  // under a paper's name is the paper's or the firm's)
  const article = ctx.reasons.find((r) => r.code === 'context-article');
  if (
    article &&
    ARTICLE_LURE.test(
      tight(
        `${facts.title} ${facts.headings
          .slice(0, 3)
          .map((h) => h.text)
          .join(' ')}`,
      ),
    ) &&
    // (a form, or boxes with no form around them — in a frame the page writes itself — under a look-up's words)
    // (… or one that applies for the payout itself, "위로금 신청하기": a paper reports a payout, never pays it)
    (facts.forms.some((f) => payoutForm(tight(f.words ?? ''))) ||
      (facts.fields.some((f) => f.form < 0) &&
        (facts.actionText.slice(0, 100).some((t) => t.length < 40 && LOOKUP_FORM.test(tight(t))) ||
          facts.prose.slice(0, 200).some((t) => t.length < 80 && LOOKUP_FORM.test(tight(t)))))) &&
    (ctx.reasons.some((r) => NEWS_NEVER_ASKS.test(r.code) && r.weight >= 3) ||
      // (… or a password in the look-up's own form, "조회를 위해 로그인 정보가 필요": a paper's member login is
      // its login form, never a look-up)
      facts.fields.some(
        (f) =>
          f.form >= 0 &&
          LOOKUP_FORM.test(tight(facts.forms[f.form]?.words ?? '')) &&
          classifyField(f.type, f.autocomplete, f.hints) === 'password',
      ))
  ) {
    for (const r of ctx.reasons) if (r === article || r.code === 'context-other-site') r.weight = 0;
    ctx.foreignNames.clear();
  }
  // A paper tells its reader of a number; it never hands it out as the one to call now ("보상 센터 070-…으로 지금
  // 전화하면 바로 확인할 수 있다"): a page whose only action is that offer is the callback lure in a paper's
  // clothes, its byline and masthead the kit's (a story quoting the scam's text, warning of it or telling a
  // victim's call, toldCall, offers nothing) — the gap page41 found
  if (ctx.callOffered && !facts.fields.length && ctx.reasons.some((r) => r.code === 'callback-lure'))
    for (const r of ctx.reasons) if (r.code === 'context-article') r.weight = 0;
  // A paper's form wears the paper's face: one headed by a picture of the brand that asks a secret is the brand's
  // form in the paper's clothes, whatever article it sits in (a paper shows a brand's logo over its story, never
  // over a box for that brand's password)
  if (
    ctx.formFace &&
    ctx.reasons.some((r) => r.group === 'risk' && r.weight >= 3 && r.code.startsWith('asks-'))
  )
    for (const r of ctx.reasons) if (r.code === 'context-article') r.weight = 0;
  // (… but where the page shows a name of its own where the reader looks — its header, its logo — the picture over
  // its form is a partner's banner: "쿠팡트래블 예약 고객 차량 인수 등록" on a rental firm's page)
  if (ctx.formFace && ctx.ownShown)
    for (const r of ctx.reasons) if (r.code === 'brand-logo') r.weight = Math.min(r.weight, 1);
  // A body that mediates or sues asks its applicant who they are (name, birth date, address, resident number);
  // it never takes a card, an account, a one-time code, a password or a payment, nor sends the reader to a
  // number or a chat. A page that names the brand as a party and wants one of those is a kit in the body's
  // clothes, and the name counts again.
  // (a verifier's window sends its own code to the phone it checks, "인증번호 6자리": that box is its second step)
  if (
    ctx.party &&
    ctx.reasons.some((r) => PAYS_OR_UNLOCKS.test(r.code) && !(ctx.verifierFor && r.code === 'asks-otp'))
  )
    add(ctx, 'brand-body-claim', 1, ctx.party);
  // (… and a body's name worn atop the page off the public hosts, "금융감독원 안전계좌", over the brand named where the
  // leak happened, "쿠팡 등 대형 유출 사고로" — one shop of a list or not: a body that warns of the leak never takes
  // the account's password, a one-time code, a card or the savings themselves. The brand's leak is the hook, and the
  // name counts again — page49)
  else if (!ctx.reasons.some((r) => r.code === 'brand-body-claim') && ctx.reasons.some(takenByNoBody)) {
    const leak = leakUnderAuthority(ctx);
    if (leak) add(ctx, 'brand-body-claim', 1, leak);
  }
  // The brand named on a short page that sells its work for a deposit ("쿠팡 판매자 매출 올리기 미션", "쿠팡 플렉스 웨이브
  // 배정"): whoever the missions are said to serve, the brand is the lure's client, and no page of anyone's takes a
  // worker's money to hand out the brand's work (page62)
  if (
    ctx.taskDeposit &&
    facts.proseChars <= SHORT_PAGE &&
    !ctx.reasons.some((r) => r.code === 'brand-body-claim')
  ) {
    const named = ctx.brandRe.exec(
      tight([facts.title, ...facts.headings.map((h) => h.text), ...facts.prose].join(' ')),
    );
    if (named) add(ctx, 'brand-body-claim', 1, named[0]);
    // (… or the centre named after one of the brand's families in its title or a heading, "Rocket Review Mission ·
    // 오늘의 미션", on a Korean page: the family's first word is the brand's, whatever errand follows it — page-r8-miss)
    else {
      const family = maskedNameRes(ctx.brand)?.family ?? [];
      const worn = [facts.title, ...facts.headings.slice(0, 6).map((h) => h.text)]
        .map(light)
        .find((t) => t.length <= 60 && family.includes(/^([a-z]{6})\s+[a-z]{3,}/.exec(t)?.[1] ?? ''));
      if (worn && /[가-힣]/.test(facts.prose.slice(0, 20).join(' '))) add(ctx, 'brand-obfuscated', 1, worn);
    }
  }
  // (… nor does the board or the "centre" whose name the posting wears make it that name's: a job board's posting,
  // "재택알바 센터", takes no deposit for the brand's work either)
  if (ctx.taskDeposit && ctx.reasons.some((r) => r.code === 'brand-body-claim'))
    for (const r of ctx.reasons) if (r.code === 'context-other-site') r.weight = 0;
  fraudDeskAlert(ctx);
  // No warning hands out an installer: a "smishing-blocker app" pushed as a phone package under a public body's
  // name worn off the public hosts ("한국인터넷진흥원" atop "쿠팡 유출 관련 스미싱 급증 - 차단 앱 설치" on a bought host)
  // is the kit its headline warns of, and the brand its headline names is the hook (the bodies' own apps live in
  // the stores; an antivirus maker's program, a weaker installer, is left alone)
  const talked = ctx.reasons.find((r) => r.code === 'context-discussion' && r.weight < 0);
  if (
    talked &&
    ctx.wornAuthority &&
    ctx.reasons.some((r) => r.code === 'app-download' && r.weight >= 4) &&
    ctx.brandRe.test(tight(`${facts.title} ${facts.headings.map((h) => h.text).join(' ')}`))
  ) {
    talked.weight = 0;
    add(
      ctx,
      'brand-body-claim',
      1,
      ctx.brandRe.exec(tight(`${facts.title} ${facts.headings.map((h) => h.text).join(' ')}`))?.[0],
    );
  }
  // (… nor one that wears the authority's name atop itself off the public hosts, "금융감독원 금융사기 피해 예방", and
  // itself asks the reader's savings into a "safe account" in a sentence that warns of nothing: no body keeps money
  // so, and the trick's own name in its title is its clothes — page45)
  else if (
    talked &&
    !PUBLIC_HOST.test(ctx.page?.hostname ?? '') &&
    AUTHORITY.test(tight(`${facts.title} ${facts.headings[0]?.text ?? ''}`).slice(0, 12)) &&
    ctx.reasons.some((r) => r.code === 'transfer-lure' && SAFE_ACCOUNT.test(r.evidence ?? ''))
  )
    talked.weight = 0;
  // (… nor one whose only "discussion" is the authority's name it speaks in, "경찰청 사이버 안전 보호 앱", handing a phone
  // package to the brand's victims in a sentence of its own, "쿠팡 … 피해자 … 앱을 반드시 설치해 주십시오", off the
  // public hosts: the body's apps are in the stores — page42)
  else if (
    talked &&
    AUTHORITY.test(tight(talked.evidence ?? '')) &&
    !PUBLIC_HOST.test(ctx.page?.hostname ?? '') &&
    ctx.reasons.some((r) => r.code === 'app-download' && r.weight >= 4)
  ) {
    const told = facts.prose
      .slice(0, 100)
      .find(
        (p) => p.length < 300 && ctx.brandRe.test(tight(p)) && INSTALL_ASK.test(p) && !NEGATED.test(tight(p)),
      );
    if (told) {
      talked.weight = 0;
      add(ctx, 'brand-body-claim', 1, ctx.brandRe.exec(tight(told))?.[0]);
    }
  }
  // (… nor one that warns of the brand's smishing and hands out a phone package it names as the brand's own app
  // where the reader meets its name — the code's or the button's label, a picture's alt: "쿠팡 보안앱 QR". A security
  // firm's warning names its own app; the brand's apps are in the stores — page49)
  else if (talked && ctx.reasons.some((r) => r.code === 'app-download' && r.weight >= 4)) {
    const named = [
      ...facts.labelText.slice(0, 40),
      ...facts.actionText.slice(0, 40),
      ...facts.images.map((i) => i.text),
    ]
      .map((l) => tight(l))
      .find((l) => l.length <= 30 && BRAND_APP.test(l.replace(ctx.brandRe, '\uE000')) && !NEGATED.test(l));
    // (… nor one that shows no name of its own anywhere — no header, logo, title piece or closing firm of another —
    // and hands a phone package to the brand's smishing victims, "쿠팡 사칭 문자 차단 앱" over "무료 설치": a security
    // firm's warning sells its own product by name, "가디언폰 - 모바일 백신"; a page that names only the brand it
    // protects from is the kit its headline warns of — page54)
    if (named || (phonePackage(ctx) && !ownNameShown(ctx) && hookedOnBrand(ctx))) talked.weight = 0;
  }
  // A mail system's quarantine names itself: a title of nothing but a mail desk's words ("메일 보안 - 격리됨") over a
  // quarantined message from the brand whose release asks the mailbox's password is the lure's clothes, no other
  // site's name (a provider's real page names the provider — page51)
  if (ctx.reasons.some((r) => r.code === 'mail-release-lure' && r.weight >= 4)) {
    const desk = (t: string) => t.length > 0 && t.replace(MAIL_DESK_WORDS, '') === '';
    for (const r of ctx.reasons)
      if (r.code === 'context-other-site' && desk(tight(r.evidence ?? ''))) r.weight = 0;
    for (const n of [...ctx.foreignNames]) if (desk(n)) ctx.foreignNames.delete(n);
  }
  // … and a market report takes no wallet's key: "Coupang Inc. (NYSE: CPNG) data incident — paste your private
  // key" is a payout in the brand's name, not news about its stock
  if (ctx.reported && ctx.reasons.some((r) => /^(?:asks-seed-phrase|wallet-lure)$/.test(r.code)))
    add(ctx, 'brand-body-claim', 1, ctx.reported);
  // A disclaimer is cheap to write next to a real lure: it never excuses hard data asked under the brand's
  // name (a slot, a notice in its voice, an obfuscated name), nor a page that copied the brand's own footer,
  // CDN logo or markup.
  const hardAsk = ctx.reasons.some(isHardAsk);
  const copied = ctx.reasons.some(
    (r) => /brand-(?:copyright|cdn-asset|structure)/.test(r.code) && r.weight >= 1.5,
  );
  // Where the brand is only named in passing (no slot of its own, no notice in its voice, nothing hidden), the
  // disclaimer is believed: it says what the rest of the page already shows.
  const speaksAs = ctx.reasons.some(
    (r) =>
      r.group === 'identity' &&
      r.weight >= 1.5 &&
      // a slot, a notice in its voice, copied structure: not service words, the address or context
      !/service|url|context/.test(r.code),
  );
  // What a fake must keep to fool anyone is the brand shown as the page's own (its logo, site name, favicon, a
  // title or main heading that is the brand) above a form that asks for a secret. Small print under it — a
  // copyright or company line naming someone else, "쿠팡과 무관합니다" — is what a kit adds for free: it counts
  // only when the page also shows a name of its own where the reader looks (its logo, site name, header).
  // A users' community named for the brand with a word of its own ("쿠팡워처스 - 쿠팡 이용자 커뮤니티 (비공식)"),
  // whose title says it is an unofficial community and whose only ask is its own forum's sign-in — the password box
  // named for the community, not the brand ("쿠팡워처스 비밀번호") — shows a name of its own: its title and heading
  // name a community about the brand, and its disclaimer is believed. Never over a hard ask, the brand's logo,
  // copied markup or a box for the brand's own login (issue #11: a disclaimer cancels no real lure; page45)
  dealListing(ctx);
  const forumName = ownForumName(ctx);
  if (forumName)
    for (const r of ctx.reasons) if (r.code === 'brand-title' || r.code === 'brand-heading') r.weight = 0;
  const smallPrintOnly =
    !forumName &&
    !ctx.ownShown &&
    ctx.reasons.some((r) => r.group === 'risk' && r.weight >= RISK_MIN && !SOFT_CODES.has(r.code)) &&
    // (a name hidden in look-alike letters is not a face the reader sees)
    ctx.reasons.some((r) => r.weight >= 2 && /brand-(?![os])/.test(r.code) && !NOT_SLOT.test(r.code));
  // A warning about scams in the brand's name never asks for the brand's own password: a "report form" that
  // does ("쿠팡 사칭 스미싱 피해 신고" over "쿠팡 아이디 / 쿠팡 비밀번호") is the scam it names.
  // (a box labelled so, not a sentence near it: "쿠팡 비밀번호는 절대 입력하지 마세요" is a warning's own advice)
  const brandLogin =
    ctx.reasons.some((r) => r.code === 'brand-account-ask') &&
    facts.fields.some((f) =>
      // (… or, for a box named only by its attributes, the words just before it: "<label>쿠팡 비밀번호</label><input
      // name=pw>" — page42)
      (!f.near || f.hints.some((h) => /[가-힣]/.test(h)) ? f.hints : [...f.hints, f.near]).some(
        (h) => h.length < 30 && asksBrandLogin(ctx, tight(h), true),
      ),
    );
  // A page about a leak's damages — a suit, a payout — whose box asks the brand's own login ("쿠팡 로그인 이메일" as
  // "proof of membership"): a firm that sues or pays for a leak asks a purchase record, never the shop's password,
  // whatever name it shows; the ask itself is the claim
  if (
    (brandLogin || ctx.shopLogin) &&
    ctx.reasons.some((r) => r.code === 'asks-password') &&
    DAMAGES_TALK.test(
      tight([facts.title, ...facts.headings.map((h) => h.text), ...facts.prose.slice(0, 60)].join(' ')),
    )
  )
    for (const r of ctx.reasons) {
      if (r.code === 'brand-account-ask') r.weight = 3;
      if (r.code === 'context-other-site') r.weight = 0;
    }
  // … nor for the code a text message brought ("문자에 적힌 6자리 숫자를 입력하면 진위 여부가 표시됩니다"): a check of
  // a message reads the message, never the code in it, which is what the sender wants
  // (the box names the message's code, not a code the page sends to verify its own reporter: "인증번호" beside a
  // report form's phone number is the page's, "문자에 적힌 6자리 숫자" the sender's)
  const codeAsked =
    ctx.reasons.some((r) => r.code === 'asks-otp' && r.weight >= 3) &&
    facts.fields.some((f) => f.hints.some((h) => MESSAGE_CODE.test(tight(h))));
  // A disclaimer (in any language), an affiliate's disclosure, a warning headline or a byline is a line a kit
  // writes for free beside a real lure: above a card, an account, a resident number or a seed phrase they excuse
  // nothing unless the page also says whose it is — a name of its own in its logo, header, top line or title, or
  // a company line. (A phone number and the code the page sends it is what an honest alert service asks too.)
  const bare =
    ctx.reasons.some((r) => OWNED_ASKS.test(r.code)) &&
    !ctx.foreignNames.size &&
    !ctx.ownShown &&
    !headerName(ctx) &&
    !otherName(ctx, tight(facts.topText[0] ?? '')) &&
    // (… nor a company line with its registration number, wherever the page prints it, that opens with a name
    // not the brand's: "스마트셀러북 | 대표 … | 사업자등록번호 621-…")
    !facts.prose.some(
      (t) => t.length < 300 && BUSINESS_NUMBER.test(t) && !ctx.brandRe.test(tight(t.split(/[|｜·•]/)[0]!)),
    );
  // (… unless the disclaimer is where the page names the brand at all: "쿠팡 정기배송과 별개의 서비스입니다" under a
  // subscription's card form claims nothing to excuse)
  const onlyDisclaims =
    bare &&
    ctx.reasons.some((r) => r.code === 'context-not-affiliated') &&
    ctx.reasons.every((r) => r.weight <= 0 || r.group === 'risk' || BODY_ONLY.test(r.code)) &&
    !ctx.brandRe.test(
      tight(
        [facts.title, ...facts.headings.map((h) => h.text), ...facts.prose.slice(0, 300)].join(' '),
      ).replace(new RegExp(NOT_AFFILIATED.source, 'g'), ''),
    );
  for (const r of ctx.reasons)
    if (
      (bare && !onlyDisclaims && CHEAP_CONTEXT.test(r.code)) ||
      (r.code === 'context-not-affiliated' && ((hardAsk && speaksAs) || copied || smallPrintOnly)) ||
      (r.code === 'context-other-site' && smallPrintOnly) ||
      (r.code === 'context-article' && smallPrintOnly && ctx.articleMetaOnly) ||
      (r.code === 'context-discussion' && (brandLogin || codeAsked))
    )
      r.weight = 0;
  // A page that shows its reader signed in to it ("로그인: 101동 1203호 김지현님", "Signed in as j.park@…") is a
  // service the reader already holds an account with: where the brand is only in its sentences (no slot, no
  // notice in its voice), the boxes under that line are that account's — the brand is what the page talks about.
  // A kit's reader has no session on its host to show (page-r2-aw)
  if (!ctx.reasons.some((r) => r.group === 'identity' && (r.weight >= 1.5 || r.weight < 0))) {
    const session = facts.prose.slice(0, 40).find((p) => p.length <= 60 && SIGNED_IN.test(p));
    if (session) add(ctx, 'context-other-site', -1, session);
    else spentElsewhere(ctx);
  }
  thirdPartyLine(ctx);
  topicOnly(ctx);
  ownPlatform(ctx);
  quotedOnly(ctx);
  bodyHostTopic(ctx);
  residentsOwn(ctx);
  warnedOnly(ctx);
  boughtThere(ctx);
  sentToBrandApp(ctx);
  ownBoxPlatform(ctx);
  // A public body on its own host (only bodies and registered non-profits hold one) that names the brand in its title
  // or first heading as where a leak happened, "쿠팡 개인정보 유출 여부 조회 | 개인정보포털", runs a service about the
  // leak: it checks its visitor with a code it sends, as every body's look-up does. It is the other site, unless it
  // takes what no body takes (a password, a card, the savings) — then the brand is read as before (page56).
  // A lawyer's booking titled as the lawyer's, "변호사 상담 예약", under "쿠팡 정보유출 피해 무료 상담" is the same: the
  // leak its case, the applicant asked only who and when — not the resident number, nor what a body never takes, nor
  // anything that pays, unlocks or sends the talk elsewhere (page-r2-ax)
  const titleT = tight(facts.title);
  if (
    (PUBLIC_HOST.test(ctx.page?.hostname ?? '')
      ? !ctx.reasons.some((r) => takenByNoBody(r) && r.code !== 'asks-otp')
      : COUNSEL_TITLE.test(titleT) &&
        !ctx.brandRe.test(titleT) &&
        !ctx.reasons.some(
          (r) =>
            r.weight > 0 &&
            (PAYS_OR_UNLOCKS.test(r.code) ||
              takenByNoBody(r) ||
              /^asks-resident-id$|^brand-(?!heading|body|url)/.test(r.code) ||
              (r.code === 'brand-body-claim' && r.weight >= 1.5)),
        )) &&
    leakNamed(ctx, tight(`${facts.title} ${facts.headings[0]?.text ?? ''}`))
  ) {
    for (const r of ctx.reasons) if (/^brand-(?:title|heading|url)$/.test(r.code)) r.weight = 0;
    add(ctx, 'context-other-site', -2, facts.title);
  }
  govBodysOwn(ctx);
  quizOfMessage(ctx);
  agencyApp(ctx);
  shortServiceApp(ctx);
  const verdict = verdictOf(ctx.reasons, brand.id, ctx.foreignNames.size > 0);
  // (a firm whose name the host spells, named in the title or main heading, under a title that is not the brand's
  // own: kept for the second chance, at-risk.ts — page69)
  if (ctx.firmTitle === 1) verdict.firm = true;
  return verdict;
}

/**
 * A public body's own page on the government's hosts (`.go.kr`: only bodies hold one, unlike `.or.kr`) whose title or
 * main heading opens with the body's name ("한국소비자원 피해구제 신청") is that body's: the brand it names in a sentence,
 * "사업자: 쿠팡(주)", is the business complained of, and the refund account a dispute pays into is the body's
 * question. Said once (`context-other-site` −0.5: it stops the spoken path, never outweighs a slot), unless the
 * brand is shown as the page's face (a slot) or the page takes what no body takes (a password, a card, a code, the
 * savings) — page-r4-bc
 */
function govBodysOwn(ctx: Ctx): void {
  const { facts } = ctx;
  if (!/\.go\.kr$/.test(ctx.page?.hostname ?? '')) return;
  const opens = [facts.title, mainHeadingOf(facts)?.text ?? ''].find((raw) =>
    AUTHORITY.test(tight(raw).slice(0, 12)),
  );
  if (
    !opens ||
    ctx.reasons.some(
      (r) => takenByNoBody(r) || (r.group === 'identity' && r.weight >= 2 && !NOT_SLOT.test(r.code)),
    )
  )
    return;
  add(ctx, 'context-other-site', -0.5, opens);
}

/** A quiz's headline (tight): a lesson that asks the reader to judge a message ("보안교육 퀴즈", "이 문자는 진짜일까요?") */
const QUIZ_HEAD = /퀴즈|quiz|모의훈련|보안교육|정보보호교육|진짜일까|가짜일까|진짜인가요|가짜인가요|구별해보/;
/** … not a prize's ("쿠팡 퀴즈 이벤트 — 정답 맞히고 쿠폰 받기") */
const PRIZE_WORDS = /이벤트|당첨|경품|쿠폰|적립|포인트|상품권|리워드|event|prize|reward|coupon/;

/**
 * A lesson that shows a sample text and asks the reader what gives it away ("보안교육 퀴즈: 이 문자는 진짜일까요?"
 * over "[Web발신] 쿠팡 … 1544-…" and answers to tick) quotes the scam; it speaks for no one. Its number and the brand
 * are the sample's: discussion (`context-discussion` −2) where the headline says quiz or lesson, no prize is offered
 * and the page has no box to type in (a quiz's answers are choices) — page-r4-bc
 */
function quizOfMessage(ctx: Ctx): void {
  const { facts } = ctx;
  const head = tight(`${facts.title} ${mainHeadingOf(facts)?.text ?? ''}`);
  const quiz = QUIZ_HEAD.exec(head);
  if (!quiz || PRIZE_WORDS.test(head) || facts.fields.length || facts.forms.some((f) => f.textarea)) return;
  add(ctx, 'context-discussion', -2, quiz[0]);
}

/** The brand as a shop the reader paid, whose charges another app lists (tight, after the name): "쿠팡 결제 내역은 토스 앱
 * > 소비 탭에서 확인할 수 있어요", "… 이용 내역은 한빛페이 앱에서 모아 볼 수 있습니다" — the app's name in group 1 */
const SPENT_AT =
  /^(?:결제|구매|이용|사용|카드)내역(?:은|는|도)([가-힣a-z]{2,10}?)(?:앱|어플|app)[^.!?]{0,30}?(?:확인할수있|확인하실수있|볼수있|확인가능)/;

/**
 * A bank's or a payment app's own page that names the brand only as a shop the reader's charges come from, seen in
 * that app ("쿠팡 결제 내역은 토스 앱 > 소비 탭에서 확인할 수 있어요" under a sign-in): every mention is that merchant
 * line, nowhere in the title or a heading, the app it names is no lure's name nor the brand's, and the page asks
 * without a lure's words. The boxes are that app's; the brand is whose receipts it shows (page-r2-ay). A kit that
 * says the brand anywhere else, or pushes a refund, an app or a transfer, is read as before.
 */
function spentElsewhere(ctx: Ctx): void {
  const { facts } = ctx;
  if (ctx.brandRe.test(tight([facts.title, ...facts.headings.map((h) => h.text)].join(' ')))) return;
  if (lureReasons(ctx).length) return;
  const lines = facts.prose.slice(0, 300);
  let app = '';
  for (let i = 0; i < lines.length; i++) {
    const t = tight(lines[i]!);
    if (!ctx.brandRe.test(t)) continue;
    // (the line and the two after it: a "›" or a tab's name may split the sentence into pieces)
    const joined = tight(lines.slice(i, i + 3).join(' '));
    for (const m of joined.matchAll(ctx.brandAll)) {
      if (m.index! >= t.length) break;
      const name = SPENT_AT.exec(joined.slice(m.index! + m[0].length))?.[1] ?? '';
      if (!name || ctx.brandRe.test(name) || lureWords(name) || !otherName(ctx, name)) return;
      app ||= name;
    }
  }
  if (app) add(ctx, 'context-other-site', -1, app);
}

/** The brand as another firm's partner (tight, around the name): "쿠팡 반려동물 카테고리 제휴", "in partnership with Coupang" */
const PARTNER_AFTER = /^[^.!?]{0,16}?(?:제휴|협업|파트너십|partnership)/;
const PARTNER_BEFORE = /(?:제휴사|협력사|partnershipwith|partneredwith)$/;
/** … or as where a leak came from, that this check cannot be passed with: "유출된 쿠팡 정보만으로는 본인확인이 불가합니다" */
const LEAK_USELESS =
  /^(?:의)?(?:개인)?(?:정보|데이터)(?:만으로는|만으론|로는)[^.!?]{0,20}?(?:불가|할수없|수없습니다|안됩니다)/;

/**
 * A firm's own page under its own name that says the brand once, in one sentence, as a third party: its partner
 * ("쿠팡 반려동물 카테고리 제휴: 가입 고객 사료 10% 쿠폰" on an insurer's sign-up) or the leak whose data cannot pass the
 * firm's own check ("유출된 쿠팡 정보만으로는 본인확인이 불가합니다" under a payment firm's verification). The page's first
 * line is a name of its own (no look-alike, no authority, no lure's words), the title and headings never name the brand,
 * and nothing is pushed but what the form asks. A kit in the brand's clothes names it where the reader looks, or twice,
 * or with a lure; it is read as before (page-r3-ba).
 */
function thirdPartyLine(ctx: Ctx): void {
  const { facts } = ctx;
  const top = facts.prose[0] ?? '';
  const name = tight(top);
  if (tight(facts.topText[0] ?? '') !== name || name.length < 2 || name.length > 16) return;
  if (!otherName(ctx, name) || NOT_A_NAME.test(name) || lureWords(name)) return;
  if (resemblesBrand(ctx, top, name) || posesAsAuthority(ctx, name)) return;
  if (ctx.brandRe.test(tight([facts.title, ...facts.headings.map((h) => h.text)].join(' ')))) return;
  if (
    ctx.reasons.some(
      (r) =>
        r.weight > 0 && (r.group === 'risk' ? !r.code.startsWith('asks-') : r.code !== 'brand-body-claim'),
    )
  )
    return;
  const said = facts.prose.map(tight).filter((t) => ctx.brandRe.test(t));
  const t = said[0] ?? '';
  const m = [...t.matchAll(ctx.brandAll)];
  if (said.length !== 1 || m.length !== 1 || lureWords(t)) return;
  const before = t.slice(0, m[0]!.index);
  const after = t.slice(m[0]!.index! + m[0]![0].length);
  if (
    PARTNER_AFTER.test(after) ||
    PARTNER_BEFORE.test(before) ||
    (/유출된$/.test(before) && LEAK_USELESS.test(after))
  )
    add(ctx, 'context-other-site', -1, top);
}

/** A sentence that asks the reader to act (tight): "입력해 주세요", "인증 바랍니다", "하십시오", "please" */
const ASKS_READER = /주세요|주십시오|하세요|하십시오|바랍니다|바람|요망|please|kindly/;

/**
 * The brand as what the page talks about, never as the party asking (page-r7-fa): named only in the page's
 * sentences (a leak that caused the request, a market a tool reads, a receipt to attach, a sender in a parcel's
 * history), never in a slot, the title, a heading, a logo, the header, a box, a caption or a button, and no sentence
 * that names it speaks in its voice or asks the reader anything. The form is whoever's page this is; the mention
 * weighs as a topic (0.5), below the sentence the spoken rule and the second chance read as a claim. A kit that
 * wants its boxes read as the brand's names it over them or speaks in its voice ("쿠팡 고객님 … 입력해 주세요"), or
 * pushes a lure; each of those leaves the page as it was read.
 */
/**
 * The page's own name, said consistently: the title's first word a name (not the brand, no look-alike, no
 * authority, no lure's or a desk's words) that the host spells and a heading, the logo, the header, the page's top
 * or one of its boxes says again ("셀러랩 로그인" on sellerlab.… over "셀러랩" and "셀러랩 아이디"). One name written
 * once is a kit's for free.
 */
/** A name of the page's own: not the brand, no look-alike, no authority, no lure's, a desk's or common words */
const aName = (ctx: Ctx, name: string) =>
  name.length >= 2 &&
  name.length <= 16 &&
  !ctx.brandRe.test(name) &&
  otherName(ctx, name) &&
  !NOT_A_NAME.test(name) &&
  !DESK_ONLY.test(name) &&
  !lureWords(name) &&
  !resemblesBrand(ctx, name, name) &&
  !posesAsAuthority(ctx, name);

function ownNameTwice(ctx: Ctx): string {
  const { facts } = ctx;
  const name = tight(light(facts.title).split(TITLE_SPLIT)[0]?.split(/\s+/)[0] ?? '');
  if (!aName(ctx, name)) return '';
  // (… and the host spells it: a name of the page's task, "정산 계좌 재등록" over "정산 계좌번호", is no one's)
  const labels = (ctx.page?.hostname ?? '').split('.');
  if (!labels.some((l) => l === name || spellsLoosely(l, name))) return '';
  const again = [
    ...facts.headings.slice(0, 6).map((h) => h.text),
    ...facts.logoText.slice(0, 20),
    ...facts.headerText.slice(0, 50),
    ...facts.topText,
    ...facts.fields.flatMap((f) => f.hints),
  ].some((t) => tight(t).startsWith(name));
  return again ? name : '';
}

function topicOnly(ctx: Ctx): void {
  const { facts } = ctx;
  const claims = sentenceClaims(ctx, BODY_CLAIM_ONLY);
  if (!claims) return;
  if (lureReasons(ctx).length) return;
  const own = ownNameTwice(ctx);
  if (!own) return;
  if (claimsForm(ctx, own, titleAndTop(facts))) return;
  for (const r of claims) r.weight = 0.5;
}

/**
 * The brand claims the form (page-r7-fa): named on a box, its short caption, a button, the form's words, the logo or
 * the header, or in `more` (the slots the caller reads as a claim), or a sentence that names it speaks in its voice
 * or asks the reader within the words after it. The text is read whole: a kit splits a sentence into pieces ("Cou",
 * "\u200b", "pang 고객센터 공지: …"). A box that names the page's own name `own` ("셀러랩 아이디") is that site's: the
 * tagline before it is no caption.
 */
function claimsForm(
  ctx: Ctx,
  own: string,
  more: string[],
  said = tight(ctx.facts.prose.slice(0, 300).join(' ')),
  // (a slot other than `more` that names the brand only as the caller's reading allows: page-r9-fa's shop line)
  allowed = (_t: string) => false,
): boolean {
  const { facts } = ctx;
  const caption = (f: FieldFact) =>
    f.near && tight(f.near).length <= 24 && !f.hints.some((h) => tight(h).startsWith(own)) ? f.near : '';
  const slots = [
    ...facts.logoText,
    ...facts.headerText.slice(0, 50),
    ...facts.actionText.slice(0, 200),
    ...facts.forms.map((f) => f.words ?? ''),
    ...facts.fields.flatMap((f) => [...f.hints, caption(f)]),
  ];
  if (more.some((t) => ctx.brandRe.test(tight(t)))) return true;
  if (slots.some((t) => ctx.brandRe.test(tight(t)) && !allowed(tight(t)))) return true;
  if (BODY_CLAIMS.test(said)) return true;
  for (const m of said.matchAll(ctx.brandAll))
    if (ASKS_READER.test(said.slice(m.index, m.index + m[0].length + 80))) return true;
  return false;
}

/** The government's own hosts: its bodies' `.go.kr` and the national portal's `gov.kr` (no one else can hold one) */
const BODY_HOST = /(?:\.go\.kr|(?:^|\.)gov\.kr)$/;

/** The page's risks other than an ask (its lures: a refund, an app file, a prize …) that still weigh */
function lureReasons(ctx: Ctx): PageReason[] {
  return ctx.reasons.filter((r) => r.group === 'risk' && r.weight > 0 && !r.code.startsWith('asks-'));
}

/** Where a page says whose it is: its title, its headings and its top lines */
function titleAndTop(facts: PageFacts): string[] {
  return [facts.title, ...facts.headings.map((h) => h.text), ...facts.topText];
}

/** The brand's claims in sentences only (a body claim, or service words too), none weightier than a sentence's */
const SENTENCE_CLAIM = /^brand-(?:body-claim|service-words)$/;
const BODY_CLAIM_ONLY = /^brand-body-claim$/;

/**
 * The page's claims of the brand when every one is of the `codes` kinds and weighs 1.5 at most (the brand named in
 * sentences, not in a slot: what the topic readers below may weigh down to 0.5); null when there is none or another.
 */
function sentenceClaims(ctx: Ctx, codes: RegExp): PageReason[] | null {
  const claims = ctx.reasons.filter((r) => r.group === 'identity' && r.weight > 0);
  return claims.length && claims.every((r) => codes.test(r.code) && r.weight <= 1.5) ? claims : null;
}

/**
 * A public body's own service on the government's hosts, the brand only the cause in its sentences (page-r8-fa): a
 * resident-number change "쇼핑몰 유출(예: 쿠팡)의 경우 …" asks the number it changes and where the applicant lives.
 * The brand on no box, caption, button, title, heading, logo or header, no sentence in its voice, nothing pushed but
 * what the form asks: its mention weighs as a topic (0.5). A sentence there may ask the reader to check something —
 * a body's page does; a kit cannot hold the host. The same page on another host, or with the brand over its form,
 * is read as before.
 */
function bodyHostTopic(ctx: Ctx): void {
  const { facts } = ctx;
  if (!BODY_HOST.test(ctx.page?.hostname ?? '')) return;
  const claims = sentenceClaims(ctx, SENTENCE_CLAIM);
  if (!claims) return;
  if (lureReasons(ctx).length) return;
  if (BODY_CLAIMS.test(tight(facts.prose.slice(0, 300).join(' ')))) return;
  // (a line atop the page that is a whole sentence is one of its sentences, no caption: a body's banner warning
  // "정부·공공기관은 쿠팡 정보유출 보상 … 안내하지 않습니다" over its own form — page-r9-fa)
  const top = facts.topText.filter((t) => tight(t).length <= 24);
  if (claimsForm(ctx, '\u0000', [facts.title, ...facts.headings.map((h) => h.text), ...top], '')) return;
  for (const r of claims) r.weight = 0.5;
}

/** The residents' own app or office, naming where a code comes from (tight): "입주민 앱 인증번호", "관리사무소 발급 번호" */
const RESIDENTS_OWN = /^(?:입주민|입주자|관리사무소|관리실|단지)/;
/** A box that asks a building or a unit (tight): "동", "호", "101동", "세대 호수" */
const UNIT_ONLY = /^(?:\d*동|\d*호|동호수?|호수|세대호수)$/;

/**
 * A residents' service's own sign-in (page-r8-fa): an apartment office's notice or app asking the resident's
 * building and unit ("동", "호") and a password — an account kept by the unit, which no shop has — and at most the
 * lobby code it changes. The brand is only the cause in its sentences (the leak that exposed saved lobby codes) or in
 * a scam line it quotes: on no box, caption, button, title, heading, logo or header, no sentence outside the quotes in
 * its voice or asking the reader, nothing pushed but the form's asks. Its mention weighs as a topic (0.5). A kit
 * asking for the unit and the code under the brand's heading, on a box or in its voice is read as before.
 */
function residentsOwn(ctx: Ctx): void {
  const { facts } = ctx;
  const claims = sentenceClaims(ctx, SENTENCE_CLAIM);
  if (!claims) return;
  const risks = ctx.reasons.filter((r) => r.group === 'risk' && r.weight > 0);
  // (the unit's secret: its password, or a code from the residents' own app or office — "입주민 앱 인증번호"; a
  // bare "인증번호" is anyone's — page-r9-fa)
  const unitCode = (r: PageReason) => r.code === 'asks-otp' && RESIDENTS_OWN.test(tight(r.evidence ?? ''));
  if (!risks.some((r) => r.code === 'asks-password' || unitCode(r))) return;
  if (risks.some((r) => !/^asks-(?:password|entrance-code)$/.test(r.code) && !unitCode(r))) return;
  // (a hint that is the unit, or a caption whose last word is: "(세대 공지 확인) 동")
  const unit = (h: string) => UNIT_ONLY.test(tight(h)) || /(?:^|[\s)])\d*[동호]\s*$/.test(h);
  const units = facts.fields.filter((f) => f.type !== 'password' && [...f.hints, f.near ?? ''].some(unit));
  if (units.length < 2) return;
  const rest = tight(facts.prose.slice(0, 300).join(' ').replace(QUOTED, ' '));
  if (BODY_CLAIMS.test(rest)) return;
  if (claimsForm(ctx, '\u0000', titleAndTop(facts), rest)) return;
  // (one topic, however many words name it: "쿠팡맨" and its sentence are one mention)
  claims.forEach((r, k) => (r.weight = k ? 0 : 0.5));
}

/** A sentence that warns of a scam in the page's own voice, telling not asking (tight): "쿠팡 보상·환불 명목으로 인증을
 *요구하는 경우 사기일 수 있습니다", "… 문자로 안내하지 않습니다" */
const WARNS_OF = /(?:사기|사칭|피싱|스미싱)[^.!?]*니다[.!]?$/;

/**
 * The brand and every lure only in the sentences that warn of them (page-r9-fa): an identity provider's request
 * page, a bank's form, a body's service that closes with "쿠팡 보상·환불 명목으로 인증을 요구하는 경우 사기일 수
 * 있습니다". Each sentence that names the brand names the scam and tells (no ask of the reader); each lure's words lie
 * in those sentences and nowhere else; outside them the brand is on no box, caption, button, title, heading, logo or
 * header and no sentence speaks in its voice. What the page warns of is not what it asks: the claims weigh as a
 * topic (0.5) and the lures as nothing. A kit that puts its lure or the brand in one sentence of its own voice, or
 * over its form, next to that disclaimer is read as before.
 */
function warnedOnly(ctx: Ctx): void {
  const { facts } = ctx;
  const claims = sentenceClaims(ctx, BODY_CLAIM_ONLY);
  if (!claims) return;
  const lures = lureReasons(ctx);
  const warned: string[] = [];
  const rest: string[] = [];
  for (const p of facts.prose.slice(0, 300))
    for (const x of p.split(/(?<=[.!?。])\s+/)) {
      const t = tight(x);
      (WARNS_OF.test(t) && !ASKS_READER.test(t) ? warned : rest).push(t);
    }
  const w = warned.join(' ');
  const r = rest.join(' ');
  if (!ctx.brandRe.test(w) || ctx.brandRe.test(r)) return;
  const ev = (x: PageReason) => tight(x.evidence ?? '');
  if (lures.some((x) => !ev(x) || !w.includes(ev(x)) || r.includes(ev(x)))) return;
  if (claimsForm(ctx, '\u0000', titleAndTop(facts), r)) return;
  for (const x of claims) x.weight = 0.5;
  for (const x of lures) x.weight = 0;
}

/** Right after the brand, it is where a purchase or a parcel came from (tight): a receipt the reader attaches, "쿠팡 구매
 * 영수증 첨부", "쿠팡 주문 내역 캡처 제출", or a parcel's sender, "쿠팡 마켓플레이스 판매자 발송" — not the brand's order
 * the page acts on, "쿠팡 주문 상품의 주소가 불완전합니다" */
const BOUGHT_THERE =
  /^(?:에서)?(?:구매|주문|결제)(?:한)?(?:영수증|내역|증빙)(?:캡처|사본|화면)?(?:을|를)?(?:첨부|제출|업로드)|^(?:마켓플레이스)?판매자(?:발송|배송)/;

/**
 * The brand only as where the reader bought or where a parcel was sent from (page-r9-fa): an insurer's claim that
 * accepts "쿠팡 구매 영수증", a courier's tracking line "집화처리 (쿠팡 마켓플레이스 판매자 발송)". Every sentence
 * that names the brand names it so; nothing is pushed but what the form asks; the brand is on no box, caption,
 * button, title, heading, logo or header and no sentence in its voice or asking the reader after it. The boxes are
 * the insurer's or the courier's; the brand is the shop: its mention weighs as a topic (0.5). A kit that asks for a
 * refund's account, names the brand over its form or asks the reader in its sentence is read as before.
 */
function boughtThere(ctx: Ctx): void {
  const { facts } = ctx;
  const claims = sentenceClaims(ctx, BODY_CLAIM_ONLY);
  if (!claims) return;
  if (lureReasons(ctx).length) return;
  const said = tight(facts.prose.slice(0, 300).join(' '));
  const shop = (t: string) =>
    [...t.matchAll(ctx.brandAll)].every((m) => BOUGHT_THERE.test(t.slice(m.index + m[0].length)));
  if (!ctx.brandRe.test(said) || !shop(said)) return;
  if (claimsForm(ctx, '\u0000', [facts.title, ...facts.headings.map((h) => h.text)], said, shop)) return;
  for (const r of claims) r.weight = 0.5;
}

/** Right after the brand, its own app or site as where its business is done (tight): "쿠팡 앱에서 신청하세요" */
const ITS_OWN_APP =
  /^(?:앱|어플|app|홈페이지|사이트|고객센터)(?:에서|으로|로)[^.!?]{0,12}?(?:신청|문의|접수|확인|이용)(?:하세요|해주세요|하십시오|바랍니다)/;
/** … and the page saying whom it is for instead (tight): "이 페이지는 판매자배송 상품 및 일반 택배용입니다" */
const THIS_PAGE_FOR = /이(?:페이지|화면|서비스)는[^.!?]{0,40}?(?:용|전용|대상|위한것)(?:입니다|이며)/;

/**
 * The brand's business sent to the brand's own app (page-r9-fa): a courier's return booking that says "쿠팡 로켓배송
 * 상품의 반품은 쿠팡 앱에서 신청하세요. 이 페이지는 판매자배송 상품 및 일반 택배용입니다". Every mention of the brand
 * sends its business there, the page says whom it serves instead, nothing is pushed but what the form asks, and the
 * brand is on no box, caption, button, title, heading, logo or header and speaks in no sentence. A kit wants the
 * brand's customer on its own form, not in the brand's app: the mention weighs as a topic (0.5). The same form under
 * the brand's heading, or with the brand asking the reader anywhere else, is read as before.
 */
function sentToBrandApp(ctx: Ctx): void {
  const { facts } = ctx;
  const claims = sentenceClaims(ctx, SENTENCE_CLAIM);
  if (!claims) return;
  if (lureReasons(ctx).length) return;
  const said = tight(facts.prose.slice(0, 300).join(' '));
  if (!THIS_PAGE_FOR.test(said) || BODY_CLAIMS.test(said)) return;
  // (each mention sends to the brand's app, or is the subject of one that does within the sentence: "쿠팡 로켓배송
  // 상품의 반품은 쿠팡 앱에서")
  const all = [...said.matchAll(ctx.brandAll)];
  const sends = all.filter((m) => ITS_OWN_APP.test(said.slice(m.index + m[0].length)));
  if (!all.length || !all.every((m) => sends.some((n) => n.index >= m.index && n.index - m.index <= 30)))
    return;
  if (claimsForm(ctx, '\u0000', titleAndTop(facts), '')) return;
  // (one topic, however many words name it: "로켓배송" and "쿠팡" in one sentence are one mention)
  claims.forEach((r, k) => (r.weight = k ? 0 : 0.5));
}

/** A text in quotation marks inside a sentence: “…”, "…", 「…」, 『…』 */
const QUOTED = /“[^”]{4,300}”|"[^"]{4,300}"|「[^」]{4,300}」|『[^』]{4,300}』/g;

/**
 * The brand's voice only in a text the page quotes (page-r7-fa): a bank's or a carrier's sign-in under its own name
 * (ownNameTwice: its title, its top, its host) that warns of a scam by quoting the text, “[쿠팡] 고객님 환불 … 바랍니다”.
 * Every claim the page makes for the brand and every lure's word it says lies inside the quotation marks; outside
 * them the brand is on no box, caption, button, title or heading and speaks in no sentence. The quoted words are
 * the scam's, not the page's: the claims weigh as a topic (0.5) and the lures as nothing. A kit that says its lure
 * or the brand's voice once outside the quotes, or names the brand over its form, is read as before.
 */
function quotedOnly(ctx: Ctx): void {
  const { facts } = ctx;
  const claims = ctx.reasons.filter((r) => r.group === 'identity' && r.weight > 0);
  const lures = lureReasons(ctx);
  if (!claims.length || claims.some((r) => !/^brand-(?:body-claim|account-ask)$/.test(r.code))) return;
  const text = facts.prose.slice(0, 300).join(' ');
  const quoted = tight((text.match(QUOTED) ?? []).join(' '));
  const rest = tight(text.replace(QUOTED, ' '));
  if (!quoted || !ctx.brandRe.test(quoted)) return;
  // (each one's words found inside the quotes: a reason with no words of its own is not shown to be quoted)
  const inQuotes = (r: PageReason) => !!tight(r.evidence ?? '') && quoted.includes(tight(r.evidence ?? ''));
  if (![...claims, ...lures].every(inQuotes)) return;
  if (lures.some((r) => rest.includes(tight(r.evidence ?? '')))) return;
  const own = ownNameTwice(ctx);
  if (!own || claimsForm(ctx, own, titleAndTop(facts), rest)) return;
  for (const r of claims) r.weight = 0.5;
  for (const r of lures) r.weight = 0;
}

/** What the brand's slots may be on a platform's page where it is the topic: its title, headings, sentences, path */
const TOPIC_CODES = /^brand-(?:title|heading|copyright|body-claim|url|service-words)$/;
/** A heading that captions a sign-in or a sign-up (tight): "로그인", "회원가입하고 알림 받기", "Sign up" */
const ACCOUNT_CAPTION = /로그인|회원가입|가입하기|login|signin|signup|register/;

/**
 * A platform under its own name whose subject is the brand (page-r7-fa): a suit's, a review's or a deal site's page
 * titled "<its name> · <the brand and the subject>" ("누리모임 · 쿠팡 배상"), that signs its footer, header or logo with
 * that name, and asks only its members' password under a caption of its own ("로그인", "회원가입") — no box, caption,
 * button or the form's words naming the brand, no title piece that is the brand alone or its sign-in, no sentence in
 * the brand's voice or asking the reader. The brand's title, headings and copyright there name the case, not the
 * party asking: each weighs as a topic (0.5). A kit that captions its form with the brand ("쿠팡 로그인"), puts it on
 * a box or a button, or asks more than a password, is read as before; a name in its footer changes none of that.
 */
function ownPlatform(ctx: Ctx): void {
  const { facts } = ctx;
  const claims = ctx.reasons.filter((r) => r.group === 'identity' && r.weight > 0);
  if (!claims.length || claims.some((r) => !TOPIC_CODES.test(r.code))) return;
  const asks = ctx.reasons.filter((r) => r.group === 'risk' && r.weight > 0);
  if (!asks.length || asks.some((r) => r.code !== 'asks-password')) return;
  const segs = light(facts.title).split(TITLE_SPLIT).map(tightFromLight).filter(Boolean);
  const own = segs[0] ?? '';
  if (segs.length < 2 || !aName(ctx, own)) return;
  // (each piece that names the brand says more than the brand, and no sign-in: "쿠팡 배상", not "쿠팡", "쿠팡 로그인")
  for (const seg of segs.slice(1)) {
    const m = ctx.brandRe.exec(seg);
    if (m && (seg.length < m[0].length + 2 || SIGN_IN_CAPTION.test(seg))) return;
  }
  const signed = [
    ...facts.footerText.slice(0, 50),
    ...facts.headerText.slice(0, 50),
    ...facts.logoText.slice(0, 20),
    // (… or a copyright line anywhere: a page without a <footer> signs in its last lines)
    ...facts.prose.slice(-30).filter((p) => COPYRIGHT_MARK.test(light(p))),
  ]
    .map((t) => tight(t).replace(/^(?:copyright|ⓒ|©|\(c\)|\d{4}|[-–])+/, ''))
    .some((t) => t.startsWith(own));
  const captions = facts.headings.filter((h) => ACCOUNT_CAPTION.test(tight(h.text)));
  if (!signed || !captions.length || captions.some((h) => ctx.brandRe.test(tight(h.text)))) return;
  if (claimsForm(ctx, own, [])) return;
  for (const r of claims) r.weight = Math.min(r.weight, 0.5);
}

/** A sentence that sends the brand's own sign-in to the brand's own site (tight): "쿠팡 로그인은 쿠팡 사이트에서만 하세요" */
const BRAND_LOGIN_THERE = /로그인은[^.!?]{0,20}?(?:사이트|앱|홈페이지|\.com)(?:에서만|에서)/;

/**
 * A platform's own sign-in whose boxes name the platform (page-r9-fa): a cashback or coupon site's store page for the
 * brand, titled "쿠팡 캐시백 | 캐시백포인트" on a host that spells that name, its header or logo the same name, every
 * box but the password named for it ("캐시백포인트 이메일"), and the brand's own sign-in sent to the brand's own site
 * ("쿠팡 로그인은 쿠팡 사이트에서만 하세요"). The brand's logo, title piece and headings are the store it sends the
 * reader to: each weighs as a topic (0.5). A kit that wants the brand's password names the brand on a box, over the
 * form or in a button, asks more than a password, or speaks in the brand's voice; it is read as before.
 * (page-r10-fa: the name may be the title before its sign-in caption or the top bar's or main heading's first piece —
 * a seller tool titled "셀러허브 로그인" — and a sentence naming the brand only among the shops the platform serves is
 * no ask of the brand's: "쿠팡·스마트스토어·11번가 주문을 한 곳에서 관리하세요".)
 */
function ownBoxPlatform(ctx: Ctx): void {
  const { facts } = ctx;
  const claims = ctx.reasons.filter((r) => r.group === 'identity' && r.weight > 0);
  const ok = (r: PageReason) =>
    TOPIC_CODES.test(r.code) ||
    r.code === 'brand-logo' ||
    (r.code === 'brand-account-ask' && BRAND_LOGIN_THERE.test(tight(r.evidence ?? '')));
  if (!claims.length || !claims.every(ok)) return;
  const asks = ctx.reasons.filter((r) => r.group === 'risk' && r.weight > 0);
  if (!asks.length || asks.some((r) => r.code !== 'asks-password')) return;
  const segs = light(facts.title).split(TITLE_SPLIT).map(tightFromLight).filter(Boolean);
  // (a name of its own that the host spells, "캐시백포인트" on cashback-point.…: common words it may be made of, but a
  // kit must buy that host and put the name on its boxes, and still never name the brand there)
  const labels = (ctx.page?.hostname ?? '').split('.').map((l) => l.replace(/-/g, ''));
  const named = (t: string) =>
    !ctx.brandRe.test(t) &&
    labels.some((l) => l === t || spellsLoosely(l, t)) &&
    !resemblesBrand(ctx, t, t) &&
    !posesAsAuthority(ctx, t);
  const top = [
    ...facts.headerText.slice(0, 50),
    ...facts.logoText.slice(0, 20),
    ...facts.topText,
    // (… or the main heading, "셀러허브" over the sign-in box — page-r10-fa)
    ...facts.headings.slice(0, 1).map((h) => h.text),
  ];
  // (… its name the title's piece, that piece before its sign-in's caption, "셀러허브 로그인", or a top line's first
  // piece, "셀메이트 · 통합 주문관리" over a title of common words: the host must spell it all the same — page-r10-fa)
  const lead = (t: string) => light(t).split(TITLE_SPLIT).map(tightFromLight)[0] ?? '';
  const own =
    [...segs, ...segs.map((t) => t.replace(SIGN_IN_CAPTION, '')), ...top.slice(0, 12).map(lead)].find(
      (t) => t.length >= 2 && named(t),
    ) ?? '';
  if (!own) return;
  for (const seg of segs) {
    const m = ctx.brandRe.exec(seg);
    if (m && (seg.length < m[0].length + 2 || SIGN_IN_CAPTION.test(seg))) return;
  }
  if (!top.some((t) => tight(t).startsWith(own))) return;
  const boxes = facts.fields.filter((f) => f.type !== 'password');
  if (!boxes.length || !boxes.every((f) => f.hints.some((h) => tight(h).startsWith(own)))) return;
  // (the sentence sending the brand's sign-in away is no ask of the reader here; every other one is read as before)
  // (… nor one that names the brand only among the other shops the platform serves, "쿠팡·스마트스토어·11번가 주문을
  // 한 곳에서 관리하세요": its ask is the platform's own — page-r10-fa)
  // (a word of its market may stand between, "쿠팡 윙, 스마트스토어, 11번가": two other shops at least in the sentence)
  const listed = (x: string) =>
    ctx.brandRe.test(x) &&
    OTHER_SHOPS.filter((o) => x.includes(o)).length >= 2 &&
    [...x.matchAll(ctx.brandAll)].every((m) => {
      const end = serviceEnd(x, m.index, m.index + m[0].length, ctx.brand.services);
      return (
        amongShops(x, m.index, end, false) ||
        OTHER_SHOPS.some((o) => {
          const at = x.indexOf(o, end);
          return at >= 0 && at - end <= 4;
        })
      );
    });
  const said = tight(
    facts.prose
      .slice(0, 300)
      .flatMap((p) => p.split(/(?<=[.!?。])\s+/))
      .filter((x) => !BRAND_LOGIN_THERE.test(tight(x)) && !listed(tight(x)))
      .join(' '),
  );
  // (a mark that is the brand and nothing else is the store's logo the page shows)
  const markOnly = (t: string) => t.replace(ctx.brandAll, '').length === 0;
  if (claimsForm(ctx, own, [], said, (t) => markOnly(t) || listed(t))) return;
  for (const r of claims) r.weight = Math.min(r.weight, 0.5);
}

/** A line that shows the reader signed in: "로그인: 101동 1203호 김○○님", "김*수 님 로그인 중", "Signed in as …" */
const SIGNED_IN =
  /(?:로그인|접속)\s*(?:중|됨)?\s*[:：]\s*[^.!?\n]{1,24}님\s*$|님\s*(?:으로)?\s*(?:로그인|접속)\s*(?:중|됨)|\b(?:signed|logged)\s+in\s+as\s+\S/i;
/** A title that calls the page an unofficial community (tight): "이용자 커뮤니티 (비공식)", "unofficial fan forum" */
const UNOFFICIAL_COMMUNITY =
  /(?:커뮤니티|모임|동호회|카페|포럼|갤러리|community|forum|fanclub|fansite)(?:\(?비공식\)?|\(?unofficial\)?)|(?:비공식|unofficial)(?:이용자|사용자|팬|유저|회원|fan|user)?(?:커뮤니티|모임|동호회|카페|포럼|community|forum)/;
/** Asks no forum's sign-in would: anything but an id, a nickname, an e-mail and a password */
const FORUM_NEVER_ASKS =
  /^asks-(?!password$)|^(?:transfer|callback|wallet)-lure|^sends-to|^app-download|^brand-account-ask/;

/**
 * The community's own name, when the page is an unofficial users' community asking only its own sign-in: the
 * title's first piece, the brand with a word of its own (not one of the brand's names or services), that the
 * password box names, on a page that says it is unofficial and shows none of the brand's logo or markup.
 */
/**
 * A deal post: its main heading an item's price with free shipping after the brand's tag ("[쿠팡] 에어팟 프로2 249,000원
 * 무료배송"), and all it asks a comment's login — a password in a form that says it is for comments, no box naming the
 * brand's login. The shipping term is no gift there; the heading weighs as a mention. Over a card, an address, an
 * account or the brand's own login (a fake shop's or a phisher's ask) it stays the brand's offer (page65).
 */
function dealListing(ctx: Ctx): void {
  const heading = ctx.listingOffer;
  if (!heading) return;
  const asks = ctx.reasons.filter((r) => r.group === 'risk' && r.weight > 0);
  if (!asks.length || asks.some((r) => r.code !== 'asks-password')) return;
  if (ctx.reasons.some((r) => r.code === 'brand-account-ask')) return;
  if (!ctx.facts.prose.some((p) => p.length < 80 && COMMENT_LOGIN.test(tight(p)))) return;
  for (const r of ctx.reasons) if (r.code === 'brand-heading' && r.evidence === heading) r.weight = 0.5;
  // (… and the brand's tag it opens with, "[쿠팡]", read again in the text as a notice's opening: the same post's
  // subject line, no notice in the brand's voice — page-r5-bf)
  for (const r of ctx.reasons)
    if (
      r.code === 'brand-body-claim' &&
      r.weight > 1 &&
      /^\[/.test(r.evidence ?? '') &&
      tight(heading).startsWith(tight(r.evidence ?? ''))
    )
      r.weight = 1;
}
/** A line that says the login is for writing comments ("댓글을 쓰려면 로그인하세요", "Log in to comment") (tight) */
const COMMENT_LOGIN = /댓글|comment|reply|评论|回复|回覆|コメント|返信/i;

function ownForumName(ctx: Ctx): string | undefined {
  const { facts, brand } = ctx;
  const title = tight(facts.title);
  if (!UNOFFICIAL_COMMUNITY.test(title)) return undefined;
  const name = tight(facts.title.split(/\s[-|–—:·]\s|[|｜]/)[0] ?? '');
  const m = ctx.brandRe.exec(name);
  if (!m || name.length < m[0].length + 2 || name.length > 16) return undefined;
  if (brand.services.includes(name) || brand.names.includes(name)) return undefined;
  if (
    ctx.reasons.some(
      (r) =>
        (r.weight > 0 && FORUM_NEVER_ASKS.test(r.code)) ||
        /^brand-(?:logo|favicon|copyright|cdn-asset|structure|obfuscated|meta)$/.test(r.code),
    )
  )
    return undefined;
  const boxes = facts.fields.filter((f) => f.type === 'password');
  return boxes.length > 0 && boxes.every((f) => f.hints.some((h) => tight(h).includes(name)))
    ? name
    : undefined;
}

/** What a search result promises about the brand (tight): a look-up, a payout, the leak */
const SEARCH_LURE = /조회|피해|유출|보상|환불|환급|위로금|배상|지원금|lookup|check|leak|compensat|refund/;
/**
 * An SEO page: the brand named only in the description a search engine shows ("쿠팡 피해 사실 조회, 쿠팡 정보유출
 * 조회"), a lure's words beside it, and a body that names no one while it asks a card, an account or a resident
 * number. The searcher came for the brand's look-up; the body need not say it again. Said once, in a sentence's
 * weight, so the rule that hard data under the brand's name needs no slot reads it; a page that shows a name of
 * its own, or names the brand or anyone in its body, is judged as before.
 */
function describedAs(ctx: Ctx): void {
  if (ctx.ownShown || ctx.foreignNames.size || ctx.reasons.some((r) => r.group === 'identity')) return;
  const d = ctx.facts.meta.get('description') || ctx.facts.meta.get('og:description') || '';
  const t = tight(d);
  if (!ctx.brandRe.test(t) || headerName(ctx)) return;
  // (… or a description that names the page as the brand's own desk, "쿠팡 마켓플레이스 윙 판매자 소명 센터", over a
  // sign-in with its second step — a password and a one-time code: the page says in its head whose desk it is, as
  // og:title does, and asks what that desk's login takes — page49)
  const signIn = ['asks-password', 'asks-otp'].every((c) =>
    ctx.reasons.some((r) => r.code === c && r.weight >= 3),
  );
  if (
    (ctx.reasons.some((r) => OWNED_ASKS.test(r.code) && r.weight >= 3) && SEARCH_LURE.test(t)) ||
    (signIn && describedDesk(ctx.facts))
  )
    add(ctx, 'brand-body-claim', 1, d);
  // (… or a description that is the brand's own account desk by name, "쿠팡 회원정보 보안 센터", over a password box:
  // the page names itself in its head as the brand's account desk, as og:site_name would — page54)
  else if (
    ctx.reasons.some((r) => r.code === 'asks-password' && r.weight >= 3) &&
    ctx.brandRe.exec(tight(describedDesk(ctx.facts)))?.index === 0 &&
    ACCOUNT_DESK.test(t)
  ) {
    add(ctx, 'brand-meta', 2, d);
    add(ctx, 'brand-body-claim', 1, d);
  }
}

/** A desk that keeps the account itself (tight): "회원정보 보안 센터", "계정 센터", "로그인 센터" */
const ACCOUNT_DESK = /회원정보|계정|보안|로그인|account|security|signin|login/;

/**
 * A phone's package whose file name names the brand ("coupangeats_protect_v2.apk", the name a script gives a `Blob` so
 * that no link shows it): the phone's installer and its downloads show that name, and the brand ships its apps only
 * through the stores. On a page that shows no name of its own and names no one, the file's name is the page's claim,
 * said once, in a sentence's weight (an APK mirror shows its own name; a page that names the brand is judged as
 * before) — page49.
 */
function packageNamed(ctx: Ctx): void {
  if (ctx.ownShown || ctx.foreignNames.size || ctx.reasons.some((r) => r.group === 'identity')) return;
  if (headerName(ctx)) return;
  const app = ctx.reasons.find((r) => r.code === 'app-download' && r.weight >= 4);
  const file = [app?.evidence ?? '', app ? (assembledApk(ctx.facts.inlineScript) ?? '') : ''].find(
    (f) => /\.apk$/i.test(f) && ctx.brandRe.test(tight(f)),
  );
  if (file) add(ctx, 'brand-body-claim', 1, file);
  // (… or a picture where the page shows its face — its top, its header, over its form — whose file names the brand,
  // "coupang_task_banner.png" loaded late from data-src, over a hard ask: the reader sees the brand's banner; Node and
  // a scan before the picture loads see only its name — page49)
  else if (ctx.reasons.some((r) => isHardAsk(r) && r.weight >= 4)) {
    const pic = ctx.facts.images
      .slice(0, 20)
      .find((i) => inLogoPlace(ctx, i, false) && ctx.brandRe.test(tight(fileName(i.src))));
    if (pic) add(ctx, 'brand-body-claim', 1, fileName(pic.src));
  }
}

/** A phone's package handed out (an APK or a profile, not a desktop program): app-download at full weight */
const phonePackage = (ctx: Ctx) =>
  ctx.reasons.some(
    (r) =>
      r.code === 'app-download' &&
      r.weight >= 4 &&
      !/\.(?:exe|msi|crx|xpi|dmg|pkg)\b/i.test(r.evidence ?? ''),
  );

/** The page shows a name of its own anywhere a reader meets one: header, logo, title piece, closing firm */
const ownNameShown = (ctx: Ctx) =>
  ctx.ownShown ||
  ctx.foreignNames.size > 0 ||
  headerName(ctx) ||
  !!closingFirm(ctx) ||
  ctx.reasons.some((r) => /^context-(?:other-site|not-affiliated)$/.test(r.code) && r.weight < 0);

/** The brand named in the page's title, headings or first lines: the hook the page opens with */
const hookedOnBrand = (ctx: Ctx) =>
  ctx.brandRe.test(
    tight(
      [
        ctx.facts.title,
        ...ctx.facts.headings.slice(0, 4).map((h) => h.text),
        ...ctx.facts.prose.slice(0, 6),
      ].join(' '),
    ),
  );

/** The page's description when it names a desk, not a sentence (tight): "…판매자 소명 센터", "…TV 기기 등록" */
const DESK_DESCRIBED = /(?:센터|등록|로그인|인증|본인확인|소명|접수|연결|center|login|signin)$/;
/** The page's description (meta or og) when it is a desk's short name, not a sentence about one; else '' */
function describedDesk(facts: PageFacts): string {
  const d = facts.meta.get('description') || facts.meta.get('og:description') || '';
  return d.length <= 40 && !/[.!?。]|다\s*$|요\s*$/.test(d) && DESK_DESCRIBED.test(tight(d)) ? d : '';
}

/** The brand's membership by its mark alone, as its logo writes it (tight, emoji and marks dropped) */
const MEMBERSHIP_MARK = /^(?:wow|와우|로켓와우|rocketwow)(?:멤버십|membership|회원)?$/;
/**
 * A page headed by nothing but the membership's mark ("🚀 WOW" as its logo or first heading), whose sentences name
 * the membership ("와우회원 전용", "로켓와우 회원님께"), asking a login and showing no name of its own: the mark is
 * the brand's logo there, as the brand's name would be (a site called WOW names the membership nowhere; a fan's
 * post about it asks no password).
 */
function membershipMark(ctx: Ctx): void {
  const { facts } = ctx;
  if (ctx.ownShown || ctx.foreignNames.size) return;
  if (!ctx.reasons.some((r) => r.code === 'brand-service-words' && /와우|wow/i.test(r.evidence ?? '')))
    return;
  if (!ctx.reasons.some((r) => (r.code === 'asks-password' || r.code === 'asks-card') && r.weight >= 3))
    return;
  const top = [facts.logoText[0], facts.headerText[0], facts.topText[0], facts.headings[0]?.text].find(
    (t) => t && MEMBERSHIP_MARK.test(tight(t).replace(/[^\p{L}\p{N}]/gu, '')),
  );
  if (top) add(ctx, 'brand-header', 2, top);
}

/** A box whose own words (name, placeholder, label) say what it takes */
const saysItself = (f: FieldFact) => f.hints.some((h) => classifyField('text', '', [h]) !== 'none');
/**
 * A box's own words name a thing in Hangul, not an instruction or a secret ("도메인", "회사명", a tenant's "회사코드";
 * not "입력", "값", "코드", "업체코드", "키"; a name attribute, "f1", is no words) (page64)
 */
const namesItself = (f: FieldFact) =>
  f.hints.some((h) => {
    const t = tight(h);
    return (
      /^[가-힣]{2,12}$/.test(t) &&
      (!/입력|값|키|코드|번호|비번|암호|여기|인증|발급/.test(t) ||
        /^(?:회사|고객사|그룹|도메인)코드$/.test(t))
    );
  });
/** A label that forbids rather than asks (tight) */
/** The reader hands something over to the page (tight): "주시면", "알려주시면", "맡겨 주세요" */
const HANDED_OVER = /(?:알려|보내|넘겨|맡겨)?주시면|맡겨주세요|맡기시면/;
const NEGATED = /마세요|말것|않|금지|불가|제외|사용할수없|don't|donot|never|avoid/;
/** An id box named for a site (tight): "한빛아이디", "누리몰id", "한빛회원번호" */
const NAMED_ID = /^(.{2,8}?)(?:아이디|id|계정|회원번호)$/;
/** An id box for the number a members' body gives its own (tight): "조합원번호", "동문번호" (page-r2-aw) */
// (not a shop's "회원번호": the brand has members too)
const MEMBER_NO = /^(조합원|동문|교우|입주민)(?:번호|증번호)$/;
/** After the brand in a sign-in's caption: its own people's login, "쿠팡 임직원 로그인", "Coupang staff portal" (tight) */
const STAFF_LOGIN = /로그인|포털|임직원|직원|사번|login|signin|portal|staff|employee/;
/**
 * An id box that is a school's or an employer's number for its own people (tight, whole): "학번/사번", "사원번호",
 * "Student ID" — a portal's or an intranet's sign-in; the brand gives its shoppers no such number (page64)
 */
const INSTITUTION_NO =
  /^(?:학번|사번|교번|직번|사원번호|교직원번호)(?:[/·,]?(?:학번|사번|교번|직번|사원번호|교직원번호))?$|^(?:student|staff|employee)(?:id|no|number)$/;
/** Form `i` has an id box named for the page's own site (a name it shows: "한빛 아이디" under "한빛텔레콤") */
function ownIdForm(ctx: Ctx, i: number): boolean {
  return (
    partyLogin(ctx, i) ||
    topBarLogin(ctx, i) ||
    ctx.facts.fields.some(
      (f) =>
        f.form === i &&
        f.hints.some((h) => {
          const t = tight(h);
          // (… or a members' number where the form's caption says it is the members' login, "조합원 로그인" over
          // "조합원번호": a union's or an alumni body's own sign-in — the brand gives its shoppers no number to type)
          const caption = tight(`${ctx.facts.forms[i]?.words ?? ''} ${f.near ?? ''}`);
          const no = MEMBER_NO.exec(t);
          if (no && caption.includes(`${no[1]}로그인`) && !ctx.brandRe.test(caption)) return true;
          // (… or a school's or an employer's number for its people, under a title whose site is a name of its
          // own ("… - 연세포탈"), the brand in no box and no caption naming it its people's login: the brand's staff
          // login, "쿠팡 임직원 로그인" over "사번", is read as before)
          if (
            INSTITUTION_NO.test(t) &&
            ![...caption.matchAll(ctx.brandAll)].some((b) =>
              STAFF_LOGIN.test(caption.slice(b.index + b[0].length, b.index + b[0].length + 12)),
            ) &&
            !ctx.facts.fields.some((g) => g.form === i && g.hints.some((w) => ctx.brandRe.test(tight(w)))) &&
            institutionTitle(ctx)
          )
            return true;
          const m = NAMED_ID.exec(t);
          if (!m || ctx.brandRe.test(t)) return false;
          if ([...ctx.foreignNames].some((n) => n.startsWith(m[1]!))) return true;
          // (… or the host's own name, "hiworks 아이디" on hiworks.com: a webmail's, a portal's own sign-in — page63)
          if (spellsLoosely(siteOf(ctx.page?.hostname ?? '').split('.')[0] ?? '', m[1]!)) return true;
          // (… or one the form's own caption names again as the login it is, "하비보드 로그인" over "하비보드 아이디":
          // a community's or a shop's member login, saying twice whose it is; a name of a lure's or a desk's words,
          // "보상센터 아이디", or like the brand's names no one's; not where a box of it names the brand — page52)
          const name = m[1]!;
          return (
            caption.includes(`${name}로그인`) &&
            !ctx.facts.fields.some((g) => g.form === i && g.hints.some((w) => ctx.brandRe.test(tight(w)))) &&
            otherName(ctx, name) &&
            !NOT_A_NAME.test(name) &&
            !lureWords(name) &&
            !resemblesBrand(ctx, name, name)
          );
        }),
    )
  );
}

/** The title ends with a site name of its own ("쿠팡 정보유출 관련 안내 - 연세포탈"), not the brand's, no lure's */
function institutionTitle(ctx: Ctx): boolean {
  const segs = light(ctx.facts.title).split(TITLE_SPLIT);
  if (segs.length < 2) return false;
  const name = tightFromLight(segs[segs.length - 1]!.trim());
  return (
    name.length >= 2 &&
    name.length <= 16 &&
    otherName(ctx, name) &&
    !NOT_A_NAME.test(name) &&
    !lureWords(name) &&
    !resemblesBrand(ctx, name, name) &&
    !posesAsAuthority(ctx, name)
  );
}

/** A sign-in form's only words (tight, whole): "로그인", "Log in" */
const SIGN_IN_ONLY = /^(?:로그인|login|signin)$/;
/** A bare id, e-mail or password box's label (tight, whole) */
const BARE_LOGIN_BOX = wholeWord(SIGN_IN_WORDS.id, SIGN_IN_WORDS.user, SIGN_IN_WORDS.password);
/**
 * Form `i` is the site's own sign-in in its top bar: the page's first line is a name of its own ("원티드", "딜집",
 * "StockPage"), not the brand's, no look-alike, no authority, no lure's words, and the form sits right beside it —
 * every box's nearest words are that name, the boxes a bare id or e-mail and a password, the form's only word "로그인" —
 * before the brand is said anywhere. A job board's posting, a coupon list or a stock quote about the brand carries its
 * own site's login so. A kit that wants the brand's login puts its form under the brand's name, or says whose the
 * boxes are ("쿠팡 아이디"), and is read as before (page-r3-ba).
 */
function topBarLogin(ctx: Ctx, i: number): boolean {
  const { facts } = ctx;
  const own = facts.fields.filter((f) => f.form === i);
  const top = facts.prose[0] ?? '';
  const name = tight(top);
  if (!own.length || !SIGN_IN_ONLY.test(tight(facts.forms[i]?.words ?? ''))) return false;
  if (tight(facts.topText[0] ?? '') !== name || name.length < 2 || name.length > 16) return false;
  if (!otherName(ctx, name) || NOT_A_NAME.test(name) || lureWords(name)) return false;
  if (resemblesBrand(ctx, top, name) || posesAsAuthority(ctx, name)) return false;
  return own.every(
    (f) =>
      (f.type === 'text' || f.type === 'email' || f.type === 'password') &&
      f.near === top &&
      f.hints.length > 0 &&
      f.hints.every((h) => BARE_LOGIN_BOX.test(tight(h))),
  );
}

/** A line over a form that calls it its own participants' sign-in (tight, whole): "참가자 마이페이지 로그인", "원고 전용
 * 로그인", "소송인단 로그인" (page-r2-ay) */
const PARTY_LOGIN = /^(?:소송)?(?:참가자|참여자|원고|소송인단|신청인)(?:전용)?(?:마이페이지|내정보)?로그인$/;
/**
 * Form `i` is a lawsuit's or a campaign's sign-in for the people it already signed up: the line just before its boxes
 * says so ("참가자 마이페이지 로그인") and the form takes only an id and a password, none of its words naming the brand.
 * The brand gives its shoppers no such role; a kit that wants the brand's login says whose ("쿠팡 계정으로 로그인",
 * "쿠팡 아이디") and is read as before (page-r2-ay, as page-r2-aw's "조합원 로그인").
 */
function partyLogin(ctx: Ctx, i: number): boolean {
  const own = ctx.facts.fields.filter((f) => f.form === i);
  const first = own[0];
  if (!first || own.some((f) => f.type !== 'password' && f.type !== 'text' && f.type !== 'email'))
    return false;
  const said = own.flatMap((f) => [...f.hints, f.near ?? '']).join(' ') + (ctx.facts.forms[i]?.words ?? '');
  if (ctx.brandRe.test(tight(said))) return false;
  if (
    own.some((f) => !f.hints.some((h) => /^(?:아이디|id|이메일|email|비밀번호|password|pw)$/.test(tight(h))))
  )
    return false;
  const labels = new Set(first.hints.map(tight));
  const at = ctx.facts.prose.findIndex((p) => labels.has(tight(p)));
  return (
    (at > 0 && PARTY_LOGIN.test(tight(ctx.facts.prose[at - 1]!))) ||
    PARTY_STATUS.test(tight(first.near ?? ''))
  );
}
/**
 * … or the line right over its boxes says the sign-in shows the reader's own part in it (tight, whole): "로그인하여 내
 * 참여 현황 보기", "로그인 후 내 소송 진행상황 확인" — a suit's or a campaign's members' page (page-r6-bh)
 */
const PARTY_STATUS =
  /^(?:로그인(?:하여|해서|하고|후|하시면)?)?내(?:참여|참가|소송)(?:현황|진행상황|진행현황|내역)(?:보기|확인|조회)?(?:로그인)?$/;

/** Identity said only in the body's sentences */
const BODY_ONLY = /^brand-(?:body-claim|service-words)$/;
/** What a page says of itself in a line anyone may write: a disclaimer, a disclosure, a warning, a byline */
const CHEAP_CONTEXT = /^context-(?:not-affiliated|affiliate|discussion|article)$/;
/** What no page takes without saying whose page it is */
const OWNED_ASKS = /^asks-(?:card|bank-account|resident-id|seed-phrase)$/;

/** What a grid of numbered word boxes is for: a wallet, its recovery, a coin or a token (tight). */
const SEED_CONTEXT = /지갑|wallet|복구|recover|restore|토큰|token|코인|coin|에어드랍|airdrop|nft/;

/** Vouchers taken as payment (tight): a fee, a deposit, a charge paid with them */
// (… or as the price of money promised: a PIN "to guarantee" a compensation, "refunded in full with it")
// (… or as proof of who the reader is, "기프트카드 코드로 본인 확인": no one's identity is a voucher's to prove)
// (… or as the only way a refund is paid: "환불은 … 기프트카드로만 진행됩니다", "구매 금액과 환불금이 함께 입금")
const VOUCHER_PAYS =
  /환불금|환불은|수수료|보증|회수비|납부|결제|지불|입금|송금|비용|요금|세금|공과금|환급|본인확인|본인인증|신원확인|실명확인|돌려드|되돌려|\bfee|deposit|payment|\bpay\b|guarantee|verifyyouridentity|identityverification|refunded|tounlock/;

/** After the brand's (service) name: another job the reader may do at the same time or has done (tight) */
const OTHER_JOB =
  /^(?:와|과|랑|이랑)?(?:함께|같이|동시에)?(?:하셔도|해도|일하셔도|일해도|근무하셔도)(?:됩|돼|괜찮|가능|ok)|^(?:와|과|랑|이랑)?(?:병행|겸업|중복근무|투잡)(?:도|은|는)?(?:가능|환영|ok|하셔도|해도)|^(?:(?:[,·/]|및)[^,·/]{1,12})*(?:경험자|경력자|근무경험|근무자|출신)(?:우대|환영|가능)/;

/** Right after the brand's name: its money (tight) */
const BRAND_MONEY = /^(?:캐시|머니|포인트|페이|적립금|예치금|잔액|cash|money|points?|pay|credit|balance)/;
/** A voucher turned into money (tight) */
/** A voucher's PIN the sentence tells the reader to type (tight): "기프트카드를 구매한 뒤 PIN 번호를 입력하면" */
const VOUCHER_PIN_TOLD =
  /(?:상품권|기프트카드|기프트코드|기프티콘|giftcard|googleplaycard|itunescard|steamcard|voucher).{0,24}(?:pin|핀|코드|code)(?:번호)?(?:를|을)?(?:입력|enter|적어)/;
/** A box's example that is a PIN's group of four or more, X's or 0's ("XXXX", "0000-0000-0000") */
const PIN_SHAPE = /^(?:[xX0]{4,6}[\s-]?){1,4}$/;
const VOUCHER_CONVERTS = /전환|충전|교환|환전|현금화|등록|적립|입금|convert|exchange|topup|register|credit/;

/** A script that keeps each key pressed on an element ("keydown" … `v += e.key`), and one that sends what it keeps */
const KEYS_KEPT = /['"]key(?:down|press)['"][\s\S]{0,600}?\+=\s*\w+\.key\b/;
const KEYS_SENT = /sendBeacon|fetch\s*\(|XMLHttpRequest|\.submit\s*\(/;
/** A script that paints on a canvas and reads where it is clicked or which digit key is pressed: a keypad drawn */
const CANVAS_PAD =
  /getContext\(\s*['"]2d['"][\s\S]{0,4000}?(?:\.onclick\s*=|\.onpointerdown\s*=|addEventListener\(\s*['"](?:click|pointerdown|mousedown|touchstart)['"])[\s\S]{0,600}?(?:getBoundingClientRect|offsetX|clientX|layerX)/;
/** A box for the code a text message carries (tight): "문자에 적힌 6자리 숫자", "받으신 문자 속 인증번호" */
const MESSAGE_CODE =
  /(?:문자|메시지|sms)(?:에|에서|속|안에?)?(?:적힌|있는|나온|온|받은|받으신|보이는)?[^가-힣]{0,3}(?:\d자리)?(?:숫자|번호|코드|인증번호)|codeinthe(?:text|message|sms)/;

/**
 * The ten digits, each once, in any order: a keypad's keys, shuffled — a list (`[7, 2, 9, 4, 0, 5, 1, 8, 6, 3]`, with
 * a backspace or a blank beside them, `[…,'⌫',]`) or a string split into keys (`'7294051863'.split('')`)
 */
const KEY_LIST = /\[([^[\]]{19,160})\]/g;
/** A script that makes drop-downs */
const DIGIT_PICKERS = /createElement\(\s*['"`]select['"`]\s*\)/;
function tenDigitKeys(script: string): boolean {
  // (… a phone's pad among them, '123456789*0#': its star and hash keys beside the ten — page-r2-av)
  for (const m of script.matchAll(/['"`]([\d*#]{10,12})['"`]/g)) {
    const digits = m[1]!.replace(/\D/g, '');
    if (digits.length === 10 && new Set(digits).size === 10) return true;
  }
  // (… or split from one string with the other keys' words and signs among the digits, '1 2 3 * … 9 지움 0 전달'.split(' '),
  // '123456789 0⌫'.split(''): each digit once and no Latin letter — a hex alphabet, '0123456789abcdef', makes ids —
  // round page-r7-bk)
  for (const m of script.matchAll(/(['"`])([^'"`\n]{10,60})\1\s*\.\s*split\(/g)) {
    const digits = m[2]!.replace(/\D/g, '');
    if (digits.length === 10 && new Set(digits).size === 10 && !/[a-z]/i.test(m[2]!)) return true;
  }
  // (… or pickers it makes, a drop-down per digit whose choices a loop counts to ten: one digit picked at a time,
  // as a keypad's key is pressed — page53)
  if (
    DIGIT_PICKERS.test(script) &&
    /createElement\(\s*['"`]option['"`]|new\s+Option\(/.test(script) &&
    /[<]\s*10\b|[<]=\s*9\b/.test(script)
  )
    return true;
  // (… or keys a loop makes of plain elements, one per number up to ten or more, whose click adds its text to a
  // display, "for(i=1;i<=12;i++){e=createElement('div'); e.textContent=i; e.onclick=…d.textContent+=t}" — page-r2-au)
  if (
    /createElement\(\s*['"`](?:div|span|button|td|li|a)['"`]\s*\)/.test(script) &&
    /[<]=?\s*(?:9|1[0-3])\b/.test(script) &&
    /(?:textContent|innerText|value)\s*\+=/.test(script)
  )
    return true;
  if (!script.includes('[')) return false;
  for (const m of script.matchAll(KEY_LIST)) {
    const items = m[1]!.split(',').map((x) => x.trim().replace(/^(['"`])(.*)\1$/, '$2'));
    if (items.length > 16) continue;
    const digits = items.filter((x) => /^\d$/.test(x));
    if (digits.length === 10 && new Set(digits).size === 10) return true;
  }
  return false;
}

/** What a news page's own form never takes (a reader's comment, a newsletter's e-mail or a member's login are not these) */
const NEWS_NEVER_ASKS = /^asks-(?:identity-bundle|resident-id|card|bank-account|gift-pin|otp)$/;
/** A payout a kit's "article" offers (tight): the lure's words, and the consolation money the news reported */
// (… or the leak looked up: "유출 조회 서비스", "피해 여부 확인"; or the sum itself: "최대 30만원 보상", "보상액 조회")
const ARTICLE_LURE = new RegExp(
  `${REFUND_LURE.source}|위로금|지원금|배상금|유출(?:여부)?조회|(?:피해|유출)여부|보상액|\\d+만원(?:씩|을|의)?(?:보상|지급|배상|돌려)|돌려받|돌려드립|돌려준`,
);
/** A form that looks a payout up (tight; its button and words) */
const LOOKUP_FORM = /조회|대상확인|대상자?여부|수령|지급받|환급받|받기|check|lookup/;
/** A form that looks a payout up or applies for it by its name */
// (… or applies, "신청", under the payout's headline — not a subscription's or a donation's form: 구독, 후원)
const payoutForm = (t: string) =>
  LOOKUP_FORM.test(t) ||
  ARTICLE_LURE.test(t) ||
  (/신청/.test(t) && !/구독|후원|정기|회원가입|뉴스레터|소송|참여|참가/.test(t));

/** An app named as the brand's own: "쿠팡 보안앱", "coupang app" (tight, the brand's name replaced by U+E000) */
const BRAND_APP = /\uE000(?:보안|안심|보호|공식|차단|인증)?(?:앱|어플|app)/;

/** A mail desk's own words, no name among them (tight): what a quarantine notice's title is made of */
const MAIL_DESK_WORDS =
  /이메일|메일|mail|보안|security|격리됨|격리함|격리|quarantined|quarantine|보호|protection|알림|notice|[-|:·–—]/g;

/** What no public body takes from anyone: an account's password, a one-time code, a card, the savings moved */
const takenByNoBody = (r: PageReason) =>
  r.weight >= 3 && /^asks-(?:card|otp|password|cert-password|seed-phrase)$|^transfer-lure$/.test(r.code);

/** The brand named where a leak happened in the tight text ("쿠팡개인정보유출", "coupangdatabreach"), or '' */
function leakNamed(ctx: Ctx, said: string): string {
  for (const m of said.matchAll(ctx.brandAll)) {
    if (/유출|breach|leak/.test(said.slice(m.index + m[0].length, m.index + m[0].length + 16))) return m[0];
  }
  return '';
}

/**
 * The brand named where a leak happened ("쿠팡 정보유출", "쿠팡 등 대형 유출 사고") on a page that opens with a public
 * body's name (title or first heading) off the public hosts: the brand as it appears there, or ''.
 */
function leakUnderAuthority(ctx: Ctx): string {
  const { facts } = ctx;
  const top = tight(`${facts.title} ${facts.headings[0]?.text ?? ''}`);
  if (PUBLIC_HOST.test(ctx.page?.hostname ?? '') || !AUTHORITY.test(top.slice(0, 12))) return '';
  const said = tight(
    [...facts.headings.slice(0, 6).map((h) => h.text), ...facts.prose.slice(0, 30)].join(' '),
  );
  for (const m of said.matchAll(ctx.brandAll)) {
    if (/유출/.test(said.slice(m.index + m[0].length, m.index + m[0].length + 16))) return m[0];
  }
  return '';
}

const shortNames = new WeakMap<BrandProfile, RegExp | null>();
/**
 * A service's short name its users write alone ("이츠 주문", "플렉스 배정" among the brand's page names): the tail of
 * one of its services after the brand's Hangul name ("쿠팡이츠" → 이츠) that starts one of the brand's names, as its own
 * word (light text; not the end of another word, "…하이츠")
 */
function shortNameRe(brand: BrandProfile): RegExp | null {
  if (shortNames.has(brand)) return shortNames.get(brand)!;
  const tails = new Set<string>();
  for (const n of brand.names)
    if (/^[가-힣]{2}$/.test(n))
      for (const sv of brand.services) {
        const tail = sv.slice(n.length);
        if (
          sv.startsWith(n) &&
          /^[가-힣]{2,}$/.test(tail) &&
          brand.names.some((x) => x.startsWith(tail) && x !== tail)
        )
          tails.add(tail);
      }
  const re = tails.size ? new RegExp(`(?<![가-힣])(?:${[...tails].join('|')})`) : null;
  shortNames.set(brand, re);
  return re;
}

/**
 * An app file pushed under a service's short name alone ("이츠 배달 조회 앱을 설치해 주세요" over an .apk) on a page that
 * names no owner and no other sign of the brand: the service's name is the whole costume — its riders and eaters
 * know it so, and no one else's app is called so. A sentence's weight (the spoken rule still needs the file, a hard
 * ask); an honest store page or an app's own site names itself (page-r9-miss).
 */
function shortServiceApp(ctx: Ctx): void {
  const { facts } = ctx;
  if (
    ctx.foreignNames.size ||
    ctx.ownShown ||
    !ctx.reasons.some((r) => r.code === 'app-download') ||
    ctx.reasons.some((r) => r.group === 'identity')
  )
    return;
  const re = shortNameRe(ctx.brand);
  const seen =
    re &&
    [facts.title, ...facts.headings.map((h) => h.text), ...facts.prose.slice(0, 40)]
      .map(light)
      .find((t) => re.test(t));
  if (seen) add(ctx, 'brand-service-words', 1, seen.slice(0, 60));
}

/** A public body's name or its services' (tight): the authorities, and KISA's 보호나라 and KrCERT */
const AGENCY = new RegExp(`${AUTHORITY.source}|보호나라|krcert`);

/**
 * A public body's name worn atop a page off the public hosts ("보호나라 | 유출 피해 점검", "KISA 보호나라" in the
 * header) over the brand named where a leak happened ("쿠팡 고객정보 유출 피해 점검 도구"), handing out an app file: no
 * body answers a shop's leak with an install from a page, and its name there is the kit's costume, not another
 * owner — the brand's leak is the hook (page-r9-miss). A body's own warning, on its host or with no file to install,
 * is read as before.
 */
function agencyApp(ctx: Ctx): void {
  const { facts } = ctx;
  if (PUBLIC_HOST.test(ctx.page?.hostname ?? '') || !ctx.reasons.some((r) => r.code === 'app-download'))
    return;
  const worn = (t: string) => AGENCY.test(tight(t));
  if (![facts.title, ...facts.topText.slice(0, 3), facts.headings[0]?.text ?? ''].some(worn)) return;
  const said = tight(
    [...facts.headings.slice(0, 6).map((h) => h.text), ...facts.prose.slice(0, 30)].join(' '),
  );
  if (!leakNamed(ctx, said) || WARNS.test(tight(facts.headings[0]?.text ?? ''))) return;
  for (const r of ctx.reasons) if (r.code === 'context-other-site' && worn(r.evidence ?? '')) r.weight = 0;
  for (const n of [...ctx.foreignNames]) if (worn(n)) ctx.foreignNames.delete(n);
}

/** What a party's applicant is never asked on a body's form: what pays, unlocks, or moves the talk elsewhere */
// (… or a code to scan that has the reader approve a sign-in on the phone)
const PAYS_OR_UNLOCKS =
  /^asks-(?:card|bank-account|otp|password|seed-phrase|entrance-code|customs-code|sim-code|gift-pin)|^(?:transfer|callback|wallet)-lure|^sends-to|^app-download|^remote-control|^brand-account-ask|^qr-handoff/;

const tenth = (x: number) => Math.round(x * 10) / 10;

/**
 * The decision on a set of reasons (one page's, or the frames of a tab combined: lib/page/frames.ts).
 * `foreignOwner`: the page names another owner (a site name the scan could read). Sorts `reasons` in place:
 * identity first, strongest first.
 */
export function verdictOf(reasons: PageReason[], brandId: string, foreignOwner = false): PageVerdict {
  const hardAsk = reasons.some(isHardAsk);
  const sum = (g: string, pick: (r: PageReason) => boolean = () => true) =>
    reasons.filter((r) => r.group === g && pick(r)).reduce((n, r) => n + r.weight, 0);
  const identity = tenth(sum('identity'));
  // Words alone ("환불", "배송 지연", "본인 인증", "24시간 이내") never make the risk: a page must ask for
  // something, post it elsewhere, or push an app. Without such a hard reason soft words stay below RISK_MIN.
  const hard = sum('risk', (r) => !SOFT_CODES.has(r.code));
  const soft = sum('risk', (r) => SOFT_CODES.has(r.code));
  const risk = tenth(hard + (hard > 0 ? soft : Math.min(soft, SOFT_ONLY_MAX)));
  const slot = reasons.some((r) => r.group === 'identity' && r.weight >= 2 && !NOT_SLOT.test(r.code));
  // The brand said in a sentence rather than a slot ("쿠팡 고객님, 피해보상을…" under a generic title) still
  // speaks as the brand when nothing on the page says whose page it is instead and the page asks for data
  // no one may ask for under that name (resident number, card, account, customs code, identity bundle, APK).
  const context = reasons.some((r) => r.group === 'identity' && r.weight < 0) || foreignOwner;
  const spoken = !context && hardAsk && identity >= LOW_IDENTITY_MIN && risk >= HARD_RISK_MIN;
  const suspicious = (slot && identity >= IDENTITY_MIN && risk >= RISK_MIN) || spoken;
  reasons.sort((a, b) => (a.group === b.group ? b.weight - a.weight : a.group === 'identity' ? -1 : 1));
  const verdict: PageVerdict = {
    verdict: suspicious ? 'suspicious-page' : 'clean',
    score: tenth(Math.max(0, identity) + risk),
    reasons,
    identity,
    risk,
  };
  if (suspicious) verdict.brand = brandId;
  // (the page names another owner: kept for the tab's verdict, which judges the frames' reasons again — frames.ts)
  if (foreignOwner) verdict.owner = true;
  return verdict;
}
