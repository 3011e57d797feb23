// The Bitrix24 CRM part of the add-on's server API: what the sidebar sends and gets back (plain JSON).
import * as z from 'zod';
import type { Kpi } from '../core/template/schema';

/** The Bitrix24 inbound webhook URL (a password: kept in the user's own properties, never echoed). */
export const CrmWebhookArgsSchema = z.object({ url: z.string().max(500, 'at most 500 characters') }).strict();
export type CrmWebhookArgs = z.infer<typeof CrmWebhookArgsSchema>;

/** The webhook as the sidebar may show it: the portal's host and dots, never the code in its path. */
export interface CrmWebhookInfo {
  portal: string;
  masked: string;
}

/** One CRM KPI after an import: the CRM's count, and what the manager typed when that stays instead. */
export interface CrmActualInfo {
  kpi: string;
  name: string;
  unit: Kpi['unit'];
  value: number;
  typed?: number | string;
}

export interface CrmImportResult {
  month: string;
  portal: string;
  /** The CRM data sheet's tab name (leads by source and day, won deals). */
  sheet: string;
  /** Every tab the import rewrote (CRM data, KPI results, and the summary/review when the month has them). */
  sheets: string[];
  /** Leads created and deals won in the month. */
  leads: number;
  wonDeals: number;
  actuals: CrmActualInfo[];
  /** CRM KPIs of the template without a "crm" mapping: typed by hand. */
  unmapped: string[];
  /** HTTP requests made. */
  requests: number;
}
