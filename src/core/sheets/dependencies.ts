// Which sheets a workbook's formulas point at, read from the formulas themselves so the map can never go stale.
import type { Cell, SheetSpec, WorkbookSpec } from '../model/workbook';
import { SHEET_IDS } from '../constants';
import type { SheetId } from './context';

/** `'Tab name'!` references as the core writes them (sheetRef always quotes, doubling apostrophes). */
const SHEET_REF = /'((?:[^']|'')+)'!/g;

function formulaOf(cell: Cell | undefined): string | null {
  return cell !== null && typeof cell === 'object' && 'formula' in cell ? cell.formula : null;
}

/** Tab names a sheet's formulas and rules refer to. Lazy rows (big data sheets) are not read: they hold no links. */
function referencedNames(sheet: SheetSpec): Set<string> {
  const names = new Set<string>();
  const scan = (formula: string) => {
    for (const m of formula.matchAll(SHEET_REF)) names.add(m[1].replace(/''/g, "'"));
  };
  if (Array.isArray(sheet.rows)) for (const row of sheet.rows as readonly Cell[][]) for (const c of row) {
    const f = formulaOf(c);
    if (f) scan(f);
  }
  for (const rule of sheet.conditionalRules ?? []) scan(rule.formula);
  names.delete(sheet.name);
  return names;
}

/** Sheet id → ids of the sheets its formulas read. */
export function sheetDependencies(workbook: WorkbookSpec): Map<SheetId, Set<SheetId>> {
  const idOf = new Map(workbook.sheets.map((s) => [s.name, s.id]));
  const deps = new Map<SheetId, Set<SheetId>>();
  for (const sheet of workbook.sheets) {
    const ids = new Set<SheetId>();
    for (const name of referencedNames(sheet)) {
      const id = idOf.get(name);
      if (id !== undefined) ids.add(id);
    }
    deps.set(sheet.id, ids);
  }
  return deps;
}

/** `wanted` plus every sheet those read, transitively: what must exist for the wanted sheets' formulas to resolve. */
export function withDependencies(workbook: WorkbookSpec, wanted: Iterable<SheetId>): Set<SheetId> {
  const deps = sheetDependencies(workbook);
  const out = new Set<SheetId>();
  const visit = (id: SheetId) => {
    if (out.has(id)) return;
    out.add(id);
    for (const d of deps.get(id) ?? []) visit(d);
  };
  for (const id of wanted) visit(id);
  return out;
}

/** A sheet the spreadsheet already has for the month, and the run that wrote it. */
export interface ExistingSheet {
  id: string;
  template: string;
  lang?: string;
}

/**
 * The asked sheets, plus what keeps every formula resolving. Formulas name other tabs (translated names) and the
 * words of their run, so a run in another language or template than the month's sheets rewrites all of them; and a
 * sheet whose formulas read a sheet the month lacks brings that sheet along.
 */
export function sheetsToRewrite(
  workbook: WorkbookSpec, asked: readonly SheetId[], existing: readonly ExistingSheet[],
  run: { template: string; lang: string },
): Set<SheetId> {
  const isMonthSheet = (e: ExistingSheet): e is ExistingSheet & { id: SheetId } =>
    (SHEET_IDS as readonly string[]).includes(e.id);
  const ours = existing.filter(isMonthSheet);
  const stale = ours.some((e) => e.lang !== run.lang || e.template !== run.template);
  const wanted = new Set<SheetId>([...asked, ...(stale ? ours.map((e) => e.id) : [])]);
  const present = new Set<string>(stale ? [] : ours.map((e) => e.id));
  for (const id of withDependencies(workbook, wanted)) if (!present.has(id)) wanted.add(id);
  return wanted;
}
