import { nearbyText } from './collect';
import { BRAND_PASSWORD, isSecretKind, warnAtRisk } from './at-risk';
import type { FieldKind } from './lexicon';
import { classifyField, KIND_REASON, OWN_EMAIL, OWN_WORDS, UNIT_BOX } from './score';
import { tight } from './normalize';
import type { PageVerdict } from './types';

/**
 * The second chance's readers that need the scorer (red team 32): loaded with it (entrypoints/scanner.ts), so
 * a page with no sign of the brand never runs them (issue #16). The content script's own reader (attributes and
 * <label>s, entrypoints/content/at-risk.ts) comes first; these answer what it cannot see.
 */

const MASKED = /text-security\s*:\s*(?:disc|circle|square)/i;

/** Letters drawn as dots: `-webkit-text-security` in the box's own style or as the page's CSS computes it */
function masked(el: Element): boolean {
  if (MASKED.test(el.getAttribute('style') ?? '')) return true;
  try {
    const view = el.ownerDocument?.defaultView;
    const v = view?.getComputedStyle?.(el)?.getPropertyValue('-webkit-text-security') ?? '';
    return /^(?:disc|circle|square)$/.test(v.trim());
  } catch {
    return false;
  }
}

/**
 * What a box takes as the user sees it: its own words, its <label>s and aria-labelledby, the caption the page
 * draws just before it (a <div>, the table cell before its cell: collect's reader), and dots for letters
 * (`-webkit-text-security`) as a password box. An <input>, <textarea> or <select>, or a box drawn as one.
 */
export function kindAsSeen(el: Element): FieldKind {
  const a = (n: string) => el.getAttribute(n) ?? '';
  const hints = [a('name'), el.id, a('placeholder'), a('aria-label'), a('title'), a('data-placeholder')];
  for (const l of Array.from((el as HTMLInputElement).labels ?? []).slice(0, 4))
    hints.push((l.textContent ?? '').slice(0, 120));
  for (const id of a('aria-labelledby').split(/\s+/).slice(0, 4))
    if (id) hints.push((el.ownerDocument?.getElementById(id)?.textContent ?? '').slice(0, 120));
  const type = el.localName === 'input' ? (a('type') || 'text').toLowerCase() : 'text';
  const auto = a('autocomplete').toLowerCase();
  // (the words before it only when the box does not say it takes a unit's number: "동", "호", "동/호수" take an
  // address, whatever notice about entrance codes sits above them — the scorer's own reader, score.ts, page20; page67)
  // (… and only when its own words and labels say nothing it takes, nor for a box that takes only an e-mail address:
  // "성명", "메시지", "사이트 내 검색", "입주민 비밀번호" say what they take, whatever the sentence above them tells of
  // cards, accounts or lobby codes — the scorer's own order, score.ts `near`; page69)
  // (… nor when its own words name an e-mail address, "이메일로 쿠폰 소식 받기": a newsletter's box, whatever sentence
  // above it warns of card numbers — score.ts OWN_EMAIL, page-r6-bh)
  // (… and a sentence before it, more than a label's few words, only for a box with no words of its own: "帳號",
  // "메시지", "답변 작성" under an article's or a chat's line about cards and accounts take none of them — score.ts)
  const near =
    type !== 'email' &&
    !hints.some((h) => UNIT_BOX.test(h) || OWN_EMAIL.test(h.toLowerCase().replace(/\s+/g, ''))) &&
    classifyField('text', auto, hints.filter(Boolean)) === 'none'
      ? nearbyText(el)
      : '';
  if (near && (tight(near).length <= 24 || !hints.some((h) => OWN_WORDS.test(h)))) hints.push(near);
  return classifyField(type !== 'password' && masked(el) ? 'password' : type, auto, hints.filter(Boolean));
}

/** The secret each of the page's asks is for (the verdict's risk reasons): the reason a field of a secret kind
 * gives (score.ts), and the identity steps that ask for a code or a resident number in other words */
const ASKED: Partial<Record<string, FieldKind>> = {
  ...Object.fromEntries(
    Object.entries(KIND_REASON)
      .filter(([kind]) => isSecretKind(kind as FieldKind))
      .map(([kind, [code]]) => [code, kind as FieldKind]),
  ),
  'asks-identity-verification': 'otp',
  'asks-identity-bundle': 'resident',
};

/**
 * Typing aimed at no box (a focusable <div>, code cells split by a dash, a paste anywhere, an on-screen keypad):
 * warn before it reaches the page when the page asks for a secret somewhere and the second chance would warn for
 * that secret in a box.
 */
export function warnAnywhere(verdict: PageVerdict): boolean {
  for (const r of verdict.reasons) {
    // (a password ask the scorer weighed below a password's, as the page's own site's or an integration's API
    // secret, score.ts `own`: that box is on the page, and typing into it is judged by what it says — an API
    // secret's box is no secret box there — so a key outside every box is no typing into it; page68)
    if (r.code === 'asks-password' && r.weight < BRAND_PASSWORD) continue;
    const kind = r.weight > 0 ? ASKED[r.code] : undefined;
    if (kind && warnAtRisk(verdict, kind)) return true;
  }
  return false;
}

/** The shape of the event the second chance sees: its type, and for a key, the key and its modifiers */
export interface TypedEvent {
  type: string;
  key?: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
}

const DIGIT = /^\s*\d\s*$/;
const KEY = 'button, [role="button"], input[type="button"]';

