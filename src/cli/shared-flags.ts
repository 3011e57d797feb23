// The flags several commands share, read strictly: --month, --today and --final (the as-of date), --profile.
import { InputError, showValue } from '../core/errors';
import { isIsoDate, isMonthId } from '../core/dates';
import { parseMonth } from '../core/plan/calendar';
import { AUDIENCES } from '../core/template/schema';

/** `--month` is strict YYYY-MM: it names the report, so there is no guessing here (unlike CSV cells). */
export function checkMonthFlag(text: string): string {
  if (!isMonthId(text)) {
    throw new InputError(`--month must be a month as YYYY-MM, e.g. 2026-11, from 1900 on, not ${showValue(text)}`);
  }
  return text;
}

export function checkTodayFlag(text: string): string {
  if (!isIsoDate(text)) {
    throw new InputError(
      `--today must be a calendar date as YYYY-MM-DD, e.g. 2026-11-20, from 1900 on, not ${showValue(text)}`,
    );
  }
  return text;
}

/** `--profile services,solo`: the template schema's audiences, comma separated; anything else names the valid ones. */
export function checkProfileFlag(text: string): string[] {
  const given = text.split(',').map((a) => a.trim()).filter((a) => a !== '');
  const bad = given.filter((a) => !(AUDIENCES as readonly string[]).includes(a));
  if (given.length === 0 || bad.length) {
    throw new InputError(`--profile takes a comma list of ${AUDIENCES.join(', ')}, not ${showValue(bad[0] ?? text)}`);
  }
  return [...new Set(given)];
}

/**
 * The as-of date: `--final` reports the month as closed, as of its last day; with `--today` that is bad input, not
 * silently ignored, since the two ask for different reports.
 */
export function asOfDate(flags: { today?: string; final: boolean }, month: string, now: Date): string {
  if (flags.final && flags.today !== undefined) {
    throw new InputError('--final reports the month as of its last day; leave out --today');
  }
  if (flags.final) return parseMonth(month).last;
  return flags.today === undefined ? localDate(now) : checkTodayFlag(flags.today);
}

/** The user's local calendar date: "today" for pacing is the date on their wall, not UTC's. */
export function localDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The flags a command cannot run without: one error naming every one that is missing. */
export function requireFlags(flags: Record<string, unknown>, names: readonly string[], command: string): void {
  const missing = names.filter((f) => flags[f] === undefined);
  if (missing.length) {
    throw new InputError(`missing ${missing.map((f) => `--${f}`).join(', ')}; see kpi-planner ${command} --help`);
  }
}
