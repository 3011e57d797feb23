// The years and rounds that have sheets, one short document property apart from the month list (never a month).
import * as z from 'zod';
import { PeriodIdSchema } from './period-api';
import { readAll, readJson, writeJsonMakingRoom } from './props';
import type { Services } from './services';

export const PERIODS_KEY = 'kpi-planner.periods';
const KEY = PERIODS_KEY;
const MAX_PERIODS = 120;
const IndexSchema = z.array(PeriodIdSchema);

/** A period's tag key part: "year.2026", "round.2026-spring"; never shaped like a month, so no month finds them. */
export const periodKey = (period: string) => (/^\d{4}$/.test(period) ? `year.${period}` : `round.${period}`);
export const isPeriodKey = (key: string) => /^(year|round)\./.test(key);

/** Newest first. */
export function listPeriods(all: Record<string, string>): string[] {
  const parsed = IndexSchema.safeParse(readJson(all, KEY));
  return parsed.success ? parsed.data : [];
}

/** Recorded before the period's sheets are written, as a month is. */
export function recordPeriod(services: Services, key: string): void {
  const period = key.replace(/^(year|round)\./, '');
  const store = services.documentProperties();
  const all = readAll(store);
  const periods = listPeriods(all);
  if (periods.includes(period)) return;
  writeJsonMakingRoom(store, all, KEY, [...periods, period].sort().reverse().slice(0, MAX_PERIODS));
}
