/**
 * The domain guard: judges a URL or host against the official allowlist, the known-bad list and the brands'
 * look-alikes. Pure TypeScript; runs in the background worker, the CLI and the benchmark alike.
 */
import type { CompiledLists } from './compile';

export { classify } from './classify';
export { compileLists, isCompiled } from './compile';
export type { BrandInfo, CompiledLists, PolicyExtra } from './compile';
export type { CharSwap, DomainVerdict, DomainVerdictKind, Reason, ReasonCode } from './types';

/** True when `hostname` (ASCII) is an official host by the compiled lists: no URL parsing, no brand matching. */
export function isOfficialHost(hostname: string, compiled: CompiledLists): boolean {
  const host = hostname.toLowerCase().replace(/\.+$/, '');
  if (compiled.hosts.get(host)?.official) return true;
  for (let i = host.indexOf('.'); i >= 0; i = host.indexOf('.', i + 1)) {
    if (compiled.hosts.get(host.slice(i + 1))?.official?.subdomains) return true;
  }
  return false;
}
