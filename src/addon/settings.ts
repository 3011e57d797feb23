// What the add-on remembers in the document: the sidebar's settings and the inputs each month was built from.
import * as z from 'zod';
import { SettingsSchema, EventSchema, CampaignSchema, LanguageSchema, type Settings, type SheetId, type EventInput, type CampaignArgs } from './api';
import type { Language } from '../core/template/schema';
import type { TaggedSheet } from '../render/sheets/tags';
import { readAll, readJson, writeJson } from './props';
import type { Services } from './services';

const SETTINGS_KEY = 'kpi-planner.settings';
const monthKey = (month: string) => `kpi-planner.month.${month}`;

/** The inputs of one generation; download rebuilds each sheet from the run that wrote it. */
export interface Run {
  template: string;
  lang: Language;
  events: EventInput[];
  campaign: CampaignArgs | null;
  today: string;
}

export interface MonthRecord {
  runs: Record<string, Run>;
  /** Sheet id → the run that last wrote it. */
  sheets: Partial<Record<SheetId | 'ga4', string>>;
}

const RunSchema = z.object({
  template: z.string(), lang: LanguageSchema, events: z.array(EventSchema), campaign: CampaignSchema.nullable(), today: z.string(),
});
const MonthRecordSchema = z.object({ runs: z.record(z.string(), RunSchema), sheets: z.record(z.string(), z.string()) });

export function loadSettings(services: Services): Settings {
  const parsed = SettingsSchema.safeParse(readJson(readAll(services.documentProperties()), SETTINGS_KEY));
  // Stored settings that no longer validate (an older version) count as none rather than breaking the sidebar.
  return parsed.success ? parsed.data : {};
}

export function saveSettings(services: Services, patch: Settings): Settings {
  const store = services.documentProperties();
  const all = readAll(store);
  const old = SettingsSchema.safeParse(readJson(all, SETTINGS_KEY));
  const merged: Settings = { ...(old.success ? old.data : {}), ...patch };
  writeJson(store, all, SETTINGS_KEY, merged);
  return merged;
}

export function loadMonth(services: Services, month: string): MonthRecord {
  const parsed = MonthRecordSchema.safeParse(readJson(readAll(services.documentProperties()), monthKey(month)));
  return parsed.success ? (parsed.data as MonthRecord) : { runs: {}, sheets: {} };
}

/** Records `run` as the writer of `sheets`, dropping runs no sheet points at any more. */
export function recordRun(services: Services, month: string, run: Run, sheets: (SheetId | 'ga4')[]): void {
  const store = services.documentProperties();
  const all = readAll(store);
  const parsed = MonthRecordSchema.safeParse(readJson(all, monthKey(month)));
  const record = parsed.success ? (parsed.data as MonthRecord) : { runs: {}, sheets: {} };
  const id = `run-${1 + Math.max(0, ...Object.keys(record.runs).map((k) => Number(k.slice(4)) || 0))}`;
  record.runs[id] = run;
  for (const sheet of sheets) record.sheets[sheet] = id;
  const used = new Set(Object.values(record.sheets));
  for (const key of Object.keys(record.runs)) if (!used.has(key)) delete record.runs[key];
  writeJson(store, all, monthKey(month), record);
}

/** The latest run of a month: what the sidebar shows as that month's events and campaign. */
export function latestRun(record: MonthRecord): Run | null {
  const ids = Object.keys(record.runs).sort((a, b) => Number(b.slice(4)) - Number(a.slice(4)));
  return ids.length ? record.runs[ids[0]] : null;
}

/** The run that last wrote sheet `id` of a month; a sheet made before runs were recorded falls back to its tag. */
export function runOfSheet(record: MonthRecord, tagged: TaggedSheet[], id: string, fallback: { lang: Language; today: string }): Run {
  const recorded = record.runs[record.sheets[id as SheetId] ?? ''];
  if (recorded) return recorded;
  const tag = tagged.find((t) => t.tag.sheet === id)!.tag;
  const tagLang = LanguageSchema.safeParse(tag.lang);
  return { template: tag.template, lang: tagLang.success ? tagLang.data : fallback.lang, events: [], campaign: null, today: fallback.today };
}
