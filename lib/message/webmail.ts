/**
 * Webmail and web messaging pages where links in messages get markers before the click (Gmail, Naver Mail,
 * Daum Mail, Outlook on the web, Google Messages for web). Match patterns for the manifest.
 */
export const WEBMAIL_MATCHES = [
  '*://mail.google.com/*',
  '*://mail.naver.com/*',
  '*://mail.daum.net/*',
  '*://outlook.live.com/*',
  '*://outlook.office.com/*',
  '*://outlook.office365.com/*',
  '*://messages.google.com/*',
] as const;
