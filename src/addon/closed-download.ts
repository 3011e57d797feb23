// The Excel report of a closed month: its snapshot as closed, with the "since closed" codes the tab shows now.
import { snapshotWorkbook } from '../core/sheets/snapshot';
import type { DownloadSpec } from './api';
import { changedNow } from './close-month';
import { recordInput, type ClosedMonth } from './closed-record';

export function closedDownload(closed: ClosedMonth): DownloadSpec {
  const { record } = closed;
  // The file has no live sheets to compare with, so each row keeps the code the spreadsheet shows at download.
  const workbook = snapshotWorkbook({ ...recordInput(record), live: { changed: changedNow(closed) } });
  const sheets = workbook.sheets.map((s) => ({ ...s, rows: Array.from(s.rows) }));
  return { fileName: `kpi-planner-${record.template}-${record.month}-closed.xlsx`, workbook: { ...workbook, sheets } };
}
