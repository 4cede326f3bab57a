import { z } from 'zod/mini';
import { MAX_MESSAGE_INPUT, type MessageVerdict } from '../message/check';
import type { BrandNames, Contacts } from './ui';

/**
 * Messages of the message check. ui:check-message: an extension page (popup, check page) asks for a verdict on
 * pasted text. ui:take-selection: the check page collects the text the context menu handed over, once.
 * cs:judge-links: the webmail link marker asks which of a batch of link hosts are look-alikes or known-bad; it
 * holds no lists itself. Text from pages and users is untrusted: bounded here, never rejected for its length.
 */
export const uiCheckMessage = z.object({
  type: z.literal('ui:check-message'),
  // whole, so the end of a long paste reaches the check (which reads its start and end, lib/message readWindow)
  text: z.string().check(z.maxLength(MAX_MESSAGE_INPUT)),
});

export const uiTakeSelection = z.object({
  type: z.literal('ui:take-selection'),
  id: z.string().check(z.regex(/^[A-Za-z0-9-]{8,64}$/)),
});

/** At most this many hosts per batch: a webmail page with more links asks again. */
export const MAX_LINK_BATCH = 200;

export const csJudgeLinks = z.object({
  type: z.literal('cs:judge-links'),
  hosts: z.array(z.string().check(z.minLength(1), z.maxLength(253))).check(z.maxLength(MAX_LINK_BATCH)),
});

/** Reply to cs:judge-links: the flagged hosts only, with the verdict. */
export interface JudgeLinksReply {
  flagged: Array<{ host: string; verdict: 'blocked' | 'lookalike' }>;
}

export interface TakeSelectionReply {
  text: string | null;
}

/** Reply to ui:check-message: the verdict, and the list data a view needs to say what to do. */
export interface CheckMessageReply {
  result: MessageVerdict;
  contacts: Contacts;
  /** the brand the text speaks for or names (the main brand when it names none) */
  brand: BrandNames | null;
}
