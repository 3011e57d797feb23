// JSON values in document properties, split into pieces (one property holds at most 9 KB); a full store is caught.
import type { KeyValueStore } from './services';

/** Characters per piece: under 9 KB even when every character takes a few bytes. */
const PIECE = 2_000;
/** Run records of earlier versions (runs now live in the sheets' tags): dropped whenever the add-on writes. */
const LEGACY = /^kpi-planner\.month\./;

/** The store refused a write: all of a document's properties together hold 500 KB. */
export class StoreFullError extends Error {}

/** Apps Script's words for a full store ("You have exceeded the property storage quota", "Argument too large"). */
const messageOf = (e: unknown) => String((e as { message?: unknown } | null)?.message ?? e);
const isQuotaError = (e: unknown) => /quota|too large|exceeded/i.test(messageOf(e));

/** All of this document's properties in one read. */
export function readAll(store: KeyValueStore | null): Record<string, string> {
  return store ? store.getProperties() : {};
}

export function readJson(all: Record<string, string>, key: string): unknown {
  const head = all[key];
  if (head === undefined) return undefined;
  const pieces = /^pieces:(\d+)$/.exec(head);
  const text = pieces ? Array.from({ length: Number(pieces[1]) }, (_, i) => all[`${key}#${i}`] ?? '').join('') : head;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

export function deleteKeys(store: KeyValueStore, all: Record<string, string>, keys: string[]): void {
  for (const k of keys) {
    store.deleteProperty(k);
    delete all[k];
  }
}

/** One write for all pieces; pieces a longer earlier value left behind are deleted. Throws StoreFullError. */
export function writeJson(store: KeyValueStore | null, all: Record<string, string>, key: string, value: unknown): void {
  if (!store) return;
  deleteKeys(store, all, Object.keys(all).filter((k) => LEGACY.test(k)));
  const text = JSON.stringify(value);
  const update: Record<string, string> = {};
  let count = 0;
  if (text.length <= PIECE) update[key] = text;
  else {
    for (let at = 0; at < text.length; at += PIECE) update[`${key}#${count++}`] = text.slice(at, at + PIECE);
    update[key] = `pieces:${count}`;
  }
  try {
    store.setProperties(update);
  } catch (e) {
    if (isQuotaError(e)) throw new StoreFullError(messageOf(e));
    throw e;
  }
  for (let i = count; all[`${key}#${i}`] !== undefined; i++) deleteKeys(store, all, [`${key}#${i}`]);
  Object.assign(all, update);
}

/** UTF-8 bytes, as the store counts them. */
export function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c < 0xdc00 ? (i++, 4) : 3;
  }
  return n;
}

/** GA4 copies are the one thing the add-on may drop to make room (their months then rebuild without a GA4 tab). */
const GA4_COPY = /^kpi-planner\.ga4\.(\d{4}-\d{2})(?:#\d+)?$/;

/** writeJson that, when the store is full, drops the oldest months' GA4 copies (never `keepMonth`'s) until it fits. */
export function writeJsonMakingRoom(
  store: KeyValueStore | null, all: Record<string, string>, key: string, value: unknown, keepMonth?: string,
): void {
  for (;;) {
    try {
      return writeJson(store, all, key, value);
    } catch (e) {
      const months = [...new Set(Object.keys(all).map((k) => GA4_COPY.exec(k)?.[1]))]
        .filter((m) => m && m !== keepMonth)
        .sort();
      if (!(e instanceof StoreFullError) || !store || months.length === 0) throw e;
      deleteKeys(store, all, Object.keys(all).filter((k) => GA4_COPY.exec(k)?.[1] === months[0]));
    }
  }
}
