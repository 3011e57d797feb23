// The error for bad input (files, flags, templates) and the one way messages echo what the user gave.

/** Bad input the user can fix. `where` locates it, e.g. "data.csv:4:2" or a template field path. */
export class InputError extends Error {
  readonly where?: string;

  constructor(message: string, where?: string) {
    super(where ? `${where}: ${message}` : message);
    this.name = 'InputError';
    this.where = where;
  }
}

/** How much of a user's value a message repeats: enough to recognise it, never a whole file. */
export const SHOWN_LENGTH = 80;

// C0/C1 controls, DEL, line/paragraph separators and bidi overrides: a terminal would act on them.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/g;

function escaped(c: string): string {
  const named: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
  return Object.hasOwn(named, c) ? named[c] : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/**
 * A user's value as a message may show it, in double quotes: control characters (escape
 * sequences, line breaks) written out as `\n` or `\u001b`, and cut to about 80 characters.
 * `quoted: false` is for names that read better bare (file paths, flags).
 */
export function showValue(value: unknown, quoted = true): string {
  const text = String(value);
  const cut = [...text.slice(0, SHOWN_LENGTH * 2)].slice(0, SHOWN_LENGTH).join('');
  const more = cut.length < text.length ? `… (${text.length} characters)` : '';
  const shown = cut.replace(UNSAFE, escaped);
  return quoted ? `"${shown.replace(/"/g, '\\"')}${more}"` : `${shown}${more}`;
}
