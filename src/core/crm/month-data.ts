// The CRM data sheet's month: which rows to ask for (only the fields it shows), and the rows read into a CrmMonth.
import type { Template } from '../template/schema';
import type { CrmTransport, CrmMonthResult } from './run';
import { pageCrmLists, runPlan, runPlanSync, type CrmCall, type CrmCommand, type CrmPaged } from './paging';
import { portalDay } from './parse';
import { countCommands, monthBounds, monthFilter } from './requests';
import type { CrmMonth, CrmSource, CrmWonDeal } from './types';

export const LEAD_FIELDS = ['ID', 'DATE_CREATE', 'SOURCE_ID'];
export const DEAL_FIELDS = ['ID', 'TITLE', 'OPPORTUNITY', 'CURRENCY_ID', 'CLOSEDATE', 'SOURCE_ID'];
const KPI_KEY = 'kpi_';

/** Leads created in the month, won deals closed in it (every pipeline), and the portal's names of sources. */
export function crmSheetLists(month: string): CrmCommand[] {
  const order = { ID: 'ASC' };
  return [
    { key: 'leads', method: 'crm.lead.list',
      params: { filter: monthFilter({ entity: 'lead' }, month), select: LEAD_FIELDS, order } },
    { key: 'deals', method: 'crm.deal.list',
      params: { filter: monthFilter({ entity: 'deal', won: true }, month), select: DEAL_FIELDS, order } },
    // crm.status.list takes no select; a portal has a handful of sources.
    { key: 'sources', method: 'crm.status.list', params: { filter: { ENTITY_ID: 'SOURCE' }, order: { SORT: 'ASC' } } },
  ];
}

/** The month's counts and sheet rows as one plan: counts ride in the first batch with the lists' first pages. */
export function crmMonthPlan(
  template: Template, month: string, fail: CrmTransport['fail'],
): Generator<CrmCall, CrmPaged, unknown> {
  const counts = countCommands(template, month)
    .map((c) => ({ key: KPI_KEY + c.kpi, method: c.method, params: { ...c.params } }));
  const kpis = (keys: string[]) => keys.filter((k) => k.startsWith(KPI_KEY)).map((k) => k.slice(KPI_KEY.length));
  return pageCrmLists(crmSheetLists(month), counts, (f, keys) => fail(f, kpis(keys)));
}

export interface CrmMonthRun extends CrmMonthResult {
  data: CrmMonth;
  /** List pages read (leads, deals, sources). */
  pages: number;
}

function toRun(paged: CrmPaged, month: string, portal: string): CrmMonthRun {
  const counts = Object.entries(paged.totals).map(([key, value]) => ({ kpi: key.slice(KPI_KEY.length), value }));
  const data = crmMonthFromRows({ month, portal, ...(paged.rows as Record<'leads' | 'deals' | 'sources', Row[]>) });
  return { month, counts, data, pages: paged.requests.pages,
    requests: { http: paged.requests.http, commands: counts.length + paged.requests.pages } };
}

/** Counts the template's CRM KPIs and reads the month's rows for the CRM sheet; nothing returned until all arrived. */
export async function runCrmMonthData(
  transport: CrmTransport, template: Template, month: string, portal: string,
): Promise<CrmMonthRun> {
  const paged = await runPlan(crmMonthPlan(template, month, transport.fail), (m, b) => transport.call(m, b));
  return toRun(paged, month, portal);
}

/** runCrmMonthData over a synchronous call (Apps Script's UrlFetchApp). */
export function runCrmMonthDataSync(
  transport: { call(method: string, body: object): unknown; fail: CrmTransport['fail'] }, template: Template,
  month: string, portal: string,
): CrmMonthRun {
  const call = (m: string, b: object) => transport.call(m, b);
  return toRun(runPlanSync(crmMonthPlan(template, month, transport.fail), call), month, portal);
}

type Row = Record<string, unknown>;

export interface CrmMonthRows {
  month: string;
  portal: string;
  leads: Row[];
  deals: Row[];
  /** crm.status.list rows with ENTITY_ID SOURCE: STATUS_ID and NAME. */
  sources: Row[];
}

const str = (v: unknown): string => (typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : '');

function day(row: Row, field: string, what: string): string {
  const d = portalDay(row[field]);
  if (!d) throw new Error(`Bitrix24 answered a ${what} (ID ${str(row.ID)}) without a readable ${field}`);
  return d;
}

function amount(v: unknown, id: string): number | null {
  if (v === null || v === undefined || v === '') return null;
  const n = typeof v === 'number' ? v : /^-?\d+(\.\d+)?$/.test(str(v)) ? Number(str(v)) : NaN;
  if (!Number.isFinite(n)) throw new Error(`Bitrix24 answered a deal (ID ${id}) with an unreadable OPPORTUNITY`);
  return n;
}

/** The rows as the sheet reads them: days on the portal's calendar (its own offset), sources by code with names. */
export function crmMonthFromRows(input: CrmMonthRows): CrmMonth {
  const { from, to } = monthBounds(input.month);
  const inMonth = (d: string) => d >= from.slice(0, 10) && d < to.slice(0, 10);
  const offsets = new Set<string>();
  const noteOffset = (v: unknown) => {
    const m = /([+-]\d{2}:?\d{2}|Z)$/.exec(str(v));
    if (m) offsets.add(m[1] === 'Z' ? '+00:00' : m[1].replace(/^([+-]\d{2})(\d{2})$/, '$1:$2'));
  };
  const names = new Map<string, string>();
  for (const s of input.sources) if (str(s.STATUS_ID) && str(s.NAME)) names.set(str(s.STATUS_ID), str(s.NAME));
  const sources = new Map<string, CrmSource>();
  const source = (id: string) => {
    if (!sources.has(id)) sources.set(id, { id, name: names.get(id) ?? null, leads: 0, won: 0 });
    return sources.get(id)!;
  };
  let outside = 0;
  const byDay = new Map<string, number>();
  for (const lead of input.leads) {
    const d = day(lead, 'DATE_CREATE', 'lead');
    noteOffset(lead.DATE_CREATE);
    if (!inMonth(d)) { outside++; continue; }
    byDay.set(d, (byDay.get(d) ?? 0) + 1);
    source(str(lead.SOURCE_ID)).leads++;
  }
  const wonDeals: CrmWonDeal[] = [];
  for (const deal of input.deals) {
    const closed = day(deal, 'CLOSEDATE', 'deal');
    noteOffset(deal.CLOSEDATE);
    if (!inMonth(closed)) { outside++; continue; }
    const id = str(deal.ID);
    const w: CrmWonDeal = { id, title: str(deal.TITLE), amount: amount(deal.OPPORTUNITY, id),
      currency: str(deal.CURRENCY_ID), closed, source: str(deal.SOURCE_ID) };
    wonDeals.push(w);
    source(w.source).won++;
  }
  wonDeals.sort((a, b) => a.closed.localeCompare(b.closed) || Number(a.id) - Number(b.id));
  const leads = [...byDay.values()].reduce((a, b) => a + b, 0);
  return {
    month: input.month, portal: input.portal, offsets: [...offsets].sort(),
    sources: [...sources.values()].sort((a, b) => b.leads - a.leads || b.won - a.won || a.id.localeCompare(b.id)),
    leadsByDay: [...byDay].sort(([a], [b]) => a.localeCompare(b)).map(([d, n]) => ({ day: d, leads: n })),
    wonDeals, leads, outside,
  };
}
