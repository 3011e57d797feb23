// Document properties from the description; every date comes from `created`, never from a clock.
import type { Workbook } from 'exceljs';
import type { WorkbookProperties } from '../../core/model/workbook';
import { isoDateToUtc, safeText } from './sanitize';

/** Core properties are short attributes in docProps; keep them well inside what Excel shows. */
const MAX_PROPERTY = 255;

export function applyProperties(wb: Workbook, p: WorkbookProperties): void {
  const created = isoDateToUtc(p.created, 'created');
  const text = (v: string | undefined) => safeText(String(v ?? ''), MAX_PROPERTY);
  wb.title = text(p.title);
  wb.subject = text(p.subject);
  wb.creator = text(p.creator);
  // exceljs would write "ExcelJS" and the current time; the file is the creator's as of `created`.
  wb.lastModifiedBy = wb.creator;
  wb.created = created;
  wb.modified = created;
  if (p.company !== undefined) wb.company = text(p.company);
  if (p.description !== undefined) wb.description = safeText(String(p.description), 2000);
  if (p.keywords !== undefined) wb.keywords = text(p.keywords);
  // `language` is written by exceljs (dc:language) but missing from its type definitions.
  (wb as Workbook & { language?: string }).language = text(p.language);
}
