// Closing a month's part of the server API: who closes it, and the record the sidebar shows.
import * as z from 'zod';
import { MonthSchema } from './api-common';

/** Closing names who closes: typed once in the sidebar (no OAuth scope reads the user's address). */
export const CloseMonthArgsSchema = z
  .object({ month: MonthSchema, closedBy: z.string().trim().min(1, 'your name').max(100, 'at most 100 characters') })
  .strict();
export type CloseMonthArgs = z.input<typeof CloseMonthArgsSchema>;

/** A closed month: who closed it, when, and its snapshot tab. */
export interface ClosedInfo {
  month: string;
  closedBy: string;
  /** `YYYY-MM-DD HH:mm` in the spreadsheet's time zone. */
  closedAt: string;
  sheet: string;
}
