// A closed month's record: developer metadata on its snapshot tab, keyed by month (one finder call), read with zod.
import * as z from 'zod';
import type { SnapshotInput } from '../core/sheets/snapshot';
import type { Sheet, Spreadsheet } from '../render/sheets/types';
import { LanguageSchema, MonthSchema } from './api';

/** Apart from the generated sheets' keys, so generate, regenerate and imports never see or touch the snapshot. */
export const closedKey = (month: string) => `kpi-planner.closed.${month}`;
/** The user property holding the name this user closes months with. */
export const CLOSER_KEY = 'kpi-planner.closer';

const Stored = z.union([z.number(), z.string(), z.null()]);
const Shown = z.object({
  kpi: z.string(), target: z.string(), due: z.string(), actual: z.string(), variance: z.string(),
  achieved: z.string(), status: z.string(),
});
const RecordSchema = z.object({
  version: z.literal(1),
  month: MonthSchema,
  lang: LanguageSchema,
  process: z.string(),
  asOf: z.string(),
  ended: z.boolean(),
  closedBy: z.string(),
  closedAt: z.string(),
  /** The template the month's KPI sheet was made from (the download's file name). */
  template: z.string(),
  kpis: z.array(z.object({
    id: z.string(), shown: Shown,
    values: z.object({ target: Stored, actual: Stored, status: Stored, achieved: Stored }),
  })),
});
export type ClosedRecord = z.infer<typeof RecordSchema>;

export interface ClosedMonth {
  sheet: Sheet;
  record: ClosedRecord;
}

/** The snapshot's input without the live part, which depends on where it is rendered. */
export function recordInput(record: ClosedRecord): Omit<SnapshotInput, 'live'> {
  const { version: _v, template: _t, ...input } = record;
  return input;
}

/** The month's snapshot and its record, or null when it is open (a record that doesn't parse counts as none). */
export function findClosed(ss: Spreadsheet, month: string): ClosedMonth | null {
  for (const metadata of ss.createDeveloperMetadataFinder().withKey(closedKey(month)).find()) {
    const sheet = metadata.getLocation().getSheet();
    let parsed: unknown;
    try {
      parsed = JSON.parse(metadata.getValue() ?? '');
    } catch {
      continue;
    }
    const record = RecordSchema.safeParse(parsed);
    if (sheet && record.success) return { sheet, record: record.data };
  }
  return null;
}

export function recordText(record: ClosedRecord): string {
  return JSON.stringify(RecordSchema.parse(record));
}
