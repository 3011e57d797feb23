// The workbook description of what the month's live sheets hold now, for the sidebar's exceljs download.
import { InputError } from '../core/errors';
import { keepBlankActuals } from '../core/ga4/ownership';
import type { SheetSpec, WorkbookProperties } from '../core/model/workbook';
import { withDependencies } from '../core/sheets/dependencies';
import { MonthArgsSchema, SHEET_IDS, type DownloadSpec, type PlainSheetSpec } from './api';
import { findClosed } from './closed-record';
import { languageOfLocale, messages } from './messages';
import { buildMonth, mainRun, monthInput, readMonth, runOfSheet } from './month-pipeline';
import { loadSettings } from './settings';
import type { Services } from './services';
import type { Run } from './tags';
import { requireTemplate } from './templates';
import { closedDownload } from './closed-download';
import { downloadMeta } from './download-meta';

/**
 * The pipeline up to build (nothing is placed or written). Each sheet is rebuilt from the very run that wrote it
 * (kept in its tag) plus the entries typed since, so the file holds what the live sheets hold, with the same
 * formulas and rules. It is an Excel report as of today: its time logic reads one as-of date, not the viewer's
 * TODAY(). Sheets the month's formulas read but the spreadsheet lacks (the Summary, which holds the as-of date)
 * come from the month's main run, so nothing points at a missing tab.
 */
export function getDownloadSpec(services: Services, raw: unknown): DownloadSpec {
  const { month } = MonthArgsSchema.parse(raw);
  // A closed month's report is its snapshot: the values as closed, not what the live sheets hold now.
  const closed = findClosed(services.spreadsheet(), month);
  if (closed) return closedDownload(closed);
  const reading = readMonth(services, month);
  const main = mainRun(reading);
  if (!main) {
    const lang = loadSettings(services).uiLang ?? languageOfLocale(services.userLocale());
    throw new InputError(messages(lang).noSheets(month));
  }
  const today = services.today();
  const ga4 = reading.ga4?.result;
  const build = (run: Run) => {
    // As in regenerate: an actual the manager emptied stays empty in the file too.
    if (ga4) keepBlankActuals(reading.entries, requireTemplate(run.template, run.lang));
    return buildMonth({ ...monthInput(reading, { ...run, today }, reading.entries, ga4), clock: 'fixed' }).workbook;
  };
  const present = [...new Set(reading.sheets.ofMonth.map((t) => t.tag.sheet))];
  const byRun = new Map<string, { run: Run; ids: string[] }>();
  for (const id of withDependencies(build(main), present)) {
    const run = runOfSheet(reading, id) ?? main;
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
  const fileName = `kpi-planner-${main.template}-${month}.xlsx`;
  const meta = downloadMeta(services, reading, monthInput(reading, { ...main, today }, reading.entries, ga4));
  return { fileName, workbook: { properties: properties!, sheets: plain, meta } };
}
