// Where a template's steps go in the year plan: on the calendar (longer than monthly), listed once, or when needed.
import { labels, pick } from '../i18n';
import { occurrences } from '../plan/occurrences';
import { monthOf } from '../plan/calendar';
import { stepWhen } from '../plan/timing-text';
import type { Language, Recurrence, Step, Template } from '../template/schema';

/** calendar: yearly, twice-yearly, quarterly, every 2+ months, around admissions; brief: monthly or more often. */
export type YearStepKind = 'calendar' | 'brief' | 'whenNeeded';

export function yearStepKind(rec: Recurrence): YearStepKind {
  switch (rec.kind) {
    case 'as-needed': return 'whenNeeded';
    case 'yearly': case 'quarterly': case 'admission': return 'calendar';
    // "Every 1 month" is monthly work; every 2–3 months is placed like a quarter.
    case 'every-months': return rec.min >= 2 ? 'calendar' : 'brief';
    // Daily, weekly, monthly and event-bound work (its dates come with the month's events).
    default: return 'brief';
  }
}

export interface YearStep {
  kind: YearStepKind;
  /** `section-id:number` in a template of several sections, else the number: the row's key. */
  ref: string;
  area: string;
  number: string;
  title: string;
  responsible: string;
  document: string;
  /** The step's own words for how often (the template's), else words made from its recurrence. */
  when: string;
  /** Calendar steps: the months (1–12) it falls in, from the same occurrences the monthly plan uses. */
  months: number[];
}

/** Every step of the (already profiled) template, in template order, with its place in the year. */
export function yearSteps(template: Template, year: number, lang: Language): YearStep[] {
  const l = labels(lang);
  const multi = template.sections.length > 1;
  return template.sections.flatMap((section) => section.steps.map((step): YearStep => {
    const kind = yearStepKind(step.recurrence);
    return {
      kind,
      ref: multi ? `${section.id}:${step.number}` : step.number,
      area: multi ? pick(section.title, lang) : '',
      number: step.number,
      title: pick(step.title, lang),
      responsible: step.responsible.map((r) => pick(r, lang)).join('\n'),
      document: step.documents.map((d) => pick(d, lang)).join('; '),
      when: stepWhen(step, lang, l),
      months: kind === 'calendar' ? monthsOf(step, template, year) : [],
    };
  }));
}

/** The months whose plan would hold the step: events are not known a year ahead, so none are passed. */
function monthsOf(step: Step, template: Template, year: number): number[] {
  return Array.from({ length: 12 }, (_, i) => i + 1)
    .filter((m) => occurrences(step.recurrence, monthOf(year, m), template, []).length > 0);
}
