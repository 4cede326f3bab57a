import { z } from 'zod/mini';

/**
 * List messages (extension pages → background):
 *   ui:list-status  → ListStatus (lib/lists/status.ts)
 *   ui:list-refresh → ListStatus after a check of the list URL ("check now"; skips the schedule)
 */
export const uiListStatus = z.object({ type: z.literal('ui:list-status') });
export const uiListRefresh = z.object({ type: z.literal('ui:list-refresh') });

export type { ListStatus } from '../lists/status';
