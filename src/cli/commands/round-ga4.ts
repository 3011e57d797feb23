// The round command's GA4 source: the round's months in one report set (yearMonth) and the period KPIs' totals.
import type { CliIo } from '../args';
import { createGa4Transport, ga4ProgressText } from '../ga4/fetch';
import { InputError, showValue } from '../../core/errors';
import { fetchAllPages } from '../../core/ga4/paging';
import { normalizeProperty } from '../../core/ga4/run';
import type { KpiRecord } from '../../core/model/input';
import type { Period, PeriodRecord } from '../../core/periods';
import { buildGa4RoundRequests, ga4RoundRecords } from '../../core/round';
import type { Template } from '../../core/template/schema';

export const roundGa4Flags = {
  'ga-property': {
    type: 'string', value: 'ID',
    help: "fetch the round's months and its whole-round users and rates from this GA4 property",
  },
} as const;

export interface RoundGa4 {
  monthly: KpiRecord[];
  periodRecords: PeriodRecord[];
}

export async function loadRoundGa4(
  property: string | undefined, template: Template, period: Period, today: string, io: CliIo,
): Promise<RoundGa4 | undefined> {
  if (property === undefined) return undefined;
  if (!template.kpis.some((k) => k.source === 'ga4'))
    throw new InputError(`template "${template.id}" has no GA4 KPIs, so --ga-property has nothing to fill`);
  const source = normalizeProperty(property);
  const plan = buildGa4RoundRequests(template, period, today);
  if (plan.requests.length === 0) {
    io.err(`GA4: the round ${period.id} starts after ${today}; nothing to fetch yet.`);
    return { monthly: [], periodRecords: [] };
  }
  io.err(`Fetching ${period.id} (${plan.months.join(', ')}) from GA4 property ${showValue(property, false)}…`);
  const transport = await createGa4Transport(source, template, io.env);
  const fetched = await fetchAllPages(transport, plan.requests, (p) => io.progress(ga4ProgressText(p)));
  io.progress('');
  io.err(`GA4: ${fetched.http} request(s), ${fetched.pages} report page(s) for ${plan.months.length} month(s).`);
  return ga4RoundRecords(template, plan, fetched);
}
