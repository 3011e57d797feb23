// Documents made by the first version: tags under one key for every month, runs in document properties. Moved once.
import * as z from 'zod';
import { isMonthBound } from '../core/sheets/context';
import type { Spreadsheet } from '../render/sheets/types';
import { CampaignSchema, EventSchema, LanguageSchema, MonthSchema } from './api';
import { listMonths, MONTHS_KEY } from './month-index';
import { deleteKeys, readJson, writeJsonMakingRoom } from './props';
import type { Services } from './services';
import { FLOATING_KEY, monthKey, TAG_VERSION, tagText, type Run } from './tags';

const LEGACY_KEY = 'kpi-planner';
const LegacyRun = z.object({
  template: z.string(), lang: LanguageSchema, events: z.array(EventSchema),
  campaign: CampaignSchema.nullable(), today: z.string(),
});
const LegacyRecord = z.object({ runs: z.record(z.string(), LegacyRun), sheets: z.record(z.string(), z.string()) });
const LegacyTag = z.looseObject({
  sheet: z.string(), month: MonthSchema, template: z.string(), lang: LanguageSchema.optional(),
});

/**
 * Once per document (until the month list exists): each old tag is rewritten under its month's key with the run
 * that wrote the sheet, and the old run records are dropped (`all`, the properties read, is kept up to
 * date). A document without old tags pays one finder call once.
 */
export function migrateLegacy(services: Services, ss: Spreadsheet, all: Record<string, string>): void {
  const store = services.documentProperties();
  if (all[MONTHS_KEY] !== undefined || !store) return;
  const months = new Set(listMonths(all));
  for (const metadata of ss.createDeveloperMetadataFinder().withKey(LEGACY_KEY).find()) {
    const sheet = metadata.getLocation().getSheet();
    let old: unknown;
    try { old = JSON.parse(metadata.getValue() ?? ''); } catch { old = null; }
    const tag = LegacyTag.safeParse(old);
    if (!sheet || !tag.success) continue;
    const record = LegacyRecord.safeParse(readJson(all, `kpi-planner.month.${tag.data.month}`));
    const recorded = record.success ? record.data.runs[record.data.sheets[tag.data.sheet] ?? ''] : undefined;
    const run: Run = recorded ?? {
      template: tag.data.template, lang: tag.data.lang ?? 'en', events: [], campaign: null, today: services.today(),
    };
    const bound = isMonthBound(tag.data.sheet);
    // The old layout is not carried: the first regeneration then rewrites the sheet from scratch.
    const next = {
      columns: [], headerRow: null, entries: null, ...tag.data,
      version: TAG_VERSION, lang: run.lang, monthBound: bound, layout: undefined, run, seq: 0,
    };
    const key = bound ? monthKey(tag.data.month) : FLOATING_KEY;
    sheet.addDeveloperMetadata(key, tagText(next as Parameters<typeof tagText>[0]));
    metadata.remove();
    months.add(tag.data.month);
  }
  const records = Object.keys(all).filter((k) => k.startsWith('kpi-planner.month.'));
  // A document that never had sheets stays untouched (reading it must not write); its first generation writes the list.
  if (months.size === 0 && records.length === 0) return;
  deleteKeys(store, all, records);
  writeJsonMakingRoom(store, all, MONTHS_KEY, [...months].sort().reverse());
}
