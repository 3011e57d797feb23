// Developer-metadata tags on generated sheets: found by month key (constant cost), parsed with zod, carrying the run.
import * as z from 'zod';
import type { SheetSpec } from '../core/model/workbook';
import type { Layout } from '../render/sheets/layout';
import type { Sheet, Spreadsheet } from '../render/sheets/types';
import {
  CampaignSchema, EventSchema, LanguageSchema, ProfileSchema, type CampaignArgs, type EventInput,
} from './api';
import type { Audience, Language } from '../core/template/schema';
import { SHEET_IDS, type SheetId } from '../core/sheets/context';
import { YEAR_SHEET_IDS } from '../core/constants';

/** Month-bound sheets are keyed by their month, so finding one month never walks the others. */
export const monthKey = (month: string) => `kpi-planner.sheets.${month}`;
/** Sheets that are one per process (the summary) share one key, whatever month they show. */
export const FLOATING_KEY = 'kpi-planner.sheets';
/** Bump when the tag's meaning changes; readers skip tags newer than they understand. */
export const TAG_VERSION = 2;
/** What Sheets keeps per metadata value; a tag must fit (checked before anything is written). */
export const TAG_LIMIT = 30_000;

/** The inputs a sheet was last written from: download and regenerate rebuild it from exactly these. */
export interface Run {
  template: string;
  lang: Language;
  events: EventInput[];
  campaign: CampaignArgs | null;
  today: string;
  /** The business's profile the plan was fitted to (absent: every step). */
  profile?: Audience[];
}

const LayoutSchema = z.object({
  widths: z.array(z.number()), heights: z.array(z.tuple([z.number(), z.number()])), merges: z.array(z.string()),
  hidden: z.array(z.number()), frozen: z.tuple([z.number(), z.number()]), tabColor: z.string().nullable(),
  /** The charts drawn (src/render/sheets/charts.ts): by id once known, else by anchor. */
  charts: z.array(z.object({ id: z.number().optional(), row: z.number(), col: z.number() })).optional(),
});
/** Events as [type, date, time, title] tuples: a tag holds a month's events, so every character counts. */
const StoredEvent = z.tuple([z.string(), z.string(), z.string(), z.string()]).transform(
  ([type, date, time, title], ctx) => {
    const parsed = EventSchema.safeParse({ type, date, title, ...(time ? { time } : {}) });
    if (!parsed.success) ctx.addIssue({ code: 'custom', message: 'not an event' });
    return parsed.data as EventInput;
  },
);
const RunSchema = z.object({
  template: z.string(), lang: LanguageSchema, events: z.array(StoredEvent),
  campaign: CampaignSchema.nullable(), today: z.string(), profile: ProfileSchema.optional(),
});
const TagSchema = z.object({
  /** A sheet id this version knows; a tag of a newer version's sheet is skipped. */
  sheet: z.enum([
    ...SHEET_IDS, 'ga4', 'social', 'crm', 'round-review', 'director-form', ...YEAR_SHEET_IDS,
  ] satisfies SheetId[]),
  month: z.string(),
  template: z.string(),
  version: z.number().max(TAG_VERSION),
  lang: LanguageSchema,
  monthBound: z.boolean(),
  columns: z.array(z.string()),
  headerRow: z.number().nullable(),
  entries: z.object({ keyColumn: z.string(), columns: z.array(z.string()) }).nullable(),
  /** A layout that doesn't read right is treated as unknown: the sheet then gets a full reset. */
  layout: LayoutSchema.optional().catch(undefined),
  run: RunSchema,
  /** Which generation of the month wrote it (1, 2, …): the latest run is the one the sidebar shows. */
  seq: z.number(),
  /** KPI results only: KPI id → the year plan's target written into the month (src/addon/year-targets.ts). */
  planned: z.record(z.string(), z.number()).optional(),
});
export type SheetTag = z.infer<typeof TagSchema>;

export interface TaggedSheet {
  sheet: Sheet;
  tag: SheetTag;
  metadata: GoogleAppsScript.Spreadsheet.DeveloperMetadata;
}

export function tagFor(spec: SheetSpec, month: string, run: Run, seq: number, layout: Layout | undefined): SheetTag {
  return {
    // Generated sheets only: a closed month's snapshot is recorded apart (src/addon/closed-record.ts).
    sheet: spec.id as SheetTag['sheet'], month, template: run.template, version: TAG_VERSION, lang: run.lang,
    monthBound: spec.monthBound !== false,
    columns: spec.columns.map((c) => c.key),
    headerRow: spec.headerRow ?? null,
    entries: spec.entries ? { keyColumn: spec.entries.keyColumn, columns: [...spec.entries.columns] } : null,
    layout, run, seq,
  };
}

export function tagText(tag: SheetTag): string {
  const events = tag.run.events.map((e) => [e.type, e.date, e.time ?? '', e.title]);
  return JSON.stringify({ ...tag, run: { ...tag.run, events } });
}

/** Characters the tag of a sheet written from `run` takes at most (layouts and columns are small). */
export function runSize(run: Run): number {
  return tagText({ run } as SheetTag).length;
}

function parseTag(value: string | null): SheetTag | null {
  try {
    const parsed = TagSchema.safeParse(JSON.parse(value ?? ''));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Sheets tagged under one key: one finder call, then three small reads per sheet found. */
function findByKey(ss: Spreadsheet, key: string): TaggedSheet[] {
  const found: TaggedSheet[] = [];
  for (const metadata of ss.createDeveloperMetadataFinder().withKey(key).find()) {
    const sheet = metadata.getLocation().getSheet();
    const tag = sheet ? parseTag(metadata.getValue()) : null;
    if (sheet && tag) found.push({ sheet, tag, metadata });
  }
  return found;
}

export interface MonthSheets {
  /** The month's sheets: its month-bound ones and a floating one that shows this month. */
  ofMonth: TaggedSheet[];
  /** Every floating sheet, whatever month it shows (a generation moves it on). */
  floating: TaggedSheet[];
}

/** Two finder calls whatever the number of months the spreadsheet holds. */
export function findMonthSheets(ss: Spreadsheet, month: string): MonthSheets {
  const floating = findByKey(ss, FLOATING_KEY);
  return { ofMonth: [...findByKey(ss, monthKey(month)), ...floating.filter((t) => t.tag.month === month)], floating };
}

/** Only the month-bound sheets of a month (last month's KPI results for the review): one finder call. */
export function findMonthBound(ss: Spreadsheet, month: string): TaggedSheet[] {
  return findByKey(ss, monthKey(month));
}

/**
 * Tags a tab just inserted, before anything is written into it: a failure part-way then leaves a tagged tab the
 * next run reuses (its layout unknown, so it is rewritten from scratch), never a stray tab and a "(2)" beside it.
 * Returns the tag's handle, to complete once the sheet is written.
 */
export function tagNewSheet(sheet: Sheet, tag: SheetTag): TaggedSheet['metadata'] {
  writeTag(sheet, { ...tag, layout: undefined });
  const key = tag.monthBound ? monthKey(tag.month) : FLOATING_KEY;
  return sheet.getDeveloperMetadata().find((m) => m.getKey() === key)!;
}

/** Tags a sheet, or retags it in place so a regenerated sheet never carries two tags. */
export function writeTag(sheet: Sheet, tag: SheetTag, existing?: TaggedSheet['metadata']): void {
  const value = tagText(tag);
  if (existing) existing.setValue(value);
  else sheet.addDeveloperMetadata(tag.monthBound ? monthKey(tag.month) : FLOATING_KEY, value);
}
