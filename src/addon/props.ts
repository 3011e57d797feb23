// JSON values in document properties, split into pieces because one property holds at most 9 KB.
import type { KeyValueStore } from './services';

/** Characters per piece: under 9 KB even when every character takes a few bytes. */
const PIECE = 2_000;

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

/** One write for all pieces; pieces a longer earlier value left behind are deleted. */
export function writeJson(store: KeyValueStore | null, all: Record<string, string>, key: string, value: unknown): void {
  if (!store) return;
  const text = JSON.stringify(value);
  const update: Record<string, string> = {};
  let count = 0;
  if (text.length <= PIECE) update[key] = text;
  else {
    for (let at = 0; at < text.length; at += PIECE) update[`${key}#${count++}`] = text.slice(at, at + PIECE);
    update[key] = `pieces:${count}`;
  }
  store.setProperties(update);
  for (let i = count; all[`${key}#${i}`] !== undefined; i++) store.deleteProperty(`${key}#${i}`);
  Object.assign(all, update);
}
