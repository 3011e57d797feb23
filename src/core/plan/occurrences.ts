// Where a recurrence falls in a month: the dates (and times) a step or task is due.
import type { EventRecord } from '../model/input';
import type { Recurrence, Template } from '../template/schema';
import {
  addCalendarMonths, addDays, addMonths, daysOf, isoWeekday, isWorkingDay, shiftTime, workingDayFrom, type Month,
} from './calendar';

export interface Occurrence {
  /** null: no fixed date (as needed). */
  date: string | null;
  time: string | null;
  /** The event this occurrence hangs on, for event-relative recurrences. */
  event?: EventRecord;
  /** The admission round it belongs to, for admission recurrences. */
  round?: string;
}

/** Weekdays (1 = Mon) for n times a week, spread so the work does not bunch up. */
const WEEK_PATTERNS: Record<number, number[]> = { 1: [1], 2: [1, 4], 3: [1, 3, 5], 4: [1, 2, 4, 5], 5: [1, 2, 3, 4, 5] };

export function occurrences(rec: Recurrence, month: Month, template: Template, events: EventRecord[]): Occurrence[] {
  const at = (date: string): Occurrence => ({ date, time: null });
  switch (rec.kind) {
    case 'daily':
      return daysOf(month).filter(isWorkingDay).map(at);
    case 'weekly': {
      const pattern = WEEK_PATTERNS[Math.min(rec.max, 5)];
      return daysOf(month).filter((d) => pattern.includes(isoWeekday(d))).map(at);
    }
    case 'monthly': {
      // Spread n dates evenly over the month, each moved to a working day; duplicates collapse.
      const dates = Array.from({ length: rec.max }, (_, i) => workingDayFrom(month, 1 + Math.floor((i * month.days) / rec.max)));
      return [...new Set(dates)].map(at);
    }
    case 'every-months':
      return (month.month - 1) % rec.min === 0 ? [at(workingDayFrom(month, 1))] : [];
    case 'quarterly':
      return (month.month - 1) % 3 === 0 ? [at(workingDayFrom(month, 1))] : [];
    case 'yearly': {
      const months = rec.months ?? (rec.max >= 2 ? [1, 7] : [1]);
      return months.includes(month.month) ? [at(workingDayFrom(month, 1))] : [];
    }
    case 'admission':
      return template.admissionRounds
        .filter((r) => addMonths({ ...month, month: r.month, year: month.year }, rec.offsetMonths).month === month.month)
        .map((r) => ({ ...at(workingDayFrom(month, 1)), round: r.id }));
    case 'event':
      return events
        .filter((e) => e.type === rec.event)
        .map((e) => eventOccurrence(rec, e))
        .filter((o) => o.date !== null && o.date >= month.first && o.date <= month.last);
    case 'as-needed':
      return [{ date: null, time: null }];
  }
}

type EventRecurrence = Extract<Recurrence, { kind: 'event' }>;

function eventOccurrence(rec: EventRecurrence, event: EventRecord): Occurrence {
  const { months = 0, weeks = 0, days = 0, minutes = 0 } = rec.offset;
  let date = addDays(addCalendarMonths(event.date, months), weeks * 7 + days);
  let time: string | null = null;
  if (rec.anchor === 'end') return { date, time: null, event };
  // A time only means something for the event itself and minute-level offsets (the automated SMS),
  // not for "one month before".
  if (event.time && (minutes !== 0 || months + weeks + days === 0)) {
    const shifted = shiftTime(date, event.time, minutes);
    date = shifted.date;
    time = shifted.time;
  }
  return { date, time, event };
}
