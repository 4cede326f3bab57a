// tldts's packed public-suffix trie (suffix.ts reads it): its build ships the types apart from the module.
declare module 'tldts/dist/es6/src/data/trie.js' {
  export * from 'tldts/dist/types/src/data/trie';
}
