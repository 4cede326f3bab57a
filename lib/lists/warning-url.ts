/**
 * Addresses of the warning page: warning.html?t=<ticket>&u=<encodeURIComponent(original URL)>&v=<verdict>,
 * built only by the background (the page is not web-accessible, so no site can open it). The ticket is what
 * the page speaks for (lib/warnings/tickets.ts); `u` and `v` are for people reading the address bar and
 * history, never trusted. Read the parameters through `readWarningParams`.
 */
export const WARNING_PATH = '/warning.html';

export function warningUrl(
  extensionBase: string,
  original: string,
  verdict: string,
  ticket?: string,
): string {
  const t = ticket ? `t=${encodeURIComponent(ticket)}&` : '';
  return `${extensionBase.replace(/\/$/, '')}${WARNING_PATH}?${t}u=${encodeURIComponent(original)}&v=${encodeURIComponent(verdict)}`;
}

export interface WarningParams {
  url: string | null;
  verdict: string | null;
  ticket: string | null;
}

export function readWarningParams(href: string): WarningParams {
  try {
    const q = new URL(href).searchParams;
    return { url: q.get('u'), verdict: q.get('v'), ticket: q.get('t') };
  } catch {
    return { url: null, verdict: null, ticket: null };
  }
}
