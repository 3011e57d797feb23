// google.script.run as typed promises: one call per ServerApi function, its Reply unwrapped, progress shown.
import type { ServerApi, ServerFunction } from '../addon/api';
import { t } from './i18n';
import { busy } from './status';

/** What `name` takes and what its `{ ok: true, value }` carries, read off ServerApi so both sides agree. */
export type ArgsOf<K extends ServerFunction> = Parameters<ServerApi[K]>[0];
export type ValueOf<K extends ServerFunction> = Extract<ReturnType<ServerApi[K]>, { ok: true }>['value'];

/** The client half of Apps Script's google.script.run, limited to the functions the add-on exports. */
type ScriptRun = {
  withSuccessHandler(handler: (result: unknown) => void): ScriptRun;
  withFailureHandler(handler: (error: unknown) => void): ScriptRun;
} & { [K in ServerFunction]: (args: ArgsOf<K>) => void };

// HtmlService defines `google` in the sidebar's frame; the tests put an equivalent there.
declare const google: { script: { run: ScriptRun } };

/** A refusal the manager can act on: the server's words, and the form field they are about. */
export class ServerError extends Error {
  constructor(message: string, readonly field?: string) {
    super(message);
    this.name = 'ServerError';
  }
}

/**
 * Calls a server function. Resolves with its value; rejects with a ServerError carrying the
 * server's message (and field) or, when Google itself failed, a message saying so.
 * With `progress`, the sidebar shows it and disables the buttons until the answer arrives.
 */
export function call<K extends ServerFunction>(name: K, args: ArgsOf<K>, progress?: string): Promise<ValueOf<K>> {
  const done = progress ? busy(progress) : () => undefined;
  return new Promise<ValueOf<K>>((resolve, reject) => {
    const runner = google.script.run
      .withSuccessHandler((reply) => {
        const checked = unwrap<ValueOf<K>>(reply);
        if (checked.ok) resolve(checked.value);
        else reject(checked.error);
      })
      .withFailureHandler((error) => reject(googleFailure(error)));
    // TypeScript cannot correlate a generic key with its own argument type, so name it once here.
    const send = runner[name] as (args: ArgsOf<K>) => void;
    send.call(runner, args);
  }).finally(done);
}

function unwrap<T>(reply: unknown): { ok: true; value: T } | { ok: false; error: ServerError } {
  if (typeof reply === 'object' && reply !== null && 'ok' in reply) {
    const r = reply as { ok: unknown; value?: unknown; error?: unknown; field?: unknown };
    if (r.ok === true) return { ok: true, value: r.value as T };
    if (r.ok === false && typeof r.error === 'string') {
      return { ok: false, error: new ServerError(r.error, typeof r.field === 'string' && r.field ? r.field : undefined) };
    }
  }
  // Every server function answers a Reply; anything else means the bundle and the sidebar disagree.
  return { ok: false, error: new ServerError(t().badAnswer) };
}

/** The failure handler gets Google's own error (the script threw, timed out, or the network failed). */
function googleFailure(error: unknown): ServerError {
  const detail = error instanceof Error ? error.message : typeof error === 'string' ? error : String(error);
  // Several signed-in accounts make Apps Script refuse the sidebar's calls; say how to get around it.
  if (/PERMISSION_DENIED|authori[sz]ation is required/i.test(detail)) return new ServerError(t().accessDenied);
  return new ServerError(t().unreachable(detail.slice(0, 300) || '?'));
}
