// When each source (GA4, Bitrix24, Meta CSV) last imported each month: one short document property, which getState
// reads with the rest, so the sidebar's source lines say it on opening at no extra service call.
import * as z from 'zod';
import { readAll, readJson, writeJsonMakingRoom } from './props';
import type { Services } from './services';

export type ImportSource = 'ga4' | 'crm' | 'social';
/** Source → month (YYYY-MM) → when its last import finished ("yyyy-MM-dd HH:mm", the spreadsheet's zone). */
export type ImportTimes = Partial<Record<ImportSource, Record<string, string>>>;

const KEY = 'kpi-planner.imported-at';
/** Two years of months per source: about 1 KB at most. */
const MAX_MONTHS = 24;
const Times = z.record(z.string().regex(/^\d{4}-\d{2}$/), z.string().max(40));
const Schema = z.object({ ga4: Times.optional(), crm: Times.optional(), social: Times.optional() });

export function loadImportTimes(all: Record<string, string>): ImportTimes {
  const parsed = Schema.safeParse(readJson(all, KEY));
  return parsed.success ? parsed.data : {};
}

/** After an import succeeded (the imports hold the document lock, so no other execution writes meanwhile). */
export function noteImport(services: Services, source: ImportSource, month: string): void {
  const store = services.documentProperties();
  if (!store) return;
  const all = readAll(store);
  const times = loadImportTimes(all);
  const months = Object.entries({ ...times[source], [month]: services.now() })
    .sort(([a], [b]) => b.localeCompare(a)).slice(0, MAX_MONTHS);
  writeJsonMakingRoom(store, all, KEY, { ...times, [source]: Object.fromEntries(months) }, month);
}
