// The daily refresh's part of the server API: its switch and what the sidebar shows about it (plain JSON).
import * as z from 'zod';

export const DailyRefreshArgsSchema = z.object({ on: z.boolean() }).strict();
export type DailyRefreshArgs = z.infer<typeof DailyRefreshArgsSchema>;

/** One source's line of the last run, as the Run log has it. */
export interface RefreshLine {
  source: 'ga4' | 'crm' | 'sheets';
  outcome: 'ok' | 'failed' | 'skipped';
  message: string;
}

export interface RefreshState {
  /** Somebody turned it on for this document (their trigger runs as them). */
  on: boolean;
  /** The signed-in user's own trigger does it (only they can turn it off). */
  mine: boolean;
  /** About when it runs, in the script's time zone. */
  hour: number;
  /** The last run in this document: its time and each source's outcome. */
  last: { at: string; lines: RefreshLine[] } | null;
  /**
   * Another editor turned it on, but it has not run for two days (its trigger was deleted, or it cannot run):
   * when it was last seen. It then counts as off, and anyone may turn it on as themselves.
   */
  lapsed: string | null;
  /** The user's trigger could not open this document at all (nothing was written into it). */
  couldNotOpen: { at: string; message: string } | null;
}
