// The workbook description of what the month's live sheets hold now, for the sidebar's exceljs download.
import { buildWorkbook } from '../core/build-workbook';
import { InputError } from '../core/errors';
import type { SheetSpec, WorkbookProperties } from '../core/model/workbook';
import { withDependencies } from '../core/sheets/dependencies';
import { languageOfLocale, messages } from './messages';
import { readEntries } from '../render/sheets/read-entries';
import { findTaggedSheets } from '../render/sheets/tags';
import { MonthArgsSchema, SHEET_IDS, type DownloadSpec, type PlainSheetSpec } from './api';
import { keepBlankActuals } from './ga4-actuals';
import { loadGa4 } from './ga4-store';
import { buildInput } from './generate-sheets';
import { previousMonthData } from './previous-month';
import { loadMonth, loadSettings, runOfSheet, type Run } from './settings';
import type { Services } from './services';
import { requireTemplate } from './templates';

/**
 * Each sheet is rebuilt from the very inputs that generated it (kept per run) plus the entries typed since, so the
 * file holds what the live sheets hold, with the same formulas and rules. It is an Excel report as of today: its
 * time logic reads one as-of date, not the viewer's TODAY(). Sheets the month's formulas read but the spreadsheet
 * lacks (the Summary, which holds the as-of date) come from the KPI results' run, so nothing points at a missing tab.
 */
export function getDownloadSpec(services: Services, raw: unknown): DownloadSpec {
  const { month } = MonthArgsSchema.parse(raw);
  const all = findTaggedSheets(services.spreadsheet());
  const tagged = all.filter((t) => t.tag.month === month);
  const previous = previousMonthData(all, month);
  const settings = loadSettings(services);
  const lang = settings.uiLang ?? languageOfLocale(services.userLocale());
  if (tagged.length === 0) throw new InputError(messages(lang).noSheets(month));
  const { entries } = readEntries(tagged);
  const record = loadMonth(services, month);
  const today = services.today();
  // Sheets generated before anything was recorded (or whose record was lost) fall back to their tag.
  const runOf = (id: string): Run => ({ ...runOfSheet(record, tagged, id, { lang: settings.lang ?? lang, today }), today });
  const ga4 = loadGa4(services, month)?.result;
  const build = (run: Run) => {
    // As in regenerate: an actual the manager emptied stays empty in the file too.
    if (ga4) keepBlankActuals(entries, requireTemplate(run.template, run.lang));
    return buildWorkbook({ ...buildInput(run, month, entries, ga4, previous), clock: 'fixed' });
  };
  const present = [...new Set(tagged.map((t) => t.tag.sheet))];
  const primary = build(runOf(present.includes('kpi-results') ? 'kpi-results' : present[0]));
  const byRun = new Map<string, { run: Run; ids: string[] }>();
  for (const id of withDependencies(primary, present)) {
    const run = present.includes(id) ? runOf(id) : runOf(present.includes('kpi-results') ? 'kpi-results' : present[0]);
    const key = JSON.stringify(run);
    byRun.set(key, { run, ids: [...(byRun.get(key)?.ids ?? []), id] });
  }
  const sheets: SheetSpec[] = [];
  let properties: WorkbookProperties | undefined;
  for (const { run, ids } of byRun.values()) {
    const workbook = build(run);
    properties ??= workbook.properties;
    sheets.push(...workbook.sheets.filter((s) => ids.includes(s.id)));
  }
  // The GA4 sheet (not one of SHEET_IDS) goes last, as in the spreadsheet.
  const order = (id: string) => (SHEET_IDS as readonly string[]).indexOf(id) >>> 0;
  sheets.sort((a, b) => order(a.id) - order(b.id));
  const plain: PlainSheetSpec[] = sheets.map((s) => ({ ...s, rows: Array.from(s.rows) }));
  const template = [...byRun.values()][0].run.template;
  return { fileName: `kpi-planner-${template}-${month}.xlsx`, workbook: { properties: properties!, sheets: plain } };
}
