// The GA4 Data API v1beta JSON we send and read (a subset), typed here so the core needs no Google package.
// Field names follow the REST reference (RunReportRequest / RunReportResponse); the add-on's
// AnalyticsData advanced service and googleapis both speak exactly this JSON.

export type Ga4MatchType = 'EXACT' | 'BEGINS_WITH' | 'CONTAINS';

export interface Ga4FilterExpression {
  filter?: {
    fieldName: string;
    stringFilter?: { matchType: Ga4MatchType; value: string; caseSensitive?: boolean };
  };
}

export interface Ga4OrderBy {
  desc?: boolean;
  metric?: { metricName: string };
  dimension?: { dimensionName: string; orderType?: 'ALPHANUMERIC' | 'CASE_INSENSITIVE_ALPHANUMERIC' | 'NUMERIC' };
}

export interface Ga4RunReportRequest {
  dateRanges: { startDate: string; endDate: string }[];
  dimensions?: { name: string }[];
  metrics: { name: string }[];
  dimensionFilter?: Ga4FilterExpression;
  orderBys?: Ga4OrderBy[];
  /** int64 travels as a string in the REST JSON. */
  limit?: string;
  offset?: string;
  keepEmptyRows?: boolean;
  returnPropertyQuota?: boolean;
}

export interface Ga4BatchRunReportsRequest {
  /** At most 5 per batch (API limit). */
  requests: Ga4RunReportRequest[];
}

export interface Ga4QuotaStatus {
  consumed?: number | null;
  remaining?: number | null;
}

export interface Ga4PropertyQuota {
  tokensPerDay?: Ga4QuotaStatus;
  tokensPerHour?: Ga4QuotaStatus;
  tokensPerProjectPerHour?: Ga4QuotaStatus;
  concurrentRequests?: Ga4QuotaStatus;
  serverErrorsPerProjectPerHour?: Ga4QuotaStatus;
  potentiallyThresholdedRequestsPerHour?: Ga4QuotaStatus;
}

export interface Ga4ResponseMetadata {
  samplingMetadatas?: { samplesReadCount?: string | null; samplingSpaceSize?: string | null }[];
  dataLossFromOtherRow?: boolean | null;
  subjectToThresholding?: boolean | null;
  schemaRestrictionResponse?: {
    activeMetricRestrictions?: { metricName?: string | null; restrictedMetricTypes?: string[] | null }[];
  };
  currencyCode?: string | null;
  timeZone?: string | null;
  emptyReason?: string | null;
}

export interface Ga4Row {
  dimensionValues?: { value?: string | null }[];
  metricValues?: { value?: string | null }[];
}

export interface Ga4RunReportResponse {
  dimensionHeaders?: { name?: string | null }[];
  metricHeaders?: { name?: string | null; type?: string | null }[];
  rows?: Ga4Row[];
  /** Rows in the whole result, independent of limit/offset; absent when there are none. */
  rowCount?: number | null;
  metadata?: Ga4ResponseMetadata;
  propertyQuota?: Ga4PropertyQuota;
  kind?: string;
}

export interface Ga4BatchRunReportsResponse {
  reports?: Ga4RunReportResponse[];
  kind?: string;
}

/**
 * Sends one batchRunReports body for the property and resolves with the response JSON.
 * The add-on wraps `AnalyticsData.Properties.batchRunReports`, the CLI the googleapis client;
 * retries and error messages belong to the transport, paging to the core.
 */
export type Ga4Transport = (body: Ga4BatchRunReportsRequest) => Promise<Ga4BatchRunReportsResponse>;

/** A transport that answers at once (Apps Script's AnalyticsData service); it throws instead of rejecting. */
export type Ga4SyncTransport = (body: Ga4BatchRunReportsRequest) => Ga4BatchRunReportsResponse;
