// The GA4 import's part of the server API: the property the sidebar sends and the actuals it gets back.
import * as z from 'zod';
import { ga4PropertyDigits } from '../core/ga4/run';
import type { Kpi } from '../core/template/schema';
import { MonthSchema } from './api-common';

/** The GA4 property id as GA4 Admin › Property details shows it. */
const NOT_A_PROPERTY = 'digits only, such as 123456789 (GA4 Admin › Property details), not the G-… measurement ID';
export const Ga4PropertySchema = z
  .string()
  .refine((s) => ga4PropertyDigits(s) !== null, NOT_A_PROPERTY)
  // The core's one reading of a property id; the add-on keeps the digits.
  .transform((s) => ga4PropertyDigits(s)!);
export const ImportGa4ArgsSchema = z.object({ month: MonthSchema, property: Ga4PropertySchema }).strict();
export type ImportGa4Args = z.input<typeof ImportGa4ArgsSchema>;

/** One GA4 KPI after an import: GA4's number, and what the manager typed when that stays instead. */
export interface Ga4ActualInfo {
  kpi: string;
  /** The KPI's name in the sheets' language. */
  name: string;
  unit: Kpi['unit'];
  /** GA4's number for the month (null when GA4 had none); rates are fractions. */
  value: number | null;
  /** The manager's own entry, kept in the sheet instead of GA4's number. */
  typed?: number | string;
}

export interface Ga4ImportResult {
  month: string;
  property: string;
  /** The GA4 data sheet's tab name. */
  sheet: string;
  /** Every tab the import rewrote (the GA4 sheet, KPI results, and the summary/review when the month has them). */
  sheets: string[];
  actuals: Ga4ActualInfo[];
  quality: {
    sampled: boolean;
    thresholded: boolean;
    otherRow: boolean;
    timeZone: string | null;
    currencyCode: string | null;
  };
  /** batchRunReports calls made and report pages received. */
  requests: { http: number; reports: number };
}