/** A key's label as the user reads it: its text (an input's value), else its aria-label, title or picture's alt */
function keyLabel(k: Element): string {
  if (k.localName === 'input') return ((k as HTMLInputElement).value ?? '').trim();
  const a = (n: string, e: Element | null = k) => e?.getAttribute(n)?.trim() ?? '';
  return (
    (k.textContent ?? '').trim() || a('aria-label') || a('title') || a('alt', k.querySelector('img[alt]'))
  );
}

/** The letters a stylesheet draws on a key (`::after { content: attr(data-d) }`), on it or its first child */
function drawnLabel(k: Element): string {
  let out = '';
  try {
    const view = k.ownerDocument?.defaultView;
    for (const e of [k, k.firstElementChild])
      for (const p of e ? ['::before', '::after'] : []) {
        const c = view?.getComputedStyle?.(e!, p)?.content ?? '';
        out += /^(["'])(.*)\1$/.exec(c.trim())?.[2] ?? '';
      }
  } catch {
    // a style that cannot be read draws nothing
  }
  return out.trim();
}

/** Keys of one size (a pad's grid; a toolbar's icons and a pager's arrows vary), as laid out (0 × 0 unlaid) */
function oneSize(keys: Element[]): boolean {
  const size = (k: Element) => {
    const r = k.getBoundingClientRect?.();
    return r ? `${Math.round(r.width)}x${Math.round(r.height)}` : '';
  };
  const first = size(keys[0]!);
  return keys.every((k) => size(k) === first);
}

/**
 * A digit button of an on-screen keypad: the box it sits in has a button for each digit (a field, then). A key's
 * digit is its text, else its aria-label, title or picture's alt, else — for a key with none of these only —
 * the letters a stylesheet draws on it; and a box of 10–12 keys of one size none of which has a label at all
 * (each digit a picture with no alt, as banks' security keypads draw them, shuffled) is a keypad by its shape.
 * At most 40 keys in a box, three boxes up: a press on a quiet page's button reads no style.
 */
export function keypadKey(el: Element | null): boolean {
  const key = el?.closest?.(KEY) ?? null;
  if (!key) return false;
  const own = keyLabel(key);
  if (own && !DIGIT.test(own)) return false;
  // (the style is read only when the pressed key has no label of its own; once per key)
  const drawn = new Map<Element, string>();
  const label = (k: Element) => {
    const l = keyLabel(k);
    if (l || own) return l;
    if (!drawn.has(k)) drawn.set(k, drawnLabel(k));
    return drawn.get(k)!;
  };
  // the pad: the nearest of three ancestors holding ten keys or more (a pad may be in rows of three), judged
  // there only — all ten digits (a page list 1 … 10 has nine single digits)
  for (let box = key.parentElement, up = 0; box && up < 3; box = box.parentElement, up++) {
    const keys = Array.from(box.querySelectorAll(KEY));
    if (keys.length > 40) return false;
    const digits = new Set<string>();
    const blank: Element[] = [];
    for (const k of keys) {
      const l = label(k);
      if (DIGIT.test(l)) digits.add(l.trim());
      else if (!l) blank.push(k);
    }
    if (digits.size === 10) return DIGIT.test(label(key));
    if (keys.length < 10) continue; // (a row of three)
    // no digit: ten to twelve blank keys of one size (ten digits, a backspace and a shuffle drawn alike)
    return (
      !own &&
      !digits.size &&
      blank.length <= 12 &&
      blank.length >= 10 &&
      blank.includes(key) &&
      oneSize(blank)
    );
  }
  return false;
}

/**
 * Is this the user putting a character in somewhere that is no box? A key that writes one (not a shortcut, not a
 * space that scrolls), a paste, or a press on an on-screen keypad's digit.
 */
export function typedAnywhere(e: TypedEvent, target: Element | null): boolean {
  if (e.type === 'paste') return true;
  if (e.type === 'keydown')
    return !!e.key && e.key.length === 1 && e.key !== ' ' && !e.ctrlKey && !e.metaKey && !e.altKey;
  return e.type === 'pointerdown' && keypadKey(target);
}

/**
 * The second chance as the user meets it, for a page judged whole (the CLI, the Node measure of the halves): does
 * typing into any of the page's secret boxes warn? Each box that takes typing (an <input>, <textarea>, <select>, a
 * contenteditable or role=textbox box), its kind read by `kindOf` (the content script's reader: what the box says,
 * its labels and the caption before it, lib/page/risk-time.ts `kindAsSeen`), and for each secret kind found,
 * `warnAtRisk` with the page's verdict, as entrypoints/content/at-risk.ts asks at the first key; and the secrets the
 * verdict says the page asks (`warnAnywhere`: a box its script makes, which a saved page does not hold yet) (page67).
 * A page flagged by itself is warned already.
 */
export function warnsAtTyping(
  doc: ParentNode,
  verdict: PageVerdict,
  kindOf: (el: Element) => FieldKind = kindAsSeen,
  max = 400,
): boolean {
  if (verdict.verdict === 'suspicious-page') return true;
  const kinds = new Set<FieldKind>();
  const boxes = Array.from(
    doc.querySelectorAll('input, textarea, select, [contenteditable], [role="textbox"]'),
  ).slice(0, max);
  for (const el of boxes) {
    if (
      el.localName === 'input' &&
      /^(?:hidden|submit|button|image|reset|checkbox|radio)$/i.test(el.getAttribute('type') ?? '')
    )
      continue;
    // (a disabled box takes no key: a lesson's mock form, "연습용 화면", shown greyed out — page-r5-bf)
    if (el.matches('[disabled], fieldset[disabled] *')) continue;
    const kind = kindOf(el);
    if (isSecretKind(kind)) kinds.add(kind);
  }
  for (const k of kinds) if (warnAtRisk(verdict, k)) return true;
  return warnAnywhere(verdict);
}
