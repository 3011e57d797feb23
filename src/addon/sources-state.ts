// What the sidebar shows about the automatic sources when it opens: the user's webhook, masked; the refresh.
import type { SourcesState } from './sources-api';
import { loadWebhook, maskWebhook } from './crm-webhook';
import { refreshState } from './refresh-trigger';
import type { Services } from './services';

export function sourcesState(services: Services): SourcesState {
  const webhook = loadWebhook(services);
  return { crmWebhook: webhook ? maskWebhook(webhook) : null, refresh: refreshState(services) };
}
