// buildRoundReview: a template, a round and its months' figures → the round review and the director's form.
import { parseIsoDate } from '../plan/calendar';
import type { KpiRecord, TypedEntries } from '../model/input';
import { overlayEntries } from '../sheets/overlay-entries';
import type { IsoDate, WorkbookSpec } from '../model/workbook';
import { summarizePeriod, type KpiPeriodResult, type Period, type PeriodRecord } from '../periods';
import { pick } from '../i18n';
import type { Language, Template } from '../template/schema';
import { roundContext, roundTitle } from './context';
import { directorFormSheet } from './director-form';
import { roundReviewSheet } from './review-sheet';

export interface RoundInput {
  template: Template;
  /** From parseRound (`2026-spring`, `2026-H1`). */
  period: Period;
  /** The as-of date: whether the round is over, and so whether "at risk" is still possible. */
  today: IsoDate;
  /** The day the file is made; default `today`. */
  created?: IsoDate;
  lang: Language;
  /** Each month's targets and actuals (and recorded actions); months outside the round are ignored. */
  data: KpiRecord[];
  /** Whole-round figures for `period` KPIs (GA4's answer to the period request: ga4PeriodRecords). */
  periodRecords?: PeriodRecord[];
  /** What was typed into the director's form (the add-on's regeneration keeps it). */
  entries?: TypedEntries;
  /** Tab names carry the round ("Round review 2026-spring"): a spreadsheet keeps every round. */
  periodInSheetNames?: boolean;
}

export interface RoundReview {
  workbook: WorkbookSpec;
  /** What the sheets' formulas show, computed by the core (messages and tests). */
  results: KpiPeriodResult[];
}

export function buildRoundReview(input: RoundInput): RoundReview {
  const today = parseIsoDate(input.today, 'today');
  const created = input.created === undefined ? today : parseIsoDate(input.created, 'created');
  const { template, period, lang } = input;
  const results = summarizePeriod(template, period, input.data, {
    periodRecords: input.periodRecords, ended: today > period.last,
  });
  const suffix = input.periodInSheetNames ? ` ${period.id}` : '';
  const ctx = roundContext({ template, period, lang, today, created, data: input.data, results }, suffix);
  const review = roundReviewSheet(ctx);
  const form = overlayEntries(directorFormSheet(ctx, review.refs), input.entries?.['director-form']);
  return {
    results,
    workbook: {
      properties: {
        title: `${ctx.l.round.title} — ${pick(template.title, lang)}`,
        subject: roundTitle(ctx),
        creator: 'KPI Planner',
        created,
        language: lang,
      },
      sheets: [review.sheet, form],
    },
  };
}
