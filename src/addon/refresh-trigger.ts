// Turns the daily refresh on or off for this document: one time-driven trigger per user and document.
import * as z from 'zod';
import { DailyRefreshArgsSchema, type RefreshState } from './refresh-api';
import { readAll, readJson, writeJsonMakingRoom } from './props';
import type { KeyValueStore, Services } from './services';
import { userAll, userStore } from './user-store';

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
  /** When it was turned on (`services.now()`); absent in records of earlier versions. */
  since: z.string().optional(),
  last: z.object({ at: z.string(), lines: z.array(z.object({
    source: z.enum(['ga4', 'crm', 'sheets']), outcome: z.enum(['ok', 'failed', 'skipped']), message: z.string(),
  })) }).nullable(),
});
type DocRecord = z.infer<typeof DocRecord>;
const Ids = z.record(z.string(), z.string());
const Unopened = z.record(z.string(), z.object({ at: z.string(), message: z.string() }));

/** A JSON value of the user's properties (read once by the caller), or `empty`. */
const userJson = <T>(all: Record<string, string>, key: string, schema: z.ZodType<T>, empty: T): T => {
  const parsed = schema.safeParse(readJson(all, key));
  return parsed.success ? parsed.data : empty;
};

export function loadDocRecord(services: Services, all = readAll(services.documentProperties())): DocRecord {
  const parsed = DocRecord.safeParse(readJson(all, DOC_KEY));
  return parsed.success ? parsed.data : { on: false, hour: REFRESH_HOUR, last: null };
}

export function saveDocRecord(services: Services, record: DocRecord): void {
  const store = services.documentProperties();
  writeJsonMakingRoom(store, readAll(store), DOC_KEY, record);
}

/** The document a trigger refreshes (undefined for a trigger this version did not make). */
export function documentOfTrigger(user: KeyValueStore, triggerId: string | undefined): string | undefined {
  return triggerId ? userJson(user.getProperties(), TRIGGERS, Ids, {})[triggerId] : undefined;
}

export function recordUnopened(user: KeyValueStore, documentId: string, at: string, message: string): void {
  const all = userJson(user.getProperties(), UNOPENED, Unopened, {});
  user.setProperties({ [UNOPENED]: JSON.stringify({ ...all, [documentId]: { at, message } }) });
}

/**
 * The user's triggers for this document; the map is kept to the triggers that still exist (one may have been
 * deleted in the Apps Script dashboard). ScriptApp is asked only when the map names one for this document.
 */
function mineHere(
  services: Services, documentId: string, user: Record<string, string>,
): { ids: string[]; map: Record<string, string> } {
  const recorded = userJson(user, TRIGGERS, Ids, {});
  if (!Object.values(recorded).includes(documentId)) return { ids: [], map: recorded };
  const live = new Set(services.triggers().list().filter((t) => t.handler === REFRESH_HANDLER).map((t) => t.id));
  const map = Object.fromEntries(Object.entries(recorded).filter(([id]) => live.has(id)));
  return { ids: Object.keys(map).filter((id) => map[id] === documentId), map };
}

/**
 * Another editor's refresh that has shown no sign of life (a run, or being turned on) for this long counts as off:
 * its trigger may have been deleted in the Apps Script dashboard, which nobody here can see. A daily run that works
 * (or fails) leaves a mark every morning, so two days is one missed morning and then some.
 */
export const LAPSE_HOURS = 48;

/** The last sign of life when it is older than LAPSE_HOURS, else null (`YYYY-MM-DD HH:mm`, the document's zone). */
function lapsedSince(record: DocRecord, now: string): string | null {
  const seen = [record.last?.at, record.since].filter((t): t is string => !!t).sort().pop();
  const ms = (t: string) => Date.parse(`${t.slice(0, 16).replace(' ', 'T')}:00Z`);
  if (!record.on || !seen || Number.isNaN(ms(seen)) || Number.isNaN(ms(now))) return null;
  return ms(now) - ms(seen) > LAPSE_HOURS * 3_600_000 ? seen : null;
}

/** `doc` and `user`: the document's and the user's properties, when the caller has read them already. */
export function refreshState(
  services: Services, doc = readAll(services.documentProperties()), user = userAll(services),
): RefreshState {
  const documentId = services.spreadsheet().getId();
  const record = loadDocRecord(services, doc);
  const mine = mineHere(services, documentId, user).ids.length > 0;
  // The user's own trigger is listed by ScriptApp, so it is known to exist; only another's can lapse unseen.
  const lapsed = mine ? null : lapsedSince(record, services.now());
  return {
    on: record.on && !lapsed, mine, hour: record.hour, last: record.last, lapsed,
    couldNotOpen: userJson(user, UNOPENED, Unopened, {})[documentId] ?? null,
  };
}

/** On: the user's earlier trigger for this document is replaced, never doubled. Off: the user's is deleted. */
export function setDailyRefresh(services: Services, raw: unknown): RefreshState {
  const { on } = DailyRefreshArgsSchema.parse(raw);
  const documentId = services.spreadsheet().getId();
  const user = userStore(services);
  const { ids, map } = mineHere(services, documentId, user.getProperties());
  for (const id of ids) {
    services.triggers().remove(id);
    delete map[id];
  }
  if (on) map[services.triggers().daily(REFRESH_HANDLER, REFRESH_HOUR)] = documentId;
  const unopened = userJson(user.getProperties(), UNOPENED, Unopened, {});
  delete unopened[documentId];
  user.setProperties({ [TRIGGERS]: JSON.stringify(map), [UNOPENED]: JSON.stringify(unopened) });
  // Turning it on takes over from another editor's refresh too (a lapsed one shows the button again).
  const since = on ? { since: services.now() } : {};
  saveDocRecord(services, { ...loadDocRecord(services), on, hour: REFRESH_HOUR, ...since });
  return refreshState(services);
}
