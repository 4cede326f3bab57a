/** The message check: links, numbers and scam scripts in a pasted message. */
export { checkMessage, MAX_MESSAGE_INPUT, MAX_MESSAGE_LENGTH, readWindow } from './check';
export type {
  LinkFinding,
  LinkKind,
  MessageReason,
  MessageReasonCode,
  MessageVerdict,
  MessageVerdictKind,
  NumberFinding,
  NumberKind,
} from './check';
export type { LureFamily } from './scripts';
