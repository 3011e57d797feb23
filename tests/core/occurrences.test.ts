// Recurrence expansion: every kind of "how often" lands on the right dates of a month.
import { describe, expect, it } from 'vitest';
import type { EventRecord } from '../../src/core/model/input';
import { parseMonth } from '../../src/core/plan/calendar';
import { occurrences } from '../../src/core/plan/occurrences';
import type { Recurrence } from '../../src/core/template/schema';
import { findTemplate } from '../../src/core/template/registry';

const college = findTemplate('social-media-content')!;
const nov = parseMonth('2026-11');
const dates = (rec: Recurrence, month = nov, events: EventRecord[] = []) =>
  occurrences(rec, month, college, events).map((o) => (o.time ? `${o.date} ${o.time}` : o.date));
const events: EventRecord[] = [
  { type: 'webinar', date: '2026-12-10', time: '18:00', title: 'Marketing 101' },
  { type: 'open-day', date: '2026-11-26', time: '17:00', title: 'Online open day' },
];

describe('occurrences', () => {
  it('daily: every working day', () => expect(dates({ kind: 'daily' })).toHaveLength(21));
  it('2–3× a week: Mon, Wed, Fri', () => expect(dates({ kind: 'weekly', min: 2, max: 3 }).slice(0, 3)).toEqual(['2026-11-02', '2026-11-04', '2026-11-06']));
  it('weekly: Mondays', () => expect(dates({ kind: 'weekly', min: 1, max: 1 })).toEqual(['2026-11-02', '2026-11-09', '2026-11-16', '2026-11-23', '2026-11-30']));
  it('1–2× a month: spread, on working days', () => expect(dates({ kind: 'monthly', min: 1, max: 2 })).toEqual(['2026-11-02', '2026-11-16']));
  it('1× a month: first working day', () => expect(dates({ kind: 'monthly', min: 1, max: 1 })).toEqual(['2026-11-02']));
  it('every 2–3 months: odd months only', () => {
    expect(dates({ kind: 'every-months', min: 2, max: 3 }, parseMonth('2026-12'))).toEqual([]);
    expect(dates({ kind: 'every-months', min: 2, max: 3 })).toEqual(['2026-11-02']);
  });
  it('quarterly: first month of a quarter', () => expect(dates({ kind: 'quarterly' }, parseMonth('2026-10'))).toEqual(['2026-10-01']));
  it('yearly in its month only', () => {
    expect(dates({ kind: 'yearly', min: 1, max: 1, months: [11] })).toEqual(['2026-11-02']);
    expect(dates({ kind: 'yearly', min: 1, max: 1 })).toEqual([]);
  });
  it('twice a year: 3 months before each admission round (Feb, Aug)', () => {
    expect(dates({ kind: 'admission', offsetMonths: -3 })).toEqual(['2026-11-02']);
    expect(dates({ kind: 'admission', offsetMonths: -3 }, parseMonth('2026-05'))).toEqual(['2026-05-01']);
    expect(dates({ kind: 'admission', offsetMonths: -3 }, parseMonth('2026-06'))).toEqual([]);
  });
  it('webinar publicity one month before, even for next month\'s webinar', () =>
    expect(dates({ kind: 'event', event: 'webinar', anchor: 'start', offset: { months: -1 } }, nov, events)).toEqual(['2026-11-10']));
  it('open-day publicity one week before', () =>
    expect(dates({ kind: 'event', event: 'open-day', anchor: 'start', offset: { weeks: -1 } }, nov, events)).toEqual(['2026-11-19']));
  it('automated SMS 15 minutes before and 10 minutes after the start', () => {
    expect(dates({ kind: 'event', event: 'open-day', anchor: 'start', offset: { minutes: -15 } }, nov, events)).toEqual(['2026-11-26 16:45']);
    expect(dates({ kind: 'event', event: 'open-day', anchor: 'start', offset: { minutes: 10 } }, nov, events)).toEqual(['2026-11-26 17:10']);
  });
  it('after the event: same day, no clock time', () =>
    expect(dates({ kind: 'event', event: 'open-day', anchor: 'end', offset: {} }, nov, events)).toEqual(['2026-11-26']));
  it('events outside the month make no rows', () =>
    expect(dates({ kind: 'event', event: 'webinar', anchor: 'start', offset: {} }, nov, events)).toEqual([]));
  it('as needed: one undated row', () => expect(dates({ kind: 'as-needed' })).toEqual([null]));
});
