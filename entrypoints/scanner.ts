import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { scanPage, warnAtRisk, withTabClaim } from '../lib/page/index';
import { nearbyText, styleShows, textShows } from '../lib/page/collect';
import { logoReader } from '../lib/page/logo-read';
import { drawnTextReader } from '../lib/page/drawn-text';
import { pictureReader, type AskAgain } from '../lib/page/picture-read';
import { quietWatch } from './content/quiet';
import { kindAsSeen, typedAnywhere, warnAnywhere } from '../lib/page/risk-time';
import { drawnKinds, drawnWatcher } from '../lib/page/drawn-box';
import { after } from './content/timer';
import { isSecretKind } from '../lib/page/at-risk';
import { READ_AGAIN, READ_PICTURES } from '../lib/page/judging-frames';
import { SLOT, type ScannerApi } from './content/scanner-slot';
import { fillPdfPage } from '../lib/pdf/page';
import type { FieldKind } from '../lib/page/lexicon';

type Runtime = { runtime: { id?: string; sendMessage(m: object): Promise<unknown> } };

/**
 * A picture asked for again by the background, past the page's own service worker (background pictures.ts; red team
 * 41, w2): its bytes decoded here (an ImageBitmap: no page's policy on image addresses applies). Null when none came
 * within the reader's wait.
 */
const askAgain: AskAgain = async (src) => {
  const g = globalThis as unknown as { browser?: Runtime; chrome?: Runtime };
  const api = g.browser?.runtime?.id ? g.browser : g.chrome;
  if (!api) return null;
  const r = (await Promise.race([
    api.runtime.sendMessage({ type: 'cs:picture', url: src }),
    new Promise((ok) => setTimeout(ok, 2500)),
  ])) as { type?: unknown; data?: unknown } | null | undefined;
  if (typeof r?.data !== 'string' || typeof r.type !== 'string') return null;
  const bin = atob(r.data);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  return createImageBitmap(new Blob([bytes], { type: r.type }));
};

/**
 * The page scorer (lib/page), built as its own file and injected by the background into a frame whose
 * content script asked for it (its gate opened: entrypoints/content/guard.ts). Not web-accessible: no page
 * can load or probe it. It only registers itself with the content script of its frame (scanner-slot.ts).
 */
export default defineUnlistedScript(() => {
  const register = (globalThis as unknown as Record<string, unknown>)[SLOT];
  // logos read by their pixels (lib/page/logo-read.ts): what the reader has found goes into every scan
  const logos = logoReader();
  // text a page's own web face draws as the brand's name (lib/page/drawn-text.ts): a claim as a logo is
  const undrawn = new Set<Element>();
  const drawn = drawnTextReader(logos.marks.elements, undrawn);
  const logoMarks = { ...logos.marks, undrawn, shown: styleShows, textShown: textShows };
  // a sign-in drawn as one picture (lib/page/picture-read.ts): its words read by their pixels at the second chance
  // (… asked for again past the page's own worker when it named nothing on a page its worker answers for)
  const pictures = pictureReader(logos.marks.elements, undefined, askAgain);
  /** the content script's scan, as last handed to readLogos (a name found later in a picture scans again) */
  let lastFound: (() => void) | null = null;
  /** the kind of the drawn box the last key went to (drawn-box.ts), null when it went to none */
  let drawnKind: FieldKind | null = null;
  /** what the drawn boxes and the wordless boxes' drawn labels were seen to take, kept (drawn-box.ts) */
  const drawnSeen = drawnKinds();
  // (… and watched from the first reading until each has said what it takes: red team 47, dh under load)
  const watchDrawn = drawnWatcher(drawnSeen, after);
  const api: ScannerApi = {
    scanPage: (doc, url, opts) => scanPage(doc, url, { ...opts, logoMarks }),
    warnAtRisk,
    withTabClaim,
    readLogos: (doc, found) => {
      lastFound = found;
      logos.read(doc, found);
      drawn.read(doc, found);
      // (the drawn boxes and labels read while the user reads them, before a pointer comes near: red team 44)
      drawnSeen.readAll(doc, nearbyText);
      watchDrawn(doc);
    },
    // (each late look reads the drawn boxes again, whether or not it scans: a placeholder painted after the last scan
    // is no change of the document, and a kit blanks it when the pointer comes near — red team 45 and 46, dh)
    quietWatch: (doc, roots, reader) => {
      const q = quietWatch(doc, roots, reader);
      return {
        unchanged: () => {
          drawnSeen.readAll(doc, nearbyText);
          return q.unchanged();
        },
      };
    },
    // (a box with no words of its own over a canvas: the label drawn near it — drawn-box.ts, au090's class; a secret
    // found is kept, nothing found is read again at a later event)
    kindAsSeen: (el) => {
      const kind = kindAsSeen(el);
      if (isSecretKind(kind)) return kind;
      return drawnSeen.label(el, nearbyText) ?? kind;
    },
    pictureClaim: (field) => pictures.claim(field),
    // (a key into a box drawn on a canvas: what its painted placeholder says it takes, for the warning that follows —
    // lib/page/drawn-box.ts; read at a key only, once the gate opened)
    // (read at the press too, before the page's own listeners of it blank the placeholder: red team 44)
    typedAnywhere: (e, target) => {
      const typed = typedAnywhere(e, target);
      if (e.type === 'pointerdown') drawnSeen.box(target?.closest?.('[tabindex]') ?? null);
      drawnKind = typed && e.type === 'keydown' ? drawnSeen.box(target) : null;
      return typed;
    },
    warnAnywhere: (verdict) => warnAnywhere(verdict) || (!!drawnKind && warnAtRisk(verdict, drawnKind)),
    scanPdf: (pdf, url) => scanPage(fillPdfPage(document.implementation.createHTMLDocument(''), pdf), url),
  };
  // brought unasked by the background to a frame that never spoke, at another frame's ask (red team 46, sp): a page
  // of almost no words has its pictures read before the scorer registers, so its first scan, the verdict the ask
  // waits for, reads a name drawn there
  const g = globalThis as unknown as Record<string, unknown>;
  // (… and a frame that spoke of no claim has them read when the background asks: a name found, it scans again — sq)
  g[READ_AGAIN] = async () => {
    const hit = (await pictures.page(document)) === true;
    if (hit) lastFound?.();
    return hit;
  };
  const first = g[READ_PICTURES] === true ? pictures.page(document) : null;
  delete g[READ_PICTURES];
  const go = () => typeof register === 'function' && (register as (a: ScannerApi) => void)(api);
  if (first) void first.catch(() => false).then(go);
  else go();
});
