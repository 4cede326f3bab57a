import type { ListData } from './schema';
import bundled from './data/bundled-list.json';

/** The list shipped inside the extension: protects from the first second, offline. */
export const bundledList: ListData = bundled as ListData;
