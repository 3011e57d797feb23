// What every sheet builder gets: the input, the resolved month, labels, formats and the sheets' names.
import { isSheetId, SHEET_IDS, type SheetId } from '../constants';
import { sheetWords, type SheetWords } from '../i18n';
import { EntryDefaults } from '../entry-defaults';
import type { BuildInput } from '../model/input';
import { addMonths, parseIsoDate, parseMonth, type Month } from '../plan/calendar';
import type { Template } from '../template/schema';
import { asOfCellRef } from './summary-head';
import { sheetName } from './text';

// Re-exported for the builders and the add-on, which know sheets through the context.
export { isSheetId, SHEET_IDS, type SheetId };

/** The summary is one per process (it moves on to the month last generated); every other sheet is one per month. */
export const isMonthBound = (id: string): boolean => id !== 'summary';


export interface SheetContext extends SheetWords {
  input: BuildInput;
  template: Template;
  month: Month;
  previous: Month;
  today: string;
  /** The day the file is made (`input.created`, default `today`). */
  created: string;
  /**
   * The one "as of" date as a formula expression any sheet may use: `TODAY()` for a live sheet, else an absolute
   * reference to the Summary's as-of cell. Conditional rules must read a cell on their own sheet (Google Sheets
   * refuses other sheets in rules), so a sheet whose rules need the date holds its own cell = this expression.
   */
  asOf: string;
  /** Final tab names, so formulas can point across sheets. */
  names: Record<SheetId, string>;
  /** What the builders write into entry cells by themselves, to count what was typed from this one build. */
  defaults: EntryDefaults;
}

export function sheetContext(input: BuildInput): SheetContext {
  const month = parseMonth(input.month);
  const today = parseIsoDate(input.today, 'today');
  const created = input.created === undefined ? today : parseIsoDate(input.created, 'created');
  const words = sheetWords(input.lang);
  const { l } = words;
  const taken = new Set<string>();
  const suffix = input.monthInSheetNames ? ` ${month.id}` : '';
  const names = {} as Record<SheetId, string>;
  for (const id of [...SHEET_IDS, 'ga4', 'social', 'crm'] as const) {
    // The summary and plan are per process; the month goes on the month-bound sheets.
    names[id] = sheetName(l.sheets[id] + (isMonthBound(id) ? suffix : ''), taken);
  }
  // The fixed clock is the Summary's as-of cell, so changing that one date moves every time formula with it.
  const asOf = input.clock === 'live' ? 'TODAY()' : asOfCellRef(names.summary);
  return {
    input, template: input.template, month, previous: addMonths(month, -1), today, created, asOf,
    ...words, names, defaults: new EntryDefaults(),
  };
}
