import type { PageReason } from '../page/types';

/**
 * How sure the words may sound about a page that poses as Coupang. `strong` when it asks for something a
 * thief wants most (resident number, card, bank account, password, wallet recovery phrase, one-time code, entrance code) and also
 * sends it away or pushes an app, or asks for two such things: then the page is called a fake outright.
 * Otherwise `likely`: "looks like a page posing as Coupang".
 */
export type EvidenceStrength = 'strong' | 'likely';

const HIGH_STAKES = new Set([
  'asks-resident-id',
  'asks-card',
  'asks-bank-account',
  'asks-password',
  'asks-seed-phrase',
  'asks-gift-pin',
  'asks-otp',
  'asks-entrance-code',
  'asks-sim-code',
  'asks-cert-password',
]);
const TAKES_AWAY = new Set([
  'form-posts-elsewhere',
  'form-posts-to-ip',
  'sends-to-messenger',
  'app-download',
  'remote-control-app',
  'asks-remote-code',
  'asks-run-command',
  'qr-handoff',
]);

export function pageEvidenceStrength(reasons: readonly PageReason[]): EvidenceStrength {
  const codes = new Set(reasons.filter((r) => r && r.weight > 0).map((r) => r.code as string));
  const stakes = [...codes].filter((c) => HIGH_STAKES.has(c)).length;
  const away = [...codes].some((c) => TAKES_AWAY.has(c));
  return (stakes >= 1 && away) || stakes >= 2 ? 'strong' : 'likely';
}
