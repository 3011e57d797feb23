// Writes one described Cell onto an exceljs cell: value, guarded against exceljs 4.4's pitfalls, and style.
import type { Row as XRow, CellValue } from 'exceljs';
import type { Cell, CellStyle } from '../../core/model/workbook';
import { safeText, safeNumber, isoDateToSerial } from './sanitize';
import type { StyleBook } from './styles';
import { looksLikeFormula } from './quote-prefix';

/** Excel refuses formulas longer than this; cutting one would change its meaning, so we stop. */
const MAX_FORMULA = 8_192;

/** `{ formula }` for exceljs: no leading `=` (exceljs would write it into <f> and break the file). */
export function formulaValue(formula: string, where: () => string): CellValue {
  const f = safeText(String(formula)).replace(/^\s*=/, '').trim();
  if (f === '') return null;
  if (f.length > MAX_FORMULA) throw new Error(`${where()}: formula has ${f.length} characters (Excel allows `
    + `${MAX_FORMULA})`);
  return { formula: f } as CellValue;
}

function numberOrBlank(n: unknown): number | null {
  return typeof n === 'number' ? safeNumber(n) : null;
}

/**
 * Puts `cell` at column `col` of `row`. Strings are always written as strings, so text that looks
 * like a formula (`=cmd|…`, `+1`, `@x`) stays text. `columnStyle` is given for data rows only.
 * Returns false when nothing needed writing (an unstyled empty cell).
 */
export function writeCell(
  row: XRow, col: number, cell: Cell | undefined, columnStyle: CellStyle | undefined, book: StyleBook, streaming: boolean,
): boolean {
  let value: CellValue;
  let own: CellStyle | undefined;
  let isDate = false;
  let quoted = false;
  switch (typeof cell) {
    case 'string':
      value = text(safeText(cell), streaming);
      quoted = looksLikeFormula(cell);
      break;
    case 'number':
      value = safeNumber(cell);
      break;
    case 'boolean':
      value = cell;
      break;
    case 'undefined':
      if (!columnStyle) return false;
      value = null;
      break;
    case 'object':
      if (cell === null) {
        // An empty data cell still takes its column's style, so what a user types there later
        // (an actual, a corrective action) shows in the column's format.
        if (!columnStyle) return false;
        value = null;
        break;
      }
      own = cell.style;
      if ('text' in cell) {
        const s = safeText(String(cell.text ?? ''));
        value = text(s, streaming);
        quoted = looksLikeFormula(s);
      }
      else if ('number' in cell) value = numberOrBlank(cell.number);
      else if ('date' in cell) {
        const serial = typeof cell.date === 'string' ? isoDateToSerial(cell.date) : null;
        // A serial with a date format is exactly what Excel stores for a date; invalid → blank.
        value = serial;
        isDate = serial !== null;
      } else if ('bool' in cell) value = cell.bool === true;
      else if ('formula' in cell) value = formulaValue(cell.formula, () => where(row, col));
      else if ('blank' in cell) value = null;
      else throw new Error(`${where(row, col)}: unknown cell ${JSON.stringify(cell).slice(0, 80)}`);
      break;
    default:
      throw new Error(`${where(row, col)}: unsupported cell of type ${typeof cell}`);
  }
  const target = row.getCell(col);
  target.value = value;
  target.style = book.resolve(columnStyle, own, isDate, quoted);
  return true;
}

/**
 * The streaming writer stores strings as `<c t="str"><v>…</v>`, and LibreOffice trims spaces, tabs
 * and line breaks at both ends of a <v>. Such strings go as an inline rich-text run instead, whose
 * <t xml:space="preserve"> keeps them. (The in-memory writer uses shared strings, which keep them.)
 */
function text(s: string, streaming: boolean): CellValue {
  if (!streaming || s === '' || (s.charCodeAt(0) > 32 && s.charCodeAt(s.length - 1) > 32)) return s;
  return { richText: [{ text: s }] };
}

function where(row: XRow, col: number): string {
  return `Sheet "${row.worksheet.name}", cell ${row.getCell(col).address}`;
}
