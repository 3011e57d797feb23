// A month of GA4 numbers, already parsed, whether it came from the Data API or from a CSV export.
import type { IsoDate } from '../model/workbook';
import type { Ga4Mapping } from '../template/schema';

export type Ga4Filter = NonNullable<Ga4Mapping['filter']>;

/** GA4's metric value types (MetricType), decides how a value string becomes a number. */
export type Ga4MetricType =
  | 'TYPE_INTEGER' | 'TYPE_FLOAT' | 'TYPE_SECONDS' | 'TYPE_MILLISECONDS' | 'TYPE_MINUTES' | 'TYPE_HOURS'
  | 'TYPE_STANDARD' | 'TYPE_CURRENCY' | 'TYPE_FEET' | 'TYPE_MILES' | 'TYPE_METERS' | 'TYPE_KILOMETERS'
  | 'METRIC_TYPE_UNSPECIFIED';

/** One metric over the whole month, for one filter (or none). */
export interface Ga4Total {
  metric: string;
  filter?: Ga4Filter;
  /** Null when GA4 gave no value, or when it cannot be known (e.g. users from a CSV without a totals row). */
  value: number | null;
  /** Time types are converted to seconds, so after parsing they read TYPE_SECONDS. */
  type: Ga4MetricType;
  /** Why `value` is null, in English, for the sheet and the CLI. */
  missing?: string;
}

/** A table of one dimension (or the date) against metrics. Dimension values are untrusted text. */
export interface Ga4Table<K> {
  metrics: string[];
  types: Ga4MetricType[];
  rows: { key: K; values: (number | null)[] }[];
}

export interface Ga4Quota {
  /** Tokens this month's requests consumed, summed over every report. */
  tokensConsumed: number;
  /** Tokens left today / this hour after the last request, as GA4 last reported them. */
  tokensPerDayRemaining?: number;
  tokensPerHourRemaining?: number;
}

export interface Ga4Quality {
  timeZone?: string;
  currencyCode?: string;
  /** GA4 sampled at least one report; the lowest share of events read, 0–1, when it said. */
  sampled: boolean;
  sampledShare?: number;
  /** GA4 may have withheld rows under its privacy thresholds (Google signals, demographics). */
  thresholded: boolean;
  /** Some rows were folded into "(other)" (high cardinality), or an "(other)" row came back. */
  otherRow: boolean;
  /** Metrics the account is not allowed to see (GA4 returns zeros for them). */
  restrictedMetrics: string[];
  quota?: Ga4Quota;
  /** Anything else the reader must know, in English (e.g. a CSV column that was not understood). */
  notes: string[];
}

export interface Ga4MonthResult {
  /** `properties/123456789`, or the CSV file name for an offline import. */
  source: string;
  kind: 'api' | 'csv';
  /** `YYYY-MM` */
  month: string;
  startDate: IsoDate;
  endDate: IsoDate;
  totals: Ga4Total[];
  daily: Ga4Table<IsoDate>;
  channels: Ga4Table<string>;
  campaigns: Ga4Table<string>;
  quality: Ga4Quality;
  /** batchRunReports calls made (0 for a CSV), and report pages inside them. */
  requests: { http: number; reports: number };
}

export interface Ga4Progress {
  /** HTTP calls so far and report pages received. */
  http: number;
  pages: number;
  rowsReceived: number;
  /** Rows GA4 announced for every report seen so far (rowCount). */
  rowsExpected: number;
}
