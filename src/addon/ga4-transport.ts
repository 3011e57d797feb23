// The add-on's GA4 transport: AnalyticsData batchRunReports through the services seam, the core's retries and verdicts.
import type { InputError } from '../core/errors';
import type { Ga4SyncTransport } from '../core/ga4/api-types';
import { classifyGa4Failure, statusFromGa4Words, type Ga4Failure, type Ga4RawFailure } from '../core/ga4/failure';
import { ADDON_RETRY, retryGa4Sync } from '../core/ga4/retry';
import { redact } from '../core/redact';
import type { Language, Template } from '../core/template/schema';
import { fieldError } from './errors';
import { ga4Messages } from './ga4-messages';
import type { Services } from './services';

/**
 * Apps Script raises a GoogleJsonResponseException whose message reads "API call to
 * analyticsdata.properties.batchRunReports failed with error: <GA4's message>". Its `details.code`
 * holds the HTTP status when present; GA4's wording (and gRPC status names) is the fallback.
 */
export function readFailure(error: unknown): Ga4RawFailure {
  const e = error as { message?: unknown; details?: { code?: unknown } } | null;
  const text = typeof e?.message === 'string' ? e.message : String(error);
  const said = redact(text.replace(/^[\s\S]*?failed with error:\s*/, '').trim()).slice(0, 300);
  if (/AnalyticsData is not defined|Cannot read propert\w* of undefined \(reading 'Properties'\)/.test(text)) {
    return { said, noService: true };
  }
  const code = e?.details?.code;
  return { status: typeof code === 'number' ? code : statusFromGa4Words(text), said };
}

/** The message for a failure GA4 will not get over by itself; `field` is the sidebar control to mark. */
export function ga4Error(f: Ga4Failure, id: string, lang: Language, attempts: number): InputError {
  const m = ga4Messages(lang);
  switch (f.kind) {
    case 'no-service': return fieldError(m.noService);
    case 'api-disabled': return fieldError(m.apiDisabled);
    case 'forbidden': return fieldError(m.forbidden(id), 'property');
    case 'not-found': return fieldError(m.notFound(id), 'property');
    case 'unauthenticated': return fieldError(m.unauthenticated);
    case 'rejected-field': {
      const kind = f.field!.kind === 'incompatible' ? 'field' : f.field!.kind;
      return fieldError(m.rejected(kind, f.field!.name, f.kpis));
    }
    case 'rejected': return fieldError(m.rejectedOther(f.said));
    case 'quota': return fieldError(m.quota(attempts));
    case 'unavailable': return fieldError(m.unavailable(attempts));
    default: return fieldError(m.failed(f.said || '?'));
  }
}

/** batchRunReports for one property: retried on 429/5xx with short waits, then a message the manager can act on. */
export function ga4Transport(services: Services, id: string, template: Template, lang: Language): Ga4SyncTransport {
  const property = `properties/${id}`;
  return (body) => retryGa4Sync(
    () => services.analytics().batchRunReports(body, property),
    ADDON_RETRY,
    { classify: (e) => classifyGa4Failure(readFailure(e), body, template), giveUp: (f, n) => ga4Error(f, id, lang, n) },
    (ms) => services.sleep(ms),
  );
}
