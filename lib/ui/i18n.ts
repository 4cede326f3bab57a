/**
 * The UI's view of chrome.i18n.getMessage: pages pass the real one, tests pass a table lookup.
 * Returns '' for a missing key (as the browsers do).
 */
export type Translate = (key: string, substitutions?: string[]) => string;

/** Translate with a fallback key when the first one is missing. */
export function tr(t: Translate, key: string, subs: string[] | undefined, fallbackKey: string): string {
  return t(key, subs) || t(fallbackKey, subs);
}

interface LocaleMessage {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}

/**
 * A Translate over a messages.json object, following the chrome.i18n rules: $NAME$ placeholders map to
 * their `content` ($1..$9 are the substitutions), `$$` is a literal dollar. Used by tests and Node tools.
 */
export function translatorFor(messages: Record<string, LocaleMessage>): Translate {
  return (key, subs = []) => {
    const entry = messages[key];
    if (!entry) return '';
    const fill = (s: string): string => s.replace(/\$(\d)/g, (_m, d: string) => subs[Number(d) - 1] ?? '');
    return entry.message.replace(/\$\$|\$([A-Za-z0-9_@]+)\$/g, (m, name: string | undefined) => {
      if (m === '$$') return '$';
      const ph = entry.placeholders?.[(name ?? '').toLowerCase()] ?? entry.placeholders?.[name ?? ''];
      return ph ? fill(ph.content) : m;
    });
  };
}
