import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { pageMayConcernBrand, scanPage, warnAtRisk } from '../../lib/page/index';
import type { PageVerdict } from '../../lib/page/types';
import { reasonLines } from './i18n';
import { holdInputs, type InputHold } from './input-guard';
import { hello, sendContinue, sendReport, sendVerdict, type HelloInfo } from './messaging';
import { watchSecretFields } from './at-risk';
import { watchForChanges } from './observer';
import { isOfficialFallback } from './official-fallback';
import { showWarning, type WarningHandle } from './warning-ui';

const HOME = 'https://www.coupang.com/';

/**
 * Flow: ask the background about this host (cs:hello) → skip official hosts and pages where the page guard is
 * off → scan now and on later changes → on suspicious-page tell the background (cs:page-verdict), show the
 * warning and hold typing until the user decides.
 */
export function startPageGuard(ctx: ContentScriptContext): void {
  const url = location.href;
  let info: HelloInfo | null = null;
  let warning: WarningHandle | null = null;
  let hold: InputHold | null = null;
  let lastSent: string | null = null;
  let decided = false;
  let stopWatching: (() => void) | null = null;
  let stopSecrets: (() => void) | null = null;

  const cleanup = () => {
    stopWatching?.();
    stopSecrets?.();
    hold?.release();
    warning?.close();
  };
  ctx.onInvalidated(cleanup);

  const report = (verdict: PageVerdict) => {
    const key = `${verdict.verdict}:${verdict.reasons.map((r) => r.code).join(',')}`;
    if (key === lastSent) return;
    lastSent = key;
    sendVerdict(url, verdict);
  };

  const warn = (verdict: PageVerdict) => {
    stopWatching?.();
    stopSecrets?.();
    const host = location.hostname;
    warning = showWarning(
      document,
      { host, lines: reasonLines(verdict.reasons), allowContinue: info?.allowContinue !== false },
      {
        back() {
          if (history.length > 1) history.back();
          setTimeout(() => location.replace('about:blank'), 600);
        },
        home() {
          location.href = HOME;
        },
        report: () => sendReport(url, verdict),
        continueAnyway() {
          decided = true;
          hold?.release();
          hold = null;
          warning = null;
          sendContinue(url);
        },
      },
    );
    hold = holdInputs(document, warning.host);
  };

  const scan = () => {
    if (decided || ctx.isInvalid) return;
    // a cheap first look: no sign of the brand and nothing to ask with → no full scan (the observer calls again)
    if (!warning && !pageMayConcernBrand(document, url)) return;
    const verdict = scanPage(document, url);
    report(verdict);
    if (verdict.verdict === 'suspicious-page' && !warning) warn(verdict);
    else if (warning) hold?.refresh();
  };

  const begin = async () => {
    info = await hello(url);
    if (info) {
      if (info.official || !info.pageGuard) return;
    } else {
      // No answer from the background: decide locally; skip only when this is (or may be) Coupang's own host.
      if (isOfficialFallback(url) !== false) return;
    }
    if (ctx.isInvalid) return;
    // second chance: typing a secret on a page that claims the brand at all re-checks with everything now on it
    stopSecrets = watchSecretFields((kind) => {
      if (decided || warning || ctx.isInvalid) return false;
      const verdict = scanPage(document, url);
      if (!warnAtRisk(verdict, kind)) return false;
      // below the page warning's bar but held at the moment of risk: reported as the suspicious page it is
      const held: PageVerdict =
        verdict.verdict === 'suspicious-page'
          ? verdict
          : { ...verdict, verdict: 'suspicious-page', brand: 'coupang' };
      report(held);
      warn(held);
      return true;
    });
    scan();
    if (!warning && !decided) {
      stopWatching = watchForChanges(
        document,
        scan,
        (n) => !!warning && (n === warning.host || warning.host.contains(n)),
      );
    }
  };

  const run = () => void begin().catch(() => undefined);
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', run, { once: true });
  else run();
}
