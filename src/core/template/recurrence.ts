// How often a template's step recurs: the zod schema of a step's `recurrence`, with messages that name valid ranges.
import * as z from 'zod';
import { EVENT_TYPES } from '../constants';

/** `min`–`max` times per period, at most `most` (a week has 7 days, a month 31, a year 12 months). */
function times(per: string, most: number, range = `1–${most} times per ${per}`) {
  const count = () => z.number({ error: `a whole number: ${range}` })
    .int(`a whole number: ${range}`)
    .min(1, `at least 1: ${range}`)
    .max(most, `at most ${most}: ${range}`);
  return { min: count(), max: count() };
}

/** A whole number within ±`most`, for event offsets; the message names the valid range. */
function offset(unit: string, most: number) {
  const range = `a whole number of ${unit} from -${most} to ${most}`;
  return z.number({ error: range }).int(range).min(-most, range).max(most, range).optional();
}

const MIN_MAX = { message: 'min must not be above max', path: ['min'] };
const minNotAboveMax = (r: { min: number; max: number }) => r.min <= r.max;

/**
 * How often a step recurs. `original` keeps the source wording (e.g. "2–3× per savaitę").
 * Ranges (`min`–`max`) are planned at `max`: a plan should hold every occurrence that may happen.
 */
export const Recurrence = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('daily') }).strict(),
  z.object({ kind: z.literal('weekly'), ...times('week', 7) }).strict().refine(minNotAboveMax, MIN_MAX),
  z.object({ kind: z.literal('monthly'), ...times('month', 31) }).strict().refine(minNotAboveMax, MIN_MAX),
  /** Once every `min`–`max` months (1–12); planned every `min` months from January. */
  z.object({ kind: z.literal('every-months'), ...times('', 12, 'every 1–12 months') })
    .strict().refine(minNotAboveMax, MIN_MAX),
  z.object({ kind: z.literal('quarterly') }).strict(),
  /** `months` (1–12) says when; default January, or January and July for twice. */
  z.object({
    kind: z.literal('yearly'), ...times('year', 12),
    months: z.array(z.number().int().min(1, 'a month 1–12').max(12, 'a month 1–12')).max(12).optional(),
  }).strict().refine(minNotAboveMax, MIN_MAX),
  /** Twice a year around the admission rounds: `offsetMonths` before (<0) or after (>0) each round. */
  z.object({ kind: z.literal('admission'), offsetMonths: z.number().int().min(-11).max(11) }).strict(),
  /** Relative to each listed event of `event` type; offsets add up (negative = before). */
  z.object({
    kind: z.literal('event'),
    event: z.enum(EVENT_TYPES),
    anchor: z.enum(['start', 'end']).default('start'),
    offset: z.object({
      months: offset('months', 12), weeks: offset('weeks', 52),
      days: offset('days', 366), minutes: offset('minutes', 1440),
    }).strict(),
  }).strict(),
  z.object({ kind: z.literal('as-needed') }).strict(),
]);
export type Recurrence = z.infer<typeof Recurrence>;
