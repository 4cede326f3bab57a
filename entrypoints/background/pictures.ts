import type { Browser } from 'wxt/browser';
import { csPicture } from '../../lib/messages/index';
import { onContentMessage } from './router';
import { isWebUrl } from './verdicts';

/**
 * The picture reader's second request (lib/page/picture-read.ts, `AskAgain`): on a page whose requests its own
 * service worker answers, a picture the reader asked the page's address for (a CSS background) may have been answered
 * with another picture than the page shows — red team 41's w2 hands the sign-in picture over once and a blank one to
 * every later request, and a machine slower than ours (CI, 2026-12-07) read the blank one. The background's fetch is
 * no request of the page's: no page's worker answers it. Only a picture of the sending frame's own origin (the only
 * pictures the reader reads), no cookies or credentials (nothing the page's own load did not send), at most MAX_BYTES
 * of an image type, within FETCH_MS. The bytes go back as base64 (Chromium's messages are JSON).
 */
const FETCH_MS = 2000;
const MAX_BYTES = 4 * 1024 * 1024;
type Sender = Browser.runtime.MessageSender;

function sameOrigin(a: string, b: string | undefined): boolean {
  try {
    return !!b && new URL(a).origin === new URL(b).origin;
  } catch {
    return false;
  }
}

export async function fetchPicture(url: string): Promise<{ type: string; data: string } | null> {
  try {
    const res = await fetch(url, {
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      signal: AbortSignal.timeout(FETCH_MS),
    });
    const type = res.headers.get('content-type') ?? '';
    if (!res.ok || !/^\s*image\//i.test(type)) return null;
    const bytes = new Uint8Array(await res.arrayBuffer());
    if (bytes.length > MAX_BYTES) return null;
    let bin = '';
    for (let i = 0; i < bytes.length; i += 0x8000)
      bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return { type: type.split(';')[0]!.trim(), data: btoa(bin) };
  } catch {
    return null;
  }
}

async function onPicture(raw: unknown, sender: Sender): Promise<{ type: string; data: string } | null> {
  const m = csPicture.safeParse(raw);
  if (
    !m.success ||
    sender.tab?.id === undefined ||
    !isWebUrl(m.data.url) ||
    !sameOrigin(m.data.url, sender.url)
  )
    return null;
  return fetchPicture(m.data.url);
}

export function setupPictureFetch(): void {
  onContentMessage('cs:picture', onPicture);
}
