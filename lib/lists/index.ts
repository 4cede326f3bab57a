// Public surface of the lists engine (pure: no browser APIs).
export { listDataSchema, type ListData, type BlockedEntry, type Brand } from './schema';
export { bundledList } from './bundled';
export { canonicalJson } from './canonical';
export { importPublicKey, importPrivateKey, generateKeyPair, type PublicKeyInfo } from './crypto';
export { LIST_FORMAT, signList, verifySignedList, type VerifyResult } from './envelope';
export { PINNED_PUBLIC_KEYS, trustedKeys } from './keys';
export { mergeWithBundled } from './merge';
export { fetchList } from './fetch-list';
export * from './refresh';
export * from './status';
export * from './dnr-rules';
export * from './warning-url';
