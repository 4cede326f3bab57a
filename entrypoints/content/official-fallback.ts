/**
 * Used only when the background does not answer cs:hello (worker starting, extension reloading): Coupang's
 * own registrable domains and exact hosts, so the page guard never judges the real login page. The list of
 * record is the signed bundled list (lib/lists); test/page/official-fallback.test.ts keeps this copy equal.
 */
export const OFFICIAL_DOMAINS = [
  'coupang.com',
  'coupangcdn.com',
  'coupa.ng',
  'coupangeats.com',
  'coupangplay.com',
  'coupangstreaming.com',
  'coupangcorp.com',
  'coupangls.com',
  'aboutcoupang.com',
  'coupang.jobs',
  'coupangpay.com',
  'coupang.net',
  'coupangdev.com',
  'coupangpos.com',
  'rocketnow.co.jp',
  'coupangfinancial.com',
  'coupang.kr',
  'coupangfs.com',
  'devcoupangstreaming.com',
];
export const OFFICIAL_HOSTS = ['coupang.onelink.me', 'coupangplay.app.link'];

/** true / false, or null when the address cannot be read ("can't tell"). */
export function isOfficialFallback(url: string): boolean | null {
  let host: string;
  try {
    host = new URL(url).hostname;
  } catch {
    return null;
  }
  return isOfficialHostFallback(host);
}

/**
 * The same for a host as `URL` or `location` gives it (lower case, punycode): the content script reads
 * `location.hostname` where the frame's address is its own, without parsing it again (issue #16).
 */
export function isOfficialHostFallback(hostname: string): boolean | null {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  if (!host) return null;
  return OFFICIAL_HOSTS.includes(host) || OFFICIAL_DOMAINS.some((d) => host === d || host.endsWith('.' + d));
}
