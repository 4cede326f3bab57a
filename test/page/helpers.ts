import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';

export const FIXTURES = new URL('../fixtures/pages/', import.meta.url);

export interface FixturePage {
  file: string;
  url: string;
  expect: 'suspicious-page' | 'clean';
  kind: string;
}

export function fixturePages(): FixturePage[] {
  return (JSON.parse(readFileSync(new URL('pages.json', FIXTURES), 'utf8')) as { pages: FixturePage[] })
    .pages;
}

export function fixtureHtml(file: string): string {
  return readFileSync(new URL(file, FIXTURES), 'utf8');
}

export function parse(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

/** A trusted event as the second chance reads it (linkedom makes none); `stopped` records stopImmediatePropagation */
export function trustedEvent(type: string, target: Element, extra: Record<string, unknown> = {}) {
  const e = {
    type,
    isTrusted: true,
    target,
    cancelable: true,
    stopped: false,
    composedPath: () => [target],
    preventDefault() {},
    stopImmediatePropagation() {
      e.stopped = true;
    },
    ...extra,
  };
  return e;
}

/** Hands `e` to a watcher and returns it, to read what the watcher did with it */
export const dispatchTo = (w: (e: Event) => void, e: ReturnType<typeof trustedEvent>) => (
  w(e as unknown as Event),
  e
);
