// What the sidebar shows about the automatic sources when it opens: the user's webhook, masked.
import type { SourcesState } from './crm-api';
import { loadWebhook, maskWebhook } from './crm-webhook';
import type { Services } from './services';

export function sourcesState(services: Services): SourcesState {
  const webhook = loadWebhook(services);
  return { crmWebhook: webhook ? maskWebhook(webhook) : null };
}
