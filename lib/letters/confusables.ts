/**
 * Look-alike letters that Unicode's confusables data (UTS #39) leaves out or maps to another non-Latin letter,
 * but that pass for a Latin letter in a host name or a page: Greek capital Λ (lower case λ) for A, Cyrillic п for
 * n, the small capitals and the "faux Cyrillic" letters (Я for R, И for N). Consulted after the UTS #39 table:
 * keys are the character itself or the prototype the table gave it (Cyrillic т → ᴛ → t).
 * A unit test keeps every entry a true supplement (the full table does not already give this letter).
 */
const EXTRA_SOURCE = 'aλᴀ∧ẟ|bʙвƅь|cς|eᴇε|gɢ|hʜ|kĸк|lʟ|mᴍʍ|nпπᴎиɴŋ|pᴘ|rʀᴙя|tᴛтτ|uцμ|wωш|xχ';

const EXTRA = new Map<string, string>();
for (const entry of EXTRA_SOURCE.split('|')) for (const ch of entry.slice(1)) EXTRA.set(ch, entry[0]!);

/** The ASCII letter `ch` (a character or a UTS #39 prototype, lower case) passes for, or undefined. */
export function extraConfusable(ch: string): string | undefined {
  return EXTRA.get(ch);
}

/** Every supplementary entry as [character, letter] (for tests and table generators). */
export function extraConfusables(): Array<[string, string]> {
  return [...EXTRA];
}
