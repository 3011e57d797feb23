// Words for "how often / when" in the plan: the source's own wording when it has one, else generated.
import type { Labels } from '../i18n';
import { pick } from '../i18n';
import type { Language, Recurrence, Step } from '../template/schema';

function range(min: number, max: number): string {
  return min === max ? String(min) : `${min}–${max}`;
}

export function recurrenceWords(rec: Recurrence, l: Labels, eventName?: string): string {
  switch (rec.kind) {
    case 'daily': return l.recurrence.daily;
    case 'weekly': return l.recurrence.weekly(range(rec.min, rec.max));
    case 'monthly': return l.recurrence.monthly(range(rec.min, rec.max));
    case 'every-months': return l.recurrence.everyMonths(range(rec.min, rec.max));
    case 'quarterly': return l.recurrence.quarterly;
    case 'yearly': return l.recurrence.yearly(range(rec.min, rec.max));
    case 'admission':
      return rec.offsetMonths === 0 ? l.recurrence.atAdmission : l.recurrence.admission(rec.offsetMonths < 0, Math.abs(rec.offsetMonths));
    case 'as-needed': return l.plan.asNeeded;
    case 'event': return eventTimingWords(rec, l, eventName ?? l.event[rec.event]);
  }
}

function eventTimingWords(rec: Extract<Recurrence, { kind: 'event' }>, l: Labels, eventName: string): string {
  if (rec.anchor === 'end') return l.plan.afterEvent(eventName);
  const { months = 0, weeks = 0, days = 0, minutes = 0 } = rec.offset;
  const parts: string[] = [];
  if (months) parts.push(l.timing.month(Math.abs(months)));
  if (weeks) parts.push(l.timing.week(Math.abs(weeks)));
  if (days) parts.push(l.timing.day(Math.abs(days)));
  if (minutes) parts.push(l.timing.minute(Math.abs(minutes)));
  if (parts.length === 0) return eventName;
  const before = months + weeks + days + minutes < 0;
  const what = minutes ? l.timing.start : eventName.toLowerCase();
  return `${parts.join(' ')} ${before ? l.timing.before : l.timing.after} ${what}`;
}

/** The step's own wording (the source document's), or words made from its structured recurrence. */
export function stepWhen(step: Step, lang: Language, l: Labels): string {
  return step.recurrenceText ? pick(step.recurrenceText, lang) : recurrenceWords(step.recurrence, l);
}
