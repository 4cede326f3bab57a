import type { PageReason, PageVerdict } from '../../lib/page/types';
import type { FieldKind } from '../../lib/page/lexicon';
import type { ScanOptions } from '../../lib/page/index';
import type { Quiet, QuietReader } from './quiet';
import type { TypedEvent } from '../../lib/page/risk-time';
import { after } from './timer';

/**
 * The page scorer is not part of the content script (issue #16): most pages never need it, and compiling it
 * cost every page of every site. The content script hands the background a request when its gate opens
 * (cs:load-scanner); the background injects `scanner.js` (entrypoints/scanner.ts) into that frame only, into
 * the extension's isolated world, where it registers itself through the slot defined here.
 *
 * The slot is an own, non-writable, non-configurable property of the isolated world's global, defined when
 * the content script starts: no page can see it, read it, pre-empt it (an element id or frame name of the
 * same name is only a named property, which an own property shadows) or register a scorer of its own.
 */
export const SLOT = '__coupangGuardScanner';

export interface ScannerApi {
  scanPage(doc: Document, pageUrl: string, opts?: ScanOptions): PageVerdict;
  warnAtRisk(verdict: PageVerdict, kind: FieldKind): boolean;
  /** the second chance with the tab's other frames' claim (lib/page/tab-claim.ts, red team 35) */
  withTabClaim?(verdict: PageVerdict, claim: readonly PageReason[], top: boolean): PageVerdict;
  /** reads the page's logo images by their pixels in idle time; `found` when one shows a brand mark (rescan) */
  readLogos?(doc: Document, found: () => void): void;
  /** whether a late look can be skipped (quiet.ts) */
  quietWatch?(doc: Document, roots: ReadonlySet<ShadowRoot>, reader: QuietReader): Quiet;
  /** the second chance's readers of what the user sees (lib/page/risk-time.ts, red team 32) */
  kindAsSeen?(el: Element): FieldKind;
  /** a page of almost no words around a secret box: its pictures read for a drawn name (null: nothing to read) */
  pictureClaim?(field: Element): Promise<boolean | null> | null;
  typedAnywhere?(e: TypedEvent, target: Element | null): boolean;
  warnAnywhere?(verdict: PageVerdict): boolean;
  /** a PDF's text (lib/pdf) judged as the page at `pageUrl` */
  scanPdf?(pdf: { title: string; text: string }, pageUrl: string): PageVerdict;
}

let api: ScannerApi | null = null;
let here!: () => void;
/**
 * Settles when the scorer registers, whenever that is (never, if it does not): its request can time out while the
 * injection is still on its way (a busy machine), and the scorer that comes after that is still the judge.
 */
export const scannerHere = new Promise<void>((r) => (here = r));

/** `arrived` runs (after the injection, never inside it) when the scorer registers. */
export function installSlot(arrived?: () => void): void {
  try {
    Object.defineProperty(globalThis, SLOT, {
      value: (a: Partial<ScannerApi> | null) => {
        if (api || !a) return;
        if (typeof a.scanPage === 'function' && typeof a.warnAtRisk === 'function') {
          api = a as ScannerApi;
          here();
          if (arrived) after(0, arrived);
        }
      },
      writable: false,
      configurable: false,
      enumerable: false,
    });
  } catch {
    // defined already (the content script runs once per document): the first definition stands
  }
}

/** The scorer when it has been loaded in this frame, else null. */
export function scanner(): ScannerApi | null {
  return api;
}
