// "How often / when" in the plan: the template's own wording where it has one, else grammatical generated words.
import type { Labels } from '../i18n';
import { pick } from '../i18n';
import type { Language, Recurrence, Step, Task } from '../template/schema';

function range(min: number, max: number): string {
  return min === max ? String(min) : `${min}–${max}`;
}

export function recurrenceWords(rec: Recurrence, l: Labels): string {
  switch (rec.kind) {
    case 'daily': return l.recurrence.daily;
    case 'weekly': return l.recurrence.weekly(range(rec.min, rec.max));
    case 'monthly': return l.recurrence.monthly(range(rec.min, rec.max));
    case 'every-months': return l.recurrence.everyMonths(range(rec.min, rec.max));
    case 'quarterly': return l.recurrence.quarterly;
    case 'yearly': return l.recurrence.yearly(range(rec.min, rec.max));
    case 'admission':
      if (rec.offsetMonths === 0) return l.recurrence.atAdmission;
      return l.recurrence.admission(rec.offsetMonths < 0, Math.abs(rec.offsetMonths));
    case 'as-needed': return l.plan.asNeeded;
    case 'event': return eventTimingWords(rec, l);
  }
}

type EventRecurrence = Extract<Recurrence, { kind: 'event' }>;

/**
 * "1 month before the webinar", "15 min before the start", "after the open day". Each language's labels carry the
 * event nouns in the case its preposition takes (lv genitive; lt accusative after "prieš", genitive after "po").
 */
export function eventTimingWords(rec: EventRecurrence, l: Labels): string {
  const t = l.timing;
  if (rec.anchor === 'end') return `${t.after} ${t.eventAfter[rec.event]}`;
  const { months = 0, weeks = 0, days = 0, minutes = 0 } = rec.offset;
  const amounts: string[] = [];
  if (months) amounts.push(t.month(Math.abs(months)));
  if (weeks) amounts.push(t.week(Math.abs(weeks)));
  if (days) amounts.push(t.day(Math.abs(days)));
  if (minutes) amounts.push(t.minute(Math.abs(minutes)));
  // The event itself: its name is the whole answer to "when".
  if (amounts.length === 0) return l.event[rec.event];
  const before = months * 43_200 + weeks * 10_080 + days * 1_440 + minutes < 0;
  // Minutes are counted from the start of the event, so they say "the start" rather than the event's name.
  const what = minutes ? (before ? t.startBefore : t.startAfter) : (before ? t.eventBefore : t.eventAfter)[rec.event];
  const last = amounts.pop()!;
  const amount = amounts.length ? `${amounts.join(' ')} ${t.and} ${last}` : last;
  return `${amount} ${before ? t.before : t.after} ${what}`;
}

/** The step's own wording (the source document's), or words made from its structured recurrence. */
export function stepWhen(step: Step, lang: Language, l: Labels): string {
  return step.recurrenceText ? pick(step.recurrenceText, lang) : recurrenceWords(step.recurrence, l);
}

/** A timed task's own wording when the template gives one, else generated words for its timing. */
export function taskWhen(task: Task, lang: Language, l: Labels): string {
  if (task.timingText) return pick(task.timingText, lang);
  return task.timing ? recurrenceWords(task.timing, l) : '';
}
