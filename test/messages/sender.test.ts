import { describe, expect, test } from 'vitest';
import { classifySender } from '../../lib/messages/sender';

const ID = 'kacgcpbgjlnmmbneikbojlbinmemhkpo';
const ORIGIN = `chrome-extension://${ID}/`;

describe('classifySender', () => {
  test.each([
    ['popup', { id: ID, url: `${ORIGIN}popup.html` }, 'extension-page'],
    [
      'warning page in a tab',
      { id: ID, url: `${ORIGIN}warning.html?u=x`, tabId: 3, frameId: 0 },
      'extension-page',
    ],
    [
      'content script, top frame',
      { id: ID, url: 'https://evil.example/', tabId: 3, frameId: 0 },
      'content-script',
    ],
    [
      'content script, sub-frame',
      { id: ID, url: 'https://evil.example/', tabId: 3, frameId: 7 },
      'content-script',
    ],
    ['content script, srcdoc frame', { id: ID, url: 'about:srcdoc', tabId: 3, frameId: 9 }, 'content-script'],
    ['content script, no frame id', { id: ID, url: 'https://evil.example/', tabId: 3 }, 'untrusted'],
    ['other extension', { id: 'abcdefghijklmnopabcdefghijklmnop', url: `${ORIGIN}popup.html` }, 'untrusted'],
    ['no id', { url: `${ORIGIN}popup.html` }, 'untrusted'],
    [
      'lookalike origin',
      { id: ID, url: `chrome-extension://${ID}.evil.example/popup.html`, tabId: 1, frameId: 0 },
      'untrusted',
    ],
    ['data: frame', { id: ID, url: 'data:text/html,hi', tabId: 3, frameId: 4 }, 'content-script'],
    ['javascript: URL', { id: ID, url: 'javascript:alert(1)', tabId: 3, frameId: 0 }, 'untrusted'],
    // a page opened from disk is read by the page guard (red team 33, r01): its frames speak as content scripts
    [
      'file URL (a page opened from disk)',
      { id: ID, url: 'file:///C:/Users/a/Downloads/form.html', tabId: 3, frameId: 0 },
      'content-script',
    ],
    ['file URL without a tab', { id: ID, url: 'file:///home/a/form.html', frameId: 0 }, 'untrusted'],
    ['no tab', { id: ID, url: 'https://evil.example/' }, 'untrusted'],
  ] as const)('%s', (_name, sender, expected) => {
    expect(classifySender(sender, ID, ORIGIN)).toBe(expected);
  });

  test('accepts an origin given without the trailing slash', () => {
    expect(classifySender({ id: ID, url: `${ORIGIN}options.html` }, ID, ORIGIN.slice(0, -1))).toBe(
      'extension-page',
    );
  });
});
