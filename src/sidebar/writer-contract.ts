// What dist/ExcelWriter.html leaves on the window for the sidebar: the one name both bundles agree on.
import type { WorkbookSpec } from '../core/model/workbook';

/** A window property unlikely to collide with anything Google's frame defines. */
export const WRITER_GLOBAL = '__kpiPlannerExcelWriter';

export interface ExcelWriter {
  /** The workbook description as .xlsx bytes (src/render/excel/render-buffer.ts with exceljs). */
  render(spec: WorkbookSpec): Promise<Uint8Array>;
}
