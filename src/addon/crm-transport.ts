// Bitrix24 over UrlFetchApp: the core's requests and answers, the add-on's retry policy, the manager's words.
import { classifyCrmFailure, type CrmFailure, type CrmRawFailure } from '../core/crm/failure';
import { readErrorBody } from '../core/crm/parse';
import type { CrmTransport } from '../core/crm/run';
import { ADDON_RETRY, retryGa4Sync } from '../core/ga4/retry';
import { redact } from '../core/redact';
import type { Language } from '../core/template/schema';
import { crmFaultMessage } from './crm-messages';
import type { CrmWebhook } from './crm-webhook';
import { fieldError } from './errors';
import type { Services } from './services';

/** A failed call as the transport saw it, before judgement (its words already redacted). */
class CrmCallFailure extends Error {
  constructor(readonly raw: CrmRawFailure) {
    super(raw.code || raw.said);
  }
}

/** The header, whatever case UrlFetchApp gives its name in. */
function header(headers: Record<string, unknown>, name: string): string {
  const key = Object.keys(headers).find((k) => k.toLowerCase() === name);
  return key === undefined ? '' : String(headers[key]);
}

/**
 * One POST. UrlFetchApp's own exceptions quote the URL (and so the code in it): with muteHttpExceptions an HTTP
 * error is an answer, and a network failure's words are redacted before anything keeps them.
 */
function callOnce(services: Services, webhook: CrmWebhook, method: string, body: object): unknown {
  let answer;
  try {
    answer = services.postJson(`${webhook.base}/${method}.json`, JSON.stringify(body));
  } catch (e) {
    const words = String((e as Error)?.message ?? e).replace(/^Exception:\s*/, '');
    throw new CrmCallFailure({ network: true, code: '', said: redact(words, webhook.secrets).slice(0, 200) });
  }
  let json: unknown;
  try {
    json = JSON.parse(answer.text);
  } catch {
    json = undefined;
  }
  const error = readErrorBody(json);
  if (answer.status >= 200 && answer.status < 300 && json !== undefined && !error) return json;
  const wait = header(answer.headers, 'retry-after');
  const said = error ? error.description : `HTTP ${answer.status}${json === undefined ? ', not JSON' : ''}`;
  throw new CrmCallFailure({
    status: answer.status,
    code: redact(error?.error ?? '', webhook.secrets),
    said: redact(said.slice(0, 300).trim(), webhook.secrets),
    ...(/^\d+$/.test(wait) ? { retryAfter: Number(wait) } : {}),
  });
}

/** The fault in the manager's words, naming the portal only; a fixable one marks the webhook field. */
export function crmError(f: CrmFailure, attempts: number, kpis: string[], webhook: CrmWebhook, lang: Language): Error {
  const message = redact(crmFaultMessage(f, attempts, kpis, lang), webhook.secrets) + ` [${webhook.portal}]`;
  // The webhook is what to fix when Bitrix24 refuses it or cannot be reached at its address.
  const aboutWebhook = f.kind === 'unauthenticated' || f.kind === 'no-scope' || f.kind === 'unreachable';
  return aboutWebhook ? fieldError(message, 'crmWebhook') : fieldError(message);
}

/** The transport the core runs over: 503 QUERY_LIMIT_EXCEEDED and outages wait and retry (Utilities.sleep). */
export function crmTransport(services: Services, webhook: CrmWebhook, lang: Language) {
  const fail: CrmTransport['fail'] = (f, kpis) => crmError(f, 1, kpis, webhook, lang);
  return {
    call: (method: string, body: object): unknown => retryGa4Sync<unknown, CrmFailure>(
      () => callOnce(services, webhook, method, body),
      ADDON_RETRY,
      {
        classify: (e) => classifyCrmFailure(e instanceof CrmCallFailure
          ? e.raw : { code: '', said: redact(String((e as Error)?.message ?? e), webhook.secrets).slice(0, 200) }),
        giveUp: (f, n) => crmError(f, n, [], webhook, lang),
      },
      (ms) => services.sleep(ms),
    ),
    fail,
  };
}
