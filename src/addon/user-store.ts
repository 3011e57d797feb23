// The signed-in user's own properties for the sources (webhook, daily refresh), which cannot do without them.
import type { KeyValueStore, Services } from './services';

/** Read: nothing stored when Apps Script gives no user properties. */
export function userAll(services: Services): Record<string, string> {
  return services.userProperties()?.getProperties() ?? {};
}

/** Write: a missing store is an unexpected fault (logged, the generic message shown). */
export function userStore(services: Services): KeyValueStore {
  const store = services.userProperties();
  if (!store) throw new Error('Apps Script gave no user properties');
  return store;
}
