// The download's part of the server API: the workbook description the sidebar's Excel writer renders.
import type { Row, SheetSpec, WorkbookProperties } from '../core/model/workbook';

/** The workbook description with rows as plain arrays, ready for renderWorkbookToBuffer in the browser. */
export interface PlainSheetSpec extends Omit<SheetSpec, 'rows'> {
  rows: Row[];
}
export interface PlainWorkbookSpec {
  properties: WorkbookProperties;
  sheets: PlainSheetSpec[];
  /** The very hidden kpi-planner-meta sheet's rows (src/core/workbook-meta.ts), so the CLI can refresh the file. */
  meta?: [string, string][];
}
export interface DownloadSpec {
  /** A safe file name, e.g. "kpi-planner-social-media-content-2026-11.xlsx". */
  fileName: string;
  workbook: PlainWorkbookSpec;
}
