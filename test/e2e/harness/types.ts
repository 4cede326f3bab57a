import type { TestServer } from './server';

export type BrowserName = 'chromium' | 'firefox';

/** A browser tab, the same for Playwright (Chromium) and Puppeteer (Firefox). */
export interface Tab {
  /** Start a navigation; resolves once it has started (extension redirects abort the original load). */
  goto(url: string): Promise<void>;
  url(): string;
  evaluate<T, A = undefined>(fn: (arg: A) => T | Promise<T>, arg?: A): Promise<T>;
  /** Poll a predicate in the page until it returns truthy. */
  waitFor<A = undefined>(fn: (arg: A) => unknown, arg?: A, timeoutMs?: number): Promise<void>;
  /** Poll the tab's URL until it matches. */
  waitForUrl(match: RegExp | ((url: string) => boolean), timeoutMs?: number): Promise<string>;
  click(selector: string): Promise<void>;
  /** Focus a field by selector and type like a user. */
  type(selector: string, text: string): Promise<void>;
  /** Type into whatever has focus. */
  keyboard(text: string): Promise<void>;
  press(key: string): Promise<void>;
  /**
   * Chromium only (the devtools protocol; undefined in Firefox): text an input method composes into whatever has
   * focus, as `Input.imeSetComposition` makes it — each of `steps` in turn (compositionstart, compositionupdate …),
   * then `commit` (`Input.insertText`: compositionend and the input). No key event at all.
   */
  compose?(steps: readonly string[], commit: string): Promise<void>;
  mouseClick(x: number, y: number): Promise<void>;
  screenshot(file: string): Promise<void>;
  /** Resize the tab's viewport (CSS pixels). */
  setViewport(width: number, height: number): Promise<void>;
  /** Emulate prefers-color-scheme. */
  colorScheme(scheme: 'light' | 'dark'): Promise<void>;
  bringToFront(): Promise<void>;
  close(): Promise<void>;
}

export interface StartOptions {
  /** managed policy for the extension (Chromium policy file / Firefox policies.json), written before launch */
  policy?: Record<string, unknown>;
  /** browser UI language */
  locale?: 'ko' | 'en';
  /**
   * Firefox: hide `navigator.webdriver` from pages with a preload script (Chromium hides it at launch, always).
   * Only for tests of what a person is shown (cloaking kits, the unseen corpora): a preload runs before the page's
   * first script and changes the order the hold's document_start listeners are measured in.
   */
  asPerson?: boolean;
  /**
   * Chromium: "Allow access to file URLs" for the extension, written into the new profile's Preferences
   * (`extensions.settings.<id>.newAllowFileAccess`) before launch. Unset: what Chromium does for an extension
   * loaded with --load-extension, which in Chromium 156 is on (an unpacked extension is given file access).
   * Firefox has no such switch (file pages are read as the manifest matches them): ignored there.
   */
  fileAccess?: boolean;
  /**
   * Chromium: keep the back/forward cache on (Playwright turns it off with `--disable-back-forward-cache`). Pages
   * must also be served without `cache-control: no-store` (TestServer.page sends it: serve them by a route) for
   * either browser to keep them.
   */
  bfcache?: boolean;
}

export interface Session {
  name: BrowserName;
  server: TestServer;
  /** chrome-extension://ID or moz-extension://UUID (no trailing slash) */
  extensionOrigin: string;
  extensionUrl(path: string): string;
  newTab(url?: string): Promise<Tab>;
  /** Run a function inside an extension page (has the extension's `browser`/`chrome` APIs). */
  evalInExtension<T, A = undefined>(fn: (arg: A) => T | Promise<T>, arg?: A): Promise<T>;
  /** Browser tab id of the first tab whose URL contains `part`. */
  tabIdOf(part: string): Promise<number>;
  /**
   * Every tab's id and address as the browser has it (pending address while a navigation is on its way). Where the
   * browser hides the address of a tab on the extension's own page from the extension, the page says it itself.
   */
  tabAddresses(): Promise<{ id: number; url: string }[]>;
  /** Toolbar badge text of a tab. */
  badge(tabId: number): Promise<string>;
  /** Everything the pages and the extension printed to their consoles, and page errors. */
  console: string[];
  close(): Promise<void>;
}
