// The core's entry: a template, a month and data in; the whole workbook description out.
import { InputError } from './errors';
import { monthTitle, pick } from './i18n';
import { kpiLines, type KpiLine } from './kpi/lines';
import { ga4Actuals } from './ga4/actuals';
import { socialActuals } from './social/actuals';
import { buildSocialSheet } from './social/sheet';
import { buildCrmSheet } from './crm/sheet';
import { capCampaigns } from './ga4/campaign-cap';
import { ga4Highlights } from './ga4/highlights';
import { buildGa4Sheet } from './ga4/sheet';
import type { BuildInput, EntryValue, KpiRecord } from './model/input';
import type { WorkbookSpec } from './model/workbook';
import { activityRows } from './plan/activity-rows';
import { fitToProfile } from './plan/profile';
import { activityPlanSheet, planEntryIsDefault } from './sheets/activity-plan';
import { campaignSheet } from './sheets/campaign';
import { isMonthBound, sheetContext, type SheetContext, type SheetId } from './sheets/context';
import { kpiResultsSheet } from './sheets/kpi-results';
import { reviewSheet } from './sheets/review';
import { crmReviewRows } from './crm/review-rows';
import { topPostRows } from './social/review-rows';
import { summarySheet } from './sheets/summary';

export interface Report {
  workbook: WorkbookSpec;
  /** Each KPI's figures and status as of `today`, for messages and the sidebar. */
  kpis: KpiLine[];
  /** Values the manager typed (not default statuses, prefilled or imported cells) that this build carried. */
  typedEntries: number;
}

export function buildReport(raw: BuildInput): Report {
  // The GA4 sheet lists the top campaigns only, in the CLI and the add-on alike.
  const input = raw.ga4 ? { ...raw, ga4: capCampaigns(raw.ga4) } : raw;
  const ctx = sheetContext(input);
  const { template, month, lang } = ctx;
  // The profile leaves out steps that don't suit the business; the plan says how many.
  const fitted = fitToProfile(template, input.profile);
  const plan = activityRows(fitted.template, month, input.events, lang);
  const withGa4 = input.ga4 ? withActuals(input.data, ga4Actuals(input.ga4, template, month.id)) : input.data;
  const data = input.social ? withActuals(withGa4, socialActuals(input.social, template, input.data)) : withGa4;
  if (input.crm && input.crm.month !== month.id)
    throw new Error(`the CRM rows are for ${input.crm.month}, not ${month.id}`);
  if (input.final && ctx.today !== month.last)
    throw new InputError(`a closed month is reported as of its last day, ${month.last}, not ${ctx.today}`);
  const lines = kpiLines(template, month, ctx.previous, ctx.today, data, input.entries, input.final);
  noteKpiDefaults(ctx, data, orphans(input, 'kpi-results', new Set(template.kpis.map((k) => k.id))));
  const planKeys = new Set(plan.map((p) => p.key));
  const kpi = kpiResultsSheet(ctx, lines, orphans(input, 'kpi-results', new Set(template.kpis.map((k) => k.id))));
  // A plan row still at its default status (in any language) carries nothing the manager typed.
  const plansheet = activityPlanSheet(
    ctx, plan, orphans(input, 'activity-plan', planKeys, planEntryIsDefault), fitted.leftOut,
  );
  const planLast = plansheet.rowCount ?? plan.length + 4;
  const built = [
    summarySheet(ctx, kpi.refs, planLast),
    plansheet,
    campaignSheet(ctx, plan),
    kpi.sheet,
    reviewSheet(ctx, lines, kpi.refs, {
      best: input.ga4 ? ga4Highlights(input.ga4) : undefined,
      sentences: crmReviewRows(input.crm, lang), posts: topPostRows(input.social, lang),
    }),
    ...(input.ga4 ? [buildGa4Sheet(input.ga4, { lang, month: month.id, name: ctx.names.ga4 })] : []),
    ...(input.social
      ? [buildSocialSheet(input.social, { lang, name: ctx.names.social, dateFormat: ctx.fmt.date })] : []),
    ...(input.crm ? [buildCrmSheet(input.crm, { lang, name: ctx.names.crm, dateFormat: ctx.fmt.date })] : []),
  ];
  const sheets = built.map((s) => ({ ...s, monthBound: isMonthBound(s.id) }));
  const title = `${pick(template.title, lang)} — ${monthTitle(month.id, lang)}`;
  const withEntries = new Set<string>(sheets.filter((s) => s.entries).map((s) => s.id));
  return {
    kpis: lines,
    typedEntries: ctx.defaults.typedCount(input.entries, withEntries),
    workbook: {
      properties: {
        title,
        subject: `${ctx.l.kpi.title} ${month.id}`,
        creator: 'KPI Planner',
        description: pick(template.goal, lang),
        keywords: `KPI, ${template.id}, ${month.id}`,
        created: ctx.created,
        language: lang,
      },
      sheets,
    },
  };
}

/** Untyped, a KPI's target and actual are what the data (and a GA4 import) say; rows kept from old KPIs, nothing. */
function noteKpiDefaults(ctx: SheetContext, data: KpiRecord[], kept: [string, unknown][]): void {
  const note = (id: string, target: number | null, actual: number | null) => {
    ctx.defaults.note('kpi-results', id, 'target', target);
    ctx.defaults.note('kpi-results', id, 'actual', actual);
    ctx.defaults.note('kpi-results', id, 'comment', null);
  };
  for (const kpi of ctx.template.kpis) {
    const record = data.find((r) => r.kpi === kpi.id && r.month === ctx.month.id);
    note(kpi.id, record?.target ?? null, record?.actual ?? null);
  }
  for (const [id] of kept) note(id, null, null);
}

export function buildWorkbook(input: BuildInput): WorkbookSpec {
  return buildReport(input).workbook;
}

/** Imported actuals fill only what the manager's own data leaves empty. */
export function withActuals(data: KpiRecord[], imported: KpiRecord[]): KpiRecord[] {
  const merged = data.map((r) => ({ ...r }));
  for (const rec of imported) {
    const own = merged.find((r) => r.kpi === rec.kpi && r.month === rec.month);
    if (!own) merged.push(rec);
    else if (own.actual === null) own.actual = rec.actual;
  }
  return merged;
}

/** Typed rows whose key this build no longer makes, in the order they were typed. */
function orphans(
  input: BuildInput, sheet: SheetId, made: Set<string>, isDefault: (col: string, v: EntryValue) => boolean = () => false,
): [string, Record<string, EntryValue>][] {
  const typed = (values: Record<string, EntryValue>) =>
    Object.entries(values).some(([col, v]) => v !== null && v !== '' && !isDefault(col, v));
  return Object.entries(input.entries?.[sheet] ?? {}).filter(([key, values]) => !made.has(key) && typed(values));
}
