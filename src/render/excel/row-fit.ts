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

/**
 * The height a row needs to show its wrapped text, or undefined when one line is enough.
 * An estimate from characters per column width: good enough that nothing is hidden.
 */
export function fittedHeight(cells: readonly Cell[], columns: ColumnSpec[], columnStyles: (CellStyle | undefined)[], skip?: Set<number>): number | undefined {
  let lines = 1;
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i];
    if (cell === null || typeof cell === 'number' || (skip && skip.has(i + 1))) continue;
    const text = textOf(cell);
    if (text === null || !wraps(cell, columnStyles[i])) continue;
    const perLine = Math.max(1, Math.floor((columns[i]?.width ?? 10) * 1.1) - 1);
    const needed = text.split('\n').reduce((sum, part) => sum + Math.max(1, Math.ceil(part.length / perLine)), 0);
    lines = Math.max(lines, needed);
  }
  return lines > 1 ? Math.min(MAX_PT, Math.ceil(lines * LINE_PT + 2)) : undefined;
}
