/**
 * Link services that hide where a link goes (shorteners) or move the talk to a chat app (messengers). A shortened
 * link is named as such and never opened: following it would tell its owner the message was read.
 * Coupang's own short link host (coupa.ng) is in the official list and judged official before this is asked.
 */

const SHORTENERS = new Set([
  'bit.ly',
  'bitly.com',
  'me2.do',
  'han.gl',
  'naver.me',
  'url.kr',
  'c11.kr',
  'vo.la',
  'buly.kr',
  'lrl.kr',
  'zrr.kr',
  'hoy.kr',
  'vvd.bz',
  'abit.ly',
  'tinyurl.com',
  'goo.gl',
  'is.gd',
  'v.gd',
  't.co',
  't.ly',
  'cutt.ly',
  'rb.gy',
  'shorturl.at',
  'ow.ly',
  's.id',
  'tiny.cc',
  'rebrand.ly',
  'short.io',
  'gg.gg',
  '2.gy',
  'ko.gl',
  'asq.kr',
]);

const MESSENGERS = new Set([
  'open.kakao.com',
  'pf.kakao.com',
  'qr.kakao.com',
  't.me',
  'telegram.me',
  'telegram.org',
  'line.me',
  'lin.ee',
  'wa.me',
  'api.whatsapp.com',
  'chat.whatsapp.com',
]);

/** 'shortener', 'messenger' or null for an ASCII host name. */
export function linkService(hostname: string): 'shortener' | 'messenger' | null {
  const h = hostname.toLowerCase().replace(/^www\./, '');
  if (SHORTENERS.has(h)) return 'shortener';
  if (MESSENGERS.has(h)) return 'messenger';
  return null;
}
