// Bitrix24 over a plain fetch for the CLI: the inbound webhook URL (a password), our retries, our messages.
import { InputError } from '../../core/errors';
import {
  classifyCrmFailure, crmFailureMessage, isCrmInputFault, type CrmFailure, type CrmRawFailure,
} from '../../core/crm/failure';
import { readErrorBody } from '../../core/crm/parse';
import { runCrmMonth, type CrmMonthResult, type CrmTransport } from '../../core/crm/run';
import { runCrmMonthData, type CrmMonthRun } from '../../core/crm/month-data';
import { CLI_RETRY, retryGa4, type Ga4RetryPolicy } from '../../core/ga4/retry';
import { redact } from '../../core/redact';
import type { Template } from '../../core/template/schema';

export interface CrmWebhook {
  /** `https://<portal>/rest/<user>/<secret>` without a trailing slash: never shown. */
  base: string;
  /** The portal's host, which messages may name. */
  portal: string;
  /** What redaction removes from anything shown: the URL and its secret. */
  secrets: string[];
}

const WEBHOOK_HELP = 'an inbound webhook URL such as https://<portal>.bitrix24.eu/rest/<user id>/<code>/ '
  + '(Bitrix24: Developer resources → Other → Inbound webhook)';

/** Reads the webhook URL; a bad one is refused without repeating it (it may hold the secret). */
export function parseWebhook(raw: string, where: string): CrmWebhook {
  let url: URL | undefined;
  try {
    url = new URL(raw.trim());
  } catch { /* worded below */ }
  const m = url && /^(\/(?:[^/]+\/)*rest\/\d+\/([^/]+))\/?(?:[a-z][\w.]*(?:\.json)?)?$/i.exec(url.pathname);
  if (!url || !m || (url.protocol !== 'https:' && url.protocol !== 'http:') || url.search || url.username) {
    throw new InputError(`not a Bitrix24 webhook URL; use ${WEBHOOK_HELP}`, where);
  }
  const base = `${url.protocol}//${url.host}${m[1]}`;
  return { base, portal: url.host, secrets: [raw.trim(), base, m[2], encodeURIComponent(m[2])] };
}

/** A failed call as the edge saw it, before judgement. */
class CrmCallFailure extends Error {
  constructor(readonly raw: CrmRawFailure) {
    super(raw.code || raw.said);
  }
}

export interface CrmFetchOptions {
  retries?: number;
  baseDelayMs?: number;
  /** Injected in tests so backoff costs no time. */
  sleep?: (ms: number) => Promise<void>;
  /** Counts HTTP requests (progress, tests). */
  onRequest?: (method: string) => void;
}

function toError(f: CrmFailure, attempts: number, kpis: string[], webhook: CrmWebhook): Error {
  const message = redact(`${crmFailureMessage(f, attempts, kpis)} (portal ${webhook.portal})`, webhook.secrets);
  return isCrmInputFault(f) ? new InputError(message, 'Bitrix24') : new Error(message);
}

async function callOnce(webhook: CrmWebhook, method: string, body: object): Promise<unknown> {
  let res: Response;
  try {
    res = await fetch(`${webhook.base}/${method}.json`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(120_000),
    });
  } catch (e) {
    const cause = (e as { cause?: { code?: string } }).cause?.code ?? (e as Error).name ?? 'network error';
    throw new CrmCallFailure({ network: true, code: '', said: redact(String(cause), webhook.secrets) });
  }
  const text = await res.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  const error = readErrorBody(json);
  if (res.ok && json !== undefined && !error) return json;
  const wait = res.headers.get('retry-after') ?? '';
  const retryAfter = /^\d+$/.test(wait) ? Number(wait) : undefined;
  const said = error ? error.description : `HTTP ${res.status} ${json === undefined ? 'answer that is not JSON' : ''}`;
  throw new CrmCallFailure({
    status: res.status, code: redact(error?.error ?? '', webhook.secrets),
    said: redact(said.slice(0, 300).trim(), webhook.secrets),
    retryAfter,
  });
}

/** The transport the core runs over: each call retried under the CLI policy (503 QUERY_LIMIT_EXCEEDED waits). */
export function createCrmTransport(webhook: CrmWebhook, options: CrmFetchOptions = {}): CrmTransport {
  const policy: Ga4RetryPolicy = {
    ...CLI_RETRY,
    retries: Math.max(0, options.retries ?? CLI_RETRY.retries),
    baseDelayMs: options.baseDelayMs ?? CLI_RETRY.baseDelayMs,
  };
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  return {
    call: (method, body) => retryGa4<unknown, CrmFailure>(
      () => {
        options.onRequest?.(method);
        return callOnce(webhook, method, body);
      },
      policy,
      {
        classify: (e) => classifyCrmFailure(e instanceof CrmCallFailure
          ? e.raw : { code: '', said: redact(String((e as Error)?.message ?? e), webhook.secrets), network: true }),
        giveUp: (f, n) => toError(f, n, [], webhook),
      },
      sleep,
    ),
    fail: (f, kpis) => toError(f, 1, kpis, webhook),
  };
}

/** The month's CRM counts for the template's mapped CRM KPIs. */
export function fetchCrmMonth(
  webhook: CrmWebhook, template: Template, month: string, options: CrmFetchOptions = {},
): Promise<CrmMonthResult> {
  return runCrmMonth(createCrmTransport(webhook, options), template, month);
}

/** The month's CRM counts and the CRM sheet's rows (leads, won deals, source names) in one plan of calls. */
export function fetchCrmMonthData(
  webhook: CrmWebhook, template: Template, month: string, options: CrmFetchOptions = {},
): Promise<CrmMonthRun> {
  return runCrmMonthData(createCrmTransport(webhook, options), template, month, webhook.portal);
}
