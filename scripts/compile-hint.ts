import type { Plugin } from 'vite';

/**
 * V8's explicit compile hint (Chromium 136 and later): a script that starts with this comment has all its functions
 * compiled when the script is, instead of each being pre-parsed then, and parsed again and compiled at its first
 * call. Every frame of every page runs the content script once, in a renderer that has not compiled it yet, and
 * an ordinary page calls most of its functions (the hold, the guard's start, the gate, the text fold): compiling
 * them in one pass cost the bench's small page ~1.2 ms less of the content script's ~7 ms (issue #16, perf9,
 * docs/performance.md). Other engines read a comment.
 */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';

/** The Vite plugin: puts the hint at the very start of the emitted chunks `fileName` matches, after minifying. */
export function compileHint(match: (fileName: string) => boolean): Plugin {
  return {
    name: 'coupang-guard:compile-hint',
    enforce: 'post',
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle))
        if (chunk.type === 'chunk' && match(chunk.fileName) && !chunk.code.startsWith(COMPILE_HINT))
          chunk.code = COMPILE_HINT + chunk.code;
    },
  };
}
