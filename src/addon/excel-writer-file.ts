// Serves dist/ExcelWriter.html (exceljs and the Excel renderer) to the sidebar, which runs it on the first download.
import { NoArgsSchema } from './api';

/** A project HTML file's text by name (HtmlService in Apps Script). */
export type HtmlFileText = (name: string) => string;

/** The file's name in the Apps Script project, as `npm run push` uploads it. */
export const EXCEL_WRITER_FILE = 'ExcelWriter';

// From a file, not a template: the bundled script is never scanned for <? ?> scriptlets.
const appsScriptHtml: HtmlFileText = (name) => HtmlService.createHtmlOutputFromFile(name).getContent();

/** The writer as the build wrote it: one <script> element; the sidebar takes its text and runs it once. */
export function getExcelWriter(raw: unknown, fileText: HtmlFileText = appsScriptHtml): string {
  NoArgsSchema.parse(raw);
  return fileText(EXCEL_WRITER_FILE);
}
