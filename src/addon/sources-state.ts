// What the sidebar shows about the automatic sources when it opens: the user's webhook, masked; the refresh.
import type { SourcesState } from './sources-api';
import { loadWebhook, maskWebhook } from './crm-webhook';
import { refreshState } from './refresh-trigger';
import type { Services } from './services';
import { userAll } from './user-store';

/** One read of the user's properties; `doc` is the document's, which getState has read already. */
export function sourcesState(services: Services, doc: Record<string, string>): SourcesState {
  const user = userAll(services);
  const webhook = loadWebhook(services, user);
  return { crmWebhook: webhook ? maskWebhook(webhook) : null, refresh: refreshState(services, doc, user) };
}
