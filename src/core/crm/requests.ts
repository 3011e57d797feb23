// Bitrix24 list and batch requests for a month's CRM KPIs: month filters, counts by `total`, ≤ 50 commands a batch.
import type { CrmMapping, Template } from '../template/schema';

/** Bitrix24 answers 50 rows a page and takes at most 50 commands a batch. */
export const PAGE_SIZE = 50;
export const BATCH_SIZE = 50;

export type CrmFilter = Record<string, string | number | (string | number)[]>;

/** The parameters of one crm.lead.list / crm.deal.list call. */
export interface CrmListParams {
  filter: CrmFilter;
  select: string[];
  order: Record<string, 'ASC' | 'DESC'>;
  start: number;
}

/** One KPI's count: which list method, with which parameters (no rows wanted: `total` says how many). */
export interface CrmCountCommand {
  kpi: string;
  method: 'crm.lead.list' | 'crm.deal.list';
  params: CrmListParams;
}

/** The body of a `batch` call: named commands as query strings, run on even if one fails. */
export interface CrmBatchBody {
  halt: 0;
  cmd: Record<string, string>;
}

/** `YYYY-MM` → the first moment of the month and of the next, in the portal's own time zone (no offset sent). */
export function monthBounds(month: string): { from: string; to: string } {
  const [y, m] = month.split('-').map(Number);
  const next = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
  return { from: `${month}-01T00:00:00`, to: `${next}-01T00:00:00` };
}

/** Leads created in the month; won deals closed in it; other deals created in it; then the KPI's own fields. */
export function monthFilter(mapping: CrmMapping, month: string): CrmFilter {
  const { from, to } = monthBounds(month);
  const dateField = mapping.entity === 'deal' && mapping.won ? 'CLOSEDATE' : 'DATE_CREATE';
  const filter: CrmFilter = { [`>=${dateField}`]: from, [`<${dateField}`]: to };
  if (mapping.won) filter.STAGE_SEMANTIC_ID = 'S';
  return { ...filter, ...(mapping.filter ?? {}) };
}

/** crm.lead.list / crm.deal.list rather than crm.item.list: they take these filter keys as is and are still served. */
export function listMethod(mapping: CrmMapping): CrmCountCommand['method'] {
  return mapping.entity === 'lead' ? 'crm.lead.list' : 'crm.deal.list';
}

/** One count command per mapped CRM KPI of the template. */
export function countCommands(template: Template, month: string): CrmCountCommand[] {
  return template.kpis.flatMap((k) => k.source === 'crm' && k.crm ? [{
    kpi: k.id,
    method: listMethod(k.crm),
    params: { filter: monthFilter(k.crm, month), select: ['ID'], order: { ID: 'ASC' }, start: 0 },
  }] : []);
}

/** PHP-style query string (`filter[>=DATE_CREATE]=…&select[0]=ID`), as batch wants each command written. */
export function toQuery(params: object): string {
  const parts: string[] = [];
  const add = (key: string, value: unknown): void => {
    if (Array.isArray(value)) value.forEach((v, i) => add(`${key}[${i}]`, v));
    else if (value !== null && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) add(`${key}[${k}]`, v);
    } else parts.push(`${encodeURIComponent(key)}=${encodeURIComponent(String(value))}`);
  };
  for (const [k, v] of Object.entries(params)) add(k, v);
  return parts.join('&');
}

/** Batches of at most 50 named commands, each `method?query`. */
export function batchBodies(commands: { key: string; method: string; params: object }[]): CrmBatchBody[] {
  const bodies: CrmBatchBody[] = [];
  for (let i = 0; i < commands.length; i += BATCH_SIZE) {
    const cmd: Record<string, string> = {};
    for (const c of commands.slice(i, i + BATCH_SIZE)) cmd[c.key] = `${c.method}?${toQuery(c.params)}`;
    bodies.push({ halt: 0, cmd });
  }
  return bodies;
}
