// Renders a WorkbookSpec to .xlsx bytes in memory. Browser-safe: the sidebar bundles it, so no Node imports.
import ExcelJS from 'exceljs';
import type { WorkbookSpec } from '../../core/model/workbook';
import { checkSheetNames } from './sanitize';
import { writeMetaSheet } from './meta-sheet';
import { applyProperties } from './properties';
import { sheetOptions, writeSheet } from './write-sheet';
import { ListPlan, listSheetSpec } from './lists';
import { patchBufferWriterStyles } from './quote-prefix';
import { ChartParts } from './charts/parts';
import { bufferCharts } from './charts/attach';

export async function renderWorkbookToBuffer(spec: WorkbookSpec): Promise<Uint8Array> {
  checkSheetNames(spec.sheets.map((s) => s.name));
  const charts = new ChartParts(spec.sheets);
  const lists = new ListPlan(spec.sheets);
  const wb = new ExcelJS.Workbook();
  applyProperties(wb, spec.properties);
  // Formulas carry no cached results, so ask every reader to calculate them when the file opens.
  wb.calcProperties = { ...wb.calcProperties, fullCalcOnLoad: true };
  for (const sheet of spec.sheets) {
    await writeSheet(wb.addWorksheet(sheet.name, sheetOptions(sheet)), sheet, lists, { streaming: false });
  }
  if (lists.needed) {
    const listSheet = listSheetSpec(lists);
    await writeSheet(wb.addWorksheet(listSheet.name, sheetOptions(listSheet, true)), listSheet, lists, { streaming: false });
  }
  // What `kpi-planner refresh` rebuilds the file from (the add-on's download carries it too).
  writeMetaSheet(wb, spec.meta);
  patchBufferWriterStyles(wb.xlsx);
  bufferCharts(wb.xlsx, charts);
  const out = await wb.xlsx.writeBuffer();
  // Node returns a Buffer (already a Uint8Array); the browser build may hand back an ArrayBuffer.
  return out instanceof Uint8Array ? out : new Uint8Array(out as ArrayBuffer);
}
