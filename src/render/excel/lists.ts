// Drop-down lists: inline when Excel allows it, otherwise on one hidden sheet the validations refer to.
import type { DataValidation } from 'exceljs';
import type { DataValidationSpec, Row, SheetSpec } from '../../core/model/workbook';
import { safeText } from './sanitize';
import { columnLetter } from '../../core/sheets/a1';

/** Excel's limit for an inline list (`"a,b,c"`), counted without the outer quotes. */
const INLINE_MAX = 255;
const LIST_SHEET_BASE = '_lists';

/**
 * Inline lists are split on commas with no escaping, and are capped at 255 characters, so a list
 * with a comma inside a value or a long list goes to a hidden sheet instead. This keeps every
 * allowed value exactly as described, at the cost of one extra (hidden) sheet only when needed.
 */
export class ListPlan {
  /** Columns of the hidden sheet, one per distinct list that cannot be inline. */
  readonly columns: string[][] = [];
  private readonly index = new Map<string, number>();
  readonly sheetName: string;

  constructor(sheets: readonly SheetSpec[]) {
    const taken = new Set(sheets.map((s) => s.name.toLowerCase()));
    let name = LIST_SHEET_BASE;
    for (let i = 2; taken.has(name.toLowerCase()); i++) name = `${LIST_SHEET_BASE}${i}`;
    this.sheetName = name;
  }

  /** The exceljs validation for one spec, or null for an empty list (nothing to choose from). */
  validation(spec: DataValidationSpec): DataValidation | null {
    const values = spec.list.map((v) => safeText(String(v), 255)).filter((v) => v !== '');
    if (values.length === 0) return null;
    return {
      type: 'list',
      allowBlank: true,
      // strict rejects other values; otherwise Excel still warns but lets the value in.
      showErrorMessage: true,
      errorStyle: spec.strict ? 'stop' : 'warning',
      formulae: [this.formula(values)],
    };
  }

  get needed(): boolean {
    return this.columns.length > 0;
  }

  private formula(values: string[]): string {
    const inline = values.map((v) => v.replace(/"/g, '""')).join(',');
    if (!values.some((v) => v.includes(',')) && inline.length <= INLINE_MAX) return `"${inline}"`;
    const key = JSON.stringify(values);
    let col = this.index.get(key);
    if (col === undefined) {
      col = this.columns.push(values) - 1;
      this.index.set(key, col);
    }
    return `'${this.sheetName}'!$${columnLetter(col + 1)}$1:$${columnLetter(col + 1)}$${values.length}`;
  }
}


/** The hidden list sheet: described like the core's sheets, with an id no core sheet has. */
export type ListSheetSpec = Omit<SheetSpec, 'id'> & { id: '_lists' };

/** The hidden sheet as one more described sheet, so the same writer (and its guards) renders it. */
export function listSheetSpec(plan: ListPlan): ListSheetSpec {
  const height = Math.max(...plan.columns.map((c) => c.length));
  const rows: Row[] = [];
  for (let r = 0; r < height; r++) rows.push(plan.columns.map((c) => c[r] ?? null));
  return { id: '_lists', name: plan.sheetName, columns: plan.columns.map((_, i) => ({ key: `list${i + 1}`, width: 30 })), rows };
}
