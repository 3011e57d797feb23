// Periods longer than a month: an admission round, a half-year and a year, as lists of months, and their ids.
import { FIRST_YEAR, isMonthId } from '../dates';
import { InputError, showValue } from '../errors';
import type { IsoDate } from '../model/workbook';
import { addMonths, monthOf, type Month } from '../plan/calendar';
import type { Template } from '../template/schema';

export type PeriodKind = 'month' | 'round' | 'half' | 'year';

export interface Period {
  kind: PeriodKind;
  /** `2026-11`, `2026-spring`, `2026-H1` or `2026`. */
  id: string;
  /** The admission round's id (kind `round` only). */
  round?: string;
  /** In calendar order; a round may start in the year before its id's year. */
  months: Month[];
  first: IsoDate;
  last: IsoDate;
}

/** A round spans this many months, ending with its admission month, unless the template says otherwise. */
export const DEFAULT_ROUND_MONTHS = 6;

function periodOf(kind: PeriodKind, id: string, months: Month[], round?: string): Period {
  const last = months[months.length - 1].last;
  return { kind, id, ...(round ? { round } : {}), months, first: months[0].first, last };
}

function monthsEndingWith(last: Month, count: number): Month[] {
  return Array.from({ length: count }, (_, i) => addMonths(last, i - count + 1));
}

export function monthPeriod(year: number, month: number): Period {
  return periodOf('month', monthOf(year, month).id, [monthOf(year, month)]);
}

export function yearPeriod(year: number): Period {
  return periodOf('year', String(year), Array.from({ length: 12 }, (_, i) => monthOf(year, i + 1)));
}

/** H1 = January–June, H2 = July–December. */
export function halfYearPeriod(year: number, half: 1 | 2): Period {
  return periodOf('half', `${year}-H${half}`, Array.from({ length: 6 }, (_, i) => monthOf(year, half * 6 - 5 + i)));
}

/**
 * The round whose admission month falls in `year`: `2026-spring` with admissions in February and the default six
 * months is September 2025 – February 2026. The id names the year of the admission, because that is the intake
 * the round works for and the month the director reviews it.
 */
export function roundPeriod(template: Template, year: number, roundId: string, field = 'round'): Period {
  const round = template.admissionRounds.find((r) => r.id === roundId);
  if (!round) throw new InputError(`the template has no admission round ${showValue(roundId)}`, field);
  const months = monthsEndingWith(monthOf(year, round.month), template.roundMonths ?? DEFAULT_ROUND_MONTHS);
  if (!isMonthId(months[0].id)) {
    throw new InputError(`the round ${year}-${roundId} would start before ${FIRST_YEAR}`, field);
  }
  return periodOf('round', `${year}-${roundId}`, months, roundId);
}

/** The forms `--round` accepts for this template, for messages: its round ids first, then the half-years. */
export function roundForms(template: Template): string[] {
  return [...template.admissionRounds.map((r) => `YYYY-${r.id}`), 'YYYY-H1', 'YYYY-H2'];
}

/** The admission rounds, or the half-years for a template without rounds (the Lithuanian one), of one year. */
export function roundsOfYear(template: Template, year: number): Period[] {
  if (template.admissionRounds.length === 0) return [halfYearPeriod(year, 1), halfYearPeriod(year, 2)];
  return [...template.admissionRounds]
    .sort((a, b) => a.month - b.month)
    .map((r) => roundPeriod(template, year, r.id));
}
