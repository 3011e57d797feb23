// Groups formula cells into few rectangles, so formulas go in with one setFormulas per block, not per cell.

export interface FormulaCell {
  row: number;
  col: number;
  formula: string;
}

/** 0-based block of cells that all hold formulas. */
export interface FormulaBlock {
  row: number;
  col: number;
  formulas: string[][];
}

/**
 * Runs of consecutive formula rows per column, then side-by-side runs spanning the same rows joined.
 * A table's formula columns (variance, % achieved, status) become one block however long the table is.
 * setFormulas can't skip cells (an empty string clears the cell), which is why blocks must be solid.
 */
export function formulaBlocks(cells: FormulaCell[]): FormulaBlock[] {
  const sorted = [...cells].sort((a, b) => a.col - b.col || a.row - b.row);
  const runs: { col: number; row: number; formulas: string[] }[] = [];
  for (const cell of sorted) {
    const last = runs[runs.length - 1];
    if (last && last.col === cell.col && last.row + last.formulas.length === cell.row) last.formulas.push(cell.formula);
    else runs.push({ col: cell.col, row: cell.row, formulas: [cell.formula] });
  }
  const blocks: { row: number; col: number; cols: string[][] }[] = [];
  const open = new Map<string, (typeof blocks)[number]>();
  for (const run of runs) {
    const key = `${run.row}:${run.formulas.length}`;
    const block = open.get(key);
    if (block && block.col + block.cols.length === run.col) block.cols.push(run.formulas);
    else {
      const fresh = { row: run.row, col: run.col, cols: [run.formulas] };
      blocks.push(fresh);
      open.set(key, fresh);
    }
  }
  return blocks.map((b) => ({
    row: b.row,
    col: b.col,
    formulas: b.cols[0].map((_, r) => b.cols.map((col) => col[r])),
  }));
}
