// The shared CSV reader: papaparse plus what our inputs need (delimiter, BOM, header, line numbers).
//
// papaparse is imported by file path with a local declaration (papaparse-core.d.ts) because
// @types/papaparse pulls in Node's types, which the pure core must not see.
import Papa from 'papaparse/papaparse.js';
import { InputError, showValue } from '../errors';

export type Delimiter = ',' | ';';

export interface CsvRecord {
  /** 1-based line where the record starts (records may span lines inside quotes). */
  line: number;
  cells: string[];
}

export interface CsvTable {
  fileName: string;
  delimiter: Delimiter;
  /** Header names, trimmed and lower-cased; '' for an unnamed column. */
  header: string[];
  records: CsvRecord[];
}

export interface ColumnRules {
  required: readonly string[];
  optional?: readonly string[];
  /** Columns holding numbers: only then can a stray comma be a decimal comma. */
  numbers?: readonly string[];
}

/** Line breaks between two offsets (the text has only \n after normalising). */
function countLines(text: string, from = 0, to = text.length): number {
  let n = 0;
  for (let i = text.indexOf('\n', from); i >= 0 && i < to; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/** `,` or `;`, whichever the header (first non-blank) line uses more often outside quotes. */
function detectDelimiter(text: string, fileName: string): Delimiter {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  let content = false;
  for (const c of text) {
    if (c === '"') quoted = !quoted;
    else if (quoted) continue;
    else if (c === '\n' && content) break;
    else if (c === ',') commas++;
    else if (c === ';') semicolons++;
    if (c.trim() !== '') content = true;
  }
  if (commas + semicolons === 0)
    throw new InputError('the first row must be a header with columns separated by "," or ";"', `${fileName}:1`);
  return semicolons >= commas ? ';' : ',';
}

function isBlank(cells: string[]): boolean {
  return cells.every((c) => c.trim() === '');
}

/** Parses CSV text into header + records, or throws an InputError naming file:line:column. */
export function parseCsv(text: string, fileName: string, rules: ColumnRules): CsvTable {
  // One kind of line break: papaparse only knows the first it sees, and files edited in two
  // editors mix them. Each \r\n, \r or \n stays one line, so line numbers are unchanged.
  const body = (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).replace(/\r\n?/g, '\n');
  if (body.trim() === '') throw new InputError(`the file is empty; the first row must name the columns ${[...rules.required].join(', ')}`, fileName);
  const delimiter = detectDelimiter(body, fileName);
  const rows: CsvRecord[] = [];
  let header: CsvRecord | undefined;
  let lastCursor = 0;
  let line = 1;
  Papa.parse<string[]>(body, {
    delimiter,
    skipEmptyLines: false,
    step(result) {
      const cells = result.data;
      const error = result.errors[0];
      if (error) {
        // papaparse reports quote errors at the character after the opening quote.
        const at = Math.max(0, (error.index ?? lastCursor) - 1);
        const where = `${fileName}:${1 + countLines(body, 0, at)}:${Math.max(1, cells.length)}`;
        const what = error.code === 'InvalidQuotes'
          ? 'text after a closing quote; a quoted value must end with " right before the delimiter (write "" for a '
            + 'quote inside it)'
          : 'a quoted value is never closed; it starts with " and must end with " (write "" for a quote inside it)';
        throw new InputError(what, where);
      }
      const record = { line, cells };
      // meta.cursor is where the next record starts (after this one's line break), so the line
      // breaks in between, including those inside quoted values, give the next record's line.
      line += countLines(body, lastCursor, result.meta.cursor);
      lastCursor = result.meta.cursor;
      if (isBlank(cells)) return;
      if (!header) header = record;
      else rows.push(record);
    },
  });
  if (!header) throw new InputError('the file has no header row', fileName);
  const names = header.cells.map((h) => h.trim().toLowerCase());
  checkHeader(names, `${fileName}:${header.line}`, rules);
  for (const r of rows) checkRowShape(r, names, delimiter, fileName, rules);
  return { fileName, delimiter, header: names, records: rows };
}

/** A row must fit the header: no values past its columns, and the header's separator. */
function checkRowShape(
  r: CsvRecord, names: string[], delimiter: Delimiter, fileName: string, rules: ColumnRules,
): void {
  const other = delimiter === ',' ? ';' : ',';
  // "a;b;c;d" under "a,b,c,d" reads as one value; say so rather than report that value as unknown.
  const otherCells = r.cells.join(delimiter).split(other).length;
  if (names.length > 1 && r.cells.length < names.length && otherCells >= names.length) {
    const problem = `this row is separated by "${other}" but the header row by "${delimiter}"`;
    throw new InputError(`${problem}; use one separator in the whole file`, `${fileName}:${r.line}`);
  }
  const extra = r.cells.findIndex((c, i) => i >= names.length && c.trim() !== '');
  if (extra < 0) return;
  const numeric = delimiter === ',' && names.some((n) => rules.numbers?.includes(n));
  const hint = numeric
    ? ' (a decimal comma in a comma-separated file must be quoted: "1,5")'
    : ` (a value containing "${delimiter}" must be in double quotes: "Open day${delimiter} spring")`;
  const where = `${fileName}:${r.line}:${extra + 1}`;
  throw new InputError(`more values than header columns (${names.length})${hint}`, where);
}

function checkHeader(names: string[], at: string, rules: ColumnRules): void {
  const known = [...rules.required, ...(rules.optional ?? [])];
  const expected = `the first row must name the columns `
    + `${rules.required.join(', ')}${rules.optional?.length ? ` (optional: ${rules.optional.join(', ')})` : ''} in any `
    + `order`;
  names.forEach((n, i) => {
    if (n !== '' && !known.includes(n))
      throw new InputError(`unknown column ${showValue(n)}; ${expected}`, `${at}:${i + 1}`);
    if (n !== '' && names.indexOf(n) !== i)
      throw new InputError(`column ${showValue(n)} appears twice`, `${at}:${i + 1}`);
  });
  const missing = rules.required.filter((r) => !names.includes(r));
  if (missing.length) throw new InputError(`missing column${missing.length > 1 ? 's' : ''} ${missing.map((m) => `"${m}"`).join(', ')}; ${expected}`, at);
}

/** Index of a column by header name, -1 if absent. */
export function columnIndex(table: CsvTable, name: string): number {
  return table.header.indexOf(name);
}

/** A cell's text, trimmed; '' when the column is absent or the row is short. */
export function cellText(table: CsvTable, record: CsvRecord, name: string): string {
  const i = columnIndex(table, name);
  return i < 0 ? '' : (record.cells[i] ?? '').trim();
}

/** An InputError located at a record's cell: "file.csv:4:2". */
export function cellError(table: CsvTable, record: CsvRecord, name: string, message: string): InputError {
  return new InputError(message, `${table.fileName}:${record.line}:${columnIndex(table, name) + 1}`);
}
