// Shows a failed call: the server's message with the field's path worded as the label the manager sees.
import { fieldLabel } from './i18n';
import { ServerError } from './server';
import { failure } from './status';

/** What each section is handed to show a failure with. */
export type Report = (error: unknown) => void;

export function report(error: unknown): void {
  if (!(error instanceof ServerError)) return failure(error instanceof Error ? error.message : String(error));
  // The server's message quotes the field's path ("field" or field: …); show the label the manager sees instead.
  // Only the quoted path is replaced, never the same word in the text (a "GA4 property" stays one).
  const label = error.field ? fieldLabel(error.field) : null;
  const path = error.field?.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const message = label && path
    ? error.message.replace(new RegExp(`(^|["„“])${path}(?=["“”:])`, 'g'), (_, before: string) => before + label)
    : error.message;
  failure(message, error.field);
}
