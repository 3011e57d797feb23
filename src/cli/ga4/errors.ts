// GA4 failures in the CLI's words: reads what the googleapis client threw; the core classifies, this file words it.
import { InputError } from '../../core/errors';
import type { Ga4Failure, Ga4RawFailure } from '../../core/ga4/failure';
import { redact } from '../../core/redact';

export interface Ga4ErrorContext {
  /** `properties/123…` */
  property: string;
  templateId: string;
  apiRoot: string;
}

/** Reads status, GA4's message and Retry-After out of whatever the client threw (gaxios error or other). */
type Headers = { get?(name: string): string | null } & Record<string, unknown>;

export function readFailure(e: unknown, secrets: string[]): Ga4RawFailure {
  const err = e as {
    status?: number; code?: string | number; message?: string;
    response?: { status?: number; data?: unknown; headers?: Headers };
  };
  const status = err?.response?.status ?? (typeof err?.status === 'number' ? err.status : undefined);
  const data = err?.response?.data as { error?: { message?: string; status?: string } } | string | undefined;
  let message = typeof data === 'object' && data?.error?.message ? data.error.message : '';
  if (typeof data === 'object' && data?.error?.status) message = `${message} (${data.error.status})`.trim();
  if (!message && status === undefined) message = String(err?.code ?? 'network error');
  if (!message && typeof data === 'string') message = data.slice(0, 300);
  const headers = err?.response?.headers;
  const raw = typeof headers?.get === 'function'
    ? headers.get('retry-after')
    : (headers?.['retry-after'] as string | undefined);
  const retryAfter = raw && /^\d+$/.test(String(raw).trim()) ? Number(raw) : undefined;
  return { status, said: redact(message, secrets), retryAfter, network: status === undefined };
}

const FIELD_WORDS = {
  metric: 'metric', dimension: 'dimension', field: 'field', incompatible: 'field (incompatible with the others)',
};

/** The final error for a failure: InputError for what the user can fix, Error for GA4 being unavailable. */
export function ga4Error(f: Ga4Failure, ctx: Ga4ErrorContext, attempts: number): Error {
  const id = ctx.property.replace(/^properties\//, '');
  const said = f.said ? ` GA4 said: ${f.said}` : '';
  const input = (message: string) => new InputError(message, 'GA4');
  switch (f.kind) {
    case 'unreachable':
      return new Error(`could not reach the GA4 Data API at ${ctx.apiRoot} after ${attempts} attempts (${f.said}); `
        + 'check the network or GA_DATA_API_URL');
    case 'rejected-field': {
      const where = f.kpis.length ? ` (used by KPI ${f.kpis.join(', ')} in template ${ctx.templateId})` : '';
      return input(`GA4 rejected the ${FIELD_WORDS[f.field!.kind]} "${f.field!.name}"${where}; use a GA4 Data API name `
        + `such as sessions, totalUsers, keyEvents or sessionDefaultChannelGroup.${said}`);
    }
    case 'rejected':
      return input(`GA4 rejected the report request for property ${id}.${said}`);
    case 'unauthenticated':
      return input('GA4 did not accept the credentials (an expired access token?); get a new one, '
        + 'e.g. with `gcloud auth print-access-token`, into GA_ACCESS_TOKEN');
    case 'api-disabled':
      return input('the Google Analytics Data API is not enabled for the Google Cloud project of these credentials; '
        + `enable it and try again.${said}`);
    case 'forbidden':
      return input(`the Google account has no access to GA4 property ${id}; ask an administrator of the property `
        + `to add it (Viewer is enough), or check the property id.${said}`);
    case 'not-found':
      return input(`GA4 property ${id} was not found; check the property id.${said}`);
    case 'quota':
      return new Error(`GA4 quota for property ${id} is used up (HTTP 429, still after ${attempts} attempts); `
        + `try again later.${said}`);
    case 'unavailable':
      return new Error(`the GA4 Data API kept failing (HTTP ${f.status}) after ${attempts} attempts; `
        + `try again later.${said}`);
    default:
      return new Error(`GA4 request for property ${id} failed with HTTP ${f.status ?? '?'}.${said}`);
  }
}
