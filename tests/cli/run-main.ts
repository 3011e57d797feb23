// Runs the CLI's main() in this process with a recording CliIo, for tests of messages and exit codes.
import type { CliIo } from '../../src/cli/args';
import { main } from '../../src/cli/main';

export interface MainResult {
  code: number;
  out: string[];
  err: string[];
}

/** main(args) in `cwd`, with a fixed clock (2026-11-20) and no environment unless given. */
export async function runMain(args: string[], cwd: string, extra: Partial<CliIo> = {}): Promise<MainResult> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    out: (t) => out.push(t), err: (t) => err.push(t), progress: () => undefined,
    cwd, now: () => new Date('2026-11-20T12:00:00Z'), env: {}, ...extra,
  };
  return { code: await main(args, io), out, err };
}
