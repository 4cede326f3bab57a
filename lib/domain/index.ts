/**
 * The domain guard: judges a URL or host against the official allowlist, the known-bad list and the brands'
 * look-alikes. Pure TypeScript; runs in the background worker, the CLI and the benchmark alike.
 */
import { officialEntryOf, type CompiledLists } from './compile';

export { classify } from './classify';
export { compileLists, isCompiled } from './compile';
export type { BrandInfo, CompiledLists, PolicyExtra } from './compile';
export type { CharSwap, DomainVerdict, DomainVerdictKind, Reason, ReasonCode } from './types';

/** True when `hostname` (ASCII) is an official host by the compiled lists: no URL parsing, no brand matching. */
export function isOfficialHost(hostname: string, compiled: CompiledLists): boolean {
  return officialEntryOf(hostname.toLowerCase().replace(/\.+$/, ''), compiled) !== undefined;
}
