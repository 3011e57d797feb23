// The process-template format: one zod schema that validates template files and types the core.
import * as z from 'zod';
import { AUDIENCES, CHANNELS, EVENT_TYPES, KPI_UNITS, LANGUAGES } from '../constants';
import { showValue } from '../errors';
import { Recurrence } from './recurrence';
import { CrmMapping, Ga4Mapping, SocialMapping } from './source-mappings';

export { CHANNELS, EVENT_TYPES, KPI_UNITS, LANGUAGES };
export type { Channel, EventType, Language } from '../constants';
export { CrmMapping, Ga4Mapping, SocialMapping } from './source-mappings';
export { Recurrence } from './recurrence';

/**
 * Text in Latvian, Lithuanian and English. English is required: it stands in wherever a language is
 * missing. Bundled templates carry all three; a user's template may lack one, and the CLI then names
 * the fields in one warning (see missing-language.ts).
 */
export const LocalizedText = z
  .object({ lv: z.string().min(1).optional(), lt: z.string().min(1).optional(), en: z.string().min(1) })
  .strict();
export type LocalizedText = z.infer<typeof LocalizedText>;

// Who a step suits ("Tinka kam"): shared with the sidebar's profile checkboxes, so it lives with the vocabularies.
export { AUDIENCES, type Audience } from '../constants';

export const Task = z
  .object({
    text: LocalizedText,
    /** A task with its own timing (e.g. the automated SMS 15 minutes before) gets its own plan row. */
    timing: Recurrence.optional(),
    /** The source's own wording of when (e.g. "15 min pirms pasākuma"), shown instead of generated words. */
    timingText: LocalizedText.optional(),
    automated: z.boolean().optional(),
  })
  .strict();
export type Task = z.infer<typeof Task>;

export const Step = z
  .object({
    number: z.string().regex(/^\d+(\.\d+)?$/, 'a step number such as "5" or "5.1"'),
    title: LocalizedText,
    responsible: z.array(LocalizedText).default([]),
    documents: z.array(LocalizedText).default([]),
    recurrence: Recurrence,
    /** The source's own wording of how often, kept verbatim (after OCR repair). */
    recurrenceText: LocalizedText.optional(),
    tasks: z.array(Task).default([]),
    notes: z.array(LocalizedText).default([]),
    tools: z.array(LocalizedText).default([]),
    /** Seed 004's "Tinka kam"; empty means not stated. */
    appliesTo: z.array(z.enum(AUDIENCES)).default([]),
    appliesToText: LocalizedText.optional(),
    /** Channels this step publishes on; they place it on the monthly campaign sheet. */
    channels: z.array(z.enum(CHANNELS)).default([]),
  })
  .strict();
export type Step = z.infer<typeof Step>;

export const Section = z
  .object({ id: z.string().regex(/^[a-z0-9-]+$/), title: LocalizedText, steps: z.array(Step).min(1) })
  .strict();
export type Section = z.infer<typeof Section>;

export const Kpi = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/, 'lower-case letters, digits and dashes'),
    name: LocalizedText,
    unit: z.enum(KPI_UNITS),
    direction: z.enum(['higher', 'lower']),
    source: z.enum(['manual', 'ga4', 'crm']),
    /**
     * Pro-rate the target while the month runs. Default: true for counts, euros and seconds,
     * false for `percent` (a rate is not earned day by day). Stocks and levels, such as total
     * followers, must say `"pace": false`: 5,000 followers are not 2,500 by mid-month.
     */
    pace: z.boolean().optional(),
    /** May a target or actual be below zero (e.g. follower growth in a bad month)? Default false. */
    negative: z.boolean().optional(),
    ga4: Ga4Mapping.optional(),
    /** Bitrix24 mapping of a `crm` KPI; without it the KPI's actual comes only from --data or typing. */
    crm: CrmMapping.optional(),
    social: SocialMapping.optional(),
    /**
     * How the KPI's months make a round's or a year's figure (targets alike): `sum` (sessions, leads, sales),
     * `last` (a stock such as total followers: the last month that has a figure), `average` (rates), or
     * `{ "average": { "weight": "<kpi id>" } }` (months weighted by another KPI, e.g. engagement rate by
     * sessions), or `period` (never from months: GA4 users are asked for the whole period in one request).
     * Default: by unit (count and eur sum, percent and seconds average); GA4 totalUsers, activeUsers,
     * newUsers and every GA4 metric that does not add up across days (rates, averages): `period`.
     */
    aggregate: z.union([
      z.enum(['sum', 'last', 'average', 'period']),
      z.object({ average: z.object({ weight: z.string() }).strict() }).strict(),
    ]).optional(),
    /** The step that monitors this KPI: its number, or `section-id:number` when the template has several
     * sections. */
    step: z.string().optional(),
  })
  .strict()
  .refine((k) => k.source !== 'ga4' || k.ga4 !== undefined,
    { message: 'a GA4 KPI needs "ga4": { "metric": … }', path: ['ga4'] })
  .refine((k) => k.crm === undefined || k.source === 'crm',
    { message: '"crm" belongs to a KPI with "source": "crm"', path: ['crm'] })
  .transform((k) => ({ ...k, pace: k.pace ?? k.unit !== 'percent' }));
