// Handlers that change the document run one at a time: a second caller is told to try again, never interleaved.
import { InputError } from '../core/errors';
import type { Language } from '../core/template/schema';
import { messages } from './messages';
import type { Services } from './services';

/**
 * How long a second caller waits for the first. A double click or the menu during a generation usually finds
 * the lock free within this; a longer wait would only hold the sidebar spinner for nothing.
 */
export const LOCK_WAIT_MS = 10_000;

/** Runs `fn` holding the document lock; a caller that cannot get it in time gets the "busy" message. */
export function withDocumentLock<T>(services: Services, lang: () => Language, fn: () => T): T {
  const lock = services.documentLock();
  if (!lock) return fn();
  if (!lock.tryLock(LOCK_WAIT_MS)) throw new InputError(messages(lang()).busy);
  try {
    return fn();
  } finally {
    lock.releaseLock();
  }
}
