import { describe, expect, it } from 'vitest';
import { installSlot, scanner, SLOT } from '../../entrypoints/content/scanner-slot';

/**
 * The content script's registration slot for the injected scorer (issue #16): an own, non-writable,
 * non-configurable property of the isolated world's global; it takes the first well-formed scorer only.
 */
describe('scanner slot', () => {
  it('cannot be replaced, takes nothing malformed, and keeps the first scorer', () => {
    expect(scanner()).toBeNull();
    installSlot();
    installSlot(); // a second definition is refused quietly
    const g = globalThis as unknown as Record<string, unknown>;
    const register = g[SLOT] as (a: unknown) => void;
    expect(typeof register).toBe('function');
    expect(() => {
      'use strict';
      g[SLOT] = () => undefined;
    }).toThrow();
    expect(g[SLOT]).toBe(register);
    expect(Object.keys(globalThis)).not.toContain(SLOT);

    register(null);
    register({ scanPage: 'not a function', warnAtRisk: () => false });
    expect(scanner()).toBeNull();

    const first = { scanPage: () => ({ verdict: 'clean', score: 0, reasons: [] }), warnAtRisk: () => false };
    register(first);
    register({ scanPage: () => null, warnAtRisk: () => true });
    expect(scanner()).toBe(first);
  });
});
