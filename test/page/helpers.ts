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
