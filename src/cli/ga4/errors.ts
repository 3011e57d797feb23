// GA4 Data API failures → messages a user can act on; never echoes credentials, headers or request config.
import { InputError } from '../../core/errors';
import type { Ga4BatchRunReportsRequest } from '../../core/ga4/api-types';
import type { Template } from '../../core/template/schema';

export interface Ga4Failure {
  /** HTTP status, or undefined for a network failure. */
  status?: number;
  /** GA4's own error text (google.rpc.Status message), redacted. */
  message: string;
  /** Seconds GA4 asked us to wait (Retry-After), if any. */
  retryAfter?: number;
}

export interface Ga4ErrorContext {
  property: string;
  template: Template;
  body?: Ga4BatchRunReportsRequest;
  /** Secrets that must never appear in a message, even if a server echoed them. */
  secrets: string[];
  apiRoot: string;
}

export function redact(text: string, secrets: string[]): string {
  let out = text;
  for (const s of secrets) if (s.length >= 6) out = out.split(s).join('[redacted]');
  return out.replace(/(Bearer\s+)[\w.~+/-]+=*/gi, '$1[redacted]').replace(/ya29\.[\w.-]+/g, '[redacted]');
}

/** Reads status, GA4's message and Retry-After out of whatever the client threw (gaxios error or other). */
export function readFailure(e: unknown, secrets: string[]): Ga4Failure {
  const err = e as {
    status?: number; code?: string | number; message?: string;
    response?: { status?: number; data?: unknown; headers?: { get?(name: string): string | null } & Record<string, unknown> };
  };
  const status = err?.response?.status ?? (typeof err?.status === 'number' ? err.status : undefined);
  const data = err?.response?.data as { error?: { message?: string; status?: string } } | string | undefined;
  let message = typeof data === 'object' && data?.error?.message ? data.error.message : '';
  if (typeof data === 'object' && data?.error?.status) message = `${message} (${data.error.status})`.trim();
  if (!message && status === undefined) message = String(err?.code ?? 'network error');
  if (!message && typeof data === 'string') message = data.slice(0, 300);
  const headers = err?.response?.headers;
  const raw = typeof headers?.get === 'function' ? headers.get('retry-after') : (headers?.['retry-after'] as string | undefined);
  const retryAfter = raw && /^\d+$/.test(String(raw).trim()) ? Number(raw) : undefined;
  return { status, message: redact(message, secrets), retryAfter };
}

export function isRetryable(f: Ga4Failure): boolean {
  return f.status === undefined || f.status === 429 || f.status >= 500;
}

/** Names in the request, so a 400 can say which metric or dimension GA4 refused and which KPI uses it. */
function requestedNames(body: Ga4BatchRunReportsRequest | undefined): Set<string> {
  const names = new Set<string>();
  for (const r of body?.requests ?? []) {
    r.metrics.forEach((m) => names.add(m.name));
    r.dimensions?.forEach((d) => names.add(d.name));
    if (r.dimensionFilter?.filter?.fieldName) names.add(r.dimensionFilter.filter.fieldName);
  }
  return names;
}

function rejectedField(message: string, body: Ga4BatchRunReportsRequest | undefined): { name: string; kind: string } | undefined {
  const invalid = /Field\s+([\w:]+)\s+is not a valid (metric|dimension)/i.exec(message);
  if (invalid) return { name: invalid[1], kind: invalid[2].toLowerCase() };
  const incompatible = /Please (?:remove|add)\s+([\w:]+)\s+to make the request compatible/i.exec(message);
  if (incompatible) return { name: incompatible[1], kind: 'field (incompatible with the others)' };
  for (const name of requestedNames(body)) {
    if (new RegExp(`(^|[^\\w:])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}([^\\w:]|$)`).test(message)) return { name, kind: 'field' };
  }
  return undefined;
}

/** The final error for a failure: InputError for what the user can fix, Error for GA4 being unavailable. */
export function ga4Error(f: Ga4Failure, ctx: Ga4ErrorContext, attempts: number): Error {
  const id = ctx.property.replace(/^properties\//, '');
  const said = f.message ? ` GA4 said: ${f.message}` : '';
  if (f.status === undefined) {
    return new Error(`could not reach the GA4 Data API at ${ctx.apiRoot} after ${attempts} attempts (${f.message}); check the network or GA_DATA_API_URL`);
  }
  if (f.status === 400) {
    const field = rejectedField(f.message, ctx.body);
    if (!field) return new InputError(`GA4 rejected the report request for property ${id}.${said}`, 'GA4');
    const kpis = ctx.template.kpis
      .filter((k) => k.ga4 && (k.ga4.metric === field.name || k.ga4.filter?.dimension === field.name))
      .map((k) => k.id);
    const where = kpis.length ? ` (used by KPI ${kpis.join(', ')} in template ${ctx.template.id})` : '';
    return new InputError(
      `GA4 rejected the ${field.kind} "${field.name}"${where}; use a GA4 Data API name such as sessions, totalUsers, keyEvents or sessionDefaultChannelGroup.${said}`,
      'GA4',
    );
  }
  if (f.status === 401) {
    return new InputError('GA4 did not accept the credentials (an expired access token?); get a new one, e.g. with `gcloud auth print-access-token`, into GA_ACCESS_TOKEN', 'GA4');
  }
  if (f.status === 403 && /has not been used|is disabled|SERVICE_DISABLED/i.test(f.message)) {
    return new InputError(`the Google Analytics Data API is not enabled for the Google Cloud project of these credentials; enable it and try again.${said}`, 'GA4');
  }
  if (f.status === 403) {
    return new InputError(`the Google account has no access to GA4 property ${id}; ask an administrator of the property to add it (Viewer is enough), or check the property id.${said}`, 'GA4');
  }
  if (f.status === 404) return new InputError(`GA4 property ${id} was not found; check the property id.${said}`, 'GA4');
  if (f.status === 429) {
    return new Error(`GA4 quota for property ${id} is used up (HTTP 429, still after ${attempts} attempts); try again later.${said}`);
  }
  if (f.status >= 500) return new Error(`the GA4 Data API kept failing (HTTP ${f.status}) after ${attempts} attempts; try again later.${said}`);
  return new Error(`GA4 request for property ${id} failed with HTTP ${f.status}.${said}`);
}
