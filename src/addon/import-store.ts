// A month's Bitrix24 rows and Meta posts kept gzipped in document properties, so every later build of the month
// (generate, download, the daily refresh) rebuilds the CRM and Social tabs and the review's sentences and top posts.
import * as z from 'zod';
import type { CrmMonth } from '../core/crm/types';
import type { BuildInput, TypedEntries } from '../core/model/input';
import type { WorkbookSpec } from '../core/model/workbook';
import type { SocialMonth } from '../core/social/types';
import type { Template } from '../core/template/schema';
import { deleteKeys, readAll, readJson, utf8Length, writeJsonMakingRoom } from './props';
import type { KeyValueStore, Services } from './services';
import type { TaggedSheet } from './tags';

export type ImportedSource = 'crm' | 'social';

/** Apart from written-store's `kpi-planner.crm.YYYY-MM` (the numbers an import wrote). */
const PREFIX: Record<ImportedSource, string> = { crm: 'kpi-planner.crm-rows.', social: 'kpi-planner.social-posts.' };
const COPY = /^kpi-planner\.(?:crm-rows|social-posts)\.(\d{4}-\d{2})(?:#\d+)?$/;

/**
 * Bytes all months' copies may take (next to GA4's 90 KB, the store holds 500 KB). Gzipped, a month of 5,000 leads
 * and 800 won deals is about 16 KB and 300 posts about 35 KB (tests/addon/import-store.test.ts measures them), so
 * a busy month takes ~50 KB and a typical one a few; the oldest months' copies go first.
 */
export const IMPORTS_BUDGET = 150 * 1024;

const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const CrmSchema = z.object({
  month: z.string(), portal: z.string(), offsets: z.array(z.string()),
  sources: z.array(z.object({ id: z.string(), name: z.string().nullable(), leads: z.number(), won: z.number() })),
  leadsByDay: z.array(z.object({ day: Day, leads: z.number() })),
  wonDeals: z.array(z.object({
    id: z.string(), title: z.string(), amount: z.number().nullable(), currency: z.string(), closed: Day,
    source: z.string(),
  })),
  leads: z.number(), outside: z.number(),
});
const Platform = z.enum(['facebook', 'instagram']);
const SocialSchema = z.object({
  month: z.string(),
  posts: z.array(z.object({
    platform: Platform, date: Day.nullable(), postId: z.string(), permalink: z.string(), postType: z.string(),
    text: z.string(), metrics: z.record(z.string(), z.number()),
  })),
  daily: z.record(z.string(), z.number()),
  contentFor: z.array(Platform),
  files: z.array(z.string()),
});

/** What the month's store holds: each source's copy, or null when there is none (or it no longer reads). */
export interface ImportedCopies {
  crm: CrmMonth | null;
  social: SocialMonth | null;
}

function load<T>(services: Services, all: Record<string, string>, key: string, schema: z.ZodType<T>): T | null {
  const zipped = readJson(all, key);
  if (typeof zipped !== 'string') return null;
  try {
    const parsed = schema.safeParse(JSON.parse(services.unzip(zipped)));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** No service call when the month has no copy (the properties were read already). */
export function loadImported(services: Services, all: Record<string, string>, month: string): ImportedCopies {
  const crm = load(services, all, PREFIX.crm + month, CrmSchema);
  const social = load(services, all, PREFIX.social + month, SocialSchema);
  return {
    crm: crm?.month === month ? (crm as CrmMonth) : null,
    social: social?.month === month ? (social as SocialMonth) : null,
  };
}

/**
 * Kept before the sheets are written, like the GA4 copy. Older months' copies make room within the budget; a copy
 * larger than the whole budget is not kept (that month then rebuilds without it until the next import).
 */
export function saveImported(services: Services, source: ImportedSource, data: CrmMonth | SocialMonth): void {
  const store = services.documentProperties();
  if (!store) return;
  const all = readAll(store);
  const key = PREFIX[source] + data.month;
  const zipped = services.zip(JSON.stringify(data));
  const size = utf8Length(key) + zipped.length + 2;
  if (size > IMPORTS_BUDGET) {
    deleteKeys(store, all, Object.keys(all).filter((k) => k === key || k.startsWith(`${key}#`)));
    return;
  }
  prune(store, all, key, size);
  writeJsonMakingRoom(store, all, key, zipped, data.month);
}

/** Drops the oldest copies (by month, then source) that would not fit the budget next to the one being written. */
function prune(store: KeyValueStore, all: Record<string, string>, writing: string, size: number): void {
  const headOf = (k: string) => k.replace(/#\d+$/, '');
  const heads = [...new Set(Object.keys(all).filter((k) => COPY.test(k)).map(headOf))]
    .filter((h) => h !== writing)
    .sort((a, b) => COPY.exec(b)![1].localeCompare(COPY.exec(a)![1]) || a.localeCompare(b));
  let used = size;
  for (const head of heads) {
    const keys = Object.keys(all).filter((k) => headOf(k) === head);
    used += keys.reduce((n, k) => n + utf8Length(k) + utf8Length(all[k]), 0);
    if (used > IMPORTS_BUDGET) deleteKeys(store, all, keys);
  }
}

/**
 * The copies as the core's input for a build of the month. The Meta figures would refill a social actual the
 * manager emptied (the core takes them as data), so, as with GA4, an empty social actual is kept empty.
 */
export function withImported(
  copies: ImportedCopies | undefined, template: Template, entries: TypedEntries,
): Pick<BuildInput, 'crm' | 'social' | 'entries'> {
  if (!copies?.social) return { entries, ...(copies?.crm ? { crm: copies.crm } : {}) };
  const typed = (entries['kpi-results'] ??= {});
  for (const kpi of template.kpis.filter((k) => k.social)) {
    const entry = (typed[kpi.id] ??= {});
    if (entry.actual === undefined) entry.actual = '';
  }
  return { entries, social: copies.social, ...(copies.crm ? { crm: copies.crm } : {}) };
}

/**
 * The month's CRM and Social tabs to rewrite with a run: those made in another language or from another template
 * (the core rebuilds them from the copies), so they read like the rest. Tabs in the run's words stay as they are.
 */
export function staleImportedTabs(
  workbook: WorkbookSpec, ofMonth: TaggedSheet[], run: { template: string; lang: string },
): ImportedSource[] {
  const built = new Set(workbook.sheets.map((s) => s.id));
  return (['crm', 'social'] as const).filter((id) => built.has(id) && ofMonth.some(
    (t) => t.tag.sheet === id && (t.tag.lang !== run.lang || t.tag.template !== run.template)));
}
