/** Verdict of the page guard. */
export type PageVerdictKind = 'suspicious-page' | 'clean';

export type PageReasonCode =
  // who the page claims to be
  | 'brand-title'
  | 'brand-meta'
  | 'brand-heading'
  | 'brand-logo'
  | 'brand-cdn-asset'
  | 'brand-copyright'
  | 'brand-service-words'
  | 'brand-obfuscated'
  // what it asks for
  | 'asks-password'
  | 'asks-otp'
  | 'asks-card'
  | 'asks-resident-id'
  | 'asks-bank-account'
  | 'asks-address-phone'
  | 'asks-entrance-code'
  | 'asks-identity-verification'
  | 'form-posts-elsewhere'
  | 'form-posts-to-ip'
  // lures
  | 'app-download'
  | 'remote-control-app'
  | 'refund-lure'
  | 'delivery-lure'
  | 'urgency';

export interface PageReason {
  code: PageReasonCode;
  /** short evidence (a matched word, a field name, a link host); untrusted page text: render as text only */
  evidence?: string;
  weight: number;
}

export interface PageVerdict {
  verdict: PageVerdictKind;
  score: number;
  /** brand the page presents itself as */
  brand?: string;
  reasons: PageReason[];
}
