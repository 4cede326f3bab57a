/** Verdict of the page guard. */
export type PageVerdictKind = 'suspicious-page' | 'clean';

export type PageReasonCode =
  // who the page claims to be (identity; positive weight)
  | 'brand-title'
  | 'brand-meta'
  | 'brand-heading'
  | 'brand-header'
  | 'brand-logo'
  | 'brand-cdn-asset'
  | 'brand-favicon'
  | 'brand-copyright'
  | 'brand-structure'
  | 'brand-service-words'
  | 'brand-body-claim'
  | 'brand-url'
  | 'brand-obfuscated'
  | 'brand-account-ask'
  // why a brand mention is only a mention (identity; negative weight)
  | 'context-other-site'
  | 'context-article'
  | 'context-discussion'
  | 'context-affiliate'
  | 'context-comparison'
  | 'context-not-affiliated'
  | 'context-reader-form'
  | 'context-checkout'
  // what it asks for (risk)
  | 'asks-password'
  | 'asks-seed-phrase'
  | 'asks-gift-pin'
  | 'asks-otp'
  | 'asks-card'
  | 'asks-resident-id'
  | 'asks-bank-account'
  | 'asks-customs-code'
  | 'asks-sim-code'
  | 'asks-identity-bundle'
  | 'asks-address-phone'
  | 'asks-messenger-id'
  | 'asks-entrance-code'
  | 'asks-cert-password'
  | 'asks-identity-verification'
  | 'form-posts-elsewhere'
  | 'form-posts-to-ip'
  | 'sends-to-messenger'
  // lures (risk)
  | 'app-download'
  | 'app-install-prompt'
  | 'remote-control-app'
  | 'asks-remote-code'
  | 'mail-release-lure'
  | 'asks-run-command'
  | 'asks-push-permission'
  | 'qr-handoff'
  | 'callback-lure'
  | 'transfer-lure'
  | 'arrears-lure'
  | 'handoff-lure'
  | 'wallet-lure'
  | 'loan-lure'
  | 'refund-lure'
  | 'delivery-lure'
  | 'urgency';

/** Which half of the decision a reason feeds: who the page claims to be, or what it wants from the user. */
export type PageReasonGroup = 'identity' | 'risk';

export interface PageReason {
  code: PageReasonCode;
  /** short evidence (a matched word, a field name, a link host); untrusted page text: render as text only */
  evidence?: string;
  /** contribution to the score; negative for context reasons that mark a mere mention */
  weight: number;
  group?: PageReasonGroup;
}

export interface PageVerdict {
  verdict: PageVerdictKind;
  /** identity + risk, rounded to one decimal; see docs/page-guard.md */
  score: number;
  /** brand the page presents itself as */
  brand?: string;
  reasons: PageReason[];
  /** the two halves of the score (suspicious-page needs both over their thresholds) */
  identity?: number;
  risk?: number;
  /**
   * the page names another owner (a site name, logo or company line of its own), whether or not a context reason
   * still weighs: the tab's verdict (combineFrames) judges the reasons again and must know it
   */
  owner?: boolean;
  /**
   * the page is a firm's whose name its host spells, named in its title or main heading, and its title is not the
   * brand's own ("누리카드 | 쿠팡 결제 시 10% 청구할인" on nuricard.example: score.ts hostFirm, firmTitle 1)
   */
  firm?: boolean;
}
