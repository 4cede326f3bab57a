import type { ListData } from './schema';
import signed from './data/bundled-list.signed.json';

/**
 * The list shipped inside the extension: protects from the first second, offline. It is the signed file
 * lib/lists/data/bundled-list.signed.json (built from lists/sources, signed with the release key); its
 * signature is checked by `npm run lists:verify` in CI and by test/lists/bundled.test.ts, not at run time
 * (it is part of the extension's own code).
 */
export const bundledList: ListData = signed.list as ListData;

/** Key id that signed the bundled list. */
export const bundledKeyId: string = signed.keyId;
