import { pageMayConcernBrand, textMayConcernBrand } from '../../lib/page/gate';
import type { FieldKind } from '../../lib/page/lexicon';
import type { PageReason, PageVerdict } from '../../lib/page/types';
import { judgeWhenLoaded, pageChanges, SECRET_FIELD_EVENTS, secretFieldWatcher } from './at-risk';
import { release, RELEASE_MS, stopIfSuspect } from './early';
import { installHold } from './hold';
import { atRiskInTab, hello, listenToBackground, pdfText, requestScanner, sendVerdict } from './messaging';
import { lookLater, watchForChanges } from './observer';
import { isOfficialFallback, isOfficialHostFallback } from './official-fallback';
import { installSlot, scanner, scannerHere, type ScannerApi } from './scanner-slot';
import type { Quiet } from './quiet';
import { shadowRootReader } from './shadow';
import { after } from './timer';
import { isSecretKind, recheckGap } from '../../lib/page/at-risk';
import { frameAddress } from '../../lib/page/frame-address';

const MAX_ROOTS = 500;
/** Requests for the scorer per document when the background could not inject it (then: no scan here). */
const MAX_LOAD_TRIES = 3;
/** A verdict the background refused (or did not answer) is sent again this often at most, RESEND_MS·n later. */
const MAX_RESENDS = 3;
const RESEND_MS = 1000;

/**
 * Runs `fn` once: when the DOM is parsed, or `maxWaitMs` after the call if the document is still loading by then
 * (a page that keeps its parser open must not put its first scan off). Polls as well, because document.open()
 * erases a DOMContentLoaded listener.
 */
function whenReady(fn: () => void, maxWaitMs: number): void {
  let done = false;
  const deadline = performance.now() + maxWaitMs;
  const go = () => {
    if (done || (document.readyState === 'loading' && performance.now() < deadline)) return;
    done = true;
    fn();
  };
  const poll = () => {
    go();
    if (!done) after(100, poll);
  };
  document.addEventListener('DOMContentLoaded', go, { once: true });
  poll();
}

/** The first scan waits for the end of parsing at most this long after the guard turned on (issue #16). */
const FIRST_SCAN_MAX_WAIT_MS = 1000;

/**
 * Flow, in every frame: hold listeners first (document_start); a top page on a brand-like host stops until
 * the background has judged its address (early.ts) → skip Coupang's own hosts → one scan when the DOM is
 * parsed (or a second after the start on a page that keeps loading), rescans on later changes, open and
 * closed shadow roots included → send this frame's verdict (cs:page-verdict). The background combines the
 * frames of the tab and, on suspicious-page, sends the tab to the warning page and tells every frame to hold
 * (bg:hold). A frame that finds the page suspicious itself holds at once.
 *
 * The scorer (lib/page's full scan) is not in this script: the cheap gate (lib/page/gate.ts) decides whether
 * the page can concern the brand at all, and only then does the content script ask the background about this
 * frame (cs:hello: official host? page guard off by policy? tab on its way to the warning?) and have it
 * inject the scorer into this frame (cs:load-scanner, scanner-slot.ts). A top page the gate keeps closed sends
 * no message at all (issue #16); a sub-frame says hello at once (the hold, below). A first key into a secret
 * field before the scorer is here is held until it has judged the page (the second chance, below), so a page
 * without any sign of the brand is judged at the moment of risk all the same.
 */
