// Reads the --events CSV (type, date, optional time, title) into event records.
import type { EventRecord } from '../model/input';
import { EVENT_TYPES, type EventType } from '../template/schema';
import { showValue } from '../errors';
import { cellError, cellText, parseCsv } from './csv';

const COLUMNS = { required: ['type', 'date', 'title'], optional: ['time'] } as const;

/**
 * Spellings people use for each type, compared after lower-casing and turning spaces and
 * underscores into dashes; the Latvian and Lithuanian words are what the seed documents use.
 * A Map, so "constructor" or "__proto__" is just an unknown word.
 */
const ALIASES = new Map<string, EventType>(Object.entries({
  webinars: 'webinar', 'web-seminar': 'webinar', 'vebinārs': 'webinar', 'webinārs': 'webinar',
  'vebinaras': 'webinar', 'webinaras': 'webinar',
  'open-days': 'open-day', 'open-door-day': 'open-day', 'open-doors-day': 'open-day', 'opendoor-day': 'open-day',
  openday: 'open-day', 'open-house': 'open-day', 'atvērto-durvju-diena': 'open-day', 'atvirų-durų-diena': 'open-day',
  'guest-lectures': 'guest-lecture', guestlecture: 'guest-lecture', 'vieslekcija': 'guest-lecture',
  'viesu-lekcija': 'guest-lecture', 'svečio-paskaita': 'guest-lecture', 'vieša-paskaita': 'guest-lecture',
  conferences: 'conference', konference: 'conference', konferencija: 'conference',
  cits: 'other', cita: 'other', kita: 'other', kitas: 'other',
} satisfies Record<string, EventType>));

export function parseEventType(text: string): EventType | null {
  const k = text.normalize('NFC').trim().toLowerCase().replace(/[\s_]+/g, '-');
  if ((EVENT_TYPES as readonly string[]).includes(k)) return k as EventType;
  return ALIASES.get(k) ?? null;
}

/** A real calendar date from 1900 on (spreadsheets cannot show earlier ones). */
export function isRealDate(y: number, m: number, d: number): boolean {
  if (y < 1900) return false;
  // Date.UTC rolls 2026-02-30 over to March; a real date survives the round trip.
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

/**
 * A calendar date → `YYYY-MM-DD`, or null. Besides ISO we accept DD.MM.YYYY and YYYY.MM.DD.,
 * which Excel in Latvia and Lithuania writes when it re-saves a CSV whose dates it recognised.
 */
export function parseDateText(text: string): string | null {
  const t = text.trim();
  let m = /^(\d{4})[-.](\d{1,2})[-.](\d{1,2})\.?$/.exec(t);
  let y: string, mo: string, d: string;
  if (m) [, y, mo, d] = m;
  else if ((m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})\.?$/.exec(t))) [, d, mo, y] = m;
  else return null;
  if (!isRealDate(Number(y), Number(mo), Number(d))) return null;
  return `${y}-${mo.padStart(2, '0')}-${d.padStart(2, '0')}`;
}

/** `H:MM`, `HH:MM` or `HH:MM:SS` (Excel adds seconds) → `HH:MM`, or null. */
export function parseTimeText(text: string): string | null {
  const m = /^(\d{1,2})[:.](\d{2})(?::00)?$/.exec(text.trim());
  if (!m || Number(m[1]) > 23 || Number(m[2]) > 59) return null;
  return `${m[1].padStart(2, '0')}:${m[2]}`;
}

/** Parses the events file. Titles stay exactly as written (trimmed): text, never a formula. */
export function parseEventsCsv(text: string, fileName: string): EventRecord[] {
  const table = parseCsv(text, fileName, COLUMNS);
  return table.records.map((r) => {
    const typeText = cellText(table, r, 'type');
    const type = parseEventType(typeText);
    if (!type) {
      const valid = EVENT_TYPES.join(', ');
      throw cellError(table, r, 'type', `unknown event type ${showValue(typeText)}; valid types: ${valid}`);
    }
    const dateText = cellText(table, r, 'date');
    const date = parseDateText(dateText);
    if (!date) {
      const valid = 'write YYYY-MM-DD, e.g. 2026-11-05';
      throw cellError(table, r, 'date', `${showValue(dateText)} is not a calendar date from 1900 on: ${valid}`);
    }
    const timeText = cellText(table, r, 'time');
    const time = timeText === '' ? undefined : parseTimeText(timeText);
    if (time === null)
      throw cellError(table, r, 'time', `${showValue(timeText)} is not a time: write HH:MM (24-hour), e.g. 18:00`);
    const title = cellText(table, r, 'title');
    if (title === '') throw cellError(table, r, 'title', 'the event needs a title');
    const event: EventRecord = { type, date, title };
    if (time) event.time = time;
    return event;
  });
}
