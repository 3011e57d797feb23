// One call for a month of GA4: plan the requests, page through them with any transport, parse the result.
import { InputError, showValue } from '../errors';
import type { Template } from '../template/schema';
import type { Ga4SyncTransport, Ga4Transport } from './api-types';
import { fetchAllPages, fetchAllPagesSync } from './paging';
import { parseGa4Month } from './parse';
import { buildGa4Requests } from './requests';
import type { Ga4MonthResult, Ga4Progress } from './types';

export interface Ga4RunOptions {
  /** Rows per page (default and maximum 250,000); tests lower it. */
  limit?: number;
  onProgress?: (progress: Ga4Progress) => void;
}

/**
 * `123456789` or `properties/123456789` → `properties/123456789`. A `G-…` measurement id is the
 * usual mix-up, so it gets its own hint.
 */
/** The digits of a GA4 property id as Admin › Property details shows it (also written `properties/…`), or null. */
export function ga4PropertyDigits(id: string): string | null {
  return /^(?:properties\/)?(\d{1,20})$/.exec(id.trim())?.[1] ?? null;
}

export function normalizeProperty(id: string): string {
  const trimmed = id.trim();
  const digits = ga4PropertyDigits(trimmed);
  if (digits) return `properties/${digits}`;
  const hint = /^G-/i.test(trimmed)
    ? ' That is a measurement id (from the tag); the property id is the number under Admin → Property details.'
    : '';
  throw new InputError(`the GA4 property id is a number such as 123456789, not ${showValue(trimmed)}.${hint}`, 'GA4 property');
}

/**
 * Fetches the month for a template's GA4 KPIs. `transport(batchBody)` sends one batchRunReports
 * call for `property` (the add-on's AnalyticsData service and the CLI's googleapis client both fit).
 * Resolves only after every page of every report arrived.
 */
export async function runGa4Month(
  transport: Ga4Transport,
  property: string,
  template: Template,
  month: string,
  options: Ga4RunOptions = {},
): Promise<Ga4MonthResult> {
  const source = normalizeProperty(property);
  const plan = buildGa4Requests(template, month, { limit: options.limit });
  const fetched = await fetchAllPages(transport, plan.reports.map((r) => r.request), options.onProgress);
  return parseGa4Month(plan, fetched, source);
}

/** runGa4Month for a synchronous transport (the add-on's): the same requests, paging and parsing. */
export function runGa4MonthSync(
  transport: Ga4SyncTransport,
  property: string,
  template: Template,
  month: string,
  options: Ga4RunOptions = {},
): Ga4MonthResult {
  const source = normalizeProperty(property);
  const plan = buildGa4Requests(template, month, { limit: options.limit });
  const fetched = fetchAllPagesSync(transport, plan.reports.map((r) => r.request), options.onProgress);
  return parseGa4Month(plan, fetched, source);
}
