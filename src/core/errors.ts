// The error for bad input (files, flags, templates): the CLI maps it to exit code 2, anything else to 1.

/** Bad input the user can fix. `where` locates it, e.g. "data.csv:4:2" or a template field path. */
export class InputError extends Error {
  readonly where?: string;

  constructor(message: string, where?: string) {
    super(where ? `${where}: ${message}` : message);
    this.name = 'InputError';
    this.where = where;
  }
}
