// Bitrix24 failures classified once and worded for the manager: what went wrong and what to do about it.

/** What an edge could read off a failed call. `code` and `said` come from the error body, already redacted. */
export interface CrmRawFailure {
  status?: number;
  code: string;
  said: string;
  /** No answer at all (connection refused, DNS, reset). */
  network?: boolean;
  retryAfter?: number;
}

export type CrmFailureKind =
  | 'throttled' | 'time-limit' | 'unauthenticated' | 'no-scope' | 'paid-plan' | 'no-access'
  | 'not-found' | 'rejected' | 'unavailable' | 'unreachable' | 'other';

export interface CrmFailure extends CrmRawFailure {
  kind: CrmFailureKind;
  /** Waiting helps: 2 requests a second (burst 50) is Bitrix24's limit; outages pass. */
  retryable: boolean;
}

export function classifyCrmFailure(raw: CrmRawFailure): CrmFailure {
  const kind = kindOf(raw);
  return { ...raw, kind, retryable: kind === 'throttled' || kind === 'unavailable' || kind === 'unreachable' };
}

function kindOf(raw: CrmRawFailure): CrmFailureKind {
  const code = raw.code.toUpperCase();
  if (raw.network) return 'unreachable';
  if (code === 'QUERY_LIMIT_EXCEEDED') return 'throttled';
  if (code === 'OPERATION_TIME_LIMIT') return 'time-limit';
  if (code === 'NO_AUTH_FOUND' || code === 'EXPIRED_TOKEN' || code === 'INVALID_TOKEN' || code === 'WRONG_AUTH_TYPE')
    return 'unauthenticated';
  if (code === 'INSUFFICIENT_SCOPE') return 'no-scope';
  if (code === 'ACCESS_DENIED') return 'paid-plan';
  if (code === 'ERROR_METHOD_NOT_FOUND') return 'not-found';
  // An empty code with "Access denied." is the webhook's user lacking the right to read the entity.
  if (code === '' && /access denied/i.test(raw.said)) return 'no-access';
  if (raw.status === 401) return 'unauthenticated';
  if (raw.status === 400) return 'rejected';
  if (raw.status === 503 || (raw.status !== undefined && raw.status >= 500)) return 'unavailable';
  return 'other';
}

/** What the manager reads: the cause in their words and the step that fixes it. Never the webhook URL. */
export function crmFailureMessage(f: CrmFailure, attempts: number, kpis: string[] = []): string {
  const said = f.said ? ` Bitrix24 said: ${f.code ? `${f.code}: ` : ''}${f.said}` : f.code ? ` (${f.code})` : '';
  const which = kpis.length ? ` (KPI ${kpis.join(', ')})` : '';
  switch (f.kind) {
    case 'throttled':
      return `Bitrix24 kept refusing requests as too many (QUERY_LIMIT_EXCEEDED) after ${attempts} attempts; `
        + 'another application may be using the portal heavily: try again in a few minutes.';
    case 'time-limit':
      return 'Bitrix24 stopped the import: the portal allows each method only so much running time in 10 minutes '
        + '(OPERATION_TIME_LIMIT); wait 10 minutes and try again, or narrow the KPIs\' filters.';
    case 'unauthenticated':
      return 'Bitrix24 did not accept the webhook (it was deleted, regenerated or mistyped); create an inbound '
        + `webhook again (Developer resources → Other → Inbound webhook) and use its new URL.${said}`;
    case 'no-scope':
      return 'the Bitrix24 webhook may not read the CRM: edit the inbound webhook, tick the "CRM (crm)" '
        + `permission, save, and try again.${said}`;
    case 'paid-plan':
      return 'Bitrix24 refused REST access (ACCESS_DENIED): webhooks work only on a paid Bitrix24 plan; '
        + `upgrade the portal or type the CRM numbers into --data.${said}`;
    case 'no-access':
      return `the Bitrix24 user who made the webhook may not read these records${which} ("Access denied."); `
        + 'give that user access to leads and deals in CRM settings → Access permissions, or make the webhook '
        + 'as a user who has it.';
    case 'not-found':
      return `this Bitrix24 portal does not offer the CRM method${which}; check that the CRM is switched on.${said}`;
    case 'rejected':
      return `Bitrix24 rejected the request${which}; check the KPI's "crm" filter fields.${said}`;
    case 'unavailable':
      return `Bitrix24 kept failing (HTTP ${f.status}) after ${attempts} attempts; try again later.${said}`;
    case 'unreachable':
      return `could not reach the Bitrix24 portal after ${attempts} attempts (${f.said}); check the network and `
        + 'the webhook URL.';
    default:
      return `Bitrix24 request failed${f.status ? ` with HTTP ${f.status}` : ''}${which}.${said}`;
  }
}

/** Failures the manager fixes (webhook, rights, plan, filter) rather than waits out. */
export function isCrmInputFault(f: CrmFailure): boolean {
  return ['unauthenticated', 'no-scope', 'paid-plan', 'no-access', 'rejected', 'not-found'].includes(f.kind);
}
