// Stand-in for Apps Script's AnalyticsData advanced service: the loopback GA4 server's answers, failing the way Apps Script fails.
import type { Ga4BatchRunReportsRequest, Ga4BatchRunReportsResponse } from '../../../src/core/ga4/api-types';
import { createGa4Answerer, type Ga4AnswerOptions, type RecordedCall, type Refusal } from '../ga4-answers';

export interface AnalyticsDataOptions extends Ga4AnswerOptions {
  /** Also put the HTTP status into the exception's `details.code` (default: GA4's words in the message only). */
  detailsCode?: boolean;
}

/**
 * What an advanced service throws for an HTTP error: a GoogleJsonResponseException whose message wraps
 * GA4's own ("API call to analyticsdata.properties.batchRunReports failed with error: …").
 */
export class GoogleJsonResponseException extends Error {
  details?: { code: number; message: string };
  constructor(refusal: Refusal, withCode: boolean) {
    super(`API call to analyticsdata.properties.batchRunReports failed with error: ${refusal.error.message}`);
    this.name = 'GoogleJsonResponseException';
    if (withCode) this.details = { code: refusal.status, message: refusal.error.message };
  }
}

/** `AnalyticsData.Properties`: synchronous, the REST JSON in and out (copied, as Apps Script marshals it). */
export class FakeAnalyticsProperties {
  readonly service = 'AnalyticsData';
  readonly type = 'Properties';
  /** Every batchRunReports call, with the report requests (pages) it carried. */
  readonly calls: RecordedCall[] = [];
  private answerer: ReturnType<typeof createGa4Answerer>;

  constructor(private options: AnalyticsDataOptions) {
    this.answerer = createGa4Answerer(options);
  }

  batchRunReports(body: Ga4BatchRunReportsRequest, property: string): Ga4BatchRunReportsResponse {
    const call: RecordedCall = { method: 'POST', path: `/v1beta/${property}:batchRunReports`, status: 0, requests: [] };
    this.calls.push(call);
    const fail = (refusal: Refusal) => {
      call.status = refusal.status;
      return new GoogleJsonResponseException(refusal, this.options.detailsCode ?? false);
    };
    const id = /^properties\/(\d+)$/.exec(String(property))?.[1];
    if (!id) throw fail({ status: 400, error: { code: 400, message: `Invalid property: ${property}`, status: 'INVALID_ARGUMENT' } });
    const refusal = this.answerer.refusal(id);
    if (refusal) throw fail(refusal);
    const result = this.answerer.reports(JSON.parse(JSON.stringify(body)).requests ?? [], call.requests);
    if ('error' in result) throw fail(result);
    call.status = 200;
    return JSON.parse(JSON.stringify({ reports: result.reports, kind: 'analyticsData#batchRunReports' }));
  }

  /** Report requests (pages) by first dimension ('' for totals). */
  pagesFor(dimension: string): number {
    return this.calls.flatMap((c) => c.requests).filter((r) => (r.dimensions[0] ?? '') === dimension).length;
  }
}
