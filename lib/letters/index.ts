/**
 * Letters as people see them, shared by the domain guard and the page guard: Hangul by jamo, the Korean keyboard
 * layout, look-alike letters Unicode's table leaves out, full-width forms and separators inside a word. Pure
 * functions, small tables: the page guard's content script imports the parts it needs.
 */
export {
  composeJamo,
  composeSyllable,
  editDistance,
  hasHangul,
  isHangulSyllable,
  jamoDistance,
  syllableParts,
  toJamo,
} from './hangul';
export { hangulToKeys, keysToHangul } from './keyboard';
export { olderRomanizations, romanize, romanizations, soundRomanizations } from './romanize';
export { extraConfusable, extraConfusables } from './confusables';
export { foldWidth, joinWord, SEPARATOR_CHARS, stripSeparators } from './text';
