import { collect, DEFAULT_LIMITS, type CollectLimits, type HtmlParser, type LogoMarks } from './collect';
import { COUPANG, type BrandProfile } from './lexicon';
import { score } from './score';
import type { PageVerdict } from './types';

export type { PageVerdict, PageReason, PageReasonCode, PageVerdictKind } from './types';
export { IDENTITY_MIN, RISK_MIN, classifyField, verdictOf } from './score';
export { combineFrames, type FrameVerdict } from './frames';
export { warnAtRiskInTab, tabClaim, withTabClaim } from './tab-claim';
export { warnAtRisk, isSecretKind, checkDue, recheckGap, type FieldCheck } from './at-risk';
export { pageMayConcernBrand } from './gate';
export type { FieldKind } from './lexicon';
export type { LogoMarks } from './collect';

export interface ScanOptions {
  /** brand to look for (default: Coupang) */
  brand?: BrandProfile;
  /** bounds on the DOM walk (hostile pages) */
  limits?: Partial<CollectLimits>;
  /**
   * Hosts the caller knows to be the brand's own (from the domain guard's allowlist). The page guard never
   * judges them: the brand's real login page asks for a password by design.
   */
  isOfficialHost?: (hostname: string) => boolean;
  /**
   * The shadow root of an element, open or closed (the content script passes the browser's extension-only
   * accessor). Without it the scan sees open shadow roots only.
   */
  shadowRootOf?: (el: Element) => ShadowRoot | null;
  /**
   * Parses frame markup (`<iframe srcdoc>`) without running it, where the platform has no DOMParser (Node:
   * pass linkedom's). In a browser the built-in DOMParser is used.
   */
  parseHtml?: HtmlParser;
  /** elements and favicons whose pixels show a brand mark (lib/page/logo-read.ts, in the browser) */
  logoMarks?: LogoMarks;
}

const CLEAN: PageVerdict = { verdict: 'clean', score: 0, reasons: [] };

/**
 * Does this page present itself as Coupang while asking for something sensitive or pushing a lure?
 * Pure: reads the Document, never changes it, never throws (a page that cannot be read is "clean").
 */
export function scanPage(doc: Document, pageUrl: string, opts: ScanOptions = {}): PageVerdict {
  try {
    if (opts.isOfficialHost) {
      let host = '';
      try {
        host = new URL(pageUrl).hostname;
      } catch {
        host = '';
      }
      if (host && opts.isOfficialHost(host)) return { ...CLEAN, reasons: [] };
    }
    const limits = opts.limits ? { ...DEFAULT_LIMITS, ...opts.limits } : DEFAULT_LIMITS;
    return score(
      collect(doc, limits, opts.shadowRootOf, opts.parseHtml, opts.logoMarks),
      pageUrl,
      opts.brand ?? COUPANG,
    );
  } catch {
    return { ...CLEAN, reasons: [] };
  }
}
