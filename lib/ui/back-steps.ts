/** One top-level document that committed in a tab (kept by the background, newest last). */
export interface TabCommit {
  url: string;
  /** a flagged address that actually loaded (not stopped before it committed) */
  flagged: boolean;
  /** our warning page about `url` */
  warning?: boolean;
}

/**
 * How many history entries "Go back" on the warning page must skip to reach the page before the fake one:
 * 1 when the fake page was stopped before it loaded (its entry never existed), 2 when it had loaded and
 * the warning page came after it (going back once would land on the fake page again).
 */
export function backSteps(commits: readonly TabCommit[], subject: string): 1 | 2 {
  const last = commits[commits.length - 1];
  const prev = commits[commits.length - 2];
  const fakeLoaded = !!prev && !prev.warning && prev.flagged && prev.url === subject;
  return last?.warning && last.url === subject && fakeLoaded ? 2 : 1;
}
