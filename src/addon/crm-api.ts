// The Bitrix24 CRM part of the add-on's server API: what the sidebar sends and gets back (plain JSON).
import type { Kpi } from '../core/template/schema';
import type { RefreshState } from './refresh-api';

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
  /** Every tab the import rewrote (KPI results, and the summary/review when the month has them). */
  sheets: string[];
  actuals: CrmActualInfo[];
  /** CRM KPIs of the template without a "crm" mapping: typed by hand. */
  unmapped: string[];
  /** HTTP requests made. */
  requests: number;
}

/** What getState tells the sidebar about the automatic sources (read from the user's properties). */
export interface SourcesState {
  crmWebhook: CrmWebhookInfo | null;
  refresh: RefreshState;
}
