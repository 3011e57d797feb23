// What the daily trigger runs: find the document it was turned on in, refresh it, or record why it could not.
import { redact } from '../core/redact';
import { runDailyRefresh } from './daily-refresh';
import { documentOfTrigger, recordUnopened } from './refresh-trigger';
import type { Services } from './services';
import { userStore } from './user-store';

/** `services(documentId)` opens the document: the active one, or by id where a trigger has none. */
export function refreshFromTrigger(services: (documentId?: string) => Services, triggerId: string | undefined): void {
  const user = userStore(services());
  const documentId = documentOfTrigger(user, triggerId);
  const here = services(documentId);
  try {
    here.spreadsheet().getId();
  } catch (error) {
    // Nothing can be written into a document the trigger cannot open: the user's sidebar says so next time.
    const message = redact(String((error as Error)?.message ?? error)).replace(/^Exception:\s*/, '').slice(0, 300);
    const at = `${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`;
    if (documentId) recordUnopened(user, documentId, at, message);
    here.log(`KPI Planner dailyRefresh could not open its document: ${message}`);
    return;
  }
  runDailyRefresh(here);
}
