// What a workbook remembers about how it was made (template, month, language, events, imported actuals), as rows:
// one implementation for the CLI's files and the add-on's download, so `kpi-planner refresh` reads either.
import { InputError } from './errors';
import type { BuildInput, CampaignInput, EventRecord, KpiRecord } from './model/input';
import { ga4Actuals } from './ga4/actuals';
import { socialActuals } from './social/actuals';
import { LANGUAGES, type Language } from './template/schema';

export interface WorkbookMeta {
  template: string;
  month: string;
  lang: Language;
  campaign: CampaignInput;
  events: EventRecord[];
  /** Other months' figures from --data (last month's, for change and trend); this month's live in the cells. */
  history: KpiRecord[];
  /** KPI id → the actual an import (GA4, CRM, social) wrote: a cell still holding it is refreshed, not "typed". */
  imported: Record<string, number>;
  /** The business profile the plan was fitted to (absent: every step). */
  profile?: string[];
  /** Tab names carry the month (the add-on's download: a spreadsheet keeps every month). */
  monthInSheetNames?: boolean;
}

/** The first row: names the format, so a later change can still read older files. */
const FORMAT = ['format', 'kpi-planner 1'] as const;

export function metaRows(meta: WorkbookMeta): [string, string][] {
  return [
    [...FORMAT],
    ['template', meta.template],
    ['month', meta.month],
    ['lang', meta.lang],
    ['campaign', JSON.stringify(meta.campaign)],
    ['imported', JSON.stringify(meta.imported)],
    ...(meta.profile?.length ? [['profile', JSON.stringify(meta.profile)] as [string, string]] : []),
    ...(meta.monthInSheetNames ? [['sheetNames', 'with-month'] as [string, string]] : []),
    // One row per event: a cell holds at most 32,767 characters, a month of events may not fit in one.
    ...meta.events.map((e): [string, string] => ['event', JSON.stringify(e)]),
    ...meta.history.map((r): [string, string] => ['history', JSON.stringify(r)]),
  ];
}

/** Reads the rows back; `where` names the file in the error for rows that are not ours. */
export function readMetaRows(rows: [unknown, unknown][], where: string): WorkbookMeta {
  const fail = (what: string) => new InputError(
    `the workbook's hidden KPI Planner sheet is damaged (${what}); make it again with kpi-planner workbook`,
    where);
  const one = (name: string) => {
    const row = rows.find(([k]) => k === name);
    if (!row || typeof row[1] !== 'string') throw fail(`no ${name}`);
    return row[1];
  };
  const json = <T>(name: string, text: string): T => {
    try {
      return JSON.parse(text) as T;
    } catch {
      throw fail(`${name} is not readable`);
    }
  };
  if (one(FORMAT[0]) !== FORMAT[1]) throw fail(`format ${one(FORMAT[0])}`);
  // A year plan (kpi-planner plan) carries a kind; a monthly workbook has none.
  if (rows.some(([k, v]) => k === 'kind' && v === 'year-plan'))
    throw new InputError('this is a year plan (kpi-planner plan), not a monthly workbook; pass it as --plan', where);
  const lang = one('lang');
  if (!(LANGUAGES as readonly string[]).includes(lang)) throw fail(`language ${lang}`);
  // Rows later versions added: optional, so files made before them still read.
  const profile = rows.find(([k]) => k === 'profile');
  const profileList = profile ? json<unknown>('profile', String(profile[1])) : undefined;
  if (profileList !== undefined && !(Array.isArray(profileList) && profileList.every((p) => typeof p === 'string')))
    throw fail('profile is not a list');
  return {
    ...(profileList?.length ? { profile: profileList } : {}),
    ...(rows.some(([k, v]) => k === 'sheetNames' && v === 'with-month') ? { monthInSheetNames: true } : {}),
    template: one('template'),
    month: one('month'),
    lang: lang as Language,
    campaign: json('campaign', one('campaign')),
    imported: json('imported', one('imported')),
    events: rows.filter(([k]) => k === 'event').map(([, v]) => json<EventRecord>('an event', String(v))),
    history: rows.filter(([k]) => k === 'history').map(([, v]) => json<KpiRecord>('a figure', String(v))),
  };
}

/** The actuals imports put into the sheet: those the manager's own figures (`own`) leave to them. */
export function importedActuals(
  records: KpiRecord[], month: string, own: (kpi: string) => boolean,
): Record<string, number> {
  const out: Record<string, number> = {};
  for (const r of records) if (r.month === month && r.actual !== null && !own(r.kpi)) out[r.kpi] = r.actual;
  return out;
}

/** The meta of a build: `own` is the manager's data (their actuals win), `crm` the CRM's actuals. */
export function buildMeta(input: BuildInput, own: KpiRecord[], crm: KpiRecord[]): WorkbookMeta {
  const { template, month } = input;
  const sources = [
    ...crm,
    ...(input.ga4 ? ga4Actuals(input.ga4, template, month) : []),
    ...(input.social ? socialActuals(input.social, template, own) : []),
  ];
  const typed = input.entries?.['kpi-results'] ?? {};
  const hasOwn = (kpi: string) =>
    own.some((r) => r.kpi === kpi && r.month === month && r.actual !== null) ||
    (typed[kpi]?.actual !== undefined && typed[kpi]?.actual !== null && typed[kpi]?.actual !== '');
  // The first source to give a KPI's actual is the one the build shows (the CRM's is merged into the data first).
  const firstOnly = sources.filter((r, i) => sources.findIndex((s) => s.kpi === r.kpi) === i);
  return {
    template: template.id, month, lang: input.lang, events: input.events,
    history: input.data.filter((r) => r.month !== month),
    campaign: input.campaign ?? {},
    imported: importedActuals(firstOnly, month, hasOwn),
    ...(input.profile?.length ? { profile: input.profile } : {}),
    ...(input.monthInSheetNames ? { monthInSheetNames: true } : {}),
  };
}
