// Turns the daily refresh on or off for this document: one time-driven trigger per user and document.
import * as z from 'zod';
import { DailyRefreshArgsSchema, type RefreshState } from './refresh-api';
import { readAll, readJson, writeJsonMakingRoom } from './props';
import type { KeyValueStore, Services } from './services';

/** The top-level function of Code.js the trigger runs. */
export const REFRESH_HANDLER = 'dailyRefresh';
/** About 6 in the morning (Apps Script picks a minute within the hour), before the working day. */
export const REFRESH_HOUR = 6;

/** User properties: trigger id → the document it refreshes (one add-on serves every document of the user). */
const TRIGGERS = 'kpi-planner.refresh.triggers';
/** User properties: document id → why the user's trigger could not open it. */
const UNOPENED = 'kpi-planner.refresh.unopened';
/** Document properties: that it is on, and the last run's outcome, for every editor's sidebar. */
export const DOC_KEY = 'kpi-planner.refresh';

const DocRecord = z.object({
  on: z.boolean(), hour: z.number(),
  last: z.object({ at: z.string(), lines: z.array(z.object({
    source: z.enum(['ga4', 'crm', 'sheets']), outcome: z.enum(['ok', 'failed', 'skipped']), message: z.string(),
  })) }).nullable(),
});
type DocRecord = z.infer<typeof DocRecord>;
const Ids = z.record(z.string(), z.string());
const Unopened = z.record(z.string(), z.object({ at: z.string(), message: z.string() }));

const userJson = <T>(store: KeyValueStore, key: string, schema: z.ZodType<T>, empty: T): T => {
  const parsed = schema.safeParse(readJson(store.getProperties(), key));
  return parsed.success ? parsed.data : empty;
};

export function loadDocRecord(services: Services): DocRecord {
  const parsed = DocRecord.safeParse(readJson(readAll(services.documentProperties()), DOC_KEY));
  return parsed.success ? parsed.data : { on: false, hour: REFRESH_HOUR, last: null };
}

export function saveDocRecord(services: Services, record: DocRecord): void {
  const store = services.documentProperties();
  writeJsonMakingRoom(store, readAll(store), DOC_KEY, record);
}

/** The document a trigger refreshes (undefined for a trigger this version did not make). */
export function documentOfTrigger(user: KeyValueStore, triggerId: string | undefined): string | undefined {
  return triggerId ? userJson(user, TRIGGERS, Ids, {})[triggerId] : undefined;
}

export function recordUnopened(user: KeyValueStore, documentId: string, at: string, message: string): void {
  const all = userJson(user, UNOPENED, Unopened, {});
  user.setProperties({ [UNOPENED]: JSON.stringify({ ...all, [documentId]: { at, message } }) });
}

/** The user's triggers for this document; the map is kept to the triggers that still exist. */
function mineHere(services: Services, documentId: string): { ids: string[]; map: Record<string, string> } {
  const user = services.userProperties();
  const live = new Set(services.triggers().list().filter((t) => t.handler === REFRESH_HANDLER).map((t) => t.id));
  const map = Object.fromEntries(Object.entries(userJson(user, TRIGGERS, Ids, {})).filter(([id]) => live.has(id)));
  return { ids: Object.keys(map).filter((id) => map[id] === documentId), map };
}

export function refreshState(services: Services): RefreshState {
  const documentId = services.spreadsheet().getId();
  const doc = loadDocRecord(services);
  const unopened = userJson(services.userProperties(), UNOPENED, Unopened, {})[documentId] ?? null;
  return { on: doc.on, mine: mineHere(services, documentId).ids.length > 0, hour: doc.hour, last: doc.last,
    couldNotOpen: unopened };
}

/** On: the user's earlier trigger for this document is replaced, never doubled. Off: the user's is deleted. */
export function setDailyRefresh(services: Services, raw: unknown): RefreshState {
  const { on } = DailyRefreshArgsSchema.parse(raw);
  const documentId = services.spreadsheet().getId();
  const { ids, map } = mineHere(services, documentId);
  for (const id of ids) {
    services.triggers().remove(id);
    delete map[id];
  }
  if (on) map[services.triggers().daily(REFRESH_HANDLER, REFRESH_HOUR)] = documentId;
  const user = services.userProperties();
  const unopened = userJson(user, UNOPENED, Unopened, {});
  delete unopened[documentId];
  user.setProperties({ [TRIGGERS]: JSON.stringify(map), [UNOPENED]: JSON.stringify(unopened) });
  saveDocRecord(services, { ...loadDocRecord(services), on, hour: REFRESH_HOUR });
  return refreshState(services);
}
