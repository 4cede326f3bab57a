/**
 * Addresses of the warning page. Two forms reach it:
 *   warning.html?u=<encodeURIComponent(original URL)>&v=<verdict>   (built by the extension's own code)
 *   warning.html?v=blocked&r=1&u=<original URL verbatim>           (built by a declarativeNetRequest redirect,
 *                                                                     which can insert the URL but not encode it)
 * In the second form `u` is always last and runs to the end of the address (its own "&", "#" included).
 * `readWarningParams` understands both; the warning page should read its parameters through it.
 */
export const WARNING_PATH = '/warning.html';

export function warningUrl(extensionBase: string, original: string, verdict: string): string {
  return `${extensionBase.replace(/\/$/, '')}${WARNING_PATH}?u=${encodeURIComponent(original)}&v=${encodeURIComponent(verdict)}`;
}

/** The regexSubstitution of DNR block rules: `\1` is the whole original URL (see dnr-rules.ts). */
export function dnrRedirectSubstitution(extensionBase: string, verdict = 'blocked'): string {
  return `${extensionBase.replace(/\/$/, '')}${WARNING_PATH}?v=${verdict}&r=1&u=\\1`;
}

export function readWarningParams(href: string): { url: string | null; verdict: string | null } {
  try {
    const u = new URL(href);
    const q = u.searchParams;
    const verdict = q.get('v');
    if (q.get('r') === '1') {
      const i = href.indexOf('&u=');
      const raw = i < 0 ? '' : href.slice(i + 3);
      return { url: /^https?:\/\//i.test(raw) ? raw : null, verdict };
    }
    return { url: q.get('u'), verdict };
  } catch {
    return { url: null, verdict: null };
  }
}