export function startPageGuard(): void {
  const hold = installHold(SECRET_FIELD_EVENTS);
  const top = window === window.top;
  // The scorer arriving unasked: a frame of this tab asks for something while this page, its gate closed, never
  // spoke (background page-warnings.ts; a sub-frame since red team 46). Read it whatever the gate says: the claim may
  // be in a picture.
  let readAnyway = false;
  installSlot(() => {
    if (loading) return;
    readAnyway = true;
    try {
      scan();
    } catch {
      // a page that cannot be read is not judged
    }
  });
  // The tab's other frames' claim, as the background last said it (null: not asked yet): a kit splits its claim and
  // its secret box between two documents (red team 35, class A). A change to it is a new state to judge.
  let claim: PageReason[] | null = null;
  listenToBackground(
    () => hold.arm(),
    (c) => {
      claim = c;
      changes.changed();
    },
  );
  const url = frameAddress(location.href, self.origin, () => document.baseURI);
  // a top page on a host that might imitate the brand waits, unparsed, for the background's word (early.ts)
  const stopped = top && stopIfSuspect();
  // the frame's own address (every http(s) page): its host as the browser parsed it, no second parse. A page
  // opened from disk (file:) is never the brand's own: read like any other page, not held for the background's
  // word (which can be seconds away just after the browser starts; red team 33, r01)
  const official = /^file:/i.test(url)
    ? false
    : url === location.href
      ? isOfficialHostFallback(location.hostname)
      : isOfficialFallback(url);
  // scanning allowed: off on Coupang's own hosts, and when the background says so
  let on = false;
  // the first scan has run: the observer rescans only changes after it (the first scan reads what the parser
  // added before it, so rescans while the page is parsed would read it again)
  let started = false;
  let lastSent: string | null = null;
  let resends = 0;
  let sentReasons = false;
  let spoke = false;

  // The background's word on this frame, asked once, when first needed (the gate opened, a secret field, or an
  // address this script cannot place); false when the guard must stay off here.
  let asked: Promise<boolean> | null = null;
  const ask = (): Promise<boolean> =>
    (asked ??= hello(url)
      .then((info) => {
        if (info?.hold) hold.arm();
        const off = info ? info.official || !info.pageGuard : official !== false;
        if (off) on = false;
        return !off;
      })
      .catch(() => false));

  const report = (verdict: PageVerdict) => {
    const key = `${verdict.verdict}:${verdict.reasons.map((r) => `${r.code}${r.weight}`).join(',')}`;
    if (key === lastSent) return;
    lastSent = key;
    const reasons = verdict.reasons.some((r) => r.weight > 0);
    // sub-frames without any evidence (ads, widgets) stay silent unless they had something to withdraw, but for
    // their first verdict: the background waits for it before it answers another frame's ask (red team 45, sf)
    if (!top && !reasons && !sentReasons && spoke) return;
    spoke = true;
    sentReasons = reasons;
    void sendVerdict(url, verdict).then((ok) => {
      // refused or unanswered (the worker restarting): said again a little later, unless something newer was
      if (ok) resends = 0;
      if (ok || lastSent !== key || ++resends > MAX_RESENDS) return;
      after(RESEND_MS * resends, () => {
        if (lastSent !== key) return;
        lastSent = null;
        report(verdict);
      });
    });
  };

  // the page's changes since the second chance's last check
  const changes = pageChanges(document, () => hold.roots);
  const shadowRootOf = shadowRootReader((root) => {
    if (hold.roots.has(root) || hold.roots.size >= MAX_ROOTS) return;
    hold.roots.add(root);
    watcher.observe(root);
    // (attached since the last check, with no mutation to show it: the second chance's next key checks again)
    changes.changed();
  });

  const judge = (): PageVerdict | null => {
    const api = scanner();
    if (!api || !on) return null;
    shadowRootOf.reset();
    return api.scanPage(document, url, { shadowRootOf });
  };

  // The scorer, requested once the gate has opened and the background agreed; again after a failure, a few
  // times at most.
  let loading: Promise<boolean> | null = null;
  let failures = 0;
  let silent = false;
  const load = (): Promise<boolean> => {
    if (scanner()) return Promise.resolve(true);
    if (!loading) {
      const p = ask()
        .then((yes) => yes && requestScanner())
        .then((ok) => {
          const got = !!ok && scanner() !== null;
          // (unanswered in time: the scorer may still come, and judge the page then)
          silent = ok === null;
          if (!got && asked !== null && on && ++failures < MAX_LOAD_TRIES && loading === p) loading = null;
          return got;
        });
      loading = p;
    }
    return loading;
  };

  const scanNow = () => {
    const verdict = judge();
    if (!verdict) return;
    if (verdict.verdict === 'suspicious-page') hold.arm();
    report(verdict);
    readLogos();
  };
  // logo images read by their pixels after the scan, in idle time; a mark found → scanned again (scanner.ts)
  const readLogos = () =>
    scanner()?.readLogos?.(document, () => {
      try {
        scanNow();
      } catch {
        // a page that cannot be read is not judged
      }
    });

  let scanWhenLoaded = false;
  let quiet: Quiet | null = null;
  // A PDF the browser draws itself (Chromium: this document holds only the viewer's <embed>)
  const isPdf = top && document.contentType === 'application/pdf';
  const scan = () => {
    // (a PDF's document is only the viewer's <embed>: its verdict is the PDF's text, readPdf below)
    if (!on || isPdf) return;
    if (!started) {
      started = true;
      watcher.start();
      // (what the page shows later with no mutation to see: a shadow root attached, a sheet adopted). Where the
      // scorer is here each look is a full scan: one that finds nothing of that kind changed since the last is
      // skipped (quiet.ts, in the scorer's file: a page whose gate stays closed pays one gate call per look)
      lookLater(() => {
        const api = scanner();
        if (api?.quietWatch) {
          quiet ??= api.quietWatch(document, hold.roots, shadowRootOf);
          if (quiet.unchanged()) return;
        }
        watcher.poke();
      });
    }
    // a cheap first look: no sign of the brand and nothing to ask with → no full scan (the observer calls again)
    shadowRootOf.reset();
    if (
      !sentReasons &&
      !readAnyway &&
      !pageMayConcernBrand(document, url, undefined, undefined, shadowRootOf)
    )
      return;
    if (scanner()) return scanNow();
    if (scanWhenLoaded) return;
    scanWhenLoaded = true;
    void load().then((ok) => {
      scanWhenLoaded = false;
      if (!ok) return;
      try {
        scanNow();
      } catch {
        // a page that cannot be read is not judged
      }
    });
  };

  const atRisk = (kind: FieldKind, field: HTMLInputElement): boolean => {
    const api = scanner();
    const verdict = judge();
    if (!api || !verdict) return false;
    if (api.warnAtRisk(verdict, kind)) return held(verdict);
    // a page of almost no words around the secret box: its pictures read for the brand's name (red team 41), the
    // typing held meanwhile; a name found is a claim, and the page is judged again with it
    const drawn = isSecretKind(kind) ? api.pictureClaim?.(field) : null;
    if (drawn) {
      hold.waitFor(
        drawn
          .catch(() => false)
          .then((hit) => {
            // (a canvas under the box read blank: the next key checks again — a kit blanked it at the press, red team 44)
            if (hit === null) changes.changed();
            const v = hit ? judge() : null;
            if (v && (v.verdict === 'suspicious-page' || api.warnAtRisk(v, kind))) return held(v);
            // the pictures named nothing: the tab's other frames may still make the claim (red team 41's reader
            // must not stand in for that check, or a decoy picture beside a sub-frame's box would skip it)
            return inTab(api, verdict, kind);
          }),
        field,
      );
      return true;
    }
    const tab = inTab(api, verdict, kind);
    if (typeof tab === 'boolean') return tab;
    hold.waitFor(tab, field);
    return true;
  };
  // another frame of the tab may make the claim (a sub-frame; a top page with frames of its own): judged with
  // it. Before the background has said what it is, this event is held, and the typing after it, until it
  // answers, however long a loaded machine makes that (the ask's page may concern the brand meanwhile: `asking`, the
  // hold's wait goes on past its first cap — red team 47); the field gets its focus back on no.
  // (held, the frame reports its verdict with the claim it was judged with: the warning page shows the brand's)
  // A boolean is the answer now; a promise is the answer to wait for, the typing held meanwhile.
  let asking = 0;
  const inTab = (api: ScannerApi, verdict: PageVerdict, kind: FieldKind): boolean | Promise<unknown> => {
    if (!isSecretKind(kind) || !api.withTabClaim || (top && window.frames.length === 0)) return false;
    if (claim) {
      const tab = api.withTabClaim(verdict, claim, top);
      return api.warnAtRisk(tab, kind) && held(tab);
    }
    asking++;
    return atRiskInTab(url, verdict, kind).then((r) => {
      asking--;
      if (r) claim = r.claim;
      if (r?.warn) held(api.withTabClaim!(verdict, r.claim, top));
      // (no answer: no verdict — what the wait kept is not given to a page whose tab was still being judged)
      return !!r;
    });
  };
  // below the page warning's bar but held at the moment of risk: reported as the suspicious page it is
  const held = (verdict: PageVerdict): true => {
    hold.arm();
    report(
      verdict.verdict === 'suspicious-page'
        ? verdict
        : { ...verdict, verdict: 'suspicious-page', brand: 'coupang' },
    );
    return true;
  };
  // typing aimed at no box: the page state last judged for it, and the soonest next judgement
  let anyGeneration = -1;
  let anyQuiet = -Infinity;

  // Second chance at the moment of risk: the first key into a secret field on a page that claims the brand at
  // all re-checks with everything now on the page, and holds that key when the check holds; again at the next
  // key after the page changed (a page must not spend the check while it looks harmless, then claim the brand). Seen through the
  // hold's listeners (registered at document_start), so it runs before listeners the page adds. Before the
  // scorer is here (the gate saw nothing, or it is on its way), the event is held, the scorer fetched, and the
  // field given back its focus and what was typed meanwhile when the page is found fine (or the background says
  // the guard is off here, or the wait's cap ends); a scorer that cannot be loaded holds no more (judgeWhenLoaded).
  const atRiskLater = judgeWhenLoaded(hold, load, atRisk, MAX_LOAD_TRIES, () => on && silent && scannerHere);
  // A wait that ends with no verdict (the cap, a scorer that could not load) gives the typing it kept back only to a
  // page that does not look like the brand's: a kit can make its own judgement slower than the cap (red team 37).
  // The page names the brand (the gate's reading of names only: the gate itself opens on any field), now or once
  // before in this document (a kit takes its claim down before a wait's cap), or the tab's other frames claim it.
  let named = false;
  hold.risky = () => {
    if (named || asking > 0 || claim?.some((r) => r.weight > 0)) return true;
    shadowRootOf.reset();
    return (named = pageMayConcernBrand(document, url, undefined, undefined, shadowRootOf, true));
  };
  // (`risky` also decides whether a document.open() after the user pressed a secret box is taken back from the
  // listeners the page registered with it, red team 37 class B)
  // (… and the new document judged at once, the typing held meanwhile: the box the user pressed is gone, and the keys
  // that follow land on the body, where no second chance looks)
  let lastKind: FieldKind = 'password';
  hold.rejudge = () =>
    hold.waitFor(
      load().then((ok) => {
        const api = scanner();
        const verdict = ok ? judge() : null;
        if (!api || !verdict) return false;
        if (verdict.verdict === 'suspicious-page' || api.warnAtRisk(verdict, lastKind)) held(verdict);
        return true;
      }),
    );
  hold.watchFields = secretFieldWatcher(
    (kind, field) => {
      hold.touched = true;
      lastKind = kind;
      if (!on) return false;
      return scanner() ? atRisk(kind, field) : atRiskLater(kind, field);
    },
    shadowRootOf,
    changes,
    {
      // (the gate opened: the scorer was asked for, or is here)
      open: () => on && (loading !== null || !!scanner()),
      kind: (el) => (on && scanner()?.kindAsSeen?.(el)) || null,
      anywhere: (e, target) => {
        // only once the scorer is here (the page showed a sign of the brand): a page with none pays nothing
        const api = scanner();
        if (!on || !api?.typedAnywhere?.(e as KeyboardEvent, target)) return false;
        // once per page state, and not sooner than a re-check at a key would be (recheckGap)
        const now = performance.now();
        if (changes.generation === anyGeneration || now < anyQuiet) return false;
        const verdict = judge();
        changes.watch();
        anyGeneration = changes.generation;
        anyQuiet = performance.now() + recheckGap(performance.now() - now);
        return !!verdict && !!api.warnAnywhere?.(verdict) && held(verdict);
      },
    },
  );

  const watcher = watchForChanges(
    document,
    scan,
    (removed) => hold.emptied(removed),
    () => on && started,
    (text) => textMayConcernBrand(text),
  );

  // a PDF's text, read by the background (background pdf.ts), judged as this page (red team 34, class B)
  const readPdf = () =>
    void load()
      .then((ok) => (ok ? pdfText() : null))
      .then((pdf) => {
        const api = scanner();
        if (!pdf || !api?.scanPdf || !on) return;
        const verdict = api.scanPdf(pdf, url);
        if (verdict.verdict === 'suspicious-page') hold.arm();
        report(verdict);
      })
      .catch(() => undefined);

  const start = () => {
    on = true;
    if (isPdf) readPdf();
    whenReady(() => {
      try {
        scan();
      } catch {
        // a page that cannot be read is not judged
      }
    }, FIRST_SCAN_MAX_WAIT_MS);
  };
  if (stopped) {
    // the stopped page's hello is answered from the address judgement alone (early.ts)
    void hello(url, RELEASE_MS).then((info) => {
      if (!info?.flagged) release();
    });
  } else if (official === false) {
    start();
    // A sub-frame asks at once all the same: one created while its tab is on the way to the warning page must
    // hold typing (and the page's beforeunload) from the start (docs/threat-model.md, the hold). A new top
    // document in such a tab is the warning page itself, so a top frame asks only when it needs to.
    if (!top) void ask();
  } else if (official === null) {
    // an address this script cannot place (no host): the background decides
    void ask().then((yes) => yes && start());
  }
  // Back/forward cache: the page comes back as it was, and the background has moved on; say it again.
  window.addEventListener('pageshow', (e) => {
    if (!e.persisted || !on) return;
    lastSent = null;
    try {
      scan();
    } catch {
      // as above
    }
  });
}
