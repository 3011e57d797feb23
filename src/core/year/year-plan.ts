// The core's entry for the year plan: a template, a year and month targets in; the two-sheet workbook out.
import { labels, pick } from '../i18n';
import type { KpiRecord, TypedEntries } from '../model/input';
import { overlayEntries } from '../sheets/overlay-entries';
import type { IsoDate, WorkbookSpec } from '../model/workbook';
import { fitToProfile } from '../plan/profile';
import type { Audience, Language, Template } from '../template/schema';
import { yearContext } from './context';
import { yearSteps, type YearStepKind } from './placement';
import { yearPlanSheet } from './plan-sheet';
import { kpiTargetsSheet, type PlanPeriodTarget } from './targets-sheet';

export interface YearPlanInput {
  template: Template;
  year: number;
  lang: Language;
  /** Month targets to prefill (`--data`); actuals and other years are ignored. */
  data: KpiRecord[];
  /** Round (`p:<period id>`) and year targets typed for `period` KPIs, which cannot be added up from months. */
  periodTargets?: PlanPeriodTarget[];
  /** The business's audiences: steps that suit none of them are left out, and the plan says how many. */
  profile?: string[];
  /** The day the file is made; the core never reads a clock. */
  created: IsoDate;
  /** What was typed into the KPI targets tab: kept over `data` (the add-on's regeneration). */
  entries?: TypedEntries;
  /** Tab names carry the year ("Year plan 2026"): a spreadsheet keeps every year. */
  periodInSheetNames?: boolean;
}

export interface YearPlan {
  workbook: WorkbookSpec;
  /** Steps per place in the year, after the profile. */
  counts: Record<YearStepKind, number>;
  /** Steps the profile left out. */
  leftOut: number;
}

export function buildYearPlan(input: YearPlanInput): YearPlan {
  const { template, year, lang } = input;
  const l = labels(lang);
  const fitted = fitToProfile(template, input.profile);
  const ctx = yearContext(template, year, lang, input.periodInSheetNames ? ` ${year}` : '');
  const steps = yearSteps(fitted.template, year, lang);
  const profile = (input.profile ?? []).map((a) => l.audience[a as Audience] ?? a).join(', ');
  const leftOut = fitted.leftOut === 0 ? '' : l.plan.leftOut(fitted.leftOut, profile);
  const counts = { calendar: 0, brief: 0, whenNeeded: 0 };
  for (const s of steps) counts[s.kind]++;
  return {
    counts,
    leftOut: fitted.leftOut,
    workbook: {
      properties: {
        title: `${pick(template.title, lang)} — ${l.year.planTitle} ${year}`,
        subject: `${l.year.planTitle} ${year}`,
        creator: 'KPI Planner',
        description: pick(template.goal, lang),
        keywords: `KPI, ${template.id}, ${year}`,
        created: input.created,
        language: lang,
      },
      sheets: [
        yearPlanSheet(ctx, steps, leftOut),
        overlayEntries(kpiTargetsSheet(ctx, input.data, input.periodTargets ?? []), input.entries?.['kpi-targets']),
      ],
    },
  };
}
