// A month's GA4 import kept in document properties, so regenerate and download rebuild the GA4 sheet and highlights.
import * as z from 'zod';
import type { Ga4MonthResult } from '../core/ga4/types';
import { readAll, readJson, writeJson } from './props';
import type { KeyValueStore, Services } from './services';

const PREFIX = 'kpi-planner.ga4.';

/**
 * Campaigns listed on the GA4 sheet (and kept): the most sessions first, as GA4 orders them. Any
 * utm_campaign makes a row, so a month may bring thousands; the sheet and its stored copy stay small.
 */
export const MAX_CAMPAIGNS = 100;

/**
 * Characters (UTF-8 bytes) all months' GA4 copies may take of the 500 KB a document's properties hold.
 * A month is about 4 KB plus up to 100 campaign rows, so this keeps a dozen or more months; the
 * oldest copies go first, and their months then regenerate and download without a GA4 sheet.
 */
export const GA4_BUDGET = 250 * 1024;

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
export function loadGa4(services: Services, month: string): Ga4Record | null {
  const parsed = RecordSchema.safeParse(readJson(readAll(services.documentProperties()), PREFIX + month));
  return parsed.success ? (parsed.data as unknown as Ga4Record) : null;
}

/** The top MAX_CAMPAIGNS campaigns, with a note on the sheet saying how many more there were. */
export function capCampaigns(result: Ga4MonthResult): Ga4MonthResult {
  const rows = result.campaigns.rows;
  if (rows.length <= MAX_CAMPAIGNS) return result;
  const note = `Campaigns: the ${MAX_CAMPAIGNS} with the most sessions are listed; ${rows.length - MAX_CAMPAIGNS} more are left out.`;
  return {
    ...result,
    campaigns: { ...result.campaigns, rows: rows.slice(0, MAX_CAMPAIGNS) },
    quality: { ...result.quality, notes: [...result.quality.notes, note] },
  };
}

export function saveGa4(services: Services, month: string, record: Ga4Record): void {
  const store = services.documentProperties();
  if (!store) return;
  const all = readAll(store);
  // Room is made first: the store refuses a write that would take it past its quota.
  prune(store, all, month, utf8Length(JSON.stringify(record)));
  writeJson(store, all, PREFIX + month, record);
}

/** Drops the oldest months' copies that would not fit GA4_BUDGET next to `size` for the month being written. */
function prune(store: KeyValueStore, all: Record<string, string>, keep: string, size: number): void {
  const pattern = /^kpi-planner\.ga4\.(\d{4}-\d{2})(?:#\d+)?$/;
  const months = [...new Set(Object.keys(all).map((k) => pattern.exec(k)?.[1]))]
    .filter((m): m is string => !!m && m !== keep)
    .sort((a, b) => b.localeCompare(a));
  let used = size;
  for (const month of months) {
    const keys = Object.keys(all).filter((k) => pattern.exec(k)?.[1] === month);
    used += keys.reduce((n, k) => n + utf8Length(k) + utf8Length(all[k]), 0);
    if (used <= GA4_BUDGET) continue;
    for (const k of keys) {
      store.deleteProperty(k);
      delete all[k];
    }
  }
}

function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c < 0xdc00 ? (i++, 4) : 3;
  }
  return n;
}
