import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';

/** WCAG AA for every text/background pair of the design tokens, in the light and the dark theme. */
const css = readFileSync(new URL('../../assets/ui.css', import.meta.url), 'utf8');

function tokens(block: string): Record<string, string> {
  return Object.fromEntries(
    [...block.matchAll(/--([a-z-]+):\s*(#[0-9a-f]{6})\s*;/gi)].map((m) => [m[1], m[2]]),
  );
}
const rootBlock = css.slice(css.indexOf(':root {'), css.indexOf('}', css.indexOf(':root {')));
const darkStart = css.indexOf('@media (prefers-color-scheme: dark)');
const darkBlock = css.slice(darkStart, css.indexOf('}', css.indexOf(':root {', darkStart)));
const themes = { light: tokens(rootBlock), dark: { ...tokens(rootBlock), ...tokens(darkBlock) } };

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const v = parseInt(hex.slice(i, i + 2), 16) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
}
function ratio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
}

const TEXT_PAIRS: [string, string][] = [
  ['text', 'bg'],
  ['text', 'surface'],
  ['muted', 'bg'],
  ['muted', 'surface'],
  ['on-primary', 'primary'],
  ['primary', 'bg'],
  ['danger', 'bg'],
  ['on-danger-surface', 'danger-surface'],
  ['on-ok-surface', 'ok-surface'],
  ['on-calm-surface', 'calm-surface'],
  ['mark-text', 'mark-bg'],
];
const UI_PAIRS: [string, string][] = [
  ['focus', 'bg'],
  ['danger', 'danger-surface'],
];

describe.each(Object.entries(themes))('%s theme', (_name, t) => {
  it('defines the tokens', () => {
    expect(Object.keys(t).length).toBeGreaterThan(15);
  });
  it.each(TEXT_PAIRS)('%s on %s is at least 4.5:1', (fg, bg) => {
    expect(t[fg]).toBeDefined();
    expect(t[bg]).toBeDefined();
    expect(ratio(t[fg] ?? '', t[bg] ?? '')).toBeGreaterThanOrEqual(4.5);
  });
  it.each(UI_PAIRS)('%s against %s is at least 3:1 (non-text)', (fg, bg) => {
    expect(ratio(t[fg] ?? '', t[bg] ?? '')).toBeGreaterThanOrEqual(3);
  });
});
