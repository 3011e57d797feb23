// The add-on's GA4 transport: AnalyticsData batchRunReports through the services seam, bounded retries, clear failures.
import type { InputError } from '../core/errors';
import type { Ga4BatchRunReportsRequest, Ga4SyncTransport } from '../core/ga4/api-types';
import type { Language, Template } from '../core/template/schema';
import { fieldError, redact } from './errors';
import { ga4Messages } from './ga4-messages';
import type { Services } from './services';

/** Waits before each retry: 4 attempts and 7 s at most, far inside Apps Script's 6-minute limit. */
export const RETRY_DELAYS_MS = [1000, 2000, 4000] as const;

export interface Ga4Failure {
  /** HTTP status, from the exception's details or, failing that, read off GA4's words. */
  status?: number;
  /** GA4's own text without Apps Script's "API call to … failed with error:" wrapper. */
  said: string;
  /** The AnalyticsData global is missing: the advanced service is not enabled. */
  noService?: boolean;
}

/**
 * Apps Script raises a GoogleJsonResponseException whose message reads "API call to
 * analyticsdata.properties.batchRunReports failed with error: <GA4's message>". Its `details.code`
 * holds the HTTP status when present; GA4's wording (and gRPC status names) is the fallback.
 */
export function readFailure(error: unknown): Ga4Failure {
  const e = error as { message?: unknown; details?: { code?: unknown } } | null;
  const text = typeof e?.message === 'string' ? e.message : String(error);
  const said = redact(text.replace(/^[\s\S]*?failed with error:\s*/, '').trim()).slice(0, 300);
  if (/AnalyticsData is not defined|Cannot read propert\w* of undefined \(reading 'Properties'\)/.test(text)) {
    return { said, noService: true };
  }
  const code = e?.details?.code;
  return { status: typeof code === 'number' ? code : statusFromText(text), said };
}

const PATTERNS: [RegExp, number][] = [
  [/SERVICE_DISABLED|has not been used in project|is disabled|accessNotConfigured/i, 403],
  [/sufficient permissions|PERMISSION_DENIED|permission denied|does not have (?:access|permission)/i, 403],
  [/UNAUTHENTICATED|invalid authentication|login required/i, 401],
  [/is not a valid (?:metric|dimension)|INVALID_ARGUMENT|compatible|invalid (?:value|argument)/i, 400],
  [/NOT_FOUND|not found/i, 404],
  [/RESOURCE_EXHAUSTED|exhausted|quota|rate limit|too many requests|invoked too many times/i, 429],
  [/INTERNAL|internal error|backend error|UNAVAILABLE|unavailable|DEADLINE_EXCEEDED|timed? ?out|empty response/i, 503],
];

function statusFromText(text: string): number | undefined {
  return PATTERNS.find(([pattern]) => pattern.test(text))?.[1];
}

export function isRetryable(f: Ga4Failure): boolean {
  return f.status === 429 || (f.status !== undefined && f.status >= 500);
}

/** The metric or dimension a 400 is about: GA4 names it, or the message quotes one of the request's names. */
function rejectedField(said: string, body: Ga4BatchRunReportsRequest): { kind: 'metric' | 'dimension' | 'field'; name: string } | undefined {
  const named = /Field\s+([\w:]+)\s+is not a valid (metric|dimension)/i.exec(said);
  if (named) return { name: named[1], kind: named[2].toLowerCase() as 'metric' | 'dimension' };
  const names = new Set<string>();
  for (const r of body.requests) {
    r.metrics.forEach((m) => names.add(m.name));
    r.dimensions?.forEach((d) => names.add(d.name));
    if (r.dimensionFilter?.filter?.fieldName) names.add(r.dimensionFilter.filter.fieldName);
  }
  for (const name of names) {
    if (new RegExp(`(^|[^\\w:])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}([^\\w:]|$)`).test(said)) return { name, kind: 'field' };
  }
  return undefined;
}

/** The message for a failure GA4 will not get over by itself; `field` is the sidebar control to mark. */
export function ga4Error(f: Ga4Failure, ctx: { id: string; template: Template; lang: Language; body: Ga4BatchRunReportsRequest }, attempts: number): InputError {
  const m = ga4Messages(ctx.lang);
  const error = fieldError;
  if (f.noService) return error(m.noService);
  if (f.status === 403 && /SERVICE_DISABLED|has not been used|is disabled|accessNotConfigured/i.test(f.said)) return error(m.apiDisabled);
  if (f.status === 403) return error(m.forbidden(ctx.id), 'property');
  if (f.status === 404) return error(m.notFound(ctx.id), 'property');
  if (f.status === 401) return error(m.unauthenticated);
  if (f.status === 400) {
    const field = rejectedField(f.said, ctx.body);
    if (!field) return error(m.rejectedOther(f.said));
    const kpis = ctx.template.kpis.filter((k) => k.ga4 && (k.ga4.metric === field.name || k.ga4.filter?.dimension === field.name)).map((k) => k.id);
    return error(m.rejected(field.kind, field.name, kpis));
  }
  if (f.status === 429) return error(m.quota(attempts));
  if (f.status !== undefined && f.status >= 500) return error(m.unavailable(attempts));
  return error(m.failed(f.said || '?'));
}

/** batchRunReports for one property: retried on 429/5xx with short waits, then a message the manager can act on. */
export function ga4Transport(services: Services, id: string, template: Template, lang: Language): Ga4SyncTransport {
  const property = `properties/${id}`;
  return (body) => {
    for (let attempt = 1; ; attempt++) {
      try {
        return services.analytics().batchRunReports(body, property);
      } catch (e) {
        const failure = readFailure(e);
        if (!isRetryable(failure) || attempt > RETRY_DELAYS_MS.length) throw ga4Error(failure, { id, template, lang, body }, attempt);
        services.sleep(RETRY_DELAYS_MS[attempt - 1]);
      }
    }
  };
}
