// Calendar arithmetic on ISO dates (UTC-based so it never depends on the machine's time zone or clock).
import { daysInMonth, isIsoDate, isMonthId } from '../dates';
import { InputError } from '../errors';

const DAY_MS = 86_400_000;

export interface Month {
  year: number;
  /** 1–12 */
  month: number;
  /** `YYYY-MM` */
  id: string;
  days: number;
  first: string;
  last: string;
}

export function parseMonth(text: string, field = 'month'): Month {
  const id = text.trim();
  if (!isMonthId(id)) {
    throw new InputError(`${field}: "${text}" is not a month; write it as YYYY-MM, e.g. 2026-11, from 1900 on`);
  }
  return monthOf(Number(id.slice(0, 4)), Number(id.slice(5, 7)));
}

export function monthOf(year: number, month: number): Month {
  const days = daysInMonth(year, month);
  const id = `${year}-${pad(month)}`;
  return { year, month, id, days, first: `${id}-01`, last: `${id}-${pad(days)}` };
}

export function addMonths(m: Month, n: number): Month {
  const index = m.year * 12 + (m.month - 1) + n;
  return monthOf(Math.floor(index / 12), (index % 12) + 1);
}

export function parseIsoDate(text: string, field: string): string {
  const iso = text.trim();
  if (isIsoDate(iso)) return iso;
  throw new InputError(`${field}: "${text}" is not a date; write it as YYYY-MM-DD, e.g. 2026-11-20, from 1900 on`);
}

export function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function toIso(d: Date): string {
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

function fromIso(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d));
}

export function addDays(iso: string, n: number): string {
  return toIso(new Date(fromIso(iso).getTime() + n * DAY_MS));
}

/** Same day of month `n` months later, clamped to the month's last day (31 Mar − 1 month = 28/29 Feb). */
export function addCalendarMonths(iso: string, n: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  const target = addMonths(monthOf(y, m), n);
  return `${target.id}-${pad(Math.min(d, target.days))}`;
}

/** 1 = Monday … 7 = Sunday (ISO). */
export function isoWeekday(iso: string): number {
  return ((fromIso(iso).getUTCDay() + 6) % 7) + 1;
}

export function isWorkingDay(iso: string): boolean {
  return isoWeekday(iso) <= 5;
}

export function daysOf(m: Month): string[] {
  return Array.from({ length: m.days }, (_, i) => `${m.id}-${pad(i + 1)}`);
}

/** The first working day on or after `day` in the month; the last working day before it if none is left. */
export function workingDayFrom(m: Month, day: number): string {
  const days = daysOf(m);
  const after = days.slice(day - 1).find(isWorkingDay);
  return after ?? days.slice(0, day - 1).reverse().find(isWorkingDay) ?? days[day - 1];
}

/** Minutes since midnight ↔ HH:MM, with day carry for times pushed past midnight. */
export function shiftTime(iso: string, time: string, minutes: number): { date: string; time: string } {
  const [h, min] = time.split(':').map(Number);
  const total = h * 60 + min + minutes;
  const dayShift = Math.floor(total / 1440);
  const rest = total - dayShift * 1440;
  return { date: addDays(iso, dayShift), time: `${pad(Math.floor(rest / 60))}:${pad(rest % 60)}` };
}
