// The very hidden sheet of name/value rows that lets `kpi-planner refresh` rebuild a workbook from the file alone.
import type { Workbook } from 'exceljs';

/** Hidden sheets survive Excel and LibreOffice re-saves, which may drop custom document properties. */
export const META_SHEET = 'kpi-planner-meta';

/** Only the writer's addWorksheet/addRow/commit are used, so the streaming writer and the in-memory one both fit. */
export function writeMetaSheet(wb: Pick<Workbook, 'addWorksheet'>, meta: [string, string][] | undefined): void {
  if (!meta?.length) return;
  const ws = wb.addWorksheet(META_SHEET, { state: 'veryHidden' });
  // Plain strings: a value that starts with "=" stays text (exceljs writes a formula only for { formula }).
  for (const [name, value] of meta) ws.addRow([name, value]).commit();
  ws.commit();
}
