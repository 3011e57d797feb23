// The Bitrix24 webhook URL in the signed-in user's own properties: read, masked for the sidebar, set, removed.
import { CrmWebhookArgsSchema, type CrmWebhookInfo } from './crm-api';
import { fieldError } from './errors';
import { crmMessages } from './crm-messages';
import type { Language } from '../core/template/schema';
import type { Services } from './services';
import { userAll, userStore } from './user-store';

/**
 * User properties, not the document's: another editor of the spreadsheet never sees the URL (it is a password).
 * They belong to the user and the script, so the same webhook serves every spreadsheet this user opens.
 */
const KEY = 'kpi-planner.crm.webhook';

export interface CrmWebhook {
  /** `https://<portal>/rest/<user>/<code>` without a trailing slash: never shown. */
  base: string;
  /** The portal's host, which messages and the sidebar may name. */
  portal: string;
  /** What redaction removes from anything shown: the URL, its base and its code. */
  secrets: string[];
}

// No URL class in Apps Script V8: the shape Bitrix24 gives (https://portal/rest/<user id>/<code>/, maybe a method).
const SHAPE = /^(https?):\/\/([a-z0-9.-]+(?::\d{1,5})?)(\/(?:[^/?#\s]+\/)*rest\/\d+\/([^/?#\s]+))\/?(?:[a-z][\w.]*)?$/i;

/** Reads a webhook URL; null when it is not one. The text is never repeated back (it may hold the secret). */
export function parseWebhook(raw: string): CrmWebhook | null {
  const text = raw.trim();
  const m = SHAPE.exec(text);
  if (!m) return null;
  const base = `${m[1].toLowerCase()}://${m[2]}${m[3]}`;
  return { base, portal: m[2], secrets: [text, base, m[4], encodeURIComponent(m[4])] };
}

/** What the sidebar shows: the host and dots, never the code. */
export function maskWebhook(webhook: CrmWebhook): CrmWebhookInfo {
  return { portal: webhook.portal, masked: `${webhook.portal}/rest/••••` };
}

/** `user`: the user's properties, when the caller has read them already. */
export function loadWebhook(services: Services, user = userAll(services)): CrmWebhook | null {
  const raw = user[KEY];
  return raw ? parseWebhook(raw) : null;
}

/** The webhook, or the message that says to add one (the sidebar marks its field). */
export function requireWebhook(services: Services, lang: Language): CrmWebhook {
  const webhook = loadWebhook(services);
  if (!webhook) throw fieldError(crmMessages(lang).noWebhook, 'crmWebhook');
  return webhook;
}

export function setWebhook(services: Services, raw: unknown, lang: Language): CrmWebhookInfo {
  const { url } = CrmWebhookArgsSchema.parse(raw);
  const webhook = parseWebhook(url);
  if (!webhook) throw fieldError(crmMessages(lang).badWebhook, 'crmWebhook');
  userStore(services).setProperties({ [KEY]: webhook.base + '/' });
  return maskWebhook(webhook);
}

export function removeWebhook(services: Services, _args: unknown): null {
  services.userProperties()?.deleteProperty(KEY);
  return null;
}
