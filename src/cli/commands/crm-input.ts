// The workbook command's Bitrix24 source: --crm-webhook or BITRIX24_WEBHOOK_URL fills CRM actuals and the CRM sheet.
import type { CliIo } from '../args';
import { fetchCrmMonthData, parseWebhook, type CrmFetchOptions } from '../crm/fetch';
import type { CrmMonth } from '../../core/crm/types';
import { InputError } from '../../core/errors';
import { crmActuals, unmappedCrmKpis } from '../../core/crm/run';
import type { KpiRecord } from '../../core/model/input';
import type { Template } from '../../core/template/schema';

export const crmFlags = {
  'crm-webhook': {
    type: 'string', value: 'URL',
    help: 'fill CRM KPIs from Bitrix24 through this inbound webhook (with the crm permission); '
      + 'BITRIX24_WEBHOOK_URL does the same without showing the URL in the process list',
  },
} as const;

export interface CrmLoaded {
  /** The counted KPIs' actuals. */
  actuals: KpiRecord[];
  /** The CRM sheet's month, when Bitrix24 was asked. */
  data?: CrmMonth;
}

/** The month's CRM actuals and sheet; none without a webhook (the env variable alone only where it applies). */
export async function loadCrm(
  flags: { 'crm-webhook'?: string }, template: Template, month: string, io: CliIo, options: CrmFetchOptions = {},
): Promise<CrmLoaded> {
  const fromFlag = flags['crm-webhook'];
  const raw = fromFlag ?? io.env.BITRIX24_WEBHOOK_URL?.trim();
  if (!raw) return { actuals: [] };
  const mapped = template.kpis.filter((k) => k.source === 'crm' && k.crm);
  if (!mapped.length) {
    if (fromFlag === undefined) return { actuals: [] };
    throw new InputError(
      `template "${template.id}" has no CRM KPIs with a "crm" mapping, so --crm-webhook has nothing to fill`);
  }
  const webhook = parseWebhook(raw, fromFlag !== undefined ? '--crm-webhook' : 'BITRIX24_WEBHOOK_URL');
  for (const id of unmappedCrmKpis(template)) {
    io.err(`warning: KPI ${id} has no "crm" mapping; its actual comes from --data`);
  }
  io.err(`Fetching ${month} from Bitrix24 portal ${webhook.portal}…`);
  const result = await fetchCrmMonthData(webhook, template, month, options);
  io.err(`Bitrix24: ${result.requests.http} request(s) for ${result.counts.length} KPI(s), `
    + `${result.data.leads} lead(s) and ${result.data.wonDeals.length} won deal(s) in ${result.pages} page(s).`);
  return { actuals: crmActuals(result), data: result.data };
}
