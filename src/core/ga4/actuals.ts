// The month's actuals for a template's GA4 KPIs, taken from whole-month totals (never from summed days).
import type { KpiRecord } from '../model/input';
import type { Template } from '../template/schema';
import { filterKey } from './metrics';
import type { Ga4MonthResult, Ga4Total } from './types';

/**
 * One record per GA4 KPI of the template. `target` is always null: targets come from the
 * manager's data, so callers merge by (kpi, month) and take only `actual` from here.
 * `actual` is null where GA4 gave no number (the sheet says why).
 * Units: GA4 rates (engagementRate, bounceRate…) are fractions, which is what a 'percent'
 * KPI holds; durations arrive in seconds; currency is the property's currency (see quality).
 */
export function ga4Actuals(result: Ga4MonthResult, template: Template, month: string): KpiRecord[] {
  if (result.month !== month) {
    throw new Error(`the GA4 numbers are for ${result.month}, not ${month}`);
  }
  const byKey = new Map<string, Ga4Total>();
  for (const total of result.totals) byKey.set(`${filterKey(total.filter)}\u0001${total.metric}`, total);

  const records: KpiRecord[] = [];
  for (const kpi of template.kpis) {
    if (kpi.source !== 'ga4' || !kpi.ga4) continue;
    const total = byKey.get(`${filterKey(kpi.ga4.filter)}\u0001${kpi.ga4.metric}`);
    records.push({ kpi: kpi.id, month, target: null, actual: total?.value ?? null });
  }
  return records;
}

/** GA4 KPIs of the template whose actual could not be filled, with the reason, for a CLI warning. */
export function ga4MissingActuals(result: Ga4MonthResult, template: Template): { kpi: string; metric: string; reason: string }[] {
  const out: { kpi: string; metric: string; reason: string }[] = [];
  for (const kpi of template.kpis) {
    if (kpi.source !== 'ga4' || !kpi.ga4) continue;
    const key = filterKey(kpi.ga4.filter);
    const total = result.totals.find((t) => t.metric === kpi.ga4!.metric && filterKey(t.filter) === key);
    if (!total) out.push({ kpi: kpi.id, metric: kpi.ga4.metric, reason: 'not in the GA4 data' });
    else if (total.value === null) out.push({ kpi: kpi.id, metric: kpi.ga4.metric, reason: total.missing ?? 'no value' });
  }
  return out;
}
