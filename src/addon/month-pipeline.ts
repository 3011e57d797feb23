// The add-on's one month pipeline: read → build → place → render → tag → record. Generate, GA4 import and
// download (which stops before place) are this pipeline with their own choices; no business rule lives here.
import { buildReport, type Report } from '../core/build-workbook';
import type { Ga4MonthResult } from '../core/ga4/types';
import type { BuildInput, KpiRecord, TypedEntries } from '../core/model/input';
import type { SheetSpec, WorkbookSpec } from '../core/model/workbook';
import type { SheetId as AnySheetId } from '../core/sheets/context';
import { sheetsToRewrite } from '../core/sheets/dependencies';
import { renderSheet } from '../render/sheets/render-sheet';
import { fieldError } from './errors';
import { loadGa4, type Ga4Record } from './ga4-store';
import { loadImported, withImported, type ImportedCopies } from './import-store';
import { migrateLegacy } from './legacy';
import { messages } from './messages';
import { recordMonth } from './month-index';
import { noteTabCount } from './month-list';
import { isPeriodKey, recordPeriod } from './period-index';
import { placeSheets } from './place-sheets';
import { previousMonthData } from './previous-month';
import { readAll } from './props';
import { readEntries } from './read-entries';
import type { Services } from './services';
import {
  findMonthSheets, runSize, TAG_LIMIT, tagFor, tagNewSheet, writeTag, type MonthSheets, type Run, type TaggedSheet,
} from './tags';
import { requireTemplate } from './templates';
import { readYearTargets, withYearTargets, type YearTargets } from './year-targets';

/** What the spreadsheet holds for a month: its sheets, what the manager typed, last month's figures, the GA4 copy. */
export interface MonthReading {
  month: string;
  sheets: MonthSheets;
  entries: TypedEntries;
  previous: KpiRecord[];
  ga4: Ga4Record | null;
  /** The KPI targets tab of the month's year (the year plan), when the document has one. */
  plan: YearTargets | null;
  /** The month's stored Bitrix24 rows and Meta posts (import-store.ts); an import replaces its own. */
  imported?: ImportedCopies;
}

/** read: a fixed number of service calls whatever the months the spreadsheet holds. */
export function readMonth(services: Services, month: string): MonthReading {
  const ss = services.spreadsheet();
  const all = readAll(services.documentProperties());
  migrateLegacy(services, ss, all);
  const sheets = findMonthSheets(ss, month);
  // Every sheet of the month is read, not only those rewritten now: the core links them to each other.
  const { entries } = readEntries(sheets.ofMonth);
  const ga4 = loadGa4(all, month);
  const imported = loadImported(services, all, month);
  const plan = readYearTargets(ss, month);
  return { month, sheets, entries, previous: previousMonthData(ss, month), ga4, imported, plan };
}

/** The run that last wrote sheet `id` of the month (from its tag). */
export function runOfSheet(reading: Pick<MonthReading, 'sheets'>, id: string): Run | undefined {
  return reading.sheets.ofMonth.find((t) => t.tag.sheet === id)?.tag.run;
}

/** The month's latest run: what the sidebar shows as its events and campaign, and the menu generates again. */
export function latestRun(reading: Pick<MonthReading, 'sheets'>): Run | undefined {
  const newest = [...reading.sheets.ofMonth].sort((a, b) => b.tag.seq - a.tag.seq)[0];
  return newest?.tag.run;
}

/** The month's main run: the KPI results' (the sheet every other one reads), else any sheet's. */
export function mainRun(reading: Pick<MonthReading, 'sheets'>): Run | undefined {
  return runOfSheet(reading, 'kpi-results') ?? reading.sheets.ofMonth[0]?.tag.run;
}

/**
 * build: the core's input for a run. This month's actuals arrive as typed entries (and from a GA4 import);
 * `data` carries last month's typed figures for the review's comparison.
 */
export function monthInput(reading: MonthReading, run: Run, entries: TypedEntries, ga4?: Ga4MonthResult): BuildInput {
  const template = requireTemplate(run.template, run.lang);
  // Targets the month tab leaves empty come from the year plan (the core's rule, as the CLI's `--plan`).
  const planned = withYearTargets(reading, run, entries);
  return {
    template,
    month: reading.month,
    today: run.today,
    lang: run.lang,
    data: planned.data,
    events: run.events,
    ...(run.campaign ? { campaign: run.campaign } : {}),
    ...(run.profile?.length ? { profile: run.profile } : {}),
    ...withImported(reading.imported, template, planned.entries),
    ...(ga4 ? { ga4 } : {}),
    // A spreadsheet keeps every month: month-bound tabs carry the month in their names.
    monthInSheetNames: true,
    // The live sheets read TODAY(); an Excel download is made as of its day (clock 'fixed').
    clock: 'live',
  };
}

export function buildMonth(input: BuildInput): Report {
  return buildReport(input);
}

/** Which sheets a run writes (the core's rule), from what the month's tags say of the sheets it has. */
export function sheetsToWrite(
  workbook: WorkbookSpec, asked: readonly AnySheetId[], ofMonth: TaggedSheet[], template: string, lang: string,
): Set<AnySheetId> {
  const existing = ofMonth.map((t) => ({ id: t.tag.sheet, template: t.tag.template, lang: t.tag.lang }));
  return sheetsToRewrite(workbook, asked, existing, { template, lang });
}

export interface WrittenSheet {
  id: string;
  name: string;
  rows: number;
  reused: boolean;
}

/**
 * record → place → render → tag. The month is recorded in the month list before any tab changes, and each new tab
 * is tagged with its run as soon as it is inserted; each sheet's tag is completed (its layout) once it is written.
 */
export function writeSheets(services: Services, reading: MonthReading, specs: SheetSpec[], run: Run): WrittenSheet[] {
  // A tag holds the run's events; refused before anything is written rather than half-way.
  if (runSize(run) > TAG_LIMIT - 4_000) throw fieldError(messages(run.lang).eventsTooLong, 'events');
  // A year plan's and a round's sheets go through here too, under a period key the month list never holds.
  if (isPeriodKey(reading.month)) recordPeriod(services, reading.month);
  else recordMonth(services, reading.month);
  const seq = 1 + Math.max(0, ...reading.sheets.ofMonth.map((t) => t.tag.seq));
  // The KPI results' tag remembers the plan's targets written now: the next run tells them from typed ones.
  const planned = isPeriodKey(reading.month) ? undefined : withYearTargets(reading, run, {}).planned;
  const placed = placeSheets(services.spreadsheet(), specs, reading.sheets).map((p) => ({
    ...p, metadata: p.existing?.metadata ?? tagNewSheet(p.sheet, tagFor(p.spec, reading.month, run, seq, undefined)),
  }));
  // The month list notices tabs deleted by hand by their count; the add-on's own new tabs are counted here.
  if (placed.some((p) => p.fresh)) noteTabCount(services);
  return placed.map((p) => {
    const options = { fresh: p.fresh, previous: p.existing?.tag.layout };
    const { rows, layout } = renderSheet(p.sheet, p.spec, services.builders(), options);
    const extra = p.spec.id === 'kpi-results' && planned ? { planned } : {};
    writeTag(p.sheet, { ...tagFor(p.spec, reading.month, run, seq, layout), ...extra }, p.metadata);
    return { id: p.spec.id, name: p.name, rows, reused: !p.fresh };
  });
}
