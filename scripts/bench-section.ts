// The shape of one `npm run bench` section: each file measures in its own way and prints one table.
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** One printed table. Sections run in order; each measures in its own way. */
export interface BenchSection {
  title: string;
  run(): Promise<{ columns: string[]; rows: string[][]; notes?: string[] }>;
}

/** A section file's child mode: the parent spawns `tsx <file> <flag> …` to measure in a fresh process. */
export interface BenchChild {
  flag: string;
  run(args: string[]): Promise<void> | void;
}

/** Prints a section's table, columns padded (numbers to the right). */
export function printSection(title: string, t: Awaited<ReturnType<BenchSection['run']>>): void {
  const widths = t.columns.map((c, i) => Math.max(c.length, ...t.rows.map((r) => (r[i] ?? '').length)));
  const pad = (c: string, i: number) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]));
  const line = (cells: string[]) => `| ${cells.map(pad).join(' | ')} |`;
  console.log(`\n${title}`);
  console.log(line(t.columns));
  console.log('|' + widths.map((w) => '-'.repeat(w + 2)).join('|') + '|');
  for (const r of t.rows) console.log(line(r));
  for (const n of t.notes ?? []) console.log(`  ${n}`);
}

/** When the file is run directly (`tsx scripts/bench-x.ts`): its child mode for `child.flag`, else its table alone. */
export function runIfMain(moduleUrl: string, section: BenchSection, child?: BenchChild): void {
  if (!process.argv[1] || moduleUrl !== pathToFileURL(path.resolve(process.argv[1])).href) return;
  const [flag, ...args] = process.argv.slice(2);
  const run = async () => {
    if (child && flag === child.flag) await child.run(args);
    else printSection(section.title, await section.run());
  };
  run().catch((e) => {
    console.error(e instanceof Error ? e.stack : e);
    process.exit(1);
  });
}
