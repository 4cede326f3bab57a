/**
 * Stands in for WXT's ContentScriptContext in the content script bundle (aliased in wxt.config.ts). WXT's
 * context listens for a CustomEvent and a window message that any page can send, and invalidates the script
 * when it sees them (issue #10, attack 1); it also posts its event name to the page. This stub does neither:
 * the content script's life is the document's life, and no page controls it.
 */
export class ContentScriptContext {
  readonly isInvalid = false;
  readonly isValid = true;
  onInvalidated(): () => void {
    return () => undefined;
  }
}
