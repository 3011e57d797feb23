// What the stand-in GA4 Data API answers (faults, access, pages of the site's data), shared by the loopback
// server and the Apps Script AnalyticsData stand-in, so both speak exactly the same JSON.
import type { Ga4ResponseMetadata, Ga4RunReportRequest, Ga4RunReportResponse } from '../../src/core/ga4/api-types';
import { siteReport, type SiteFixture } from './ga4-site';

export interface Fault {
  status: number;
  message?: string;
  grpc?: string;
  retryAfter?: number;
  /** How many HTTP calls in a row fail this way (default 1; Infinity = stays failing). */
  times?: number;
}

export interface Ga4AnswerOptions {
  site: SiteFixture;
  /** Property ids the caller may read; others get 403 like GA4 (default: all). */
  properties?: string[];
  /** GA4's per-request row ceiling (250,000). */
  maxLimit?: number;
  /** Extra metadata per request (sampling, thresholding, (other)), by the request's first dimension ('' for totals). */
  metadata?: (request: Ga4RunReportRequest) => Ga4ResponseMetadata | undefined;
  faults?: Fault[];
  /** Tokens each report request costs (reported in propertyQuota). */
  tokensPerRequest?: number;
}

export interface RecordedCall {
  method: string;
  path: string;
  authorization?: string;
  status: number;
  requests: { dimensions: string[]; metrics: string[]; offset: number; limit: number; filter?: string }[];
}

const DATA_API_SCHEMA = 'https://developers.google.com/analytics/devguides/reporting/data/v1/api-schema';

/** An answer GA4 gives instead of reports: the HTTP status and google.rpc.Status body. */
export interface Refusal {
  status: number;
  error: { code: number; message: string; status: string };
  retryAfter?: number;
}

/** Faults and access first, then each request's page of the site's data. */
export function createGa4Answerer(options: Ga4AnswerOptions) {
  const faults = (options.faults ?? []).map((f) => ({ ...f, left: f.times ?? 1 }));
  const maxLimit = options.maxLimit ?? 250_000;
  let tokensLeft = 200_000;
  return {
    /** A fault or access refusal due now, before the body is looked at. */
    refusal(property: string): Refusal | undefined {
      const fault = faults.find((f) => f.left > 0);
      if (fault) {
        fault.left--;
        return { status: fault.status, error: rpcError(fault.status, fault.message ?? 'The service is currently unavailable.', fault.grpc ?? 'UNAVAILABLE').error, retryAfter: fault.retryAfter };
      }
      if (options.properties && !options.properties.includes(property)) {
        return { status: 403, error: rpcError(403, 'User does not have sufficient permissions for this property. To learn more about Property ID, see https://developers.google.com/analytics/devguides/reporting/data/v1/property-id.', 'PERMISSION_DENIED').error };
      }
      return undefined;
    },
    /** Each request's page, or the 400 GA4 gives for a bad batch or an unknown field; `recorded` lists what was asked. */
    reports(requests: Ga4RunReportRequest[], recorded: RecordedCall['requests']): { reports: Ga4RunReportResponse[] } | Refusal {
      if (requests.length === 0 || requests.length > 5) {
        return { status: 400, error: rpcError(400, `Requests in a batch must be between 1 and 5; got ${requests.length}.`, 'INVALID_ARGUMENT').error };
      }
      const reports: Ga4RunReportResponse[] = [];
      for (const request of requests) {
        const full = siteReport(options.site, request);
        if ('invalid' in full) return { status: 400, error: rpcError(400, `Field ${full.invalid} is not a valid ${full.kind}. For a list of valid dimensions and metrics, see ${DATA_API_SCHEMA} `, 'INVALID_ARGUMENT').error };
        const offset = Number(request.offset ?? 0);
        const limit = Math.min(Number(request.limit ?? 10_000), maxLimit);
        recorded.push({
          dimensions: (request.dimensions ?? []).map((d) => d.name), metrics: request.metrics.map((x) => x.name), offset, limit,
          filter: request.dimensionFilter?.filter?.stringFilter?.value,
        });
        const report: Ga4RunReportResponse = {
          dimensionHeaders: full.dimensionHeaders,
          metricHeaders: full.metricHeaders,
          rows: full.slice(offset, Math.min(offset + limit, full.rowCount)),
          metadata: { currencyCode: 'EUR', timeZone: 'Europe/Riga', ...full.metadata, ...options.metadata?.(request) },
          kind: 'analyticsData#runReport',
        };
        if (full.rowCount > 0) report.rowCount = full.rowCount;
        if (report.rows!.length === 0) delete report.rows;
        if (request.returnPropertyQuota) {
          const cost = options.tokensPerRequest ?? 7;
          tokensLeft -= cost;
          report.propertyQuota = {
            tokensPerDay: { consumed: cost, remaining: tokensLeft },
            tokensPerHour: { consumed: cost, remaining: 40_000 - (200_000 - tokensLeft) },
            concurrentRequests: { consumed: 0, remaining: 10 },
          };
        }
        reports.push(report);
      }
      return { reports };
    },
  };
}

export function rpcError(code: number, message: string, status: string) {
  return { error: { code, message, status } };
}

