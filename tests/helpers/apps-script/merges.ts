// Merged areas as Sheets checks them: no merge across the frozen rows' edge, none over part of another merge.

export type Area = { row: number; col: number; rows: number; cols: number };
const overlaps = (a: Area, b: Area) => a.row <= b.row + b.rows - 1 && b.row <= a.row + a.rows - 1
  && a.col <= b.col + b.cols - 1 && b.col <= a.col + a.cols - 1;
const inside = (a: Area, b: Area) => a.row >= b.row && a.col >= b.col
  && a.row + a.rows <= b.row + b.rows && a.col + a.cols <= b.col + b.cols;
const WHOLE_MERGE = 'Exception: You must select all cells in a merged range to merge or unmerge them.';

/** The merges with `r` merged too, or Sheets' error. */
export function withMerge(merges: Area[], frozenRows: number, r: Area): Area[] {
  const f = frozenRows;
  if (f && r.row <= f && r.row + r.rows - 1 > f) {
    throw new Error("Exception: You can't merge frozen and non-frozen rows.");
  }
  if (merges.some((m) => overlaps(m, r))) throw new Error(WHOLE_MERGE);
  return [...merges, { row: r.row, col: r.col, rows: r.rows, cols: r.cols }];
}

/** The merges without those inside `r`; a merge only partly inside is Sheets' error. */
export function withoutMerges(merges: Area[], r: Area): Area[] {
  if (merges.some((m) => overlaps(m, r) && !inside(m, r))) throw new Error(WHOLE_MERGE);
  return merges.filter((m) => !inside(m, r));
}
