// The "Run log" tab: one row per source each time the daily refresh runs (time, source, rows, outcome, message).
import { textValue } from '../render/sheets/grid';
import type { Language } from '../core/template/schema';
import { noteTabCount } from './month-list';
import { refreshMessages } from './refresh-messages';
import type { Services } from './services';

/** Found by this key, not by name, so a renamed tab keeps its history. */
const KEY = 'kpi-planner-run-log';

export interface LogEntry {
  source: 'ga4' | 'crm' | 'sheets';
  /** KPI figures the source gave (0 when it failed or was skipped). */
  rows: number;
  outcome: 'ok' | 'failed' | 'skipped';
  /** Already in the manager's words and redacted. */
  message: string;
}

/** Appends the run's rows (written as text and numbers, never formulas), making the tab the first time. */
export function appendRunLog(services: Services, lang: Language, at: string, entries: LogEntry[]): void {
  if (!entries.length) return;
  const m = refreshMessages(lang);
  const ss = services.spreadsheet();
  let sheet = ss.createDeveloperMetadataFinder().withKey(KEY).find()[0]?.getLocation().getSheet();
  if (!sheet) {
    sheet = ss.insertSheet(uniqueName(ss, m.tab), ss.getSheets().length);
    sheet.addDeveloperMetadata(KEY, '{"sheet":"run-log"}');
    sheet.getRange(1, 1, 1, m.header.length).setValues([m.header]).setFontWeights([m.header.map(() => 'bold')]);
    sheet.setFrozenRows(1);
    noteTabCount(services);
  }
  const rows = entries.map((e) => [
    textValue(at), textValue(m.sources[e.source]), e.rows, textValue(m.outcomes[e.outcome]), textValue(e.message),
  ]);
  sheet.getRange(sheet.getLastRow() + 1, 1, rows.length, rows[0].length).setValues(rows);
}

function uniqueName(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, base: string): string {
  let name = base;
  for (let n = 2; ss.getSheetByName(name); n++) name = `${base} (${n})`;
  return name;
}
