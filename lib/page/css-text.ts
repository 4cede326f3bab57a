/**
 * Text a stylesheet draws (`content: "\CFE0\D321"` on a logo's ::before): read by the cheap gate and by the scan.
 */

/**
 * a `content:` value's strings in either quote, escapes kept for `cssUnescape`: the whole run of strings (and
 * `attr()`s between them), read with `contentStrings` (`content: "쿠" "팡"` draws "쿠팡"; a sentence may be long)
 */
export const CSS_CONTENT =
  /content\s*:\s*((?:\s*(?:"(?:[^"\\]|\\.){0,300}"|'(?:[^'\\]|\\.){0,300}'|attr\([^)]{0,40}\))){1,12})/g;

/**
 * Other properties that draw strings: `quotes: "쿠팡" ""` on a <q>, a list's marker (`list-style: inside "쿠팡"`,
 * `list-style-type: symbols(cyclic "쿠")`), an `@counter-style`'s `symbols`, `prefix` and `suffix` — each value's
 * strings after at most a few keywords, read with `contentStrings`
 */
export const CSS_DRAWN_PROPS =
  /(?:quotes|list-style(?:-type)?|symbols|prefix|suffix)\s*:\s*[\w\s(-]{0,40}?((?:\s*(?:"(?:[^"\\]|\\.){0,300}"|'(?:[^'\\]|\\.){0,300}')){1,12})/g;
/** Does a sheet use one of CSS_DRAWN_PROPS? (a cheap test before the regex) */
export const CSS_DRAWS_PROPS = /quotes|list-style|symbols|prefix|suffix/;

/**
 * A <style>'s rules: its text, or — when a script added rules with `insertRule` (its sheet holds more rules than
 * its text closes) — its sheet's rules as text. In a browser (native CSSOM: the rule count costs nothing) for every
 * <style>; without one (linkedom parses a sheet when asked, which a page's sheets must not cost — the bench's
 * login clone doubled) only for an empty one, the one a kit fills.
 */
export function styleText(el: Element): string {
  const text = el.textContent ?? '';
  if (typeof CSSStyleSheet === 'undefined' && text.trim()) return text;
  try {
    const rules = (el as HTMLStyleElement).sheet?.cssRules;
    if (!rules || rules.length <= (text.match(/\}/g)?.length ?? 0)) return text;
    const parts: string[] = [];
    for (let i = 0, n = 0; i < rules.length && i < 200 && n < 20_000; i++) {
      const t = rules[i]!.cssText;
      parts.push(t);
      n += t.length;
    }
    return parts.join('\n');
  } catch {
    return text;
  }
}

/** The strings of one `content:` value (CSS_CONTENT's group), joined as drawn */
export function contentStrings(value: string): string {
  let out = '';
  for (const m of value.matchAll(/"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'/g)) out += m[1] ?? m[2] ?? '';
  return out;
}

/** CSS escapes (`\CFE0` and a space or not, `\"`) as the characters they draw */
export function cssUnescape(raw: string): string {
  return raw.replace(/\\([0-9a-f]{1,6})\s?|\\(.)/gi, (_, hex: string | undefined, ch: string | undefined) => {
    if (!hex) return ch ?? '';
    const n = parseInt(hex, 16);
    return n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : '';
  });
}

/**
 * Percent-decoding as a browser reads a data: URL: an escape that is not valid UTF-8 or a bare "%" stays as written
 * (`width='100%'` in an SVG would make decodeURIComponent throw, and the picture would read as nothing).
 */
export function percentDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s.replace(/(?:%[0-9a-f]{2})+/gi, (run) => {
      try {
        return decodeURIComponent(run);
      } catch {
        return run;
      }
    });
  }
}

/**
 * The sheets a page's script adopted (`document.adoptedStyleSheets = [sheet]`). In a Firefox content script the
 * page's own array is behind `wrappedJSObject` (the isolated view shows none); elsewhere it is the document's.
 */
export function adoptedSheets(doc: Document): readonly CSSStyleSheet[] {
  try {
    type Adopting = { adoptedStyleSheets?: readonly CSSStyleSheet[]; wrappedJSObject?: Adopting };
    const d = doc as unknown as Adopting;
    return d.wrappedJSObject?.adoptedStyleSheets ?? d.adoptedStyleSheets ?? [];
  } catch {
    return [];
  }
}

/** a custom property set to a string (`--n: "\CFE0\D321"`, drawn by content: var(--n)), escapes kept for `cssUnescape` */
export const CSS_VAR_STRING = /--[\w-]{1,40}\s*:\s*(?:"((?:[^"\\]|\\.){1,80})"|'((?:[^'\\]|\\.){1,80})')/g;
/** `@import url("data:text/css…")` or `@import "data:text/css…"`: a stylesheet carried inside another */
export const CSS_IMPORT_DATA = /@import\s+(?:url\(\s*)?["']?(data:text\/css[^"')]{1,100000})/gi;

/** A data: address's content as text (base64 as UTF-8, percent-escapes as a browser reads them), or '' */
export function dataUrlText(url: string): string {
  const comma = url.indexOf(',');
  if (comma < 0) return '';
  const body = url.slice(comma + 1);
  try {
    if (/;base64\s*$/i.test(url.slice(0, comma)))
      return new TextDecoder().decode(
        Uint8Array.from(atob(body.replace(/\s+/g, '')), (c) => c.charCodeAt(0)),
      );
    return percentDecode(body);
  } catch {
    return '';
  }
}
