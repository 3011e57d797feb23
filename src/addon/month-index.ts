// The months that have sheets, kept as one short document property so the sidebar's list costs no sheet walk.
import * as z from 'zod';
import { MonthSchema } from './api';
import { readAll, readJson, writeJsonMakingRoom } from './props';
import type { Services } from './services';

export const MONTHS_KEY = 'kpi-planner.months';
const KEY = MONTHS_KEY;
/** 60 months take about 600 bytes; far more than anyone keeps is still small. */
const MAX_MONTHS = 240;
const IndexSchema = z.array(MonthSchema);

/** Newest first. */
export function listMonths(all: Record<string, string>): string[] {
  const parsed = IndexSchema.safeParse(readJson(all, KEY));
  return parsed.success ? parsed.data : [];
}

/** Recorded before a month's sheets are written, so a failure part-way never leaves sheets the list misses. */
export function recordMonth(services: Services, month: string): void {
  const store = services.documentProperties();
  const all = readAll(store);
  const months = listMonths(all);
  if (months.includes(month)) return;
  writeJsonMakingRoom(store, all, KEY, [...months, month].sort().reverse().slice(0, MAX_MONTHS));
}

