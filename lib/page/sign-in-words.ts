/**
 * A sign-in's words, in a module of their own so that only the scorer carries them (the content script reads
 * lexicon.ts too, and keeps an object literal of it whole). Tight words, as lexicon.ts writes them.
 */

import { words } from './lexicon';

/**
 * The words (tight) of a box that takes the sign-in id, and of the password beside it: one list for every reader of a
 * sign-in in score.ts, so a new id word is added here once. Each reader takes the groups it needs:
 * - `id`: the id itself ("아이디", "ID", "이메일", "email") — every reader;
 * - `login`: a login form's longer spellings of it ("userid", "loginid", "이메일주소") — read as an id box by a
 *   box's whole words or their start, not as a top bar's bare login;
 * - `member`: what a shop's sign-in takes instead of an id ("회원번호", "휴대폰번호") — only by a box's words read
 *   loosely ("휴대폰번호를 입력해주세요"), never a whole-word reader;
 * - `user`: a bare "user", only as a top bar's bare login;
 * - `password`: the password box's words.
 * A reader that reads a box's words loosely finds a Korean word anywhere in them and a Latin one at their start only
 * ("paid", "valid" hold no id).
 */
export const SIGN_IN_WORDS = {
  id: words(/아이디|이메일|id|username|email/),
  login: words(/userid|loginid|이메일주소/),
  member: words(/회원번호|휴대폰번호/),
  user: ['user'],
  password: words(/비밀번호|password|pw/),
};
