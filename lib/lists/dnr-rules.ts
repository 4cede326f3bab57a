import { dnrRedirectSubstitution } from './warning-url';

/**
 * declarativeNetRequest rules that send main-frame navigations to known-bad places to the warning page,
 * before the page loads. Pure: the background applies them (entrypoints/background/dnr.ts).
 *
 * Every rule is a regex rule, because only `regexSubstitution` can carry the original URL into the
 * redirect. Domains (with their subdomains) are packed by the hundred into `requestDomains`, so thousands
 * of entries take a handful of rules; exact hosts and path entries take one rule each. Budgets keep well
 * inside Chrome's and Firefox's limits (1000 regex rules, 5000 dynamic "unsafe" rules).
 */
export interface DnrRule {
  id: number;
  priority: number;
  action: { type: 'redirect'; redirect: { regexSubstitution: string } } | { type: 'allow' };
  condition: {
    regexFilter: string;
    requestDomains: string[];
    resourceTypes: ['main_frame'];
    isUrlFilterCaseSensitive: false;
  };
}

export interface BlockTarget {
  host: string;
  /** false: only this exact host */
  subdomains: boolean;
  path?: string | undefined;
}

export const BLOCK_PRIORITY = 1;
export const ALLOW_PRIORITY = 1000;
/** Dynamic rule ids from here up belong to the list blocker. */
export const BLOCK_RULE_ID_BASE = 1;
export const DEFAULT_MAX_REGEX_RULES = 900;
export const DEFAULT_DOMAINS_PER_RULE = 1000;

/** ASCII (punycode) form of a host, or null when it is not a plain DNS name. */
export function asciiHost(host: string): string | null {
  if (typeof host !== 'string' || host.length === 0 || host.length > 253) return null;
  if (/[\s/\\?#@:[\]%]/.test(host)) return null;
  try {
    const h = new URL(`http://${host}/`).hostname.replace(/\.$/, '');
    return /^[a-z0-9]([a-z0-9.-]*[a-z0-9])?$/.test(h) && !h.includes('..') ? h : null;
  } catch {
    return null;
  }
}

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Path prefix as browsers send it (percent-encoded), or null. */
function canonicalPath(path: string): string | null {
  try {
    const p = new URL(path, 'http://h.invalid').pathname;
    return p.startsWith('/') && p.length <= 500 ? p : null;
  } catch {
    return null;
  }
}

const USERINFO = '(?:[^/?#@]*@)?';
const PORT = '(?::[0-9]+)?';

function hostRegex(host: string, subdomains: boolean, path: string | null): string {
  const sub = subdomains ? '(?:[^/?#@]*\\.)?' : '';
  const tail = path ? `${escapeRegex(path)}.*` : '(?:[/?#].*)?';
  return `^(https?://${USERINFO}${sub}${escapeRegex(host)}${PORT}${tail})$`;
}

export interface BuildOptions {
  /** the extension's base URL (runtime.getURL('/')) */
  extensionBase: string;
  maxRegexRules?: number;
  domainsPerRule?: number;
}

export interface BuildResult {
  rules: DnrRule[];
  /** entries in the rules */
  covered: number;
  /** entries left out: not a DNS name, or over the rule budget (the navigation check still sees them) */
  skipped: number;
}

export function buildBlockRules(targets: readonly BlockTarget[], opts: BuildOptions): BuildResult {
  const maxRules = opts.maxRegexRules ?? DEFAULT_MAX_REGEX_RULES;
  const perRule = Math.max(1, opts.domainsPerRule ?? DEFAULT_DOMAINS_PER_RULE);
  const redirect = { regexSubstitution: dnrRedirectSubstitution(opts.extensionBase) };
  const domains = new Set<string>();
  const single = new Map<string, { host: string; subdomains: boolean; path: string | null }>();
  let skipped = 0;
  for (const t of targets) {
    const host = asciiHost(t.host);
    const path = t.path ? canonicalPath(t.path) : null;
    if (!host || (t.path && !path)) {
      skipped++;
      continue;
    }
    if (t.subdomains && !path) domains.add(host);
    else
      single.set(`${t.subdomains ? '' : '='}${host}${path ?? ''}`, { host, subdomains: t.subdomains, path });
  }
  // A domain that is blocked whole makes its narrower entries redundant.
  const coveredByDomain = (host: string) => {
    for (let h = host; h.includes('.'); h = h.slice(h.indexOf('.') + 1)) if (domains.has(h)) return true;
    return false;
  };
  const rules: DnrRule[] = [];
  let id = BLOCK_RULE_ID_BASE;
  let covered = 0;
  const sorted = [...domains].sort();
  for (let i = 0; i < sorted.length && rules.length < maxRules; i += perRule) {
    const chunk = sorted.slice(i, i + perRule);
    covered += chunk.length;
    rules.push({
      id: id++,
      priority: BLOCK_PRIORITY,
      action: { type: 'redirect', redirect },
      condition: {
        regexFilter: '^(https?://.*)$',
        requestDomains: chunk,
        resourceTypes: ['main_frame'],
        isUrlFilterCaseSensitive: false,
      },
    });
  }
  skipped += sorted.length - covered;
  for (const s of single.values()) {
    if (coveredByDomain(s.host)) {
      covered++;
      continue;
    }
    if (rules.length >= maxRules) {
      skipped++;
      continue;
    }
    covered++;
    rules.push({
      id: id++,
      priority: BLOCK_PRIORITY,
      action: { type: 'redirect', redirect },
      condition: {
        regexFilter: hostRegex(s.host, s.subdomains, s.path),
        requestDomains: [s.host],
        resourceTypes: ['main_frame'],
        isUrlFilterCaseSensitive: false,
      },
    });
  }
  return { rules, covered, skipped };
}

/** A rule that lets main-frame navigations to exactly `host` through the block rules. */
export function buildAllowRule(id: number, host: string): DnrRule | null {
  const h = asciiHost(host);
  if (!h) return null;
  return {
    id,
    priority: ALLOW_PRIORITY,
    action: { type: 'allow' },
    condition: {
      regexFilter: hostRegex(h, false, null),
      requestDomains: [h],
      resourceTypes: ['main_frame'],
      isUrlFilterCaseSensitive: false,
    },
  };
}
