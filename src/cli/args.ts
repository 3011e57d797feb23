// A tiny typed flag parser and the shape of a CLI command; adding a flag is one line in a command's spec.
import type { FileHandle } from 'node:fs/promises';
import { InputError, showValue } from '../core/errors';

export interface FlagSpec {
  type: 'string' | 'boolean';
  /** Placeholder in help, e.g. FILE or YYYY-MM. */
  value?: string;
  help: string;
  /** Allowed values; anything else is bad input listing them. */
  choices?: readonly string[];
  /** A string flag that may be given more than once (`--social-csv a.csv --social-csv b.csv`): a list, in order. */
  repeatable?: boolean;
}

export type FlagSpecs = Record<string, FlagSpec>;

/** Parsed flags: booleans are always present, strings only when given, repeatable ones a list (maybe empty). */
export type Flags<S extends FlagSpecs> = {
  [K in keyof S]: S[K]['type'] extends 'boolean' ? boolean
    : S[K] extends { repeatable: true } ? string[] : string | undefined;
};

/** What a command may touch of the outside world, so the clock and streams stay at one place. */
export interface CliIo {
  /** A line on stdout (results). */
  out(text: string): void;
  /** A line on stderr (messages). */
  err(text: string): void;
  /** A transient status line on stderr, shown only on a terminal. */
  progress(text: string): void;
  cwd: string;
  now(): Date;
  env: Record<string, string | undefined>;
  /**
   * Runs `cleanup` if the process is interrupted (SIGINT, SIGTERM) before the returned function is
   * called, then ends it with a short message. Absent when the CLI runs inside another program.
   */
  onInterrupt?(cleanup: () => void): () => void;
  /** Opens a new output file for writing; tests pass one whose writes fail like a full disk. */
  openOut?(path: string): Promise<FileHandle>;
}

export interface Command<S extends FlagSpecs = FlagSpecs> {
  name: string;
  /** One line for the command list. */
  summary: string;
  /** The usage line after "kpi-planner ". */
  usage: string;
  flags: S;
  /** Extra paragraphs for --help. */
  details?: string;
  run(flags: Flags<S>, io: CliIo): Promise<void>;
}

/** Keeps the flag names and types of a command literal, so `flags.out` is typed. */
export function defineCommand<S extends FlagSpecs>(command: Command<S>): Command<S> {
  return command;
}

export const HELP_FLAGS = ['--help', '-h'];

function validList(specs: FlagSpecs): string {
  return [...Object.keys(specs).map((n) => `--${n}`), '--help'].join(', ');
}

/**
 * Parses `--flag value`, `--flag=value` and boolean `--flag` (also `--flag=true|false`).
 * Unknown flags, missing values, repeats and stray arguments are bad input (exit 2).
 */
export function parseFlags<S extends FlagSpecs>(argv: readonly string[], specs: S, command: string): Flags<S> {
  const result: Record<string, string | string[] | boolean | undefined> = {};
  for (const [name, spec] of Object.entries(specs)) {
    if (spec.type === 'boolean') result[name] = false;
    else if (spec.repeatable) result[name] = [];
  }
  const seen = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith('--') || arg === '--') {
      const where = `for "kpi-planner ${command}"; flags start with --: ${validList(specs)}`;
      throw new InputError(`unexpected argument ${showValue(arg)} ${where}`);
    }
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq < 0 ? undefined : eq);
    const spec = Object.hasOwn(specs, name) ? specs[name] : undefined;
    if (!spec) {
      const flag = showValue(`--${name}`, false);
      throw new InputError(`unknown flag ${flag} for "kpi-planner ${command}"; valid flags: ${validList(specs)}`);
    }
    if (seen.has(name) && !spec.repeatable) throw new InputError(`--${name} is given twice`);
    seen.add(name);
    let value: string | undefined = eq < 0 ? undefined : arg.slice(eq + 1);
    if (spec.type === 'boolean') {
      if (value !== undefined && value !== 'true' && value !== 'false')
        throw new InputError(`--${name} takes no value (or =true / =false), not ${showValue(value)}`);
      result[name] = value !== 'false';
      continue;
    }
    if (value === undefined) {
      const next = argv[i + 1];
      // "--out --json" means the value was forgotten, not a file called "--json".
      if (next === undefined || next.startsWith('--')) throw new InputError(`--${name} needs a value: --${name} `
        + `${spec.value ?? 'VALUE'}`);
      value = next;
      i++;
    }
    if (spec.choices && !spec.choices.includes(value)) {
      throw new InputError(`--${name} must be one of ${spec.choices.join(', ')}, not ${showValue(value)}`);
    }
    if (spec.repeatable) (result[name] as string[]).push(value);
    else result[name] = value;
  }
  return result as Flags<S>;
}

/** The --help text of a command. */
export function commandHelp(command: Command): string {
  const rows = Object.entries(command.flags).map(([name, spec]) => {
    const value = spec.type === 'string' ? ` ${spec.value ?? 'VALUE'}${spec.repeatable ? ' …' : ''}` : '';
    const left = `--${name}${value}`;
    const choices = spec.choices ? ` (${spec.choices.join(' | ')})` : '';
    return [left, spec.help + choices] as const;
  });
  rows.push(['--help', 'show this help']);
  const width = Math.max(...rows.map(([l]) => l.length));
  const lines = [`Usage: kpi-planner ${command.usage}`, '', command.summary, '', 'Options:'];
  for (const [l, r] of rows) lines.push(`  ${l.padEnd(width)}  ${r}`);
  if (command.details) lines.push('', command.details);
  return lines.join('\n');
}
