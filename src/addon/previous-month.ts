// Last month's typed KPI figures, so the monthly review can compare this month with the previous one.
import { kpiRecordsFromEntries } from '../core/kpi/records-from-entries';
import type { KpiRecord } from '../core/model/input';
import { addMonths, parseMonth } from '../core/plan/calendar';
import { readEntries } from './read-entries';
import { findMonthBound } from './tags';
import type { Spreadsheet } from '../render/sheets/types';

/** One finder call for last month's key, whatever the number of months the spreadsheet holds. */
export function previousMonthData(ss: Spreadsheet, month: string): KpiRecord[] {
  const previous = addMonths(parseMonth(month), -1).id;
  const sheets = findMonthBound(ss, previous).filter((t) => t.tag.sheet === 'kpi-results');
  return sheets.length ? kpiRecordsFromEntries(readEntries(sheets).entries, previous) : [];
}
