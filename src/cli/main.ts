// The kpi-planner CLI: dispatches a command and turns its outcome into an exit code (0, 2 bad input, 1 other).
import { InputError, showValue } from '../core/errors';
import { commandHelp, HELP_FLAGS, parseFlags, type CliIo, type Command } from './args';
import { templatesCommand } from './commands/templates';
import { workbookCommand } from './commands/workbook';
import { demoCommand } from './commands/demo';
import { refreshCommand } from './commands/refresh';
import { roundCommand } from './commands/round';
import { planCommand } from './commands/plan';
import pkg from '../../package.json';

// In the order of the yearly cycle (plan the year, report the month, review the round, keep them fresh). Each command
// has its own flag types, so the list can only say "some command".
const COMMANDS: Command<any>[] = [
  templatesCommand, planCommand, workbookCommand, roundCommand, refreshCommand, demoCommand,
];

function overview(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    'Usage: kpi-planner <command> [options]',
    '',
    'Plan a marketing month from a process template and report KPI results as an Excel workbook.',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Run `kpi-planner <command> --help` for its options. Exit codes: 0 done, 2 bad input, 1 anything else.',
  ].join('\n');
}

/** The real outside world: stdout/stderr, the working folder and the clock (read only here). */
function nodeIo(): CliIo {
  const tty = Boolean(process.stderr.isTTY);
  let shown = false;
  return {
    out: (text) => process.stdout.write(`${text}\n`),
    err: (text) => process.stderr.write(`${text}\n`),
    progress(text) {
      if (!tty || (!text && !shown)) return;
      process.stderr.write(`\r\x1b[K${text}`);
      shown = text !== '';
    },
    cwd: process.cwd(),
    now: () => new Date(),
    env: process.env,
    onInterrupt(cleanup) {
      const stop = (signal: NodeJS.Signals) => {
        cleanup();
        process.stderr.write(`${shown ? '\n' : ''}kpi-planner: interrupted (${signal}); nothing was written\n`);
        // The shell's convention: 128 + the signal's number.
        process.exit(signal === 'SIGINT' ? 130 : 143);
      };
      process.once('SIGINT', stop).once('SIGTERM', stop);
      return () => void process.off('SIGINT', stop).off('SIGTERM', stop);
    },
  };
}

export async function main(argv: string[], io: CliIo = nodeIo()): Promise<number> {
  const [name, ...rest] = argv;
  try {
    if (name === undefined || HELP_FLAGS.includes(name) || name === 'help') {
      const topic = name === 'help' ? COMMANDS.find((c) => c.name === rest[0]) : undefined;
      io.out(topic ? commandHelp(topic) : overview());
      return 0;
    }
    if (name === '--version') {
      io.out(pkg.version);
      return 0;
    }
    const command = COMMANDS.find((c) => c.name === name);
    if (!command) {
      const names = COMMANDS.map((c) => c.name).join(', ');
      throw new InputError(`unknown command ${showValue(name)}; commands: ${names} (see kpi-planner --help)`);
    }
    if (rest.some((a) => HELP_FLAGS.includes(a))) {
      io.out(commandHelp(command));
      return 0;
    }
    await command.run(parseFlags(rest, command.flags, command.name), io);
    return 0;
  } catch (e) {
    io.progress('');
    const debug = io.env.KPI_PLANNER_DEBUG === '1';
    if (e instanceof InputError) {
      io.err(`kpi-planner: ${e.message}`);
      if (debug && e.stack) io.err(e.stack);
      return 2;
    }
    const error = e instanceof Error ? e : new Error(String(e));
    io.err(`kpi-planner: failed: ${error.message}`);
    io.err(debug ? (error.stack ?? '') : '(set KPI_PLANNER_DEBUG=1 to see where)');
    return 1;
  }
}
