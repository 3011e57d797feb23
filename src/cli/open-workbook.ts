// Opens an existing KPI Planner .xlsx (`refresh`, `workbook --plan`): exceljs's reader (loaded only here), its meta.
import { readFile } from 'node:fs/promises';
import type { Workbook } from 'exceljs';
import { InputError } from '../core/errors';
import { META_SHEET } from '../render/excel/meta-sheet';
import { readMetaRows, type WorkbookMeta } from './workbook-meta';
import { xlsxEntryValue } from './xlsx-entries';
import { LANGUAGES, type Language } from '../core/template/schema';

const VALID = 'give an .xlsx written by kpi-planner workbook or demo (re-saved in Excel or LibreOffice is fine)';

/** Reads the whole file into exceljs's in-memory workbook; anything that is not an .xlsx is bad input. */
export async function openXlsx(file: string, name: string, flag = '--in', valid = VALID): Promise<Workbook> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder, not a file' : code;
    throw new InputError(`${flag}: cannot read the file: ${reason}; ${valid}`, name);
  }
  // The reader is most of exceljs and only this command needs it (see scripts/build/cli.mjs).
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  try {
    // exceljs's own types want its older Buffer type.
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new InputError(`not an Excel workbook (.xlsx) that can be read; ${valid}`, name);
  }
  return wb;
}

/** The hidden meta sheet's key and value rows, or undefined when the file has none. */
export function metaSheetRows(wb: Workbook): [unknown, unknown][] | undefined {
  const ws = wb.getWorksheet(META_SHEET);
  if (!ws) return undefined;
  const rows: [unknown, unknown][] = [];
  ws.eachRow((row) => void rows.push([xlsxEntryValue(row.getCell(1).value), xlsxEntryValue(row.getCell(2).value)]));
  return rows;
}

/**
 * The meta the tool wrote; a file made before there was a meta sheet is recognised by its document properties
 * (creator "KPI Planner", keywords "KPI, <template>, <month>", its language), without events or imports.
 */
export function workbookMeta(wb: Workbook, name: string): WorkbookMeta {
  const rows = metaSheetRows(wb);
  if (rows) return readMetaRows(rows, name);
  const keys = /^KPI, ([\w.-]+), (\d{4}-\d{2})$/.exec(wb.keywords ?? '');
  const lang = (wb as Workbook & { language?: string }).language ?? '';
  if (wb.creator === 'KPI Planner' && keys && (LANGUAGES as readonly string[]).includes(lang)) {
    const [, template, month] = keys;
    return { template, month, lang: lang as Language, campaign: {}, events: [], history: [], imported: {} };
  }
  throw new InputError(
    `this workbook was not made by KPI Planner (it has no hidden "${META_SHEET}" sheet); ${VALID}`, name);
}
