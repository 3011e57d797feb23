// The very hidden sheet of name/value rows that lets `kpi-planner refresh` rebuild a workbook from the file alone.
import type { Workbook } from 'exceljs';

/** Hidden sheets survive Excel and LibreOffice re-saves, which may drop custom document properties. */
export const META_SHEET = 'kpi-planner-meta';

/** Only addWorksheet/addRow (and the streaming writer's commits) are used: the streaming and in-memory writers fit. */
export function writeMetaSheet(wb: Pick<Workbook, 'addWorksheet'>, meta: [string, string][] | undefined): void {
  if (!meta?.length) return;
  const ws = wb.addWorksheet(META_SHEET, { state: 'veryHidden' });
  // Plain strings: a value that starts with "=" stays text (exceljs writes a formula only for { formula }).
  for (const [name, value] of meta) ws.addRow([name, value]).commit();
  // The in-memory workbook (the sidebar's download) has no sheet commit; the streaming one needs it.
  if (typeof (ws as { commit?: unknown }).commit === 'function') ws.commit();
}
