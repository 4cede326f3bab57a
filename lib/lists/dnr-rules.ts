/**
 * declarativeNetRequest rules that stop navigations to known-bad places, in the top frame and in
 * sub-frames, before a byte of the page loads. Pure: the build turns the bundled list into the static
 * ruleset (scripts/static-rules.ts, so protection starts before the background has run); the background
 * keeps what the remote list and policy add as dynamic rules (entrypoints/background/dnr.ts).
 *
 * The rules block; they do not redirect to the warning page. A redirect can only reach a web-accessible
 * page, and a web-accessible warning page is one any site can open with an address of its choosing (a
 * forged warning) or probe to tell our users apart (fingerprinting); in Chromium a redirect to a page with
 * `use_dynamic_url` is silently dropped and the request goes through. So the warning page is not
 * web-accessible at all: the background, which judges the same navigation (webNavigation), sends the tab to
 * the warning page with a ticket (entrypoints/background/warnings.ts).
 *
 * Domains (with their subdomains) are packed by the thousand into `requestDomains` (no regex); exact hosts
 * and path entries take one regex rule each, within a budget well inside Chrome's and Firefox's limits
 * (1000 regex rules; 30,000 static and 5000 dynamic rules).
 */
export type FrameType = 'main_frame' | 'sub_frame';

export interface DnrRule {
  id: number;
  priority: number;
  action: { type: 'block' } | { type: 'allow' };
  condition: {
    regexFilter?: string;
    requestDomains: string[];
    resourceTypes: FrameType[];
    isUrlFilterCaseSensitive?: false;
  };
}

const FRAMES: readonly FrameType[] = ['main_frame', 'sub_frame'];

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

/** Key of a blocked entry, to tell which remote entries the bundled (static) rules already cover. */
export function blockTargetKey(t: BlockTarget): string {
  return `${t.subdomains ? '' : '='}${t.host.toLowerCase()}${t.path ?? ''}`;
}

export function buildBlockRules(
  targets: readonly BlockTarget[],
  opts: BuildOptions = {},
  firstId = BLOCK_RULE_ID_BASE,
): BuildResult {
  const maxRules = opts.maxRegexRules ?? DEFAULT_MAX_REGEX_RULES;
  const perRule = Math.max(1, opts.domainsPerRule ?? DEFAULT_DOMAINS_PER_RULE);
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
      single.set(blockTargetKey({ host, subdomains: t.subdomains, path: path ?? undefined }), {
        host,
        subdomains: t.subdomains,
        path,
      });
  }
  // A domain that is blocked whole makes its narrower entries redundant.
  const coveredByDomain = (host: string) => {
    for (let h = host; h.includes('.'); h = h.slice(h.indexOf('.') + 1)) if (domains.has(h)) return true;
    return false;
  };
  const rules: DnrRule[] = [];
  let id = firstId;
  let covered = 0;
  const sorted = [...domains].sort();
  for (let i = 0; i < sorted.length; i += perRule) {
    const chunk = sorted.slice(i, i + perRule);
    covered += chunk.length;
    rules.push({
      id: id++,
      priority: BLOCK_PRIORITY,
      action: { type: 'block' },
      condition: { requestDomains: chunk, resourceTypes: [...FRAMES] },
    });
  }
  const regexBudget = rules.length + maxRules;
  for (const s of single.values()) {
    if (coveredByDomain(s.host)) {
      covered++;
      continue;
    }
    if (rules.length >= regexBudget) {
      skipped++;
      continue;
    }
    covered++;
    rules.push({
      id: id++,
      priority: BLOCK_PRIORITY,
      action: { type: 'block' },
      condition: {
        regexFilter: hostRegex(s.host, s.subdomains, s.path),
        requestDomains: [s.host],
        resourceTypes: [...FRAMES],
        isUrlFilterCaseSensitive: false,
      },
    });
  }
  return { rules, covered, skipped };
}

/** A rule that lets navigations to exactly `host` (top frame and sub-frames) through the block rules. */
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
      resourceTypes: [...FRAMES],
      isUrlFilterCaseSensitive: false,
    },
  };
}
