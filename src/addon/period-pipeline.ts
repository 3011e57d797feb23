// The year plan and the round review through the month pipeline: read (by a period key) → build → place →
// render → tag → record. Only the feeding is theirs: month tabs, the year plan's targets, GA4's whole round.
import { fetchAllPagesSync } from '../core/ga4/paging';
import type { WorkbookSpec } from '../core/model/workbook';
import { parseRound, parseYear, roundRecords, yearTargetsFromMonths, type MonthTabEntries } from '../core/periods';
import { buildGa4RoundRequests, buildRoundReview, ga4RoundRecords } from '../core/round';
import type { Template } from '../core/template/schema';
import { buildYearPlan } from '../core/year/year-plan';
import { ga4Transport } from './ga4-transport';
import { readEntries } from './read-entries';
import type { MonthReading } from './month-pipeline';
import { periodKey } from './period-index';
import { loadSettings } from './settings';
import type { Services } from './services';
import { findMonthBound, findMonthSheets, type Run } from './tags';

export type PeriodKind = 'year' | 'round';
export const kindOf = (period: string): PeriodKind => (/^\d{4}$/.test(period) ? 'year' : 'round');

/** read: the period's own tags and what was typed in them (two finder calls, one read per sheet). */
export function readPeriod(services: Services, period: string): MonthReading {
  const key = periodKey(period);
  const sheets = findMonthSheets(services.spreadsheet(), key);
  return { month: key, sheets, entries: readEntries(sheets.ofMonth).entries, previous: [], ga4: null };
}

/** The month tabs' KPI results and review entries, read as the month pipeline reads them: one finder call a month. */
function monthTabs(services: Services, months: string[]): Record<string, MonthTabEntries> {
  const out: Record<string, MonthTabEntries> = {};
  for (const month of months) {
    const tagged = findMonthBound(services.spreadsheet(), month)
      .filter((t) => t.tag.sheet === 'kpi-results' || t.tag.sheet === 'review');
    if (tagged.length === 0) continue;
    const { entries } = readEntries(tagged);
    out[month] = { kpis: entries['kpi-results'], review: entries.review };
  }
  return out;
}

/** GA4's whole-round figures for `period` KPIs: one request set (buildGa4PeriodRequests), when GA4 is set up. */
function roundGa4(services: Services, template: Template, period: ReturnType<typeof parseRound>, today: string,
  lang: Run['lang']) {
  const property = loadSettings(services).ga4Property;
  if (!property || !template.kpis.some((k) => k.source === 'ga4')) return undefined;
  const plan = buildGa4RoundRequests(template, period, today);
  const requests = plan.period.reports.map((r) => r.request);
  if (requests.length === 0) return undefined;
  const fetched = fetchAllPagesSync(ga4Transport(services, property, template, lang), requests);
  return ga4RoundRecords(template, { ...plan, monthly: [], requests }, fetched).periodRecords;
}

export interface PeriodBuild {
  workbook: WorkbookSpec;
  monthsRead: string[];
  ga4: boolean;
}

/** build: the core's year plan or round review from what the document holds, as of `run.today`. */
export function buildPeriod(
  services: Services, reading: MonthReading, period: string, run: Run, template: Template, withGa4 = true,
): PeriodBuild {
  if (kindOf(period) === 'year') {
    const year = Number(parseYear(period, 'period').id);
    const months = Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`);
    const tabs = monthTabs(services, months);
    const plan = buildYearPlan({
      template, year, lang: run.lang, data: yearTargetsFromMonths(template, year, tabs), profile: run.profile,
      created: run.today, entries: reading.entries, periodInSheetNames: true,
    });
    return { workbook: plan.workbook, monthsRead: Object.keys(tabs), ga4: false };
  }
  const round = parseRound(template, period, 'period');
  const tabs = monthTabs(services, round.months.map((m) => m.id));
  const years = [...new Set(round.months.map((m) => Number(m.id.slice(0, 4))))];
  const plans = years.map((y) => [y, readPeriod(services, String(y)).entries['kpi-targets'] ?? {}] as const);
  const targets = Object.fromEntries(plans);
  const ga4 = withGa4 ? roundGa4(services, template, round, run.today, run.lang) : undefined;
  const { data, periodRecords } = roundRecords(template, round, {
    months: tabs, targets, review: reading.entries['round-review'], ga4,
  });
  const review = buildRoundReview({
    template, period: round, today: run.today, lang: run.lang, data, periodRecords,
    entries: reading.entries, periodInSheetNames: true,
  });
  return { workbook: review.workbook, monthsRead: Object.keys(tabs), ga4: ga4 !== undefined };
}
