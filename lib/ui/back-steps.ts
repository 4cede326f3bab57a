/** One top-level document that committed in a tab (kept by the background, newest last). */
export interface TabCommit {
  url: string;
  /** a flagged address that actually loaded (not stopped before it committed) */
  flagged: boolean;
  /** our warning page about `url` */
  warning?: boolean;
  /** the warning's ticket: a reload commits the same one again in the same history entry */
  ticket?: string;
}

/**
 * How many history entries "Go back" on the warning page must skip to reach the page before the fake one: one
 * for each warning about it in a row (a warning issued twice, because the browser hid that the first had arrived,
 * is two entries; a reload of one, the same ticket again, is not), and one more when the fake page had loaded
 * before the warning replaced it (going back onto it would land on the fake page again).
 */
export function backSteps(commits: readonly TabCommit[], subject: string): number {
  let i = commits.length - 1;
  const tickets = new Set<string | undefined>();
  while (i >= 0 && commits[i]!.warning && commits[i]!.url === subject) tickets.add(commits[i--]!.ticket);
  if (tickets.size === 0) return 1;
  const before = commits[i];
  const fakeLoaded = !!before && !before.warning && before.flagged && before.url === subject;
  return tickets.size + (fakeLoaded ? 1 : 0);
}
