// Excel's quote prefix for text that starts like a formula, which exceljs 4.4 cannot write by itself.
//
// A cell with quotePrefix="1" on its xf shows and stays text when re-entered or saved as CSV from
// Excel (LibreOffice keeps the flag as well); without it `=cmd|…` typed back in becomes a formula.
// exceljs has no model field for the attribute, so such cells get a marker style, `protection: {}`:
// exceljs keeps that object, renders it as a bare applyProtection="1" on its own xf (an empty
// <protection> is dropped) and nothing else in our renderer uses protection. The styles part is
// then rewritten on its way into the zip: on those xfs the marker becomes quotePrefix="1".

/** What Excel, LibreOffice and Sheets may read as the start of a formula (also tab and CR, per OWASP). */
const FORMULA_START = /^[=+\-@\t\r]/;

export function looksLikeFormula(text: string): boolean {
  return FORMULA_START.test(text);
}

/** The marker added to a cell's style; see the file comment. */
export const QUOTE_PREFIX_MARKER = { protection: {} } as const;

const MARKED = / applyProtection="1"/g;

/** styles.xml with every marked cell format carrying quotePrefix="1" instead of the marker. */
export function withQuotePrefix(stylesXml: string): string {
  const start = stylesXml.indexOf('<cellXfs');
  const end = stylesXml.indexOf('</cellXfs>', start);
  if (start < 0 || end < 0) return stylesXml;
  const xfs = stylesXml.slice(start, end).replace(MARKED, ' quotePrefix="1"');
  return stylesXml.slice(0, start) + xfs + stylesXml.slice(end);
}

type Zip = { append(data: unknown, opts: { name: string }): unknown };

/** Wraps a zip so the styles part passes through withQuotePrefix. */
export function quotePrefixZip<Z extends Zip>(zip: Z): Z {
  const append = zip.append.bind(zip);
  const isStyles = (data: unknown, name: string | undefined): data is string =>
    typeof data === 'string' && /^\/?xl\/styles\.xml$/.test(name ?? '');
  return Object.assign(Object.create(zip), {
    append: (data: unknown, opts: { name: string }) => append(isStyles(data, opts?.name) ? withQuotePrefix(data) : data, opts),
  });
}

/** For the in-memory writer: its styles part is appended by `xlsx.addStyles(zip, model)`. */
export function patchBufferWriterStyles(xlsx: unknown): void {
  const target = xlsx as { addStyles?: (zip: Zip, model: unknown) => Promise<void> };
  const addStyles = target.addStyles;
  // If a later exceljs renames it, cells stay text in the file; only the prefix flag is lost.
  if (typeof addStyles !== 'function') return;
  target.addStyles = (zip, model) => addStyles.call(xlsx, quotePrefixZip(zip), model);
}
