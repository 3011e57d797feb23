// The sheet's PrintSpec as exceljs page setup: A4, orientation, fit, repeated header rows, header and footer codes.
import type { AddWorksheetOptions, HeaderFooter, PageSetup } from 'exceljs';
import type { PrintSpec } from '../../core/model/workbook';
import { safeText } from './sanitize';

/** Excel's paper size code for A4 (1 is US Letter, the default that made every page print on Letter). */
export const A4 = 9;
/** Excel refuses a header or footer section longer than 255 characters. */
const MAX_HEADER = 250;
/** Inches. Narrow sides leave the width to the columns, so wide tables print at a readable size. */
const MARGINS = { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.25, footer: 0.25 };

/**
 * Text for an Excel header/footer section: `&` is the code character there, so the user's own `&` is doubled,
 * then the spec's placeholders become codes (&P page, &N pages, &A the tab's name).
 */
export function headerFooterText(s: string): string {
  const escaped = safeText(s).replace(/[\r\n]+/g, ' ').replace(/&/g, '&&');
  const coded = escaped.replace(/\{page\}/g, '&P').replace(/\{pages\}/g, '&N').replace(/\{sheet\}/g, '&A');
  return coded.length > MAX_HEADER ? coded.slice(0, MAX_HEADER).replace(/&+$/, '') : coded;
}

/** 1-based rows "from:to" as exceljs's printTitlesRow wants them; it writes the `_xlnm.Print_Titles` name. */
function titleRows(r: PrintSpec['repeatRows']): string | undefined {
  if (!r || !Number.isInteger(r.from) || !Number.isInteger(r.to) || r.from < 1 || r.to < r.from) return undefined;
  return `${r.from}:${r.to}`;
}

/**
 * Page setup and header/footer, given when the sheet is created: the streaming writer writes them with the sheet
 * and collects the print titles for workbook.xml at commit, just as the in-memory writer does.
 */
export function printOptions(print: PrintSpec): Pick<AddWorksheetOptions, 'pageSetup' | 'headerFooter'> {
  const pageSetup: Partial<PageSetup> = {
    paperSize: A4 as PageSetup['paperSize'],
    orientation: print.landscape ? 'landscape' : 'portrait',
    margins: MARGINS,
  };
  // fitToHeight 0 = as many pages tall as needed, only the width is squeezed onto one page.
  if (print.onePage) Object.assign(pageSetup, { fitToPage: true, fitToWidth: 1, fitToHeight: 1 });
  else if (print.fitToWidth) Object.assign(pageSetup, { fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
  if (print.gridlines) pageSetup.showGridLines = true;
  const rows = titleRows(print.repeatRows);
  if (rows) pageSetup.printTitlesRow = rows;
  const headerFooter: Partial<HeaderFooter> = {};
  if (print.header) headerFooter.oddHeader = `&C&"-,Bold"${headerFooterText(print.header)}`;
  if (print.footer) headerFooter.oddFooter = `&L&A&R${headerFooterText(print.footer)}`;
  return { pageSetup, headerFooter };
}

type StreamingSheet = { _writePageMargins?: () => void; stream?: { write(s: string): void } };

/**
 * exceljs's streaming writer never writes <printOptions> (the in-memory one does), so printed gridlines would be
 * lost from CLI files. Its element goes just before <pageMargins>, where the schema wants it; if exceljs's
 * internals ever differ, the sheet simply prints without a grid.
 */
export function streamGridlines(ws: unknown): void {
  const sheet = ws as StreamingSheet;
  const writeMargins = sheet._writePageMargins;
  if (typeof writeMargins !== 'function' || !sheet.stream) return;
  sheet._writePageMargins = function patched(this: StreamingSheet) {
    this.stream!.write('<printOptions gridLines="1"/>');
    writeMargins.call(this);
  };
}
