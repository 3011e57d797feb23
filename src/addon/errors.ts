// Turns anything a server function throws into a Reply the manager can act on, and logs the unexpected.
import * as z from 'zod';
import { InputError } from '../core/errors';
import { redact } from '../core/redact';
import { fieldPath } from '../core/template/parse';
import type { Language } from '../core/template/schema';
import type { Reply } from './api';
import { messages } from './messages';
import { StoreFullError } from './props';

/** A refusal about one sidebar field: the sidebar marks the field, so the message carries no "field:" prefix. */
export function fieldError(message: string, field?: string): InputError {
  const error = new InputError(message, field);
  error.message = message;
  return error;
}

export interface ErrorContext {
  /** The language to answer in (worked out only when something failed). */
  lang(): Language;
  log(message: string): void;
}

export function describe(error: unknown, lang: Language): { error: string; field?: string } {
  const m = messages(lang);
  if (error instanceof z.ZodError) {
    const issue = error.issues[0];
    const field = fieldPath(issue.path);
    return { error: m.checkField(field, issue.message), ...(field ? { field } : {}) };
  }
  if (error instanceof InputError) return { error: error.message, ...(error.where ? { field: error.where } : {}) };
  // Written before any sheet changes (settings, the month list, a GA4 copy), so nothing was changed.
  if (error instanceof StoreFullError) return { error: m.storeFull };
  return { error: m.generic };
}

/** Runs a server function: its value, or the error in words; the unexpected ones go to the log too. */
export function toReply<T>(name: string, ctx: ErrorContext, fn: () => T): Reply<T> {
  try {
    return { ok: true, value: fn() };
  } catch (error) {
    let lang: Language = 'en';
    try {
      lang = ctx.lang();
    } catch {
      // The language is a nicety; answering matters more.
    }
    if (!(error instanceof z.ZodError) && !(error instanceof InputError) && !(error instanceof StoreFullError)) {
      const e = error instanceof Error ? error : new Error(String(error));
      const stack = (e.stack ?? '').split('\n').slice(1, 6).join('\n');
      try {
        // Tokens and keys never reach the log, even if some library put one into a message.
        ctx.log(redact(`KPI Planner ${name} failed: ${e.name}: ${e.message.slice(0, 500)}\n${stack}`));
      } catch {
        // A failing logger must not hide the answer.
      }
    }
    return { ok: false, ...describe(error, lang) };
  }
}
