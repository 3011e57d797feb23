// Last month's typed KPI figures, so the monthly review can compare this month with the previous one.
import { kpiRecordsFromEntries } from '../core/kpi/records-from-entries';
import type { KpiRecord } from '../core/model/input';
import { addMonths, parseMonth } from '../core/plan/calendar';
import { readEntries } from '../render/sheets/read-entries';
import type { TaggedSheet } from '../render/sheets/tags';

export function previousMonthData(tagged: TaggedSheet[], month: string): KpiRecord[] {
  const previous = addMonths(parseMonth(month), -1).id;
  const sheets = tagged.filter((t) => t.tag.month === previous && t.tag.sheet === 'kpi-results');
  return sheets.length ? kpiRecordsFromEntries(readEntries(sheets).entries, previous) : [];
}
