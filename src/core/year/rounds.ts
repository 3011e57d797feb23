// The admission rounds (or half-years) that touch a calendar year, each with the months of that year it holds.
import { InputError } from '../errors';
import { labels, pick } from '../i18n';
import { roundsOfYear, type Period } from '../periods/period';
import type { Language, Template } from '../template/schema';

export interface YearRound {
  period: Period;
  /** "Spring admission 2026" or "Half-year 1". */
  name: string;
  /** The months (1–12) of this year in the round; a round may begin in the year before. */
  months: number[];
  /** The admission month (1–12) when it falls in this year; half-years have none. */
  admission?: number;
}

/**
 * Rounds are named by their admission's year, so a year holds the end of its own rounds and the start of the next
 * year's (admissions in February and August: 2026-spring's January–February, 2026-autumn, 2027-spring's
 * September–December). Half-years for a template without rounds.
 */
export function roundsInYear(template: Template, year: number, lang: Language): YearRound[] {
  const l = labels(lang);
  if (template.admissionRounds.length === 0) {
    return roundsOfYear(template, year).map((period, i) => ({
      period, name: l.year.half(i + 1), months: period.months.map((m) => m.month),
    }));
  }
  const periods = [...safeRounds(template, year), ...safeRounds(template, year + 1)];
  return periods
    .map((period) => {
      const round = template.admissionRounds.find((r) => r.id === period.round)!;
      const months = period.months.filter((m) => m.year === year).map((m) => m.month);
      const last = period.months[period.months.length - 1];
      const admission = last.year === year ? last.month : undefined;
      const name = `${pick(round.name, lang)} ${period.id.slice(0, 4)}`;
      return { period, name, months, ...(admission ? { admission } : {}) };
    })
    .filter((r) => r.months.length > 0)
    .sort((a, b) => a.months[0] - b.months[0]);
}

/** A round of 1900 would begin in 1899, before any date the tool reads: that part of the year has no round. */
function safeRounds(template: Template, year: number): Period[] {
  try {
    return roundsOfYear(template, year);
  } catch (e) {
    if (e instanceof InputError) return [];
    throw e;
  }
}

/**
 * Capitalised short month names for column headers (Latvian and Lithuanian write them in lower case in running
 * text): twelve full names do not fit an A4 landscape page at a readable size beside the steps.
 */
export function monthHeaders(lang: Language): string[] {
  return labels(lang).monthsShort.map((m) => m.charAt(0).toUpperCase() + m.slice(1));
}
