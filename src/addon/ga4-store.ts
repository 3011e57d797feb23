// A month's GA4 import kept in document properties, so regenerate and download rebuild the GA4 sheet and highlights.
import * as z from 'zod';
import type { Ga4MonthResult } from '../core/ga4/types';
import { deleteKeys, readAll, readJson, utf8Length, writeJsonMakingRoom } from './props';
import type { KeyValueStore, Services } from './services';

const PREFIX = 'kpi-planner.ga4.';
const COPY = /^kpi-planner\.ga4\.(\d{4}-\d{2})(?:#\d+)?$/;

/**
 * Bytes all months' GA4 copies may take, so everything the add-on stores stays under 100 KB (settings and the
 * month list take about 1 KB). A month is about 4–12 KB (up to 100 campaign rows), so the latest half-dozen or
 * more months keep theirs; the oldest go first, and those months then regenerate and download without a GA4 sheet.
 */
export const GA4_BUDGET = 90 * 1024;

export interface Ga4Record {
  property: string;
  result: Ga4MonthResult;
  /** KPI id → the number this import wrote as its actual (not the ones where the manager's entry stayed). */
  actuals: Record<string, number>;
}

const Table = z.object({ metrics: z.array(z.string()), types: z.array(z.string()), rows: z.array(z.object({ key: z.string(), values: z.array(z.number().nullable()) })) });
const RecordSchema = z.object({
  property: z.string(),
  actuals: z.record(z.string(), z.number()),
  result: z.looseObject({
    month: z.string(), kind: z.enum(['api', 'csv']), source: z.string(), startDate: z.string(), endDate: z.string(),
    totals: z.array(z.looseObject({ metric: z.string(), value: z.number().nullable(), type: z.string() })),
    daily: Table, channels: Table, campaigns: Table,
    quality: z.looseObject({ sampled: z.boolean(), thresholded: z.boolean(), otherRow: z.boolean(), restrictedMetrics: z.array(z.string()), notes: z.array(z.string()) }),
    requests: z.object({ http: z.number(), reports: z.number() }),
  }),
});

/** The stored import of `month`, or null when there is none (or it no longer reads as one). */
export function loadGa4(all: Record<string, string>, month: string): Ga4Record | null {
  const parsed = RecordSchema.safeParse(readJson(all, PREFIX + month));
  // The schema checks the shape the GA4 sheet needs; the metric types are GA4's own strings.
  return parsed.success ? (parsed.data as unknown as Ga4Record) : null;
}

/**
 * Room is made first (the store refuses a write past its quota). Should the store still be full (something
 * else filled it), older months' copies go one by one; if even then it does not fit, StoreFullError says so
 * before any sheet is written.
 */
export function saveGa4(services: Services, month: string, record: Ga4Record): void {
  const store = services.documentProperties();
  if (!store) return;
  const all = readAll(store);
  prune(store, all, month, utf8Length(JSON.stringify(record)), GA4_BUDGET);
  writeJsonMakingRoom(store, all, PREFIX + month, record, month);
}

/** Drops the oldest months' copies that would not fit `budget` next to `size` for the month being written. */
function prune(store: KeyValueStore, all: Record<string, string>, keep: string, size: number, budget: number): void {
  const months = [...new Set(Object.keys(all).map((k) => COPY.exec(k)?.[1]))]
    .filter((m): m is string => !!m && m !== keep)
    .sort((a, b) => b.localeCompare(a));
  let used = size;
  for (const month of months) {
    const keys = Object.keys(all).filter((k) => COPY.exec(k)?.[1] === month);
    used += keys.reduce((n, k) => n + utf8Length(k) + utf8Length(all[k]), 0);
    if (used > budget) deleteKeys(store, all, keys);
  }
}
