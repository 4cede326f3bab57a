/**
 * classify(): one URL or host in, one verdict out (official, blocked, lookalike, unknown, invalid) with reasons.
 * Hot path (every navigation, a million hosts in the benchmark): one pass over a plain host's characters collecting
 * label boundaries and letter masks, a map look-up per label for the lists, the public suffix, and a popcount per
 * label and brand token. Only labels that hold most of a brand's letters and its shape (prefilter.ts) go on to the
 * matcher (match-brand.ts).
 */
import punycode from 'punycode/punycode.js';
import type { ListData } from '../lists/schema';
import { bundledList } from '../lists/bundled';
import {
  compileLists,
  GATE_FIELDS,
  GATES_PER_WORD,
  isCompiled,
  lastTwoLabels,
  mayBeRegistrable,
  officialEntryOf,
  TOKEN_FIELDS,
  type BrandInfo,
  type CompiledLists,
  type OfficialEntry,
  type RedirectRule,
  struckName,
  threeKey,
} from './compile';
import type { SharedHostRule } from './path-site';
import {
  keyboardSlip,
  keyNeighbours,
  matchLabel,
  matchSplit,
  matchSuffixSlip,
  soundKey,
  SUFFIX_SLIP_MIN,
  tokenSoundKey,
  TWO_SLIPS_MIN,
  type LabelMatch,
} from './match-brand';
import {
  composeSyllable,
  editDistance,
  hangulToKeys,
  keysToHangul,
  romanize,
  syllableParts,
} from '../letters';
import { foldLabel } from './fold';
import { MAX_INPUT, parseInput } from './parse-input';
import {
  APP_HINT,
  appPackage,
  ENCODED_LETTER,
  articleSegment,
  kitPage,
  lurePage,
  pathSites,
  staticLurePage,
  words,
  type PathSite,
} from './path-site';
import {
  asciiLabelShape,
  CLASS_CODE,
  letterMask,
  maskClasses,
  DOT,
  HOST_CHAR,
  hostLabelMask,
  NOT_LETTER,
  OTHER,
  mayLookAlike,
  maySlip,
  pairBit,
  popcount,
  type LabelShape,
} from './prefilter';
import {
  asksForSomething,
  aboutBrand,
  breachFigureName,
  communityName,
  tradeName,
  extraWords,
  GLUE_LONGEST,
  hasKoreanLure,
  gluedKoreanLure,
  hasLureWord,
  lureAmongWords,
  stockHandout,
  authorityOnly,
  investorWords,
  hasStrongLure,
  holdsLureWord,
  isGlueWord,
  isCheapTld,
  isLureTld,
  isNotoriousTld,
  isThrowawayTld,
  isKitTld,
  landingName,
  offerPortalName,
  directoryName,
  newsName,
  PATH_FILLER,
  regionTagOnly,
  romanisedKorean,
  TRADE,
} from './lure';
import { base64Text, decodings } from './encoded';
import { isMixedScript, scriptsOf } from './scripts';
import { CODE_MASK, publicSuffix, publicSuffixStart, scannedSuffixStart, suffixEnd } from './suffix';
import type { DomainVerdict, Reason } from './types';

let bundledCompiled: CompiledLists | undefined;
const compiledCache = new WeakMap<ListData, CompiledLists>();

function resolveLists(lists: ListData | CompiledLists | undefined): CompiledLists {
  if (!lists) return (bundledCompiled ??= compileLists(bundledList));
  if (isCompiled(lists)) return lists;
  let c = compiledCache.get(lists);
  if (!c) compiledCache.set(lists, (c = compileLists(lists)));
  return c;
}

// Scratch space for the label scan (classify is synchronous, so one set is enough). A host has at most 127 labels.
const labelStart = new Int32Array(130);
const labelMask = new Int32Array(130);
/** scan(): each label's code for the public suffix lookup (suffix.ts), valid when `scannedPlain` */
const labelCode = new Int32Array(130);
/** scan(): the last scan was of a plain host (lower-case ASCII labels, none empty) */
let scannedPlain = false;
/** scan(): the letters of every label but the last two (with the last but one's in labelMask) */
let unionBefore = 0;
/** scan(): a label but the last starts with the first two letters of one of the brand's abbreviations */
let shortSeen = false;
/** scan(): a label starts with `xn--` (punycode), found on the way instead of by a second search of the host */
let punySeen = false;
/** scan(): the letters of every label together (masksFrom(0, n), without a second pass over the masks), HYPHEN too */
let unionAll = 0;
/**
 * scan(): could a label hold eight digits (mayHoldEightDigits)? Found on the way instead of by a second pass over the
 * labels.
 */
let longNotLetter = false;
/**
 * scan(): the first k whose dot (the one before label k) may have a token spelled across it, for splitMayImitate: the
 * letters on both sides (folded, foldedAt) are a pair of neighbours in a token (compile.ts splitPairs), or a hyphen, a
 * dot or an empty label is beside it (left to the full search); 1 << 30 when no dot has. Most hosts have no token's
 * pair at any dot; the scan has the characters beside each dot at hand, so that test reads none of them again.
 */
let pairDot = 0;
/** scan(): the host it read to the end and the labels it found there (its return value), for scannedLabels */
let scannedHost = '';
let scanCount = 0;
/** Letters a label starting with `xn--` holds (x, n and a hyphen): only such labels are read for the prefix. */
const PUNY_MASK = HOST_CHAR[120]! | HOST_CHAR[110]! | NOT_LETTER;

/** Does a label start at host[start] with `xn--`? */
function punyAt(host: string, start: number): boolean {
  return (
    host.charCodeAt(start + 3) === 45 &&
    host.charCodeAt(start + 2) === 45 &&
    host.charCodeAt(start) === 120 &&
    host.charCodeAt(start + 1) === 110
  );
}

/** The letters no digit sets in a mask (HOST_CHAR reads 0 and 1 as o and l): a-z but o and l. */
const NON_DIGIT_LETTERS = ((1 << 26) - 1) & ~(HOST_CHAR[48]! | HOST_CHAR[49]!) & ~NOT_LETTER;

/**
 * Could a label of `len` characters with letter mask `mask` hold eight digits (longDigitRun's official number)? It
 * must be eight characters or more with digits among them, and each distinct letter but o and l (which 0 and 1 set)
 * takes a place no digit has: most long labels with a digit or two (`x7k2mq9ab`) hold too many letters.
 */
function mayHoldEightDigits(mask: number, len: number): boolean {
  return len > 7 && (mask & NOT_LETTER) !== 0 && popcount(mask & NON_DIGIT_LETTERS) <= len - 8;
}

/**
 * HOST_CHAR for the scan: a hyphen also sets HYPHEN, which the labels' masks leave out and `unionAll` keeps (a host
 * with digits but no hyphen is then not searched for one).
 */
const HYPHEN = 1 << 27;
const SCAN_CHAR = HOST_CHAR.slice();
SCAN_CHAR[45] = NOT_LETTER | HYPHEN;

const PAIR_BIT = new Int32Array(26 * 26);
for (let a = 0; a < 26; a++) for (let b = 0; b < 26; b++) PAIR_BIT[a * 26 + b] = pairBit(a, b);

/**
 * One pass over a host: label starts and letter masks. With `plain`, only lower-case [a-z0-9-] labels of 1-63
 * characters pass, and a last label starting with a digit (IPv4 in any notation) is left to the URL parser.
 * Returns the label count, 0 when `plain` and the host is not plain.
 */
function scan(host: string, plain: boolean, lists: CompiledLists): number {
  const len = host.length;
  if (plain && (len === 0 || len > 253)) return 0;
  const { shortStarts, shortMask, splitPairs } = lists;
  shortSeen = false;
  pairDot = 1 << 30;
  punySeen = false;
  scannedPlain = false;
  scannedHost = '';
  let long = false;
  let n = 0;
  let mask = 0;
  let code = 0;
  let start = 0;
  let before = 0;
  labelStart[0] = 0;
  for (let i = 0; i < len; i++) {
    const c = host.charCodeAt(i);
    const b = c < 128 ? SCAN_CHAR[c]! : OTHER;
    if (b > 0) {
      mask |= b;
      code = ((code << 7) | c) & CODE_MASK;
    } else if (b === DOT) {
      if (plain && (i === start || i - start > 63)) return 0;
      labelMask[n] = mask & ~HYPHEN;
      labelCode[n] = code;
      code = 0;
      // the letters of every label but the last (splitMayImitate), up to the one before it
      unionBefore = before & ~HYPHEN;
      // a label that starts as one of the brand's abbreviations do (findShort): a table probe per label holding
      // their first letters (any label of a host that is not plain: a character past ASCII folds onto one)
      if (
        i - start > 1 &&
        (!plain || (mask & shortMask) === shortMask) &&
        shortStarts[shortKey(host, start)] === 1
      )
        shortSeen = true;
      if ((mask & PUNY_MASK) === PUNY_MASK && punyAt(host, start)) punySeen = true;
      if (!long && mayHoldEightDigits(mask, i - start)) long = true;
      // (pairDot's test of this dot, the one before label n + 1)
      if (pairDot === 1 << 30) {
        const a = i === start ? -1 : foldedAt(host, i - 1);
        const z = foldedAt(host, i + 1);
        if (a < 0 || z < 0 || (a < 128 && z < 128 && splitPairs[(a << 7) | z] === 1)) pairDot = n + 1;
      }
      before |= mask;
      mask = 0;
      if (++n > 127) return 0;
      start = i + 1;
      labelStart[n] = start;
    } else if (b === OTHER && plain) return 0;
  }
  if (plain) {
    if (start === len || len - start > 63) return 0;
    const last = host.charCodeAt(start);
    if (last >= 48 && last <= 57) return 0;
  }
  if ((mask & PUNY_MASK) === PUNY_MASK && punyAt(host, start)) punySeen = true;
  labelMask[n] = mask & ~HYPHEN;
  labelCode[n] = code;
  labelStart[n + 1] = len + 1;
  unionAll = before | mask;
  longNotLetter = long || mayHoldEightDigits(mask, len - start);
  scannedPlain = plain;
  scannedHost = host;
  return (scanCount = n + 1);
}

/** host.split('.') from the last scan's label starts when that scan read `host` (judge's): no runtime split. */
function scannedLabels(host: string): string[] {
  if (host !== scannedHost) return host.split('.');
  const n = scanCount;
  const labels = new Array<string>(n);
  for (let k = 0; k < n; k++) labels[k] = host.slice(labelStart[k]!, labelStart[k + 1]! - 1);
  return labels;
}

/**
 * The pairs of neighbouring look-alike classes in host[start, end) (prefilter.ts); the classes themselves are its
 * letter mask's (maskClasses).
 */
let pairsOut = 0;
function classesOf(host: string, start: number, end: number): void {
  let pairs = 0;
  let prev = -1;
  for (let i = start; i < end; i++) {
    const c = host.charCodeAt(i);
    const k = c < 128 ? CLASS_CODE[c]! : -1;
    if (k >= 0) {
      if (k !== prev) {
        if (prev >= 0) pairs |= PAIR_BIT[prev * 26 + k]!;
        prev = k;
      }
    } else if (c !== 45) prev = -1; // hyphens fold away, other digits break the class string
  }
  pairsOut = pairs;
}

/** The reasons of a plain unknown host: shared, so the common case allocates one object less (never mutated). */
const NO_REASONS: Reason[] = Object.freeze([]) as unknown as Reason[];

const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/;
/**
 * A wildcard DNS service's host that names only an IP address, dotted or dashed (`178-9-127-70.sslip.io`,
 * `1.2.3.4.nip.io`): the address, and the service's registrable domain.
 */
const IP_DNS_NAME = /^(\d{1,3}(?:[.-]\d{1,3}){3})\.((?:sslip|nip)\.io)$/;

function verdict(
  input: string,
  kind: DomainVerdict['verdict'],
  hostname: string | null,
  unicodeHostname: string | null,
  registrableDomain: string | null,
  reasons: Reason[],
  brand?: LabelMatch['brand'],
): DomainVerdict {
  const v: DomainVerdict = { input, verdict: kind, hostname, unicodeHostname, registrableDomain, reasons };
  if (brand) v.brand = brand; // frozen at compile time
  return v;
}

/** A look-alike (or blocked, when the host is also on the block list) verdict from what a rule found. */
function flaggedBy(
  input: string,
  blocked: boolean,
  host: string,
  unicodeHost: string,
  registrable: string | null,
  found: { reasons: Reason[]; brand?: LabelMatch['brand'] },
): DomainVerdict {
  return verdict(
    input,
    blocked ? 'blocked' : 'lookalike',
    host,
    unicodeHost,
    registrable,
    found.reasons,
    found.brand,
  );
}

/** Unicode form of one ASCII label ("xn--" labels decoded; undecodable ones kept as they are). */
export function toUnicodeLabel(label: string): string {
  if (!label.startsWith('xn--')) return label;
  try {
    return punycode.decode(label.slice(4));
  } catch {
    return label;
  }
}

function toUnicodeHost(host: string): string {
  return host.split('.').map(toUnicodeLabel).join('.');
}

function pathMatches(rulePath: string | undefined, path: string): boolean {
  return rulePath === undefined || path.startsWith(rulePath);
}

function underWide(host: string, wide: readonly string[]): boolean {
  if (wide.length === 0) return false;
  const dotted = '.' + host;
  return wide.some((w) => dotted.endsWith(w));
}

interface ListHit {
  official?: { entry: OfficialEntry; key: string };
  blocked?: { source: string; key: string };
}

/** Walks the host's suffixes (a.b.c, b.c, c) through the lists. */
function lookUp(
  host: string,
  n: number,
  regLabel: number,
  registrable: string | null,
  lists: CompiledLists,
  path: string,
): ListHit | null {
  const { hosts, registrables, wide } = lists;
  // most hosts: the letters of the registrable domain's first label match no entry's (a small-integer set)
  const known =
    registrable !== null && mayBeRegistrable(lists, labelMask[regLabel]!) && registrables.has(registrable);
  if (!known && !underWide(host, wide)) return null;
  let hit: ListHit | null = null;
  for (let k = 0; k < n; k++) {
    const key = k === 0 ? host : host.slice(labelStart[k]);
    const e = hosts.get(key);
    if (!e) continue;
    hit ??= {};
    if (e.official && !hit.official && (k === 0 || e.official.subdomains))
      hit.official = { entry: e.official, key };
    if (e.blocked && !hit.blocked) {
      const rule = e.blocked.find((r) => (k === 0 || r.subdomains) && pathMatches(r.path, path));
      if (rule) hit.blocked = { source: rule.source, key };
    }
  }
  return hit;
}

/** Does the ASCII label host[start, end) contain `text` once folded (0 as o, 1 as l, no hyphens)? */
function foldedIncludes(
  host: string,
  start: number,
  end: number,
  plainLetters: boolean,
  text: string,
): boolean {
  if (plainLetters) {
    const at = host.indexOf(text, start);
    return at >= 0 && at + text.length <= end;
  }
  return foldAscii(host, start, end).includes(text);
}

/**
 * Necessary condition for label `k` of a scanned ASCII host to imitate a brand, without building strings for most
 * labels: it spells a token out (it holds all its letters), shows it with look-alikes (it holds all its look-alike
 * classes and class pairs, and then its class string, prefilter.ts), or could be it with one slip (all letters but
 * one, fitting length).
 */
function labelMayImitate(host: string, k: number, lists: CompiledLists, open = -1): boolean {
  const table = lists.tokenTable;
  const gates = lists.gateTable;
  const mask = labelMask[k]!;
  const start = labelStart[k]!;
  const end = labelStart[k + 1]! - 1;
  const plainLetters = (mask & NOT_LETTER) === 0;
  let shape: LabelShape | undefined;
  let classed = false;
  // the label's look-alike classes from its letters: classesOf reads its characters only for the class pairs
  const classes = maskClasses(mask);
  // (`open`: a bit per gate whose letter count the label reaches, from mayImitate's packed counts; -1 unknown)
  const keyed = (lists.keyGates ? gatesByKey(mask, lists.keyGates) : -1) & open;
  // (gate i's bit counted alongside its row g: `g / GATE_FIELDS` is a division on every step; `keyed` is -1 or the
  // bits of 31 gates at most, as keyGates is only built for that many)
  for (let g = 0, i = 0; g < gates.length; g += GATE_FIELDS, i++) {
    if (keyed !== -1 && ((keyed >>> i) & 1) === 0) continue;
    if ((mask & gates[g + 4]!) === 0 || popcount(mask & gates[g]!) < gates[g + 1]!) continue;
    for (let f = gates[g + 2]! * TOKEN_FIELDS, to = gates[g + 3]! * TOKEN_FIELDS; f < to; f += TOKEN_FIELDS) {
      const letters = popcount(mask & table[f]!);
      if (letters < table[f + 3]!) continue;
      const t = lists.tokens[table[f + 6]!]!;
      const distinct = table[f + 4]!;
      const mode = table[f + 5]!;
      if (letters === distinct && foldedIncludes(host, start, end, plainLetters, t.text)) return true;
      if (mode === 0) continue;
      // a core name with a slip and a word glued on, or two slipped keys (match-brand.ts): rare shapes, by length
      if (mode === 2 && plainLetters && t.kind === 'name') {
        const len = end - start;
        if (len > t.text.length + 1 && len <= t.text.length + 1 + GLUE_LONGEST) {
          if (letters === distinct) return true;
          // the slip may have taken a letter of the name (`securitycoupany`, `ceupangauth`): then the glued word
          // must be there, at one end, which most labels holding six of the name's letters fail cheaply
          if (
            letters === distinct - 1 &&
            gluedEnd(host, start, end, t.text.length, lists, table[f]!, distinct)
          )
            return true;
        }
        // two slipped keys, the first or last letter among them (`xoupanf`: x for c, f for g)
        if (
          len === t.text.length &&
          len >= TWO_SLIPS_MIN &&
          nearKey(host[start]!, t.text[0]!) &&
          nearKey(host[end - 1]!, t.text[len - 1]!)
        )
          return true;
        // as it sounds, with a look-alike letter (`cupanq`, `cowpamg`): as long as the name or a letter shorter (ou
        // written u), its first sound kept
        if (
          t.text.length >= TWO_SLIPS_MIN &&
          len >= t.text.length - 1 &&
          len <= t.text.length &&
          soundFirst(host.charCodeAt(start)) === soundFirst(t.text.charCodeAt(0)) &&
          soundVowel(host.charCodeAt(start + 1)) === soundVowel(t.text.charCodeAt(1)) &&
          CLASS_CODE[host.charCodeAt(end - 1) & 127] ===
            CLASS_CODE[t.text.charCodeAt(t.text.length - 1) & 127]
        )
          return true;
      }
      // a digit for a letter (`parcel-coup4ng`, 4 for a): a slip on a whole token the digit would otherwise split
      if (
        mode === 2 &&
        t.kind === 'name' &&
        !plainLetters &&
        letters >= distinct - 1 &&
        digitFour(host, start, end)
      )
        return true;
      const slip = mode === 2 && letters >= distinct - 1;
      const classesHeld = (classes & table[f + 1]!) === table[f + 1]!;
      if (!slip && !classesHeld) continue;
      if (classesHeld && !classed) {
        classesOf(host, start, end);
        classed = true;
      }
      const lookAlike = classesHeld && (pairsOut & table[f + 2]!) === table[f + 2]!;
      if (!slip && !lookAlike) continue;
      if (slip && plainLetters && Math.abs(end - start - t.text.length) <= 1) return true;
      // (the label's shape only where it is read: a label of letters alone that holds a slip's letters but is not of
      // the token's length, most of those that come here, needs none)
      if (lookAlike) {
        shape ??= asciiLabelShape(host.slice(start, end));
        if (mayLookAlike(shape, t.shape)) return true;
      }
      if (slip && !plainLetters) {
        shape ??= asciiLabelShape(host.slice(start, end));
        for (let r = 0; r < shape.ranges.length; r++) if (maySlip(shape, r, t.shape)) return true;
      }
    }
  }
  return false;
}

/**
 * Does host[start, end) start or end with a lure or filler word or one of the brand's own words (`wow`, `eats`), the
 * rest as long as a name of `n` letters ± 1?
 */
function gluedEnd(
  host: string,
  start: number,
  end: number,
  n: number,
  lists: CompiledLists,
  name: number,
  distinct: number,
): boolean {
  const own = lists.brandWords;
  // no such word starts or ends with the label's first or last two letters: nothing to slice (most labels)
  const head = (lists.glueEnds[shortKey(host, start)]! & 1) !== 0;
  const tail = (lists.glueEnds[shortKey(host, end - 2)]! & 2) !== 0;
  // or romanised Korean glued after it (`copangjiyeon`, 지연: match-brand.ts's gluedSlip), only where the label
  // holds a vowel the Revised Romanization writes so (romanisedKorean)
  const korean = rrMarked(host, start, end);
  if (!head && !tail && !korean) return false;
  const len = end - start;
  for (let w = Math.max(2, len - n - 1); w <= len - n + 1; w++) {
    // the rest is one slip of the name (or two look-alike letters): it holds all the name's letters but two at most
    // (`playground` is play + ground, four of coupang's letters)
    if (head && restHolds(host, start + w, end, name, distinct)) {
      const word = host.slice(start, start + w);
      if (isGlueWord(word) || own.has(word)) return true;
    }
    if ((tail || korean) && restHolds(host, start, end - w, name, distinct)) {
      const word = host.slice(end - w, end);
      if (tail && (isGlueWord(word) || own.has(word))) return true;
      if (korean && w >= 5 && romanisedKorean(word)) return true;
    }
  }
  return false;
}

/** Does host[start, end) hold `eo`, `eu`, `ae` or `oe`, vowels only romanised Korean writes so (lure.ts's RR_MARK)? */
function rrMarked(host: string, start: number, end: number): boolean {
  for (let i = start + 1; i < end; i++) {
    const a = host.charCodeAt(i - 1);
    const b = host.charCodeAt(i);
    // e·o, e·u, a·e, o·e
    if ((a === 101 && (b === 111 || b === 117)) || (b === 101 && (a === 97 || a === 111))) return true;
  }
  return false;
}

/** Does host[from, to) hold all but two at most of the `distinct` letters of a name whose letter mask is `name`? */
function restHolds(host: string, from: number, to: number, name: number, distinct: number): boolean {
  let mask = 0;
  for (let i = from; i < to; i++) {
    const b = HOST_CHAR[host.charCodeAt(i) & 127]!;
    if (b > 0) mask |= b;
  }
  return popcount(mask & name) >= distinct - 2;
}

/** Does host[start, end) hold the digit 4 (written for an a)? */
function digitFour(host: string, start: number, end: number): boolean {
  const at = host.indexOf('4', start);
  return at >= 0 && at < end;
}

/** A letter's first sound as soundKey reads it (k and q as c). */
/** The same letter or a key next to it. */
const nearKey = (a: string, b: string): boolean => a === b || keyNeighbours(a, b);

const soundFirst = (c: number): number => (c === 107 || c === 113 ? 99 : c);
/** A vowel as soundKey reads it (o as u). */
const soundVowel = (c: number): number => (c === 111 ? 117 : c);

/** Necessary condition for the first `last` labels (of `n`, as scanned) run together to spell a token out ("cou.pang.com"). */
function splitMayImitate(host: string, last: number, n: number, lists: CompiledLists): boolean {
  // the letters beside the dots first (the scan's pairDot: no dot before label `last` has a token's pair), where the
  // letter masks below leave a token possible for most hosts (they hold a dozen letters and more together)
  if (last < 2 || pairDot >= last) return false;
  const split = lists.splitTable;
  // scan() kept the union of the labels before the last two; last is n - 1 or n
  let union = unionBefore | labelMask[n - 2]!;
  if (last === n) union |= labelMask[n - 1]!;
  for (let g = 0; g < split.length; g += 2 + 2 * split[g + 1]!) {
    if ((union & split[g]!) !== split[g]!) continue; // every member holds the group's letters
    for (let f = g + 2, to = g + 2 + 2 * split[g + 1]!; f < to; f += 2) {
      if ((union & split[f]!) !== split[f]!) continue;
      if (foldedHas(host, labelStart[last]! - 1, lists.tokens[split[f + 1]!]!.text)) return true;
    }
  }
  return false;
}

/** Folded host character at i (foldAscii's reading): 0 and 1 as o and l; -1 for dots and hyphens, which fold away. */
function foldedAt(host: string, i: number): number {
  const c = host.charCodeAt(i);
  return c === 46 || c === 45 ? -1 : c === 48 ? 111 : c === 49 ? 108 : c;
}

/** Does host[0, end) folded (foldAscii) contain `text`? Without building the folded string. */
function foldedHas(host: string, end: number, text: string): boolean {
  const first = text.charCodeAt(0);
  for (let i = 0; i < end; i++) {
    if (foldedAt(host, i) !== first) continue;
    let j = i + 1;
    let k = 1;
    for (; k < text.length && j < end; j++) {
      const c = foldedAt(host, j);
      if (c === -1) continue;
      if (c !== text.charCodeAt(k)) break;
      k++;
    }
    if (k === text.length) return true;
  }
  return false;
}

/** May the core name run from the registrable label into a one-label suffix with a slip ("coupa.ing")? */
function suffixSlipMay(host: string, n: number, lists: CompiledLists): boolean {
  const start = labelStart[n - 2]!;
  const len = labelStart[n - 1]! - 1 - start;
  if (len < SUFFIX_SLIP_MIN || (lists.coreFirst !== -1 && host.charCodeAt(start) !== lists.coreFirst))
    return false;
  let key: string | undefined;
  for (const name of lists.coreNames) {
    if (len >= name.length) continue;
    let i = 0;
    while (i < len && host.charCodeAt(start + i) === name.charCodeAt(i)) i++;
    if (i === len) return true;
    if (name.length < TWO_SLIPS_MIN) continue;
    // as it sounds (`cuopa.ng`): the label's sound key starts the name's
    key ??= soundKey(host.slice(start, start + len));
    if (tokenSoundKey(name).startsWith(key)) return true;
  }
  return false;
}

/** Bit per gate whose key letters the letter mask holds (CompiledLists.keyGates). */
function gatesByKey(mask: number, keyGates: Int32Array): number {
  return (
    keyGates[mask & 127]! |
    keyGates[128 + ((mask >>> 7) & 127)]! |
    keyGates[256 + ((mask >>> 14) & 127)]! |
    keyGates[384 + ((mask >>> 21) & 31)]!
  );
}

function endsToken(host: string, start: number, tails: Uint8Array): boolean {
  const a = host.charCodeAt(start) & 127;
  if (tails[a] === 1) return true;
  const b = start + 1 < host.length ? host.charCodeAt(start + 1) & 127 : 0;
  return tails[(a << 7) | b] === 2;
}

/** The lists fewestGateLetters read last, and the fewest letters any of their gates opens with. */
let fewestLists: CompiledLists | null = null;
let fewestLast = 0;
/** The fewest of a label's letters that open a gate (a label of fewer characters holds fewer letters). */
function fewestGateLetters(lists: CompiledLists): number {
  if (fewestLists !== lists) {
    const gates = lists.gateTable;
    fewestLast = gates.length === 0 ? 64 : Infinity;
    for (let g = 0; g < gates.length; g += GATE_FIELDS) fewestLast = Math.min(fewestLast, gates[g + 1]!);
    fewestLists = lists;
  }
  return fewestLast;
}

/**
 * Bit j for each five-bit field j of a packed gate-count word (compile.ts) whose top bit (5j + 4) is set: the gates
 * of that word the label opens.
 */
function fieldTops(carried: number): number {
  let bits = 0;
  for (let j = 0; j < GATES_PER_WORD; j++) bits |= ((carried >>> (5 * j + 4)) & 1) << j;
  return bits;
}

/** Bit of mayImitate's result: the labels run together may spell a token out. */
const SPLIT = 1 << 31;
/** mayImitate(): bit k for each label k < 31 whose letters open a gate, whatever labelMayImitate then said */
let openedOut = 0;

/**
 * Which labels of the scanned ASCII host (but the top-level one) may imitate a brand: bit k for label k (labels
 * from the 31st on always count), SPLIT for the labels run together. 0: nothing to match.
 */
function mayImitate(host: string, n: number, lists: CompiledLists): number {
  const gates = lists.gateTable;
  const counts = lists.gateCounts;
  let found = 0;
  let opened = 0;
  const fewest = fewestGateLetters(lists);
  for (let k = 0; k < n - 1; k++) {
    // a label shorter than any gate's count of letters opens none (`www`, `m`, `api`): not even its mask is read
    if (labelStart[k + 1]! - labelStart[k]! <= fewest) continue;
    // most labels hold too few of any gate's letters: decided without a call
    const mask = labelMask[k]!;
    let open = false;
    // (with the packed counts: a bit per gate whose count the label reaches, so that labelMayImitate tries no other)
    let gateBits = -1;
    if (counts) {
      // every gate's count of the label's letters at once, carried into a field's top bit when enough (compile.ts)
      const a = mask & 127;
      const b = 128 + ((mask >>> 7) & 127);
      const c = 256 + ((mask >>> 14) & 127);
      const d = 384 + ((mask >>> 21) & 127);
      const { gateBias: bias, gateHigh: high } = lists;
      gateBits = 0;
      for (let w = 0, o = 0; w < bias.length; w++, o += 512) {
        const carried =
          (counts[o + a]! + counts[o + b]! + counts[o + c]! + counts[o + d]! + bias[w]!) & high[w]!;
        if (carried !== 0) gateBits |= fieldTops(carried) << (GATES_PER_WORD * w);
      }
      open = gateBits !== 0;
    } else if (lists.keyGates) {
      // only the gates whose key letters the label holds: usually none
      for (let bits = gatesByKey(mask, lists.keyGates); bits !== 0 && !open; bits &= bits - 1) {
        const g = (31 - Math.clz32(bits & -bits)) * GATE_FIELDS;
        open = popcount(mask & gates[g]!) >= gates[g + 1]!;
      }
    } else
      for (let g = 0; g < gates.length && !open; g += GATE_FIELDS)
        open = (mask & gates[g + 4]!) !== 0 && popcount(mask & gates[g]!) >= gates[g + 1]!;
    if (open && k < 31) opened |= 1 << k;
    if (open && labelMayImitate(host, k, lists, gateBits)) found |= k < 31 ? 1 << k : SPLIT;
  }
  openedOut = opened;
  if (n > 2 && pairDot < n - 1 && splitMayImitate(host, n - 1, n, lists)) found |= SPLIT;
  // the brand may run on into the top-level label ("xcoupa.ng") only when that label starts with a token's end
  else if (
    n > 1 &&
    pairDot < n &&
    endsToken(host, labelStart[n - 1]!, lists.tails) &&
    splitMayImitate(host, n, n, lists)
  )
    found |= SPLIT;
  return found;
}

/** host[start, end) folded for matching: dots and hyphens dropped, 0 and 1 read as o and l. */
function foldAscii(host: string, start: number, end: number): string {
  let out = '';
  for (let i = start; i < end; i++) {
    const c = host.charCodeAt(i);
    if (c === 46 || c === 45) continue;
    out += c === 48 ? 'o' : c === 49 ? 'l' : host[i];
  }
  return out;
}

/** Index of the scanned label where the character index `at` (a public suffix's start) falls. */
function labelOf(n: number, at: number): number {
  let k = n - 1;
  while (k > 0 && labelStart[k]! > at) k--;
  return k;
}

function labelCount(s: string | null | undefined): number {
  if (!s) return 0;
  let c = 1;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) === 46) c++;
  return c;
}

function reason(code: Reason['code'], m: LabelMatch, ascii: string, detail?: string): Reason {
  const r: Reason = { code, brand: m.brand.id, match: m.label };
  if (ascii !== m.label) r.punycode = ascii;
  if (detail !== undefined) r.detail = detail;
  return r;
}

function positionReasons(
  reasons: Reason[],
  m: LabelMatch,
  ascii: string,
  where: 'registrable' | 'subdomain',
  next: string | undefined,
): void {
  if (m.hangul) reasons.push(reason('hangul-brand', m, ascii));
  if (m.swaps.length > 0) {
    const r = reason('homoglyph', m, ascii);
    r.swaps = m.swaps;
    reasons.push(r);
  }
  if (m.typo) reasons.push(reason('typo', m, ascii, m.typo));
  if (where === 'subdomain') {
    const comSuffix = next !== undefined && (next === 'com' || next.startsWith('com-'));
    reasons.push(reason('brand-in-subdomain', m, ascii, comSuffix ? 'com-suffix' : undefined));
  } else if (m.extra) reasons.push(reason('combosquat', m, ascii, m.extra));
}

interface BrandFinding {
  brand: LabelMatch['brand'];
  reasons: Reason[];
}

/**
 * A Korean suffix (.kr, .co.kr, .한국): the Revised Romanization of 쿠팡 is a city in Indonesia, but not on a
 * Korean domain, where it is the brand spelled as Koreans do.
 */
function koreanSuffix(suffix: string | null): boolean {
  return suffix !== null && (suffix === 'kr' || suffix.endsWith('.kr') || suffix === 'xn--3e0b707e');
}

/**
 * A label that starts with one of the brand's abbreviations (`cpng-refund.kr`, `cp7011-bosang.com`, `cpaybosang`)
 * and goes on with lure words only. The abbreviations mean many things, so it takes a second cue as well: a
 * Korean lure word, the last digits of an official number, or (for an abbreviation of four letters or more) a
 * Korean suffix. One probe per label: its first two letters.
 */
function shortKey(host: string, start: number): number {
  return (host.charCodeAt(start) & 127) * 128 + (host.charCodeAt(start + 1) & 127);
}

/** Does a label of the scanned host but the last start with one of the brand's abbreviations? */
function shortLabel(host: string, n: number, lists: CompiledLists): boolean {
  for (let k = 0; k < n - 1; k++) {
    const start = labelStart[k]!;
    if (lists.shortStarts[shortKey(host, start)] !== 1) continue;
    if (shortAt(host, start, lists.shortList)) return true;
  }
  return false;
}
/** Does the label at host[start] start with one of the brand's abbreviations? */
function shortAt(host: string, start: number, abbrs: readonly string[]): boolean {
  for (const abbr of abbrs) if (host.startsWith(abbr, start)) return true;
  return false;
}

/**
 * A tag of three to six letters and digits mixed after a word's hyphen, ending the label (`-4avh`, `-x9k2`): what a
 * site builder or a kit appends to make a name unique, no word.
 */
const GENERATED_TAG = /(?<=[a-z])-(?=[a-z]*\d)(?=\d*[a-z])[a-z0-9]{3,6}$/;
/** Nothing, or a tag of up to six letters and digits holding a digit (`7731`, `-qq8`): no word at all. */
const OWN_TAG = /^(?:-?(?=[a-z]*\d)[a-z0-9]{1,6})?$/;

/**
 * Korean web hosts, cheap or free, whose every subdomain is one customer's site (dothome, woobi, Cafe24's hosting
 * and app hosting, ivyro): Korean shoppers' and small firms' sites, where an abbreviation that names the brand alone
 * (`cpang`, `cpng`) as the account, a tag of digits after it or not, is the brand's name to every reader.
 */
const KOREAN_WEB_HOST = new Set([
  'dothome.co.kr',
  'woobi.co.kr',
  'mycafe24.com',
  'cafe24app.com',
  'ivyro.net',
]);

/** A domain's word after the abbreviation of a `com-` name (`com-cpang-net`): the rest of a host it plays. */
const COM_DASH_WORD = /^-(?:net|kr|co|www|m|app|web)$/;

/**
 * A registrable name of `com-` and an abbreviation that names the brand alone (ownShort: `cpang`, `cpng`, `coupg`),
 * then nothing, a tag of digits (`-7js`) or a domain's word (`-net`), on a TLD kits register by the hundred
 * (`com-cpang.vip`, `com-cpang-7js.vip`, `com-cpang-net.xin`): written after the brand's site in a text message it
 * reads as `coupang.com-cpang.vip`, the brand's own host going on. No honest name of any half starts with `com-`,
 * and the same on `.com`, `.kr` or `.co`, or with a word of its own (`com-cpang-studio`), stays anyone's.
 */
function findComDash(label: string, suffix: string, lists: CompiledLists): BrandFinding | null {
  if (!kitsRegisterCheaply(suffix) && !DRAWN_KIT_TLD.has(suffix)) return null;
  const rest = label.slice(4);
  for (const abbr of lists.ownShort) {
    if (!rest.startsWith(abbr)) continue;
    const tail = rest.slice(abbr.length);
    const brand = lists.shortNames.get(abbr);
    if (brand === undefined || (!OWN_TAG.test(tail) && !COM_DASH_WORD.test(tail))) continue;
    return {
      brand,
      reasons: [{ code: 'combosquat', brand: brand.id, match: label.slice(0, 63), detail: suffix }],
    };
  }
  return null;
}

/**
 * Does a word of `rest` (an abbreviation's other words) start with one of the brand's own words of three letters or
 * more glued to more of them, lure words or fillers only (`paycheck`, `wowpay`, `payhwakin`)? The abbreviation that
 * names the brand alone with its service's word glued on is that service's name (`cpangpay`), as it is hyphenated.
 */
function gluedBrandWord(rest: string, lists: CompiledLists): boolean {
  let glued = false;
  for (const w of rest.split(/[-_.0-9]+/)) {
    if (!w || lists.brandWords.has(w)) continue;
    if (w.length > 30) return false;
    let head = false;
    for (const b of lists.brandWords)
      if (b.length >= 3 && b.length < w.length && w.startsWith(b)) head = true;
    if (head) glued = true;
    if (extraWords(w, undefined, lists.brandWords) === 'other') return false;
  }
  return glued;
}

/** The TLDs a service's customer accounts sit under as subdomains (`<firm>.zendesk.com`). */
const ESTABLISHED_SAAS_TLD = /^(?:com|net|io|co|app|dev)$/;

/**
 * A page that hands out an app: a download or an install step (`down` too, as Korean sites name it), or an Android
 * package (`/app/download`, `/x.apk`).
 */
const APP_STEP = /(?:^|\/)(?:download|install|setup|down)(?:[./?#]|$)|\.apk(?:$|[?#])/i;

/**
 * How many of the brand's own words of three letters or more `text` is made of, glued or apart (`-wowpay`: 2), or 0
 * when any other word stands in it.
 */
function brandWordCount(text: string, lists: CompiledLists): number {
  let total = 0;
  for (const w of text.split(/[-_.0-9]+/)) {
    if (!w) continue;
    if (w.length > 24) return 0;
    // fewest words that spell w[0, i)
    const at = new Array<number>(w.length + 1).fill(Infinity);
    at[0] = 0;
    for (let i = 0; i < w.length; i++) {
      if (at[i] === Infinity) continue;
      for (const b of lists.brandWords)
        if (b.length >= 3 && w.startsWith(b, i) && at[i]! + 1 < at[i + b.length]!)
          at[i + b.length] = at[i]! + 1;
    }
    if (at[w.length] === Infinity) return 0;
    total += at[w.length]!;
  }
  return total;
}

/** Words of money paid back (findShort's refund-only names; Korean ones are Korean lure words already). */
const REFUND_WORDS = new Set(['refund', 'compensation']);

/** Is `text` words of money paid back (REFUND_WORDS) and nothing else, separators and digits aside? */
function refundOnly(text: string): boolean {
  const parts = text.split(/[-_.0-9]+/).filter((w) => w !== '');
  return parts.length > 0 && parts.length <= 2 && parts.every((w) => REFUND_WORDS.has(w));
}

/** Is `text` one to three words of romanised Korean (romanisedKorean) and nothing else, separators aside? */
function romanisedOnly(text: string): boolean {
  const parts = text.split(/[-_.0-9]+/).filter((w) => w !== '');
  return parts.length > 0 && parts.length <= 3 && parts.every((w) => romanisedKorean(w));
}

/**
 * The other words of an abbreviation that names the brand alone, heading the registrable name (findShort, domain71's
 * round): a lure word among words of its own on a TLD kits register cheaply or a hosting platform's site
 * (`cpang-damage-event.monster`, `cpng-address-fix.xyz`, `cpang-verify-x7.onrender.com`), or beside the ticker a
 * share's word and money handed out on any TLD (`cpng-stock-bonus.com`: a stock scam's). The abbreviation beside
 * words of its own only stays an investors', fans' or shop's name (`cpng-stock.top`, `cpang-studio.work`).
 */
function lureBesideOwnWords(
  rest: string,
  abbr: string,
  host: string,
  suffix: string,
  lists: CompiledLists,
): boolean {
  if (lists.tickers.has(abbr) && stockHandout(rest)) return true;
  const icann = publicSuffix(host, false);
  if (!(
    isCheapTld(icann) ||
    isKitTld(icann) ||
    icann !== suffix ||
    sharedRule(host, lists)?.hosting === true
  ))
    return false;
  return lureAmongWords(rest);
}

function findShort(
  host: string,
  n: number,
  suffix: string,
  path: string,
  lists: CompiledLists,
): BrandFinding | null {
  const last = n - labelCount(suffix);
  for (let k = 0; k < last; k++) {
    const start = labelStart[k]!;
    if (lists.shortStarts[shortKey(host, start)] !== 1) continue;
    const label = host.slice(start, labelStart[k + 1]! - 1);
    for (const [abbr, shortBrand] of lists.shortNames) {
      if (!label.startsWith(abbr)) continue;
      // the abbreviation with a service's own word (`cpngeats`, `cpeats-kr`): that service's name, abbreviated
      const service = serviceAfter(label, abbr.length, lists);
      const brand = service?.brand ?? shortBrand;
      const after = service?.end ?? abbr.length;
      // an abbreviation that names the brand alone (`cpng`, `cpang`), alone or with a throwaway tag of digits
      // (`cpng7731`, `cpang-x9`), as the registrable name on a TLD phishing registers most: nobody's but a kit's
      // (since domain62's round on every TLD and as a hosting platform's site: not one of the 110,000 benign names
      // holds one of them as a word, no half's honest row is one alone as a registrable name or a platform's site,
      // and 111 flag rows are; a subdomain of another name, `cpng.example.org`, stays anyone's)
      if (
        service === null &&
        lists.ownShort.has(abbr) &&
        OWN_TAG.test(label.slice(after)) &&
        (aloneOnBatchOnly
          ? k === last - 1 && shortBatchTld(publicSuffix(host, false))
          : k === last - 1 || (k === last - 2 && sharedRule(host, lists)?.hosting === true))
      )
        return {
          brand,
          reasons: [{ code: 'combosquat', brand: brand.id, match: label.slice(0, 63), detail: suffix }],
        };
      // an abbreviation that names the brand alone, as a subdomain of a registrable name of lure words only
      // (`cpng.refund-kr.cc`, `cpang.kr-login.xyz`): the landing says what it wants, the label whose
      if (service === null && k < last - 1 && lists.ownShort.has(abbr) && OWN_TAG.test(label.slice(after))) {
        // (the account name on a Korean web host, `cpang0132.dothome.co.kr`, `cpang01.ivyro.net`: domain40's
        // round; a Korean reader's free site named for the brand cut short, as `coupang0132` there already is)
        if (k === last - 2 && KOREAN_WEB_HOST.has(host.slice(labelStart[k + 1]!)))
          return {
            brand,
            reasons: [{ code: 'combosquat', brand: brand.id, match: label.slice(0, 63), detail: suffix }],
          };
        const reg = host.slice(labelStart[last - 1]!, labelStart[last]! - 1);
        if (reg.includes('-') ? landingName(reg) : extraWords(reg) === 'lure' && hasKoreanLure(reg))
          return {
            brand,
            reasons: [{ code: 'combosquat', brand: brand.id, match: label.slice(0, 63), detail: reg }],
          };
        // (since domain48's round the subdomain of any other name with a page under it that asks for a login, money
        // or an identity, `cpang.spo-korea.org/verify`: a kit's landing put on a site it took over. A firm's account
        // on a service's `.com` or `.net` (`cpang.zendesk.com/login`), a platform's site and the name alone with any
        // other page stay anyone's)
        if (
          k === last - 2 &&
          path.length > 2 &&
          // (the ticker over a forum's name, `cpng.stock-club.org/login`, is an investors' board)
          !lists.tickers.has(abbr) &&
          !ESTABLISHED_SAAS_TLD.test(suffix) &&
          publicSuffix(host, false) === suffix &&
          sharedRule(host, lists) === undefined &&
          asksIn(path.slice(0, 300))
        )
          return {
            brand,
            reasons: [
              { code: 'combosquat', brand: brand.id, match: label.slice(0, 63), detail: path.slice(0, 100) },
            ],
          };
      }
      // the abbreviation alone (`cpng.kr`) is anyone's: only a lure page under it (`/refund`, `/login`) speaks
      // (a generated tag after its words, `cpang-gyeolje-4avh`: a site builder's or a kit's suffix, no word)
      const rest =
        label.length === after
          ? (lurePath(path) ?? (service ? '' : null))
          : label.slice(after).replace(GENERATED_TAG, '');
      // (an investor's money words, `cpng-settlement`, are lure words beside the ticker alone)
      const words =
        rest === null ? 'other' : lists.ownShort.has(abbr) && investorWords(rest) ? 'lure' : extraWords(rest);
      const digits = rest?.match(/\d{4,}/g) ?? [];
      // the abbreviation beside an official number's last four digits and nothing else (`cpg-7011.com`: 1577-7011,
      // the customer centre): the number says whose line it is. Three letters at least (`cp-7011` is any part number)
      const numbered =
        words === 'none' &&
        abbr.length >= 3 &&
        digits.some((d) => d.length === 4 && lists.officialDigits.has(d));
      // an abbreviation that names the brand alone (`cpng`, the ticker) with the brand's own words (`cpang-wow`,
      // `cpang-eats`): no second cue needed. With English lure words only it stays anyone's (`cpng-support.com`, an
      // investors' forum's as well)
      // (and with a word for Korea only, `cpng-korea`, `cpngkorea`, as `cpng-kr` is with its lure word `kr`: the
      // ticker's company named for its home market)
      // (since domain44's round also beside an authority's name only, `police-cpang`, `moef-cpang`, turned round as
      // `cpang-police`: a fake notice's host; the ticker so only where kits register by the hundred)
      const own =
        lists.ownShort.has(abbr) &&
        rest !== null &&
        ((service !== null && words === 'none') ||
          (words === 'other' &&
            authorityOnly(rest) &&
            (!lists.tickers.has(abbr) || kitsRegisterCheaply(publicSuffix(host, false) ?? ''))) ||
          (label.length > after && regionTagOnly(rest)) ||
          (extraWords(rest, lists.brandWords) !== 'other' &&
            rest.split(/[-_.0-9]+/).some((w) => lists.brandWords.has(w))) ||
          // (since domain47's round with the brand's word glued on, `cpangpaycheck`, `coupgwowbosang`: the
          // hyphenated `cpang-pay-check` was one already)
          gluedBrandWord(rest, lists) ||
          // (since domain48's round with romanised Korean words only, `cpang-ebenteu` 이벤트, on a Korean suffix or a
          // TLD of throwaway names: the brand's Korean shoppers' words, as a listed Korean lure word is; the ticker
          // stays an investors')
          (words === 'other' &&
            label.length > after &&
            !lists.tickers.has(abbr) &&
            romanisedOnly(rest) &&
            (koreanSuffix(publicSuffix(host, false)) || isThrowawayTld(publicSuffix(host, false)))));
      // an abbreviation that names the brand alone as the registrable name with a word of its own (`cpng-ir`,
      // `cpang-x`) on a TLD phishing all but owns, whose page asks for a login, money, an identity or a parcel's
      // address (`/m/login.html`, `/delivery/address`): an investors' page has no sign-in of its own there, a kit's
      // has nothing else (domain36's round); the name alone there, or the same page on `.com`, stays anyone's
      if (
        service === null &&
        k === last - 1 &&
        label.length > after &&
        label.length - after <= 16 &&
        lists.ownShort.has(abbr) &&
        path.length > 2 &&
        isNotoriousTld(publicSuffix(host, false)) &&
        // (or hands out an app, `cpang-app.cyou/down`: the brand's apps come from the stores; domain48's round)
        (asksIn(path.slice(0, 300)) || APP_STEP.test(path.slice(0, 200)))
      )
        return {
          brand,
          reasons: [
            { code: 'combosquat', brand: brand.id, match: label.slice(0, 63), detail: path.slice(0, 100) },
          ],
        };
      // a short abbreviation (`cp`, `cpg`: a control panel's, Consumer Packaged Goods', many firms' initials) as the
      // registrable name with the brand's own service words only: two of them glued or apart (`cp-wowpay`, the WOW
      // membership's pay) on a Korean suffix or a lure TLD, or one (`cpg-pay`) on a Korean suffix under a page that
      // asks or hands out an app (`/app/download`): domain47's round. `cp-pay.kr`, `cpg-pay.co.kr` alone stay.
      if (
        service === null &&
        k === last - 1 &&
        label.length > after &&
        !lists.ownShort.has(abbr) &&
        !lists.weakWords.has(abbr)
      ) {
        // (the suffix first: a count only on a Korean suffix or a lure TLD)
        const icann = publicSuffix(host, false);
        const kr = koreanSuffix(icann);
        const count = kr || isLureTld(icann) ? brandWordCount(label.slice(after), lists) : 0;
        if (
          // (one of the two the brand's own, not a lure or filler word too: `wow` of `wowpay`; `paycenter` is anyone's)
          (count >= 2 &&
            [...lists.brandWords].some((b) => b.length >= 3 && !isGlueWord(b) && label.includes(b, after))) ||
          (count >= 1 &&
            abbr.length >= 3 &&
            kr &&
            path.length > 2 &&
            (APP_STEP.test(path.slice(0, 200)) || asksIn(path.slice(0, 300))))
        )
          return {
            brand,
            reasons: [{ code: 'combosquat', brand: brand.id, match: label.slice(0, 63), detail: suffix }],
          };
      }
      // an abbreviation of three letters or more as the registrable name with lure words and the word that leads the
      // brand's product line (`rocket` of Rocket WOW, Fresh, Jikgu…) apart from it (`cou-center-rocket`,
      // `cpg-update-rocket`), on a Korean suffix or a TLD of throwaway names: the product line says whose initials
      // they are, the lure words what the name wants (domain50's round). The abbreviation with the word alone
      // (`cpg-rocket`, a firm's product) or any other word, and every `.com`, stay
      if (
        service === null &&
        words === 'other' &&
        k === last - 1 &&
        abbr.length >= 3 &&
        rest !== null &&
        label.length > after &&
        productLineBeside(rest, lists) &&
        (isThrowawayTld(publicSuffix(host, false)) ||
          isNotoriousTld(publicSuffix(host, false)) ||
          koreanSuffix(publicSuffix(host, false)))
      )
        return {
          brand,
          reasons: [{ code: 'combosquat', brand: brand.id, match: label.slice(0, 63), detail: suffix }],
        };
      // an abbreviation that names the brand alone heading the registrable name with a lure word among words of its
      // own, on a cheap or kit TLD (`cpng-stock-bonus.xyz`, `cpang-damage-event.monster`): domain71's round
      if (
        service === null &&
        words === 'other' &&
        k === last - 1 &&
        rest !== null &&
        label.length > after &&
        lists.ownShort.has(abbr) &&
        lureBesideOwnWords(rest, abbr, host, suffix, lists)
      )
        return {
          brand,
          reasons: [
            { code: 'combosquat', brand: brand.id, match: label.slice(0, 63), detail: rest.slice(0, 63) },
          ],
        };
      if (words !== 'lure' && !(service && words === 'none') && !numbered && !own) continue;
      // an abbreviation that names the brand alone (`cpng`, `cpang`) as the registrable name with a lure word that
      // asks for a login, money or an identity (`cpang-refund.com`, `cpng-login.com`): nobody's name but a kit's
      // (since domain62's round with any lure word, `cpng-cs.com`, `cpang-track.net`: the data holds no honest name of
      // these abbreviations beside a lure word; the ticker beside a word of its own stays an investors',
      // `cpng-stock-notes`)
      const strong =
        service === null &&
        k === last - 1 &&
        words === 'lure' &&
        label.length > after &&
        lists.ownShort.has(abbr);
      // a Korean suffix, or a TLD phishing registers most (`cpng-refund.top`), is a cue for a long abbreviation;
      // so is a hosting platform when the label itself holds the lure words (`cpang-verify.azurewebsites.net`,
      // `cpng-login.weebly.com`): a private suffix, or a host the data says hands out subdomains as sites
      const place = () => {
        const icann = publicSuffix(host, false);
        if (koreanSuffix(icann) || isLureTld(icann)) return true;
        // (an abbreviation naming the brand alone with lure words on a TLD of throwaway names, `.work`, `.pw`,
        // `.cc`, as on a lure TLD: `cpang-help.work`, `coupg-member.work`, domain47's round)
        if (lists.ownShort.has(abbr) && isThrowawayTld(icann)) return true;
        return (
          label.length > after &&
          words === 'lure' &&
          (icann !== suffix || sharedRule(host, lists)?.hosting === true)
        );
      };
      const text = rest ?? '';
      // an abbreviation that is a word of its own (`coup`, the list's words) speaks to Korean shoppers only with
      // a Korean lure word or an official number's digits (`coup-bosang.kr`; never `coup-refund.kr`)
      const word = lists.weakWords.has(abbr);
      const cue =
        own ||
        strong ||
        // a service's word and a lure word (`cp-eats-refund`): the name says whose it is and what it wants
        (service !== null && words === 'lure') ||
        // a word for Korea in the name says so as a Korean suffix does (`cpng-kr.info`), for a long abbreviation
        (abbr.length >= 4 && !word && KOREA_WORD.test(label.slice(abbr.length))) ||
        hasKoreanLure(text) ||
        // (or in the subdomains its owner named below it, `yuchul-josa.cp-help.online`: 유출 조사, a leak's inquiry)
        (words === 'lure' && k === last - 1 && k > 0 && hasKoreanLure(host.slice(0, start - 1))) ||
        // an abbreviation that names the brand alone with lure words as the registrable name, and lure words only in
        // the subdomain its owner named below it (`promo.cpang-help.com`, `gift.cpng-center.net`): a landing's
        // pages, where an investors' or fans' site is `www` or `forum`
        (words === 'lure' &&
          k === last - 1 &&
          k > 0 &&
          label.length > after &&
          lists.ownShort.has(abbr) &&
          extraWords(host.slice(0, start - 1).replace(/\./g, '-')) === 'lure') ||
        // a lure word that asks for a login, money or an identity with a word for Korea, on a Korean suffix or a
        // TLD phishing registers most (`cp-refund-kr.shop`): a kit's name for Korean shoppers, even for `cp`
        (!word && KOREA_WORD.test(text) && hasStrongLure(text) && place()) ||
        digits.some((d) => lists.officialDigits.has(d.slice(-4))) ||
        // an abbreviation of three letters or more with a word that asks for a login, money or an identity on a
        // TLD phishing all but owns (`cpg-refund.sbs`, `cupg-verify.top`: not `cp`, a control panel's)
        (abbr.length >= 3 && !word && hasStrongLure(text) && isNotoriousTld(publicSuffix(host, false))) ||
        // any abbreviation of the list that is no word (`cp` too) as the registrable name with words of money paid
        // back only (`cp-refund.kr`, `cpg-compensation24.co.kr`) on a Korean suffix: the brand's shoppers' suffix,
        // where a firm's refund is a page of its own site and a control panel's words are a login, while a name that
        // is nothing but the initials and the refund is the breach's compensation lure (domain53's round). A login or
        // a verification beside `cp`, the refund on `.com` and on a lure TLD (`cp-refund.top`, tune6's decision: `cp`
        // is anyone's there) and the initials with any other word stay anyone's
        (!word &&
          service === null &&
          k === last - 1 &&
          label.length > after &&
          refundOnly(text) &&
          koreanSuffix(publicSuffix(host, false))) ||
        (word && service === null ? false : (abbr.length >= 4 || service !== null) && place()) ||
        // a service's name says whose it is as the brand would: one word for Korea beside it is enough
        (service !== null && (KOREA_WORD.test(text) || (rest !== null && lurePath(path) !== null)));
      if (!cue) continue;
      const match = label.slice(0, 63);
      return {
        brand,
        reasons: [
          {
            code: 'combosquat',
            brand: brand.id,
            match,
            detail: [service?.word, text.replace(/^[-_/]+|[-_/]+$/g, '')].filter(Boolean).join('-'),
          },
        ],
      };
    }
  }
  return null;
}

/**
 * The label of the scanned host (not its last) that ends with `-` and an abbreviation naming the brand alone
 * (`claim-cpng`, `wow-member-cpng`), a tag of digits after it or not (`bosang-cpng24`), or with one and a tag glued
 * to Korean lure words (`pihaecpang24`), as the host with that label turned round (`cpng-claim`, `cpang24-pihae`):
 * the ticker after its words says what it says before them. Null when none does.
 */
function ownTail(host: string, n: number, lists: CompiledLists, hyphen = host.includes('-')): string | null {
  // (a glued abbreviation only with a tag of digits, on the label before the last: one test on the common path)
  const d = n > 1 ? host.charCodeAt(labelStart[n - 1]! - 2) : 0;
  const tagged = d >= 48 && d <= 57;
  if (!hyphen) {
    if (tagged) return gluedTail(host, n, lists);
    // (untagged, glued to lure words that ask, the label before the last: `verifycpang.lol`; its last letter first)
    return d >= 97 && d <= 122 && (ownLastOf(lists) & (1 << (d - 97))) !== 0
      ? gluedTail(host, n, lists, true)
      : null;
  }
  splitFurther = false;
  return (
    splitShort(host, n, lists) ?? hyphenTail(host, n, lists) ?? (tagged ? gluedTail(host, n, lists) : null)
  );
}

/**
 * Set by splitShort when it joined a hyphen further on than after the first letter (`cp-ng`, `coup-g`); while the
 * joined host is judged, findShort reads the abbreviation alone as before domain62's round, on a TLD of throwaway
 * names only: `cp-ng.example` and `cpn-g.example` are honest rows of tune17, where `c-pang.com` is a flag row of three
 * halves and no honest one.
 */
let splitFurther = false;
/** True while findOwnTail judges such a joined host. */
let aloneOnBatchOnly = false;

/** A TLD where the brand's own abbreviation with a serial is a numbered batch: throwaway, kit and drawn-kit TLDs. */
function shortBatchTld(suffix: string | null): boolean {
  return suffix !== null && (isThrowawayTld(suffix) || isKitTld(suffix) || DRAWN_KIT_TLD.has(suffix));
}

/**
 * A kit's drawn tag after the abbreviation (`-jfx`, `-n69`, `-pvn`): two to five letters and digits with a digit, or
 * three consonants no word is made of; read only on the registrable label on a TLD kits register by the hundred.
 */
const DRAWN_TAIL_TAG = /-(?:(?=[a-z]*\d)[a-z0-9]{2,5}|[b-df-hj-np-tv-xz]{3})$/;

/** A hyphen's place three to six characters before `end`, after `start`, or -1. */
function hyphenNearEnd(host: string, start: number, end: number): number {
  for (let i = end - 3; i >= end - 6 && i > start; i--) if (host.charCodeAt(i) === 45) return i;
  return -1;
}

/**
 * ownTail's label ending with `-` and the abbreviation (`claim-cpng`); on the registrable label on a TLD kits register
 * by the hundred, also with a kit's drawn tag after it (`customs-cpang-jfx.win`, domain43's round): the tag says
 * nothing, the words before the abbreviation say what they say.
 */
function hyphenTail(host: string, n: number, lists: CompiledLists): string | null {
  for (let k = 0; k < n - 1; k++) {
    const start = labelStart[k]!;
    const end = labelStart[k + 1]! - 1;
    const turned = turnedAt(host, start, end, end, lists);
    if (turned !== null) return turned;
    // (the registrable label with a drawn tag: a hyphen three to six characters from its end after a letter an
    // abbreviation ends with, a few compares, before the pattern and the suffix are read)
    if (k !== n - 2) continue;
    const h = hyphenNearEnd(host, start, end);
    if (h < 0) continue;
    const c = host.charCodeAt(h - 1);
    if (c < 97 || c > 122 || (ownLastOf(lists) & (1 << (c - 97))) === 0) continue;
    const tld = host.slice(labelStart[n - 1]!);
    if (!DRAWN_TAIL_TAG.test(host.slice(h, end)) || !(kitsRegisterCheaply(tld) || DRAWN_KIT_TLD.has(tld)))
      continue;
    const tagged = turnedAt(host, start, h, end, lists);
    if (tagged !== null) return tagged;
  }
  return null;
}

/** The label from `start` turned round if it ends at `at` with `-` and an abbreviation (what follows to `end` dropped). */
function turnedAt(host: string, start: number, at: number, end: number, lists: CompiledLists): string | null {
  // (every reading below turns round at a hyphen inside the label: a label without one, most that ownTail's
  // hyphenTail hands here on a host with a hyphen elsewhere, is none, without a walk of the word lists)
  const dash = host.indexOf('-', start + 1);
  if (dash < 0 || dash >= at) return null;
  // (each reading below ends at `at` with an abbreviation's or a service word's last letter: one bit's test of the
  // label's last letter, compiled once per lists, before any list is walked)
  const last = host.charCodeAt(at - 1) - 97;
  if (last < 0 || last > 25 || (turnedLastOf(lists) & (1 << last)) === 0) return null;
  for (const abbr of lists.ownShort) {
    const h = at - abbr.length - 1;
    if (h <= start || host.charCodeAt(h) !== 45 || !host.startsWith(abbr, h + 1)) continue;
    return host.slice(0, start) + abbr + '-' + host.slice(start, h) + host.slice(end);
  }
  // (since domain49's round a short abbreviation of three letters or more, `cpg`, after Korean lure words only,
  // `pihaejohoe-cpg`, turned round as `cpg-pihaejohoe`: what findShort reads there before them; other words before it,
  // `hanbit-cpg`, `refund-cpg`, leave it as written)
  for (const abbr of lists.shortNames.keys()) {
    if (abbr.length < 3 || lists.ownShort.has(abbr)) continue;
    const h = at - abbr.length - 1;
    if (h <= start || host.charCodeAt(h) !== 45 || !host.startsWith(abbr, h + 1)) continue;
    const words = host.slice(start, h);
    if (extraWords(words) !== 'lure' || !hasKoreanLure(words)) continue;
    return host.slice(0, start) + abbr + '-' + words + host.slice(end);
  }
  // (since domain47's round the abbreviation with a service's short word glued on, `check-cpangpay`, `bosang-cpngwow`,
  // turned round as `cpangpay-check`: findShort reads the word as the hyphenated `cpang-pay-check`)
  // (a label ending with a letter a service word ends with, a bit's test, before any word is tried)
  const service = shortServiceWords(lists);
  const z = host.charCodeAt(at - 1) - 97;
  if (z < 0 || z > 25 || (serviceLastBits & (1 << z)) === 0) return null;
  for (const word of service) {
    const w = at - word.length;
    if (w - start < 7 || !host.startsWith(word, w)) continue;
    for (const abbr of lists.ownShort) {
      const h = w - abbr.length - 1;
      if (h <= start || host.charCodeAt(h) !== 45 || !host.startsWith(abbr, h + 1)) continue;
      return host.slice(0, start) + abbr + word + '-' + host.slice(start, h) + host.slice(end);
    }
  }
  return null;
}

/** The lists turnedLastOf read last, and what it read there. */
let turnedLastLists: CompiledLists | null = null;
let turnedLastBits = 0;
/**
 * The last letters (a to z, one bit each) of what turnedAt finds at a label's end: the abbreviations that name a
 * brand alone, the short names of three letters or more, the brand's short service words (domspeed6).
 */
export function turnedLastOf(lists: CompiledLists): number {
  if (turnedLastLists !== lists) {
    shortServiceWords(lists);
    let bits = serviceLastBits;
    for (const a of [...lists.ownShort, ...lists.shortNames.keys()]) {
      const z = a.charCodeAt(a.length - 1) - 97;
      // (a name ending past a to z: every letter, so that the test never turns it away)
      bits |= z >= 0 && z <= 25 ? 1 << z : (1 << 26) - 1;
    }
    turnedLastBits = bits;
    turnedLastLists = lists;
  }
  return turnedLastBits;
}

/** The lists shortServiceWords read last, and the brand's words of three or four letters there (`pay`, `wow`). */
let serviceWordLists: CompiledLists | null = null;
let serviceWordsShort: readonly string[] = [];
/** The last letters of serviceWordsShort's words, one bit each (a to z). */
let serviceLastBits = -1;
function shortServiceWords(lists: CompiledLists): readonly string[] {
  if (serviceWordLists !== lists) {
    serviceWordsShort = [...lists.brandWords].filter((w) => /^[a-z]{3,4}$/.test(w));
    serviceLastBits = 0;
    for (const w of serviceWordsShort) serviceLastBits |= 1 << (w.charCodeAt(w.length - 1) - 97);
    serviceWordLists = lists;
  }
  return serviceWordsShort;
}

/**
 * ownTail's label ending with the abbreviation and a tag of digits, or glued to Korean lure words (`pihaecpang24`);
 * `untagged`: with no tag, glued to lure words that ask for a login, money or an identity only (`verifycpang`).
 */
function gluedTail(host: string, n: number, lists: CompiledLists, untagged = false): string | null {
  const lastLetters = ownLastOf(lists);
  for (let k = untagged ? n - 2 : 0; k < n - 1; k++) {
    const start = labelStart[k]!;
    const end = labelStart[k + 1]! - 1;
    // (a tag of up to four digits at the label's end)
    let last = end;
    while (last > start && end - last < 4) {
      const d = host.charCodeAt(last - 1);
      if (d < 48 || d > 57) break;
      last--;
    }
    // (most labels end in no abbreviation's last letter)
    const c = host.charCodeAt(last - 1) - 97;
    if (c < 0 || c > 25 || (lastLetters & (1 << c)) === 0) continue;
    if (untagged && last !== end) continue;
    const found = gluedAt(host, start, last, end, lists, untagged);
    if (found !== null) return found;
  }
  return null;
}

/**
 * The label host[start, end) turned round when it ends (before its tag, at `last`) with an abbreviation naming the
 * brand alone after a hyphen with a tag (`bosang-cpng7`), or glued to Korean lure words (`pihaecpang24`); `untagged`,
 * with no tag, glued to lure words only of which one asks for a login, money or an identity (`verifycpang`: as
 * `cpang-verify`, no word of any language ends so).
 */
function gluedAt(
  host: string,
  start: number,
  last: number,
  end: number,
  lists: CompiledLists,
  untagged = false,
): string | null {
  for (const abbr of lists.ownShort) {
    const at = last - abbr.length;
    if (at <= start + 1 || !host.startsWith(abbr, at)) continue;
    const hyphen = host.charCodeAt(at - 1) === 45;
    // (the hyphenated tail without a tag is hyphenTail's)
    if (hyphen && last === end) continue;
    const words = host.slice(start, hyphen ? at - 1 : at);
    if (untagged && (hyphen || extraWords(words) !== 'lure' || !hasStrongLure(words))) continue;
    if (!untagged && !hyphen && (extraWords(words) !== 'lure' || !hasKoreanLure(words))) continue;
    return host.slice(0, start) + host.slice(at, end) + '-' + words + host.slice(end);
  }
  return null;
}

/** The lists ownTailMay read last, and the letters every abbreviation it reads holds (scan masks). */
let ownLettersLists: CompiledLists | null = null;
let ownLetters = 0;

/**
 * Necessary for ownTail to find anything on the host judge just scanned: each of its three readings needs one of
 * the list's own abbreviations (`ownShort`) or one as it sounds (`ownShortSounds`) spelled out in the host, so the
 * host holds the letters all of those share (p and g for the bundled list). From the scan's union of all labels'
 * letters: most hosts lack one, and ownTail reads none of their characters.
 */
function ownTailMay(lists: CompiledLists): boolean {
  if (ownLettersLists !== lists) {
    ownLetters = -1;
    for (const a of [...lists.ownShort, ...lists.ownShortSounds]) ownLetters &= hostLabelMask(a);
    ownLettersLists = lists;
  }
  return (unionAll & ownLetters) === ownLetters;
}

/** The lists ownLastOf read last, and what it read there (a compare, not a map lookup, on every host). */
let ownLastLists: CompiledLists | null = null;
let ownLastBits = 0;
/** The last letters of the abbreviations that name a brand alone, one bit each (a to z): ownTail's cheap test. */
function ownLastOf(lists: CompiledLists): number {
  if (ownLastLists !== lists) {
    ownLastBits = 0;
    for (const a of lists.ownShort) ownLastBits |= 1 << (a.charCodeAt(a.length - 1) - 97);
    ownLastLists = lists;
  }
  return ownLastBits;
}

/**
 * The host with an abbreviation that names the brand alone (the list's `ownShort`, or one as it sounds: `cpang`,
 * `kpang`) split after its first letter (`c-pang-cs`, `q-pang-refund`) joined again: a letter alone is no word, and
 * the name reads as the abbreviation with a hyphen in it. Other letters alone stay as written (`e-mart`, `k-pop`).
 */
function splitShort(host: string, n: number, lists: CompiledLists): string | null {
  for (let k = 0; k < n - 1; k++) {
    const start = labelStart[k]!;
    const end = labelStart[k + 1]! - 1;
    for (let p = host.indexOf('-', start); p > 0 && p < end; p = host.indexOf('-', p + 1)) {
      let q = host.indexOf('-', p + 1);
      if (q < 0 || q > end) q = end;
      if (p - start !== 1 && host.charCodeAt(p - 2) !== 45) {
        // (since domain49's round split further on, before its last one to three letters, `cp-ang-cancel`,
        // `coup-g`: the tail is no word, and the name reads as the abbreviation with a hyphen in it, as `c-pang`
        // does; a word after the hyphen, `cp-angel`, leaves the name as written)
        if (q - p - 1 > 3) continue;
        let a = p - 1;
        while (a > start && host.charCodeAt(a - 1) !== 45) a--;
        const joined = host.slice(a, p) + host.slice(p + 1, q);
        if (lists.ownShort.has(joined) || lists.ownShortSounds.includes(joined)) {
          splitFurther = true;
          return host.slice(0, p) + host.slice(p + 1);
        }
        continue;
      }
      const word = host[p - 1]! + host.slice(p + 1, q);
      if (lists.ownShort.has(word) || lists.ownShortSounds.includes(word))
        return host.slice(0, p) + host.slice(p + 1);
    }
  }
  return null;
}

/**
 * The ticker after lure words (`claim-cpng.org`, `eats-rider-cpng.top`) judged as before them (findShort, on the
 * host with the label turned round): the same names, in the other order. Only a combosquat of the turned host
 * counts (its words and place), never another look-alike its new letters might make.
 */
function findOwnTail(host: string, n: number, path: string, lists: CompiledLists): BrandFinding | null {
  const turned = ownTail(host, n, lists);
  if (turned === null || turned === host) return null;
  const outer = aloneOnBatchOnly;
  aloneOnBatchOnly = splitFurther;
  let v: DomainVerdict;
  try {
    v = classify(path.length > 1 ? `https://${turned}${path}` : turned, lists);
  } finally {
    aloneOnBatchOnly = outer;
  }
  // (or the squeezed outline's reading of the same abbreviation, `refund-cupng.kr` as `cupng-refund.kr`: domain48)
  const reason =
    v.verdict === 'lookalike'
      ? v.reasons.find((r) => r.code === 'combosquat' || (r.code === 'typo' && r.detail === 'squeezed'))
      : undefined;
  if (!reason || !v.brand) return null;
  const brand = lists.brands.find((b) => b.id === v.brand!.id);
  return brand ? { brand, reasons: [{ ...reason, match: host }] } : null;
}

/** A word for Korea as a whole word of what a name adds (`korea`, `kor`). */
const KOREA_NAME = /(?:^|-)(?:kor|korea|korean)(?:$|-)/;

/** A word for Korea in a name (`cpeatskr`, `cpng-korea`). */
const KOREA_WORD = /(?:^|[-_]|[a-z])(?:kr|kor|korea)(?:$|[-_0-9])/;

/** The service words of the brands built on the core name (`eats`, `play`, `pay`), per compiled list. */
interface Service {
  word: string;
  brand: LabelMatch['brand'];
}
/**
 * The words that lead the brand's product line (`rocket`: Rocket Delivery, WOW, Fresh, Jikgu, Growth, Now…): the
 * brand's words (brandWords) that begin four or more of its names other than the core name, derived from the list.
 */
const productLineOf = new WeakMap<CompiledLists, ReadonlySet<string>>();
function productLine(lists: CompiledLists): ReadonlySet<string> {
  let line = productLineOf.get(lists);
  if (!line) {
    const names = [...new Set(lists.tokens.map((t) => t.text))].filter(
      (t) => !lists.coreNames.some((c) => t.startsWith(c)),
    );
    line = new Set(
      [...lists.brandWords].filter(
        (w) => w.length >= 4 && names.filter((t) => t !== w && t.startsWith(w)).length >= 4,
      ),
    );
    productLineOf.set(lists, line);
  }
  return line;
}

/** Are `rest`'s words lure or filler words and a word of the brand's product line, one of each at least? */
function productLineBeside(rest: string, lists: CompiledLists): boolean {
  const line = productLine(lists);
  let product = false;
  let lure = false;
  for (const w of rest.toLowerCase().split(/[-_.0-9]+/)) {
    if (!w) continue;
    if (line.has(w)) product = true;
    else {
      const kind = extraWords(w);
      if (kind === 'other') return false;
      if (kind === 'lure') lure = true;
    }
  }
  return product && lure;
}

const serviceWordsOf = new WeakMap<CompiledLists, Service[]>();

/** The service word of a brand built on the core name standing at label[at], if one does (`cpngeats`). */
function serviceAfter(label: string, at: number, lists: CompiledLists): (Service & { end: number }) | null {
  let services = serviceWordsOf.get(lists);
  if (!services) {
    const root = lists.coreNames.reduce((a, b) => (b.length < a.length ? b : a), lists.coreNames[0] ?? '');
    services = lists.tokens
      .filter((t) => t.kind === 'name' && root !== '' && t.text !== root && t.text.startsWith(root))
      .map((t) => ({ word: t.text.slice(root.length), brand: t.brand }))
      // `pay` is every payment firm's (`cppay`), `ls` nobody's word: only a service's own word of four letters or more
      .filter((x) => x.word.length >= 4);
    serviceWordsOf.set(lists, services);
  }
  const from = label.charCodeAt(at) === 45 ? at + 1 : at;
  for (const x of services) if (label.startsWith(x.word, from)) return { ...x, end: from + x.word.length };
  return null;
}

/**
 * The page a path opens when it is lure-word segments only, one to three of them (`/refund`, `/login.php`; since
 * domain36's round a step under a lure folder too, `/pay/confirm`), their words joined, else null.
 */
function lurePath(path: string): string | null {
  const seg = path.replace(/^\/+|\/+$/g, '');
  if (!seg || seg.length > 60) return null;
  const segs = seg.toLowerCase().split('/');
  return segs.length <= 3 && segs.every((x) => x !== '' && lurePage(x)) ? segs.map(words).join('-') : null;
}

/**
 * Does `host` hold a run of eight digits or more (hyphens inside it ignored) starting with `head`, the first digit
 * the official numbers share (1 of Korea's business numbers, 1577-7011)? A cheap test before numberHost.
 */
function longDigitRun(host: string, head: string): boolean {
  let i = host.indexOf(head);
  while (i >= 0) {
    let digits = 0;
    let j = i;
    for (; j < host.length; j++) {
      const c = host.charCodeAt(j);
      if (c >= 48 && c <= 57) digits++;
      else if (c !== 45) break;
    }
    if (digits >= 8) return true;
    i = host.indexOf(head, j);
  }
  return false;
}

/** Does `host` start with a number written with a dot for its hyphen (`1577.7011…`)? Four characters compared. */
function dottedNumber(host: string, head: string): boolean {
  if (host.charCodeAt(4) !== 46 || host.length < 10 || host.charCodeAt(0) !== head.charCodeAt(0))
    return false;
  for (const i of [1, 2, 3, 5, 6, 7, 8]) {
    const c = host.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/**
 * An official number as a whole run of digits (hyphens inside it ignored) in a label other than the suffix's: a
 * phone line is not a site, and a site named by one speaks in the brand's name.
 */
function numberHost(host: string, n: number, suffix: string, lists: CompiledLists): BrandFinding | null {
  const brand = lists.brands[0];
  if (!brand) return null;
  const labels = host.split('.').slice(0, n - labelCount(suffix));
  // the number written with a dot for its hyphen (`1577.7011-center.quest`): a label of four digits runs on into the
  // next label's leading digits
  for (let i = labels.length - 2; i >= 0; i--)
    if (/^\d{4}$/.test(labels[i]!) && /^\d{4}/.test(labels[i + 1]!))
      labels.splice(i, 2, `${labels[i]}-${labels[i + 1]}`);
  const cheap = kitsRegisterCheaply(suffix);
  for (const label of labels) {
    for (const run of label.split(/[^0-9-]+/)) {
      const digits = run.replace(/-/g, '');
      if (digits.length < 8) continue;
      if (lists.officialNumbers.includes(digits))
        return {
          brand,
          reasons: [{ code: 'combosquat', brand: brand.id, match: label, detail: 'official-number' }],
        };
      if (cheap && digits.length === 8 && nearOfficialNumber(digits, lists) && centreWordsOnly(label, run))
        return {
          brand,
          reasons: [{ code: 'combosquat', brand: brand.id, match: label, detail: 'official-number-near' }],
        };
    }
  }
  return null;
}

/**
 * An eight-digit Korean business number one slip from an official one: the same line under another business prefix
 * (`1544-7011`, `1588-7011` for 1577-7011) or the same prefix with one digit of the line changed (`1577-7012`). A kit
 * names its "customer centre" host so when the brand's own number is flagged; read only on a TLD kits register by
 * the hundred and with nothing but a centre's words beside it (centreWordsOnly).
 */
function nearOfficialNumber(digits: string, lists: CompiledLists): boolean {
  if (!/^1[568]\d\d/.test(digits)) return false;
  for (const o of lists.officialNumbers) {
    if (o.length !== 8) continue;
    if (o.slice(4) === digits.slice(4)) return true;
    if (o.slice(0, 4) === digits.slice(0, 4)) {
      let diff = 0;
      for (let i = 4; i < 8; i++) if (o[i] !== digits[i]) diff++;
      if (diff === 1) return true;
    }
  }
  return false;
}

/** A customer centre's words (`cs`, `center`, `kr`, `call`, 고객센터): what a kit writes beside a number. */
const CENTRE_WORDS = new Set(
  'cs center centre kr call tel help helpdesk desk service 고객센터 상담'.split(' '),
);

/** Is `label` the number `run` alone or with a centre's words only (`1544-7011-cs`, `1577-7012kr`)? */
function centreWordsOnly(label: string, run: string): boolean {
  const rest = toUnicodeLabel(label.replace(run, '-'));
  return rest.split('-').every((w) => w === '' || CENTRE_WORDS.has(w));
}

/** The logistics arm's program and delivery words (Coupang Flex, 배송 romanised) read after its initials. */
const ARM_WORDS = new Set('flex baesong delivery helper job jobs'.split(' '));

/**
 * A registrable name of the brand's logistics arm's initials (CLS, Coupang Logistics Services) with its words only
 * (logisticsArmHost's ARM_WORDS), on a TLD kits register by the hundred, saying whose arm it is: its gig program's
 * name (`cls-flex98.bond`: Coupang Flex is CLS's) or a Korean tag or word (`cls-delivery-kr.sbs`,
 * `clsbaesong-kr.online`). CLS is many firms' initials: a courier's `cls-delivery.shop`, `cls-group.top` and any
 * name on `.com` or `.kr` stay anyone's (domain43's round).
 */
function logisticsArmHost(
  host: string,
  regLabel: number,
  start: number,
  lists: CompiledLists,
): BrandFinding | null {
  const brand = lists.brands[0];
  if (!brand) return null;
  const suffix = publicSuffix(host, false);
  if (!suffix || !kitsRegisterCheaply(suffix)) return null;
  const name = host.slice(labelStart[regLabel]! + 3, start - 1);
  // (glued on or not: `clsbaesong-kr`, `cls-flex98`)
  const words = name.split(/[-0-9]+/).filter((w) => w !== '');
  let arm = 0;
  let korean = false;
  for (const w of words) {
    if (w === 'kr') korean = true;
    else if (!ARM_WORDS.has(w)) return null;
    else arm |= w === 'flex' || w === 'baesong' ? 2 : 1;
  }
  // the program's name or the Korean word says whose; a courier's English word only with a Korean tag
  if (arm < 2 && !(arm === 1 && korean)) return null;
  return {
    brand,
    reasons: [{ code: 'combosquat', brand: brand.id, match: `cls${name}`, detail: 'logistics-arm' }],
  };
}

/**
 * A registrable name of the breach's figure with lure words only (`3370bosang.kr`, `leak3370.kr`): a landing for
 * the breach's compensation or leak check, speaking in the brand's name without writing it.
 */
function breachHost(
  host: string,
  regLabel: number,
  start: number,
  lists: CompiledLists,
): BrandFinding | null {
  const brand = lists.brands[0];
  if (!brand || start <= labelStart[regLabel]!) return null;
  const name = host.slice(labelStart[regLabel], start - 1);
  if (!breachFigureName(name) || restrictedSuffix(publicSuffix(host, false))) return null;
  return { brand, reasons: [{ code: 'combosquat', brand: brand.id, match: name, detail: 'breach-figure' }] };
}

/**
 * A registrable name of the core name squeezed (the list's `squeezed`: two inner letters left out or a vowel for a
 * vowel, `copng`, `cupng`, `coopeng`), alone on a cheap or lure TLD or a Korean suffix (`cupng.monster`,
 * `coopeng.kr`, `copag.co.kr`), or on any TLD with a lure word that asks for a login, money or an identity or a
 * Korean one (`copng-login.com`), hyphenated or glued on (`copngverify.net`), and with any lure word on a cheap,
 * lure or kit TLD or a Korean suffix (`cuupng-event.top`, `coopengpoint.kr`), as with the brand's own words there
 * (`cupng-eats.shop`): no word of any language has the brand's outline, so only a kit's name does. On `.com` alone
 * it stays a name of its own, as the ticker `cpng.com` does.
 */
function squeezedHost(
  host: string,
  regLabel: number,
  start: number,
  lists: CompiledLists,
): BrandFinding | null {
  const brand = lists.brands[0];
  if (!brand || start <= labelStart[regLabel]!) return null;
  const name = host.slice(labelStart[regLabel], start - 1);
  if (name.length > 40) return null;
  const dash = name.indexOf('-');
  let head = dash < 0 ? name : name.slice(0, dash);
  // (lure words glued on, `cupngclaim`: the longest squeezed name the label starts with)
  if (!lists.squeezed.has(head) && dash < 0 && name.length > 7)
    for (let n = 7; n >= 5; n--)
      if (lists.squeezed.has(name.slice(0, n))) {
        head = name.slice(0, n);
        break;
      }
  if (!lists.squeezed.has(head)) return null;
  const icann = publicSuffix(host, false);
  if (restrictedSuffix(icann)) return null;
  const rest = name.slice(head.length).replace(/^-/, '');
  // with lure words (luresCount), or the brand's own words (`wow`, `eats`: a lure word that asks nothing) where
  // kits register; alone only there
  const cheap = kitsRegister(icann);
  const own = () => extraWords(rest) === 'other' && extraWords(rest, lists.brandWords) !== 'other';
  if (rest ? !luresCount(rest, icann) && !(cheap && own()) : !cheap) return null;
  return { brand, reasons: [{ code: 'typo', brand: brand.id, match: name, detail: 'squeezed' }] };
}

/** Does a page under a slipped name ask (a login, money, an identity), lure (lurePage) or hand out an app? */
function slipPageAsks(path: string): boolean {
  if (path.length < 3) return false;
  const page = lurePath(path);
  return (
    (page !== null && extraWords(page) === 'lure') ||
    asksIn(path.slice(0, 300)) ||
    APP_STEP.test(path.slice(0, 200))
  );
}

/**
 * A registrable name that is the core name with two slips of a hand on a keyboard (the list's `slipped`: `co7pag`, 7
 * for the u under it and the n left out; `couanb`, `voupangg`), alone on a cheap, lure or kit TLD or a Korean suffix
 * (`couanb.top`, `co7pag.kr`), or with lure words as the squeezed name is (squeezedHost: `ceupanb-refund.com`).
 * Two slips a finger makes land on no word the popular names hold; on `.com` alone such a name stays its own.
 */
function slippedHost(host: string, name: string, path: string, lists: CompiledLists): BrandFinding | null {
  const brand = lists.brands[0];
  if (!brand || name.length > 40 || name.length < 5) return null;
  const dash = name.indexOf('-');
  const head = dash < 0 ? name : name.slice(0, dash);
  const struck = !lists.slipped.has(head);
  if (struck && !struckName(head, lists)) return null;
  const icann = publicSuffix(host, false);
  if (restrictedSuffix(icann)) return null;
  const rest = name.slice(head.length + 1);
  // (a letter struck on the way, domain66's round: where kits register by the hundred only, alone or with lure
  // words; a Korean suffix's and `.com`'s such names are firms' too, `coupongo.kr`, `coolpang.co.kr`)
  if (struck)
    return (isCheapTld(icann) || isKitTld(icann)) && (!rest || extraWords(rest) === 'lure')
      ? slipped(brand, name)
      : null;
  // (since domain65's round alone on any TLD too under a page that asks for a login, money or an identity, a lure
  // page or an app's download, `c0upanng.com/login`, `cohpang.net/app/download`: the page says what the name wants,
  // as a lure word beside it does; the name alone with another page or none stays its own there)
  if (rest ? !luresCount(rest, icann) : !kitsRegister(icann) && !slipPageAsks(path) && !rowSlip(head))
    return null;
  return slipped(brand, name);
}

/**
 * Is the slipped name's slip a key of the digits' row (`c9uang`, `co7oang`, `cou0angg`; domain69's round)? A digit
 * among the letters of a name two slips from the brand is a finger's slip onto the row above, no firm's spelling:
 * the words that hold the brand's letters (`coupongo`, `coolpang`) hold no digit. Alone on any TLD then, `.com` and
 * `.net` too, where the slips of letters stay (domain55's line).
 */
function rowSlip(head: string): boolean {
  for (let i = 1; i < head.length; i++) {
    const c = head.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

/**
 * A registrable name that is one of the core names with two digits or more put in among its letters
 * (`cou9pa1ng.click`, `1cou0pang.xyz`, `coup79ang.buzz`; domain67's round): the brand's letters all there and in
 * order, the digits a draw's to slip past a list of names. One digit in is an insertion (`cou9pang`, approx's
 * typo), digits only at the ends a tag (`coupang24`); no honest row of any half nor any name of the shared corpora
 * reads so, on any TLD (a restricted suffix's names aside).
 */
function sprinkledDigits(host: string, name: string, lists: CompiledLists): BrandFinding | null {
  const brand = lists.brands[0];
  if (!brand || name.length > 24 || !/^[a-z0-9]+$/.test(name) || !/[a-z][0-9]+[a-z]/.test(name)) return null;
  const digits = name.replace(/[a-z]/g, '').length;
  if (digits < 2 || !lists.coreNames.includes(name.replace(/[0-9]/g, ''))) return null;
  if (restrictedSuffix(publicSuffix(host, false))) return null;
  return { brand, reasons: [{ code: 'typo', brand: brand.id, match: name, detail: 'digits' }] };
}

/**
 * A registrable label that is the core name with intruders pushed in among its letters (domain73's round): one digit
 * inside the letters beside one more slip (`cou6mang`, `cx5upang`, `cou9pangl`), or two letters put in with the core
 * name's letters all kept in order and its last letter last (`couwpanqg`, `couzpyang`, `fcoyupang`, `coulpapng`).
 * Counted over every half, the page halves' urls and the 110,197 benign names: no honest label reads either way;
 * the brand whole with letters glued on (`coupangls`) and a word that ends elsewhere (`couplangs`) are not read.
 * Only labels of the core name's length plus one or two, holding its letters, reach it (intrudedMay).
 */
function intrudedName(host: string, name: string, lists: CompiledLists): BrandFinding | null {
  const brand = lists.brands[0];
  if (!brand || !intrudedMay(name, 0, name.length, lists)) return null;
  if (restrictedSuffix(publicSuffix(host, false))) return null;
  return { brand, reasons: [{ code: 'typo', brand: brand.id, match: name, detail: 'intruded' }] };
}

/** intrudedName's test on host[from, to), reading characters only (nothing built unless a digit is inside). */
function intrudedMay(host: string, from: number, to: number, lists: CompiledLists): boolean {
  const root = lists.struck.root;
  const len = to - from;
  const extra = len - root.length;
  if (root.length < 5 || extra < 1 || extra > 2) return false;
  let digit = -1;
  for (let i = from; i < to; i++) {
    const c = host.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      if (digit >= 0 || i === from || i === to - 1) return false;
      digit = i;
    } else if (c < 97 || c > 122) return false;
  }
  if (digit >= 0) return editDistance(host.slice(from, digit) + host.slice(digit + 1, to), root, 1) === 1;
  if (extra !== 2 || host.charCodeAt(to - 1) !== root.charCodeAt(root.length - 1)) return false;
  let j = 0;
  for (let i = from; i < to && j < root.length; i++) if (host.charCodeAt(i) === root.charCodeAt(j)) j++;
  return j === root.length && host.indexOf(root, from) < 0;
}

/**
 * A registrable label two edits (OSA) from the core name that no romanised Korean spelling could be (domain73's
 * round): it holds `q`, `x` or `z` (letters the Revised Romanization never writes: `cupqng`, `xorpang`, `czocpang`),
 * or a consonant stands before its final `ng` (romanised Korean and the honest words two edits away put a vowel
 * there: `couprhng`, `couspng`, `cuoparng`). The honest words two edits from the name (`coupon`, `coupling`,
 * `coupage`, `company`, `copan`, `kompang`, `coupland`, the city `kupang`) hold neither, and no honest row of any
 * half, page url or benign name reads so; `f` (`goufang`, a pinyin name) and `v` (French `couvant`) are left out.
 */
function unromanisedName(host: string, name: string, lists: CompiledLists): BrandFinding | null {
  const brand = lists.brands[0];
  if (!brand || !unromanisedMay(name, 0, name.length, hostLabelMask(name), lists)) return null;
  if (restrictedSuffix(publicSuffix(host, false))) return null;
  return { brand, reasons: [{ code: 'typo', brand: brand.id, match: name, detail: 'unromanised' }] };
}

/**
 * A registrable label that is the core name with two slips, one of them a letter written twice (domain74's round):
 * with one of its doubled letters written once it is one edit (OSA) from the core name, not the name itself
 * (`couupan`, `couupag`, `cooupag`, `couppan`, `doupangg`, `yyoupang`), and it holds `ou`, the core name's English
 * spelling, which no romanised Korean writes (쿠 is `ku`, `koo`, `cu`). Counted over every half, the page halves'
 * urls and the 110,197 benign names: 115 flag rows (12 missed before), no honest row; the honest labels of the shape
 * without `ou` are Korean names (`coolpang`, `coopang-coop`, `cooppang`, `cuppang-bakery`: 빵, bread).
 * Reverses domain73's invented twin `coupingg.net` (`couping`, a vowel-swap look-alike already, with its g twice).
 * Only labels of the core name's length to two more, holding its letters but two, reach it (doubledMay).
 */
function doubledName(host: string, name: string, lists: CompiledLists): BrandFinding | null {
  const brand = lists.brands[0];
  if (!brand || !(doubledMay(name, 0, name.length, lists) || everyDoubled(name, 0, name.length, lists)))
    return null;
  if (restrictedSuffix(publicSuffix(host, false))) return null;
  return { brand, reasons: [{ code: 'typo', brand: brand.id, match: name, detail: 'doubled' }] };
}

/**
 * host[from, to) the core name with every letter written twice (`ccoouuppaanngg`, domain77's round): twice the name's
 * length, each pair one letter, the pairs the name. Over every half, the page halves' urls and the benign names a
 * label of letters each written twice is 1 flag row (this) and, halved, no other name of the brand's: the benign
 * ones halve to nothing (`nnppffccddggdd`, `kkxxtt`). Characters compared only, after the length test.
 */
function everyDoubled(host: string, from: number, to: number, lists: CompiledLists): boolean {
  const root = lists.struck.root;
  if (root.length < 5 || to - from !== 2 * root.length) return false;
  for (let k = 0; k < root.length; k++) {
    const c = root.charCodeAt(k);
    if (host.charCodeAt(from + 2 * k) !== c || host.charCodeAt(from + 2 * k + 1) !== c) return false;
  }
  return true;
}

/** doubledName's test on host[from, to), reading characters only (nothing built). */
function doubledMay(host: string, from: number, to: number, lists: CompiledLists): boolean {
  const root = lists.struck.root;
  const len = to - from;
  if (root.length < 5 || len < root.length || len > root.length + 2) return false;
  let ou = false;
  let doubled = false;
  for (let i = from; i < to; i++) {
    const c = host.charCodeAt(i);
    if (c < 97 || c > 122) return false;
    if (c === 117 && i > from && host.charCodeAt(i - 1) === 111) ou = true;
    if (i > from && host.charCodeAt(i - 1) === c) doubled = true;
  }
  if (!ou || !doubled) return false;
  const at = host.indexOf(root, from);
  if (at >= 0 && at + root.length <= to) return false;
  for (let i = from + 1; i < to; i++)
    if (host.charCodeAt(i) === host.charCodeAt(i - 1) && oneEditSkipping(host, from, to, i, root))
      return true;
  return false;
}

/** host[from, to) without its character at `skip`, at index k. */
function charSkipping(host: string, from: number, skip: number, k: number): number {
  return host.charCodeAt(from + k >= skip ? from + k + 1 : from + k);
}

/** Is host[from, to) without its character at `skip` one edit (OSA) from `b`, and not `b` itself? */
function oneEditSkipping(host: string, from: number, to: number, skip: number, b: string): boolean {
  const n = to - from - 1;
  const m = b.length;
  if (n - m > 1 || m - n > 1) return false;
  let i = 0;
  while (i < n && i < m && charSkipping(host, from, skip, i) === b.charCodeAt(i)) i++;
  if (n === m) {
    if (i === n) return false;
    let k = i + 1;
    while (k < n && charSkipping(host, from, skip, k) === b.charCodeAt(k)) k++;
    if (k === n) return true;
    if (
      i + 1 >= n ||
      charSkipping(host, from, skip, i) !== b.charCodeAt(i + 1) ||
      charSkipping(host, from, skip, i + 1) !== b.charCodeAt(i)
    )
      return false;
    for (k = i + 2; k < n; k++) if (charSkipping(host, from, skip, k) !== b.charCodeAt(k)) return false;
    return true;
  }
  if (n > m) {
    for (let k = i; k < m; k++) if (charSkipping(host, from, skip, k + 1) !== b.charCodeAt(k)) return false;
    return true;
  }
  for (let k = i; k < n; k++) if (charSkipping(host, from, skip, k) !== b.charCodeAt(k + 1)) return false;
  return true;
}

/** The letters q, x, z as a label mask's bits (unromanisedMay). */
const UNROMANISED = (1 << 16) | (1 << 23) | (1 << 25);

/** unromanisedName's test on host[from, to) of letter mask `mask` (cheap tests first; one small table, reused). */
function unromanisedMay(host: string, from: number, to: number, mask: number, lists: CompiledLists): boolean {
  const root = lists.struck.root;
  const len = to - from;
  if (root.length < 5 || len < root.length - 1 || len > root.length + 2 || (mask & NOT_LETTER) !== 0)
    return false;
  if ((mask & UNROMANISED) === 0) {
    if (len < 4 || host.charCodeAt(to - 1) !== 103 || host.charCodeAt(to - 2) !== 110) return false;
    const c = host.charCodeAt(to - 3);
    if (c === 97 || c === 101 || c === 105 || c === 111 || c === 117 || c === 121 || c === 110 || c === 119)
      return false;
  }
  return host.indexOf(root, from) < 0 && osaDistance(host, from, to, root) === 2;
}

/** osaDistance's rows (three, for the swap), reused: labels past 15 letters never reach it. */
const OSA_ROWS = new Int32Array(3 * 17);

/** The optimal string alignment distance between host[from, to) and `b` (both at most 15 long). */
function osaDistance(host: string, from: number, to: number, b: string): number {
  const m = to - from;
  const n = b.length;
  if (m > 15 || n > 15) return 99;
  const w = 17;
  for (let j = 0; j <= n; j++) OSA_ROWS[j] = j;
  for (let i = 1; i <= m; i++) {
    const cur = (i % 3) * w;
    const prev = ((i - 1) % 3) * w;
    const prev2 = ((i + 1) % 3) * w;
    const a = host.charCodeAt(from + i - 1);
    OSA_ROWS[cur] = i;
    for (let j = 1; j <= n; j++) {
      const cost = a === b.charCodeAt(j - 1) ? 0 : 1;
      let d = Math.min(OSA_ROWS[prev + j]! + 1, OSA_ROWS[cur + j - 1]! + 1, OSA_ROWS[prev + j - 1]! + cost);
      if (
        i > 1 &&
        j > 1 &&
        a === b.charCodeAt(j - 2) &&
        host.charCodeAt(from + i - 2) === b.charCodeAt(j - 1)
      )
        d = Math.min(d, OSA_ROWS[prev2 + j - 2]! + 1);
      OSA_ROWS[cur + j] = d;
    }
  }
  return OSA_ROWS[(m % 3) * w + n]!;
}

/** An app in Korean or English (앱, 어플, `app`): hangulSlipApp's words. */
const APP_WORDS: ReadonlySet<string> = new Set(['앱', '어플', 'app']);

/**
 * A Hangul name one letter part from the brand's (a jamo typo: 쿠펑, 쿠팟, 큐팡) with an app's word only beside it
 * (쿠펑앱, 앱쿠팟, 큐팡앱; domain69's round): the brand's own app misspelt, what a fake app's download page calls itself.
 * The slip with other words stays a name of its own (`구팡골프`); the first sound changed (푸팡, 후팡) is matched by
 * no jamo typo at all (firstSoundKept).
 */
function hangulSlipApp(m: LabelMatch): boolean {
  return m.hangul === true && m.typo === 'jamo' && APP_WORDS.has(m.extra);
}

/** slippedHost's finding. */
function slipped(brand: BrandInfo, name: string): BrandFinding {
  return { brand, reasons: [{ code: 'typo', brand: brand.id, match: name, detail: 'slipped' }] };
}

/**
 * A registrable name alone that is the core name as Korean romanisation says it (the list's `said`: `koupeng`,
 * `coopeng`, `kupng`) or the core name's own letters shuffled, its first kept (`coapung`, `coupgna`), on any TLD
 * (domain62's round). Two slips apart from the name, but no slip of a word: not one of the 110,000 benign names holds
 * either shape, no half's honest row is one (the city Kupang and the fish cupang are the list's words, left out),
 * and several hundred of the halves' flag rows are. With other words (`cuppang-bakery`) the name stays its own.
 */
function saidOrShuffled(host: string, name: string, lists: CompiledLists): BrandFinding | null {
  const brand = lists.brands[0];
  const detail = brand ? saidOrShuffledName(name, lists) : null;
  if (!brand || detail === null || restrictedSuffix(publicSuffix(host, false))) return null;
  return { brand, reasons: [{ code: 'typo', brand: brand.id, match: name, detail }] };
}

/** 'said' or 'shuffled' when `name` is one of saidOrShuffled's shapes, else null. */
function saidOrShuffledName(name: string, lists: CompiledLists): 'said' | 'shuffled' | null {
  if (name.length < 4 || name.length > 9 || !/^[a-z]+$/.test(name)) return null;
  if (lists.said.has(name)) return 'said';
  for (const core of lists.coreNames)
    if (core.length === name.length && core !== name && core[0] === name[0] && sameLetters(core, name))
      return 'shuffled';
  return null;
}

/** The lists saidOrShuffledMasks read last, and its answer there (a compare, not a map lookup, on every host). */
let saidMasksLists: CompiledLists | null = null;
let saidMasks: ReadonlySet<number> = new Set();
/**
 * The letter masks (hostLabelMask) of the names saidOrShuffledName answers for: the `said` names and the core names
 * (a shuffle holds its name's letters). A label of another mask is none of them, without a slice or a set lookup of
 * its text: most labels of four to nine letters that start with c, k or q (issue #12, domspeed5).
 */
function saidOrShuffledMasks(lists: CompiledLists): ReadonlySet<number> {
  if (saidMasksLists !== lists) {
    const masks = new Set<number>();
    for (const name of lists.said) masks.add(hostLabelMask(name));
    for (const core of lists.coreNames) masks.add(hostLabelMask(core));
    saidMasks = masks;
    saidMasksLists = lists;
  }
  return saidMasks;
}

/** Letter counts for sameLetters (classify is synchronous: one table is enough). */
const LETTER_COUNT = new Int32Array(128);
/**
 * Do two strings of one length hold the same characters as often (each one's characters sorted alike)? Counted in a
 * table instead of two sorted copies: saidOrShuffledName runs on every registrable label of four to nine letters that
 * starts with c, k or q (slipOrServiceMay), the common path. Characters past ASCII are compared by sorting, as before.
 */
function sameLetters(a: string, b: string): boolean {
  let wide = false;
  for (let i = 0; i < a.length; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x > 127 || y > 127) wide = true;
    LETTER_COUNT[x & 127]!++;
    LETTER_COUNT[y & 127]!--;
  }
  let same = true;
  for (let i = 0; i < a.length; i++) {
    if (LETTER_COUNT[a.charCodeAt(i) & 127] !== 0) same = false;
    LETTER_COUNT[a.charCodeAt(i) & 127] = 0;
    LETTER_COUNT[b.charCodeAt(i) & 127] = 0;
  }
  return wide ? [...a].sort().join('') === [...b].sort().join('') : same;
}

/** A service's worker (Coupang Eats' riders, Coupang Flex's drivers), in English and romanised Korean. */
const SERVICE_ROLE = new Set(['rider', 'riders', 'driver', 'drivers', 'gisa']);
/** A recruitment's asking words: apply, 신청 (lure words of their own: extraWords reads them so). */
const RECRUIT_ASK = new Set(['apply', 'sincheong']);
/** One worker's role, in the singular (a kit's name for the programme; the plural is the riders' own). */
const SINGLE_ROLE = new Set(['rider', 'driver']);
/**
 * A worker's pay asked for: pay, 정산, a bonus (domain65's round: the riders' and drivers' own lure,
 * `flex-driver-pay.kr`, `eats-rider-jeongsan.kr`; lure words of their own, as extraWords reads them).
 */
const ROLE_PAY_ASK = new Set(['pay', 'jeongsan', 'bonus']);

/** A service word glued to a worker's role (`eatsrider`, `flexdriver`), split in two; any other word as it is. */
function serviceWithRole(word: string, lists: CompiledLists): string[] {
  if (word.length < 7 || lists.services.has(word)) return [word];
  for (const s of lists.services.keys())
    if (word.startsWith(s) && SERVICE_ROLE.has(word.slice(s.length))) return [s, word.slice(s.length)];
  return [word];
}

/** The service words' keys of the last map asked for (one slot: the lists' own map, the same on every host). */
let serviceKeysFor: ReadonlyMap<string, number> | null = null;
let serviceKeys: readonly string[] = [];
/**
 * Does `name` hold one of the service words anywhere? Necessary for serviceLureHost: the word it finds is a service
 * word whole, or one at the start of a word with a role after it (serviceWithRole), so inside `name` either way; most
 * names that reach it hold none, and then it splits nothing (issue #12, domspeed8).
 */
export function holdsService(name: string, services: ReadonlyMap<string, number>): boolean {
  if (services !== serviceKeysFor) {
    serviceKeys = [...services.keys()];
    serviceKeysFor = services;
  }
  for (const s of serviceKeys) if (name.includes(s)) return true;
  return false;
}

/**
 * A registrable name of one of the brand's service words (the list's `services`: `eats`, `wow`, `flex`, `play`) and
 * lure words only, one of them asking (a refund, a cancellation, a login, a payout), in Korea's context: a Korean
 * lure word, the word `kr` or a Korean suffix (`eats-refund-kr.com`, `wow-member-cancel.co.kr`, `flex-jeongsan.com`,
 * 정산). Those words alone are anyone's (`eats-seoul.kr`, `wowcafe.kr`, `flex.team`); with a refund's words in
 * Korea they are the brand's services a kit names without the brand. With any other word (`eats-rider-kr.com`, a
 * rider's role; `flex-team-payroll.com`) or none that asks, the name stays its own.
 */
function serviceLureHost(host: string, name: string, lists: CompiledLists): BrandFinding | null {
  const brand = lists.brands[0];
  if (!brand || name.length > 40 || !holdsService(name, lists.services)) return null;
  const words = name.split(/[-0-9]+/).flatMap((w) => serviceWithRole(w, lists));
  const at = words.findIndex((w) => lists.services.has(w));
  if (at < 0) return null;
  const rest = words.filter((w, k) => k !== at && w !== '').join('-');
  if (!rest) return null;
  if (extraWords(rest) !== 'lure' || !hasStrongLure(rest)) {
    // (domain59's round) a rider's or a driver's role beside a recruitment's asking word (`flex-driver-apply.kr`,
    // `eatsrider-apply.kr`): the role alone is a riders' blog's or a bike shop's (`flexrider-bikes.kr`,
    // `eats-rider-kr.com` stays), the sign-up it asks for is the kit's
    const parts = rest.split('-');
    const others = parts.filter((w) => !SERVICE_ROLE.has(w));
    if (others.length === parts.length) return null;
    // (the pay only beside a service whose workers the list names, `riderServices`: Eats and Flex, not Play or WOW)
    const workers = lists.riderServices.has(words[at]!);
    // (domain67's round) one worker's role and `kr` alone beside Eats or Flex (`eats-rider-kr.com`,
    // `flexdriver-kr.com`): 11 flag rows of 7 halves and no honest row of any; riders' own sites carry a word of
    // their own (`eats-rider-union`, `flexrider-bikes`) or the plural (`flex-drivers-kr`, a community), and stay
    const roleInKorea =
      workers &&
      parts.length === 2 &&
      others.length === 1 &&
      others[0] === 'kr' &&
      SINGLE_ROLE.has(parts.find((w) => w !== 'kr')!);
    // (and since domain65's round beside a worker's pay asked for, `flex-driver-pay.kr`, `eatsrider-jeongsan.kr`)
    if (!roleInKorea) {
      if (!others.some((w) => RECRUIT_ASK.has(w) || (workers && ROLE_PAY_ASK.has(w)))) return null;
      if (extraWords(others.join('-')) !== 'lure') return null;
    }
  }
  const icann = publicSuffix(host, false);
  if (restrictedSuffix(icann)) return null;
  if (!hasKoreanLure(rest) && !words.includes('kr') && !koreanSuffix(icann)) return null;
  return { brand, reasons: [{ code: 'combosquat', brand: brand.id, match: name, detail: 'service' }] };
}

/**
 * A registrable name that starts with the core name spelt backwards (`gnapuoc`) as a whole word, with lure words after
 * it (`gnapuoc-cheheomdan.top`, 체험단, `gnapuoc-refund.kr`): a name a filter reading for the brand passes and a
 * reader turns round (domain48's round). Alone, or with other words, it is left (no verdict without a word that asks
 * or lures); a word only holding the letters is no match (`gnapuocx`).
 */
function reversedHost(
  host: string,
  regLabel: number,
  start: number,
  lists: CompiledLists,
): BrandFinding | null {
  const brand = lists.brands[0];
  const from = labelStart[regLabel]!;
  const head = lists.reversed;
  if (!brand || start - 1 - from <= head.length + 1 || host.charCodeAt(from + head.length) !== 45)
    return null;
  const name = host.slice(from, start - 1);
  if (name.length > 40) return null;
  const icann = publicSuffix(host, false);
  if (restrictedSuffix(icann)) return null;
  const rest = name.slice(head.length + 1);
  if (!luresCount(rest, icann) && !(kitsRegister(icann) && romanisedOnly(rest))) return null;
  return { brand, reasons: [{ code: 'typo', brand: brand.id, match: name, detail: 'reversed' }] };
}

/**
 * A registrable name that is an abbreviation naming the brand alone as it sounds (the list's `ownShort` with k or
 * q for its c: `kpang`, `qpang`, `kpng`), alone or with a tag of digits (`kpang7.top`), on a TLD phishing all but
 * owns (isNotoriousTld): the spelling of `cpang.top` a reader hears as the brand. With lure words only, before or
 * after it (`kpang-baesong.shop`, `hwanbul-kpng.com`), it is the brand's as the squeezed name is (squeezedHost):
 * a lure word that asks or a Korean one anywhere, any other where kits register. Anywhere else, or with other
 * words, it is a name of its own (QPang, an online game; `kpang-studio.com`, `qpang-guild.com`).
 */
function soundShortHost(
  host: string,
  regLabel: number,
  start: number,
  lists: CompiledLists,
): BrandFinding | null {
  const brand = lists.brands[0];
  if (!brand || start <= labelStart[regLabel]!) return null;
  // (either reading holds one of the sounds in the name: most registrable labels that start with k or q hold none,
  // and are left without a slice or a split; issue #12, domspeed5)
  if (!lists.ownShortSounds.some((a) => soundIn(host, labelStart[regLabel]!, start - 1, a))) return null;
  const name = host.slice(labelStart[regLabel], start - 1);
  if (name.length > 40) return null;
  if (name.length <= 12)
    for (const a of lists.ownShortSounds) {
      if (!name.startsWith(a) || !OWN_TAG.test(name.slice(a.length))) continue;
      const icann = publicSuffix(host, false);
      if (!isNotoriousTld(icann)) return null;
      return { brand, reasons: [{ code: 'combosquat', brand: brand.id, match: name, detail: icann ?? '' }] };
    }
  if (!name.includes('-')) return null;
  const words = name.split('-');
  const at = words.findIndex((w) => lists.ownShortSounds.includes(w));
  if (at < 0) return null;
  const rest = words.filter((_, k) => k !== at).join('-');
  const icann = publicSuffix(host, false);
  if (!rest || restrictedSuffix(icann) || !luresCount(rest, icann)) return null;
  return { brand, reasons: [{ code: 'combosquat', brand: brand.id, match: name, detail: 'sound-short' }] };
}

/** Does host[from, to) hold `a`? */
function soundIn(host: string, from: number, to: number, a: string): boolean {
  const at = host.indexOf(a, from);
  return at >= 0 && at + a.length <= to;
}

/** The brand's own Hangul names typed with the Korean input off (쿠팡 → znvkd): their letters' mask and count. */
interface KeyedName {
  keys: string;
  mask: number;
  distinct: number;
}
interface KeyedNames {
  keyed: readonly KeyedName[];
  /** the core name's romanisation with its first consonant softened (쿠팡 → 구팡, `gupang`) */
  soft: ReadonlySet<string>;
  /** their first letters' codes */
  softFirsts: readonly number[];
}
const KEYED = new WeakMap<CompiledLists, KeyedNames>();
/** (the last lists' answer, as every host asks: no map look-up on the common path) */
let keyedFor: CompiledLists | null = null;
let keyedLast: KeyedNames = { keyed: [], soft: new Set(), softFirsts: [] };
function keyedNames(lists: CompiledLists): KeyedNames {
  if (lists === keyedFor) return keyedLast;
  let names = KEYED.get(lists);
  if (!names) {
    const keyed: KeyedName[] = [];
    const soft = new Set<string>();
    // (the core brand's own name first: keyboardGate reads its keys)
    const core = lists.hangul.filter((h) => h.brand === lists.brands[0] && h.name === h.brand.hangulName);
    for (const h of [...core, ...lists.hangul]) {
      if (!h.jamo || h.weak) continue;
      const keys = hangulToKeys(h.name).toLowerCase();
      if (/^[a-z]{5,}$/.test(keys) && !keyed.some((k) => k.keys === keys)) {
        const mask = hostLabelMask(keys);
        keyed.push({ keys, mask, distinct: popcount(mask) });
      }
      if (core.includes(h)) {
        const softened = softFirst(h.name);
        if (softened !== h.name) soft.add(romanize(softened));
      }
    }
    KEYED.set(lists, (names = { keyed, soft, softFirsts: [...soft].map((r) => r.charCodeAt(0)) }));
  }
  keyedFor = lists;
  keyedLast = names;
  return names;
}

/** The plain consonant of each aspirated or tense one's sound (ㅋ ㄲ → ㄱ, ㅌ ㄸ → ㄷ, ㅍ ㅃ → ㅂ, ㅊ ㅉ → ㅈ), by initial. */
const PLAIN_INITIAL: Readonly<Record<number, number>> = {
  1: 0,
  15: 0,
  4: 3,
  16: 3,
  8: 7,
  17: 7,
  13: 12,
  14: 12,
};

/** `name` with its first syllable's first consonant the plain one of its sound (쿠팡 → 구팡), or `name`. */
function softFirst(name: string): string {
  const p = syllableParts(name.charAt(0));
  const plain = p ? PLAIN_INITIAL[p[0]] : undefined;
  return p && plain !== undefined ? composeSyllable(plain, p[1], p[2]) + name.slice(1) : name;
}

/**
 * Necessary for keyboardSlipHost, for the lists it was set for (keyboardGate): a label holding all the letters of the
 * core name's keyboard form but one (`kbMask`, `kbNeed`; most labels hold neither z nor v), or starting with the
 * softened romanisation's first letter (`kbSoft`) and holding a hyphen or digit (`gupang-boan`: only beside words).
 */
let kbLists: CompiledLists | null = null;
let kbMask = 0;
let kbNeed = 99;
let kbSoft = -1;
/** keyboardSlipHost's gate for a registrable label of scan mask `mask` whose first character is `first`. */
let kbSoftNames: readonly string[] = [];
/**
 * The label is host[from, to). Its softened-romanisation side also asks that the label hold one of those names
 * (keyboardSlipHost finds one only as a word of the label): most labels that start with its first letter beside a
 * hyphen or digit (`get-…`, `go2…`, `gh-…`) hold none, and reached judgeFurther's whole chain for nothing (issue #12,
 * domspeed5).
 */
function keyboardMay(
  host: string,
  from: number,
  to: number,
  mask: number,
  first: number,
  lists: CompiledLists,
): boolean {
  if (lists !== kbLists) keyboardGate(lists);
  // (keyboardSlipHost reads names of four to forty characters, and a word of four to twelve between hyphens and
  // digits holding the keys but one: a long name of those letters, `spoznajslovensko`, or one whose words each hold
  // too few, `mackenzie-childs`, is none)
  if (to - from < 4 || to - from > 40) return false;
  if (to - from >= 6 && keyFormMay(host, from, to, mask, lists)) return true;
  if (popcount(mask & kbMask) >= kbNeed) {
    if ((mask & NOT_LETTER) === 0) return to - from <= 12;
    if (keyedWord(host, from, to)) return true;
  }
  if (first !== kbSoft || (mask & NOT_LETTER) === 0) return false;
  for (const s of kbSoftNames) {
    const at = host.indexOf(s, from);
    if (at >= 0 && at + s.length <= to) return true;
  }
  return false;
}
/** Does host[from, to) hold a word (between hyphens and digits) of four to twelve characters with kbNeed of kbMask's letters? */
function keyedWord(host: string, from: number, to: number): boolean {
  let m = 0;
  let w = from;
  for (let i = from; i <= to; i++) {
    const c = i < to ? host.charCodeAt(i) : 45;
    if (c === 45 || (c >= 48 && c <= 57)) {
      if (i - w >= 4 && i - w <= 12 && popcount(m & kbMask) >= kbNeed) return true;
      m = 0;
      w = i + 1;
    } else if (c < 128) m |= HOST_CHAR[c]!;
  }
  return false;
}
function keyboardGate(lists: CompiledLists): void {
  const { keyed, soft, softFirsts } = keyedNames(lists);
  kbLists = lists;
  kbMask = keyed[0]?.mask ?? 0;
  kbNeed = keyed[0] ? keyed[0].distinct - 1 : 99;
  kbSoft = softFirsts[0] ?? -1;
  kbSoftNames = [...soft];
}

/**
 * The brand's Hangul name with one letter part slipped, typed with the Korean input off (`rnvkd.co.kr`, 구팡;
 * `znvkf.shop`, 쿠팔; domain51's round): a whole token of the registrable label (between hyphens and digits) that
 * types such a name (match-brand.ts keyboardSlip), the label's other words lure words only (`rnvkd-bosang`). What
 * the keys type is nonsense in Latin letters, as the keyboard form spelled out is. And the core name romanised with
 * its first consonant softened, as 쿠팡 is heard and misspelt 구팡 (`gupang-boan.shop`, `gupang-tongkwan.net`),
 * beside Korean lure words only: alone or beside other words (`gupang.kr`, `gupang-market.co.kr`) it is a name of
 * its own, as the Revised Romanization `kupang` is the city's.
 */
function keyboardSlipHost(name: string, lists: CompiledLists): BrandFinding | null {
  if (name.length < 4 || name.length > 40) return null;
  const words = name.split(/[-0-9]+/).filter((w) => w !== '');
  const { soft } = keyedNames(lists);
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (w.length < 4 || w.length > 12) continue;
    const rest = words.filter((_, j) => j !== i).join('-');
    if (soft.has(w)) {
      if (rest === '' || extraWords(rest) !== 'lure' || !hasKoreanLure(rest)) continue;
      const brand = lists.brands[0]!;
      return { brand, reasons: [{ code: 'combosquat', brand: brand.id, match: name, detail: 'softened' }] };
    }
    // (a word holding the core name's keys but one: most words the soft reading let in hold none)
    const brand =
      popcount(hostLabelMask(w) & kbMask) >= kbNeed
        ? (keyboardSlip(w, lists)?.brand ?? coreKeysOff(w, lists))
        : null;
    if (!brand) continue;
    if (rest !== '' && extraWords(rest) !== 'lure') return null;
    return { brand, reasons: [{ code: 'typo', brand: brand.id, match: name, detail: 'keyboard-jamo' }] };
  }
  return null;
}

/**
 * The core name's own keys (쿠팡's five, `znvkd`) with one key struck for any other, the first too, or two keys swapped,
 * as a whole word of the label's length (`wnvkd`, ㅈ for ㅋ; `zqvkd`, q for n far from its place): domain77's round.
 * keySlipped takes a neighbouring key only and never the first, and keyFormSlipHost forms of seven keys or more; over
 * every half, the page halves' urls and the benign names the words one edit from the five keys are 45 flag rows and
 * no honest one. The word's length kept: the one honest word a key from a short form (`ncls1.com`, 쿠친's `zncls`
 * less its first key) is a key shorter. Reached only past keyboardMay's gate (the five keys' letters but one).
 */
function coreKeysOff(word: string, lists: CompiledLists): CompiledLists['brands'][number] | null {
  const keys = keyedNames(lists).keyed[0]?.keys;
  if (keys === undefined || word.length !== keys.length || keys.length > 6) return null;
  let at = -1;
  for (let i = 0; i < keys.length; i++) {
    if (keys.charCodeAt(i) === word.charCodeAt(i)) continue;
    if (at >= 0) {
      // two keys swapped: the only other difference is the next key, each in the other's place
      if (
        at !== i - 1 ||
        keys[at] !== word[i] ||
        keys[i] !== word[at] ||
        word.slice(i + 1) !== keys.slice(i + 1)
      )
        return null;
      break;
    }
    at = i;
  }
  return at < 0 ? null : (lists.brands[0] ?? null);
}

/**
 * The keyboard forms of the brand's Hangul names (every name of the list's: 로켓배송 → `fhzptqothd`) with one slip of a
 * key, not the first (domain74's round): a key struck twice (`fhzpttqothd`), one left out (`fhzptdhdn`, 로켓와우), one
 * struck for another or two swapped (`fhzptqotht`, `fhzptqotdh`), as the registrable label's first word, alone or
 * with lure words. A keyboard form spelled out is nonsense in Latin letters (compile.ts adds it whole, exact); so is
 * one a key off. Forms of seven keys or more only: every form of the list's names gets its token already (compile.ts
 * `addToken(…, 'keyboard')` for each Hangul name), and their slips counted over every half, the page halves' urls and
 * the 110,197 benign names are 38 flag rows (8 missed before) and no honest row; the one honest label a key from a form
 * (`ncls1.com`, 쿠친's `zncls` without its first key) is of a five-key form with its first key gone.
 */
let kfLists: CompiledLists | null = null;
/** A long form: its keys, letter mask and distinct letters. */
interface KeyForm {
  keys: string;
  mask: number;
  distinct: number;
  /** the keys less its last syllable's, when seven keys or more are left (로켓와우 → 로켓와, `fhzptdhk`), or '' */
  cut: string;
}
/** The long forms by their first letter (a = 0), the letters all of a letter's forms share and how many. */
let kfByFirst: readonly (readonly KeyForm[])[] = [];
const kfCommon = new Int32Array(26);
const kfCommonNeed = new Int32Array(26);
let kfMin = 99;
const KEY_FORM_MIN = 7;

/**
 * A form's keys less its last syllable's (cutForm), worked out once per form: keyFormGate runs again whenever another
 * lists is asked for (one slot), and the Hangul round trip is the dearest part of it.
 */
const CUTS = new Map<string, string>();
function cutOf(keys: string): string {
  let cut = CUTS.get(keys);
  if (cut === undefined) {
    cut = keys.slice(0, keys.length - hangulToKeys(keysToHangul(keys).slice(-1)).length);
    CUTS.set(keys, cut);
  }
  return cut;
}

function keyFormGate(lists: CompiledLists): void {
  const byFirst: KeyForm[][] = Array.from({ length: 26 }, () => []);
  kfMin = 99;
  for (const t of lists.tokens) {
    if (t.kind !== 'keyboard' || t.text.length < KEY_FORM_MIN || !/^[a-z]+$/.test(t.text)) continue;
    const mask = hostLabelMask(t.text);
    const cut = cutOf(t.text);
    byFirst[t.text.charCodeAt(0) - 97]!.push({
      keys: t.text,
      mask,
      distinct: popcount(mask),
      cut: cut.length >= KEY_FORM_MIN && cut.length < t.text.length ? cut : '',
    });
    kfMin = Math.min(kfMin, t.text.length);
  }
  for (let c = 0; c < 26; c++) {
    const forms = byFirst[c]!;
    kfCommon[c] = forms.reduce((m, f) => m & f.mask, forms.length > 0 ? -1 : 0);
    kfCommonNeed[c] = forms.length > 0 ? Math.max(1, popcount(kfCommon[c]!) - 1) : 99;
  }
  kfByFirst = byFirst;
  kfLists = lists;
}

/** The end of host[from, to)'s first word (before a hyphen or digit). */
function firstWordEnd(host: string, from: number, to: number): number {
  for (let i = from; i < to; i++) {
    const c = host.charCodeAt(i);
    if (c === 45 || (c >= 48 && c <= 57)) return i;
  }
  return to;
}

/**
 * keyFormSlipHost's gate on the registrable label host[from, to) of letter mask `mask`: its first letter a long
 * form's, holding the letters that letter's forms share but one, then one form's letters but one, and its first word
 * that form's length give or take one (masks first: most labels stop at the first test or the second).
 */
function keyFormMay(host: string, from: number, to: number, mask: number, lists: CompiledLists): boolean {
  if (lists !== kfLists) keyFormGate(lists);
  const c = host.charCodeAt(from) - 97;
  if (c < 0 || c > 25 || to - from < kfMin - 1 || popcount(mask & kfCommon[c]!) < kfCommonNeed[c]!)
    return false;
  const forms = kfByFirst[c]!;
  let len = -1;
  for (let k = 0; k < forms.length; k++) {
    const f = forms[k]!;
    if (popcount(mask & f.mask) < f.distinct - 1) continue;
    if (len < 0) len = firstWordEnd(host, from, to) - from;
    if (len - f.keys.length <= 1 && f.keys.length - len <= 1) return true;
    // (the form less its last syllable, alone or with more keys typed on: cutForm)
    if (f.cut !== '' && len >= f.cut.length && host.startsWith(f.cut, from)) return true;
  }
  return false;
}

/**
 * `word` is the long form less its last syllable's keys (`fhzptdhk`, 로켓와우 typed without its 우), alone or with
 * keys after it that type Hangul syllables (`fhzptdhkghksqnf`, 로켓와 + 환불): domain77's round. Over every half, the
 * page halves' urls and the benign names a word starting with a form of nine keys or more less its last syllable
 * (and not the whole form) is 38 flag rows (4 missed before) and no honest one. A word with keys after the cut form
 * that type no syllable (`fhzptdhkqq`) is not read so: a word is what the Korean keyboard would have typed.
 */
function cutForm(word: string, f: KeyForm): boolean {
  if (f.cut === '' || !word.startsWith(f.cut) || word.startsWith(f.keys)) return false;
  const more = word.slice(f.cut.length);
  return more === '' || /^[\uac00-\ud7a3]+$/.test(keysToHangul(more));
}

/** The keyboard form a key off that `name` (a registrable label) starts with, its other words lure words only. */
function keyFormSlipHost(name: string, lists: CompiledLists): BrandFinding | null {
  if (!keyFormMay(name, 0, name.length, hostLabelMask(name), lists)) return null;
  const end = firstWordEnd(name, 0, name.length);
  const word = name.slice(0, end);
  const rest = name.slice(end).replace(/^[-0-9]+/, '');
  if (rest !== '' && extraWords(rest) !== 'lure') return null;
  for (const f of kfByFirst[word.charCodeAt(0) - 97] ?? []) {
    if (editDistance(word, f.keys, 1) !== 1 && !cutForm(word, f)) continue;
    const t = lists.tokens.find((x) => x.kind === 'keyboard' && x.text === f.keys);
    if (!t) continue;
    return {
      brand: t.brand,
      reasons: [{ code: 'typo', brand: t.brand.id, match: name, detail: 'keyboard-slip' }],
    };
  }
  return null;
}

/** Is `c` a Latin vowel's code (a, e, i, o, u)? */
const isVowelCode = (c: number): boolean => c === 97 || c === 101 || c === 105 || c === 111 || c === 117;

/**
 * A label with a vowel written twice or more in a row, a hyphen inside the run or not (`couuuuupang`, `coo-oupang`,
 * `cooupangs`): domain72's round. No word is spelt with a vowel stretched so; one pass over the label's letters,
 * no allocation when no vowel repeats.
 */
function stretchedVowel(label: string): boolean {
  for (let i = 0; i + 1 < label.length; i++) {
    const c = label.charCodeAt(i);
    if (!isVowelCode(c)) continue;
    const d = label.charCodeAt(i + 1);
    if (d === c || (d === 45 && label.charCodeAt(i + 2) === c)) return true;
  }
  return false;
}

/**
 * A label's match, or, when it names no brand exactly and a vowel is stretched in it, the brand read with every run
 * of one vowel written once (`couuuuupang` → `coupang`, `coo-oupang` → `coupang`, `couupang-m` → `coupang-m`): the
 * brand's own name, exact and not a real word, after the runs are gone, marked as a repetition. Over every half
 * (domain72) a vowel-run reading that lands on the brand is 307 flag rows and no clean, official or benign name.
 */
function stretchedOr(m: LabelMatch | null, label: string, lists: CompiledLists): LabelMatch | null {
  if ((m !== null && m.cost === 0) || !stretchedVowel(label)) return m;
  let out = '';
  for (let i = 0; i < label.length; i++) {
    const c = label.charCodeAt(i);
    const last = out.charCodeAt(out.length - 1);
    if (isVowelCode(c) && c === last) continue;
    if (c === 45 && isVowelCode(last) && label.charCodeAt(i + 1) === last) continue;
    out += label[i];
  }
  const s = matchLabel(out, lists);
  if (s === null || s.cost !== 0 || s.weak || s.hangul || s.swaps.length > 0) return m;
  return { ...s, label, whole: false, typo: 'repetition' };
}

/** A registrable label that is a suffix's word, a look-alike's second level (`rocketnow.co.jp.net`, `com-kr`). */
const SUFFIX_WORD = /^(?:com?|net|org|kr|jp)(?:-|$)/;

/** `token` is a product's or service's alias token (`rocketgrowth`, `rocketwow`), no name of the brand's in it. */
function productAlias(token: string, lists: CompiledLists): boolean {
  let alias = false;
  for (const t of lists.tokens) {
    if (t.kind === 'name' && token.includes(t.text)) return false;
    if (t.kind === 'alias' && t.text === token) alias = true;
  }
  return alias;
}

/** A shop's own registrable name: a mall's, a store's or a market's word in it (`hanbit-mall`, `greenmart`). */
const SHOP_NAME = /mall|shop|store|mart|market/;

/** A suffix where kits register names: a cheap, lure or kit TLD, or a Korean one. */
function kitsRegister(icann: string | null): boolean {
  return isCheapTld(icann) || isKitTld(icann) || koreanSuffix(icann);
}

/**
 * Words beside the brand's outline that make it a kit's name: lure words only, one that asks (a login, money, an
 * identity) or a Korean one anywhere, any other (`point`, `event`, `pay`) where kits register.
 */
function luresCount(rest: string, icann: string | null): boolean {
  return extraWords(rest) === 'lure' && (kitsRegister(icann) || hasStrongLure(rest) || hasKoreanLure(rest));
}

/** Top-level domains only governments, armed forces, universities and treaty bodies get. */
const RESTRICTED_TLD = new Set(['gov', 'mil', 'edu', 'int']);
/** Second-level suffixes of the same kind under country codes (gov.ph, go.kr, ac.kr, mil.kr, Korea's schools). */
const RESTRICTED_SLD = new Set(
  'gov go govt gouv gob gub gv mil army navy police ac edu es hs ms sc kg'.split(' '),
);

/**
 * A suffix under which names are not openly registrable: a look-alike needs a registrar that hands the name to
 * anyone. (A brand on a shared host there is still judged by its path.)
 */
function restrictedSuffix(icann: string | null): boolean {
  if (icann === null) return false;
  const dot = icann.indexOf('.');
  if (dot < 0) return RESTRICTED_TLD.has(icann);
  // only directly under a country code: `es.kr` is Korea's schools, `gov.ph` the Philippines' government
  return icann.length - dot === 3 && RESTRICTED_SLD.has(icann.slice(0, dot));
}

/** The rare path: which labels imitate which brand, and how. */
function findBrand(
  host: string,
  unicodeHost: string,
  suffix: string | null,
  candidates: number,
  lists: CompiledLists,
  rest = '',
): BrandFinding | null {
  // (judge's scan was of this host: its labels, sliced from the scan's starts)
  const labels = scannedLabels(host);
  const uLabels = unicodeHost === host ? labels : unicodeHost.split('.');
  if (uLabels.length !== labels.length) return null;
  // a one-label suffix is an ICANN one (a TLD); longer ones may be a platform's (github.io) or not (co.kr)
  const icannSuffix = suffix !== null && suffix.includes('.') ? publicSuffix(host, false) : suffix;
  // nobody registers a look-alike under a government, military or school suffix (barangay-cupang.gov.ph)
  if (restrictedSuffix(icannSuffix)) return null;
  // a longer suffix with private rules than without: a hosting platform (github.io, netlify.app ...)
  const isPrivate = suffix !== null && icannSuffix !== null && suffix.length > icannSuffix.length;
  const n = labels.length;
  // every label but the ICANN suffix: brands hide in subdomains and in private suffixes' labels too
  const analysed = Math.max(0, n - Math.max(1, labelCount(icannSuffix)));
  const suffixLabels = labelCount(suffix);
  const regIndex = suffixLabels < n ? n - suffixLabels - 1 : -1;
  // no lure or brand word in any label but the `i`th (the suffix aside), nor in the path, query or fragment
  const quietBeside = (i: number) =>
    !uLabels.some((l, k) => k !== i && k < n - 1 && (hasLureWord(l) || matchLabel(l, lists) !== null)) &&
    !lureIn(decodeTwice(rest));
  const reasons: Reason[] = [];
  let best: LabelMatch | null = null;
  for (let i = 0; i < analysed; i++) {
    // plain ASCII labels the cheap test cleared need no matching
    if (labels[i] === uLabels[i] && i < 31 && (candidates & (1 << i)) === 0) continue;
    const m = stretchedOr(matchLabel(uLabels[i]!, lists), uLabels[i]!, lists);
    // a real word near the brand (kupang, cupang, coupant) counts only with a lure word, another brand word, or on
    // a platform or a Korean suffix when no word of another kind says what it is (`kupang-dive.netlify.app` is a
    // dive shop in Kupang); a slip of the brand (cost > 0) with only words of another kind (`구팡골프`, golf) is a
    // name of its own, not the brand
    if (!m) continue;
    // the brand itself with words about it (`coupang-price-alert.vercel.app`, `sosong-coupang.lawfirm-minju.kr`)
    // as a platform's site or a subdomain: a project, blog or page about the brand, where no label lures
    if (
      m.cost === 0 &&
      !m.weak &&
      (isPrivate || i !== regIndex) &&
      aboutBrand(m.extra, lists.brandWords) &&
      !uLabels.some((l, k) => k !== i && k < n - 1 && hasLureWord(l))
    )
      continue;
    // a product's or service's name alone as the subdomain directly over an unrelated registrable name
    // (`rocketgrowth.example-3pl.co.kr`, a fulfilment firm's page for its Rocket Growth inbound service; domain72's
    // round, widening domain61's shop-name reading below to any registrable name): a product alias (not the brand's
    // name) whole or hyphenated, with no brand or lure word in any other label nor in the path, query or fragment,
    // off the TLDs kits register cheaply, off hosting platforms, shared hosts and Korean web hosts
    // (`rocketwow.mycafe24.com`, `rocketwow.cafe24app.com`), under a
    // registrable label longer than a free DNS's three letters (`rocketwow.p-e.kr`, `coupay.n-e.kr`, `kro.kr`) that is
    // no suffix's word (`rocketnow.co.jp.…`); counted over every half, it holds no flag row
    if (
      i === regIndex - 1 &&
      m.extra === '' &&
      m.cost === 0 &&
      !isPrivate &&
      m.swaps.length === 0 &&
      (m.typo === undefined || m.typo === 'hyphenation') &&
      uLabels[regIndex]!.length > 3 &&
      !SUFFIX_WORD.test(uLabels[regIndex]!) &&
      !kitsRegisterCheaply(icannSuffix ?? '') &&
      productAlias(m.token, lists) &&
      sharedRule(host, lists) === undefined &&
      !KOREAN_WEB_HOST.has(uLabels[regIndex] + '.' + suffix) &&
      quietBeside(i)
    )
      continue;
    // (a real word with a word the list names as its own businesses' too, `kupang-travel`, `kupang-logistics`: the
    // city's travel agent, whatever the brand calls its own service)
    // (a compound read as one run of letters only, `kupangwow`, names none of the city's businesses split by a
    // hyphen, `kupang-wow`: domain46's round)
    const cityWord =
      m.weak &&
      m.extra !== '' &&
      lists.weakWords.has(uLabels[i]!.replace(/[-_0-9]+/g, '')) &&
      !joinedWord(uLabels[i]!, lists);
    const otherWords = cityWord || extraWords(m.extra, lists.brandWords, TRADE) === 'other';
    // (on the real words' own countries' suffixes, `kupangupdate.id`, an English lure word is theirs: WORD_COUNTRIES)
    const home = m.weak && icannSuffix !== null && WORD_COUNTRIES.test(icannSuffix);
    const slipOffHome =
      i === regIndex &&
      !isPrivate &&
      !WORD_COUNTRIES.test(icannSuffix ?? '') &&
      homeWordSlip(uLabels[i]!, icannSuffix, lists);
    if (
      m.weak &&
      !slipOffHome &&
      !weakEvidence(m, uLabels, i, lists, home) &&
      !ownPeople(m, i === regIndex && !isPrivate, lists) &&
      !(
        i === regIndex &&
        !isPrivate &&
        (isCheapTld(icannSuffix) || isKitTld(icannSuffix)) &&
        shopOfName(m, lists)
      )
    ) {
      // a word for Korea beside it says so as a Korean suffix does (`kupangkorea.top`); so does a slip of the name
      // alone or with the brand's own words (`cupang.cfd`, `kupang-wow.top`) as the registrable name on a TLD
      // phishing all but owns (isNotoriousTld): the city's and the barangay's businesses live on `.id`, `.ph`, `.com`,
      // `.shop`. (A name others share that holds a brand word, `rocketpay.top`, is not a slip of the name.)
      if (
        otherWords ||
        (!isPrivate &&
          !koreanSuffix(icannSuffix) &&
          !KOREA_NAME.test(m.extra) &&
          !(i === regIndex && isNotoriousTld(icannSuffix) && !holdsBrandWord(m.label, lists)) &&
          !(i === regIndex && m.extra === '' && productWordCheaply(m.label, icannSuffix, lists)) &&
          !(i === regIndex && programmeAloneCheaply(m, icannSuffix, lists)))
      )
        continue;
    } else if (
      !slipOffHome &&
      m.cost > 0 &&
      m.swaps.length === 0 &&
      otherWords &&
      !weakEvidence(m, uLabels, i, lists) &&
      !hangulSlipApp(m)
    )
      // (a letter drawn as another, `coupangpiay-tv` with i for l, is no name of its own: no word is spelt so, and
      // other words beside it do not make it one; a slip of letters or sounds, `구팡골프`, may be)
      continue;
    // a community's own name, the brand or a product's name with its fans', watchers' or users' words only
    // (`coupang-fans`, `coupang-watchers`, `rocketwow-fan-wiki`, 쿠팡사용자모임) as the registrable name, off the TLDs
    // kits register cheaply, with no lure word in another label or in the path, query or fragment: the halves call
    // every such name honest and flag none (domain58's round); the brand's service words (`member`, `club`,
    // `friends`) are no community's, and `watch` beside the streaming service is what the service does
    if (
      m.cost === 0 &&
      !m.weak &&
      m.swaps.length === 0 &&
      m.typo === undefined &&
      i === regIndex &&
      !isPrivate &&
      m.extra !== '' &&
      !isCheapTld(icannSuffix) &&
      !isKitTld(icannSuffix) &&
      communityName(m.extra, /play|플레이/.test(m.label)) &&
      quietBeside(i)
    )
      continue;
    // a product's name made of common words with one trade's word only as the registrable name (`rocketfresh-farm.kr`,
    // `rocketnow-cafe`, `rocketnowfitness`: a farm, a café, a gym of its own), off the TLDs kits register cheaply, with
    // no lure word in another label or in the path, query or fragment: no half flags such a name, and the brand's own
    // name with a trade's word (`coupang-cafe`), a slip or a look-alike letter keep their verdict (domain63's round)
    if (
      m.cost === 0 &&
      !m.weak &&
      m.swaps.length === 0 &&
      (m.typo === undefined || m.typo === 'hyphenation') &&
      i === regIndex &&
      !isPrivate &&
      m.extra !== '' &&
      !isCheapTld(icannSuffix) &&
      !isKitTld(icannSuffix) &&
      tradeName(m.extra) &&
      lists.tokens.some((t) => t.text === m.token && t.kind === 'alias') &&
      !lists.tokens.some((t) => t.kind === 'name' && m.token.includes(t.text)) &&
      quietBeside(i)
    )
      continue;
    // a product's name alone as a subdomain of a shop's own name (`wow-membership.hanbit-mall.kr`, a mall's own
    // membership site): a product alias (not the brand's name) whole or hyphenated, directly under a registrable name
    // with a shop's word (SHOP_NAME) and no brand or lure word, off the TLDs kits register cheaply and off hosting
    // platforms, with no lure word in any other label or in the path, query or fragment (domain61's round);
    // `wowmembership.account-kr.rest`, `coupang.hanbit-mall.kr`, `rocketwow.hanbit-mall.kr/login` and the free
    // subdomains of Korean web and DNS hosts (`rocketwow.mycafe24.com`, `rocketwow.p-e.kr`) stay flagged
    if (
      i === regIndex - 1 &&
      SHOP_NAME.test(uLabels[regIndex]!) &&
      !isPrivate &&
      m.cost === 0 &&
      !m.weak &&
      m.extra === '' &&
      m.swaps.length === 0 &&
      (m.typo === undefined || m.typo === 'hyphenation') &&
      lists.tokens.some((t) => t.text === m.token && t.kind === 'alias') &&
      !kitsRegisterCheaply(icannSuffix ?? '') &&
      quietBeside(i)
    )
      continue;
    // a project named for the brand and developers' words only on a code or docs platform (list `codeHosts`:
    // `coupang-openapi-py.readthedocs.io`): a client of the brand's Open API, its page left to the page guard
    if (
      isPrivate &&
      m.cost === 0 &&
      m.swaps.length === 0 &&
      devName(m.extra, lists) &&
      onCodeHost(host, lists)
    )
      continue;
    if (!best || m.score > best.score) best = m;
    const where = i === regIndex ? 'registrable' : 'subdomain';
    positionReasons(reasons, m, labels[i]!, where, uLabels[i + 1]);
    if (where === 'registrable' && m.whole && !isPrivate)
      reasons.push({ code: 'tld-swap', brand: m.brand.id, match: m.label, detail: icannSuffix ?? '' });
    const scripts = m.swaps.length > 0 ? scriptsOf(uLabels[i]!) : [];
    if (isMixedScript(scripts))
      reasons.push({ code: 'mixed-script', brand: m.brand.id, match: m.label, detail: scripts.join('+') });
  }
  if (!best && n > 1 && (host !== unicodeHost || (candidates & SPLIT) !== 0)) {
    // over every label, the suffix's too: "c.o.u.p.a.n.g.xyz", and "couрa.ng" spread over label and suffix
    const split =
      matchSplit(uLabels, lists) ??
      (suffix === icannSuffix && labelCount(suffix) === 1
        ? (matchSuffixSlip(uLabels, lists) ??
          (n > 2 && labels[n - 2]!.length === 2 ? matchSuffixSlip(uLabels.slice(0, -1), lists) : null))
        : null);
    if (split) {
      best = split;
      reasons.push({ code: 'typo', brand: split.brand.id, match: split.label, detail: 'subdomain' });
    }
  }
  if (!best) return null;
  if (isPrivate)
    reasons.push({ code: 'hosting-platform', brand: best.brand.id, match: best.label, detail: suffix });
  return { brand: best.brand, reasons };
}

const MAX_PIECES = 8;

/** `host` is on a code or docs platform (list `codeHosts`: github.io, readthedocs.io …). */
function onCodeHost(host: string, lists: CompiledLists): boolean {
  for (const s of lists.codeHosts) if (host.endsWith(s)) return true;
  return false;
}

/** What a combosquat adds is developers' words only (`openapi-py`, `sdk`; list `codeHosts.words`), one at least. */
function devName(extra: string, lists: CompiledLists): boolean {
  const words = extra.split(/[^a-z0-9]+/).filter(Boolean);
  return words.length > 0 && words.every((w) => lists.devWords.has(w));
}

/** The first segment of a path, lower-cased and decoded as far as it safely goes; '' for none. */
function firstSegment(path: string): string {
  const seg = path.split('/', 2)[1] ?? '';
  try {
    return decodeURIComponent(seg).toLowerCase();
  } catch {
    return seg.toLowerCase();
  }
}

/**
 * A project's folder named for the brand with developers' words only (`coupang-openapi-js`, `coupang_sdk`): the
 * name as the path's sites carry it, or null when it is not one.
 */
function devProjectName(seg: string, lists: CompiledLists): string | null {
  const name = seg.replace(/_/g, '-');
  if (!name.includes('-')) return null;
  const m = matchLabel(name, lists);
  return m && m.cost === 0 && m.swaps.length === 0 && devName(m.extra, lists) ? name : null;
}

/** The shared-host rule of `host` (list data): by exact host, or by a suffix whose every subdomain is the platform. */
export function sharedRule(host: string, lists: CompiledLists): SharedHostRule | undefined {
  const exact = lists.sharedHosts.get(host);
  if (exact || lists.sharedHostSuffixes.size === 0) return exact;
  // one probe by the host's last two labels: most hosts end in none of the platforms'
  const suffixes = lists.sharedHostSuffixes.get(lastTwoLabels(host));
  if (!suffixes) return undefined;
  for (const s of suffixes) {
    // s is ".platform.example": a subdomain of it, without building "." + host
    const at = host.length - s.length;
    if ((at > 0 && host.endsWith(s)) || (at === -1 && s.endsWith(host))) return lists.sharedHosts.get(s);
  }
  return undefined;
}

/** Does `path` go on past the shared host's site segment (a post, `/<blog>/<post id>`)? */
function postUnder(path: string, rule: SharedHostRule): boolean {
  const segs = path.split('/').filter((x) => x !== '');
  const p = rule.prefixes.find(
    (q) => segs.length > q.length && q.every((x, i) => x === '*' || x === segs[i]),
  );
  return p !== undefined && segs.length > p.length + 1;
}

/** A post's topic or tag keys (`?topic=`, `?tag=`, `?category=`): how a blog files a post. */
const TOPIC_KEYS = new Set('topic topics tag tags category categories section subject'.split(' '));

/** A query of one parameter whose name and value are words (`?coupang=bosang`). */
const ONE_PAIR = /^\?([a-z][a-z-]{3,30})=([a-z][a-z0-9-]{1,30})$/i;
/** A fragment that is one name, no parameter and no value (`#coupang-bosang`). */
const BARE_FRAGMENT = /^#([^=&/.?#]{3,60})$/;

/** A query that is one name, no parameter and no value (`?coupang`). */
const BARE_TAG = /^\?([^=&/.?#]{3,60})$/;
/**
 * A bare name as a query's last parameter, after the service's own (`?usp=sharing&coupang-kr`, domain69's round):
 * a label the sender appended, which the service ignores; read as a free alias (the brand with lure words only).
 */
const BARE_LAST = /&([^=&/.?#]{3,60})$/;

/**
 * A script's own page parameter on any host (`/index.php?page=coupang_login`, `/?view=…`): the value names the page
 * the script serves, as a page file's name would. Only the brand with lure words, one of them asking for a login,
 * money or an identity, counts there (a shop's `?page=coupang_event` stays anyone's). Values shorter than the brand
 * and such a word together (`?page=2`, `?view=list`) are not read.
 */
const PAGE_PARAM = /(?:^\?|&)(?:page|view|menu|act|mode|module)=[^&#]{8}/i;
const PAGE_PARAM_NAMES = new Set(['page', 'view', 'menu', 'act', 'mode', 'module']);
/** The path a script's page parameter is read on: the site's root or a script file at it. */
const SCRIPT_PAGE = /^\/(?:[a-z0-9_-]{1,30}\.(?:php|asp|aspx|jsp|cgi))?$/i;

/** Each page parameter's value of a root script's query (PAGE_PARAM), as written. */
const PAGE_VALUES = /(?:^\?|&)(?:page|view|menu|act|mode|module)=([^&#]{8,200})/gi;

/** A page parameter's value that may name the brand beside a word asking for a login, money or an identity. */
function routedPage(value: string, lists: CompiledLists): boolean {
  return textMayImitate(value, lists) && hasStrongLure(words(value));
}

/** The pages a root script's page parameters name (`/index.php?page=coupang_login`), judged as aliases. */
function routedPages(search: string, lists: CompiledLists): PathSite[] {
  const out: PathSite[] = [];
  PAGE_VALUES.lastIndex = 0;
  for (let m = PAGE_VALUES.exec(search); m !== null; m = PAGE_VALUES.exec(search)) {
    let value = m[1]!;
    // (most values are plain: decoded only when escaped)
    if (value.includes('%') || value.includes('+'))
      try {
        value = decodeURIComponent(value.replace(/\+/g, ' '));
      } catch {
        // as written
      }
    value = value.toLowerCase();
    if (!value.includes('/') && routedPage(value, lists))
      out.push({ text: words(value).replace(/_/g, '-'), role: 'alias', folder: false });
  }
  return out;
}

/** Query values that name a page: the shared host's own parameters, and any value naming an app package. */
function queryPages(
  search: string | undefined,
  rule: SharedHostRule | undefined,
  path: string,
  lists: CompiledLists,
): PathSite[] {
  if (search === undefined || search.length < 2) return [];
  const routed = !rule && SCRIPT_PAGE.test(path) && PAGE_PARAM.test(search);
  if (!rule && !APP_HINT.test(search)) return routed ? routedPages(search, lists) : [];
  let query: URLSearchParams;
  try {
    query = new URLSearchParams(search.slice(0, 2000));
  } catch {
    return [];
  }
  const out: PathSite[] = [];
  // a query that is one bare name (`open.kakao.com/o/…?coupang`, `tally.so/r/…?coupang`): a tag the link carries to
  // say whose it is, read as a short link's name (the brand alone claims to be the brand's)
  // (not on a post under a free alias, `blog.naver.com/<blog>/<post>?coupang`: a tag the post's link carries from
  // where it was shared; a group's or a form's own link, `band.us/band/<id>?coupang`, still claims)
  // (there a tag of the brand with lure words only, `?coupang-bosang10`, is no share's: it names a landing, as a free
  // alias so named does)
  const post = rule !== undefined && rule.alias && !rule.shortener && postUnder(path, rule);
  const tag = rule ? BARE_TAG.exec(search) : null;
  if (tag)
    out.push({
      text: words(decodeTwice(tag[1]!).toLowerCase()).replace(/_/g, '-'),
      role: post ? 'alias' : 'claim',
      folder: false,
    });
  const last = rule && !tag ? BARE_LAST.exec(search) : null;
  if (last)
    out.push({
      text: words(decodeTwice(last[1]!).toLowerCase()).replace(/_/g, '-'),
      role: 'alias',
      folder: false,
    });
  for (const p of rule?.query ?? []) {
    // `entry.*`: every parameter of that family (a Google Form's prefilled answers, `entry.<id>=쿠팡`)
    const values = p.endsWith('.*')
      ? [...query].filter(([k]) => k.startsWith(p.slice(0, -1))).map(([, v]) => v)
      : [query.get(p)];
    for (const v of values.slice(0, 10))
      if (v) out.push({ text: v.toLowerCase().slice(0, 253).replace(/_/g, '-'), role: 'page', folder: true });
  }
  // a query of one parameter on a shared host whose name and value read as one tag (`qr.kakao.com/talk/…?coupang=bosang`):
  // a link's own label, read as a free name
  const one = rule ? ONE_PAIR.exec(search) : null;
  if (one) out.push({ text: `${one[1]!}-${one[2]!}`.toLowerCase(), role: 'alias', folder: false });
  let n = 0;
  for (const [k, v] of query) {
    if (++n > 20) break;
    // a search's terms are what someone looked for (`x.com/search?q=coupang refund`, `?search_query=…`): no page's
    // title, on a shared host as on any
    if (SEARCH_PARAMS.has(k.toLowerCase())) continue;
    // on a post under a free alias (`blog.naver.com/<blog>/<post>?topic=coupang-rocket-jikgu-customs-guide`) a
    // topic's or tag's key files the post under what it is about, as a news article's does (domain59's NEWS_TAGS):
    // the post's own address, not a page's name (domain63's round; a bare tag, `?coupang-bosang10`, and the blog's
    // own name still read)
    if (post && TOPIC_KEYS.has(k.toLowerCase())) continue;
    const value = v.toLowerCase();
    const app = appPackage(value);
    if (app) out.push(app);
    // on a shared host any value may title the page (a form's `?title=`, `?ref=`, `?sourceId=`): a free name,
    // so only the brand with lure words counts, as for an alias
    else if (
      (rule || (routed && PAGE_PARAM_NAMES.has(k.toLowerCase()) && routedPage(value, lists))) &&
      value.length > 3 &&
      value.length <= 200 &&
      !value.includes('/')
    )
      // a file's name as its words (`coupang_refund_form.html`): its page extension is not one
      out.push({ text: words(value).replace(/_/g, '-'), role: 'alias', folder: false });
  }
  return out;
}

/**
 * Necessary condition for a path's text to name a brand, as mayImitate's for a label: a character that is not
 * ASCII (Hangul, look-alikes), or enough of some gate's letters. Most segments are turned away here.
 */
function textMayImitate(text: string, lists: CompiledLists): boolean {
  let mask = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128) return true;
    const b = HOST_CHAR[c]!;
    if (b > 0) mask |= b;
  }
  const gates = lists.gateTable;
  for (let g = 0; g < gates.length; g += GATE_FIELDS)
    if ((mask & gates[g + 4]!) !== 0 && popcount(mask & gates[g]!) >= gates[g + 1]!) return true;
  return false;
}

/** An object-storage endpoint's label: a bucket's name stands right before it (`cp-refund.cos.ap-seoul.…`). */
const STORAGE_LABEL = /\.(?:s3|s3-[a-z0-9-]+|oss-[a-z0-9-]+|cos|obs|tos-[a-z0-9-]+|objectstorage)\./;

/** A bucket's host on an object store the data does not name: a storage endpoint's label after the first label. */
function objectStorage(host: string): boolean {
  const m = STORAGE_LABEL.exec(host);
  // the bucket is the first label, and the endpoint has a region or a cloud's name after it
  return (
    m !== null &&
    host.indexOf('.') === m.index &&
    host.indexOf('.', m.index + m[0].length) > 0 &&
    !host.startsWith('www.')
  );
}

/** A host named for price tracking (`pricelog`, `price-alarm`, `lowprice`, `pricetracker`): a price tracker's. */
const PRICE_HOST = /(?:^|[.-])[a-z0-9-]*price[a-z0-9-]*\.[^/]+$/;
/** A price tracker's page on one shop's items: its tracking, its history, its alerts. */
const PRICE_PAGE = /^(?:track|tracking|tracker|history|price|prices|alert|alerts|chart)$/;

const BARE_QUERY = /^\?([a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,24})\/[^=&]*$/i;

/**
 * Where the path goes on after a first folder named exactly for one of the brand's products, not the brand's own
 * name (`/rocketwow/…`, `/coupangeats/…`), or 0. Only the paths of three folders or more, the product's first.
 */
function productFolder(path: string, lists: CompiledLists): number {
  const end = path.indexOf('/', 1);
  if (end < 4 || end > 31 || path.indexOf('/', end + 1) < 0) return 0;
  const seg = path.slice(1, end).toLowerCase();
  if (!/^[a-z]+$/.test(seg) || !textMayImitate(seg, lists)) return 0;
  const m = matchLabel(seg, lists);
  if (!m || !m.whole || m.cost > 0 || m.weak || m.extra !== '') return 0;
  return lists.coreNames.includes(m.token) ? 0 : end;
}

/** The brand in the path segments that name the site on shared hosts, platforms and IP addresses (path-site.ts). */
function findInPath(
  host: string,
  url: UrlParts,
  platform: boolean,
  ip: boolean,
  lists: CompiledLists,
): BrandFinding | null {
  let rule = sharedRule(host, lists);
  // object storage where every subdomain is a bucket: a hosting platform the public suffix list does not name,
  // by the data or by the shape of its endpoint (`bucket.s3.region.cloud.example`, `bucket.oss-cn-x.cloud.example`)
  if (rule?.hosting || (!rule && !platform && !ip && objectStorage(host))) {
    rule = undefined;
    platform = true;
  }
  let sites = pathSites(url.path, rule, platform, ip);
  // (since domain70's round a free alias's host whose accounts are a generated channel id, `pf.kakao.com/_xkq81Z/…`:
  // a name after the id is no page the service makes, `/posts`, `/chat` and `/friend` being its pages, so it is read
  // as a name at the root is, `pf.kakao.com/_xkq81Z/coupang-cancel` as `pf.kakao.com/coupang-cancel`; behind two
  // character tests)
  if (rule?.alias === true && url.path.charCodeAt(1) === 95) {
    const id = CHANNEL_ID.exec(url.path);
    if (id) sites.push(...pathSites(url.path.slice(id[0].length), rule, platform, ip));
  }
  // (since domain50's round a kit's first folder behind a folder named exactly for one of the brand's products,
  // `/rocketwow/coupang/renew`: the product's folder stands where a board's root does, its pages the brand's folder's)
  if (!platform && !ip && rule === undefined) {
    const product = productFolder(url.path, lists);
    if (product > 0) sites.push(...pathSites(url.path.slice(product), rule, platform, ip));
  }
  // on a code or docs platform, a project's folder named for the brand and developers' words only
  // (`dev.github.io/coupang-openapi-js/auth/`) is a developer's client of the brand's Open API: neither it nor a page
  // under it reads as a kit's (a page named for the brand and lure words still does)
  if (platform && lists.codeHosts.length > 0 && onCodeHost(host, lists)) {
    const project = firstSegment(url.path);
    const name = project ? devProjectName(project, lists) : null;
    if (name !== null) sites = sites.filter((s) => s.text !== name);
  }
  if (url.search !== undefined) {
    sites.push(...queryPages(url.search, rule, url.path, lists));
    // a query that is a host name with a page under it (`refund-kr.top/?www.coupang.com/login`) reads as that site
    const bare = BARE_QUERY.exec(url.search);
    if (bare) sites.push({ text: bare[1]!.toLowerCase(), role: 'site', folder: false });
    // a click tracker's target written out as a name with no host (`upn=coupang-security-notice.2Fverify-3D`): the
    // name the link claims to lead to (a host there is judged where it leads, carried())
    if (url.path === CLICK_PATH) {
      const name = clickTarget(url.search)?.split(CLICK_NAME_END, 1)[0];
      if (name && !name.includes('.')) sites.push({ text: name.toLowerCase(), role: 'claim', folder: false });
    }
  }
  // on a shared host, a fragment that is one bare name (`docs.google.com/document/d/<id>/edit#coupang-yuchul`): an
  // anchor the sender wrote to title the link, read as a free alias (the brand with lure words only; a document's
  // own anchors are `#heading=h.…`, `#gid=0`, and the brand alone may be a chapter's)
  const frag = rule && url.hash !== undefined ? BARE_FRAGMENT.exec(url.hash) : null;
  if (frag)
    sites.push({
      text: words(decodeTwice(frag[1]!).toLowerCase()).replace(/_/g, '-'),
      role: 'alias',
      folder: false,
    });
  // a price tracker's host (`pricelog.kr`, `lowest-price-alert.com`): its page on the brand's items is a tracking
  // page (`/coupang/tracking`, `/coupang/history`), what it is for, not a parcel check's lure
  const tracker = PRICE_HOST.test(host);
  // (an app file on a host where kits register by the hundred: shortInPath reads any abbreviation with lure words)
  if (!ip && !platform && rule === undefined && sites.some((s) => s.app === true)) {
    const suffix = publicSuffix(host, false);
    if (suffix !== null && kitsRegisterCheaply(suffix))
      for (const site of sites) if (site.app === true) site.cheap = true;
  }
  for (const site of sites) {
    // (two folders read joined name the brand whole or nothing: most pairs hold too few of its letters)
    if (site.joined && !textMayImitate(site.text, lists)) continue;
    if (tracker && site.role === 'kit' && site.next !== undefined && PRICE_PAGE.test(site.next)) continue;
    // an abbreviation of the brand where a name stands (`sites.google.com/view/cpng-bosang`, `/wp-includes/js/cpng/`)
    // (a free alias's only among a CMS's folders: `github.com/cp-bosang` is a developer's name; a short link's or a
    // form's name claims to be whoever it names, `bit.ly/cpng-yuchul`)
    const abbreviated =
      (site.role === 'alias' && site.cms !== true) || site.joined ? null : shortInPath(site, lists);
    if (abbreviated)
      return {
        brand: abbreviated,
        reasons: [
          { code: 'brand-in-path', brand: abbreviated.id, match: site.text.slice(0, 200), detail: host },
        ],
      };
    // a site's name that is an official host (`gate-kr.top/go/coupa.ng/…`): the link reads as the brand's
    // (since domain33's round also an official short host with its dot moved, `/coup.ang/<code>`: movedDotShortHost)
    const shown =
      site.role === 'site' && site.text.includes('.')
        ? (officialShown(site.text, lists) ?? movedDotShortHost(site.text.toLowerCase(), lists))
        : null;
    if (shown)
      return {
        brand: shown,
        reasons: [{ code: 'brand-in-path', brand: shown.id, match: site.text.slice(0, 200), detail: host }],
      };
    // a hostile path's segment of 127 dots is not a name anyone reads: its first few parts are
    const pieces = site.text.split('.', MAX_PIECES);
    // a name spelt out in short pieces (`/co.u.pang/verify`) is read joined, as the brand alone
    if (pieces.length >= 3 && pieces.every((x) => x.length > 0 && x.length <= 4))
      pieces.push(pieces.join(''));
    for (let k = 0; k < pieces.length; k++) {
      const piece = pieces[k]!.slice(0, 63);
      if (!textMayImitate(piece, lists)) continue;
      const m = matchLabel(piece, lists) ?? (site.role === 'claim' ? taggedName(piece, lists) : null);
      if (!m || !pathCounts(m, site, pieces, k, lists)) continue;
      return {
        brand: m.brand,
        reasons: [{ code: 'brand-in-path', brand: m.brand.id, match: site.text.slice(0, 200), detail: host }],
      };
    }
  }
  // a page named with the brand's own page extension (`login.pang`, list `pageExtensions`): its address copied
  const page = brandPage(url.path, lists);
  if (page)
    return {
      brand: page.brand,
      reasons: [{ code: 'brand-in-path', brand: page.brand.id, match: page.name, detail: host }],
    };
  // (since domain71's round the brand's name alone as a kit's folder or page on a TLD phishing all but owns)
  if (!platform && !ip && rule === undefined) {
    const folder = brandFolderOnKitTld(host, url.path, lists);
    if (folder) return folder;
  }
  // (since domain70's round a profile's handle, `@…`, holding the brand's name with words of its own over a page of
  // lure words only: behind two character tests, last, so that a rule above keeps its reason)
  return rule?.alias === true && url.path.charCodeAt(1) === 64
    ? handleOverLurePage(host, url.path, lists)
    : null;
}

/** A page's file name: `index.html`, `coupang.php`. */
const PAGE_FILE = /\.(?:html?|php|aspx?|jsp)$/;

/** A folder's index page: `index.html`, `index.php`. */
const INDEX_PAGE = /^index\.(?:html?|php|aspx?|jsp)$/;

/** Folders a listing files a shop or a tag under (`/tag/coupang`, `/p/coupang/2931350`): the brand is what it lists. */
const LISTING_FOLDER = new Set(
  'tag tags category categories search brand brands topic topics hashtag label labels item items p product products store stores shop deals'.split(
    ' ',
  ),
);

/**
 * The brand's name alone as a folder or a page on a host of a TLD phishing all but owns or kits register by the
 * hundred (`dure-mirae.cfd/coupang/`, `stone1328.bond/coupang.html`, `koala-grove.mom/i/coupang`,
 * `handaldo52.homes/coupang/index.php`; domain71's round), with nothing under it but an index page, a mobile
 * folder or lure pages: a kit's landing filed by the brand it plays. A listing's (`/tag/coupang`,
 * `/p/coupang/2931350`: an id under it), a post's slug with words of its own (`/coupang-wow-worth-it`) and every
 * other TLD stay as they were (domain13's line: a path naming the brand is every article's, shop's and search's).
 */
function brandFolderOnKitTld(host: string, path: string, lists: CompiledLists): BrandFinding | null {
  if (path.length > 120) return null;
  const tld = host.slice(host.lastIndexOf('.') + 1);
  if (!isNotoriousTld(tld) && !isKitTld(tld)) return null;
  const segs = decodeTwice(path).toLowerCase().split('/');
  for (let i = 0; i < segs.length; i++) {
    const name = segs[i]!.replace(PAGE_FILE, '');
    const brand = lists.brands.find(
      (b) =>
        name === b.name.toLowerCase().replace(/ /g, '') ||
        (b.hangulName !== undefined && name === b.hangulName),
    );
    if (!brand) continue;
    // a page file named for the brand (`coupang.html`), or its folder under a kit's one-letter folder (`/s/`, `/i/`);
    // the folder alone at the root or under a section's name stays (earlier rounds' line: a shop's or blog's)
    const file = name.length < segs[i]!.length;
    if (!file && (i < 2 || segs[i - 1]!.length !== 1 || LISTING_FOLDER.has(segs[i - 1]!))) return null;
    const under = segs.slice(i + 1).filter((x) => x !== '');
    if (under.length > (file ? 0 : 2)) return null;
    if (!under.every((x) => x === 'm' || INDEX_PAGE.test(x) || lurePage(x))) return null;
    return {
      brand,
      reasons: [{ code: 'brand-in-path', brand: brand.id, match: segs[i]!.slice(0, 200), detail: host }],
    };
  }
  return null;
}

/** A profile's handle and one page under it: `/@coupang-job-home/verify`. */
const HANDLE_PAGE = /^\/@([a-z0-9_.-]{4,60})\/([a-z0-9_.-]{3,40})\/?$/i;

/**
 * A profile's handle on a free alias's host (Medium's `@…`, a Band's, a TikTok's) that holds the brand's name whole,
 * with any words, over one page of lure words only (`medium.com/@coupang-job-home/verify`,
 * `medium.com/@coupangpartners-recruit/verify`; domain70): a profile has posts with their own slugs, never a page
 * named `verify` or `login`, so the page is a kit's under a name the brand's. A post's slug (`/how-we-verify-3f2a`),
 * the handle alone, a handle of the brand's name alone (`replit.com/@coupang/verify`: the brand's own or a fan's,
 * paths8's line), and a name near the brand (a real word, `kupang`) stay; a repository's `owner/repo` has no `@`.
 */
function handleOverLurePage(host: string, path: string, lists: CompiledLists): BrandFinding | null {
  const h = HANDLE_PAGE.exec(path);
  if (!h || !lurePage(h[2]!.toLowerCase())) return null;
  const m = matchLabel(h[1]!.toLowerCase().replace(/[_.]/g, '-'), lists);
  if (!m || m.cost !== 0 || m.weak || m.swaps.length > 0 || m.extra === '') return null;
  return {
    brand: m.brand,
    reasons: [{ code: 'brand-in-path', brand: m.brand.id, match: path.slice(1, 200), detail: host }],
  };
}

/** A channel's generated id as a path's first segment (`/_xkq81Z`, Kakao's channels), a page's name after it. */
const CHANNEL_ID = /^\/_[A-Za-z0-9]{4,16}(?=\/[^/])/;

/**
 * A short link's name that is a brand's name of six letters or fewer, which counts only as a whole token (`coupay`,
 * an alias), with a uniqueness tag of one to three letters glued on (`tinyurl.com/coupayjxd`): the name the service
 * already had made unique, as `bit.ly/Coupangwaq` is for the longer name (untagged); domain35's round.
 */
function taggedName(piece: string, lists: CompiledLists): LabelMatch | null {
  if (!/^[a-z]{5,12}$/.test(piece)) return null;
  for (let k = 1; k <= 3; k++) {
    const m = matchLabel(piece.slice(0, -k), lists);
    if (m && m.cost === 0 && !m.weak && m.extra === '' && m.swaps.length === 0) return m;
  }
  return null;
}

/** A site's label on a hosting platform: letters, then a tag of one to three letters and digits (`coupayqmz`). */
const TAGGED_LABEL = /^[a-z]{5,12}[a-z0-9]{1,3}$/;

/**
 * A site's label on a hosting platform (a private suffix: `workers.dev`, `vercel.app`) that is a brand's name of six
 * letters or fewer, which counts only as a whole token (`coupay`), with a tag of one to three letters or digits
 * glued on (`coupayqmz.dg463ne.workers.dev`): the name the platform had taken, made unique as a short link's is
 * (taggedName, domain35) and as the same name with the tag hyphenated already reads (`coupay-qmz.vercel.app`):
 * domain36's round. A real word near the brand (`kupang`) is left to its own rules.
 */
function findTaggedPlatformSite(host: string, suffix: string, lists: CompiledLists): BrandFinding | null {
  if (!suffix.includes('.')) return null;
  // (a private suffix, a platform's: `co.kr` and `com.au` are registries', judged by the label rules; tested first,
  // as most hosts that come here are under such a suffix, and it builds nothing but the suffix's string)
  if (publicSuffix(host, false) === suffix) return null;
  const labels = host.slice(0, host.length - suffix.length - 1).split('.');
  if (labels.length > 3) return null;
  const own = platformShort(labels, suffix, lists);
  if (own) return own;
  if (!labels.some((l) => TAGGED_LABEL.test(l))) return null;
  for (const label of labels) {
    if (!TAGGED_LABEL.test(label)) continue;
    for (let k = 1; k <= 3; k++) {
      const head = label.slice(0, -k);
      if (!/^[a-z]{5,12}$/.test(head) || !textMayImitate(head, lists)) continue;
      const m = matchLabel(head, lists);
      if (!m || m.cost !== 0 || m.weak || m.extra !== '' || m.swaps.length !== 0) continue;
      return {
        brand: m.brand,
        reasons: [
          { code: 'combosquat', brand: m.brand.id, match: label, detail: label.slice(-k) },
          { code: 'hosting-platform', brand: m.brand.id, match: label, detail: suffix },
        ],
      };
    }
  }
  return null;
}

/** An abbreviation's letters, then a serial of one to four digits or none (`cpang`, `cpang073`, `coupg-12`). */
const SERIAL_SHORT = /^([a-z]{4,6})-?(\d{1,4})?$/;

/**
 * A site's label on a platform (a private suffix: object storage, workers, tunnels, free DNS) that is an abbreviation
 * naming the brand alone (ownShort: `cpang`, `coupg`) with a serial (`cpang073.blob.core.windows.net`), or alone as
 * a worker's name over its account's label (`cpang.<account>.workers.dev`): domain46's round. The label is the site's name, chosen for free
 * and made unique by a number as a short link's is, so it claims the brand as `cpang1215.homes` does on a kit TLD
 * (domain44). The ticker (`cpng`, an investors' dashboard's name too), the abbreviation beside any word
 * (`cpang-stats`, left to findShort) and other initials (`cpa`, `cpanel`) stay anyone's.
 */
function platformShort(labels: readonly string[], suffix: string, lists: CompiledLists): BrandFinding | null {
  for (let k = 0; k < labels.length; k++) {
    const label = labels[k]!;
    const m = label.length <= 11 ? SERIAL_SHORT.exec(label) : null;
    if (!m || !lists.ownShort.has(m[1]!) || lists.tickers.has(m[1]!)) continue;
    // (alone as the site's own name it is a person's too, C. Pang's `cpang.pages.dev`, `cpang.dynu.net` at home:
    // it counts with a serial, or as a worker's or an app's name over the account's label; never on a code
    // host, whose label is a developer's account, `cpang12.github.io`)
    if (m[2] === undefined && k === labels.length - 1) continue;
    if (onCodeHost('.' + suffix, lists)) return null;
    const brand = lists.shortNames.get(m[1]!);
    if (!brand) continue;
    return {
      brand,
      reasons: [
        { code: 'brand-in-subdomain', brand: brand.id, match: label, detail: m[1]! },
        { code: 'hosting-platform', brand: brand.id, match: label, detail: suffix },
      ],
    };
  }
  return null;
}

/** Per list: the letters a label must hold to spell a long name with `ri` for its `n` (that name's, less n, with r and i). */
const riMasksCache = new WeakMap<CompiledLists, number[]>();
const RI_BITS = (1 << 17) | (1 << 8);

/** Could a label up to `last` (the scan's masks) spell a brand name of seven letters or more with `ri` for its `n`? */
function riMayImitate(last: number, lists: CompiledLists): boolean {
  // (the lists read last and their masks, with the letters every mask holds: a compare, not a map lookup, per host)
  if (riLastLists !== lists) {
    let masks = riMasksCache.get(lists);
    if (!masks) {
      const set = new Set<number>();
      for (const t of lists.tokens)
        if (t.kind === 'name' && t.text.length >= 7 && /^[a-z]+$/.test(t.text) && t.text.includes('n'))
          set.add((letterMask(t.text, 0, t.text.length) & ~(1 << 13)) | RI_BITS);
      masks = [...set];
      riMasksCache.set(lists, masks);
    }
    riLastMasks = masks;
    riLastCommon = masks.reduce((a, m) => a & m, -1);
    riLastLists = lists;
  }
  const masks = riLastMasks;
  const common = riLastCommon;
  // (no label holds the letters every mask holds when all the scanned labels together do not)
  if (masks.length === 0 || (unionAll & common) !== common) return false;
  for (let k = 0; k <= last; k++) {
    const m = labelMask[k]!;
    if ((m & common) !== common) continue;
    for (let i = 0; i < masks.length; i++) if ((m & masks[i]!) === masks[i]!) return true;
  }
  return false;
}
let riLastLists: CompiledLists | null = null;
let riLastMasks: number[] = [];
let riLastCommon = 0;

/**
 * A label with `ri` where the brand has an `n` (`couparig`, `c0uparig-app`): an r set close to an i is drawn as an n
 * in most sans-serif faces, as `rn` passes for `m` (domain36's round). The look-alike classes the prefilter reads
 * cannot hold a pair of letters for one without sending every label with `ri` (one of the commonest pairs) to the
 * matcher, so the pair is read here, on the rare label that spells a brand once each `ri` is read as `n`, with one
 * more look-alike at most and not a real word near the brand.
 */
function findRiForN(labels: readonly string[], lists: CompiledLists): BrandFinding | null {
  for (const label of labels) {
    if (label.length < 5 || label.length > 63 || !label.includes('ri')) continue;
    const read = label.replace(/ri/g, 'n');
    // (the brand read as written already, `coupang-price-alert`, is the other rules': the `ri` is no letter of it)
    if (!textMayImitate(read, lists) || (textMayImitate(label, lists) && matchLabel(label, lists))) continue;
    const m = matchLabel(read, lists);
    if (!m || m.weak || m.cost > 1 || m.token.length < 7) continue;
    const reasons: Reason[] = [{ code: 'homoglyph', brand: m.brand.id, match: label, detail: 'ri for n' }];
    if (m.extra !== '')
      reasons.push({ code: 'combosquat', brand: m.brand.id, match: label, detail: m.extra });
    return { brand: m.brand, reasons };
  }
  return null;
}

/** The last segment of a path when its extension is a brand's own pages' (`/cs/login.pang`), and that brand. */
function brandPage(path: string, lists: CompiledLists): { brand: LabelMatch['brand']; name: string } | null {
  if (lists.pageExtensions.size === 0) return null;
  const dot = path.lastIndexOf('.');
  const slash = path.lastIndexOf('/');
  if (dot < 0 || dot < slash || path.length - dot > 11) return null;
  const brand = lists.pageExtensions.get(path.slice(dot + 1).toLowerCase());
  return brand ? { brand, name: path.slice(slash + 1, slash + 201) } : null;
}

/** A page paying money back, in English or romanised Korean (`refund.php`, `bosang`): shortInPath's on a bare address. */
const MONEY_PAGE = /^(?:refunds?|compensation|hwanbul|bosang|bosanggeum|hwangeup)(?:$|[-_])/;

/**
 * A path segment starting with one of the brand's abbreviations: with lure words only and a second cue that needs
 * no host (a Korean lure word, an official number's digits, or a CMS's own folder, where nobody names a folder for
 * anyone, with a word that asks for something: `themes/x/cp-refund/`, not a coupon's `upload/cp_event.html`), or alone where no site names a folder for anyone (`site.short`: a CMS's system
 * folder, a bare address's kit folder): one that names the brand alone (`cpng`, `ownShort`) by itself, any with a
 * Korean lure word under it (`/cp/bosang/`), and among a CMS's folders with a static lure page under it
 * (`uploads/cp/track.html`, one that asks for something: `cp/login.php` may be a control panel's, `cp/event.html` a
 * shop's coupon page).
 */
function shortInPath(site: PathSite, lists: CompiledLists): LabelMatch['brand'] | null {
  if (site.text.length < 2 || lists.shortStarts[shortKey(site.text, 0)] !== 1) return null;
  // a page's extension is no word of its name (`cp_bosang.php`)
  const text = words(site.text);
  for (const [abbr, brand] of lists.shortNames) {
    if (!text.startsWith(abbr)) continue;
    const rest = text.slice(abbr.length);
    // an Android app file named for one that names the brand alone, with fillers, tags or lure words only
    // (`cpng_app_32.apk`, `cpang-update.apk`): the brand's app handed out off its store, as `coupang_app.apk` is
    // (domain36's round); `cp_app.apk` is anyone's initials, `cpng-stock-tracker.apk` an investor's tool
    if (site.app === true && lists.ownShort.has(abbr) && extraWords(rest) !== 'other') return brand;
    // (any of the abbreviations with lure words, `cp_update.apk`, `cp-safe.apk`, on a host where kits register by
    // the hundred: domain55's round; `cp_app.apk` there, with nothing but the app's word, stays anyone's)
    if (site.cheap === true && extraWords(rest) === 'lure') return brand;
    // a short link's name (it claims to be whoever it names) of one that names the brand alone, alone or with a
    // code's tag (`l.ead.me/cpang`, `cutt.ly/CPNG-1wzu`, `v.gd/cpng2026`), as the brand's name alone there is
    // (`bit.ly/coupang`): domain37's round
    // (the ticker alone, `bit.ly/cpng`, stays an investor's link: tune11's and tune17's decision)
    if (
      site.role === 'claim' &&
      lists.ownShort.has(abbr) &&
      (rest === '' ? !lists.tickers.has(abbr) : SHORT_CODE_TAG.test(rest))
    )
      return brand;
    // a campaign's year beside it (`cp2026`, `cpng-2026`) adds nothing: the abbreviation alone
    if (rest === '' || ((site.cms === true || site.deep === true) && YEAR_TAG.test(rest))) {
      // the ticker as a first folder on any host with a page under it that asks for something (`/cpng/refund`,
      // `/cpng/hwanbul/`), as the brand's name there counts (`/coupang/login`): no stock page is laid out so
      if (
        site.role === 'kit' &&
        rest === '' &&
        lists.ownShort.has(abbr) &&
        site.next !== undefined &&
        asksForSomething(words(site.next)) &&
        // (an investor's page on the ticker, `/cpng/dividend`, is a stock site's)
        !investorWords(words(site.next))
      )
        return brand;
      if (site.short !== true) continue;
      // deep in an ordinary site's path, only with a page under it that asks (`…/cp/bosang.php`)
      // (`cp/login.php` may be a control panel's: another abbreviation needs a Korean lure word, or a static page)
      if (site.deep === true) {
        const next = site.next;
        if (
          next !== undefined &&
          hasStrongLure(words(next)) &&
          (lists.ownShort.has(abbr) || hasKoreanLure(words(next)) || staticLurePage(next))
        )
          return brand;
        continue;
      }
      if (lists.ownShort.has(abbr)) return brand;
      const next = site.next;
      if (
        next !== undefined &&
        (hasKoreanLure(words(next)) ||
          // (on a bare address, a money page under it, `/cp/refund.php`, `/cp/compensation/`: a control panel's pages
          // are its login and its settings, no refund; domain66's round)
          (site.role === 'site' && MONEY_PAGE.test(words(next).toLowerCase())) ||
          (site.system === true && asksForSomething(words(next))) ||
          (site.cms === true && staticLurePage(next) && asksForSomething(words(next))))
      )
        return brand;
      continue;
    }
    // among a CMS's own folders, the abbreviation with the brand's own words (`cpwow`, `cp-eats-refund`): the
    // brand's words say whose it is as the ticker's do, where nobody names a folder for anyone; and a short link's
    // name (it claims to be whoever it names) of one that names the brand alone with them (`cpng-eats`, `cpang-wow`),
    // as a host so named needs no second cue
    if (
      (site.cms === true || (site.role === 'claim' && lists.ownShort.has(abbr))) &&
      extraWords(rest, lists.brandWords) !== 'other' &&
      rest.split(/[-_.0-9]+/).some((w) => lists.brandWords.has(w))
    )
      return brand;
    if (extraWords(rest) !== 'lure') continue;
    const digits = rest.match(/\d{4}/g) ?? [];
    if (
      hasKoreanLure(rest) ||
      // a short link's name (it claims to be whoever it names) of one that names the brand alone with a word that
      // asks for a login, money or an identity (`cutt.ly/cpng-refund`), as a host so named is (`cpng-refund.com`)
      // (the name less letters, not the ticker, beside any lure word: `muz.so/cpang-event` claims the brand's event,
      // where investors and fans say `cpng-event` too)
      (site.role === 'claim' &&
        lists.ownShort.has(abbr) &&
        (asksForSomething(rest) || !lists.tickers.has(abbr)) &&
        !investorWords(rest)) ||
      // a site's own name on a platform that hosts sites under its path (`sites.google.com/view/cpng-verify`) of one
      // that names the brand alone with a word that asks for a login, money or an identity, as a subdomain so named on
      // a hosting platform is (`cpng-login.weebly.com`) and a registrable name (`cpng-verify.com`): domain36's round
      // (a free alias, a handle, stays a person's name: `github.com/cp-bosang`)
      (site.role === 'site' && lists.ownShort.has(abbr) && hasStrongLure(rest) && !investorWords(rest)) ||
      digits.some((d) => lists.officialDigits.has(d)) ||
      (site.cms === true && asksForSomething(rest)) ||
      // a page pinned under a content identifier (IPFS) named for an abbreviation with a word that asks for a login,
      // money or an identity (`<cid>/cp-login.html`): static content has no control panel to sign in to, and no shop
      // behind it (domain43's round)
      (site.hashed === true && site.folder && asksForSomething(rest))
    )
      return brand;
  }
  return null;
}

/**
 * A short link's code after a name (`-1wzu`, `7`, `01`, `-lpty`): digits, or three to six letters and digits with a
 * digit among them or no vowel but `y` (a generator's draw; a word has a vowel: `cpng-news`, `cpng-deal` stay).
 */
const SHORT_CODE_TAG = /^[-_]?(?:\d{1,6}|(?=[a-z]*\d)[a-z0-9]{3,6}|[b-df-hj-np-tv-z]{3,6})$/;
/** A build's or a download's tag on an app file's name: letters and digits, a digit among them (`-2js1`, `_a7`). */
const APP_FILE_TAG = /^[-_]?(?=[a-z]*\d)[a-z0-9]{2,8}$/;
/** A year as a folder's tag (`-2026`, `2025`). */
const YEAR_TAG = /^[-_]?20\d\d$/;

/** The brand whose official host `text` is (`coupa.ng`, `www.coupang.com`), if it is one. */
function officialShown(text: string, lists: CompiledLists): LabelMatch['brand'] | null {
  return officialEntryOf(text.toLowerCase(), lists)?.brand ?? null;
}

/**
 * Does a brand match in a path segment count? A site's name like a host label; a free alias or a page only when
 * it is the brand with lure words (`coupang-bosang`, `쿠팡-피해보상-신청`), or for a page the brand alone as a folder
 * with more under it or as a page file: an article's slug (`coupang-open-api-python`) says more than that. A short
 * link's name counts with the brand alone or with the brand's own words too (`is.gd/coupangwow`).
 */
function pathCounts(
  m: LabelMatch,
  site: PathSite,
  pieces: readonly string[],
  k: number,
  lists: CompiledLists,
): boolean {
  // a document's generated id (`docs.google.com/spreadsheets/d/<id>`) is no name: the brand's letters in it count
  // beside a lure word only (a forged id, `1FAIpQLSd-coupang-bosang`), not beside other words (a price log's)
  // (read apart at the brand: the id's noise before it is glued to no word after it, `1qCoupangRefund…`)
  // (since domain65's round an id on a site whose segment is also a free name (alias, claim: Airtable's `app…` and
  // `shr…`, a Naver Form's response id) is judged as that name too when no lure word stands in it read as an id)
  if (site.id === true) {
    const lured = holdsLureWord(site.text.includes(m.token) ? site.text.split(m.token).join('-') : m.extra);
    if (lured || site.role === 'site') return lured;
  }
  // (a product's name others share too, `rocketpay`, a brand word in it, as a bare IP address's first folder holding
  // a page that asks for a login, money or an identity, `/rocketpay/login`: no site's name there, a kit's folder,
  // domain75; a real word near the brand, `/kupang/login`, a city's server's, stays)
  if (site.role === 'site')
    return (
      (!m.weak ||
        weakEvidence(m, pieces, k, lists) ||
        (site.short === true &&
          m.cost === 0 &&
          holdsBrandWord(m.token, lists) &&
          site.next !== undefined &&
          hasStrongLure(site.next))) &&
      !(m.cost === 0 && aboutBrand(m.extra, lists.brandWords))
    );
  // a free alias of the brand's name and a word for Korea alone, as the whole address (`instagram.com/coupangeats_kr`),
  // is how the brand's own regional accounts are named; a page under it (`issuu.com/coupang-kr/docs/bosang_guide`)
  // is still judged as the brand's
  // (on a messenger's chat, LINE's or Discord's, it is no account of the brand's but a chat in its Korean name, with
  // any word for Korea: SharedHostRule's `chat`, domain38)
  if (site.role === 'alias' && site.end === true && regionTagOnly(m.extra))
    return site.chat === true && m.cost === 0 && m.swaps.length === 0 && !m.weak;
  // a name spelt after Telegram's invite sign (`t.me/+coupang_vip_room`): Telegram draws its invites' names, so the
  // brand's name spelt there, with any words, is a forged invite in the brand's name (domain38's round)
  if (site.invite === true && m.cost === 0 && m.swaps.length === 0 && !m.weak) return true;
  // (on a free alias too the brand's own words beside lure words keep a name scam-shaped: `t.me/coupang_wow_bosang`)
  // (a short link's name with the brand's markets, `s.id/coupang-tw`, claims the brand's as `coupang-kr` does)
  const named = site.role === 'claim' || site.role === 'alias';
  const filler = site.role === 'claim' ? CLAIM_FILLER : site.app === true ? APP_FILLER : PATH_FILLER;
  let words = extraWords(m.extra, named ? lists.brandWords : undefined, filler);
  // a short link's or a handle's name the service already had, made unique with a tag of a few letters or digits
  // (`bit.ly/Coupangwaq`, `t.me/coupang_cancel_htj`, `discord.gg/coupangsincheongwkg`) and the brand's own short
  // name beside its name (`lrl.kr/cp-injeung-coupang`): the name claimed is the same, as a host's label so written
  // already is (`coupangwaq.com`); a handle still needs its lure word
  if (words === 'other' && named && m.cost === 0 && !m.weak) words = untagged(m.extra, lists, filler);
  // an Android app file named for the brand with a build's or a download's tag of letters and digits
  // (`coupang-2js1.apk`, `coupang_a7.apk`): the brand's app handed out off its store, as `coupang_app.apk` is
  // (domain54's round; a word beside it, `coupang-crawler.apk`, is another's tool)
  if (
    words === 'other' &&
    site.app === true &&
    m.cost === 0 &&
    m.swaps.length === 0 &&
    !m.weak &&
    APP_FILE_TAG.test(m.extra)
  )
    words = 'none';
  // (a real word one slip from the brand, `kupang` the city, counts deep in a site's path with a page under it that
  // asks for a login, money or an identity: `…/upload/kupang/login.jsp`)
  // (on an ordinary site, where the page under it asks for a login, money or an identity, the brand's own words
  // beside its name name it as much: `/plugins/coupang-wow/cancel.php` as `/plugins/coupang/cancel.php`)
  if (site.role === 'kit')
    return (
      (words !== 'other' ||
        (site.deep === true &&
          !m.weak &&
          site.next !== undefined &&
          hasStrongLure(site.next) &&
          extraWords(m.extra, lists.brandWords, PATH_FILLER) !== 'other')) &&
      site.next !== undefined &&
      kitPage(site.next) &&
      (!m.weak || (site.deep === true && hasStrongLure(site.next)))
    );
  if (words === 'lure') return true;
  // a free alias that is the whole address, the brand's name written plainly with an official number's last four
  // digits and nothing else (`pf.kakao.com/_coupang7011`: 1577-7011, the customer centre): a channel that answers as
  // that line (a query's value is no such name: a video's generated id, `?v=c0upAng7011`)
  if (
    site.role === 'alias' &&
    site.end === true &&
    words === 'none' &&
    m.cost === 0 &&
    m.swaps.length === 0 &&
    !m.weak &&
    officialDigitsIn(m.extra, lists)
  )
    return true;
  return words === 'none' && (site.role === 'claim' || (site.role === 'page' && site.folder)) && !m.weak;
}

/** A file's type as its name ends (`.png`, `.mp4`, `.zip`): what a file is, after a dot, not a name's tag. */
const FILE_TYPE =
  /^(?:png|jpe?g|gif|webp|svg|bmp|ico|heic|avif|tif|mp[34]|mov|avi|zip|rar|7z|gz|css|js|xml|csv)$/;

/**
 * `extra`'s words with the brand's short names read as its own words and a uniqueness tag (one to three letters or
 * digits) at its end dropped
 * (`cp-injeung-` ➝ lure; `waq` ➝ none), or 'other' when they are other words still.
 */
function untagged(
  extra: string,
  lists: CompiledLists,
  filler: ReadonlySet<string>,
): 'none' | 'lure' | 'other' {
  const text = extra.toLowerCase().replace(/[-_]+$/, '');
  const own = (t: string) =>
    extraWords(
      t
        .split(/[-_]+/)
        .filter((w) => !lists.shortNames.has(w))
        .join('-'),
      lists.brandWords,
      filler,
    );
  const whole = own(text);
  if (whole !== 'other') return whole;
  for (let k = 1; k <= 3 && k <= text.length; k++) {
    const tag = text.slice(-k);
    if (!/^[a-z0-9]+$/.test(tag)) break;
    // (a file's type is no tag: `coupang_event.png` is a picture's name, its dot read as a word's break)
    if (FILE_TYPE.test(tag) && /[-_.]$/.test(text.slice(0, -k))) break;
    const rest = own(text.slice(0, -k));
    if (rest !== 'other') return rest;
  }
  return 'other';
}

const DIGIT_RUNS = /\d{4,}/g;

/** Does `text` hold an official number's last four digits as a run of its own (`7011`, `_7011`)? */
function officialDigitsIn(text: string, lists: CompiledLists): boolean {
  for (const d of text.match(DIGIT_RUNS) ?? [])
    if (d.length === 4 && lists.officialDigits.has(d)) return true;
  return false;
}

/**
 * A carried value's fillers: a path's, and the channel a campaign's link was sent by (`?src=coupang_sms`,
 * `utm_source=coupang-lms`, `alimtalk`: a text message's tag says how the link came, not whose it is; domain54's
 * round). The value is read only where findCarried and findAsked read one at all (a lure's or a throwaway host).
 */
const CARRY_FILLER: ReadonlySet<string> = new Set([...PATH_FILLER, ...'sms mms lms alimtalk'.split(' ')]);

/** A short link's fillers: a path's, and the brand's markets (`tw`, `taiwan`, `jp`). */
const CLAIM_FILLER: ReadonlySet<string> = new Set([...PATH_FILLER, ...'tw taiwan jp japan'.split(' ')]);

/**
 * An app file's own words (`_TV`, `-android`, `_v2`, `-latest`, `-setup`): what the package is for, not whose. An
 * Android package named for the brand is the brand's app or a kit's; the brand hands out none itself.
 */
const APP_FILLER: ReadonlySet<string> = new Set([
  ...PATH_FILLER,
  ...'tv android mobile phone tablet app apk latest release setup install installer full lite plus pro v'.split(
    ' ',
  ),
  // (a remote-control tool's, `CoupangRemoteSupport.exe`, and the app in Korean, `쿠팡앱.apk`, 어플)
  ...'remote 앱 어플'.split(' '),
]);

/** A path of one folder or page and nothing under it (`/cpng/`, `/cpng`). */
const ONE_FOLDER = /^\/[^/]{1,60}\/?$/;

/** A content identifier as a host's first label (an IPFS subdomain gateway's `bafy…`): a site with no name. */
const CONTENT_LABEL = /^[a-z0-9]{40,63}\./;
/**
 * A subdomain gateway's content id however written (`<id>.ipfs.dweb.link`): whatever the label, the gateway serves
 * content by it, no one's name (a digit among its letters, as a hash has: `research.ipfs.tech` is a site; domain48's round; IPNS's `.ipns.` names may be a site's domain and are left).
 */
const IPFS_SUBDOMAIN = /^(?=[a-z]*\d)[a-z0-9]{8,63}\.ipfs\./;
/** How many parts of a lure host's path, query (names and values) and fragment are read for the brand. */
const MAX_CARRY = 24;
/** A search's terms in a query (`q=`, `query=`, `keyword=` …), left out of what a lure host's address carries. */
const SEARCH_TERMS = /(?<=[?&])(?:q|query|search|keyword|keywords|kw|s|wd|term)=[^&]*/gi;

/**
 * A board's or a shop's own search box (`stx=` of Gnuboard, `search_keyword=` of XE, `searchWord=`, `sword=`) and its
 * own categories and tags (Gnuboard's `sca=`, a blog's `tag=`, a shop's `cate=`): the terms someone typed or the
 * site's own filing, on a small site's address as on a portal's.
 */
const BOARD_SEARCH =
  /(?<=[?&])(?:stx|sch|sca|sword|kwd|qt|find|tags?|cate|cat|category|[a-z_]*(?:search|keyword|query)[a-z_]*|search[a-z_]*)=[^&#]*/gi;

/**
 * Up to two rounds of percent-decoding (`%2563oupang` is `%63oupang` is `coupang`), as a kit's script would, and
 * text after a right-to-left override (U+202E) as it is shown: backwards (`\u202emoc.gnapuoc` reads coupang.com).
 */
function decodeTwice(text: string): string {
  let t = percentDecodeTwice(text);
  // Hangul written in its decomposed letter parts (NFD, `%E1%84%8F%E1%85%AE…`) reads as the syllables they compose
  // (domain37's round)
  if (CONJOINING_JAMO.test(t)) t = t.normalize('NFC');
  return t.includes('\u202e') ? t.replace(RTL_RUN, (_, run: string) => [...run].reverse().join('')) : t;
}

/** Hangul's conjoining letter parts (U+1100–U+11FF), which NFC composes into syllables. */
const CONJOINING_JAMO = /[\u1100-\u11ff]/;
/** Up to two rounds of percent-decoding, stopping at the first malformed escape. */
function percentDecodeTwice(text: string): string {
  let t = text;
  for (let k = 0; k < 2 && t.includes('%'); k++) {
    try {
      t = decodeURIComponent(t);
    } catch {
      break;
    }
  }
  return t;
}
/** A right-to-left override and the text it turns, up to its pop (U+202C), another control or a separator. */
const RTL_RUN = /\u202e([^\u202a-\u202e\u2066-\u2069&?#=/\s]*)\u202c?/g;

/** Two to four letters and digits, both, that spell nothing: `a7b2`, `jx8`, `t7` (not `b2b`, `k8s`, `web3`, `4u`). */
const THROWAWAY = /^(?=[a-z]*\d)(?=\d*[a-z])[a-z0-9]{2,4}$/;
/** Common words of letters and digits: anyone's names. */
const DIGIT_WORDS = new Set(
  'b2b b2c c2c p2p k8s web3 web2 w3 4u 2u u2 go2 me2 mp3 mp4 3d 4k 5g 4g 3g 24h 365 247 1st 2nd 3rd 4th 5th a1 g2 i18n'.split(
    ' ',
  ),
);
/**
 * One tag of a throwaway name: digits (`4471`), three characters at most (`bx`, `krd`, `svc`), or four to six
 * letters and digits mixed (`a8f3d`, `mnb83k`, `svc88`): nothing a shop or a blog is named.
 */
const THROWAWAY_TAG = /^(?:\d{1,6}|[a-z0-9]{1,3}|(?=[a-z]*\d)(?=\d*[a-z])[a-z0-9]{4,6})$/;
/**
 * Four consonants and nothing else (`xphc`, `tqzk`; `y` a vowel): no word and, as a whole name, no firm's
 * initials people say (those have a vowel sound to carry them, `bmw`, or are three letters).
 */
const CONSONANTS_FOUR = /^[b-df-hj-np-tv-xz]{4}$/;
/** Letters and digits mixed, a digit between letters, as a generator draws them (`ordms5g`, `kb7juhh`, `uu3zqkzh`). */
const DRAWN_MIX = /^(?=[a-z0-9]{5,10}$)[a-z]+\d+[a-z][a-z0-9]*$/;
/**
 * Letters no language strings together: five to ten consonants without a vowel (`svctxb`; `y` counts as a vowel:
 * `rhythm`, `sky`). Four consonants in a row are not enough: English compounds have them (`talkshop`, `highstone`).
 */
function drawnLetters(t: string): boolean {
  return t.length >= 5 && t.length <= 10 && /^[a-z]+$/.test(t) && !/[aeiouy]/.test(t);
}

/**
 * Letter runs that are the words and abbreviations of real names with digits in them (`cdnhwc1`, `html5up`,
 * `pdf2go`, `gf720p`, `x24hr`, `sql4u`): a company's or a service's name, not a draw.
 */
const NAMED_RUN =
  /cdn|dns|tv|xxx|xnxx|win|bet|app|api|web|net|srv|vpn|mp[34]|pdf|img|http|html|sql|sex|vip|hub|top|bit|go|ok|my|pc|hd|sdk|lab|pay|cam|day|now|you|4u|4me|720p|1080p|24x7/;

/**
 * A registrable name a generator drew, on any TLD: five to eight letters and digits scattered among each other
 * (three runs at least: `4m46tck`, `x7gn3spt`, `57j7b3b`, `fkvxq5e`), no letter run of three or more with a vowel in
 * it (a zero between letters read as an `o`: `b0tt0m` is a word), five different characters at least, and no run of
 * a name's usual words (NAMED_RUN). Popular sites with digits in their names fail it: `w3schools`, `9gag`,
 * `mp3juices`, `9to5mac`, `xs4all`, `neo4j`, `1and1`, `hot1080p`. Of the 110,000 popular and Cloudflare top
 * domains about 140 pass, nearly all of them hashes and tracker hosts (`5h1pm3n7`, `bpb7jrm5`, `d8a8136c`), no
 * site anyone reads. A name of three tags or fewer with a single digit run (`kmqq2`, `khjv73`) is left out: as
 * many honest names end in a number (`cdnhwc1`, `kgns5`).
 */
export function drawnName(name: string): boolean {
  if (name.length < 5 || name.length > 8 || !/^[a-z0-9]+$/.test(name) || !/\d/.test(name)) return false;
  const runs = name.replace(/(?<=[a-z])0(?=[a-z])/g, 'o').match(/[a-z]+|\d+/g) ?? [];
  if (runs.length < 3 || new Set(name).size < 5) return false;
  let letters = 0;
  for (const r of runs) {
    if (r.charCodeAt(0) <= 57) continue;
    letters += r.length;
    if (r.length >= 3 && /[aeiouy]/.test(r)) return false;
  }
  return letters >= 3 && !NAMED_RUN.test(name);
}

/**
 * A tag a generator drew, as kits name their hosts on the TLDs they register by the hundred (domain44's round):
 * letters and digits in three runs or more (`e7ke11`, `3tv7jd`, `t1z6v`, `r21vrr`, `813t62`), five to ten of them,
 * one hyphen at most (`96q-z74v`, `fs3-76sv`), no letter run of four or more with a vowel (a word: `notice370`,
 * `verify390`, `shop1004`, `mp3juice` are names with a serial, domain41's line) and no run of a name's usual words
 * (NAMED_RUN). Looser than drawnName (repeated characters, one letter among digits, a hyphen), so read only there and
 * only for the brand carried alone: of the 110,000 popular and Cloudflare top domains 72 on those TLDs have the
 * shape (`1ts14.top`, `6xiq22.top`, `d33tqmk.cc`: trackers, mirrors, gambling), and no honest row of any half that
 * carries the brand after its host — price trackers, seller tools, law firms, blogs — is named so.
 */
function drawnTag(name: string): boolean {
  if (name.length < 5 || name.length > 11) return false;
  const flat = name.includes('-') ? name.replace('-', '') : name;
  if (flat.length < 5 || flat.length > 10 || !/^[a-z0-9]+$/.test(flat) || !/\d/.test(flat)) return false;
  // (a zero between letters read as an `o`, as drawnName reads it: `b0tt0m` is a word)
  const runs = flat.replace(/(?<=[a-z])0(?=[a-z])/g, 'o').match(/[a-z]+|\d+/g) ?? [];
  if (runs.length < 3) return false;
  for (const r of runs)
    if (r.charCodeAt(0) > 57 && r.length >= 3 && (NAMED_RUN.test(r) || (r.length >= 4 && /[aeiouy]/.test(r))))
      return false;
  return true;
}

/**
 * The brand as written, alone (`coupang`, `c0upang`, `coupangeats`, `www.coupang.com`), as a whole folder, a
 * query's value or the fragment of a drawn name's host (drawnName: `4m46tck.club/coupang/`, `x7gn3spt.kr/?site=coupang`,
 * `7a4dqi.rest/#coupang`), with no word that asks (or with lure words only, `#coupang-sincheong`, since domain35):
 * nobody names a site so, so whatever it carries is a kit's target. A tracker's tags (`utm_source=coupang`) are left out, and the brand with any other word (`/coupang-review/`)
 * is not alone.
 */
function bareCarried(host: string, url: UrlParts, lists: CompiledLists, cheap: boolean): BrandFinding | null {
  let raw = url.path + (url.search ?? '') + (url.hash ?? '');
  if (raw.length < 4) return null;
  if (raw.includes('utm_')) raw = raw.replace(UTM_TAGS, '');
  let n = 0;
  for (const part of decodeTwice(raw.slice(0, 2000)).split(CARRY_PIECES)) {
    if (!part || part.length > 80) continue;
    if (++n > MAX_CARRY) break;
    const shown = part.includes('.') ? officialShown(part, lists) : null;
    const m =
      shown || !textMayImitate(part.toLowerCase(), lists) ? null : matchLabel(part.toLowerCase(), lists);
    // (with lure words only, `#coupang-sincheong`, it says even more what the host is for: domain35's round)
    // (on a TLD kits register by the hundred, since domain44's round, the brand's own abbreviation alone too,
    // `/cpang/`, `?c=cpang`, `#cpang`: the brand's and nobody else's short, ownShort, as findDrawnKit reads it)
    const brand =
      shown ??
      (m && m.cost === 0 && !m.weak && (m.extra === '' || extraWords(m.extra) === 'lure')
        ? m.brand
        : cheap && lists.ownShort.has(part.toLowerCase())
          ? (lists.shortNames.get(part.toLowerCase()) ?? null)
          : null);
    if (brand)
      return {
        brand,
        reasons: [{ code: 'brand-in-path', brand: brand.id, match: part.slice(0, 200), detail: host }],
      };
  }
  return null;
}

/** A word for Korea as a tag of a name (`r7-kr`, `kr-ops`): the name speaks to Korean shoppers. */
const KR_TAG = /^(?:kr|kor)$/;

/**
 * A registrable name nobody chose to be read, on a top-level domain where such names are registered by the
 * thousand (isThrowawayTld): 2, two to four letters and digits on a lure TLD (`nb7.top`, tune10's decision) or
 * throwaway tags beside a word for Korea (`r7-kr.sbs`, `mx-kr.quest`): the brand alone counts anywhere in the
 * address; 1, other throwaway tags (`bx-4471.cfd`, `a8f3d.shop`, `zz.sbs`, `c-svc.lol`): popular sites are named
 * so too (a Chinese novel site's `81xsw.cc`, `1panel.live`), so the brand counts only beside a lure word in the
 * address or as an official host carried whole; 0, any other name.
 */
function throwawayName(name: string, suffix: string | null): 0 | 1 | 2 {
  if (name.length > 16) return 0;
  // on the TLDs kits fill with short names (isKitTld: `dq.tokyo`, `m4x.skin`) a name of four characters at most
  // is as much a draw's as on a lure TLD
  const kit = name.length <= 4 && isKitTld(suffix);
  // (and, since domain35's round, one tag of letters and digits mixed as a generator draws them there, `yhs6xrqw.homes`:
  // the brand beside a lure word counts, as on a lure TLD)
  const kitDraw = !kit && isKitTld(suffix) && DRAWN_MIX.test(name);
  if (!kit && !kitDraw && !isThrowawayTld(suffix)) return 0;
  // a lure landing's name (`parcel-fix`, `m-cs`) is no tag's: findCarried reads it as a name of lure words
  if (name.includes('-') && landingName(name)) return 0;
  if (name.length <= 4 && THROWAWAY.test(name) && !DIGIT_WORDS.has(name) && (kit || isLureTld(suffix)))
    return 2;
  const tags = name.split('-');
  if (tags.length > 3) return 0;
  let korea = false;
  let tagged = false;
  for (const t of tags) {
    if (!t || DIGIT_WORDS.has(t)) return 0;
    if (KR_TAG.test(t)) korea = true;
    else if (isGlueWord(t)) continue;
    // a word of four letters or more is somebody's name unless it is a lure word (`check`, `refund`)
    else if (
      THROWAWAY_TAG.test(t) ||
      (tags.length === 1 && (DRAWN_MIX.test(t) || drawnLetters(t) || CONSONANTS_FOUR.test(t)))
    )
      tagged = true;
    else return 0;
  }
  // lure words alone are findCarried's other case (a name of lure words on any TLD); one word alone is a company's
  // plain name (`pay.shop`): a tag stands beside it
  if (!tagged) return 0;
  return korea ? 2 : 1;
}

/**
 * A lure landing's name with a tag a generator drew after it (domain44's round): `customs-9ht`, `juso-5yh`,
 * `verify-kq7`, lure words then a hyphen and DRAWN_TAIL_TAG's tag (two to five letters and digits with a digit, or
 * three consonants), as kits make each host of one landing unique. Read only on a TLD kits register by the hundred;
 * of the 110,000 popular and Cloudflare top domains two names have the shape (`secure-dns.eu`, `service-cmp.com`),
 * none there.
 */
function taggedLanding(name: string): boolean {
  const tag = DRAWN_TAIL_TAG.exec(name);
  return tag !== null && tag.index > 2 && landingName(name.slice(0, tag.index));
}

/** A tracker's tag (`utm_source=coupang`): an affiliate's or a newsletter's, on any site, never a kit's word. */
const UTM_TAGS = /(?<=[?&])utm_[a-z]+=[^&#]*/gi;
/** A Latin letter percent-encoded, once or twice (`%43`, `%2563`): no browser writes a letter so, a kit's script does. */
const LETTER_ESCAPE = /%(?:25)?(?:4[1-9a-f]|5[0-9a]|6[1-9a-f]|7[0-9a])/i;
/** A carried text's splits, and a kit's own separators in an encoded value (`coupang|refund|300000`). */
const CARRY_PIECES = /[/?#&=:;,|\s]+/;

/**
 * A parcel tracker's page (`/track`, `/tracking/`, `/trace`, `/delivery/track`), or (since domain59's round) its home
 * page (`/`), where a 택배조회 site's one form posts the carrier and the number.
 */
const TRACK_PAGE = /^\/(?:(?:delivery\/|parcel\/)?(?:track|tracking|trace)\/?)?$/i;
/**
 * A carrier's key (`carrier=`, `courier=`, and since domain59's round `company=`, the word Korean trackers' forms use
 * for 택배사) and a waybill's (`invoice=`, `waybill=`, `tracking_no=`).
 */
const CARRIER_KEY = /^(?:carrier|courier|company|carrier[-_]?(?:id|code))$/i;
const WAYBILL_KEY =
  /^(?:invoice|invoice[-_]?no|waybill|waybill[-_]?no|tracking[-_]?no|tracking[-_]?number)$/i;

/**
 * A parcel tracker's query (domain42's round): on its tracking page, a carrier's key and a waybill's number of nine
 * to sixteen digits, nothing else (`/track?carrier=coupang&invoice=928637568960`): how the trackers Korean shoppers
 * use (`tracker.delivery`, 택배조회 sites) write the brand's logistics as the carrier. Read off the lure and throwaway
 * TLDs only (isThrowawayTld: no tracker lives on `.top` or `.cfd`); a kit's copy keeps its own keys and pages
 * (`/check.php?carrier=COUPANG&inv=…`, `/?carrier=cpng&id=…`, other halves' fakes) and stays read.
 */
function trackingQuery(path: string, search: string): boolean {
  if (!TRACK_PAGE.test(path)) return false;
  const pairs = search.slice(1).split('&', 4);
  if (pairs.length !== 2) return false;
  let carrier = false;
  let waybill = false;
  for (const pair of pairs) {
    const eq = pair.indexOf('=');
    const key = pair.slice(0, eq);
    if (CARRIER_KEY.test(key)) carrier = true;
    else if (WAYBILL_KEY.test(key) && /^\d{9,16}$/.test(pair.slice(eq + 1))) waybill = true;
  }
  return carrier && waybill;
}

/** A loopback, private or link-local address (RFC 1918, RFC 4193, RFC 4291), as written (the host parsed). */
const LOCAL_IPV4 = /^(?:127\.|10\.|192\.168\.|169\.254\.|172\.(?:1[6-9]|2\d|3[01])\.)/;
const LOCAL_IPV6 = /^\[?(?:::1\]?$|f[cd][0-9a-f]{0,2}:|fe[89ab][0-9a-f]?:)/i;

function localAddress(host: string, disguised: boolean): boolean {
  return !disguised && (LOCAL_IPV4.test(host) || LOCAL_IPV6.test(host));
}

/** A news site's subdomain (`news.`, `m.news.`, `mnews.`): the labels before the registrable name. */
const NEWS_SUBDOMAIN = /^(?:(?:m|www|mobile)\.)?m?news\.$/;
/** A news article's address: a section's folder or two and the article's number (`/society/2025972534`). */
const ARTICLE_PATH = /^\/[a-z]{2,16}(?:\/[a-z]{2,16})?\/\d{6,14}\/?$/;
/** A news article's topic or section tag (`?topic=coupang`, `?section=it`), the outlet's own filing. */
const NEWS_TAGS = /(?<=[?&])(?:topic|topics|section|sid|tag)=[^&#]*/gi;

/**
 * A news article on a news subdomain (domain59's round): `m.news.portal-kr.example/society/2025972534?topic=coupang`.
 * A portal's name reads as a lure landing's (`portal-kr`), but its news section's article, a section folder and a
 * number, files the story under its topic as every outlet's tag pages do. Only the topic's key is left out, and only
 * when no lure word stands anywhere in the address (`/event/2025…`, `&next=login` are a kit's) and off the throwaway
 * TLDs.
 */
function newsArticle(host: string, label: string | null, suffix: string | null, url: UrlParts): boolean {
  const path = url.path;
  if (label === null || suffix === null || !ARTICLE_PATH.test(path)) return false;
  if (lureIn(decodeTwice(path + (url.search ?? '') + (url.hash ?? '')))) return false;
  const registrable = '.' + label + '.' + suffix;
  if (!host.endsWith(registrable)) return false;
  return NEWS_SUBDOMAIN.test(host.slice(0, host.length - registrable.length + 1));
}

/**
 * The brand carried anywhere in the address of a host that speaks for nobody: a registrable name of lure words
 * only (`verify-kr.top`, `kr-parcel.top`), a throwaway name (`bx-4471.cfd`), an IP address or a content hash. An
 * official address in a parameter (`?site=www.coupang.com`, `?next=https://login.coupang.com/`), the fragment
 * (`#coupang.com/login`) or (on a lure-named host) a path segment, however encoded (percent-encoding twice over,
 * base64, hex, ROT13), is a kit's target: the brand alone or with lure words counts there. Ordinary hosts'
 * searches (`?q=coupang`) never reach this, nor a tracker's `utm_source=coupang` anywhere.
 */
function findCarried(
  host: string,
  url: UrlParts,
  ascii: string | null,
  suffix: string | null,
  lists: CompiledLists,
): BrandFinding | null {
  // a name in Hangul (`유출조회.kr`) is read as written
  const name = ascii !== null && ascii.startsWith('xn--') ? toUnicodeLabel(ascii) : ascii;
  const nameless = name === null || CONTENT_LABEL.test(host) || IPFS_SUBDOMAIN.test(host);
  // a generator's name (drawnName) carrying the brand alone needs no word that asks; a hosting platform's site
  // (`q7x2k9.netlify.app/#coupang`) is named by the platform's own generator, its anchor is the page's own
  // (since domain44's round, on a TLD kits register by the hundred, a looser draw too: drawnTag)
  const cheap = !nameless && suffix !== null && (kitsRegisterCheaply(suffix) || DRAWN_KIT_TLD.has(suffix));
  if (
    name !== null &&
    !nameless &&
    (drawnName(name) || (cheap && drawnTag(name))) &&
    publicSuffix(host, false) === suffix
  ) {
    const bare = bareCarried(host, url, lists, cheap);
    if (bare) return bare;
  }
  // a throwaway name (`a7b2.icu`, `jx8.cyou`, `bx-4471.cfd`) speaks for nobody either: no shop, blog or search
  // engine lives there
  const throwaway = nameless ? 0 : throwawayName(name, suffix);
  // a news site's name with a Korean outlet's (`yna-news.co`) is a fake outlet: the brand in any article of it
  // counts; news words with a word for Korea (`news-kr.online`) on a lure TLD are a lure-named host's
  const news = nameless || throwaway ? 0 : newsName(name);
  const fakeOutlet = news === 2;
  // one word alone is a company's plain name (support.com, secure.com): lure words joined by hyphens are a kit's;
  // the hyphen is tested first, as most names have none and every URL with a path comes here
  // a Korean lure word alone (`hwanbul.xyz`, refund) is nobody's plain name
  if (
    !nameless &&
    throwaway === 0 &&
    !fakeOutlet &&
    !(news === 1 && isThrowawayTld(suffix)) &&
    (name.length > 40 ||
      (name.includes('-')
        ? !landingName(name) && !(cheap && taggedLanding(name))
        : !hasKoreanLure(name) || extraWords(name) !== 'lure'))
  )
    return (
      (inventedName(name, suffix)
        ? findAsked(host, url, lists)
        : wordsName(name, suffix)
          ? findAsked(host, url, lists, true)
          : null) ??
      // (since domain50's round a kit's own routing, on any name off the established TLDs: findKitRoute)
      (url.search !== undefined || url.hash !== undefined ? findKitRoute(host, url, suffix, lists) : null)
    );
  // a search's terms are what someone looked for, on any host (`?q=coupang`); a throwaway host has no search; a
  // parcel tracker's query names the carrier beside the waybill's number on its tracking page
  // (`/track?carrier=coupang&invoice=…`, domain42's round): the carrier's key is what an honest tracker writes
  const search =
    (throwaway
      ? url.search
      : url.search !== undefined && !isThrowawayTld(suffix) && trackingQuery(url.path, url.search)
        ? ''
        : url.search !== undefined && !isThrowawayTld(suffix) && newsArticle(host, ascii, suffix, url)
          ? url.search.replace(NEWS_TAGS, '').replace(SEARCH_TERMS, '')
          : url.search?.replace(SEARCH_TERMS, '')) ?? '';
  // an address with no name has its path judged by findInPath's rules (an intranet's `10.0.0.5/wiki/coupang`)
  const raw = ((nameless ? '' : url.path) + search + (url.hash ?? '')).slice(0, 2000);
  let text = decodeTwice(raw);
  const lure = lureIn(text);
  // a tracker's tags (`utm_source=coupang`) are an affiliate's or a newsletter's: read only beside a lure word
  // (`utm_campaign=bosang`)
  if (!lure && text.includes('utm_')) text = text.replace(UTM_TAGS, '');
  // other throwaway tags: the brand counts beside a lure word anywhere in the address or hidden (a Latin letter
  // percent-encoded, `%43%4F%55…`, or a base64, hex or ROT13 reading), an official host carried whole
  // (`?next=www.coupang.com`) by itself
  // (a landing's lure words with a drawn tag, `customs-9ht`, say the lure in the name: domain44's round)
  const hostOnly =
    throwaway === 1 && !lure && !LETTER_ESCAPE.test(raw) && !(cheap && name !== null && taggedLanding(name));
  // a lure landing's own name (`privacy-leak.kr`, `hyeongwan-bimilbeonho.kr`) with the brand's abbreviation as a
  // folder or a parameter's value (`/cp/johoe`, `?brand=cpng`): the landing says what it wants, the abbreviation whose
  // (one that names the brand alone by itself, any other beside a lure word that asks for something)
  const landing = !nameless && throwaway === 0 && !fakeOutlet && name.length <= 40;
  // (an address with no name, an IP address, with one that names the brand alone as its only folder or a value,
  // `/cpng/`, `?go=cpang`: the page a reader is sent to, as the brand's name there is; above a page of its own,
  // `/cpang/stats/`, it is anyone's folder, tune9's decision)
  const abbreviated = landing
    ? abbreviationCarried(raw, name, text, lists)
    : name === null
      ? abbreviationCarried((ONE_FOLDER.test(url.path) ? url.path : '') + raw, null, text, lists)
      : null;
  if (abbreviated)
    return {
      brand: abbreviated.brand,
      reasons: [
        { code: 'brand-in-path', brand: abbreviated.brand.id, match: abbreviated.text, detail: host },
      ],
    };
  // an offer portal's merchant directory (`cashback-hub.kr/stores/coupang`, `reward-kr.com/brand/coupang/…`,
  // `?store=coupang`): a cashback, points or gift portal lists the shops it pays back for under a folder of them, as
  // coupon sites, price comparers and news tags do; its name's word is a lure word (`cashback`) only beside the brand.
  // Read so only with no lure word anywhere in the address (`/stores/coupang-refund`, `/stores/coupang/login` stay)
  // and off the TLDs kits register by the hundred (domain57's round)
  if (!lure && landing && !cheap && !isThrowawayTld(suffix) && offerPortalName(name)) {
    text = text.replace(MERCHANT_FOLDER, '$1').replace(MERCHANT_KEY, '$1');
    // (the directory's own page, `/stores?name=coupang`, `/brands?id=coupang`: its plain keys name the shop too;
    // domain61's round)
    if (MERCHANT_LIST.test(url.path)) text = text.replace(LIST_KEY, '$1');
  }
  let n = 0;
  for (const part of text.split(CARRY_PIECES)) {
    if (!part) continue;
    if (++n > MAX_CARRY) break;
    // (carriedBrand reads an official host carried whole first; beside throwaway tags only that, or the brand
    // glued to a lure word: `쿠팡환불`, `coupangrefund`)
    const found = carriedBrand(part, host, lists, fakeOutlet, hostOnly);
    if (found) return found;
    // what a kit's script decodes: base64, hex, ROT13 (their readings split as the address is)
    for (const decoded of decodings(part))
      for (const piece of decoded.split(CARRY_PIECES)) {
        const inner = piece && carriedBrand(piece, host, lists);
        if (inner) return inner;
      }
  }
  return null;
}

/**
 * A directory site's filter by shop or carrier (domain64's round; domain57 and domain61 cut the same keys on an offer
 * portal's name): on a price search's, a comparer's, a hot-deal board's or a parcel tracker's own name (directoryName),
 * the value of a merchant's or a carrier's key (`?mall=coupang`, `&carrier=…`) and the one segment under a folder of
 * carriers (`/carriers/coupang-logistics`) are what the site lists. A value is cut when it holds no lure word, or when
 * it is a phrase someone typed (words with a space: `mall=쿠팡 고객센터`); a kit's slug (`mall=coupang-refund`) is
 * not. Nothing is cut when a lure word stays anywhere else in the address (`/login`, `&next=refund`).
 */
function directorySite(registrable: string, suffix: string): boolean {
  const name = nameOf(registrable, suffix);
  return (
    !kitsRegisterCheaply(suffix) &&
    !DRAWN_KIT_TLD.has(suffix) &&
    !isThrowawayTld(suffix) &&
    directoryName(name.startsWith('xn--') ? toUnicodeLabel(name) : name)
  );
}
function directoryCut(url: UrlParts): UrlParts {
  const search = url.search?.replace(DIRECTORY_KEY, (all, key: string, value: string) => {
    const text = decodeTwice(value.replace(/\+/g, ' '));
    return !lureIn(text) || /\S\s+\S/.test(text.trim()) ? key : all;
  });
  const path = url.path.replace(CARRIER_FOLDER, '$1');
  if (search === url.search && path === url.path) return url;
  if (lureIn(decodeTwice(path + (search ?? '') + (url.hash ?? '')))) return url;
  return { ...url, path, search };
}
/** A directory's key for a shop or a carrier (`?mall=`, `&seller=`, `&carrier=`): its value is the filter. */
const DIRECTORY_KEY = /([?&](?:mall|store|shop|merchant|seller|vendor|carrier|courier)=)([^&#]*)/gi;
/** A tracker's folder of carriers as the whole path but its one segment (`/carriers/<carrier>`). */
const CARRIER_FOLDER = /^((?:\/[a-z]{2}(?:-[a-z]{2})?)?\/(?:carriers?|couriers?)\/)[^/?#]+\/?$/i;
/**
 * A directory's folder of merchants at a path's start (`/stores/<shop>`, `/brand/<shop>`, `/coupons/<shop>`,
 * `/mall/<shop>/…`, `/tags/<shop>`), after a language's folder (`/ko/`) at most: the shop's own segment is cut.
 */
const MERCHANT_FOLDER =
  /^((?:\/[a-z]{2}(?:-[a-z]{2})?)?\/(?:stores?|brands?|coupons?|shops?|merchants?|malls?|tags?|deals?|categor(?:y|ies)|retailers?|partners?)\/)[^/?#]+/i;
/** A directory's key for a merchant (`?store=<shop>`, `&mall=<shop>`): its value is cut. */
const MERCHANT_KEY = /([?&](?:store|shop|mall|merchant)=)[^&#]*/gi;
/** A directory's folder of merchants as the whole path (`/stores`, `/ko/brands/`): its page lists or shows one shop. */
const MERCHANT_LIST =
  /^(?:\/[a-z]{2}(?:-[a-z]{2})?)?\/(?:stores?|brands?|coupons?|shops?|merchants?|malls?|deals?|retailers?)\/?$/i;
/** A directory page's plain key for the shop it shows (`?name=<shop>`, `&id=<shop>`, `?brand=<shop>`): its value is cut. */
const LIST_KEY = /([?&](?:name|id|slug|brand|retailer|q|query|keyword)=)[^&#]*/gi;
/** A page file's type at a segment's end (`main.do`, `step2.php`, `index.html`): the name before it is read. */
const SEGMENT_PAGE_TYPE = /\.(?:html?|php|aspx?|jsp|do|cgi)$/i;
/**
 * Country codes sold as generic names (`.co`, `.me`) and new generic TLDs no lure list names (`.tech`, `.one`,
 * `.wiki`): kits register there as well, and so do firms and people, so there the brand's folder counts only beside a
 * step that asks or moves a form on (ASKING_STEP or a lure word), not beside a notice or a members' page (a class
 * action's sign-up, `/coupang/notice`, is a law firm's as well).
 */
const GENERIC_SOLD_TLD = new Set('co me tech one wiki'.split(' '));
/** A step of a kit's form (`step1`, `apply`, `auth`, `order`): one that asks or moves the form on. */
const ASKING_STEP =
  /^(?:go|form|step\d?|apply|claim|check|auth|verify|account|order|pay|login|signin|update|change|reset)$/;
/** At most so many folders and pages are read for the brand's folder on a cheap host (a kit's are few). */
const CHEAP_FOLDER_MAX = 6;
/**
 * A kit's steps and its folders for phones and markets (`go`, `form`, `step2`, `my`, `m`, `kr`, `main.do`): what a
 * kit's path is made of around the brand's folder, besides lure words (kitPage).
 */
const KIT_STEP =
  /^(?:go|form|step\d?|apply|app|main|index|m|mo|kr|my|member|notice|info|claim|check|auth|verify|account|order|pay|cs|login|signin|update|change|reset)$/;
/** Steps that say nothing by themselves: an entry page, a phone's or a market's folder (`/coupang/index.html`). */
const BARE_STEP = /^(?:index|main|m|mo|kr)$/;
/** A query's names for a kit's step (`?step=auth`, `&act=login`, `&type=refund`): its form's step given as a value. */
const QUERY_STEP_KEY = /^(?:step|stage|act|action|mode|do|type)$/;

/**
 * The kit's steps a query names (`?step=auth`, `&type=refund`): a step's name's value that asks or moves a form on
 * (ASKING_STEP) or is a lure-word page, read as one more step of the path (domain38's round).
 */
function querySteps(search: string): string[] {
  const out: string[] = [];
  for (const pair of search.slice(1, 501).split('&', 8)) {
    const eq = pair.indexOf('=');
    if (eq < 1 || !QUERY_STEP_KEY.test(pair.slice(0, eq).toLowerCase())) continue;
    const value = pair.slice(eq + 1).toLowerCase();
    if (value.length <= 30 && (ASKING_STEP.test(value) || kitPage(value))) out.push(value);
  }
  return out;
}

/** A brand's name as written in capitals, five letters or more (`COUPANG`, `ROCKETWOW`): no other letters. */
const LOUD_NAME = /^[A-Z]{5,30}$/;

/**
 * The brand's exact name as a folder written in capitals (`/COUPANG`, domain49's round): how a kit titles the
 * brand's copy it unpacked; a shop's category, a blog's tag or a review's folder is written in small letters, as URL
 * slugs are (`/coupang/`, `bbq.shop/coupang/`, anyone's alone), and a news slug in capitals carries its number
 * (`COUPANG6475`). Read on a TLD kits register by the hundred only (findCheapFolder).
 */
function loudName(seg: string, lists: CompiledLists): LabelMatch['brand'] | false {
  const raw = seg.replace(SEGMENT_PAGE_TYPE, '');
  if (!LOUD_NAME.test(raw)) return false;
  const text = raw.toLowerCase();
  if (!textMayImitate(text, lists)) return false;
  const m = matchLabel(text, lists);
  return m !== null && m.whole && !m.weak ? m.brand : false;
}

/** The name of a path segment as read: decoded, its page type dropped, in lower case, `_` as `-`. */
const segmentName = (seg: string): string =>
  decodeTwice(seg).replace(SEGMENT_PAGE_TYPE, '').toLowerCase().replace(/_/g, '-');

/** A kit's version folder (`v2`, `v10`), read through between the brand's folder and the kit's steps. */
const VERSION_FOLDER = /^v\d{1,2}$/;

/**
 * The brand as a folder or a page among a kit's steps on a host on a TLD kits register by the hundred
 * (kitsRegisterCheaply: lure, throwaway, cheap generic and kit TLDs; GENERIC_SOLD_TLD's with a step that asks): its
 * name spelt out exactly (`/coupang/notice/kr/`,
 * `/로켓와우/member/m/`, `/%EC%BF%A0%ED%8C%A1/form`), with lure words only (`/apply/pay/coupang-refund`), or an
 * official host written as a folder (`/auth/apply/coupa.ng/main.do`), every other segment a kit's step (KIT_STEP or a
 * lure-word page) and one of them more than an entry page or a phone's folder. The brand's folder alone, or with
 * only an index page under it (`bbq.shop/coupang/`, `k2s.cc/coupang/index.html`), stays anyone's (tune12's and
 * tune18's decisions); an article's section anywhere in the path, a price tracker's host and a path of any other
 * word are left; on `.com`, `.kr`, `.net` … the same folder is a tag's or a category's and stays to the other rules
 * (domain34).
 */
function findCheapFolder(
  host: string,
  path: string,
  suffix: string,
  lists: CompiledLists,
  ip = false,
  search = '',
): BrandFinding | null {
  const cheap = ip || kitsRegisterCheaply(suffix);
  if (!(cheap || GENERIC_SOLD_TLD.has(suffix)) || PRICE_HOST.test(host)) return null;
  const segs = path.split('/').filter((s) => s !== '');
  if (segs.length === 0 || segs.length > CHEAP_FOLDER_MAX || segs.some(articleSegment)) return null;
  const names = segs.map(segmentName);
  // (a step the query names, `/coupang/index.html?step=auth`, is the kit's as a folder would be: domain38's round)
  const asked = search.length > 5 ? querySteps(search) : [];
  // an official host as the whole path (`/coupang.com`): the link reads as that host, as one with a page under it
  // does (a name alone there, `/coupang`, stays anyone's)
  if (segs.length === 1 && asked.length === 0) {
    const shown = names[0]!.includes('.')
      ? officialShown(names[0]!, lists)
      : cheap && loudName(segs[0]!, lists);
    return shown
      ? {
          brand: shown,
          reasons: [{ code: 'brand-in-path', brand: shown.id, match: segs[0]!.slice(0, 200), detail: host }],
        }
      : null;
  }
  let at = -1;
  let brand: LabelMatch['brand'] | null = null;
  let lured = false;
  for (let k = 0; k < names.length && !brand; k++) {
    const text = names[k]!;
    if (text.length < 2 || text.length > 63) continue;
    const shown = text.includes('.') ? officialShown(text, lists) : null;
    if (shown) {
      brand = shown;
      at = k;
      break;
    }
    if (text.includes('.') || !textMayImitate(text, lists)) continue;
    const m = matchLabel(text, lists);
    // (a product's name others share too, `rocketpay`, counts on a bare IP address beside a folder of the brand's
    // abbreviation, `/cp/rocketpay/verify.php`: the brand named twice on a server nobody named, domain52)
    const twice =
      ip &&
      m !== null &&
      m.weak &&
      m.cost === 0 &&
      m.extra === '' &&
      m.typo === undefined &&
      m.token === text &&
      names.some((t, j) => j !== k && lists.shortNames.has(t));
    // (a Hangul name with one letter part changed, `코팡`, `쿠땅`, only with lure words: alone it may be a word)
    if (!m || (m.weak && !twice) || (m.cost !== 0 && !(m.hangul && m.typo === 'jamo'))) continue;
    // (the brand with its own service's word, `coupang-wing` — its sellers' portal —, is its folder too: domain41)
    const extra = extraWords(m.extra, lists.brandWords);
    if (extra !== 'lure' && (extra !== 'none' || m.cost !== 0)) continue;
    brand = m.brand;
    lured = extra === 'lure' && hasStrongLure(m.extra);
    at = k;
  }
  if (!brand) return null;
  // (a kit's version folder, `/coupang/v2/verify`, says nothing of its own: read through, domain42's round; one step
  // of the kit's is still needed, so `/coupang/v2` stays the bare folder it is)
  const steps = [...names.filter((t, k) => k !== at && !VERSION_FOLDER.test(t)), ...asked];
  // (on a bare IP address the brand's own words and abbreviations among the steps name it again, `/wow/cp/coupang/form`:
  // a kit unpacked on a server nobody named, domain35; one step still has to be a kit's)
  const step = (t: string) => KIT_STEP.test(t) || kitPage(t);
  // (and, since domain41's round, on a cheap host's path that asks, `/kr/cpg/coupang/pay`: the brand named twice
  // over a payment or a login)
  const asks = ip || (cheap && steps.some((t) => ASKING_STEP.test(t) || (kitPage(t) && hasStrongLure(t))));
  const named = (t: string) => asks && (lists.brandWords.has(t) || lists.shortNames.has(t));
  if (!steps.every((t) => step(t) || named(t)) || !steps.some(step)) return null;
  // (a folder of the brand with a word that asks, `/코팡인증/index.html`, is a kit's over an entry page too: domain35;
  // and so, since domain49's round, is the name in capitals, loudName)
  if (!lured && steps.every((t) => BARE_STEP.test(t)) && !(cheap && loudName(segs[at]!, lists))) return null;
  if (!cheap && !steps.some((t) => ASKING_STEP.test(t) || kitPage(t))) return null;
  return {
    brand,
    reasons: [{ code: 'brand-in-path', brand: brand.id, match: segs[at]!.slice(0, 200), detail: host }],
  };
}

/**
 * A query value that is one of the brand's own hosts with its letters percent-encoded (`?h=co%75%70%61ng.%63om`):
 * nothing needs a letter encoded and no browser or tracker writes one (path-site's needlesslyEncoded), so the
 * value hides the brand's host from a reader and a filter while the page uses it (domain35's round). The same host
 * written plainly (`?ref=coupang.com`, an affiliate's) stays anyone's.
 */
function findEncodedQueryHost(host: string, search: string, lists: CompiledLists): BrandFinding | null {
  for (const pair of search.slice(1, 2001).split('&', 20)) {
    const raw = pair.slice(pair.indexOf('=') + 1);
    if (raw.length > 300 || !ENCODED_LETTER.test(raw)) continue;
    const name = percentDecodeTwice(raw)
      .toLowerCase()
      .replace(/^https?:\/\//, '')
      .split(/[/?#]/, 1)[0]!;
    const shown = name.includes('.') ? officialShown(name, lists) : null;
    if (shown)
      return {
        brand: shown,
        reasons: [{ code: 'brand-in-path', brand: shown.id, match: raw.slice(0, 200), detail: host }],
      };
  }
  return null;
}

/** An order's or a waybill's number as a query value: ten to sixteen digits (`o=20256147901`, `id=607320135566`). */
const ORDER_NUMBER = /^\d{10,16}$/;
/**
 * A page that dresses itself as the brand's for one order (domain36's round): on a host on a TLD kits register by
 * the hundred (kitsRegisterCheaply), one query value that is the brand's name alone as written (`mall=COUPANG`,
 * `carrier=cpng`, `from=쿠팡`, `partner=coupang-wow`: its name, an abbreviation that names it alone, an alias, with its
 * own words only) beside another that is an order's or a waybill's number: the kit picks the brand's skin from the
 * one and fills in "your order" from the other, so every text gets its own address. A search's terms and a tracker's
 * tags are no such value (`?q=coupang`, `utm_source=coupang`); the brand's name without a number (a deal's filter,
 * `?mall=coupang`) and the same query on `.com`, `.kr` … (a price comparison's, a community's) stay anyone's.
 */
function findSkinQuery(
  host: string,
  search: string,
  suffix: string,
  lists: CompiledLists,
): BrandFinding | null {
  if (!kitsRegisterCheaply(suffix) || PRICE_HOST.test(host) || sharedRule(host, lists)) return null;
  let brand: LabelMatch['brand'] | null = null;
  let raw = '';
  let number = false;
  let n = 0;
  for (const pair of search.slice(1, 2001).split('&', MAX_PARAMS)) {
    const eq = pair.indexOf('=');
    if (eq < 1 || ++n > MAX_PARAMS) continue;
    const key = pair.slice(0, eq).toLowerCase();
    const value = pair.slice(eq + 1);
    if (ORDER_NUMBER.test(value)) {
      number = true;
      continue;
    }
    if (brand || value.length < 3 || value.length > 90 || SEARCH_PARAMS.has(key) || key.startsWith('utm_'))
      continue;
    const text = decodeTwice(value).toLowerCase().replace(/_/g, '-');
    if (text.length > 30 || /[^a-z0-9\uac00-\ud7a3-]/.test(text)) continue;
    const own = lists.ownShort.has(text) ? lists.shortNames.get(text) : undefined;
    if (own) {
      brand = own;
      raw = value;
      continue;
    }
    if (!textMayImitate(text, lists)) continue;
    const m = matchLabel(text, lists);
    if (!m || m.cost !== 0 || m.weak || extraWords(m.extra, lists.brandWords) !== 'none') continue;
    brand = m.brand;
    raw = value;
  }
  if (!brand || !number) return null;
  return {
    brand,
    reasons: [{ code: 'brand-in-path', brand: brand.id, match: raw.slice(0, 200), detail: host }],
  };
}

/** Small letters with one vowel at most (`y` counted as one): a generator's draw, no word anyone says */
const oneVowelAtMost = (s: string) => s.replace(/[^aeiouy]/g, '').length <= 1;

/**
 * A registrable name nobody reads as a name: a tag of three characters or fewer beside a hyphen (`kr-lfiz`, `hx-zfcl`),
 * or letters with one vowel at most, digits aside (`snsob`, `kkcvh346`): a generator's, where a shop's or a blog's
 * name is pronounceable (`melodia`, tune14's clean row).
 */
function nobodysName(name: string): boolean {
  if (name.includes('-')) return name.split('-', 4).some((t) => t.length > 0 && t.length <= 3);
  const letters = name.replace(/\d+/g, '');
  return letters.length >= 4 && /^[a-z]+$/.test(letters) && oneVowelAtMost(letters);
}

/** A number with a letter or two (`0307z`, `7788kx`, `24k9051`): a draw's tag, no word or shop's name (`1004`). */
const NUMBER_NAME = /^(?=(?:[a-z]*\d){4})(?=\d*[a-z])(?!(?:\d*[a-z]){3})[a-z0-9]{4,10}$/;

/** A landing's own path: the root, an index page, a folder of one or two letters (`/a`, `/lp`, `/m/`). */
const LANDING_PATH = /^\/(?:[a-z]{1,2}\/?|(?:index|main)\.(?:html?|php))?$/i;

/**
 * A landing that carries the search it was sold for (domain37's round): on a host nobody named (nobodysName) on a TLD
 * kits register by the hundred (kitsRegisterCheaply), whose path is only a landing's (the root, an index page, `/lp`, `/m/`), a query
 * value that is the brand's name spelt out with lure words only (`?q=쿠팡 피해보상`, `?n_query=쿠팡 보상 신청`,
 * `utm_term=쿠팡 환불 조회`, `?t=로켓와우 해지`): the ad's keyword or the lure's words handed to the kit's page, which
 * fills them in. A search engine's or a site's own search lives on its own path (`/search?q=…`) or on `.com`, `.kr`
 * …; a blog's own search box (WordPress's `?s=`) and the brand alone or with other words (`?q=쿠팡 쿠폰`) stay
 * anyone's.
 */
function findLandingQuery(
  host: string,
  name: string,
  search: string,
  suffix: string,
  lists: CompiledLists,
): BrandFinding | null {
  // (since domain46's round also a number with a letter or two on those TLDs, `0307z.club`, and a lure landing's
  // own name of lure words on any TLD but those everyone's names live on, `info-notice.bar`: its search box is the
  // kit's keyword too, as findCarried reads the rest of its address)
  const cheap = kitsRegisterCheaply(suffix);
  if (
    !(cheap && (nobodysName(name) || NUMBER_NAME.test(name))) &&
    !(name.includes('-') && !EVERYONES_TLD.test(suffix) && landingName(name))
  )
    return null;
  if (PRICE_HOST.test(host) || sharedRule(host, lists)) return null;
  let n = 0;
  for (const pair of search.slice(1, 2001).split('&', MAX_PARAMS)) {
    const eq = pair.indexOf('=');
    if (eq < 1 || ++n > MAX_PARAMS) continue;
    const value = pair.slice(eq + 1);
    if (value.length < 4 || value.length > 300 || pair.slice(0, eq) === 's') continue;
    const parts = decodeTwice(value.replace(/\+/g, ' '))
      .toLowerCase()
      .split(/[\s,.!?~·:()[\]]+/, 12)
      .filter((x) => x !== '');
    for (let k = 0; k < parts.length; k++) {
      const part = parts[k]!;
      if (part.length > 63 || !textMayImitate(part, lists)) continue;
      const m = matchLabel(part, lists);
      if (!m || m.cost !== 0 || m.weak) continue;
      const rest = [m.extra, ...parts.filter((_, i) => i !== k)].join(' ');
      if (extraWords(rest, lists.brandWords) !== 'lure') continue;
      return {
        brand: m.brand,
        reasons: [{ code: 'brand-in-path', brand: m.brand.id, match: value.slice(0, 200), detail: host }],
      };
    }
  }
  return null;
}

/** A keyed landing's path: a landing's (LANDING_PATH) or a redirect script's (`/go.php`, `/r.php`, `/jump.html`). */
const KEYED_PATH = /^\/(?:[a-z]{1,2}\/?|(?:index|main|go|r|redirect|link|jump|out)\.(?:html?|php|asp))?$/i;
/** The channel a lure was sent by, as a kit tags the brand's skin with it (`from=coupang_sms`). */
const CHANNEL_TAG = new Set('sms mms lms kakao push msg'.split(' '));
/** A visitor's token (`uid=txcywdwr`, `uid=8tz4ewz4`): letters and digits mixed, or letters with one vowel at most. */
const VISITOR_KEY = /^(?:uid|token|tk|t|k|key|code|sid|id|u|v)$/;
function visitorToken(value: string): boolean {
  if (!/^[a-z0-9]{6,32}$/i.test(value)) return false;
  const v = value.toLowerCase();
  return /\d/.test(v) ? /[a-z]/.test(v) : oneVowelAtMost(v);
}

/**
 * A landing keyed to the brand by its query alone (domain38's round): on a host nobody named (nobodysName, a
 * throwaway tag, a drawn name) on a TLD kits register by the hundred, whose path is a landing's or a redirect
 * script's (`/`, `/m/`, `/go.php`), one query value that is the brand's name alone as written (with its own words,
 * or the channel the text came by: `site=coupang`, `from=coupang_sms`) beside another that is a lure word
 * (`type=refund`, `act=login`) or a visitor's token (`uid=txcywdwr`): the kit picks the brand's skin from the one and
 * the visitor or the lure's page from the other. The brand alone beside other values (a shop's filter,
 * `?mall=coupang&sort=price`), a search's terms, a tracker's tags and a pronounceable name (a shop's) stay anyone's,
 * and so does the same query on `.com` or `.kr`.
 */
function findKeyedLanding(
  host: string,
  name: string,
  search: string,
  suffix: string,
  lists: CompiledLists,
): BrandFinding | null {
  if (!kitsRegisterCheaply(suffix) || PRICE_HOST.test(host) || sharedRule(host, lists)) return null;
  if (!nobodysName(name) && throwawayName(name, suffix) === 0 && !drawnName(name)) return null;
  let brand: LabelMatch['brand'] | null = null;
  let raw = '';
  let keyed = false;
  let n = 0;
  for (const pair of search.slice(1, 1001).split('&', MAX_PARAMS)) {
    const eq = pair.indexOf('=');
    if (eq < 1 || ++n > MAX_PARAMS) continue;
    const key = pair.slice(0, eq).toLowerCase();
    const value = pair.slice(eq + 1);
    if (value.length < 3 || value.length > 64 || SEARCH_PARAMS.has(key) || key.startsWith('utm_')) continue;
    const text = decodeTwice(value).toLowerCase().replace(/_/g, '-');
    if (/[^a-z0-9\uac00-\ud7a3-]/.test(text)) continue;
    if (!brand && textMayImitate(text, lists)) {
      const m = matchLabel(text, lists);
      const words = m ? withoutTags(m.extra) : '';
      if (m && m.cost === 0 && !m.weak && extraWords(words, lists.brandWords) === 'none') {
        brand = m.brand;
        raw = value;
        continue;
      }
    }
    if (extraWords(text) === 'lure' || (VISITOR_KEY.test(key) && visitorToken(value))) keyed = true;
  }
  if (!brand || !keyed) return null;
  return {
    brand,
    reasons: [{ code: 'brand-in-path', brand: brand.id, match: raw.slice(0, 200), detail: host }],
  };
}

/**
 * The brand's own address as a value the page is handed (domain76's round): on a name with a lure word or a tag
 * for Korea (kitWordName) on a TLD kits register by the hundred (kitsRegisterCheaply), a query value or the fragment
 * that is one of the brand's official hosts, whole (`?r=https://www.coupang.com/`, `?u=//coupang.com`, `?from=coupa.ng`, `#login.coupang.com`,
 * `#https://www.coupang.com/login`), percent-encoded or not: the kit's redirect target or the skin it shows, the
 * address a reader is meant to see. Counted over every half, the page halves' urls and the benign names: 166 honest
 * addresses carry an official host so (price and deal sites, search engines', mailers' and messengers' redirects,
 * certificate checkers), none on such a TLD (they live on `.com`, `.kr`, `.net`, `.co`, `.sh`). A price
 * site's name and a shared host's rule (a short link's own query) stay as they were.
 */
function findOfficialValue(
  host: string,
  name: string,
  url: UrlParts,
  suffix: string,
  lists: CompiledLists,
): BrandFinding | null {
  if (!(kitsRegisterCheaply(suffix) || DRAWN_KIT_TLD.has(suffix))) return null;
  if (PRICE_HOST.test(host) || sharedRule(host, lists)) return null;
  // (a name of plain words or a pronounceable draw, `deal-room.shop`, `torivane.shop`, `greenhill.xyz`, is a shop's or
  // a blog's jump to the brand's page: earlier rounds' decisions; a name with a lure word or a tag for Korea is a kit's)
  if (!kitWordName(name)) return null;
  if (url.search !== undefined && KEYED_PATH.test(url.path) && UTM_SOURCE.test(url.search)) {
    const tagged = taggedSource(host, name, url.search, lists);
    if (tagged) return tagged;
  }
  const values: string[] = [];
  if (url.search !== undefined)
    for (const pair of url.search.slice(1, 1001).split('&', MAX_PARAMS)) {
      const eq = pair.indexOf('=');
      // (a search's terms are what someone looked for: `help-center.top/?query=coupang.com`, tune6's decision)
      if (eq > 0 && !SEARCH_PARAMS.has(pair.slice(0, eq).toLowerCase())) values.push(pair.slice(eq + 1));
    }
  if (url.hash !== undefined && url.hash.length > 4) values.push(url.hash.slice(1, 300));
  for (const value of values) {
    if (value.length < 5 || value.length > 500) continue;
    const text = decodeTwice(value).toLowerCase();
    const m = OFFICIAL_VALUE.exec(text);
    if (!m) continue;
    const brand = officialShown(m[1]!, lists);
    if (brand)
      return {
        brand,
        reasons: [{ code: 'brand-in-path', brand: brand.id, match: value.slice(0, 200), detail: host }],
      };
  }
  return null;
}
/**
 * A campaign's source tag that is the brand alone, with channel tags at most (`utm_source=coupang_sms`, `coupang_qr`),
 * on a landing's or a redirect script's path (KEYED_PATH: `/`, `/index.html`, `/go`) of a host whose name is lure
 * words only (`pay-confirm`, `safe-verify`) or nobody's (nobodysName, drawnName, throwawayName), on a TLD kits
 * register by the hundred (domain76's round): the kit's text message is the source, the landing its page. A shop's
 * or a paper's page with the same tag (`maple-living.store/product/11?utm_source=coupang`, `theqoo.net/…`) stays an
 * affiliate's or a newsletter's.
 */
function taggedSource(host: string, name: string, search: string, lists: CompiledLists): BrandFinding | null {
  if (!(extraWords(name) === 'lure' || taggedLanding(name))) return null;
  const m = UTM_SOURCE.exec(search);
  if (!m) return null;
  const text = decodeTwice(m[1]!).toLowerCase().replace(/_/g, '-');
  if (
    text.length < 3 ||
    text.length > 40 ||
    /[^a-z0-9\uac00-\ud7a3-]/.test(text) ||
    !textMayImitate(text, lists)
  )
    return null;
  const b = matchLabel(text, lists);
  if (!b || b.cost !== 0 || b.weak || extraWords(withoutTags(b.extra), lists.brandWords) !== 'none')
    return null;
  return {
    brand: b.brand,
    reasons: [{ code: 'brand-in-path', brand: b.brand.id, match: m[0].slice(0, 200), detail: host }],
  };
}
/** A registrable name with a lure word or a tag for Korea among its words (`post-track`, `hello-kr`, `kpost-info`). */
function kitWordName(name: string): boolean {
  if (name.startsWith('xn--') || name.length > 40) return false;
  return KOREA_TAG.test(name) || lureIn(name.replace(/[-_0-9]+/g, '-'));
}
/** A tag for Korea as a word of a name, or glued before one (`-kr`, `kr-`, `kpost`). */
const KOREA_TAG = /(?:^|-)(?:kr|ko|kor|korea)(?:-|$)/;
/** A campaign's source tag (`utm_source=…`) in a query. */
const UTM_SOURCE = /[?&]utm_source=([^&#]*)/i;
/** A value that is a host whole, with or without a scheme or `//` (`https://www.coupang.com/…`, `//coupa.ng`, `coupa.ng/x`). */
const OFFICIAL_VALUE = /^(?:https?:)?(?:\/\/)?([a-z0-9-]+(?:\.[a-z0-9-]+)+)\.?(?:[/?#:]|$)/;

/**
 * Generic TLDs sold cheaply that no lure list names (`.xin`, Elegant Leader's; `.one`, `.support`, `.center`): firms
 * register there too, so only a name nobody would say is read there, by findDrawnKit alone.
 */
const DRAWN_KIT_TLD = new Set('xin one support center'.split(' '));
/** Keys a kit names the brand's skin by, with nothing else to say (`app=`, `svc=`, `brand=`): no search, no tracker. */
const DRAWN_SKIN_KEY = /^(?:app|svc|brand|src|site|mall|shop|m|c|ch|from|ref|s|b|p|service|partner)$/;
/** One anchor of a name's letters alone (`#rocketwow`, `#%EC%BF%A0%ED%8C%A1`, `#coupang_refund`): no route, no query. */
const ANCHOR_PIECE = /^#[A-Za-z0-9%_-]{2,60}$/;

/**
 * The brand's name as one piece of a drawn name's address, read as written: the brand, a service of its list or
 * its own abbreviation (ownShort: `cpang`), alone or with lure words only (`coupang_refund`, `쿠팡배송조회`), in any
 * letters' case and encoding.
 */
function drawnPiece(piece: string, lists: CompiledLists): LabelMatch['brand'] | null {
  const text = segmentName(piece);
  if (text.length < 2 || text.length > 40 || /[^a-z0-9\uac00-\ud7a3-]/.test(text)) return null;
  const own = lists.ownShort.has(text) ? lists.shortNames.get(text) : undefined;
  if (own) return own;
  if (!textMayImitate(text, lists)) return null;
  const m = matchLabel(text, lists);
  if (!m || m.cost !== 0 || m.weak) return null;
  const extra = extraWords(m.extra, lists.brandWords);
  return extra === 'none' || extra === 'lure' ? m.brand : null;
}

/**
 * A drawn name's kit (domain39's round): on a registrable name nobody would say (nobodysName: letters with one vowel
 * at most, `gzkvfpy`, `svjj`) on a TLD kits register by the hundred, the brand as the first folder (`/coupang`,
 * `/coupangplay?t=…`, `/cpang/<code>`, `/쿠팡배송조회`, `/coupang_refund/index.html`), the brand's short `cp` or `cpay`
 * (many firms' initials) as the first folder over a step that asks or a lure page (`/cp/bosang`, `/cpay/verify`), or,
 * on a landing's path or a kit's step (`/`, `/p`, `/m/index.php`, `/refund`), the brand alone as the value of a key
 * that names a skin (`?app=coupang`, `?svc=rocketwow`) beside nothing but tokens, numbers and the brand's own words.
 * No shop, blog or tracker names itself with no vowel to say; a pronounceable name (`melodia.shop/coupang`, a shop's
 * category), a name of three letters (`bbq.shop/coupang/`, tune12's decision), one with a hyphen or digits in the
 * middle, the same path on `.com`, `.kr` … or `.co`, a search's terms and a tracker's tags stay anyone's, and so do
 * the brand among other words (`/coupang-review`) and a query beside other values (`?mall=coupang&sort=price`).
 */
/**
 * Text an SMS client glues to the end of a link, percent-encoded as the parser leaves it, after a Latin letter or
 * digit not of an encoded letter: a Korean particle (`에서`, `으로`, `을` …: `coupang에서` is "at coupang") or an arrow (`▶`, `→`, `»`, `…`).
 */
const GLUED_TAIL =
  /(?<=[A-Za-z0-9])(?<!%[0-9A-Fa-f]{2})(?:%EC%97%90%EC%84%9C|%EC%97%90%EA%B2%8C|%EC%9C%BC%EB%A1%9C|%EB%A1%9C|%EC%9D%84|%EB%A5%BC|%EC%9D%80|%EB%8A%94|%EC%9D%98|%EC%9D%B4|%EA%B0%80|%EC%97%90|%E2%96%B6|%E2%96%B7|%E2%96%BA|%E2%86%92|%C2%BB|%E2%80%A6)$/i;

/** A name of one to three digits and letters after them (`6cdsvmd`): the letters. */
const LED_BY_DIGITS = /^\d{1,3}([a-z]+)$/;

function findDrawnKit(
  host: string,
  name: string,
  path: string,
  search: string,
  lists: CompiledLists,
): BrandFinding | null {
  // (since domain44's round also a drawn tag of letters and digits, drawnTag: `8k2m7`, `zz3-41kd`; the caller reads
  // only the TLDs kits register by the hundred)
  // (since domain48's round also with a number before the letters, `6cdsvmd`: five to ten consonants and no vowel
  // after it, drawnLetters, a draw's as much as `cdsvmd` is; `7eleven`, `24hours`, `3dprint` say something)
  const drawn = LED_BY_DIGITS.exec(name);
  const bare = drawn && drawnLetters(drawn[1]!) ? drawn[1]! : name;
  if ((bare.includes('-') || /\d[a-z]/.test(bare) || !nobodysName(bare)) && !drawnTag(name)) return null;
  if (PRICE_HOST.test(host) || sharedRule(host, lists)) return null;
  const found = (brand: LabelMatch['brand'], match: string): BrandFinding => ({
    brand,
    reasons: [{ code: 'brand-in-path', brand: brand.id, match: match.slice(0, 200), detail: host }],
  });
  // (text an SMS client glued to the link's end, `coupang에서`, `bosang▶`, is the message's, not the path's)
  const segs = path
    .replace(GLUED_TAIL, '')
    .split('/', CHEAP_FOLDER_MAX + 2)
    .filter((x) => x !== '');
  if (segs.length > 0 && segs.length <= CHEAP_FOLDER_MAX && !segs.some(articleSegment)) {
    const first = segs[0]!;
    const brand = drawnPiece(first, lists);
    if (brand) return found(brand, first);
    const short = segmentName(first);
    const next = segs.length > 1 ? segmentName(segs[1]!) : '';
    if ((short === 'cp' || short === 'cpay') && next !== '' && (ASKING_STEP.test(next) || kitPage(next))) {
      const own = lists.shortNames.get(short);
      if (own) return found(own, first);
    }
    // (a service's own word, `eats`, `wow`, `wing`, over a step that asks or a lure page, `/eats/order/claim`,
    // `/#/wow/cancel`: domain44's round; the word alone, `/wow/`, or over other words stays anyone's)
    if (next !== '' && (ASKING_STEP.test(next) || kitPage(next))) {
      const service = serviceFolder(short, lists);
      if (service) return found(service, first);
    }
  }
  if (search.length < 6) return null;
  const names = segs.map(segmentName);
  if (!KEYED_PATH.test(path) && !(names.length <= 3 && names.every((t) => KIT_STEP.test(t) || kitPage(t))))
    return null;
  let brand: LabelMatch['brand'] | null = null;
  let raw = '';
  let n = 0;
  for (const pair of search.slice(1, 1001).split('&', MAX_PARAMS)) {
    const eq = pair.indexOf('=');
    if (eq < 1 || ++n > MAX_PARAMS) return null;
    const key = pair.slice(0, eq).toLowerCase();
    const value = pair.slice(eq + 1);
    if (SEARCH_PARAMS.has(key) || key.startsWith('utm_')) continue;
    const text = decodeTwice(value).toLowerCase().replace(/_/g, '-');
    const words = withoutTags(text);
    const own = words.length >= 3 && words.length <= 40 ? drawnPiece(words, lists) : null;
    if (own) {
      if (DRAWN_SKIN_KEY.test(key) && !brand) {
        brand = own;
        raw = value;
      }
      continue;
    }
    // beside it only the brand's short (`c=cpay`), a visitor's token, a number or a lure word: no shop's filter
    // (`sort=price`)
    if (!plainBeside(text, value, lists)) return null;
  }
  return brand ? found(brand, raw) : null;
}

/**
 * Words of the brand's list that name one of its services and nobody's trade (domain44's round): every brand word
 * (`eats`, `wow`, `wing`, `flex`, `play`, `rocket`, `fresh`, `jikgu`) but those every firm's pages say too — a
 * payment's, a shop's, a firm's departments and places.
 */
const TRADE_WORD = new Set(
  'pay now corp cdn ads lux center customer delivery seller partner partners services logistics travel taiwan growth'.split(
    ' ',
  ),
);
/** The brand whose service `word` names (the brand's name with it, `coupangeats`, read as the list reads it), or null. */
function serviceFolder(word: string, lists: CompiledLists): LabelMatch['brand'] | null {
  if (word.length < 3 || word.length > 12 || TRADE_WORD.has(word) || !lists.brandWords.has(word)) return null;
  const root = lists.coreNames.reduce((a, b) => (b.length < a.length ? b : a), lists.coreNames[0] ?? '');
  if (root === '' || word === root || lists.coreNames.includes(word)) return null;
  const m = matchLabel(root + word, lists);
  return m && m.cost === 0 && !m.weak ? m.brand : null;
}

/** A value's words without the channel tags a campaign glues on (`coupang-sms-kr` → `coupang`) */
function withoutTags(text: string): string {
  return text
    .split('-')
    .filter((w) => w !== '' && !CHANNEL_TAG.has(w))
    .join('-');
}

/**
 * A query value a kit writes beside the brand's skin: the brand's short (`c=cpay`), a number, a visitor's token or a
 * lure word — no shop's filter (`sort=price`). `text` is the value decoded and lowered, `value` as written.
 */
function plainBeside(text: string, value: string, lists: CompiledLists): boolean {
  return (
    lists.shortNames.has(text) ||
    /^\d{1,16}$/.test(value) ||
    visitorToken(value) ||
    extraWords(text) === 'lure'
  );
}

/** A finding of the brand's name as a piece of a host's path, query or fragment (domain41's rules). */
const found41 = (brand: LabelMatch['brand'], match: string, host: string): BrandFinding => ({
  brand,
  reasons: [{ code: 'brand-in-path', brand: brand.id, match: match.slice(0, 200), detail: host }],
});

/**
 * The markets the brand sells in abroad as a kit's folder names them: Taiwan (`tw`, `zh-tw`, `zh-hant`) and Japan
 * (`jp`, `ja`, `ja-jp`), where Coupang trades as 酷澎 and Rocket Now.
 */
const MARKET_ABROAD = /^(?:tw|zh-tw|zh-hant|jp|ja|ja-jp)$/;
/** The brand's name with a market's code glued or hyphened on (`coupang-tw`, `coupangtw`, `coupang_kr`, `coupang-jp`). */
const MARKET_TAGGED = /^(.{3,30}?)-?(?:tw|kr|jp)$/;
/** A page of a kit's steps or lure words, read in any script the brand's markets write (`pay`, `login`, `退款`, `返金`). */
const ABROAD_LURE = /^(?:退款|退費|退货|退貨|付款|支付|驗證|验证|登入|登录|登錄|返金|支払い|ログイン|認証)$/;
/** The brand's names in the scripts its markets abroad write (`酷澎`), read as written with the Latin and Hangul ones. */
const ABROAD_NAME = /^[\u3040-\u30ff\u4e00-\u9fff]{2,12}$/;

/** The brand alone as one piece of a kit's path, its Taiwanese and Japanese names too (`酷澎`, `ロケットナウ`). */
function abroadPiece(text: string, lists: CompiledLists): LabelMatch['brand'] | null {
  if (!ABROAD_NAME.test(text)) return drawnPiece(text, lists);
  const m = matchLabel(text, lists);
  return m && m.cost === 0 && !m.weak && m.extra === '' ? m.brand : null;
}

/** A kit's step after the brand's folder: KIT_STEP, a lure page, an app's package (`apk`), or its foreign words. */
const abroadStep = (t: string): boolean => KIT_STEP.test(t) || kitPage(t) || ABROAD_LURE.test(t);

/**
 * An explicit port other than the web's own (`:8443`, `:8080`, `:2053`), as the input was written: a kit served from
 * a rented server's panel keeps it in the link; a shop or a blog is served on the standard ports.
 */
function oddPort(input: string): boolean {
  const authority = /^(?:[a-z][a-z0-9+.-]*:\/\/)?([^/?#\\]*)/i.exec(input)?.[1] ?? '';
  const port = /:(\d{1,5})$/.exec(authority.slice(authority.lastIndexOf('@') + 1))?.[1];
  return port !== undefined && port !== '80' && port !== '443';
}

/**
 * A kit's path on a host of any name (domain41's round), on a TLD kits register by the hundred: what domain39 read
 * only on names nobody would say (findDrawnKit), read here where the path itself says more than a shop's folder:
 * - the brand's folder under the code of a market it sells in abroad (`/tw/coupang/`, `/jp/rocketnow/`,
 *   `/zh-tw/酷澎/退款`), and `rocket` (its Taiwanese delivery's name) there over a step that asks (`/tw/rocket/pay`):
 *   the kit's copy for one market of several; a shop's category or a blog's tag names no market;
 * - the brand with a market's code as the folder over a kit's step or an entry page (`/coupang-tw/verify`,
 *   `/coupangtw/login`, `/coupang_kr/index.php`): the kit's skin for that market;
 * - the brand's folder over an app's package (`/coupang/apk`) or a Windows installer (`/coupang/anydesk.exe`): a fake
 *   app or a remote-control tool handed out to install;
 * - the brand's folder as the whole path, or over kit steps, on a port no shop serves on (`:8443/coupang`).
 * The brand's folder alone on a pronounceable name (`melodia.shop/coupang`), a market's folder over the brand with
 * other words (`/tw/coupang-review`), a tag's page (`/tag/coupang`) and the same paths on `.com`, `.kr`, `.tw` …
 * stay anyone's.
 */
function findMarketKit(host: string, path: string, port: boolean, lists: CompiledLists): BrandFinding | null {
  if (PRICE_HOST.test(host) || sharedRule(host, lists)) return null;
  const segs = path.split('/', CHEAP_FOLDER_MAX + 2).filter((x) => x !== '');
  if (segs.length === 0 || segs.length > CHEAP_FOLDER_MAX || segs.some(articleSegment)) return null;
  const names = segs.map(segmentName);
  const found = (brand: LabelMatch['brand'], match: string) => found41(brand, match, host);
  const first = names[0]!;
  if (MARKET_ABROAD.test(first) && names.length >= 2) {
    const rest = names.slice(2);
    if (!rest.every(abroadStep)) return null;
    const brand = abroadPiece(names[1]!, lists);
    if (brand) return found(brand, segs[1]!);
    if (names[1] === 'rocket' && rest.some((t) => ASKING_STEP.test(t) || kitPage(t) || ABROAD_LURE.test(t))) {
      // (the brand's own name read as a piece, for the brand whose delivery that is)
      const own = drawnPiece('coupang', lists);
      if (own) return found(own, segs[1]!);
    }
    return null;
  }
  const rest = names.slice(1);
  const tagged = MARKET_TAGGED.exec(first);
  if (tagged && rest.length > 0 && rest.every(abroadStep)) {
    const m = textMayImitate(tagged[1]!, lists) ? matchLabel(tagged[1]!, lists) : null;
    if (m && m.cost === 0 && !m.weak && m.extra === '') return found(m.brand, segs[0]!);
  }
  // (and a Windows program's installer there, `/coupang/anydesk.exe`, `/coupang/setup.msi`: the remote-control tool a
  // fake agent has the reader install, domain77's round; the brand's programs come from its own site or a store)
  if (rest.length === 1 && (rest[0] === 'apk' || /\.(?:apk|exe|msi)$/.test(rest[0]!))) {
    const brand = drawnPiece(segs[0]!, lists);
    if (brand) return found(brand, segs[0]!);
  }
  if (port && rest.every(abroadStep)) {
    const brand = drawnPiece(segs[0]!, lists);
    if (brand) return found(brand, segs[0]!);
  }
  return null;
}

/** A page that asks for a login, a payment or an identity by its name (with the strong lure words, hasStrongLure). */
const ASKS_HERE = /^(?:pay|payment|login|signin|auth|verify|account|reset)$/;
/** Keys a kit names the brand's skin by (`svc=`, `brand=`, `tpl=`, `partner=`, `name=`): never a referrer's. */
const ASKING_SKIN_KEY = /^(?:app|svc|service|brand|site|mall|shop|tpl|template|skin|partner|name|m|c|b|u|s)$/;

/**
 * A page that asks, skinned as the brand's by its query (domain41's round): on a host of any name on a TLD kits
 * register by the hundred, a path of one or two steps that ask or lure pages (`/pay`, `/cancel`, `/kr/refund`,
 * `/m/auth`) and a query value, under a key that names a skin, that is the brand alone (with its own words or the
 * channel the text came by) or one of its hosts (`?c=쿠팡`, `?svc=coupangpay&step=auth`, `?site=coupang.com`,
 * `?partner=coupa.ng`), beside nothing but the brand's shorts, a visitor's token, a number, a lure word or a step:
 * the path says what is asked, the query whose page asks it. A referrer's tag (`ref=`, `from=`, `src=`,
 * `channel=`: where an honest shop's visitor came from), a restaurant's delivery or order page
 * (`/delivery?app=coupangeats&store=1`), a search's terms and a tracker's tags, a price tracker's page
 * (`/track?src=…`), a shop's filter (`?mall=coupang&sort=price`), a notice (`/notice/42?ref=…`) and
 * the same query on `.com` or `.kr` stay anyone's.
 */
function findAskingSkin(
  host: string,
  path: string,
  search: string,
  lists: CompiledLists,
): BrandFinding | null {
  if (PRICE_HOST.test(host) || sharedRule(host, lists)) return null;
  const names = path
    .split('/', 4)
    .filter((x) => x !== '')
    .map(segmentName);
  if (names.length === 0 || names.length > 2) return null;
  // (the brand's initials as a folder, `/cp/refund?b=coupang`, name it once more)
  const step = (t: string) => KIT_STEP.test(t) || kitPage(t) || lists.shortNames.has(t);
  if (!names.every((t) => step(t) && !PRICE_PAGE.test(t))) return null;
  // (a delivery's or an order's page is a restaurant's too, `/delivery?app=coupangeats&store=1`: one page asks, or
  // the query names the step that asks, `/delivery?u=coupang&act=bosang`)
  const asks = (t: string) => ASKS_HERE.test(t) || hasStrongLure(t);
  if (!names.some(asks) && !querySteps(search).some(asks)) return null;
  let brand: LabelMatch['brand'] | null = null;
  let raw = '';
  let n = 0;
  for (const pair of search.slice(1, 1001).split('&', MAX_PARAMS)) {
    const eq = pair.indexOf('=');
    if (eq < 1 || ++n > MAX_PARAMS) return null;
    const key = pair.slice(0, eq).toLowerCase();
    const value = pair.slice(eq + 1);
    const text = decodeTwice(value).toLowerCase().replace(/_/g, '-');
    if (!brand && ASKING_SKIN_KEY.test(key) && text.length >= 2 && text.length <= 40) {
      const words = withoutTags(text);
      const own =
        (text.includes('.') ? officialShown(text, lists) : null) ??
        (words.length >= 2 ? drawnPiece(words, lists) : null);
      if (own) {
        brand = own;
        raw = value;
        continue;
      }
    }
    if (!plainBeside(text, value, lists) && !(QUERY_STEP_KEY.test(key) && ASKING_STEP.test(text)))
      return null;
  }
  return brand ? found41(brand, raw, host) : null;
}

/**
 * A single-page kit's route written as one anchor on its app shell (domain41's round): the brand spelt out with the
 * name of a step that asks for a login, a payment or an identity (`/#coupang-login`, `/m/#coupangpay-verify`), the
 * page the kit's script opens. A page's own anchor names a section: the brand alone (`/about#coupang`, a shop's
 * channels), with other words (`#coupang-review`) or with a topic's lure word (`#coupang-bosang`, a section of an
 * article on the compensation: domain35's decision) stays anyone's, as does the same anchor on `.com` or `.kr`.
 */
function findAnchorRoute(host: string, hash: string, lists: CompiledLists): BrandFinding | null {
  if (!/^#[^/#?&=]{4,40}$/.test(hash) || PRICE_HOST.test(host) || sharedRule(host, lists)) return null;
  const text = segmentName(hash.slice(1));
  if (!textMayImitate(text, lists)) return null;
  const m = matchLabel(text, lists);
  if (!m || m.cost !== 0 || m.weak || extraWords(m.extra, lists.brandWords) !== 'lure') return null;
  // (a step's word, not a topic's: `#coupang-bosang` may be a section of an article, domain35's decision)
  return m.extra.split('-').some((w) => ASKS_HERE.test(w)) ? found41(m.brand, hash, host) : null;
}

/**
 * A single-page kit's route that shows the brand's official host as its first folder over a step that asks or a
 * lure page (`#/m.coupang.com/refund`, `#!/www.coupang.com/login/verify`), on an app's shell on a host of any name
 * (domain46's round): the kit's router draws the brand's page under its host's name, which no honest app routes to.
 * The official host alone (`#/www.coupang.com`, a site checker's), over other pages (`#/coupang.com/status`) and on a
 * platform's host (judged as its path is) stay anyone's.
 */
function findShownRoute(host: string, route: string, lists: CompiledLists): BrandFinding | null {
  const segs = route
    .split('?', 1)[0]!
    .split('/', 5)
    .filter((x) => x !== '');
  if (segs.length < 2 || segs.length > 4 || !segs[0]!.includes('.')) return null;
  const brand = officialShown(segs[0]!, lists);
  if (!brand || sharedRule(host, lists)) return null;
  const asks = (t: string) => ASKING_STEP.test(t) || hasStrongLure(t);
  return segs.slice(1).some((x) => asks(segmentName(x))) ? found41(brand, segs[0]!, host) : null;
}

/** The TLDs everyone's names live on: a drawn tag there may be a firm's code (`com`, `net`, `org`, `kr`, `co.kr`). */
const EVERYONES_TLD = /^(?:com|net|org|kr|[a-z]{2}\.kr)$/;

/**
 * A registrable name a generator drew, read off the TLDs kits register cheaply too (domain46's round): drawnName on
 * any TLD, the looser drawnTag (`lyn7n4gdu`) off those everyone's names live on.
 */
function drawnAnywhere(registrable: string, suffix: string): boolean {
  const name = nameOf(registrable, suffix);
  return drawnName(name) || (!EVERYONES_TLD.test(suffix) && drawnTag(name));
}

/** A news site's article page as Korean newsroom software writes it (`/news/articleView.html`, `/view/`, `/view.php`). */
const ARTICLE_VIEW = /^\/(?:news\/)?(?:articleview\.html|view\.(?:html|php)|view\/?)$/i;
/** The article's number, as its key holds it (`idxno=565740`, `no=562416`), with what a kit glued after it. */
const ARTICLE_NUMBER = /^(?:idxno|no|idx|aid)=(\d{3,10})(?:\/(.{3,60}))?$/i;

/**
 * A news article's address forged on a throwaway host (domain41's round; KISA: lures cite fake articles about the
 * brand's compensation): on a TLD kits register by the hundred, a newsroom's article page with its number
 * (`/news/articleView.html?idxno=…`, `/view/?no=…`) whose query also names the brand alone as a value (`&sc=coupang`:
 * the kit's skin, where a newsroom writes a section's code) or glues the brand with a lure word to the number
 * (`idxno=565740/coupang-bosang`). A newsroom's keyword with other words (`&kw=rocketgrowth-sellers-survey`), a
 * search's terms and a tracker's tags, and the same page on `.com`, `.kr` or `.co.kr` stay anyone's.
 */
function findForgedArticle(
  host: string,
  path: string,
  search: string,
  lists: CompiledLists,
): BrandFinding | null {
  if (!ARTICLE_VIEW.test(path) || sharedRule(host, lists)) return null;
  let numbered = false;
  let brand: LabelMatch['brand'] | null = null;
  let raw = '';
  let n = 0;
  for (const pair of search.slice(1, 1001).split('&', MAX_PARAMS)) {
    if (++n > MAX_PARAMS) return null;
    const number = ARTICLE_NUMBER.exec(pair);
    if (number) {
      numbered = true;
      const glued = number[2] === undefined ? null : segmentName(number[2]);
      if (glued && !brand && textMayImitate(glued, lists)) {
        const m = matchLabel(glued, lists);
        if (m && m.cost === 0 && !m.weak && extraWords(m.extra, lists.brandWords) === 'lure') {
          brand = m.brand;
          raw = number[2]!;
        }
      }
      continue;
    }
    const eq = pair.indexOf('=');
    const key = pair.slice(0, eq).toLowerCase();
    if (eq < 1 || brand || SEARCH_PARAMS.has(key) || key.startsWith('utm_')) continue;
    const text = decodeTwice(pair.slice(eq + 1)).toLowerCase();
    const m =
      text.length >= 2 && text.length <= 30 && textMayImitate(text, lists) ? matchLabel(text, lists) : null;
    if (m && m.cost === 0 && !m.weak && m.extra === '') {
      brand = m.brand;
      raw = pair;
    }
  }
  return numbered && brand ? found41(brand, raw, host) : null;
}

/**
 * The brand's name hidden in a query value as base64, hex or ROT13 (domain41's round): on a TLD kits register by the
 * hundred, a value whose decoding is the brand's name alone or with lure words (`?d=Y291cGFuZw==`, "coupang"): no
 * page needs a shop's name encoded, a kit's script decodes it to pick its skin, and no filter reading the address
 * sees it. An encoded address (`?u=aHR0cHM6Ly93d3cuY291cGFuZy5jb20v`, a mail tracker's link to the brand's own
 * site), a value that decodes to other words and the same on `.com` or `.kr` stay anyone's.
 */
function findEncodedBrandValue(host: string, search: string, lists: CompiledLists): BrandFinding | null {
  if (sharedRule(host, lists)) return null;
  let n = 0;
  for (const pair of search.slice(1, 1001).split('&', MAX_PARAMS)) {
    if (++n > MAX_PARAMS) return null;
    const value = pair.slice(pair.indexOf('=') + 1);
    if (value.length < 6 || value.length > 80) continue;
    for (const decoded of decodings(value)) {
      const text = decoded
        .trim()
        .toLowerCase()
        .replace(/[_\s]+/g, '-');
      if (text.length < 2 || text.length > 40 || /[^a-z0-9\uac00-\ud7a3-]/.test(text)) continue;
      const own = drawnPiece(text, lists);
      if (own) return found41(own, value, host);
    }
  }
  return null;
}

/**
 * An opaque kit path (domain42's round): the root, an entry page or a router's segment of one to three letters, with
 * an entry script's name of five letters at most (`/`, `/r`, `/m/`, `/go`, `/app`, `/p.php`, `/index.php`,
 * `/index.html`): a path that says nothing of what the page is. An honest page that names the brand after its host
 * says what it is on its path (`/products/ceramic-mug?channel=coupang`, `/about#coupang`, `/notice/42?ref=coupang`,
 * `/track?carrier=…`): none of any half's clean rows on the TLDs kits register by the hundred has an opaque path.
 */
const OPAQUE_PATH = /^\/?(?:[a-z]{1,3}\/?|[a-z]{1,5}\.(?:php|html?|asp))?$/i;
/** Keys a kit names the brand's skin or its campaign by (`svc=`, `mall=`, `co=`, `pg=`, `campaign=`, `page=`). */
const OPAQUE_SKIN_KEY =
  /^(?:app|svc|service|brand|site|mall|shop|tpl|template|skin|theme|partner|name|campaign|page|co|pg|m|c|b|ch|type|t)$/;
/** A referrer's and a search's keys: an honest shop's too, read only beside a visitor's token (`from=coupang&tk=…`). */
const OPAQUE_REFERRER_KEY = /^(?:from|ref|src|source|s|utm-source)$/;
/** A visitor's token's keys on a kit's opaque path, with VISITOR_KEY's (`n=`, `p=`, `c=`, `r=`: a draw's short key). */
const OPAQUE_TOKEN_KEY = /^(?:uid|token|tk|t|k|key|code|sid|id|u|v|n|p|c|r|no)$/;
/**
 * The brand as the skin of an opaque kit path (domain42's round): on a host of any name on a TLD kits register by the
 * hundred, a path that says nothing (OPAQUE_PATH) and a query, or a fragment written as one (`#page=coupang&step=2`),
 * whose value under a key that names a skin or a campaign (`svc=`, `mall=`, `co=`, `pg=`, `type=`) is the brand alone,
 * with its own words, a market's tag, the channel the text came by or lure words (`svc=쿠팡`, `shop=coupang-kr`,
 * `pg=coupay`), beside a visitor's token (`&uid=hf4xumd4gjvw`), a form's step (`&step=2`) or a lure word, and
 * nothing but those, numbers and the brand's shorts; under a referrer's, a search's or a tracker's key (`from=`,
 * `s=`, `utm_source=coupang_sms`) only beside a visitor's token on a router's segment (`/r`, `/m`, `/p.php`). The
 * kit's router picks the brand's skin from the one and the visitor from the other, and a page with nothing to say on
 * its path has nothing else to show. The brand alone with nothing beside it (`/p?app=coupang`, domain39's decision),
 * a filter or a language beside it (`&sort=new`, `&lang=ko`, domain38's), a referrer's tag with a token on the root
 * (`/?from=coupang_sms&uid=…`, domain38's), a tracker's tag without a channel (`utm_source=coupang`), a descriptive
 * path (`/products/mug?channel=coupang`) and `.com`/`.kr` stay anyone's.
 */
function findOpaqueSkin(
  host: string,
  path: string,
  query: string,
  lists: CompiledLists,
): BrandFinding | null {
  if (PRICE_HOST.test(host) || sharedRule(host, lists)) return null;
  let brand: LabelMatch['brand'] | null = null;
  let raw = '';
  let referrer = false;
  let lure = false;
  let token = false;
  let n = 0;
  for (const pair of query.split('&', MAX_PARAMS + 1)) {
    const eq = pair.indexOf('=');
    if (++n > MAX_PARAMS || eq < 1) return null;
    const key = pair.slice(0, eq).toLowerCase().replace(/_/g, '-');
    const value = pair.slice(eq + 1);
    const text = decodeTwice(value).toLowerCase().replace(/_/g, '-');
    const skin = OPAQUE_SKIN_KEY.test(key);
    if (!brand && (skin || OPAQUE_REFERRER_KEY.test(key)) && text.length >= 2 && text.length <= 40) {
      const tags = text.split('-').filter((w) => w !== '');
      // (the channel the text came by, `coupang_sms`; a market's tag, `coupang-kr`)
      const words = tags.filter((w) => !CHANNEL_TAG.has(w) && !/^(?:kr|tw|jp)$/.test(w)).join('-');
      // (a tracker's source is read only with the channel a kit tags it by, `utm_source=coupang_sms`)
      const own =
        key === 'utm-source' && words === tags.join('-')
          ? null
          : words.length >= 2
            ? drawnPiece(words, lists)
            : null;
      if (own) {
        brand = own;
        raw = value;
        referrer = !skin;
        // (with lure words, `coupang-refund`, `rocketnow-coupon`, the value says what the page is for)
        const m = matchLabel(words, lists);
        if (m && m.extra !== '' && extraWords(m.extra, lists.brandWords) === 'lure') lure = true;
        continue;
      }
    }
    if (OPAQUE_TOKEN_KEY.test(key) && visitorToken(value)) token = true;
    else if ((QUERY_STEP_KEY.test(key) || key === 'page') && (ASKING_STEP.test(text) || kitPage(text)))
      lure = true;
    // (a form's step by its number, `step=2`: a kit's form moves on; a list's page, `page=2`, is no step)
    else if (/^(?:step|stage)$/.test(key) && /^\d{1,2}$/.test(value)) lure = true;
    else if (extraWords(text) === 'lure') lure = true;
    else if (!(lists.shortNames.has(text) || /^\d{1,16}$/.test(value))) return null;
  }
  // the brand alone with nothing beside it is a shop's link too (`melodia.shop/p?app=coupang`, domain39's decision);
  // a referrer's key beside a visitor's token is read on a router's segment only, as a shop's campaign lands on its
  // root (`melodia.shop/?from=coupang_sms&uid=…`, domain38's decision)
  if (!brand || !(token || lure)) return null;
  if (referrer && (!token || path.replace(/\//g, '') === '')) return null;
  return found41(brand, raw, host);
}

/** A login's return keys (`next=`, `return=`, `rtnUrl=`, `returnUrl=`, `continue=`): where a page sends its visitor once signed in. */
const RETURN_KEY = /^(?:next|return|returnurl|return-url|rtnurl|returl|ret|continue)$/;

/**
 * The brand's own page as the return of an opaque kit path (domain42's round): on a TLD kits register by the
 * hundred, a path that says nothing (OPAQUE_PATH: `/go`, `/r`, `/`) whose only query is a login's return key
 * holding an address of the brand's own hosts (`?next=https://mc.coupang.com/ssr/desktop/order/list`,
 * `?rtnUrl=https://coupa.ng`): the kit asks for the brand's password and then sends the visitor on to the brand's
 * real page so that nothing looks amiss. No site but the brand's signs its visitors in for the brand; a redirect's or
 * a price tracker's key (`/go?u=https://www.coupang.com/vp/products/…`, `?url=`, `?to=`: an affiliate's link out),
 * another site's address as the return, a descriptive path and `.com`/`.kr` stay anyone's.
 */
function findReturnToOfficial(host: string, query: string, lists: CompiledLists): BrandFinding | null {
  const eq = query.indexOf('=');
  if (eq < 1 || query.includes('&') || sharedRule(host, lists)) return null;
  if (!RETURN_KEY.test(query.slice(0, eq).toLowerCase().replace(/_/g, '-'))) return null;
  const target = /^(?:https?:)?\/\/([^/?#:@\\]{4,80})(?:[/?#:]|$)/i.exec(
    decodeTwice(query.slice(eq + 1)).trim(),
  );
  const brand = target ? officialShown(target[1]!, lists) : null;
  return brand ? found41(brand, query.slice(eq + 1), host) : null;
}

/** The initial consonants' compatibility letters, in the order Hangul syllables are built from them (ㄱ … ㅎ). */
const INITIALS = 'ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ';
/** The brand's Hangul names of three to five syllables as chat initials (쿠팡이츠 → ㅋㅍㅇㅊ), per compiled list. */
const initialsCache = new WeakMap<CompiledLists, Map<string, LabelMatch['brand']>>();
function brandInitials(lists: CompiledLists): Map<string, LabelMatch['brand']> {
  let map = initialsCache.get(lists);
  if (map) return map;
  map = new Map();
  for (const h of lists.hangul) {
    // (names of three to five syllables: two initials, ㅋㅍ, are 카페's and many words' too; a long name's initials
    // are no one's shorthand)
    if (h.length < 3 || h.length > 5 || !/^[\uac00-\ud7a3]+$/.test(h.name)) continue;
    let initials = '';
    for (const ch of h.name) initials += INITIALS[Math.floor((ch.charCodeAt(0) - 0xac00) / 588)];
    if (!map.has(initials)) map.set(initials, h.brand);
  }
  initialsCache.set(lists, map);
  return map;
}

/**
 * The brand's name in chat initials as a kit's folder (domain42's round): on a TLD kits register by the hundred, the
 * first folder of a short path that is the initial consonants of one of the brand's Hangul names of three to
 * five syllables (ㅋㅍㅇㅊ for 쿠팡이츠, ㄹㅋㅂㅅ for 로켓배송), glued to a lure word or over one (`/ㅋㅍㅇㅊ환불`,
 * `/ㄹㅋㅂㅅ/배송조회`): how a lure written in chat slang names the brand where a filter looks for its name. Two
 * initials (ㅋㅍ: 카페's, 커피's too), the initials alone or over other words (`/ㅋㅍㅇㅊ/후기`, a blog's tag), a
 * search's terms (`?s=`, as domain39 left WordPress's) and `.com`/`.kr` stay anyone's.
 */
function findInitialsFolder(host: string, path: string, lists: CompiledLists): BrandFinding | null {
  if (sharedRule(host, lists)) return null;
  const segs = path
    .split('/', 5)
    .filter((x) => x !== '')
    .map(segmentName);
  if (segs.length === 0 || segs.length > 3) return null;
  const lead = /^[\u3131-\u314e]{3,6}/.exec(segs[0]!)?.[0];
  const brand = lead === undefined ? undefined : brandInitials(lists).get(lead);
  if (!brand) return null;
  const glued = segs[0]!.slice(lead!.length);
  const rest = glued !== '' ? [glued, ...segs.slice(1)] : segs.slice(1);
  if (rest.length === 0 || !rest.every((t) => extraWords(t) === 'lure' || kitPage(t))) return null;
  return found41(brand, segs[0]!, host);
}

/** A drawn tag glued to the brand in an anchor (`coupang-a7ewi`, `coupang-xjn8`): letters and digits mixed. */
const ANCHOR_TAG = /^(?=[a-z]*\d)(?=\d*[a-z])[a-z0-9]{4,12}$/;

/**
 * The brand glued to a drawn tag as the one anchor of an opaque kit path (domain42's round): on a TLD kits register
 * by the hundred, a path that says nothing (OPAQUE_PATH: `/`, `/app/`, `/m/`, `/index.html`) whose fragment is the
 * brand or its abbreviation as written with a tag of letters and digits mixed (`#coupang-a7ewi`, `#cpang-4hk9x`): a
 * visitor's key the single-page kit's script reads. The brand alone (`/#coupang`, domain41's decision: a shop's
 * anchor too), an anchor on a page that says what it is (`/about#coupang`, `/menu#coupangeats`), the brand with a
 * topic's word (`#coupang-bosang`, domain35's) or other words (`#coupang-review`) and the same on `.com` or `.kr`
 * stay anyone's.
 */
function findOpaqueAnchor(host: string, hash: string, lists: CompiledLists): BrandFinding | null {
  if (!/^#[^/#?&=]{2,60}$/.test(hash) || PRICE_HOST.test(host) || sharedRule(host, lists)) return null;
  const text = segmentName(hash.slice(1));
  const cut = text.lastIndexOf('-');
  const tagged = cut > 0 && ANCHOR_TAG.test(text.slice(cut + 1));
  const piece = tagged ? text.slice(0, cut) : text;
  if (piece.length < 2 || /[^a-z0-9\uac00-\ud7a3]/.test(piece)) return null;
  // (the brand alone is a shop's anchor too, `willowmint.click/#coupang`, domain41's decision: the tag says more)
  if (!tagged) return null;
  const own = lists.ownShort.has(piece) ? lists.shortNames.get(piece) : undefined;
  if (own) return found41(own, hash, host);
  if (!textMayImitate(piece, lists)) return null;
  const m = matchLabel(piece, lists);
  return m && m.cost === 0 && !m.weak && m.extra === '' ? found41(m.brand, hash, host) : null;
}

/** A registrable name made of an app store's brand (`googleplay-store`, `apps-apple`, `galaxy-store`, `playstore-kr`). */
const STORE_BRAND_NAME =
  /google-?play|play-?google|play-?store|apps?-?apple|apple-?apps?|galaxy-?store|galaxy-?apps/;

/**
 * A fake app store's page for the brand's app (domain41's round): a registrable name made of a store's brand (Google
 * Play, Apple's apps, Galaxy Store) that is none of the stores' own hosts, whose path ends in the brand's app by its
 * name alone or its package (`/coupang`, `/kr/app/coupang`, `/app/com.coupang.mobile`): a page that hands out a
 * package dressed as both. The stores' own hosts (`play.google.com`, `apps.apple.com`, `galaxystore.samsung.com`:
 * their registrable names are the firms'), an app store name's page of another app or of the brand with other words
 * (`/app/coupang-price-tracker`) and a name that only says "app store" (`appstore-review.com`) stay anyone's.
 */
function findFakeStoreHost(
  host: string,
  name: string,
  path: string,
  lists: CompiledLists,
): BrandFinding | null {
  if (!STORE_BRAND_NAME.test(name) || sharedRule(host, lists)) return null;
  const segs = path.split('/', 8).filter((x) => x !== '');
  const last = segs.length > 0 && segs.length <= 6 ? decodeTwice(segs[segs.length - 1]!).toLowerCase() : '';
  if (last.length < 3 || last.length > 80) return null;
  if (/^[a-z][a-z0-9_]*(?:\.[a-z0-9_]+){1,5}$/.test(last)) {
    for (const piece of last.split('.')) {
      if (PATH_FILLER.has(piece) || !textMayImitate(piece, lists)) continue;
      const m = matchLabel(piece, lists);
      if (m && !m.weak && m.cost === 0 && m.extra === '') return found41(m.brand, last, host);
    }
    return null;
  }
  const own = drawnPiece(last, lists);
  return own ? found41(own, last, host) : null;
}

/** A platform site's label of an abbreviation and a tag a generator drew (`cpng-k3x9q`, `cpang-zrtqw`). */
const SHORT_TAGGED_LABEL = /^([a-z]{3,6})-([a-z0-9]{4,10})$/;

/**
 * The brand's own abbreviation with a drawn tag as a hosting platform's site, over a page that asks (domain41's
 * round): the label is an abbreviation that names the brand alone (ownShort: `cpng`, `cpang`) and a tag of letters
 * and digits mixed or letters with one vowel at most (`cpng-k3x9q.fly.dev`, `cpang-zrtqw.pages.dev`: the name a
 * deploy script made unique), and the path's first page asks for a login, money or an identity (`/verify`,
 * `/apply`, `/cancel`). The same site with no page or another (`/about`, a ticker's dashboard), a tag that is a word
 * (`cpng-dashboard`), `cp` (many firms' initials) and a registry's suffix (`co.kr`) stay anyone's.
 */
function findShortPlatformKit(
  host: string,
  suffix: string,
  path: string,
  lists: CompiledLists,
): BrandFinding | null {
  if (publicSuffix(host, false) === suffix) return null;
  const labels = host.slice(0, host.length - suffix.length - 1).split('.');
  const tagged = labels.length <= 2 ? SHORT_TAGGED_LABEL.exec(labels[labels.length - 1]!) : null;
  if (!tagged || !lists.ownShort.has(tagged[1]!)) return null;
  const tag = tagged[2]!;
  if (!(/\d/.test(tag) ? /[a-z]/.test(tag) : oneVowelAtMost(tag))) return null;
  const page = segmentName(path.split('/', 3)[1] ?? '');
  if (!(ASKS_HERE.test(page) || ASKING_STEP.test(page) || hasStrongLure(page))) return null;
  const brand = lists.shortNames.get(tagged[1]!);
  return brand ? found41(brand, labels[labels.length - 1]!, host) : null;
}

/**
 * The messengers' links whose parameter is text the app shows the person before they write (a KakaoTalk open chat's
 * title, `open.kakao.com/o/<id>?t=…`; WhatsApp's prefilled message, `wa.me/<number>?text=…`).
 */
const MESSENGER_TEXT: Readonly<Record<string, readonly string[]>> = {
  // (`title` as link builders write the open chat's title too, domain37's round)
  'open.kakao.com': ['t', 'title'],
  'wa.me': ['text'],
  'api.whatsapp.com': ['text'],
};

/**
 * A messenger's chat titled or prefilled with the brand's name and a word that asks for a login, money or an identity
 * (`?t=쿠팡 보상 상담`, `?text=쿠팡 피해보상 신청합니다`): the person sees the brand in a chat a stranger answers, which
 * is the hand-off to a fake agent (an order's inquiry, `쿠팡 주문 문의`, is one too: the brand's help is not on a
 * stranger's chat). The brand's name spelt out, as a word of its own; beside other words only (`쿠팡 알바 정보방`, a
 * job-seekers' chat; `쿠팡 최저가 알림`, a deal alert) it is anyone's (domain34).
 */
function findMessengerText(host: string, search: string, lists: CompiledLists): BrandFinding | null {
  const params = MESSENGER_TEXT[host];
  if (params === undefined) return null;
  let text: string | null = null;
  try {
    const query = new URLSearchParams(search.slice(0, 2000));
    for (const p of params) text ??= query.get(p);
  } catch {
    return null;
  }
  if (!text || text.length > 300) return null;
  const parts = text
    .toLowerCase()
    .split(/[\s,.!?~·:()[\]]+/, 20)
    .filter((x) => x !== '');
  for (let k = 0; k < parts.length; k++) {
    const part = parts[k]!;
    if (part.length > 63 || !textMayImitate(part, lists)) continue;
    const m = matchLabel(part, lists);
    if (!m || m.cost !== 0 || m.weak) continue;
    const rest = [m.extra, ...parts.filter((_, i) => i !== k)].join(' ');
    if (!hasStrongLure(rest)) continue;
    return {
      brand: m.brand,
      reasons: [{ code: 'brand-in-path', brand: m.brand.id, match: text.slice(0, 200), detail: host }],
    };
  }
  return null;
}

/** A kit's page as it was unpacked: the brand's name in capitals as the only folder, its index page under it. */
const KIT_INDEX = /^\/([A-Z]{4,30})\/index\.(?:html?|php)$/;
/** The same folder alone, served with one visitor's token as the whole query (`/COUPANG/?uid=483718`). */
const KIT_TOKEN_FOLDER = /^\/([A-Z]{4,30})\/?$/;
const VISITOR_TOKEN = /^\?(?:uid|id|token|tk|t|k|key|code|sid)=[A-Za-z0-9_-]{4,64}$/i;
/** A page file named for one word (`coupang.html`, `coupang.php`) in a short folder (`/cp/`), at the path's end. */
const ABBREVIATED_PAGE = /\/([a-z]{2,5})\/([a-z]{4,30})\.(?:html?|php|asp|jsp)$/i;

/**
 * The brand as a kit's folders name it, on any host but a shared one (whose folders are its users' sites): its
 * name in capitals as the only folder with an index page under it (`/COUPANG/index.html`: the archive's name a kit
 * is handed round in; a tag's, a tracker's or a blog's folder is written in lower case, and a bare folder stays
 * anyone's, tune12's decision), or a page named for the brand alone in a folder named by one of its abbreviations
 * (`/cp/coupang.html`: the brand named twice, once by initials, as no shop's or blog's page is). The capitals'
 * folder served by itself with a visitor's token as the whole query (`/COUPANG/?uid=483718`) is that kit's page
 * sent to one reader.
 */
function findKitFolder(
  host: string,
  path: string,
  search: string | undefined,
  lists: CompiledLists,
): BrandFinding | null {
  const kit =
    KIT_INDEX.exec(path) ??
    (search !== undefined && VISITOR_TOKEN.test(search) ? KIT_TOKEN_FOLDER.exec(path) : null);
  const page = kit ? null : ABBREVIATED_PAGE.exec(path);
  if (!kit && !page) return null;
  if (page && !lists.shortNames.has(page[1]!.toLowerCase())) return null;
  const name = (kit ? kit[1]! : page![2]!).toLowerCase();
  if (!textMayImitate(name, lists) || sharedRule(host, lists)) return null;
  const m = matchLabel(name, lists);
  if (!m || m.weak || m.cost > 0 || m.extra !== '') return null;
  return {
    brand: m.brand,
    reasons: [{ code: 'brand-in-path', brand: m.brand.id, match: path.slice(0, 200), detail: host }],
  };
}

/**
 * A registrable name of the brand's abbreviation (the list's `short`: `cp`, `cpg`) as a word of its own beside a
 * lure word, a tag or an occasion with them or not (`2031-cp-event`, `summer-cp-gift`), whose path is the brand alone
 * as its only folder (`/coupang`): the host says whose event it is only by initials, the path says them out. The
 * host alone stays many firms' (`cp-event.com`), and so does a folder of the brand beside other words
 * (`/coupang-review`), or on a host whose words are not lure words (`cp-club.net/coupang`: a forum's board).
 */
function findAbbreviatedEvent(
  host: string,
  path: string,
  name: string,
  lists: CompiledLists,
): BrandFinding | null {
  if (name.length > 40 || !ONE_FOLDER.test(path)) return null;
  const words = name.split('-');
  if (words.length > 4 || !words.some((w) => lists.shortNames.has(w)) || !words.some((w) => hasLureWord(w)))
    return null;
  const folder = path.replace(/^\/|\/$/g, '').toLowerCase();
  if (!textMayImitate(folder, lists)) return null;
  const m = matchLabel(folder, lists);
  if (!m || m.cost > 0 || m.weak || m.extra !== '' || !words.some((w) => lists.shortNames.get(w) === m.brand))
    return null;
  return {
    brand: m.brand,
    reasons: [{ code: 'brand-in-path', brand: m.brand.id, match: folder, detail: host }],
  };
}

/**
 * A name of one invented word on a cheap top-level domain (isCheapTld: `tepelosol.store`, `quiju84.lol`): a kit's
 * host as often as a small firm's, so only the address's own words can tell them apart (findAsked).
 */
function inventedName(name: string, suffix: string | null): boolean {
  return name.length <= 20 && /^[a-z][a-z0-9]*$/.test(name) && isCheapTld(suffix);
}

/**
 * A parcel's words that no price tracker uses (`track` is one's: `lowest.today/track?src=coupang`): the delivery
 * check's lure.
 */
const PARCEL_ASK = /(?:^|[-_.\s\d])(?:parcel|delivery|deliver|baesong|택배|배송조회?)(?:$|[-_.\s\d])/i;
/**
 * The account's own page as Korean shops name it (`mypage`, 마이페이지): a kit's route there asks for the login it
 * shows behind it (`#/coupang/mypage`).
 */
const ACCOUNT_ASK = /(?:^|[-_.\s\d])(?:my-?page|마이페이지)(?:$|[-_.\s\d])/i;

/** Does `piece` ask for a login, money, an identity (hasStrongLure), a parcel's delivery check or the account page? */
function asks(piece: string): boolean {
  return hasStrongLure(piece) || PARCEL_ASK.test(piece) || ACCOUNT_ASK.test(piece);
}

/** Does a part of `text`, as written or decoded (decodings), ask for something (asks)? */
function asksIn(text: string): boolean {
  let n = 0;
  for (const part of text.split(CARRY_PIECES)) {
    if (!part) continue;
    if (++n > MAX_CARRY) break;
    if (asks(part)) return true;
    for (const decoded of decodings(part))
      for (const piece of decoded.split(CARRY_PIECES)) if (piece && asks(piece)) return true;
  }
  return false;
}

/**
 * The brand in the query or the fragment (as written, percent-encoded or in a base64, hex or ROT13 reading) of an
 * invented name's host on a cheap TLD (inventedName), beside a word that asks for something anywhere in the
 * address: `tepelosol.store/?ref=coupang&act=refund`, `nuhan.fun/#/coupang/verify`,
 * `mikasu.site/go?d=<base64 of brand=coupang&flow=login>`. A search's terms and a tracker's tags never count, and
 * an invitation alone (`?ref=coupang`, `?from=coupang&type=event`, a deals site's link to a product) is anyone's.
 */
function findAsked(host: string, url: UrlParts, lists: CompiledLists, own = false): BrandFinding | null {
  // (own: a name of words, wordsName: the query or fragment asks by itself, under no page of its own but a hop's)
  if (own && (url.path.length > 4 || (!url.search && !url.hash))) return null;
  let query = url.search?.replace(SEARCH_TERMS, '').replace(BOARD_SEARCH, '') ?? '';
  // a tracker's tags count only when they ask themselves (`utm_campaign=bosang-apply`), as in findCarried
  if (query.includes('utm_') && !asksIn(decodeTwice((query.match(UTM_TAGS) ?? []).join('&'))))
    query = query.replace(UTM_TAGS, '');
  const after = query + (url.hash ?? '');
  if (after.length < 4) return null;
  // (on a name of words the step is a parameter of its own beside the brand's, `?ref=coupang.com&step=login`, or
  // the page of a whole address carried, `#https://login.coupang.com/login/`: an anchor of the brand with lure
  // words alone, `#coupang-bosang`, is a page's own section)
  if (own && !/[&;]|:\/\/|%3a%2f%2f/i.test(after) && !(query && url.hash))
    return hiddenBrand(query, host, lists);
  const carried = decodeTwice(after.slice(0, 2000));
  if (!asksIn(own ? carried : decodeTwice(url.path.slice(0, 500)) + '/' + carried))
    return hiddenBrand(query, host, lists);
  let n = 0;
  for (const part of carried.split(CARRY_PIECES)) {
    if (!part) continue;
    if (++n > MAX_CARRY) break;
    const found = carriedBrand(part, host, lists) ?? shortCarried(part, host, lists);
    if (found) return found;
    for (const decoded of decodings(part))
      for (const piece of decoded.split(CARRY_PIECES)) {
        const inner = piece && (carriedBrand(piece, host, lists) ?? shortCarried(piece, host, lists));
        if (inner) return inner;
      }
  }
  return null;
}

/** The TLDs of established firms and services, and of the SaaS apps seller tools run on (`.io`, `.app`, `.dev`). */
const ROUTE_ESTABLISHED_TLD = /^(?:com|net|org|kr|io|app|dev|edu|gov)$/;
/** A wizard's step as a parameter of its own (`step=2`): the page asks by itself, one form after another. */
const STEP_PARAM = /^step$/i;
/** The keys a login page names the page it sends its reader on to (`next=`, `returnUrl=`, `redirect_uri=`). */
const ONWARD_KEY =
  /^(?:next|return|returnurl|return_url|returnto|redirect|redirect_uri|redirect_url|continue|goto)$/i;
/** A login page's own path (`/login`, `/signin.php`). */
const LOGIN_PATH = /^\/(?:login|signin|sign-in|logon|auth)(?:\.[a-z]{2,4})?\/?$/i;
/** A single-page app's route in the fragment (`#/coupang/login`): its first two steps. */
const HASH_ROUTE = /^#\/([^/?#&]{3,40})\/([^/?#&]{2,30})/;

/**
 * A kit's own routing of the brand on a host of any name off the established TLDs (domain50's round): an official
 * host carried whole as a parameter's value beside a step of its own that asks (`?site=www.coupang.com&step=2`,
 * `?from=coupang.com&to=verify`) or as the page a login page sends its reader on to
 * (`/login?next=https%253A%252F%252Fwww.coupang.com`); a single-page app's route of the brand's name then a step
 * that asks (`#/coupang/login`). A referrer alone (`?ref=coupang.com`, `?from=coupang.com&type=event`), a login
 * sending its reader on to its own pages, a tracker's tags (`utm_source=coupang.com&stage=login`), a search
 * (`/?q=쿠팡+환불`: domain37's and domain46's decision, kept) and every name on `.com`, `.net`, `.org`, `.kr`,
 * two-level suffixes and the SaaS TLDs (a seller tool's `#/coupang/login`) stay; so does every site on a shared host.
 */
function findKitRoute(
  host: string,
  url: UrlParts,
  suffix: string | null,
  lists: CompiledLists,
): BrandFinding | null {
  if (suffix === null || suffix.includes('.') || ROUTE_ESTABLISHED_TLD.test(suffix)) return null;
  const query = url.search ?? '';
  const hash = url.hash ?? '';
  if (query.length + hash.length > 2000 || query.length + hash.length < 6) return null;
  // (hosts with no brand sign in the query or fragment pay nothing more)
  const raw = (query + hash).toLowerCase();
  if (!textMayImitate(raw.includes('%') ? decodeTwice(raw) : raw, lists)) return null;
  if (publicSuffix(host, false) !== suffix || sharedRule(host, lists) !== undefined) return null;
  const found = (brand: LabelMatch['brand'], match: string): BrandFinding => ({
    brand,
    reasons: [{ code: 'brand-in-path', brand: brand.id, match: match.slice(0, 200), detail: host }],
  });
  const route = HASH_ROUTE.exec(hash);
  if (route) {
    const [name, step] = [decodeTwice(route[1]!).toLowerCase(), decodeTwice(route[2]!).toLowerCase()];
    const m = textMayImitate(name, lists) ? matchLabel(name, lists) : null;
    if (m && m.cost === 0 && !m.weak && m.extra === '' && asks(step)) return found(m.brand, hash);
  }
  if (query.length < 6) return null;
  const pairs = query.slice(1).split('&', 8);
  let brand: LabelMatch['brand'] | null = null;
  let carriedAt = -1;
  let onward = false;
  for (let i = 0; i < pairs.length && brand === null; i++) {
    const eq = pairs[i]!.indexOf('=');
    if (eq < 1 || /^utm_/i.test(pairs[i]!)) continue;
    const value = decodeTwice(pairs[i]!.slice(eq + 1)).toLowerCase();
    if (!value.includes('.') || value.length > 300) continue;
    const scheme = /^https?:\/\//.test(value);
    const shown = officialShown(value.replace(/^https?:\/\//, '').split(/[/?#]/, 1)[0]!, lists);
    if (shown) {
      brand = shown;
      carriedAt = i;
      onward = scheme && ONWARD_KEY.test(pairs[i]!.slice(0, eq));
    }
  }
  if (brand === null) return null;
  // (the official host sent on to from a login page: the login asked for is the brand's)
  if (onward && LOGIN_PATH.test(url.path)) return found(brand, query);
  for (let i = 0; i < pairs.length; i++) {
    if (i === carriedAt) continue;
    const eq = pairs[i]!.indexOf('=');
    if (eq < 1) continue;
    const key = pairs[i]!.slice(0, eq);
    if (/^utm_/i.test(key)) continue;
    const value = decodeTwice(pairs[i]!.slice(eq + 1));
    if ((STEP_PARAM.test(key) && /^\d{1,2}$/.test(value)) || (value.length <= 40 && asks(value)))
      return found(brand, query);
  }
  return null;
}

/** A folder of static files, then a folder, then a phone's copy as the page (`/assets/<name>/m/`). */
const ASSET_COPY =
  /^\/(?:assets|static|public|resources|res|files)\/([^/]{2,40})\/(?:m|mo|mobile)\/(?:index\.(?:html?|php))?$/i;

/**
 * The brand's exact name as a folder under a folder of static files, its phone's copy the page
 * (`/assets/COUPANG/m/`, `/assets/Coupang/m/`, `/assets/쿠팡/m/`; domain51's round): a kit's archive unpacked among a
 * site's files and linked at its mobile copy. A site's files are linked one by one (`/assets/coupang/logo.png`, a
 * partner's badge); nobody sends a reader to a folder of them, let alone a phone's page inside one. The name beside
 * other words, a folder of another name, a file under it and a shared host stay.
 */
function findAssetCopy(
  host: string,
  path: string,
  suffix: string,
  lists: CompiledLists,
): BrandFinding | null {
  const name = decodeTwice(ASSET_COPY.exec(path)?.[1] ?? '').toLowerCase();
  if (!name || !textMayImitate(name, lists)) return null;
  const m = matchLabel(name, lists);
  if (!m || m.weak || m.cost > 0 || m.extra !== '') return null;
  if (publicSuffix(host, false) !== suffix || sharedRule(host, lists) !== undefined) return null;
  return {
    brand: m.brand,
    reasons: [{ code: 'brand-in-path', brand: m.brand.id, match: path.slice(0, 200), detail: host }],
  };
}

/** A visitor's own id in a query (`uid=bve16rhm4h`): a token of eight to thirty-two letters and digits. */
const VISITOR_ID = /[?&](?:uid|userid|user_id|mid|vid)=[a-z0-9]{8,32}(?:&|$)/i;
/** The keys of a site's search box (SEARCH_TERMS). */
const SEARCH_KEY = /^(?:q|query|search|keyword|keywords|kw|s|wd|term)$/i;

/**
 * A site search for the brand's name alone handed to one visitor by id (`/?s=Coupang&uid=bve16rhm4h`,
 * `?s=%EC%BF%A0%ED%8C%A1&uid=…`, `?s=c0upang&uid=…`, `?s=cpng&uid=…`; domain51's round) off the established TLDs: a
 * search is what someone typed, and nobody types one for another person's id; a kit's link does, the brand its
 * target and the id its victim's. The name alone only (spelled out, with look-alikes, in Hangul, or the brand's own
 * abbreviation), beside the id and nothing else but one more parameter; a search with other words (`?s=coupang+쿠폰`),
 * without an id, or on `.com`, `.net`, `.org`, `.kr`, `.io`, `.app`, `.dev` and two-level suffixes stays anyone's.
 */
function findVisitorSearch(
  host: string,
  query: string,
  suffix: string | null,
  lists: CompiledLists,
): BrandFinding | null {
  if (suffix === null || suffix.includes('.') || ROUTE_ESTABLISHED_TLD.test(suffix) || query.length > 200)
    return null;
  const pairs = query.slice(1).split('&');
  if (pairs.length > 3) return null;
  for (const pair of pairs) {
    const eq = pair.indexOf('=');
    if (eq < 1 || !SEARCH_KEY.test(pair.slice(0, eq))) continue;
    const value = decodeTwice(pair.slice(eq + 1).replace(/\+/g, ' '))
      .trim()
      .toLowerCase();
    if (value.length < 2 || value.length > 20 || !/^[\p{L}\p{N}.-]+$/u.test(value)) continue;
    const m = textMayImitate(value, lists) ? matchLabel(value, lists) : null;
    const own = lists.ownShort.has(value) ? lists.brands[0] : undefined;
    const brand = m && m.cost <= 1 && !m.weak && m.extra === '' && !m.typo ? m.brand : own;
    if (!brand) continue;
    if (publicSuffix(host, false) !== suffix || sharedRule(host, lists) !== undefined) return null;
    return {
      brand,
      reasons: [{ code: 'brand-in-path', brand: brand.id, match: query.slice(0, 200), detail: host }],
    };
  }
  return null;
}

/**
 * A bare query (no parameter's name) in base64 whose reading starts with the brand's name and a separator
 * (`?Y291cGFuZ3w3ODY0…`, `coupang|7864…`: a kit's target and victim's number, hidden so that no filter reads it). A
 * tracker or a shop writes its parameters by name; the brand hidden whole in the query's only word is nobody's but a
 * kit's (domain47's round).
 */
function hiddenBrand(query: string, host: string, lists: CompiledLists): BrandFinding | null {
  const bare = query.replace(/^\?/, '');
  if (bare.length < 12 || bare.length > 200 || !/^[A-Za-z0-9+/_-]+={0,2}$/.test(bare)) return null;
  for (const decoded of decodings(bare)) {
    const head = decoded.split(/[|:;,]/, 2);
    if (head.length < 2 || head[0]!.length > 30) continue;
    const found = carriedBrand(head[0]!, host, lists);
    if (found) return found;
  }
  return null;
}

/**
 * A registrable name of words (`hanbit-jinju`, `bright-urban`, `secure-mki8`: two or three words of letters, a tag of
 * digits after one) off the established TLDs (`.com`, `.net`, `.org`, `.kr` and two-level suffixes): a kit's host as
 * often as a small firm's, read by findAsked only where the query or fragment itself asks (`?ref=coupang.com&step=login`)
 * under no page of its own (domain47's round). A firm's own login page with a referrer (`/login?ref=coupang.com`)
 * and every name on `.com` or `.net` stay as they were.
 */
function wordsName(name: string, suffix: string | null): boolean {
  if (suffix === null || suffix.includes('.') || ESTABLISHED_TLD.has(suffix)) return false;
  return name.length <= 24 && /^[a-z]{3,}(?:-[a-z]{3,}[0-9]{0,4}){1,2}$/.test(name);
}
const ESTABLISHED_TLD = new Set('com net org kr'.split(' '));

/** The brand's own abbreviation (the list's `ownShort`: `cpng`), alone or glued to a lure word, as one carried part. */
function shortCarried(part: string, host: string, lists: CompiledLists): BrandFinding | null {
  if (part.length > 24) return null;
  const w = words(part.toLowerCase()).replace(/[_-]/g, ' ').split(' ', 1)[0]!;
  const brand = lists.ownShort.has(w) ? lists.shortNames.get(w) : undefined;
  if (!brand) return null;
  return {
    brand,
    reasons: [{ code: 'brand-in-path', brand: brand.id, match: part.slice(0, 200), detail: host }],
  };
}

/** A path's folders and a query's values (never a parameter's name: `?cp=3` is a page number's). */
const VALUE_PIECES = /[/#&;,|\s]+|[?&][^=&#]*=/;

/**
 * The brand's abbreviation standing alone as a folder or a parameter's value on a lure landing's host (findCarried):
 * one that names the brand alone (the list's `ownShort`: `cpng`) by itself; any other (`cp`) where the landing's
 * name or the address asks for something (`privacy-leak.kr/cp/johoe`; a Korean lure word, a login, a code).
 */
function abbreviationCarried(
  raw: string,
  name: string | null,
  text: string,
  lists: CompiledLists,
): { brand: LabelMatch['brand']; text: string } | null {
  let asks: boolean | undefined;
  let n = 0;
  for (const piece of decodeTwice(raw).split(VALUE_PIECES)) {
    if (!piece || piece.length > 12) continue;
    if (++n > MAX_CARRY) break;
    const w = words(piece.toLowerCase()).replace(/-?20\d\d$/, '');
    const brand = lists.shortNames.get(w);
    if (!brand) continue;
    if (lists.ownShort.has(w)) return { brand, text: piece };
    if (name === null) continue;
    asks ??= asksForSomething(name) || hasKoreanLure(text);
    if (asks) return { brand, text: piece };
  }
  return null;
}

/**
 * An Android app file offered as a word of the address (`/coupang/apk`, `?file=coupang.apk`): on a host that speaks
 * for nobody (a throwaway's, a lure landing's) the app handed out in the brand's name is the kit's, as a lure word
 * says. (In a host's own name `apk` is a filler: `coupang-apk` is still the brand alone.)
 */
const APP_FILE_WORD = /(?:^|[^a-z])apk(?:$|[^a-z])/i;

/**
 * Does a part of `text`, as written or decoded (decodings), hold a lure word (holdsLure: glued ones too,
 * `refundapply`), or an app file's (APP_FILE_WORD) or the account page's (ACCOUNT_ASK)? The one reader of lure
 * words in an address's path, query and fragment (a carried brand's, a news article's, a community's name's).
 */
function lureIn(text: string): boolean {
  let n = 0;
  for (const part of text.split(CARRY_PIECES)) {
    if (!part) continue;
    if (++n > MAX_CARRY) break;
    if (holdsLure(part) || APP_FILE_WORD.test(part) || ACCOUNT_ASK.test(part)) return true;
    for (const decoded of decodings(part)) if (holdsLure(decoded)) return true;
  }
  return false;
}

/** Does a word of `part`, split at every mark (`refund+apply`), hold a lure word (holdsLureWord)? */
function holdsLure(part: string): boolean {
  for (const w of part.toLowerCase().split(/[^a-z\uac00-\ud7a3]+/))
    if (w && holdsLureWord(w.slice(0, 60))) return true;
  return false;
}

/** A pictograph (an emoji, with its variation selector and joiner): decoration glued to a name, no letter of it. */
const PICTOGRAPH = /[\p{Extended_Pictographic}\ufe0f\u200d]/gu;

/**
 * The brand one carried part names: an official host (`coupa.ng/abcd`), or the brand alone, with its own words
 * (`coupang-wow`, `coupang-rocket`: the brand's name as much) or with lure words (`anyWords`: with any words, an
 * article's slug on a fake outlet). An emoji glued to it (`🚀coupang-rocket`) decorates it.
 */
function carriedBrand(
  written: string,
  host: string,
  lists: CompiledLists,
  anyWords = false,
  needLure = false,
): BrandFinding | null {
  const part = NON_ASCII.test(written) ? written.replace(PICTOGRAPH, '') : written;
  // an official short host carried whole (`?ref=coupa.ng/abcd`): its labels alone are no name
  const shown = part.includes('.') ? officialShown(part, lists) : null;
  if (shown)
    return {
      brand: shown,
      reasons: [{ code: 'brand-in-path', brand: shown.id, match: part.slice(0, 200), detail: host }],
    };
  for (const piece of part.toLowerCase().split('.', MAX_PIECES)) {
    const label = piece.slice(0, 63).replace(/_/g, '-');
    if (!label || !textMayImitate(label, lists)) continue;
    const m = matchLabel(label, lists);
    if (!m || m.weak) continue;
    const extra = anyWords ? 'lure' : extraWords(m.extra, lists.brandWords, CARRY_FILLER);
    if (extra === 'other' || (needLure && extra !== 'lure')) continue;
    return {
      brand: m.brand,
      reasons: [{ code: 'brand-in-path', brand: m.brand.id, match: part.slice(0, 200), detail: host }],
    };
  }
  return null;
}

/** An app store's details page (`/store/apps/details?id=com.example.app`): the path and the package's id. */
const STORE_DETAILS = /\/details\/?$/;
const STORE_ID = /(?:^\?|&)id=([a-z0-9_]+(?:\.[a-z0-9_]+){1,5})(?:&|$)/i;

/**
 * The App Store's page of an app (`/kr/app/<name>/id454434967`): its name as the developer wrote it, and its id.
 * Apple's own hosts are in the shared-host data.
 */
const APP_STORE_PAGE = /^\/(?:[a-z]{2}\/)?app\/([^/]{1,200})\/id\d{5,12}\/?$/i;

/**
 * An app store's details page for the brand's own app (`?id=com.coupang.mobile`, `/kr/app/coupang/id454434967`) on
 * a host that is no store the data names (Google Play's and Apple's hosts are in the shared-host data): a fake store
 * handing out a package.
 */
function findStorePage(host: string, url: UrlParts, lists: CompiledLists): BrandFinding | null {
  const app = APP_STORE_PAGE.exec(url.path);
  if (app) {
    if (sharedRule(host, lists)) return null;
    const name = words(decodeTwice(app[1]!).toLowerCase()).replace(/_/g, '-').slice(0, 63);
    const m = textMayImitate(name, lists) ? matchLabel(name, lists) : null;
    // the brand's app by its name, alone, with its own words or with lure words (`coupang`, `coupang-eats`)
    if (!m || m.weak || extraWords(m.extra, lists.brandWords) === 'other') return null;
    return {
      brand: m.brand,
      reasons: [{ code: 'brand-in-path', brand: m.brand.id, match: url.path.slice(0, 200), detail: host }],
    };
  }
  if (!STORE_DETAILS.test(url.path)) return null;
  const id = STORE_ID.exec(url.search ?? '');
  if (!id || sharedRule(host, lists)) return null;
  for (const piece of id[1]!.toLowerCase().split('.')) {
    if (PATH_FILLER.has(piece) || !textMayImitate(piece, lists)) continue;
    const m = matchLabel(piece, lists);
    if (!m || m.weak || m.extra !== '') continue;
    return {
      brand: m.brand,
      reasons: [{ code: 'brand-in-path', brand: m.brand.id, match: id[1]!.slice(0, 200), detail: host }],
    };
  }
  return null;
}

/** Words a fake shop's name is made of: deals, sales, an outlet, a mall (and fillers: a word for Korea, digits). */
const DEAL_WORD =
  /^(?:best|mega|hot|super|wow|rocket|go|kr|korea|deal|deals|sale|sales|outlet|mall|shop|store|market|price|prices)+$/;

const DEAL_CORE = /deal|sale|outlet|mall|price/;

/** Is `name` (a registrable name) a fake shop's, deal and sale words only (`krdeal`, `mega-sale`, `outlet-24`)? */
function dealName(name: string): boolean {
  if (name.length > 30) return false;
  let any = false;
  for (const w of name.split(/[-0-9]+/)) {
    if (!w) continue;
    if (!DEAL_WORD.test(w)) return false;
    any = true;
  }
  // a deal, a sale, an outlet, a mall or a price among them: `98shop`, `rocketgo`, `go.link` are names of their own
  return any && DEAL_CORE.test(name);
}

/**
 * The brand's own address layout (list `pagePaths`: `/vp/products/<id>`, `/np/campaigns/<id>`, `/np/search?q=…`) as
 * the whole path of a host named with deal and sale words only, or with lure words only (`kr-member`, `cs-kr`: a
 * landing's name, domain25's round), on a cheap lure TLD: a fake shop copied with the brand's page
 * (`krdeal.online/vp/products/4421701430?itemId=…`). Honest trackers and affiliate tools link to the brand's host or
 * keep its paths under a folder of their own (`pricehistory-kr.com/coupang/vp/products/…`), and no shop names its
 * own pages so. The brand's account pages (list `accountPaths`: `/np/order/cancel`, `/ssr/desktop/order/list`),
 * which only its signed-in buyer is served and no tracker copies, count there under any name.
 * Since domain33's round: a page under the brand's own roots (the first folder of `pagePaths` and `accountPaths`,
 * `/np/`) in a folder named for the brand (`/np/coupangwow/cancel`, `/np/mycoupang/refund`) is its page's address
 * on any host; an account page whose address names the brand too (`…/ssr/desktop/order/list?from=coupang-sms`) on
 * any host, and under any name on the TLDs where kits register names (cheap and kit TLDs, not only lure ones); a
 * product page whose query names the brand (`/vp/products/<id>?src=coupang`) there under any name.
 */
function findClonedPath(
  host: string,
  url: UrlParts,
  name: string,
  suffix: string,
  lists: CompiledLists,
): BrandFinding | null {
  const path = url.path.toLowerCase();
  if (sharedRule(host, lists)) return null;
  const found = (brand: LabelMatch['brand']): BrandFinding => ({
    brand,
    reasons: [{ code: 'brand-in-path', brand: brand.id, match: url.path.slice(0, 200), detail: host }],
  });
  const rooted = ownRootFolder(path, lists);
  if (rooted) return found(rooted);
  // (a name one slip from the brand that is a word of the list, the fish's `cupang`, with the brand's own product
  // page (`/vp/products/<id>`) or a login that sends back with the brand's own return key (`/member/login?rtnUrl=`):
  // the word's own site has neither, the brand's copy has both; domain66's round)
  const product = lists.pagePaths.find(
    ({ prefix }) => path.startsWith(prefix) && /^\d{4,12}\/?$/.test(path.slice(prefix.length)),
  );
  const returned = url.search !== undefined && OWN_RETURN.test(url.search) && /\blog-?in\b/.test(path);
  if ((product || returned) && name.length >= 4 && name.length <= 12) {
    const near = matchLabel(name, lists);
    if (near !== null && near.weak && near.extra === '') return found(near.brand);
  }
  const lure = isThrowawayTld(suffix) || suffix === 'store';
  const kits = lure || kitsRegisterCheaply(suffix);
  const named = (x: string) => namesBrand(x + (url.search ?? ''), lists);
  for (const { prefix, brand } of lists.accountPaths) {
    if (path.length <= prefix.length || !path.startsWith(prefix)) continue;
    if (kits || named(path)) return found(brand);
  }
  const deal = lure && (dealName(name) || landingName(name));
  if (!deal && !(kits && url.search !== undefined && named(''))) return null;
  for (const { prefix, brand } of lists.pagePaths) {
    const page = path.startsWith(prefix)
      ? /^\d{1,12}\/?$/.test(path.slice(prefix.length))
      : deal && path === prefix.slice(0, -1) && url.search !== undefined && url.search.length > 1;
    if (page) return found(brand);
  }
  return null;
}

/** The brand's own sign-in's return key (`login.coupang.com/login/login.pang?rtnUrl=…`) in a query. */
const OWN_RETURN = /[?&]rtnurl=/i;

/** Is `suffix` a TLD where kits register names by the hundred (lure, throwaway, cheap generic or kit TLDs)? */
const kitsRegisterCheaply = (suffix: string): boolean => isCheapTld(suffix) || isKitTld(suffix);

/** Does `text` spell out one of the brands' own names (`coupang`, `coupangeats`; lower case)? */
function namesBrand(text: string, lists: CompiledLists): boolean {
  const t = text.toLowerCase();
  return lists.tokens.some((k) => k.kind === 'name' && k.text.length >= 5 && t.includes(k.text));
}

/**
 * A path under one of the brand's own roots (`/np/`, `/vp/`, `/ssr/`: the first folders of its `pagePaths` and
 * `accountPaths`) whose next folder is the brand's name with words glued on (`/np/coupangwow/`, `/np/mycoupang/`)
 * and a page under it: the brand's own page's address.
 */
function ownRootFolder(path: string, lists: CompiledLists): LabelMatch['brand'] | null {
  const parts = path.split('/');
  if (parts.length < 4 || !parts[3]) return null;
  const folder = parts[2]!;
  for (const { prefix, brand } of [...lists.accountPaths, ...lists.pagePaths]) {
    if (prefix.split('/')[1] !== parts[1]) continue;
    if (folder.length > 30 || !/^[a-z]+$/.test(folder)) continue;
    const m = lists.tokens.find((k) => k.kind === 'name' && k.brand === brand && folder.includes(k.text));
    if (m) return brand;
  }
  return null;
}

/**
 * A short link's code as the whole path (`/bF2k9`, `/k3P`: three to ten letters and digits, a digit or a capital among
 * them, as the brand's own short host hands out).
 */
const SHORT_CODE = /^\/(?=[a-z]*[A-Z0-9])[A-Za-z0-9]{3,10}$/;
/**
 * A short link's code under a one-letter folder (`/r/83jK`, `/s/Xq7`), as link services with several kinds of link
 * write theirs.
 */
const SHORT_FOLDER_CODE = /^\/[a-z]\/(?=[a-z]*[A-Z0-9])[A-Za-z0-9]{3,10}$/;
/**
 * A short link's code of small letters only (`/gatpnw`, `/jmcbpch`): five to eight letters with one vowel at most
 * (`y` a vowel), read only on a name one slip from the brand's short host (domain38's round): the brand's own short
 * links' codes are drawn in small letters too (`coupa.ng/aiijvy`), and a page's name there has its vowels
 * (`/about`, `/login`); a word with one vowel (`/script`) would be read as a code on such a host, which no site
 * a text links to is named.
 */
const LOWER_CODE = /^\/(?=[a-z]{5,8}$)[b-df-hj-np-tv-xz]*(?:[aeiouy][b-df-hj-np-tv-xz]*)?$/;

/** The official short hosts: registrable domains spelled across a two-letter top-level label (`coupa.ng`). */
const shortHostsOf = new WeakMap<CompiledLists, { name: string; suffix: string; entry: OfficialEntry }[]>();

/** The official short hosts (`coupa.ng`), computed once per list. */
function shortHosts(lists: CompiledLists): { name: string; suffix: string; entry: OfficialEntry }[] {
  let hosts = shortHostsOf.get(lists);
  if (!hosts) {
    hosts = [];
    for (const [host, e] of lists.hosts) {
      const dot = host.lastIndexOf('.');
      if (e.official?.subdomains && host.length - dot === 3 && host.indexOf('.') === dot && e.official.brand)
        hosts.push({ name: host.slice(0, dot), suffix: host.slice(dot + 1), entry: e.official });
    }
    shortHostsOf.set(lists, hosts);
  }
  return hosts;
}

/**
 * A folder that is an official short host with its dot moved (`/coup.ang/<code>`, `/cou.pang/<code>` for `coupa.ng`):
 * its letters in order, one dot among them elsewhere. A short host's dot falls where its TLD does, so a reader takes
 * any such split for the brand's own short link; no folder is named so for anything else.
 */
function movedDotShortHost(text: string, lists: CompiledLists): LabelMatch['brand'] | null {
  const dot = text.indexOf('.');
  if (dot < 1 || dot !== text.lastIndexOf('.') || text.length > 16) return null;
  const letters = text.slice(0, dot) + text.slice(dot + 1);
  for (const h of shortHosts(lists))
    if (h.name + h.suffix === letters && dot !== h.name.length && h.entry.brand) return h.entry.brand;
  return null;
}

/** Are `a` and `b` one slip apart (a letter left out, added, changed, or two swapped)? */
function oneEdit(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length)
    return (
      a.slice(i + 1) === b.slice(i + 1) ||
      (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2))
    );
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/**
 * A short link (`/bF2k9`) on a name one slip from an official short host's under the same two-letter top-level
 * label (`cupa.ng/bF2k9`, `goupa.ng/b9Yq4` for `coupa.ng`), or named by the brand's own abbreviation under any
 * (`cpng.me/k3P`): the name alone is a few letters anyone may own (tune9's decision), a short link's code on it
 * copies the brand's short links. The code may stand under a one-letter folder (`cpng.kr/r/83jK`), and on a host
 * named by the abbreviation alone one of the brand's own words is a link's name too (`cpng.to/wow`: domain25).
 */
function findShortHostSlip(
  registrable: string,
  suffix: string,
  path: string,
  lists: CompiledLists,
): BrandFinding | null {
  if (suffix.length !== 2) return null;
  // the path is a link's code, or (on a host named by the brand's own abbreviation only) one of the brand's own
  // words, as its short links name their products (`cpng.to/wow`, `cpng.io/eats`)
  const code = SHORT_CODE.test(path) || SHORT_FOLDER_CODE.test(path);
  const word = /^\/[a-z]{3,8}$/.test(path) && lists.brandWords.has(path.slice(1));
  if (!code && !word && !LOWER_CODE.test(path)) return null;
  const hosts = shortHosts(lists);
  const name = registrable.slice(0, registrable.length - 3);
  // a short host named by an abbreviation that names the brand alone (`cpng.me/k3P`, `cpang.ly/Xq7`): a short link
  // service in the brand's name, as `coupa.ng` is its own
  const own = lists.ownShort.has(name) ? lists.shortNames.get(name) : undefined;
  if (own && (code || word))
    return {
      brand: own,
      reasons: [{ code: 'typo', brand: own.id, match: registrable, detail: 'short-link' }],
    };
  if (!code && !LOWER_CODE.test(path)) return null;
  // (a `k` or `q` for the name's first `c` is said as it is, the name's sound kept: one slip more, `kupa.ng/1gr41` for
  // `coupa.ng`, domain66's round; with a link's code only, as the other slips)
  const said = /^[kq]/.test(name) ? 'c' + name.slice(1) : '';
  for (const h of hosts) {
    if (
      h.suffix !== suffix ||
      !(oneEdit(name, h.name) || (said && h.name[0] === 'c' && oneEdit(said, h.name)))
    )
      continue;
    const brand = h.entry.brand!;
    return {
      brand,
      reasons: [{ code: 'typo', brand: brand.id, match: registrable, detail: 'short-link' }],
    };
  }
  return null;
}

/** The brand in the host a backslash trick shows (`https://cp-safe.top\@www.coupang.com/`, parse-input.ts). */
function findInShownHost(shown: string, lists: CompiledLists): BrandFinding | null {
  for (const label of shown.split('.', 16)) {
    const m = label ? matchLabel(toUnicodeLabel(label.slice(0, 63)), lists) : null;
    if (!m || m.weak) continue;
    return {
      brand: m.brand,
      reasons: [
        { code: 'brand-in-path', brand: m.brand.id, match: shown.slice(0, 200), detail: 'backslash' },
      ],
    };
  }
  return null;
}

const NON_ASCII = /[\u0080-\uffff]/;

/** A role's word as a name writes it (`seller`, `sellers`). */
const ROLE_WORD = /^([a-z]+?)s?$/;

/**
 * A product's name that is common words too (`rocketgrowth`) beside only the word for the people the product is for
 * (`seller`: the list's `lends`), as the registrable name: `rocketgrowth-seller.com` is the programme's seller
 * centre by name, which no honest site of the same words calls itself (they are `rocketgrowth-guide`, `-calc`;
 * domain60's round, every half's such row a look-alike).
 */
function ownPeople(m: LabelMatch, registrable: boolean, lists: CompiledLists): boolean {
  if (!registrable || m.cost !== 0 || m.swaps.length !== 0 || m.typo !== undefined) return false;
  const roles = lists.roles.get(m.token);
  if (!roles) return false;
  const words = m.extra.split(/[-_]+/).filter(Boolean);
  const role = words.length === 1 ? ROLE_WORD.exec(words[0]!) : null;
  return role !== null && roles.has(role[1]!);
}

/** The brand's shop and its membership, in a name's words (`mall`, `shop`, `wow`). */
const SHOP_WORDS = new Set(['mall', 'shop', 'wow']);

/**
 * The brand's name as Koreans romanise it (`kupang`, a real word: the city) with only the brand's shop or membership
 * words (`kupangmall`, `kupang-shop`, `kupangwow`), 쿠팡몰 by its Korean name, on a TLD kits register by the hundred
 * (the caller: `isCheapTld`, `isKitTld`; domain60's round). Every half's such row is a look-alike (kupangmall on
 * `.site`, `.info`, `.shop`); elsewhere the same names stay the city's, as tune5's, tune8's, tune18's and domain46's
 * rounds decided (`kupangmall.com`, `kupangwow.com`, `kupang-wow.com`), and the city's businesses live on `.id`.
 */
function shopOfName(m: LabelMatch, lists: CompiledLists): boolean {
  if (m.cost !== 0 || m.swaps.length !== 0 || m.typo !== undefined) return false;
  const t = lists.tokens.find((x) => x.text === m.token);
  if (!t || t.kind !== 'romanized') return false;
  if (t.joined) return m.extra === '' && [...SHOP_WORDS].some((w) => m.token.endsWith(w));
  const words = m.extra.split(/[-_]+/).filter(Boolean);
  return words.length > 0 && words.every((w) => SHOP_WORDS.has(w));
}

/**
 * More than a real word near the brand: a lure word (as a word, or Korean ones run together) or another brand word
 * in the label or the host's others.
 */
function weakEvidence(
  m: LabelMatch,
  labels: readonly string[],
  self: number,
  lists: CompiledLists,
  koreanOnly = false,
): boolean {
  // a lure word, or Korean lure words run together (`gaeinjeongbo`, 개인정보: `gaein` + `jeongbo`); a centre
  // another kind of word names is that word's (`kupang-dive-center`: a dive centre in the city), no lure
  // (`koreanOnly`: a Korean lure word only, where the word's own country's businesses write English ones)
  const extra = unqualifiedCentre(m.extra);
  if ((!koreanOnly && hasLureWord(extra)) || gluedKoreanLure(extra)) return true;
  for (const w of m.extra.split(/[-_0-9]+/)) {
    if (!w) continue;
    // a romanised Korean word (`kupaeng-anjeon`, 안전; `cupang-siltae`, 실태): the name speaks to Korean shoppers, which
    // the city's, the barangay's and the French word's owners do not write to (not on their own suffixes: koreanOnly)
    // (a word the lists name already keeps its kind: `seoul`, a word for Korea, is a filler, domain36)
    if (!koreanOnly && romanisedKorean(w) && extraWords(w) === 'other') return true;
    // another brand word, also written with look-alike letters (`rocketpay-соupang`: Cyrillic с and о)
    const read = NON_ASCII.test(w) ? foldLabel(w).text : w;
    if (lists.tokens.some((t) => t.text === read)) return true;
    // another brand's name spelled out with a word glued on (`rocketpay-coupangcom`): the name a reader sees is
    // there whatever the weaker word before it, and the rest alone is a look-alike (`coupangcom.co`)
    const own = read.length > 4 ? matchLabel(read, lists) : null;
    if (own && !own.weak && own.cost === 0 && own.swaps.length === 0 && own.token !== m.token) return true;
  }
  return labels.some(
    (l, k) => k !== self && k < labels.length - 1 && (koreanOnly ? hasKoreanLure(l) : hasLureWord(l)),
  );
}

/**
 * The countries whose places and words the list's real words near the brand are (`words`: Kupang, the city, and
 * Kopang, a district of Lombok, in Indonesia; Cupang, a barangay, in the Philippines; the Malay `kupang`, a mussel,
 * and `compang` in Malaysia): on their own suffixes (`.id`, `.co.id`, `.ph`, `.my` …) such a word with English words
 * is their businesses' name (`kupangupdate.id`, a local update site), and only a Korean lure word or another of the
 * brand's words beside it speaks to the brand's shoppers (domain36's round).
 */
const WORD_COUNTRIES = /(?:^|\.)(?:id|ph|my)$/;

/**
 * A word real only in its own countries (list `homeWords`: `cupang`, the betta fish of Indonesia and a Philippine
 * barangay) alone as the registrable name (`cupang.com`, `cupang.shop`, a digit or hyphen aside) off those
 * countries' suffixes (WORD_COUNTRIES, checked by the caller). Counted by domain78 over every half's rows: the bare
 * name 101 flag rows, its 3 honest ones on `.or.id`, a `.gov.ph` subdomain and `.example`; none in the benign
 * corpora. The other words stay as decided: Kupang on `.nl` and `.com.au`, `coupant.fr`, `compang.de`/`.com`/`.co.kr`,
 * `kopang.co.uk` are honest rows of the halves.
 */
function homeWordSlip(label: string, icann: string | null, lists: CompiledLists): boolean {
  if (icann === null || icann === 'example' || lists.homeWords.size === 0) return false;
  return lists.homeWords.has(label.replace(/[-_0-9]+/g, ''));
}

/** The words for a centre (`center`, `centre`): a lure word alone (a customer centre), another's after its word. */
const CENTRE = /^(?:center|centre)$/;
/** The service a customer centre gives, words of no lure alone (`call-center`, `contact-centre`). */
const SERVICE_CENTRE = /^(?:call|contact|callcenter|service|support|help)$/;

/**
 * `extra` less each centre whose word before it is of another kind than a lure's (`dive-center`, `fitness-centre`):
 * the centre of that trade, as a city's dive shop names itself; a lure's centre (`help-center`, `cs-center`) stays.
 */
function unqualifiedCentre(extra: string): string {
  const words = extra.split(/[-_]+/);
  if (!words.some((w) => CENTRE.test(w))) return extra;
  return words
    .filter((w, j) => {
      const before = words[j - 1];
      const after = words[j + 1];
      const trade = (x: string | undefined) =>
        x !== undefined && !SERVICE_CENTRE.test(x) && extraWords(x) === 'other';
      if (CENTRE.test(w)) return !trade(before);
      return !(after && CENTRE.test(after) && trade(w));
    })
    .join('-');
}

/** Does `label` hold one of the brand's words of four letters or more (`rocket` of `rocketpay`)? */
/**
 * A list word that is one of the brand's products named in English, a brand word run together with a lure word
 * (`rocketpay`, `rocketdelivery`: the list's `words`, others' phrases too; not `rocketgrowth`, `freshbag`), alone as the registrable name where kits
 * register by the hundred (isCheapTld, isKitTld: `rocketpay.vip`, `rocketdelivery.site`, `rocketpay.cc`; domain69's
 * round). Counted on every half: 6 flag rows of 5 halves and no honest row, and none of the 110,000 benign names;
 * the firms that share the phrase are on `.com`, `.ae`, `.co.uk` (`rocketdelivery.com`, `rocketpay.com` stay, as
 * decided in the first rounds). The romanisations (`kupang`, `cupang`) start with no brand word and stay as decided.
 */
function productWordCheaply(label: string, icann: string | null, lists: CompiledLists): boolean {
  if (!isCheapTld(icann) && !isKitTld(icann)) return false;
  for (const w of lists.brandWords)
    if (
      w.length >= 4 &&
      label.length > w.length &&
      label.startsWith(w) &&
      extraWords(label.slice(w.length)) === 'lure'
    )
      return true;
  return false;
}

/**
 * A programme's name for the people it serves (the list's `lends`: `seller` for `rocketgrowth` and `wingseller`),
 * whole and alone, as the registrable name on a TLD kits register cheaply (`rocketgrowth.site`, `rocketgrowth.xyz`,
 * `wing-seller.help/login`; domain74's round): a seller's account is what such a kit asks for, and these names are
 * the list's weak words, which productWordCheaply does not read without a lure word. Counted over every half, the
 * page urls and the benign names: on cheap and kit TLDs 3 flag rows and 1 fake page url, all missed before, no
 * honest row; the honest ones are on ordinary TLDs (`rocketgrowth.io`, `wing-seller.example`), which stay unknown as
 * domain71 and domain72 decided. **Reverses domain69's invented twin `rocketgrowth.shop`** (three authors wrote the
 * name on `.shop`, `.xyz` and `.site` as look-alikes, none as honest). A product for everyone (`freshbag`, an
 * English compound a shop may be named, domain30's `freshbag.shop`) stays as decided: no row of it on these TLDs.
 */
function programmeAloneCheaply(m: LabelMatch, icann: string | null, lists: CompiledLists): boolean {
  return (
    // (alone, or with fillers only: `rocketgrowthapp`, `wingseller-app`, domain75; a word of another kind,
    // `rocketgrowth-guide`, `-coupon`, `-calc`, is a name of its own)
    (m.extra === '' || (m.extra.length <= 12 && extraWords(m.extra) === 'none')) &&
    m.cost === 0 &&
    m.swaps.length === 0 &&
    (isCheapTld(icann) || isKitTld(icann)) &&
    lists.roles.has(m.token) &&
    productAlias(m.token, lists)
  );
}

function holdsBrandWord(label: string, lists: CompiledLists): boolean {
  for (const w of lists.brandWords) if (w.length >= 4 && label.includes(w)) return true;
  return false;
}

/** A user:password part that looks like a host or names a brand: the link reads as another site than it is. */
function userinfoTrick(
  userinfo: string | undefined,
  lists: CompiledLists,
): { reason: Reason; brand?: LabelMatch['brand'] } | null {
  if (userinfo === undefined) return null;
  const brand = findUserinfoBrand(userinfo, lists);
  if (!brand && !userinfo.includes('.')) return null;
  const reason: Reason = { code: 'userinfo-trick', match: userinfo.slice(0, 200) };
  if (!brand) return { reason };
  reason.brand = brand.id;
  return { reason, brand };
}

/** The brand in the user:password part, as in https://www.coupang.com@evil.example/. */
function findUserinfoBrand(userinfo: string, lists: CompiledLists): LabelMatch['brand'] | null {
  // an official host as the user info (`https://coupa.ng@track-kr.info/`): the link reads as the brand's, with a
  // path written after it too (`coupa.ng%2Fab12@…`, an encoded slash: the reader sees `coupa.ng/ab12`)
  const user = userinfo
    .split(':', 1)[0]!
    .split(/[/?#\\]/, 1)[0]!
    .toLowerCase();
  const shown = user.includes('.') && user.length <= 253 ? officialShown(user, lists) : null;
  if (shown) return shown;
  // the first few parts are what a reader sees; a 16 kB user info is not read to the end
  for (const part of userinfo.split(/[.:@/\\]+/, 16)) {
    if (!part) continue;
    const label = part.normalize('NFKC').toLowerCase().slice(0, 253);
    const m = matchLabel(toUnicodeLabel(label), lists);
    if (m) return m.brand;
  }
  return null;
}

/** What the URL holds besides its host. */
interface UrlParts {
  path: string;
  search?: string;
  hash?: string;
  userinfo?: string;
  shownHost?: string;
}

const BARE: UrlParts = { path: '/' };

/** The letter masks of the scanned labels from `k` to the last (`n` labels) together. */
function masksFrom(k: number, n: number): number {
  let m = 0;
  for (; k < n; k++) m |= labelMask[k]!;
  return m;
}
/** The letters of `com-` in a scan mask (a hyphen sets NOT_LETTER there). */
const COM_DASH = hostLabelMask('com-');
/** A hyphen (with the digits: NOT_LETTER) and a p, with a k or a q (KQ_BITS): what `-kp` and `-qp` need. */
const KP_MASK = NOT_LETTER | (1 << 15);
const KQ_BITS = (1 << 10) | (1 << 16);

/** The lists squeezedCommon read last, and the letters (scan masks) every squeezed name of theirs holds. */
let squeezedLists: CompiledLists | null = null;
let squeezedLast = 0;
/**
 * The letters every squeezed name holds (squeezedHost's name is the registrable label or its start, so the label's
 * mask holds them): most labels starting with the name's first letter lack one, and nothing is sliced for them.
 */
function squeezedMay(mask: number, lists: CompiledLists): boolean {
  if (squeezedLists !== lists) {
    squeezedLast = -1;
    for (const name of lists.squeezed) squeezedLast &= hostLabelMask(name);
    squeezedLists = lists;
  }
  return (mask & squeezedLast) === squeezedLast;
}

/**
 * Necessary for slippedHost and serviceLureHost: the registrable label (`host` from `from` to `to`) whose scan mask
 * holds the core name's letters but two at most and whose first word is one of the list's `slipped` names, or that
 * holds a hyphen or digit, every letter of a service word and that word as a word of its own.
 */
function slipOrServiceMay(
  host: string,
  from: number,
  to: number,
  mask: number,
  lists: CompiledLists,
): boolean {
  if (popcount(mask & lists.coreMask) >= lists.coreKept && lists.slipped.size > 0) {
    const dash = host.indexOf('-', from);
    const end = dash < 0 || dash > to ? to : dash;
    // (the slipped names are the core name's length, one letter less or two more at most)
    const len = end - from - lists.coreLength;
    // (a slipped or struck name's letter mask first, compiled once per lists (slipMasks): most words of the core
    // name's letters but two are neither, and are not sliced and read a letter left out at a time)
    if (
      len >= -1 &&
      len <= 2 &&
      lists.slipMasks.has(end === to ? mask : hostLabelMask(host.slice(from, end))) &&
      (lists.slipped.has(host.slice(from, end)) || struckName(host.slice(from, end), lists))
    )
      return true;
    // (intrudedName's labels, domain73's round: the core name's length plus one or two, read a character at a time)
    if (end === to && len >= 1 && intrudedMay(host, from, to, lists)) return true;
    if (end === to && len >= -1 && len <= 2 && unromanisedMay(host, from, to, mask, lists)) return true;
    if (end === to && len >= 0 && len <= 2 && doubledMay(host, from, to, lists)) return true;
    if (end === to && everyDoubled(host, from, to, lists)) return true;
  }
  if ((mask & NOT_LETTER) === 0) {
    // (saidOrShuffled's names, domain62's round: four to nine letters from c, k or q; one set lookup or sort then)
    const c = host.charCodeAt(from);
    return (
      to - from >= 4 &&
      to - from <= 9 &&
      (c === 99 || c === 107 || c === 113) &&
      saidOrShuffledMasks(lists).has(mask) &&
      saidOrShuffledName(host.slice(from, to), lists) !== null
    );
  }
  const masks = lists.serviceMasks;
  for (let k = 0; k < masks.length; k++) {
    const m = masks[k]!;
    if ((mask & m) !== m) continue;
    const w = lists.serviceList[k]!;
    for (let at = host.indexOf(w, from); at >= 0 && at + w.length <= to; at = host.indexOf(w, at + 1))
      if (
        (at === from || wordEdge(host.charCodeAt(at - 1))) &&
        (at + w.length === to ||
          wordEdge(host.charCodeAt(at + w.length)) ||
          roleGlued(host, at + w.length, to))
      )
        return true;
  }
  return false;
}

/** A worker's role glued after a service word, up to a word's edge (`eatsrider-apply`: serviceWithRole). */
function roleGlued(host: string, at: number, to: number): boolean {
  for (const r of SERVICE_ROLE) {
    const end = at + r.length;
    if (end <= to && host.startsWith(r, at) && (end === to || wordEdge(host.charCodeAt(end)))) return true;
  }
  return false;
}

/** A hyphen or a digit: where a word of a host label ends (`eats-refund-kr`, `wow7890`). */
const wordEdge = (c: number): boolean => c === 45 || (c >= 48 && c <= 57);

/**
 * Necessary for findTaggedPlatformSite: a label before the suffix (labels 0 to `last`) of six to fifteen characters
 * whose letters open a gate (textMayImitate's test, on the label's mask: the name it reads holds no letter the label
 * does not). `opened` is mayImitate's answer to that test for the labels up to the 31st (it tried every label but
 * the last, and one shorter than any gate's count opens none), so only a label past those is tested here.
 */
function taggedMay(last: number, opened: number, lists: CompiledLists): boolean {
  const gates = lists.gateTable;
  for (let k = 0; k <= last; k++) {
    const len = labelStart[k + 1]! - 1 - labelStart[k]!;
    if (len < 6 || len > 15) continue;
    if (k < 31) {
      if ((opened & (1 << k)) !== 0) return true;
      continue;
    }
    const mask = labelMask[k]!;
    for (let g = 0; g < gates.length; g += GATE_FIELDS)
      if ((mask & gates[g + 4]!) !== 0 && popcount(mask & gates[g]!) >= gates[g + 1]!) return true;
  }
  return false;
}

/** Is there a dot in host[start, end)? (No string built for it.) */
function dotBefore(host: string, start: number, end: number): boolean {
  const dot = host.indexOf('.', start);
  return dot >= 0 && dot < end;
}

/** The lists lastGatesMay compiled its table for, and the table: gate bits by a registrable label's first character. */
let gateLists: CompiledLists | null = null;
const GATE_FIRST = new Int32Array(128);
/** GATE_FIRST's bits: keyboardMay's softened first letter; saidOrShuffled's c, k and q; productEnds' first letters. */
const GATE_SOFT = 1;
const GATE_SAID = 2;
const GATE_PRODUCT = 4;
/** The masks and counts the gates compare: the core name's (slippedHost) and the keys' (keyboardSlipHost). */
let gateCoreMask = 0;
let gateCoreKept = 99;
let gateKbMask = 0;
let gateKbNeed = 99;
let gateOwnLetters = 0;
let gateOwnLast = 0;
let gateServices: Int32Array = new Int32Array(0);
let gateSaid: ReadonlySet<number> = new Set();

function compileGates(lists: CompiledLists): void {
  if (lists !== kbLists) keyboardGate(lists);
  GATE_FIRST.fill(0);
  if (kbSoft >= 0 && kbSoft < 128) GATE_FIRST[kbSoft]! |= GATE_SOFT;
  for (const c of [99, 107, 113]) GATE_FIRST[c]! |= GATE_SAID;
  for (let c = 97; c <= 122; c++)
    if ((lists.productFirsts & (1 << (c - 97))) !== 0) GATE_FIRST[c]! |= GATE_PRODUCT;
  gateCoreMask = lists.coreMask;
  gateCoreKept = lists.slipped.size > 0 ? lists.coreKept : 99;
  gateKbMask = kbMask;
  gateKbNeed = kbNeed;
  ownTailMay(lists);
  gateOwnLetters = ownLetters;
  gateOwnLast = ownLastOf(lists);
  gateServices = lists.serviceMasks;
  gateSaid = saidOrShuffledMasks(lists);
  gateLists = lists;
}

/**
 * Necessary for any of judge's last gates to answer yes on the host scan() just read (keyboardMay, ownTail,
 * slipOrServiceMay, productEnds; each one's first tests, read here from one table by the registrable label's first
 * character and a few masks compiled once per lists): false for most hosts, which then leave judge without calling
 * any of them. test/domain/speed-gates7.test.ts holds it to the gates themselves.
 */
function lastGatesMay(
  host: string,
  n: number,
  regLabel: number,
  start: number,
  first: number,
  lists: CompiledLists,
): boolean {
  if (lists !== gateLists) compileGates(lists);
  // ownTail: the letters every abbreviation holds, then a hyphen anywhere, or the label before the last ending with a
  // digit or an abbreviation's last letter
  if ((unionAll & gateOwnLetters) === gateOwnLetters) {
    if ((unionAll & HYPHEN) !== 0) return true;
    const d = n > 1 ? host.charCodeAt(labelStart[n - 1]! - 2) : 0;
    if ((d >= 48 && d <= 57) || (d >= 97 && d <= 122 && (gateOwnLast & (1 << (d - 97))) !== 0)) return true;
  }
  if (regLabel < 0) return false;
  const from = labelStart[regLabel]!;
  const mask = labelMask[regLabel]!;
  const bits = first < 128 ? GATE_FIRST[first]! : 0;
  // keyboardMay: four to forty characters, the keys' letters but one, or the soft first letter beside a hyphen or digit
  const len = labelStart[regLabel + 1]! - 1 - from;
  if (
    len >= 4 &&
    len <= 40 &&
    (popcount(mask & gateKbMask) >= gateKbNeed || ((bits & GATE_SOFT) !== 0 && (mask & NOT_LETTER) !== 0))
  )
    return true;
  // keyFormMay: a long keyboard form's first letter and length, its letters but one (domain74)
  if (len >= 6 && keyFormMay(host, from, from + len, mask, lists)) return true;
  if (start <= from) return false;
  // slipOrServiceMay: the core name's letters but two; c, k or q and four to nine letters; a service word's letters
  const to = start - 1;
  if (popcount(mask & gateCoreMask) >= gateCoreKept) {
    // (its first word of the core name's length, one letter less or two more, and of a slipped name's letters: read
    // here only for a label without a hyphen or digit, whose first word is the label)
    if ((mask & NOT_LETTER) !== 0) return true;
    const slip = to - from - lists.coreLength;
    if (slip >= -1 && slip <= 2 && lists.slipMasks.has(mask)) return true;
    if (slip === 2 && intrudedMay(host, from, to, lists)) return true;
    if (slip >= -1 && slip <= 2 && unromanisedMay(host, from, to, mask, lists)) return true;
    if (slip >= 0 && slip <= 2 && doubledMay(host, from, to, lists)) return true;
    if (slip === lists.coreLength && everyDoubled(host, from, to, lists)) return true;
  }
  if ((mask & NOT_LETTER) === 0) {
    if ((bits & GATE_SAID) !== 0 && to - from >= 4 && to - from <= 9 && gateSaid.has(mask)) return true;
  } else {
    for (let k = 0; k < gateServices.length; k++) {
      const m = gateServices[k]!;
      if ((mask & m) === m) return true;
    }
  }
  // productEnds: more than eight characters, starting with a product name's first letter, then its two tables
  return (bits & GATE_PRODUCT) !== 0 && start - from > 8 && productEnds(host, from, to, first, lists);
}

/** Tests only (auditLastGates): the hosts lastGatesMay turned away although one of the gates behind it says yes. */
let gateMisses: string[] | null = null;

/**
 * For tests: while on, every host lastGatesMay turns away is judged by the gates behind it as well (keyboardMay,
 * ownTail, slipOrServiceMay, productEnds, as judge calls them), and those that any of them would let through are
 * collected; the array returned is filled as hosts are classified. Off (null) on the common path.
 */
export function auditLastGates(on: boolean): string[] {
  gateMisses = on ? [] : null;
  return gateMisses ?? [];
}

/** For tests: lastGatesMay's table by first character, compiled for `lists` (the live table: a test may break it). */
export function lastGatesTable(lists: CompiledLists): Int32Array {
  if (lists !== gateLists) compileGates(lists);
  return GATE_FIRST;
}

function auditGates(
  host: string,
  n: number,
  regLabel: number,
  start: number,
  first: number,
  lists: CompiledLists,
) {
  const from = regLabel >= 0 ? labelStart[regLabel]! : 0;
  const hyphen = (unionAll & HYPHEN) !== 0;
  const keyed =
    regLabel >= 0 &&
    keyboardMay(host, from, labelStart[regLabel + 1]! - 1, labelMask[regLabel]!, first, lists);
  const split = splitFurther;
  const tail = ownTailMay(lists) && ownTail(host, n, lists, hyphen) !== null;
  const later =
    regLabel >= 0 &&
    start > from &&
    (slipOrServiceMay(host, from, start - 1, labelMask[regLabel]!, lists) ||
      (start - from > 8 && productEnds(host, from, start - 1, first, lists)));
  splitFurther = split;
  if (keyed || tail || later) gateMisses!.push(host);
}

/**
 * A single-label host (no dot: an intranet's or a hosts file's name, which no one can register) named as a
 * combosquat of the brand would be (`coupang-vip`, `coupangeats-qpon`) and asking: a lure word among its words
 * (`coupang-refund-mom`) or a lure page in its path (`/verify`, `/login`, `/bosang/apply`). Such a name opens only on
 * a network that answers for it (a rogue Wi-Fi's DNS, a planted hosts line), and the brand's own addresses are its
 * registered names (the official list), so the reader sees the brand where it never is (domain70). A name of words
 * with a plain path (`coupang-sync:8080/api/orders`: a developer's service beside the brand's open API), the brand
 * alone (`coupang:8080`) and `localhost` stay unknown. Read by judging the label under `.com`, once, only for
 * single-label hyphenated hosts.
 */
function intranetLure(input: string, host: string, path: string, lists: CompiledLists): DomainVerdict | null {
  const asCom = classifyAt(
    'https://' + host + '.com' + (path.startsWith('/') ? path : '/'),
    lists,
    MAX_REDIRECTS,
  );
  const r = asCom.reasons[0];
  if (asCom.verdict !== 'lookalike' || r?.code !== 'combosquat' || !r.match) return null;
  if (!hasLureWord(r.detail ?? '') && lurePath(path) === null) return null;
  return verdict(
    input,
    'lookalike',
    host,
    host,
    null,
    [{ ...r, detail: `${r.detail ?? ''} (single-label host)` }],
    asCom.brand,
  );
}

function judge(input: string, host: string, n: number, url: UrlParts, lists: CompiledLists): DomainVerdict {
  const { path, userinfo } = url;
  // scan() ran on this host just before: it saw any label starting with xn--
  const punycoded = punySeen;
  const unicodeHost = punycoded ? toUnicodeHost(host) : host;
  // the public suffix is host[start, end); its string is built only off the common path
  const start =
    n < 2
      ? -1
      : scannedPlain
        ? scannedSuffixStart(host, n, labelStart, labelCode)
        : publicSuffixStart(host, true);
  const end = scannedPlain ? host.length : suffixEnd(host);
  // where it would start were it at the host's end (it is: neither scan nor parseInput lets a trailing dot through)
  const at = host.length - (end - start);
  if (start === -1 || (end - start === 9 && host.startsWith('localhost', start))) {
    // a name of words with no dot (`coupang-vip:8080`): behind one character test, never on a registered name
    const named = n === 1 && host.includes('-') ? intranetLure(input, host, path, lists) : null;
    return named ?? verdict(input, 'unknown', host, unicodeHost, null, [{ code: 'local-host' }]);
  }
  const regLabel = labelOf(n, at) - 1;
  const registrable = regLabel >= 0 ? host.slice(labelStart[regLabel]) : null;
  const hit = lookUp(host, n, regLabel, registrable, lists, path);
  if (hit?.official) {
    const { entry, key } = hit.official;
    const reason: Reason = { code: entry.subdomains ? 'official' : 'official-host', match: key };
    if (entry.brand) reason.brand = entry.brand.id;
    if (entry.source === 'policy') reason.detail = 'policy';
    return verdict(input, 'official', host, unicodeHost, registrable, [reason], entry.brand);
  }

  let candidates = mayImitate(host, n, lists);
  const opened = openedOut;
  // the rarer shape of a name run into the suffix with a slip, behind one letter-mask test
  const head = lists.coreHeadMask;
  if (candidates === 0 && n > 1 && (labelMask[n - 2]! & head) === head && suffixSlipMay(host, n, lists))
    candidates = SPLIT;
  // or into a registrable label of two letters under a suffix, as into a suffix of its own (`coupa.nq.com`)
  else if (
    candidates === 0 &&
    n > 2 &&
    labelStart[n - 1]! - labelStart[n - 2]! === 3 &&
    (labelMask[n - 3]! & head) === head &&
    suffixSlipMay(host, n - 1, lists)
  )
    candidates = SPLIT;
  // a label named by an official number (`15777011.kr`, `cs-1577-7011.com`), behind the scan's masks (a label of
  // eight characters or more holding digits) and one character search
  const digit = lists.officialNumberHead;
  if (
    candidates === 0 &&
    digit !== '' &&
    ((longNotLetter && longDigitRun(host, digit)) || dottedNumber(host, digit))
  ) {
    const found = numberHost(host, n, host.slice(start, end), lists);
    if (found) return flaggedBy(input, !!hit?.blocked, host, unicodeHost, registrable, found);
  }
  // a registrable name of the breach's figure and lure words (`3370bosang.kr`, `337man-check.com`), behind one
  // character search
  // (the masks of the registrable label and the suffix's: `33` needs a digit there, `-kp` a hyphen, k or q and p)
  const tailMask = regLabel >= 0 ? masksFrom(regLabel, n) : 0;
  if (
    candidates === 0 &&
    regLabel >= 0 &&
    (tailMask & NOT_LETTER) !== 0 &&
    host.includes('33', labelStart[regLabel])
  ) {
    const found = breachHost(host, regLabel, start, lists);
    if (found) return flaggedBy(input, !!hit?.blocked, host, unicodeHost, registrable, found);
  }
  // the brand's own abbreviation as it sounds, alone on a lure TLD (`kpang.lol`), behind one character test
  // (or after lure words: `baesong-kpang.shop`)
  // (the registrable label's first letter, read once: the squeezed name's test below reads it too)
  const soundFirstChar = regLabel >= 0 ? host.charCodeAt(labelStart[regLabel]!) : 0;
  if (
    soundFirstChar === 107 ||
    soundFirstChar === 113 ||
    (regLabel >= 0 &&
      (tailMask & KP_MASK) === KP_MASK &&
      (tailMask & KQ_BITS) !== 0 &&
      (host.includes('-kp', labelStart[regLabel]) || host.includes('-qp', labelStart[regLabel])))
  ) {
    const found = soundShortHost(host, regLabel, start, lists);
    if (found) return flaggedBy(input, !!hit?.blocked, host, unicodeHost, registrable, found);
  }
  // the core name spelt backwards with lure words (`gnapuoc-cheheomdan.top`), behind one compare of its letters
  if (
    regLabel >= 0 &&
    lists.reversed !== '' &&
    soundFirstChar === lists.reversed.charCodeAt(0) &&
    host.startsWith(lists.reversed, labelStart[regLabel])
  ) {
    const found = reversedHost(host, regLabel, start, lists);
    if (found) return flaggedBy(input, !!hit?.blocked, host, unicodeHost, registrable, found);
  }
  // the logistics arm's initials with its own words (`cls-flex-kr.today`), behind a three-character compare
  if (candidates === 0 && soundFirstChar === 99 && host.startsWith('cls', labelStart[regLabel]!)) {
    const found = logisticsArmHost(host, regLabel, start, lists);
    if (found) return flaggedBy(input, !!hit?.blocked, host, unicodeHost, registrable, found);
  }
  // the core name squeezed (`copng.top`, `coopeng.kr`), behind one character test
  if (
    regLabel >= 0 &&
    soundFirstChar === lists.coreFirst &&
    lists.squeezed.size > 0 &&
    squeezedMay(labelMask[regLabel]!, lists)
  ) {
    const found = squeezedHost(host, regLabel, start, lists);
    if (found) return flaggedBy(input, !!hit?.blocked, host, unicodeHost, registrable, found);
  }
  // a label that spells a brand with `ri` read as `n` (`couparig.co`): findRiForN, on a label holding a long name's
  // letters with r and i for its n (riMayImitate, from the scan's masks)
  if (candidates === 0 && regLabel >= 0 && riMayImitate(regLabel, lists)) {
    const ri = findRiForN(host.slice(0, at - 1).split('.'), lists);
    if (ri) return flaggedBy(input, !!hit?.blocked, host, unicodeHost, registrable, ri);
  }
  // a site's label on a hosting platform with a tag glued to a short name (`coupayqmz.vercel.app`): the prefilter
  // reads a name of six letters or fewer only as a whole token, so the tag hides it there (domain36)
  if (
    candidates === 0 &&
    end - start > 4 &&
    dotBefore(host, start, end) &&
    taggedMay(regLabel, opened, lists)
  ) {
    const tagged = findTaggedPlatformSite(host, host.slice(start, end), lists);
    if (tagged) return flaggedBy(input, !!hit?.blocked, host, unicodeHost, registrable, tagged);
  }
  // the common case: nothing known, nothing imitated
  // the scan's probe reads two letters (`co` of `coup` is every `.co.uk`'s): a label must hold a whole abbreviation
  const short = shortSeen && shortLabel(host, n, lists);
  // (one test for the gates below, compiled once per lists (lastGatesMay): false for most hosts, and then keyboardMay,
  // ownTail, slipOrServiceMay and productEnds would all answer no; issue #12, domspeed7)
  const may = lastGatesMay(host, n, regLabel, start, soundFirstChar, lists);
  if (!may && gateMisses !== null) auditGates(host, n, regLabel, start, soundFirstChar, lists);
  // the brand's Hangul name one letter part off, typed with the Korean input off (`rnvkd.kr`), or its softened
  // romanisation beside Korean lure words (`gupang-boan.shop`): judgeFurther's, behind a mask test
  const keyed =
    may &&
    regLabel >= 0 &&
    keyboardMay(
      host,
      labelStart[regLabel]!,
      labelStart[regLabel + 1]! - 1,
      labelMask[regLabel]!,
      soundFirstChar,
      lists,
    );
  if (
    candidates === 0 &&
    !keyed &&
    !punycoded &&
    hit === null &&
    userinfo === undefined &&
    path.length < 2 &&
    !short &&
    !url.search &&
    !url.hash &&
    // (a host that starts `com-` is findComDash's, domain40's round: one compare of four letters, when the first
    // label holds c, o, m and a hyphen)
    !((labelMask[0]! & COM_DASH) === COM_DASH && host.startsWith('com-')) &&
    (!may ||
      // (the scan saw any hyphen: no search of the host; and the letters every abbreviation holds, first)
      ((!ownTailMay(lists) || ownTail(host, n, lists, (unionAll & HYPHEN) !== 0) === null) &&
        // (a registrable label with the core name's letters but two, or a hyphen or digit and a service word's letters:
        // judgeFurther's last rules, slippedHost and serviceLureHost)
        (regLabel < 0 ||
          start <= labelStart[regLabel]! ||
          (!slipOrServiceMay(host, labelStart[regLabel]!, start - 1, labelMask[regLabel]!, lists) &&
            !(
              start - labelStart[regLabel]! > 8 &&
              productEnds(host, labelStart[regLabel]!, start - 1, soundFirstChar, lists) &&
              productSlipMay(labelMask[regLabel]!, start - 1 - labelStart[regLabel]!, lists) &&
              productSlipOf(host.slice(labelStart[regLabel], start - 1), lists) !== undefined
            )))))
  )
    return {
      input,
      verdict: 'unknown',
      hostname: host,
      unicodeHostname: host,
      registrableDomain: registrable,
      reasons: NO_REASONS,
    };
  return judgeFurther(
    input,
    host,
    n,
    url,
    lists,
    start,
    end,
    punycoded,
    unicodeHost,
    registrable,
    hit,
    candidates,
    short,
    keyed,
  );
}

/** A fragment that is a single-page app's route: `#/…`, `#!/…`, or a name with a folder under it (`#name/page`). */
const ROUTE = /^(#!?\/|#(?=[^/#]{3,60}\/[^/#]))([^#]{3,300})$/;
/** A path that is only a single-page app's shell: the root, an index page, `/app/`, `/m/`, a short code's `/s/<code>`. */
const APP_SHELL = /^\/(?:(?:index|main|home|app)\.html?|app\/?|m\/?|s\/[A-Za-z0-9]{3,10})?$/;

/**
 * domain42's rules on a host on a TLD kits register by the hundred: the brand in chat initials as its folder (only a
 * path with a compatibility jamo reaches it), and on an opaque path (OPAQUE_PATH) the brand as the skin of its query
 * or of a fragment written as one, the brand's own page as its login's return, the brand with a drawn tag as its one
 * anchor.
 */
function findOpaqueKit(host: string, path: string, url: UrlParts, lists: CompiledLists): BrandFinding | null {
  if (path.length > 9 && /%E3%8(?:4%B[1-9A-F]|5%8[0-9A-E])/i.test(path)) {
    const finding = findInitialsFolder(host, path, lists);
    if (finding) return finding;
  }
  if ((url.search === undefined && url.hash === undefined) || !OPAQUE_PATH.test(path)) return null;
  const { search, hash } = url;
  if (search !== undefined && search.length > 4) {
    const finding =
      findOpaqueSkin(host, path, search.slice(1, 1001), lists) ??
      findReturnToOfficial(host, search.slice(1, 1001), lists);
    if (finding) return finding;
  }
  if (hash === undefined || hash.length < 3) return null;
  return /^#[a-z]{1,12}=/i.test(hash)
    ? findOpaqueSkin(host, path, hash.slice(1, 1001), lists)
    : findOpaqueAnchor(host, hash, lists);
}

/**
 * judge()'s rarer part: what a host holding brand material, an address with a path, a query or user info, or a
 * known host is. Apart from judge, so that the common path is compiled small (V8 inlines its helpers into it).
 */
function judgeFurther(
  input: string,
  host: string,
  n: number,
  url: UrlParts,
  lists: CompiledLists,
  start: number,
  end: number,
  punycoded: boolean,
  unicodeHost: string,
  registrable: string | null,
  hit: ListHit | null,
  candidates: number,
  short: boolean,
  keyed: boolean,
): DomainVerdict {
  // a folder of padding (`/-----…-----/coupang/login`) pushes the rest of the address out of the address bar's
  // sight and says nothing itself: the path is read as if it were not there
  if (url.path.length > 16 && PADDING.test(url.path)) url = { ...url, path: unpadded(url.path) };
  const { userinfo } = url;
  let { path } = url;
  const suffix = host.slice(start, end);
  let finding =
    candidates !== 0 || punycoded
      ? findBrand(host, unicodeHost, suffix, candidates, lists, path + (url.search ?? '') + (url.hash ?? ''))
      : null;
  if (!finding && keyed && registrable !== null)
    finding =
      keyboardSlipHost(registrable.slice(0, registrable.indexOf('.')), lists) ??
      keyFormSlipHost(registrable.slice(0, registrable.indexOf('.')), lists);
  if (!finding && punycoded) finding = findMixedShort(unicodeHost, suffix, lists);
  if (!finding && suffix.includes('.')) finding = findTaggedPlatformSite(host, suffix, lists);
  if (!finding && suffix.includes('.') && path.length > 3 && host.includes('-'))
    finding = findShortPlatformKit(host, suffix, path, lists);
  if (!finding && host.includes('ri'))
    finding = findRiForN(host.slice(0, host.length - suffix.length - 1).split('.'), lists);
  // a price search's, a hot-deal board's or a parcel tracker's filter by shop or carrier (`?mall=coupang`,
  // `/carriers/coupang-logistics`) is what it lists, off the TLDs kits register cheaply (directoryCut, domain64's
  // round); a name with the brand's own was read above
  if (
    !finding &&
    registrable !== null &&
    (path.length > 1 || url.search) &&
    directorySite(registrable, suffix)
  ) {
    url = directoryCut(url);
    path = url.path;
  }
  if (!finding && (path.length > 1 || url.search)) {
    const platform = suffix.includes('.') && publicSuffix(host, false) !== suffix;
    finding = findInPath(host, url, platform, false, lists);
  }
  // a single-page app's route in the fragment (`x.pages.dev/#/coupang/verify`) is its path: on a hosting platform
  // it is judged as one; since domain33's round on a host on the TLDs kits register cheaply whose own path is only
  // the app's shell (`/`, `/index.html`, `/app/`, `/m/`, a short code's `/s/<code>`), a route written `#/…`, `#!/…`
  // or as a name with a folder (`#coupang.com/account`) is judged as that host's path would be
  // (`/coupangeats/update`); on `.com`, `.kr`, `.net` … a fragment stays the page's own (a news site's, a firm's)
  if (!finding && url.hash !== undefined && url.hash.length > 3) {
    const platform = suffix.includes('.') && publicSuffix(host, false) !== suffix;
    const route = ROUTE.exec(url.hash.split('?', 1)[0]!);
    // (off a platform, a first segment with a dot is read as a host shown only when it is an official one: a
    // parcel tracker's route names a carrier by its code, `#/kr.coupangls/<number>`, Coupang's own logistics)
    const first = route?.[2]!.split('/', 1)[0] ?? '';
    if (
      route &&
      (platform
        ? path.length < 2 && route[1] === '#/'
        : kitsRegisterCheaply(suffix) &&
          APP_SHELL.test(path) &&
          (!first.includes('.') || officialShown(first.toLowerCase(), lists) !== null))
    )
      finding = findInPath(host, { path: '/' + route[2]! }, platform, false, lists);
    // (and, since domain41's round, as the path the cheap-TLD rules read, `#/kr/coupang/refund`: the route is the
    // kit's path there as on its host)
    if (!finding && route && !platform && kitsRegisterCheaply(suffix) && APP_SHELL.test(path))
      finding = findCheapFolder(host, '/' + route[2]!.split('?', 1)[0]!, suffix, lists);
    // (a route named as one anchor, the brand with a word that asks, `/m/#coupang-login`: the kit's page by name)
    if (!finding && !route && !platform && kitsRegisterCheaply(suffix) && APP_SHELL.test(path))
      finding = findAnchorRoute(host, url.hash, lists);
    // (domain46's round, on a name of any TLD: an official host as the route's first folder over a step that asks,
    // `/app/#/m.coupang.com/refund`; and the anchor that asks on a drawn name off the TLDs kits register cheaply,
    // `lyn7n4gdu.ink/#coupang-login`)
    if (!finding && !platform && APP_SHELL.test(path)) {
      if (route) finding = findShownRoute(host, route[2]!, lists);
      else if (registrable !== null && !kitsRegisterCheaply(suffix) && drawnAnywhere(registrable, suffix))
        finding = findAnchorRoute(host, url.hash, lists);
    }
  }
  if (!finding && registrable !== null && (path.length > 1 || url.search || url.hash))
    finding = findCarried(host, url, nameOf(registrable, suffix), suffix, lists);
  if (!finding && registrable !== null && path.length > 3 && registrable.includes('-'))
    finding = findAbbreviatedEvent(host, path, nameOf(registrable, suffix), lists);
  if (!finding && (path.length > 9 || (url.search !== undefined && path.length > 4)))
    finding = findKitFolder(host, path, url.search, lists);
  if (!finding && path.length > 2) finding = findCheapFolder(host, path, suffix, lists, false, url.search);
  if (!finding && url.search !== undefined && url.search.length > 3)
    finding = findMessengerText(host, url.search, lists);
  if (!finding && url.search !== undefined && ENCODED_LETTER.test(url.search))
    finding = findEncodedQueryHost(host, url.search, lists);
  if (!finding && url.search !== undefined && url.search.length > 14)
    finding = findSkinQuery(host, url.search, suffix, lists);
  if (!finding && path.length > 8 && ASSET_COPY.test(path))
    finding = findAssetCopy(host, path, suffix, lists);
  if (!finding && url.search !== undefined && url.search.length > 14 && VISITOR_ID.test(url.search))
    finding = findVisitorSearch(host, url.search, suffix, lists);
  if (
    !finding &&
    registrable !== null &&
    url.search !== undefined &&
    url.search.length > 6 &&
    LANDING_PATH.test(path)
  )
    finding = findLandingQuery(host, nameOf(registrable, suffix), url.search, suffix, lists);
  if (
    !finding &&
    registrable !== null &&
    url.search !== undefined &&
    url.search.length > 10 &&
    KEYED_PATH.test(path)
  )
    finding = findKeyedLanding(host, nameOf(registrable, suffix), url.search, suffix, lists);
  // (the brand's official address as a query value or the fragment, on the TLDs kits register cheaply: domain76)
  if (
    !finding &&
    registrable !== null &&
    suffix !== null &&
    (url.search !== undefined || url.hash !== undefined)
  )
    finding = findOfficialValue(host, nameOf(registrable, suffix), url, suffix, lists);
  // (a drawn name's kit, domain39's round: only on the TLDs kits register cheaply, so ordinary hosts never reach it)
  if (
    !finding &&
    registrable !== null &&
    (path.length > 2 || (url.search?.length ?? 0) > 5 || (url.hash?.length ?? 0) > 4) &&
    (kitsRegisterCheaply(suffix) || DRAWN_KIT_TLD.has(suffix))
  )
    finding = findDrawnKit(
      host,
      nameOf(registrable, suffix),
      // (a single-page kit's route after `#/` on its app shell is its path, as above; since domain44's round, so is
      // one anchor alone there, `/#rocketwow`, `/index.html#쿠팡`: the kit's script picks the skin by it)
      APP_SHELL.test(path) && url.hash !== undefined && url.hash.length > 2
        ? url.hash.startsWith('#/')
          ? url.hash.slice(1).split('?', 1)[0]!
          : ANCHOR_PIECE.test(url.hash)
            ? '/' + url.hash.slice(1)
            : path
        : path,
      url.search ?? '',
      lists,
    );
  // (a kit's path on a name of any shape, domain41's round: the same TLDs, a path of two pieces or a port)
  if (
    !finding &&
    registrable !== null &&
    path.length > 3 &&
    (kitsRegisterCheaply(suffix) || DRAWN_KIT_TLD.has(suffix))
  ) {
    const port = oddPort(input);
    if (port || path.indexOf('/', 1) > 0) finding = findMarketKit(host, path, port, lists);
    if (!finding && url.search !== undefined && url.search.length > 4)
      finding = findAskingSkin(host, path, url.search, lists);
    if (!finding && url.search !== undefined && url.search.length > 6 && path.includes('iew'))
      finding = findForgedArticle(host, path, url.search, lists);
  }
  if (
    !finding &&
    registrable !== null &&
    url.search !== undefined &&
    url.search.length > 9 &&
    (kitsRegisterCheaply(suffix) || DRAWN_KIT_TLD.has(suffix))
  )
    finding = findEncodedBrandValue(host, url.search, lists);
  // (domain42's rules: an opaque kit path's query, fragment or return, the brand's chat initials as a folder; apart,
  // so that this function stays as small as before)
  if (
    !finding &&
    registrable !== null &&
    (url.search !== undefined || url.hash !== undefined || path.length > 9) &&
    (kitsRegisterCheaply(suffix) || DRAWN_KIT_TLD.has(suffix))
  )
    finding = findOpaqueKit(host, path, url, lists);
  if (!finding && (url.search?.includes('id=') || path.includes('/app/')))
    finding = findStorePage(host, url, lists);
  // (a fake store's host for the brand's app, domain41's round: a name that holds a store's brand)
  if (!finding && registrable !== null && path.length > 3)
    finding = findFakeStoreHost(host, nameOf(registrable, suffix), path, lists);
  if (!finding && path.length > 4 && (lists.pagePaths.length > 0 || lists.accountPaths.length > 0))
    finding =
      registrable === null ? null : findClonedPath(host, url, nameOf(registrable, suffix), suffix, lists);
  if (!finding && registrable !== null && suffix.includes('.'))
    finding = findOfficialUnderLevel(registrable, suffix, lists);
  if (!finding && registrable !== null) finding = productSlip(registrable, suffix, lists);
  if (!finding && short) finding = findShort(host, n, suffix, path, lists);
  // (a `com-` name, domain40's round: only a registrable label that starts so reaches it)
  if (!finding && registrable !== null && registrable.startsWith('com-'))
    finding = findComDash(nameOf(registrable, suffix), suffix, lists);
  if (!finding && registrable !== null && path.length > 3 && path.length < 14)
    finding = findShortHostSlip(registrable, suffix, path, lists);
  if (!finding && url.shownHost !== undefined) finding = findInShownHost(url.shownHost, lists);
  if (!finding) finding = findDelimitedOfficial(input, host, url, lists);
  if (!finding && url.search !== undefined && url.search.length > 12)
    finding = findSignInReturn(host, url, lists) ?? findCarriedOfficial(host, url, lists);
  if (!finding && url.search !== undefined && url.search.length > 6)
    finding = anotherServiceHost(host, url, lists) ?? serviceKeyHost(host, url, lists);
  // last: it judges another host, which overwrites the scan's tables
  if (!finding) finding = findOwnTail(host, n, path, lists);
  // (domain55's round, after every other rule, so that an address one of them names keeps its reason: the core name
  // with two slips of a hand where kits register, `couanb.top`; the brand's service word with a refund's words in
  // Korea, `eats-refund-kr.com`; a user part's trick is its own)
  if (!finding && registrable !== null && userinfo === undefined) {
    const name = nameOf(registrable, suffix);
    finding =
      slippedHost(host, name, path, lists) ??
      saidOrShuffled(host, name, lists) ??
      serviceLureHost(host, name, lists) ??
      sprinkledDigits(host, name, lists) ??
      intrudedName(host, name, lists) ??
      unromanisedName(host, name, lists) ??
      doubledName(host, name, lists);
  }
  const reasons: Reason[] = [];
  let brand = finding?.brand;
  const trick = userinfoTrick(userinfo, lists);
  if (trick) {
    reasons.push(trick.reason);
    brand ??= trick.brand;
  }
  if (finding) reasons.push(...finding.reasons);
  if (hit?.blocked) {
    reasons.unshift({ code: 'blocklist', match: hit.blocked.key, detail: hit.blocked.source });
    return verdict(input, 'blocked', host, unicodeHost, registrable, reasons, brand);
  }
  return verdict(input, brand ? 'lookalike' : 'unknown', host, unicodeHost, registrable, reasons, brand);
}

/** Is `label`, written with a hyphen, a compound the list reads as one run of letters only (`kupang-wow`)? */
function joinedWord(label: string, lists: CompiledLists): boolean {
  if (!label.includes('-')) return false;
  const text = label.replace(/[-_0-9]+/g, '');
  return lists.tokens.some((t) => t.joined === true && t.text === text);
}

/**
 * Is `a` one slip from `b`: a letter left out, put in or changed, or two neighbours swapped, after the first letter?
 */
function oneSlip(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1 || a === b) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  // (the first letter changed is another word, `pocketnow`, `houpangeats`, as otherFirstLetter reads it; an `s` put
  // in makes a plural of the word before it, `rocketsnow`)
  if (i === 0 || (a.length > b.length && a[i] === 's')) return false;
  if (a.length === b.length)
    return (
      a.slice(i + 1) === b.slice(i + 1) ||
      (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2))
    );
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** Does host[from, to) keep a long name's first three letters, or its first letter and last three (productHeads)? */
function productEnds(host: string, from: number, to: number, first: number, lists: CompiledLists): boolean {
  // (both tables' entries name a product name's first letter: a label starting with none is neither's, unread)
  if (first < 97 || first > 122 || (lists.productFirsts & (1 << (first - 97))) === 0) return false;
  const head = threeKey(host, from);
  if (head >= 0 && lists.productHeads[head] === 1) return true;
  const tail = threeKey(host, to - 3);
  return tail >= 0 && first >= 97 && first <= 122 && (lists.productTails[tail]! & (1 << (first - 97))) !== 0;
}

/** Can a registrable label of this mask and length be productSlip's (all a long name's letters but one at most)? */
function productSlipMay(mask: number, length: number, lists: CompiledLists): boolean {
  if (length < 8 || length > 25) return false;
  const masks = lists.productMasks;
  for (let i = 0; i < masks.length; i++) if (popcount(masks[i]! & ~mask) <= 1) return true;
  return false;
}

/**
 * A registrable name one slip from one of the brand's long names that the matcher takes as written (productSlips:
 * `rockettwow`, `rockeywow` for the membership's `rocketwow`, `rocketnov` for Rocket Now, `aboutcupang` for the
 * corporate site's `aboutcoupang`), the whole name alone (domain68). Nine letters or more with one slip land on no
 * word of the popular names; the list's words (`rocketgrowth`) and a restricted suffix's names stay anyone's.
 * Also the brand's own name exactly under a suffix no firm may register (`coupang.go.kr`, `coupang.ac.kr`): no
 * authority or school is named so, and the brand is none (restrictedSuffix keeps look-alikes' slips there clean).
 */
function productSlip(registrable: string, suffix: string, lists: CompiledLists): BrandFinding | null {
  const name = nameOf(registrable, suffix);
  const restricted = restrictedSuffix(publicSuffix(registrable, false));
  if (restricted) {
    const brand = lists.coreNames.includes(name) ? lists.brands[0] : undefined;
    return brand
      ? { brand, reasons: [{ code: 'tld-swap', brand: brand.id, match: name, detail: suffix }] }
      : null;
  }
  // (the letters of one of the long names but one, as judge asks before it: most registrable names that reach here
  // hold none, and then productSlipOf slices no letter out of them; issue #12, domspeed8)
  const brand = productSlipMay(hostLabelMask(name), name.length, lists)
    ? productSlipOf(name, lists)
    : undefined;
  return brand
    ? { brand, reasons: [{ code: 'typo', brand: brand.id, match: name, detail: 'product-slip' }] }
    : null;
}

/** The brand whose long name (productNames) `name` is one slip of, or undefined: productSlip's reading. */
function productSlipOf(name: string, lists: CompiledLists): BrandInfo | undefined {
  // (the list's words are others' names, `kupangtravel`, `rocketgrowth`; a letter after a whole name is an ending
  // of another language's word, `rocketwowa`, as labelMatch reads it)
  if (
    name.length < 8 ||
    name.length > 24 ||
    !/^[a-z]+$/.test(name) ||
    lists.productNames.has(name) ||
    lists.productNames.has(name.slice(0, -1)) ||
    lists.weakWords.has(name)
  )
    return undefined;
  let brand = lists.productSlips.get(name);
  for (let i = 1; !brand && i < name.length; i++)
    brand = lists.productSlips.get(name.slice(0, i) + name.slice(i + 1));
  // (the table's forms meet for a letter put in at one place and left out at another, two slips: one only)
  if (brand && ![...lists.productNames].some((p) => oneSlip(name, p))) return undefined;
  return brand;
}

/** The registries' generic second levels under a country code (`com.ng`, `co.kr`, `or.jp`, `net.au`). */
const COUNTRY_LEVEL = /^(?:com|net|org|co|or|ne|biz|info)\.[a-z]{2}$/;

/**
 * An official domain on a country code with a generic second level put between its name and its country
 * (`coupa.com.ng` for `coupa.ng`, the Partners' short links): the same name in the same country's registry, one
 * level down, which only someone imitating the short domain registers (domain46's round). Another country
 * (`coupa.com.au`, `coupa.co.kr`: Coupa's, the software firm's) and the name on a generic TLD (`coupa.com`) stay
 * anyone's.
 */
function findOfficialUnderLevel(
  registrable: string,
  suffix: string,
  lists: CompiledLists,
): BrandFinding | null {
  if (!COUNTRY_LEVEL.test(suffix)) return null;
  const name = registrable.slice(0, registrable.length - suffix.length - 1);
  const brand = officialShown(`${name}.${suffix.slice(suffix.indexOf('.') + 1)}`, lists);
  return brand
    ? { brand, reasons: [{ code: 'tld-swap', brand: brand.id, match: registrable, detail: suffix }] }
    : null;
}

/** A label of Latin letters (a tag of digits after them) glued to Hangul syllables: `cpang보상신청`, `cpng24환불`. */
const LATIN_HANGUL = /^([a-z]+)\d{0,4}-?([\uac00-\ud7a3]+)$/;

/**
 * An abbreviation that names the brand alone (the list's `ownShort`: `cpng`, `cpang`, `coupg`) glued to Korean lure
 * words in Hangul, in one label of an internationalised name (`cpang보상신청.shop`, written `xn--cpang-…`): the
 * abbreviation with a Korean lure word needs no other cue in Latin (`cpang-bosang.com`, findShort), and its Hangul
 * lure words say the same; the label rules read the Latin and the Hangul of a label apart, so neither held the brand
 * (domain35's round). Hangul of any other word (`cpng뉴스`, an investors' news) stays anyone's.
 */
function findMixedShort(unicodeHost: string, suffix: string, lists: CompiledLists): BrandFinding | null {
  const labels = unicodeHost.split('.');
  const last = labels.length - labelCount(suffix);
  for (let k = 0; k < last; k++) {
    const m = LATIN_HANGUL.exec(labels[k]!.normalize('NFC'));
    if (!m || !lists.ownShort.has(m[1]!)) continue;
    const brand = lists.shortNames.get(m[1]!);
    if (!brand || extraWords(m[2]!) !== 'lure' || !hasKoreanLure(m[2]!)) continue;
    return { brand, reasons: [{ code: 'combosquat', brand: brand.id, match: labels[k]!, detail: m[2]! }] };
  }
  return null;
}

/** A path segment of fifteen or more dashes, underscores or dots, and nothing else: padding. */
const PADDING = /\/[-_.]{15,}(?=\/|$)/;
const PADDINGS = /\/[-_.]{15,}(?=\/|$)/g;

/** The path without its padding segments (`/' + '-'.repeat(40) + '/coupang/login` is `/coupang/login`). */
function unpadded(path: string): string {
  const rest = path.replace(PADDINGS, '');
  return rest.startsWith('/') ? rest : '/' + rest;
}

/**
 * An official host written right after a delimiter that ends what the browser reads as the host, or after an `@`
 * (`x.top/;www.coupang.com/`, `x.top#@www.coupang.com/`, `x.top/@login.coupang.com:443/`, `x.top?u=@m.coupang.com`,
 * `x.top#.coupang.com`): a reader sees the official host where the address ends or where user info would stand,
 * the browser opens the host before it. A parameter's value that is a whole address (`?u=https://www.coupang.com/`,
 * a share or redirect link) is the redirect rules', never this: the host here follows `;`, `?`, `#` or `@` itself,
 * with nothing but an `@` or a dot between.
 */
const DELIMITED_HOST =
  /(?:^\/?;|^\/@|^[?#][@.]|[=?#&]@)[@.]?((?:[a-z0-9-]{1,63}\.){1,6}[a-z]{2,24})(?=[/:?#&]|$)/i;
/** A sign-in page's own name as a path's last segment: `login`, `signin`, `sso`, `auth`, `logon` (an extension allowed). */
const SIGN_IN_PAGE = /\/(?:login|log-in|signin|sign-in|sso|auth|logon)(?:\.[a-z]{2,5})?\/?$/i;
/**
 * A refund's or a compensation's page as a path's last segment (`/np/refund`, `/bosang.html`; domain69's round): on a
 * cheap host's jump the brand's address with it asks for money back as the sign-in page asks for a login
 * (findCarriedOfficial); an affiliate's link goes to a product or the home page.
 */
const REFUND_PAGE = /\/(?:refunds?|compensation|hwanbul|bosang|bosanggeum|hwangeup)(?:\.[a-z]{2,5})?\/?$/i;
/** A sign-in page's return parameter: where the buyer is sent back to once signed in. */
const RETURN_PARAM =
  /(?:^\?|&)(?:rtnurl|returnurl|return_url|returnto|return_to|redirecturl|redirect_url)=([^&#]{8,500})/i;

/**
 * A sign-in page on a host that is not the brand's whose return parameter is one of the brand's own addresses
 * (`x.wiki/login/signin?rtnUrl=https://my.coupang.com/`): a page asking for the brand's login, as the brand's own
 * sign-in pages send their buyer back so (`login.coupang.com/login/login.pang?rtnUrl=…`). No other site signs a
 * buyer in to send them on to the brand; identity providers name their parameters otherwise (`continue`,
 * `redirect_uri`) and shared hosts are left to their own rules.
 */
function findSignInReturn(host: string, url: UrlParts, lists: CompiledLists): BrandFinding | null {
  if (!SIGN_IN_PAGE.test(url.path)) return null;
  const r = RETURN_PARAM.exec(url.search ?? '');
  if (!r || sharedRule(host, lists)) return null;
  let target = r[1]!;
  try {
    target = decodeURIComponent(target);
  } catch {
    return null;
  }
  const m = /^https?:\/\/([a-z0-9.-]{4,253})(?:[/?#:]|$)/i.exec(target.trim());
  const shown = m ? officialShown(m[1]!, lists) : null;
  if (!shown) return null;
  return {
    brand: shown,
    reasons: [{ code: 'brand-in-path', brand: shown.id, match: target.slice(0, 200), detail: host }],
  };
}

/** A query's key and value (the value up to the next `&` or `#`). */
const QUERY_PARAM = /(?:^\?|&)([^=&#]{1,40})=([^&#]{10,500})/g;
/**
 * A jump page's keys: where the visitor is sent on to (not an affiliate's `u`/`url`, a referrer's, a search's); since
 * domain70 a sign-in's return keys too (RETURN_PARAM's: `?returnUrl=coupang.com` on a cheap host is a jump's).
 */
const JUMP_KEY = new Set(
  'to r redirect redir target dest destination goto jump next return continue forward rtnurl returnurl return_url returnto return_to redirecturl redirect_url'.split(
    ' ',
  ),
);

/** A host on a cheap or kit TLD that is nobody's shared platform: where the query rules below may read its query. */
function cheapOwnHost(host: string, lists: CompiledLists): boolean {
  const icann = publicSuffix(host, false);
  return (isCheapTld(icann) || isKitTld(icann)) && !sharedRule(host, lists);
}

/**
 * The brand's own address as a jump page's destination on a host of a cheap or kit TLD (isCheapTld, isKitTld):
 * `ordercheck.shop/redirect?target=https://coupa.ng/…`, `e-mall62.store/l?to=https://www.coupang.com/np/login`,
 * or under any key the brand's sign-in page (`x.help/?u=https://www.coupang.com/login`): a kit's jump page, which
 * shows its own page first and sends the buyer on to the real one after (domain67's round: 6 flag rows of 4 halves,
 * no honest row of any half). Kept anyone's (domain42's, domain47's and domain50's lines): an affiliate's link out
 * to a product, a search or the home page (`?u=`, `?url=`), a referrer (`?from=`, `?ref=`, `?site=`), a search's
 * terms, a tracker's tag, and every key on `.com`, `.net`, `.kr` and the rest, where price trackers, searches and
 * checkers carry the address so (`danawa.com/go?u=…`, `lowprice.kr/track?url=…`); shared hosts keep their rules.
 */
function findCarriedOfficial(host: string, url: UrlParts, lists: CompiledLists): BrandFinding | null {
  if (!cheapOwnHost(host, lists)) return null;
  for (const r of (url.search ?? '').slice(0, 1000).matchAll(QUERY_PARAM)) {
    let target = r[2]!;
    try {
      target = decodeURIComponent(target);
    } catch {
      continue;
    }
    // a scheme-relative target (`goto=//coupa.ng/xyz`) opens the same host: read as written with a scheme (domain70)
    const m = /^(?:(?:https?:)?\/\/)?([a-z0-9.-]{4,253})([/?#:][^?#]*)?/i.exec(target.trim());
    if (!m) continue;
    if (!JUMP_KEY.has(r[1]!.toLowerCase()) && !SIGN_IN_PAGE.test(m[2] ?? '') && !REFUND_PAGE.test(m[2] ?? ''))
      continue;
    const shown = officialShown(m[1]!, lists);
    if (shown)
      return {
        brand: shown,
        reasons: [{ code: 'brand-in-path', brand: shown.id, match: target.slice(0, 200), detail: host }],
      };
  }
  return null;
}

/**
 * Hosts of the portals, messengers and link services a message's link is made to pass for, and their names as a kit
 * writes them with a word for Korea (`kakao-kr`): anotherServiceHost's (domain68).
 */
const OTHER_SERVICE_HOSTS = [
  'naver.com',
  'naver.me',
  'kakao.com',
  'kakaocorp.com',
  'daum.net',
  'google.com',
  'google.co.kr',
  'youtube.com',
  't.co',
  'bit.ly',
];
const OTHER_SERVICE_NAMES = new Set(['naver', 'kakao', 'kakaotalk', 'daum', 'google', 'youtube']);

/**
 * A host of a cheap or kit TLD made to pass for another service's (its labels spell that service's host before a
 * domain of their own, `link.naver.com.hnxzq.top`, `t.co.kr-link.top`, or its name is that service's with a word
 * for Korea only, `kakao-kr.top`) whose query carries the brand's name or address (`?url=coupang`,
 * `?u=https://coupang.com`): a fake portal's or messenger's jump to the brand, no one's honest link (domain68).
 * The service's own hosts, other TLDs and such a host without the brand stay as they were.
 */
function anotherServiceHost(host: string, url: UrlParts, lists: CompiledLists): BrandFinding | null {
  const icann = publicSuffix(host, false);
  if (!isCheapTld(icann) && !isKitTld(icann)) return null;
  if (icann === null || publicSuffix(host, true) !== icann || sharedRule(host, lists)) return null;
  const head = host.slice(0, Math.max(0, host.length - icann.length - 1));
  const before = head.slice(0, head.lastIndexOf('.') + 1);
  const name = head.slice(before.length);
  const parts = name.split('-');
  const passes =
    OTHER_SERVICE_HOSTS.some((h) => before === h + '.' || before.endsWith('.' + h + '.')) ||
    (parts.length === 2 &&
      parts.some((p) => OTHER_SERVICE_NAMES.has(p)) &&
      parts.some((p) => p === 'kr' || p === 'korea'));
  if (!passes) return null;
  const query = decodeTwice((url.search ?? '').slice(0, 1000)).toLowerCase();
  const brand = lists.coreNames.some((n) => query.includes(n)) ? lists.brands[0] : undefined;
  return brand
    ? {
        brand,
        reasons: [{ code: 'brand-in-path', brand: brand.id, match: query.slice(0, 200), detail: host }],
      }
    : null;
}

/** Keys that say whose service a page is (a kit's one page for many brands picks its skin so): serviceKeyHost's. */
const SERVICE_KEY = new Set(['svc', 'service', 'brand', 'company', 'carrier', 'courier']);

/**
 * A host of a cheap or kit TLD whose query names the brand as the service the page is for (`?svc=coupang`,
 * `?brand=쿠팡`, `?courier=coupang`, `?carrier=kr.coupangls`): one kit's page skinned for the brand it imitates
 * (domain68: 12 flag rows of 9 halves; no honest row of any half holds such a key there). A shop's, a tracker's and
 * a filing search's keys on `.com`, `.kr` and the rest (`sec.gov/…?company=coupang`, `tracknow.kr/track?carrier=
 * coupang`), a referrer's, a search's and a tracker's tag (`from`, `q`, `utm_source`), an app or a mall to order
 * through (`mapo-galbi.site/delivery?app=coupangeats`) stay as they were.
 */
function serviceKeyHost(host: string, url: UrlParts, lists: CompiledLists): BrandFinding | null {
  if (!cheapOwnHost(host, lists)) return null;
  for (const r of (url.search ?? '').slice(0, 1000).matchAll(SERVICE_PARAM)) {
    if (!SERVICE_KEY.has(r[1]!.toLowerCase())) continue;
    const value = decodeTwice(r[2]!).toLowerCase();
    if (value.length > 40) continue;
    // the brand's name alone, a word for Korea at most beside it (`kr.coupangls`); other words (`coupang-review`,
    // `coupang-clone-tutorial`) and a service's own name in Hangul (`쿠팡페이`) stay as domain42 left them
    const words = value
      .split(/[\s._-]+/)
      .filter((w) => w !== '' && w !== 'kr' && w !== 'ko' && w !== 'korea');
    const brand =
      words.length === 1 &&
      (lists.coreNames.includes(words[0]!) ||
        lists.hangul.some((h) => h.brand === lists.brands[0] && !h.weak && h.name === words[0]))
        ? lists.brands[0]
        : undefined;
    if (brand)
      return { brand, reasons: [{ code: 'brand-in-path', brand: brand.id, match: value, detail: host }] };
  }
  return null;
}
/** A query's key and its value, any length (the value up to the next `&` or `#`). */
const SERVICE_PARAM = /(?:^\?|&)([^=&#]{1,40})=([^&#]{1,200})/g;

/**
 * An official host as the whole query or fragment (`?www.coupang.com`, `#coupang.com/login`): a dereferrer's link
 * (`href.li/?www.coupang.com`) is written so too, so it counts only when the address as written puts the `?` or `#`
 * right after the host, with no slash (`x.top?www.coupang.com`): read as one host name, not as a page's query.
 */
const BARE_DELIMITED_HOST = /^[?#]((?:[a-z0-9-]{1,63}\.){1,6}[a-z]{2,24})(?=[/:?#&]|$)/i;

function findDelimitedOfficial(
  input: string,
  host: string,
  url: UrlParts,
  lists: CompiledLists,
): BrandFinding | null {
  for (const part of [url.path, url.search, url.hash]) {
    if (part === undefined || part.length < 5) continue;
    const head = part.slice(0, 300);
    let m = DELIMITED_HOST.exec(head);
    if (!m && part !== url.path) {
      const bare = BARE_DELIMITED_HOST.exec(head);
      if (bare && input.toLowerCase().includes(host + part[0]!)) m = bare;
    }
    if (!m) continue;
    // a handle after `/@` on a platform of handles (`threads.net/@coupang.kr`, `youtube.com/@…`) is an account's
    // name, dots and all: the brand's own accounts are named so
    if (m[0].startsWith('/@') && sharedRule(host, lists)) continue;
    const shown = officialShown(m[1]!, lists);
    if (shown)
      return {
        brand: shown,
        reasons: [{ code: 'brand-in-path', brand: shown.id, match: m[0].slice(0, 200), detail: host }],
      };
  }
  return null;
}

export function classify(input: string, lists?: ListData | CompiledLists): DomainVerdict {
  return classifyAt(input, resolveLists(lists), 0);
}

/** The registrable name without its public suffix: `coupang-event` of `coupang-event.co.kr` */
function nameOf(registrable: string, suffix: string): string {
  return registrable.slice(0, registrable.length - suffix.length - 1);
}

/** An HTML page carried in the address itself (`data:text/html[;charset=…][;base64],…`): its header and its text. */
const DATA_HTML = /^\s*data:text\/html([^,]{0,100}),/i;

/** A mail link's first address's domain (`mailto:no_reply@coupang-cs.com?subject=…`). */
const MAILTO = /^\s*mailto:[^@?#\s/]{1,64}@([a-z0-9.-]{4,253})(?=[?#,;&\s]|$)/i;

/** Telegram's app link to a public handle: `tg://resolve?domain=<name>` (names of letters, digits and `_`). */
const TELEGRAM_RESOLVE = /^\s*tg:\/\/resolve\?(?:[^#]*&)?domain=([A-Za-z0-9_]{3,64})(?=[&#]|\s*$)/i;

/**
 * A text message's prefilled body (`sms:1577-7011?body=coupang-bosang.top`) or an iOS install link's manifest
 * (`itms-services://?action=download-manifest&url=https://coupang-ios.top/manifest.plist`): the host there is where
 * the reader is sent (the body is sent on as a link, the manifest's host serves the app), judged as that address
 * is; only a look-alike or known-bad one changes the verdict.
 */
const APP_CARRIER =
  /^(?:sms:[^?#]{0,40}\?(?:[^#]*&)?body=|itms-services:\/\/\?(?:[^#]*&)?url=)([^&#\s]{4,2000})/i;
function carriedByApp(input: string, compiled: CompiledLists, depth: number): DomainVerdict | null {
  const m = depth < MAX_REDIRECTS ? APP_CARRIER.exec(input) : null;
  if (!m) return null;
  let v = m[1]!;
  try {
    v = decodeURIComponent(v.replace(/\+/g, ' '));
  } catch {
    // as written
  }
  const target = v
    .trim()
    .split(/\s+/, 8)
    .find((w) => FULL_URL.test(w) || BARE_HOST.test(w));
  if (!target) return null;
  const got = classifyAt(FULL_URL.test(target) ? target : 'https://' + target, compiled, depth + 1);
  if (got.verdict === 'lookalike' || got.verdict === 'blocked') return { ...got, input };
  return got.verdict === 'unknown' && /^itms-services:/i.test(input)
    ? installNamed(input, target, got, compiled)
    : null;
}

/**
 * An iOS install link (itms-services, an enterprise or ad-hoc build: apps outside the App Store) whose manifest's
 * address names the brand in a folder or a file (`…/coupang/manifest.plist`, `…/coupangeats.plist`): the brand's apps
 * come from the App Store, so an app handed out under its name is a fake one, as an Android app file named for it is
 * (domain37's round). A manifest on an official host stays as it was judged; a name with other words is anyone's.
 */
function installNamed(
  input: string,
  target: string,
  got: DomainVerdict,
  lists: CompiledLists,
): DomainVerdict | null {
  const path = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*(\/[^?#]*)/i.exec(target)?.[1] ?? '';
  for (const seg of path.split('/', 12)) {
    const text = segmentName(seg).replace(/\.(?:plist|ipa)$/, '');
    if (text.length < 3 || text.length > 63 || !textMayImitate(text, lists)) continue;
    const m = matchLabel(text, lists);
    if (!m || m.cost !== 0 || m.weak || extraWords(m.extra, lists.brandWords) === 'other') continue;
    const brand = lists.brands.find((b) => b.id === m.brand.id);
    if (!brand) continue;
    const reason: Reason = {
      code: 'brand-in-path',
      brand: brand.id,
      match: seg.slice(0, 200),
      detail: 'itms-services',
    };
    return verdict(
      input,
      'lookalike',
      got.hostname,
      got.unicodeHostname,
      got.registrableDomain,
      [reason],
      brand,
    );
  }
  return null;
}

/** A meta refresh's target in a carried page (`<meta http-equiv=refresh content='0;url=https://…'>`). */
const REFRESH_URL = /url\s*=\s*['"]?([^'"\s>]{4,2000})/i;

/** A web address in a carried page's text, and its host. */
const WEB_LINK = /https?:\/\/([a-z0-9.-]{1,253})[^'"\s<>]*/g;

/** A data: URL's text, decoded (base64 as UTF-8, or percent-encoding); null when it does not decode. */
function dataText(header: string, body: string): string | null {
  try {
    if (!/;base64$/i.test(header)) return decodeURIComponent(body);
    const bin = atob(decodeURIComponent(body).replace(/\s+/g, ''));
    const bytes = Uint8Array.from(bin, (c) => c.charCodeAt(0));
    return new TextDecoder().decode(bytes);
  } catch {
    return null;
  }
}

/**
 * An HTML page carried in a data: URL: no site's at all, so a page that names a brand (its title, its form, in any
 * script or in full-width letters) or refreshes to a look-alike is an impersonation wherever it is opened. Any other
 * data: URL (an image, a page naming no brand) stays `invalid`, as other schemes do.
 */
function dataPage(input: string, lists: CompiledLists, depth: number): DomainVerdict | null {
  const head = DATA_HTML.exec(input);
  if (!head) return null;
  const raw = dataText(head[1]!, input.slice(head[0].length, MAX_INPUT));
  if (raw === null) return null;
  // (a link to the brand's own site names it too, and leads where it should: it is left out)
  const text = raw
    .normalize('NFKC')
    .toLowerCase()
    .slice(0, 8000)
    .replace(WEB_LINK, (link, host: string) => (officialShown(host, lists) ? ' ' : link));
  const found = (brand: BrandInfo, match: string): DomainVerdict =>
    verdict(
      input,
      'lookalike',
      null,
      null,
      null,
      [{ code: 'brand-in-path', brand: brand.id, match, detail: 'data-url' }],
      brand,
    );
  for (const b of lists.brands) {
    const name = b.name.toLowerCase();
    if (text.includes(name)) return found(b, name);
  }
  for (const h of lists.hangul) if (!h.weak && text.includes(h.name)) return found(h.brand, h.name);
  const refresh = depth < MAX_REDIRECTS ? REFRESH_URL.exec(text) : null;
  if (refresh) {
    const v = classifyAt(refresh[1]!, lists, depth + 1);
    const b = v.brand && lists.brands.find((x) => x.id === v.brand!.id);
    if ((v.verdict === 'lookalike' || v.verdict === 'blocked') && b)
      return found(b, refresh[1]!.slice(0, 200));
  }
  return null;
}

/**
 * A `javascript:` link whose script only navigates (`javascript:location="https://…"`, `location.href=`,
 * `location.replace(…)`, `window.open(…)`): clicked, it opens that address. Since domain54's round, also an address
 * given as a base64 string literal the script decodes (`window.open(atob("aHR0cHM6Ly9…"))`): the literal alone is
 * read (base64's letters only, 2,800 at most), decoded as text, never run.
 */
const SCRIPT_NAVIGATION =
  /^\s*javascript:\s*(?:void\s*\(?\s*)?(?:(?:window|document|top|self|parent)\s*\.\s*)?(?:location(?:\s*\.\s*href)?\s*=\s*|location\s*\.\s*(?:replace|assign)\s*\(\s*|open\s*\(\s*)(?:(['"`])([^'"`]{4,2000})\1|(?:window\s*\.\s*)?atob\s*\(\s*(['"])([A-Za-z0-9+/]{8,2800}={0,2})\3\s*\))/i;

/** A string literal's end joined to the next one in the same quotes (`"+"`, `' + '`). */
const JOINED_LITERALS = /(['"`])\s*\+\s*\1/g;

/**
 * The address a navigating `javascript:` link opens, when that is a look-alike or known-bad address: judged as that
 * address. Any other script, or one that leads to an official or honest site, stays `invalid`, as other schemes do.
 */
function scriptTarget(input: string, lists: CompiledLists, depth: number): DomainVerdict | null {
  if (depth >= MAX_REDIRECTS) return null;
  const written = input.includes('%') ? decodeTwice(input.slice(0, 4000)) : input;
  // string literals joined (`"https:"+"//"+"coupang"+"-refund.top"`, domain60's round) are the one string the
  // script builds: read joined, as it opens it (only literals in the same quotes, side by side)
  const text = written.includes('+') ? written.slice(0, 4000).replace(JOINED_LITERALS, '') : written;
  const m = SCRIPT_NAVIGATION.exec(text);
  if (!m) return null;
  // (a base64 string literal the script decodes first, `window.open(atob("aHR0cHM6Ly9…"))`: read as the address it
  // spells, never run; a literal that spells no web address is left as any other script is)
  const target = m[2] ?? (m[4] !== undefined ? base64Text(m[4]) : null);
  if (target === null || target === undefined || !/^(?:https?:)?\/\/[^\s]{3,2000}$/i.test(target))
    return null;
  const t = classifyAt(target, lists, depth + 1);
  return t.verdict === 'lookalike' || t.verdict === 'blocked' ? { ...t, input } : null;
}

/** An intent's app package (`#Intent;…;package=com.example.app;…;end`). */
const INTENT_PACKAGE = /#Intent;(?:[^#]*;)?package=([a-z][a-z0-9_]*(?:\.[a-z0-9_]+){1,6});/i;

/**
 * An intent's string extra holding a web address (`S.url=https://…`, `S.link=…`), its fallback apart (parseInput
 * reads that one): what the app it opens is handed to open (a scanner's result, a webview's page).
 */
const INTENT_WEB_EXTRA = /;S\.(?!browser_fallback_url=)[a-z0-9_.]{1,40}=(https?(?::|%3a)[^;#]{3,2000})/gi;

/** The first look-alike or known-bad web address an intent's string extras carry (INTENT_WEB_EXTRA), judged. */
function intentExtra(input: string, lists: CompiledLists, depth: number): DomainVerdict | null {
  let n = 0;
  for (const m of input.matchAll(INTENT_WEB_EXTRA)) {
    if (++n > 4) break;
    let target = m[1]!;
    try {
      target = decodeURIComponent(target);
    } catch {
      // as written
    }
    const t = classifyAt(target, lists, depth + 1);
    if (t.verdict === 'lookalike' || t.verdict === 'blocked') return { ...t, input };
  }
  return null;
}

/** An intent's own scheme (`#Intent;scheme=coupang;…;end`). */
const INTENT_SCHEME = /#Intent;(?:[^#]*;)?scheme=([a-z][a-z0-9+.-]{0,62});/i;
/**
 * An Android app file as a web address's last path segment (`/c.apk`, `/update.APK`), or a download folder named for
 * the file type (`/apk`, `/down/apk/`: since domain49's round; what is served there is the app file).
 */
const APK_FILE = /(?:\.apk|(?:^|\/)apk\/?)$/i;

/**
 * An intent that opens the brand's app by its scheme or package (`scheme=coupang`, `package=com.coupang.…`) and,
 * where that app is not installed, falls back to an app file on a host the verdict found nobody's
 * (`S.browser_fallback_url=https://k3x9.top/c.apk`): the brand's own intents fall back to its site or the store, so
 * the app handed out instead is another's in the brand's name. A fallback to a page (an affiliate's own) is left to
 * the rules before.
 */
function intentAppFile(input: string, host: string, path: string, lists: CompiledLists): BrandFinding | null {
  if (!APK_FILE.test(path)) return null;
  const pieces = [
    INTENT_SCHEME.exec(input)?.[1] ?? '',
    ...(INTENT_PACKAGE.exec(input)?.[1] ?? '').split('.'),
  ];
  for (const piece of pieces) {
    const name = piece.toLowerCase();
    if (!name || PATH_FILLER.has(name) || !textMayImitate(name, lists)) continue;
    const m = matchLabel(name, lists);
    if (!m || m.weak || m.cost > 0) continue;
    return {
      brand: m.brand,
      reasons: [{ code: 'brand-in-path', brand: m.brand.id, match: name, detail: host }],
    };
  }
  return null;
}

/** The packages of Android's browsers an intent may name to open a web address outside an app's own view. */
const BROWSER_PACKAGE =
  /^(?:com\.android\.chrome|com\.chrome\.(?:beta|dev|canary)|com\.sec\.android\.app\.sbrowser|org\.mozilla\.firefox|com\.naver\.whale|com\.microsoft\.emmx|com\.opera\.browser|com\.brave\.browser)$/i;

/**
 * An intent that makes a browser open a web address (`package=com.android.chrome`: out of the messenger's own view,
 * where its link warnings live) whose whole path is the brand's exact name as one folder (`intent://x7k2.live/coupang
 * #Intent;scheme=https;package=com.android.chrome;end`; domain51's round), off the established TLDs: the same folder
 * reached by a plain link is a shop's category (tune12's and tune18's decision), but nobody sends a reader out of the
 * app to a category; a kit does, to its copy of the brand. The brand beside other words (`/coupang-review`), a page
 * of its own under it, no browser named, and `.com`, `.net`, `.org`, `.kr`, `.io`, `.app`, `.dev` and two-level
 * suffixes stay as the web address is.
 */
function intentBrowserFolder(
  input: string,
  host: string,
  path: string,
  registrable: string | null,
  lists: CompiledLists,
): BrandFinding | null {
  if (registrable === null || !BROWSER_PACKAGE.test(INTENT_PACKAGE.exec(input)?.[1] ?? '')) return null;
  const suffix = registrable.slice(registrable.indexOf('.') + 1);
  if (suffix.includes('.') || ROUTE_ESTABLISHED_TLD.test(suffix) || sharedRule(host, lists) !== undefined)
    return null;
  if (!/^\/[^/]{2,40}\/?$/.test(path)) return null;
  const name = firstSegment(path);
  if (!textMayImitate(name, lists)) return null;
  const m = matchLabel(name, lists);
  if (!m || m.weak || m.cost > 0 || m.extra !== '') return null;
  return {
    brand: m.brand,
    reasons: [{ code: 'brand-in-path', brand: m.brand.id, match: name, detail: host }],
  };
}

/** Addresses of private networks and the machine itself (a router's admin pages): no one's kit. */
const PRIVATE_IP = /^(?:10|127)\.|^192\.168\.|^172\.(?:1[6-9]|2\d|3[01])\./;

/**
 * A public IPv4 address written in hex, as one integer or in octal (`http://0xD98B7C11/cp/login`), whose first folder
 * is one of the brand's abbreviations (the list's `short`: `cp` as well as the ticker): a disguised address hides
 * where the link goes, as no honest link does, and the folder says whose page it serves. On an address written
 * plainly `/cp/` stays a control panel's folder (cPanel's), and a private address a router's.
 */
function disguisedIpFolder(host: string, path: string, lists: CompiledLists): BrandFinding | null {
  if (PRIVATE_IP.test(host)) return null;
  const first = firstSegment(path).toLowerCase();
  const brand = first ? lists.shortNames.get(first) : undefined;
  if (!brand) return null;
  return { brand, reasons: [{ code: 'brand-in-path', brand: brand.id, match: first, detail: host }] };
}

/** A redirector's target is judged, and a redirector's target's target, no further. */
const MAX_REDIRECTS = 2;

/**
 * The AMP cache names the site it serves in its own subdomain (`www-coupang-com.cdn.ampproject.org`: each `-` of the
 * origin's host written `--`, each `.` written `-`), and Google Translate's proxy the site it translates
 * (`www-coupang-com.translate.goog`). That label is the origin, not a name someone chose for the
 * cache: it is judged as the origin, and only a look-alike or known-bad origin changes the verdict.
 */
const AMP_CACHE = /^([a-z0-9-]{1,63})\.(?:cdn\.ampproject\.org|translate\.goog)$/;
const AMP_SUFFIX = '.cdn.ampproject.org';
/** Google Translate's proxy names the site it translates the same way (`coupang-com.translate.goog`). */
const TRANSLATE_SUFFIX = '.translate.goog';
/** On the AMP cache or the translation proxy? One character test first: most hosts end in neither. */
const ampHost = (host: string): boolean =>
  (host.charCodeAt(host.length - 4) === 46 && host.endsWith(AMP_SUFFIX)) ||
  (host.charCodeAt(host.length - 5) === 46 && host.endsWith(TRANSLATE_SUFFIX));
/**
 * The origin's own path and query as Google Translate's proxy serves them (`/coupang/login?_x_tr_sl=auto…`): the
 * same path on the origin, its query less the proxy's `_x_tr_` parameters (domain37's round); '' when there is none.
 */
function translatedPath(input: string): string {
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    return '';
  }
  for (const k of [...url.searchParams.keys()]) if (k.startsWith('_x_tr_')) url.searchParams.delete(k);
  return url.pathname === '/' && !url.search ? '' : url.pathname + url.search;
}
function ampCache(input: string, host: string, compiled: CompiledLists, depth: number): DomainVerdict | null {
  const m = AMP_CACHE.exec(host);
  if (!m || m[1]!.startsWith('xn--') || depth >= MAX_REDIRECTS) return null;
  const proxy = host.endsWith(AMP_SUFFIX) ? 'ampproject.org' : 'translate.goog';
  const origin = m[1]!
    .split('--')
    .map((part) => part.replace(/-/g, '.'))
    .join('-');
  const t = classifyAt(
    proxy === 'translate.goog' ? origin + translatedPath(input) : origin,
    compiled,
    depth + 1,
  );
  if (t.verdict !== 'lookalike' && t.verdict !== 'blocked')
    return verdict(input, 'unknown', host, host, proxy, []);
  const reason: Reason = { code: 'redirect', match: (t.unicodeHostname ?? t.hostname ?? '').slice(0, 253) };
  if (t.brand) reason.brand = t.brand.id;
  if (t.reasons[0]) reason.detail = t.reasons[0].code;
  return verdict(input, t.verdict, host, host, proxy, [reason], t.brand);
}

function classifyAt(input: string, compiled: CompiledLists, depth: number): DomainVerdict {
  // the common case, a plain lower-case host, skips URL parsing
  const plain = typeof input === 'string' ? scan(input, true, compiled) : 0;
  if (plain > 0) {
    // on the AMP cache (ampHost): the last label is three letters long and starts with the o of org, then the
    // suffix itself (.com and .net hosts call no string search)
    const amp =
      labelStart[plain - 1] === input.length - 3 &&
      input.charCodeAt(input.length - 3) === 111 &&
      input.endsWith(AMP_SUFFIX)
        ? ampCache(input, input, compiled, depth)
        : null;
    const v = amp ?? judge(input, input, plain, BARE, compiled);
    // (an ASCII-written IDN, `xn--coupa-78a.com`: twoLetterReading, as below; an IDN's prefix on a name of plain
    // letters, `xn--coupang-refund.com`: asciiPrefixReading. Only an IDN's host shows another name than it is)
    if (v.verdict === 'unknown' && v.unicodeHostname !== v.hostname)
      return TWO_LETTER_SHAPE.test(v.unicodeHostname ?? '')
        ? (twoLetterReading(v, BARE, compiled) ?? v)
        : (asciiPrefixReading(v, BARE, compiled) ?? v);
    return v;
  }

  // An Android intent that names an app's package opens that app, or its store page when the app is not there
  // (`intent://verify#Intent;scheme=coupangsafe;package=kr.coupang.security.guard;end`): the package is judged as
  // its store page is (`market://details?id=…`), whatever the intent's own address or scheme says
  const intent = /^\s*intent:/i.test(input);
  const pkg = depth < MAX_REDIRECTS && intent ? INTENT_PACKAGE.exec(input) : null;
  if (pkg) {
    const store = classifyAt(`https://play.google.com/store/apps/details?id=${pkg[1]!}`, compiled, depth + 1);
    if (store.verdict === 'lookalike' || store.verdict === 'blocked') return { ...store, input };
  }
  // an intent hands its app a web address to open in an extra (`S.url=https://coupang-qr.top`: a scanner's result):
  // a look-alike or known-bad one there is where the link leads, whatever app opens it
  if (intent && depth < MAX_REDIRECTS && input.includes(';S.')) {
    const extra = intentExtra(input, compiled, depth);
    if (extra) return extra;
  }
  // Telegram's app link to a handle (`tg://resolve?domain=<name>`) opens the same chat as `t.me/<name>`: judged so
  // a mail link to an address at a look-alike domain (`mailto:help@coupang-cs.com`): the reader writes to whoever
  // holds that domain, so it is judged as that domain is; only a look-alike or known-bad one changes the verdict
  // (domain70; `mailto:` to the brand's own or anyone's domain stays a non-web scheme)
  const mail = depth < MAX_REDIRECTS ? MAILTO.exec(input) : null;
  if (mail) {
    const to = classifyAt(mail[1]!.toLowerCase(), compiled, depth + 1);
    if (to.verdict === 'lookalike' || to.verdict === 'blocked') return { ...to, input };
  }
  const tg = depth < MAX_REDIRECTS ? TELEGRAM_RESOLVE.exec(input) : null;
  if (tg) {
    const chat = classifyAt(`https://t.me/${tg[1]!}`, compiled, depth + 1);
    if (chat.verdict === 'lookalike' || chat.verdict === 'blocked') return { ...chat, input };
  }

  const parsed = parseInput(input);
  if (parsed.kind === 'invalid') {
    const page =
      parsed.detail === 'data'
        ? dataPage(input, compiled, depth)
        : parsed.detail === 'javascript'
          ? scriptTarget(input, compiled, depth)
          : carriedByApp(input, compiled, depth);
    return (
      page ?? verdict(input, 'invalid', null, null, null, [{ code: parsed.code, detail: parsed.detail }])
    );
  }
  const host = parsed.hostname;
  const amp = ampHost(host) ? ampCache(input, host, compiled, depth) : null;
  if (amp) return amp;
  if (host.includes(':') || IPV4.test(host)) {
    const blocked = compiled.hosts.get(host)?.blocked?.some((r) => pathMatches(r.path, parsed.path));
    const trick = userinfoTrick(parsed.userinfo, compiled);
    const reasons: Reason[] = [{ code: blocked ? 'blocklist' : 'ip-address', match: host }];
    if (trick) reasons.push(trick.reason);
    // an address with no name: the path is what the reader takes for the site; but a loopback or private address
    // (`127.0.0.1:8080/orders?source=coupang`, `192.168.0.1/…`), written as such, is the reader's own machine or
    // network, which no message can send a stranger to: a developer's or a router's page, never a look-alike by
    // what its path or query names (domain63's round; no half flags one, and a disguised form, a public or a
    // carrier-grade address, `100.65.…`, is read as before)
    const inPath = localAddress(host, parsed.disguisedIp === true)
      ? null
      : (findInPath(host, parsed, false, true, compiled) ??
        findCarried(host, parsed, null, null, compiled) ??
        (parsed.path.length > 2 ? findCheapFolder(host, parsed.path, '', compiled, true) : null));
    if (inPath) reasons.push(...inPath.reasons);
    const disguised = !inPath && parsed.disguisedIp ? disguisedIpFolder(host, parsed.path, compiled) : null;
    if (disguised) reasons.push(...disguised.reasons);
    const brand = trick?.brand ?? inPath?.brand ?? disguised?.brand;
    const kind = blocked ? 'blocked' : brand ? 'lookalike' : 'unknown';
    return verdict(input, kind, host, host, null, reasons, brand);
  }
  let v = judge(input, host, scan(host, false, compiled), parsed, compiled);
  // a link no browser opens as written (`www.coupang[.]com`) is nobody's address; but a joiner hidden inside the
  // brand's own host (`coup\u200cang.kr`) is put there to pass for it where a filter or the browser refuses the
  // host as written: the name shown is the brand's, the link is no one's it says (domain61's round; a defanged
  // report's link stays invalid)
  if (parsed.repaired && v.verdict === 'official') {
    if (!parsed.invisible)
      return verdict(input, 'invalid', null, null, null, [{ code: 'invalid-input', detail: 'unparsable' }]);
    const hidden: Reason = { code: 'typo', match: host, detail: 'invisible-character' };
    if (v.brand) hidden.brand = v.brand.id;
    return { ...v, verdict: 'lookalike', reasons: [hidden] };
  }
  // the link as written may imitate a brand even where the browser's IDNA mapping blurs it
  const literal = parsed.literalHostname;
  if (v.verdict === 'unknown' && literal !== undefined) {
    const w = judge(input, literal, scan(literal, false, compiled), parsed, compiled);
    if (w.verdict === 'lookalike' || w.verdict === 'blocked') v = w;
  }
  // a letter drawn as two of a name's (ŋ, the eng, for `ng`: `coupaŋ.net`, `coupaŋ.co.kr`) read as it is drawn,
  // where the one letter it folds to leaves the name short (domain68)
  if (v.verdict === 'unknown' && v.unicodeHostname !== null && TWO_LETTER_SHAPE.test(v.unicodeHostname)) {
    const drawn = twoLetterReading(v, parsed, compiled);
    if (drawn) v = drawn;
  }
  // an IDN's prefix put before a name of plain letters (domain69)
  if (v.verdict === 'unknown' && v.hostname !== null && v.hostname.includes('xn--')) {
    const prefixed = asciiPrefixReading(v, parsed, compiled);
    if (prefixed) v = prefixed;
  }
  // a wildcard DNS service's name that is nothing but an IP address (`178-9-127-70.sslip.io`, `1.2.3.4.nip.io`)
  // answers with that address: the path is read as a bare IP address's is (domain54's round); a look-alike found
  // there is the verdict, the name kept
  const ipName = v.verdict === 'unknown' && depth < MAX_REDIRECTS ? IP_DNS_NAME.exec(host) : null;
  if (ipName) {
    const ip = ipName[1]!.replace(/-/g, '.');
    const t = classifyAt(
      `http://${ip}${parsed.path}${parsed.search ?? ''}${parsed.hash ?? ''}`,
      compiled,
      depth + 1,
    );
    if (t.verdict === 'lookalike')
      return verdict(
        input,
        'lookalike',
        v.hostname,
        v.unicodeHostname,
        v.registrableDomain,
        t.reasons.filter((r) => r.code !== 'ip-address'),
        t.brand && compiled.brands.find((b) => b.id === t.brand!.id),
      );
  }
  if (intent && v.verdict === 'unknown') {
    const app =
      intentAppFile(input, host, parsed.path, compiled) ??
      intentBrowserFolder(input, host, parsed.path, v.registrableDomain, compiled);
    if (app)
      return verdict(
        input,
        'lookalike',
        v.hostname,
        v.unicodeHostname,
        v.registrableDomain,
        app.reasons,
        app.brand,
      );
  }
  // a deep link of the brand's own app (`coupangeats://webview?url=…`) that opens a site of lure words in the app
  if (
    parsed.appScheme !== undefined &&
    v.verdict === 'unknown' &&
    parsed.search !== undefined &&
    depth < MAX_REDIRECTS
  ) {
    const brand = compiled.appSchemes.get(parsed.appScheme);
    const sent = brand ? appWebview(v, parsed.path, parsed.search, brand, compiled, depth) : null;
    if (sent) return sent;
  }
  // the brand's own tenant on a deep-link platform (`coupang.onelink.me`) sends on to whatever its platform's
  // redirect parameters say (`af_web_dp=`, list data): anyone may write one, so a look-alike there is where the
  // official-looking link leads. Only a redirector's listed parameters, and only a look-alike or known-bad target
  if (v.verdict === 'official' && parsed.search !== undefined && depth < MAX_REDIRECTS) {
    const rules = redirectRules(host, compiled);
    const sent = rules
      ? redirected(v, parsed.path, parsed.search, compiled, depth, rules)
      : SENDS_ON.test(host) || REDIRECT_SCRIPT.test(parsed.path)
        ? officialSent(v, parsed.search, compiled, depth)
        : null;
    if (sent) return sent;
  }
  if (v.verdict !== 'unknown' || depth >= MAX_REDIRECTS) return v;
  if (parsed.search === undefined && !PATH_CARRIES.test(parsed.path)) return v;
  return redirected(v, parsed.path, parsed.search ?? '', compiled, depth) ?? v;
}

/** Letters drawn as two Latin letters of a name, which Unicode's confusables give as one or none (domain68). */
const TWO_LETTER_SHAPE = /\u014b/;
const TWO_LETTERS: Readonly<Record<string, string>> = { '\u014b': 'ng' };

/**
 * The host with every TWO_LETTERS character read as its two letters (`coupaŋ.net` as `coupang.net`), judged: a
 * look-alike found so, or the brand's own host so drawn (no one's: the name shown is the brand's), is a homoglyph
 * of the host as written, its swaps the characters read so. Anything else leaves the verdict as it was.
 */
function twoLetterReading(v: DomainVerdict, parsed: UrlParts, compiled: CompiledLists): DomainVerdict | null {
  const shown = v.unicodeHostname!;
  let read: string;
  try {
    read = shown
      .split('.')
      .map((l) => punycode.toASCII(l.replace(/./gu, (c) => TWO_LETTERS[c] ?? c)))
      .join('.');
  } catch {
    return null;
  }
  const w = judge(v.input, read, scan(read, false, compiled), parsed, compiled);
  const brand = w.brand;
  if (!brand || (w.verdict !== 'lookalike' && w.verdict !== 'official' && w.verdict !== 'blocked'))
    return null;
  const labels = shown.split('.');
  const at = labels.findIndex((l) => TWO_LETTER_SHAPE.test(l));
  const label = labels[at] ?? shown;
  const chars = [...label];
  const swaps = chars.flatMap((c, index) =>
    TWO_LETTERS[c]
      ? [
          {
            index,
            found: c,
            imitates: TWO_LETTERS[c],
            codePoint: 'U+' + c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0'),
          },
        ]
      : [],
  );
  const reason: Reason = {
    code: 'homoglyph',
    brand: brand.id,
    match: label,
    punycode: v.hostname!.split('.')[at] ?? v.hostname!,
    swaps,
  };
  return verdict(v.input, 'lookalike', v.hostname, shown, v.registrableDomain, [reason], brand);
}

/** A label written as an IDN's with plain letters after the prefix: the reader reads the letters. */
const XN_PLAIN = /^xn--([a-z0-9]+(?:-[a-z0-9]+)*)$/;

/**
 * The host with `xn--` taken off labels of plain letters (`xn--coupang-refund.com` as `coupang-refund.com`;
 * domain69's round), judged. The prefix makes the browser decode the rest as Punycode, so the name it shows is noise
 * (`coΕΑupΓangΔ`) or nothing, while a reader of the link sees the brand and a lure word after a prefix they skip. A
 * look-alike read so, or the brand's own host so written (never official: the brand registers no such label), is a
 * look-alike. A real IDN's encoded letters read as no one's name, so its host stays as judged.
 */
function asciiPrefixReading(
  v: DomainVerdict,
  parsed: UrlParts,
  compiled: CompiledLists,
): DomainVerdict | null {
  const host = v.hostname!;
  if (!host.includes('xn--')) return null;
  const labels = host.split('.');
  let at = -1;
  for (let k = 0; k < labels.length; k++) {
    const m = XN_PLAIN.exec(labels[k]!);
    if (!m) continue;
    labels[k] = m[1]!;
    if (at < 0) at = k;
  }
  if (at < 0) return null;
  const read = labels.join('.');
  const w = judge(v.input, read, scan(read, false, compiled), parsed, compiled);
  const brand = w.brand;
  if (!brand || (w.verdict !== 'lookalike' && w.verdict !== 'official' && w.verdict !== 'blocked'))
    return null;
  const reason: Reason = {
    code: 'typo',
    brand: brand.id,
    match: labels[at]!,
    punycode: host.split('.')[at]!,
    detail: 'xn-prefix',
  };
  return verdict(v.input, 'lookalike', v.hostname, v.unicodeHostname, v.registrableDomain, [reason], brand);
}

/** A carried address's path that is one short folder (`/cp/`, `/cpng`), nothing after it. */
const IP_SHORT_FOLDER = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]+\/([a-z]{2,8})\/?$/i;

/**
 * A redirector's carried address that is a public IP address with one of the brand's abbreviations as its only
 * folder (`google.co.kr/url?url=http://45.77.12.9/cp/`, `youtube.com/redirect?q=…`, a mail tracker's): the kit's
 * server hidden behind a redirect, a look-alike there (domain57's round; every half that holds the shape labels it
 * so, tune39's and tune42's authors). Typed or linked as it is, the same address stays unknown (`/cp/` is a control
 * panel's folder as well, tune9's decision), as a private network's address does behind a redirect too.
 */
function sentToIpFolder(t: DomainVerdict, address: string, lists: CompiledLists): DomainVerdict {
  if (t.verdict !== 'unknown' || t.hostname === null || t.reasons[0]?.code !== 'ip-address') return t;
  if (t.reasons.length !== 1 || !IPV4.test(t.hostname) || PRIVATE_IP.test(t.hostname)) return t;
  const folder = IP_SHORT_FOLDER.exec(address)?.[1]?.toLowerCase();
  const brand = folder === undefined ? undefined : lists.shortNames.get(folder);
  if (!brand) return t;
  return verdict(
    t.input,
    'lookalike',
    t.hostname,
    t.unicodeHostname,
    null,
    [...t.reasons, { code: 'brand-in-path', brand: brand.id, match: folder!, detail: t.hostname }],
    brand,
  );
}

/** An official host whose every path sends on: the brand's link host (`link.coupang.com/re/…`). */
const SENDS_ON = /^links?\./;

/**
 * An official redirector — a script named for a redirect (`news.coupang.com/redirect?to=`, `coupa.ng/redirect?url=`,
 * `/np/redirect`) or the brand's link host (`link.coupang.com/re/…?redirect=`) — whose redirect parameter carries a
 * whole address the engine itself flags (a look-alike or a known-bad host): a message linking it leads there, so the
 * verdict is the carried address's, with the official host kept as what the browser opens and the reason naming where
 * to (domain56's round; domain27 kept every official host official). An official or merely unknown address there, a
 * bare host or an IP address (but one with the brand's abbreviation as its only folder, sentToIpFolder: domain57)
 * leave the official verdict (the brand's own redirects go to its own hosts, and an unknown target says nothing);
 * so does a return address on any other page of the brand's (`login.pang?rtnUrl=`,
 * `/vp/products/…?redirect=`, `/?next=`): the halves' authors disagree there (tune15, tune21 and tune41 label such
 * links official, tune42 look-alikes), and a sign-in page that checks its return address is the brand's own page.
 */
function officialSent(
  v: DomainVerdict,
  search: string,
  lists: CompiledLists,
  depth: number,
): DomainVerdict | null {
  if (v.hostname === null || !CARRIES.test(search)) return null;
  let query: URLSearchParams;
  try {
    query = new URLSearchParams(search);
  } catch {
    return null;
  }
  let n = 0;
  for (const [k, value] of query) {
    if (++n > MAX_PARAMS) break;
    const key = k.toLowerCase();
    if (!REDIRECT_PARAMS.has(key)) continue;
    const a = asAddress(value);
    if (!a) continue;
    const t = sentToIpFolder(classifyAt(a, lists, depth + 1), a, lists);
    if (t.verdict !== 'lookalike' && t.verdict !== 'blocked') continue;
    const reason: Reason = {
      code: 'redirect',
      match: (t.unicodeHostname ?? t.hostname ?? '').slice(0, 253),
      detail: 'official-redirect',
    };
    if (t.brand) reason.brand = t.brand.id;
    return verdict(v.input, t.verdict, v.hostname, v.unicodeHostname, v.registrableDomain, [reason], t.brand);
  }
  return null;
}

/**
 * A deep link of the brand's own app (its scheme is the brand's Latin name, `coupangeats://`) carrying a web address
 * for the app to open (`webview?url=https://eats-refund-kr.com`): the app opens it under the brand's name. A site
 * named with lure and the brand's words only (a landing's name) is a look-alike there though it names no brand
 * itself; the brand's own sites, anyone's named otherwise, and look-alikes (the redirect rule's) are left as they are.
 */
function appWebview(
  v: DomainVerdict,
  path: string,
  search: string,
  brand: BrandInfo,
  lists: CompiledLists,
  depth: number,
): DomainVerdict | null {
  if (v.hostname === null) return null;
  const target = carried(v.hostname, path, search, lists);
  if (!target || !/^https?:/i.test(target)) return null;
  const t = classifyAt(target, lists, depth + 1);
  if (t.verdict !== 'unknown' || !t.registrableDomain || !t.hostname) return null;
  const name = t.registrableDomain.slice(0, t.registrableDomain.indexOf('.'));
  if (!name || extraWords(name, lists.brandWords) !== 'lure') return null;
  const reason: Reason = { code: 'redirect', brand: brand.id, match: t.hostname, detail: 'app-link' };
  return verdict(v.input, 'lookalike', v.hostname, v.unicodeHostname, v.registrableDomain, [reason], brand);
}

/**
 * A big platform's redirector (list data) whose own parameters were written by hand: beside the address it carries,
 * a value that is the brand's name alone (`&source=coupang`, `&dst=coupang`, `&v=coupang` — the platform fills its
 * own with `editors`, a video's id, a service's code), and the address a throwaway host on a TLD kits register by the
 * hundred whose path is one folder of the brand's name or of lure words alone (`8f790.life/coupang`,
 * `csh7t.bond/bosang`): the link was made to say the brand to the reader and lead to a kit (domain43's round). A
 * platform's own link to a shop's page (`&source=editors`), a carried address of the brand's own sites or another
 * path stay as they are.
 */
function brandBesideTarget(
  search: string,
  target: string,
  t: DomainVerdict,
  lists: CompiledLists,
): LabelMatch['brand'] | null {
  const suffix = t.registrableDomain ? publicSuffix(t.registrableDomain, false) : null;
  if (!suffix || !kitsRegisterCheaply(suffix) || !t.hostname) return null;
  let path: string;
  try {
    const u = new URL(target);
    if (u.search || u.hash || u.port) return null;
    path = u.pathname;
  } catch {
    return null;
  }
  if (!ONE_FOLDER.test(path)) return null;
  const folder = percentDecodeTwice(path.replace(/^\/|\/$/g, '')).toLowerCase();
  if (!folder || (extraWords(folder) !== 'lure' && brandAlone(folder, lists) === null)) return null;
  let n = 0;
  for (const pair of search.slice(1, 2001).split('&', MAX_PARAMS)) {
    const eq = pair.indexOf('=');
    if (eq < 1 || ++n > MAX_PARAMS) continue;
    const value = pair.slice(eq + 1);
    if (value.length < 3 || value.length > 30) continue;
    const brand = brandAlone(decodeTwice(value).toLowerCase(), lists);
    if (brand) return brand;
  }
  return null;
}

/** The brand whose name `text` is, alone and exactly (`coupang`, `쿠팡`), if any. */
function brandAlone(text: string, lists: CompiledLists): LabelMatch['brand'] | null {
  if (text.length > 30 || /[^a-z0-9\uac00-\ud7a3]/.test(text) || !textMayImitate(text, lists)) return null;
  const m = matchLabel(text, lists);
  return m && m.cost === 0 && !m.weak && m.extra === '' ? m.brand : null;
}

/** The rules of the redirector `host` is, if it is one (list data). */
function redirectRules(host: string, lists: CompiledLists): readonly RedirectRule[] | undefined {
  const exact = lists.redirectors.get(host);
  if (exact) return exact;
  const dotted = '.' + host;
  for (const s of lists.redirectorSuffixes) if (dotted.endsWith(s)) return lists.redirectors.get(s);
  return undefined;
}

/** Most query values looked at for a carried address. */
const MAX_PARAMS = 20;
/**
 * SendGrid's click tracker, on its own hosts (`u123.ct.sendgrid.net`) and on its senders' branded ones alike
 * (a CNAME to it): `/ls/click?upn=…`, the target in `upn` with `/` written `-2F` (or `.2F`) and `=` written `-3D`.
 */
const CLICK_PATH = '/ls/click';
const CLICK_UPN = /(?:^\?|&)upn=([^&#]{1,500})/;
const CLICK_ESCAPE = /[-.]2F/gi;
const CLICK_EQUALS = /-3D/gi;
const CLICK_NAME_END = /[/?=#]/;

/**
 * What a click tracker's `upn` reads as once its escapes are undone, when it is written out (`coupang-hwanbul.com`,
 * `coupang-security-notice.2Fverify-3D`): SendGrid writes its own as an opaque token (base64 of a record, read by
 * carried() when it is an address), so a readable target there was written for the reader.
 */
function clickTarget(search: string | undefined): string | null {
  const m = search === undefined ? null : CLICK_UPN.exec(search);
  if (!m) return null;
  const v = m[1]!.replace(CLICK_ESCAPE, '/').replace(CLICK_EQUALS, '=');
  return v.startsWith('aHR0c') ? null : v;
}
const CARRIES =
  /https?:|https?%(?:25){0,2}3a|https?-3a__|\/\/|%2f%2f|aHR0c|68747470|%(?:25)?68%(?:25)?74%(?:25)?74%(?:25)?70|[=&]cache(?::|%3a)/i;
/** A query that is a bare host name, with or without a page (`href.li/?coupang-bosang.kr`): the link leads there. */
const BARE_HOST = /^[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,24}(?:\/[^=&]*)?$/i;
/** Proofpoint URL Defense v2's encoding of an address: `-3A` for `%3A`, `_` for `/` (`https-3A__host.example_`). */
const PROOFPOINT_V2 = /^https?-3A__/i;
const FULL_URL = /^(?:https?:)?\/\/[^/?#\s]/i;
const SCHEMED = /^\s*https?:\/\/[^/?#\s]/i;
/** A search's parameters: a search for an address does not open it. */
const SEARCH_PARAMS = new Set('q query search search_query keyword keywords kw s wd term'.split(' '));
/**
 * A search engine's cached copy of a page (`cache:host/path`, Google's web cache: `q=cache:coupang-bosang.kr/apply`,
 * or `cache:<id>:host/path`): the page shown is that address's.
 */
const CACHE = /^cache:(?:[a-z0-9_-]{8,16}:)?(\S+)$/i;
/** "http" in base64, after an optional two-letter tag (Bing's click links write `u=a1aHR0cHM6…`). */
const BASE64_URL = /^(?:[a-z][0-9])?(aHR0c[A-Za-z0-9+/_-]{8,2000}={0,2})$/;
/** "http" written as hex pairs, an address's every byte so (`68747470733a2f2f…`): a kit's click link. */
const HEX_URL = /^68747470(?:[0-9a-f]{2}){6,1000}$/i;
/** An address whose every letter is percent-encoded, once or twice (`%68%74%74%70%73%3A…`, `%2568%2574…`). */
const PCT_URL = /^%(?:25)?68%(?:25)?74%(?:25)?74%(?:25)?70/i;
/** A value that starts with a scheme whose colon is percent-encoded, once or more (`https%3A`, `https%253A`). */
const ESCAPED_SCHEME = /^https?%(?:25)*3a/i;

/**
 * Parameter names that carry where a link leads on any site (`?go=`, `?url=`, `?u=` …; a web proxy's `?proxy=`, the
 * site it serves, since domain35). A search's `q` is not one: a search for an address does not open it.
 */
const REDIRECT_PARAMS = new Set(
  (
    'url u go goto to target redirect redirect_url redirect_uri redirecturl redir link dest destination out next ' +
    'continue return returnurl return_url r rurl forward proxy'
  ).split(' '),
);

/**
 * A path that may carry an address: a scheme (web archives, URL Defense's `/v3/__https://…__`, Yahoo's
 * `/RU=https%3A…/`), an AMP viewer's `/amp/s/host/…`, a base64 `aHR0c…` segment, or an address whose every letter is
 * percent-encoded (`/%68%74%74%70%73%3A…`).
 */
const PATH_CARRIES = /https?(?::|%3a)|\/amp\/s\/|\/c\/s\/|\/aHR0c|\/%68%74%74%70/i;
const PATH_URL = /https?:\/\/?[^/?#\s]/i;
const AMP = /^\/(?:amp|c)\/s\/([^/?#]+\.[a-z0-9-]{2,63}(?:\/.*)?)$/i;

/** The address a path carries (PATH_CARRIES), if any. */
function inPath(path: string): string | null {
  const amp = AMP.exec(path);
  if (amp) return 'https://' + amp[1]!;
  let p = path;
  for (let k = 0; k < 2 && /%[0-9a-f]{2}/i.test(p); k++) {
    try {
      p = decodeURIComponent(p);
    } catch {
      break;
    }
  }
  const at = p.search(PATH_URL);
  if (at >= 0) return p.slice(at).replace(/^(https?:)\/(?!\/)/i, '$1//');
  for (const seg of path.split('/', 16)) {
    const a = seg.startsWith('aHR0c') ? asAddress(seg) : null;
    if (a) return a;
  }
  return null;
}

/** A query value as the address it carries: as written, encoded twice over, or base64-encoded. */
function asAddress(value: string): string | null {
  let v = value.trim();
  const cached = CACHE.exec(v);
  if (cached) v = BARE_HOST.test(cached[1]!) ? 'https://' + cached[1]! : cached[1]!;
  if (PROOFPOINT_V2.test(v)) v = v.replace(/_/g, '/').replace(/-([0-9A-F]{2})/g, '%$1');
  // (since domain62's round a scheme encoded three times over, `https%25253A…`, as click trackers nest it)
  for (let k = 0; k < 3 && (ESCAPED_SCHEME.test(v) || PCT_URL.test(v)); k++) {
    try {
      v = decodeURIComponent(v);
    } catch {
      return null;
    }
  }
  if (HEX_URL.test(v)) {
    let hex = '';
    for (let i = 0; i < v.length; i += 2) hex += String.fromCharCode(parseInt(v.slice(i, i + 2), 16));
    v = hex;
  }
  if (FULL_URL.test(v)) return v;
  // a mailer's quoted-printable tail (`…-3D`, `=3D`) is not part of the base64
  const b = BASE64_URL.exec(v.replace(/(?:[-=]3D)+$/, ''));
  if (!b) return null;
  try {
    const decoded = atob(b[1]!.replace(/-/g, '+').replace(/_/g, '/'));
    return FULL_URL.test(decoded) ? decoded : null;
  } catch {
    return null;
  }
}

/**
 * Where a link leads, if its query carries a whole address: a known redirector's parameter (list data), else any
 * redirect parameter whose value is a full address (`?go=https://…`, `?url=…`, base64 `u=`), or a query that is an
 * address itself (`href.li/?https://…`). Only a look-alike or known-bad address there changes the verdict.
 */
function carried(host: string, path: string, search: string, lists: CompiledLists): string | null {
  // a mailer's click tracker whose target is written out with its escapes (`upn=coupang-hwanbul.com`)
  if (path === CLICK_PATH) {
    const target = clickTarget(search);
    if (target !== null && BARE_HOST.test(target)) return 'https://' + target;
  }
  const rules = redirectRules(host, lists);
  // most queries carry no address at all: nothing that reads as one, as written, encoded or in base64
  if (!rules && !CARRIES.test(search) && !BARE_HOST.test(search.slice(1)) && !REDIRECT_BARE.test(search))
    return PATH_CARRIES.test(path) ? inPath(path) : null;
  let query: URLSearchParams;
  try {
    query = new URLSearchParams(search);
  } catch {
    return null;
  }
  if (rules) {
    const target = ruleTarget(rules, path, query);
    if (target) return target;
  }
  let whole = search.slice(1);
  try {
    whole = decodeURIComponent(whole);
  } catch {
    // as written
  }
  if (FULL_URL.test(whole)) return whole;
  if (BARE_HOST.test(whole)) return 'https://' + whole;
  let n = 0;
  for (const [k, v] of query) {
    if (++n > MAX_PARAMS) break;
    // any parameter may carry an address in base64 (a mailer's `upn=aHR0c…`), or written out with its scheme (a
    // click tracker's `upn=https%3A%2F%2F…`): a link that leads there
    const a =
      REDIRECT_PARAMS.has(k.toLowerCase()) ||
      v.startsWith('aHR0c') ||
      HEX_URL.test(v) ||
      PCT_URL.test(v) ||
      // (or with its colon still encoded, once more than the query needs, domain62's round: a sign-in page's
      // `?returnTo=https%253A%252F%252F…`)
      ((SCHEMED.test(v) || ESCAPED_SCHEME.test(v)) && !SEARCH_PARAMS.has(k.toLowerCase())) ||
      // (or a web cache's copy of a page, `?q=cache:host/path`, under any parameter and on any host, a search's too:
      // the page shown is that address's, as on Google's own cache, a redirector rule of the list; domain63's round)
      CACHE.test(v.trim())
        ? asAddress(v)
        : null;
    if (a) return a;
    // a redirect parameter's value that is a bare host name (`redirect.php?url=coupang-refund.click`, an SMS
    // gateway's `?u=coupang-baesong.top`): the script adds the scheme and the link leads there
    // (from a script that redirects by its name only: a checker's or a report form's `?url=` takes a host to judge)
    // (a web proxy's `?proxy=host`, as on an App Engine app: it serves that site's pages under its own name, whatever
    // its script is called; domain35's round)
    if (
      REDIRECT_PARAMS.has(k.toLowerCase()) &&
      BARE_HOST.test(v.trim()) &&
      (REDIRECT_SCRIPT.test(path) || k.toLowerCase() === 'proxy')
    )
      return 'https://' + v.trim();
  }
  return PATH_CARRIES.test(path) ? inPath(path) : null;
}

/** A script named for a redirect (`/redirect.php`, `/out`, a gateway's `/l`, `/go.asp`): it sends the reader on. */
const REDIRECT_SCRIPT =
  /\/(?:redirect|redir|out|go|goto|link|l|r|jump|move|bridge|click)(?:\.(?:php|aspx?|jsp|cgi|html?))?\/?$/i;
/** A redirect parameter (REDIRECT_PARAMS) whose value starts as a bare host name does (`?url=host.example&…`). */
const REDIRECT_BARE = new RegExp(
  `(?:^\\?|&)(?:${[...REDIRECT_PARAMS].join('|')})=[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.[a-z]{2,24}(?:[/&]|$)`,
  'i',
);

/** The address in the first of a matching redirector rule's parameters (list data), if any. */
function ruleTarget(rules: readonly RedirectRule[], path: string, query: URLSearchParams): string | null {
  const bare = path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : path;
  // a path ending in `*` covers every path under it (Mimecast's `/s/<id>`)
  const rule = rules.find(
    (r) =>
      r.path === path || r.path === bare || (r.path.endsWith('*') && path.startsWith(r.path.slice(0, -1))),
  );
  const target = rule?.params.map((p) => query.get(p)).find((t) => t !== null && t.trim() !== '');
  return target ? (asAddress(target) ?? target) : null;
}

/** The other whole addresses a query's redirect parameters carry, besides `first` (at most MAX_PARAMS). */
function moreCarried(search: string, first: string): string[] {
  if (!CARRIES.test(search)) return [];
  let query: URLSearchParams;
  try {
    query = new URLSearchParams(search);
  } catch {
    return [];
  }
  const out: string[] = [];
  let n = 0;
  for (const [k, v] of query) {
    if (++n > MAX_PARAMS) break;
    if (!REDIRECT_PARAMS.has(k.toLowerCase()) && !SCHEMED.test(v)) continue;
    if (SEARCH_PARAMS.has(k.toLowerCase())) continue;
    const a = asAddress(v);
    if (a && a !== first) out.push(a);
  }
  return out;
}

/**
 * A redirector carrying a look-alike or known-bad address (`www.google.com/url?q=https://coupang-bosang.top/`,
 * `href.li/?https://…`, an unknown site's `?go=https://…`) is judged by where it leads: the verdict keeps the
 * redirector's host (what the browser opens) and says where to.
 */
function redirected(
  v: DomainVerdict,
  path: string,
  search: string,
  lists: CompiledLists,
  depth: number,
  only?: readonly RedirectRule[],
): DomainVerdict | null {
  if (v.hostname === null) return null;
  let first: string | null = null;
  if (only === undefined) first = carried(v.hostname, path, search, lists);
  else
    try {
      first = ruleTarget(only, path, new URLSearchParams(search));
    } catch {
      first = null;
    }
  if (!first) return null;
  let t = sentToIpFolder(classifyAt(first, lists, depth + 1), first, lists);
  // an official address first as a decoy (`?next=https://login.coupang.com/&go=https://cpng-auth.xyz`): every
  // other parameter carrying a whole address is where the link may lead too (a redirector's listed ones only when
  // `only` says so)
  if (t.verdict !== 'lookalike' && t.verdict !== 'blocked' && only === undefined)
    for (const other of moreCarried(search, first)) {
      const u = classifyAt(other, lists, depth + 1);
      if (u.verdict === 'lookalike' || u.verdict === 'blocked') {
        t = u;
        break;
      }
    }
  if (t.verdict === 'unknown' && (only ?? redirectRules(v.hostname, lists)) !== undefined) {
    const brand = brandBesideTarget(search, first, t, lists);
    if (brand) {
      const reason: Reason = {
        code: 'redirect',
        brand: brand.id,
        match: (t.unicodeHostname ?? t.hostname ?? '').slice(0, 253),
        detail: 'brand-beside',
      };
      return verdict(
        v.input,
        'lookalike',
        v.hostname,
        v.unicodeHostname,
        v.registrableDomain,
        [reason],
        brand,
      );
    }
  }
  if (t.verdict !== 'lookalike' && t.verdict !== 'blocked') return null;
  const reason: Reason = { code: 'redirect', match: (t.unicodeHostname ?? t.hostname ?? '').slice(0, 253) };
  if (t.brand) reason.brand = t.brand.id;
  if (t.reasons[0]) reason.detail = t.reasons[0].code;
  return verdict(v.input, t.verdict, v.hostname, v.unicodeHostname, v.registrableDomain, [reason], t.brand);
}
