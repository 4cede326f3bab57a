import { blockTargetKey, buildBlockRules, type BlockTarget, type DnrRule } from './dnr-rules';
import type { ListData } from './schema';

/**
 * The bundled list's known-bad entries as a declarativeNetRequest static ruleset, written into the build
 * (wxt.config.ts) and declared in the manifest: the browser enforces it from the first navigation after
 * install or start, before the background has run. The background's dynamic rules then hold only what a
 * remote list or policy adds beyond it (`beyondBundled`).
 */
export const STATIC_RULESET_ID = 'bundled-blocked';
export const STATIC_RULESET_PATH = 'rules/bundled-blocked.json';

export const blockTargetsOf = (list: Pick<ListData, 'blocked'>): BlockTarget[] =>
  list.blocked.map((b) => ({ host: b.host, subdomains: b.subdomains, path: b.path }));

export function staticRuleset(bundled: Pick<ListData, 'blocked'>): DnrRule[] {
  return buildBlockRules(blockTargetsOf(bundled)).rules;
}

/** The targets the static ruleset does not already cover (same host, subdomain flag and path). */
export function beyondBundled(
  targets: readonly BlockTarget[],
  bundled: Pick<ListData, 'blocked'>,
): BlockTarget[] {
  const have = new Set(blockTargetsOf(bundled).map(blockTargetKey));
  return targets.filter((t) => !have.has(blockTargetKey(t)));
}
