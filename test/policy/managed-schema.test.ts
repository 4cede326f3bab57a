import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { DEFAULT_SETTINGS, SETTING_KEYS, parseSettings } from '../../lib/policy/index';

interface PropSchema {
  type: string;
  description?: string;
  title?: string;
  items?: { type: string };
}
const schema = JSON.parse(
  readFileSync(new URL('../../public/managed_schema.json', import.meta.url), 'utf8'),
) as {
  type: string;
  additionalProperties?: unknown;
  properties: Record<string, PropSchema>;
};

/** The JSON-schema type Chrome checks, derived from the default value of each key. */
function typeOf(value: unknown): string {
  if (Array.isArray(value)) return 'array';
  if (value === null) return 'string'; // reportUrl: a string when set
  if (typeof value === 'number') return 'integer';
  return typeof value;
}

describe('public/managed_schema.json (Chrome, Edge)', () => {
  test('declares exactly the policy keys, top-level object without additionalProperties', () => {
    expect(schema.type).toBe('object');
    expect(schema.additionalProperties).toBeUndefined();
    expect(Object.keys(schema.properties).sort()).toEqual([...SETTING_KEYS].sort());
  });

  test.each(SETTING_KEYS.map((k) => [k]))('%s: type matches the settings and has a description', (key) => {
    const prop = schema.properties[key];
    expect(prop).toBeDefined();
    expect(prop?.type).toBe(typeOf(DEFAULT_SETTINGS[key]));
    if (prop?.type === 'array') expect(prop.items).toEqual({ type: 'string' });
    expect((prop?.description ?? '').length).toBeGreaterThan(20);
    expect(prop?.title).toBeTruthy();
  });

  test('a value of each declared type is accepted by our own validation', () => {
    const sample: Record<string, unknown> = {};
    for (const [key, prop] of Object.entries(schema.properties)) {
      sample[key] =
        prop.type === 'array'
          ? key === 'listPublicKeys'
            ? ['MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE']
            : ['corp.example']
          : prop.type === 'boolean'
            ? true
            : prop.type === 'integer'
              ? 60
              : 'https://corp.example/x';
    }
    expect(parseSettings(sample, 'policy')).toEqual({ values: expect.any(Object), problems: [] });
    expect(Object.keys(parseSettings(sample, 'policy').values).sort()).toEqual([...SETTING_KEYS].sort());
  });
});
