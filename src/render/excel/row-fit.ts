// Heights for rows of wrapped text: Excel fits them on opening, LibreOffice does not, so the file carries them.
import type { Cell, CellStyle, ColumnSpec } from '../../core/model/workbook';

/** Points per line of 11-pt text, and Excel's ceiling for a row. */
const LINE_PT = 14.5;
const MAX_PT = 409;

function textOf(cell: Cell): string | null {
  if (typeof cell === 'string') return cell;
  if (cell && typeof cell === 'object' && 'text' in cell) return cell.text;
  return null;
}

function wraps(cell: Cell, column: CellStyle | undefined): boolean {
  const own = cell && typeof cell === 'object' ? cell.style?.wrap : undefined;
  return own ?? column?.wrap ?? false;
}

function indentOf(cell: Cell, column: CellStyle | undefined): number {
  const own = cell && typeof cell === 'object' ? cell.style?.indent : undefined;
  return own ?? column?.indent ?? 0;
}

/**
 * Lines a paragraph takes when wrapped at word boundaries, as spreadsheets wrap: a word that does not fit moves to
 * the next line whole, so counting characters alone undercounts ("pavasara un rudens" over two narrow lines).
 */
function wrappedLines(paragraph: string, perLine: number): number {
  let lines = 1;
  let used = 0;
  for (const word of paragraph.split(' ')) {
    const len = word.length;
    if (used > 0 && used + 1 + len <= perLine) used += 1 + len;
    else if (used === 0 && len <= perLine) used = len;
    else {
      if (used > 0) lines++;
      // A word longer than a line breaks across lines by itself.
      lines += Math.max(0, Math.ceil(len / perLine) - 1);
      used = len % perLine || perLine;
    }
  }
  return lines;
}

/**
 * The height a row needs to show its wrapped text, or undefined when one line is enough.
 * An estimate from characters per column width: good enough that nothing is hidden.
 */
export function fittedHeight(cells: readonly Cell[], columns: ColumnSpec[], columnStyles: (CellStyle | undefined)[], skip?: Set<number>): number | undefined {
  let lines = 1;
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i];
    // Hidden helper columns (row keys) never show, so their text never makes a row taller.
    if (cell === null || typeof cell === 'number' || (skip && skip.has(i + 1)) || columns[i]?.hidden) continue;
    const text = textOf(cell);
    if (text === null || !wraps(cell, columnStyles[i])) continue;
    // An indent step takes about two characters' room off the line.
    const perLine = Math.max(1, Math.floor((columns[i]?.width ?? 10) * 1.1) - 1 - 2 * indentOf(cell, columnStyles[i]));
    const needed = text.split('\n').reduce((sum, part) => sum + wrappedLines(part, perLine), 0);
    lines = Math.max(lines, needed);
  }
  return lines > 1 ? Math.min(MAX_PT, Math.ceil(lines * LINE_PT + 2)) : undefined;
}
