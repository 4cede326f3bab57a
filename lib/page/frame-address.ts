/**
 * The address this frame's content is judged as: about:blank, srcdoc and blob: documents speak for their
 * creator, whose origin they carry. Their `document.baseURI` is the page's to choose (`<base href>` in the
 * creator or in the frame itself): it is taken only where it stays on that origin, never as a claim to be on
 * another site (a kit's `<base href="https://www.coupang.com/">` must not switch the guard off in its frames).
 */
export function frameAddress(href: string, origin: string, baseURI: () => string): string {
  if (/^https?:/i.test(href)) return href;
  if (!/^https?:\/\/[^/]+$/i.test(origin)) return href; // opaque origin (sandbox, data:): the background decides
  try {
    const base = baseURI();
    if (/^https?:/i.test(base) && new URL(base).origin === origin) return base;
  } catch {
    // the origin alone
  }
  return `${origin}/`;
}
