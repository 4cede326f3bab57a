import type { ListData } from './schema';
import list from './data/bundled-list.json';

/**
 * The list shipped inside the extension: protects from the first second, offline. It is
 * lib/lists/data/bundled-list.json, generated from lists/sources by `npm run lists:build` (and by the
 * build): the same sources give the same bytes, and test/lists/bundled.test.ts fails when the file and the
 * sources disagree. It is not signed: it is trusted because it is part of the extension's own code, like
 * the engine that reads it. Only lists fetched at run time need a signature.
 */
export const bundledList: ListData = list as ListData;