export type Kpi = z.infer<typeof Kpi>;

export const Template = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/, 'lower-case letters, digits and dashes'),
    language: z.enum(LANGUAGES),
    title: LocalizedText,
    goal: LocalizedText.optional(),
    source: z.string().optional(),
    owners: z.array(LocalizedText).default([]),
    participants: z.array(LocalizedText).default([]),
    /** Admission rounds (months 1–12) that `admission` recurrences hang on. */
    admissionRounds: z
      .array(z.object({ id: z.string(), name: LocalizedText, month: z.number().int().min(1).max(12) }).strict())
      .default([]),
    /** How many months a round spans, ending with its admission month (default 6: September–February). */
    roundMonths: z.number().int().min(1).max(12).optional(),
    /** The % achieved from which a KPI counts as "at risk" rather than "missed" (0.9 = 90 %). */
    tolerance: z.object({ atRisk: z.number().gt(0).lt(1) }).strict().default({ atRisk: 0.9 }),
    /** The decision loop of the process chart: when results miss, go back to this step. */
    cycle: z.object({ question: LocalizedText, onNoGoTo: z.string() }).strict().optional(),
    sections: z.array(Section).min(1),
    kpis: z.array(Kpi).min(1),
  })
  .strict()
  .superRefine((t, ctx) => {
    const seen = new Set<string>();
    t.kpis.forEach((k, i) => {
      if (seen.has(k.id)) {
        ctx.addIssue({ code: 'custom', message: `duplicate KPI id "${k.id}"`, path: ['kpis', i, 'id'] });
      }
      seen.add(k.id);
    });
    t.kpis.forEach((k, i) => {
      const weight = typeof k.aggregate === 'object' ? k.aggregate.average.weight : undefined;
      if (weight !== undefined && (weight === k.id || !seen.has(weight)))
        ctx.addIssue({ code: 'custom', message: `no other KPI ${showValue(weight)} to weigh by`,
          path: ['kpis', i, 'aggregate', 'average', 'weight'] });
    });
    const stepRefs = new Set(t.sections.flatMap((s) => s.steps.flatMap((st) => [
      `${s.id}:${st.number}`, ...(t.sections.length === 1 ? [st.number] : []),
    ])));
    t.kpis.forEach((k, i) => {
      if (k.step !== undefined && !stepRefs.has(k.step)) {
        const form = t.sections.length > 1 ? ' as section-id:number' : '';
        const message = `no step ${showValue(k.step)}; use a step number${form}`;
        ctx.addIssue({ code: 'custom', message, path: ['kpis', i, 'step'] });
      }
    });
    const needsOriginal = (text: LocalizedText | undefined, path: (string | number)[]) => {
      if (text && t.language !== 'en' && !text[t.language])
        ctx.addIssue({ code: 'custom', message: `needs the original "${t.language}" text`, path });
    };
    needsOriginal(t.title, ['title']);
    t.sections.forEach((s, si) => s.steps.forEach((st, i) => {
      needsOriginal(st.title, ['sections', si, 'steps', i, 'title']);
    }));
    const usesAdmission = t.sections.some((s) => s.steps.some((st) => st.recurrence.kind === 'admission'));
    if (usesAdmission && t.admissionRounds.length === 0)
      ctx.addIssue({
        code: 'custom', path: ['admissionRounds'],
        message: 'steps recur around admission rounds, so "admissionRounds" must list them',
      });
  });
export type Template = z.infer<typeof Template>;
export type TemplateInput = z.input<typeof Template>;
