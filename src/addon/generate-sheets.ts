// Generates a month's sheets: reads back what was typed, builds with the core, writes the chosen sheets.
import { buildWorkbook } from '../core/build-workbook';
import { countTypedEntries } from '../core/entries';
import type { Ga4MonthResult } from '../core/ga4/types';
import type { BuildInput, KpiRecord } from '../core/model/input';
import type { WorkbookSpec } from '../core/model/workbook';
import type { SheetId as AnySheetId } from '../core/sheets/context';
import { withDependencies } from '../core/sheets/dependencies';
import { readEntries } from '../render/sheets/read-entries';
import { renderSheet } from '../render/sheets/render-sheet';
import { findTaggedSheets, tagFor, writeTag, type TaggedSheet } from '../render/sheets/tags';
import { GenerateArgsSchema, SHEET_IDS, type GenerateResult, type SheetId } from './api';
import { keepBlankActuals } from './ga4-actuals';
import { loadGa4 } from './ga4-store';
import { placeSheets } from './place-sheets';
import { previousMonthData } from './previous-month';
import { recordRun, type Run } from './settings';
import type { Services } from './services';
import { requireTemplate } from './templates';

export function generateSheets(services: Services, raw: unknown): GenerateResult {
  const args = GenerateArgsSchema.parse(raw);
  const template = requireTemplate(args.template, args.lang);
  const ss = services.spreadsheet();
  const tagged = findTaggedSheets(ss);
  // Every sheet of the month is read, not only those rewritten now: the core links them to each other.
  const { entries } = readEntries(tagged.filter((t) => t.tag.month === args.month));
  const run: Run = {
    template: template.id, lang: args.lang, events: args.events, campaign: args.campaign ?? null, today: services.today(),
  };
  // A month with a GA4 import keeps its GA4 sheet and the review's best channel and campaign.
  const ga4 = loadGa4(services, args.month)?.result;
  const input = buildInput(run, args.month, ga4 ? keepBlankActuals(entries, template) : entries, ga4, previousMonthData(tagged, args.month));
  const workbook = buildWorkbook(input);
  const asked = args.sheets ?? SHEET_IDS;
  const wanted = sheetsToWrite(workbook, asked, tagged.filter((t) => t.tag.month === args.month), template.id, args.lang);
  const specs = workbook.sheets.filter((s) => wanted.has(s.id));
  const placed = placeSheets(ss, specs, tagged, args.month);
  const sheets: GenerateResult['sheets'] = [];
  for (const p of placed) {
    const { rows, layout } = renderSheet(p.sheet, p.spec, services.builders(), { fresh: p.fresh, previous: p.existing?.tag.layout });
    writeTag(p.sheet, tagFor(p.spec, args.month, template.id, args.lang, layout), p.existing?.metadata);
    sheets.push({ id: p.spec.id as SheetId, name: p.name, rows, reused: !p.fresh });
  }
  recordRun(services, args.month, run, sheets.map((s) => s.id));
  const alsoWritten = sheets.map((s) => s.id).filter((id) => !asked.includes(id));
  // Only what the manager typed counts, not the default statuses and prefilled cells read back with it.
  return { month: args.month, sheets, entriesKept: countTypedEntries(input), alsoWritten };
}

/**
 * The asked sheets, plus what keeps every formula resolving. Formulas name other tabs (translated names) and the
 * words of their run, so a run in another language or template than the month's sheets rewrites all of them; and a
 * sheet whose formulas read a sheet the month lacks brings that sheet along.
 */
export function sheetsToWrite(
  workbook: WorkbookSpec, asked: readonly AnySheetId[], ofMonth: TaggedSheet[], template: string, lang: string,
): Set<AnySheetId> {
  const ours = ofMonth.filter((t) => (SHEET_IDS as readonly string[]).includes(t.tag.sheet));
  const stale = ours.some((t) => t.tag.lang !== lang || t.tag.template !== template);
  const wanted = new Set<AnySheetId>([...asked, ...(stale ? ours.map((t) => t.tag.sheet) : [])]);
  const present = new Set(stale ? [] : ours.map((t) => t.tag.sheet));
  for (const id of withDependencies(workbook, wanted)) if (!present.has(id)) wanted.add(id);
  return wanted;
}

/**
 * The core's input for a run: this month's actuals arrive as typed entries (and from a GA4 import);
 * `data` carries last month's typed figures for the review's comparison.
 */
export function buildInput(run: Run, month: string, entries: BuildInput['entries'], ga4?: Ga4MonthResult, data: KpiRecord[] = []): BuildInput {
  return {
    template: requireTemplate(run.template, run.lang),
    month,
    today: run.today,
    lang: run.lang,
    data,
    events: run.events,
    ...(run.campaign ? { campaign: run.campaign } : {}),
    entries,
    ...(ga4 ? { ga4 } : {}),
    // A spreadsheet keeps every month: month-bound tabs carry the month in their names.
    monthInSheetNames: true,
    // The live sheets read TODAY(); an Excel download is made as of its day (see get-download-spec.ts).
    clock: 'live',
  };
}
