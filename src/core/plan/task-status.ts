// Task statuses by meaning, not by word: codes for formulas, and typed words read back in any language.
import { labels } from '../i18n';
import type { EntryValue } from '../model/input';
import { LANGUAGES, type Language } from '../template/schema';

export const TASK_STATUSES = ['planned', 'inProgress', 'done', 'cancelled'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

/**
 * The number the plan's hidden code column holds for each status (0: blank or unknown). Counts and rules compare
 * these numbers, so they keep working when the sheet is regenerated in another language. Closed = code ≥ 3.
 */
export const STATUS_CODE: Record<TaskStatus, number> = { planned: 1, inProgress: 2, done: 3, cancelled: 4 };
export const CLOSED_FROM_CODE = STATUS_CODE.done;

const fold = (s: string) => s.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('en');

/** Every language's word → its status (the words differ across languages, so one table serves all). */
const BY_WORD = new Map<string, TaskStatus>(
  LANGUAGES.flatMap((lang) => TASK_STATUSES.map((st) => [fold(labels(lang).taskStatus[st]), st] as const)),
);

/** The status a typed value means, in whichever language it was typed; null when it is none of them. */
export function taskStatusOf(value: EntryValue | undefined): TaskStatus | null {
  return typeof value === 'string' ? (BY_WORD.get(fold(value)) ?? null) : null;
}

/** A typed status as the sheet's language writes it; anything that is not a status comes back unchanged. */
export function statusInLanguage(value: EntryValue | undefined, lang: Language): string | null {
  if (value === undefined || value === null || value === '') return null;
  const status = taskStatusOf(value);
  return status ? labels(lang).taskStatus[status] : String(value);
}

/**
 * Formula text (no `=`) giving the status code of the word in `cell`: a sum of comparisons rather than MATCH over an
 * array constant, which Sheets locales write differently. Comparison is case-insensitive in every engine.
 */
export function statusCodeFormula(cell: string, lang: Language): string {
  const words = labels(lang).taskStatus;
  return TASK_STATUSES.map((st) => `(${cell}="${words[st].replace(/"/g, '""')}")*${STATUS_CODE[st]}`).join('+');
}
