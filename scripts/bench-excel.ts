// Bench: the Excel renderer against exceljs's streaming writer used well and against plain CSV (the floor).
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchSection } from './bench-section';
import { WRITERS, type WriterFigures, type WriterKind } from './bench-excel-writers';

const CHILD = fileURLToPath(new URL('./bench-excel-writers.ts', import.meta.url));
const SIZES = [146_000, 1_000_000];
/** Runs per writer and size (median taken); BENCH_RUNS=1 for a quick look. */
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS) || 3);
/** Goals for our renderer: exceljs used well takes at least this multiple of our time; at most this memory. */
const GOAL_RATIO = 0.85;
const GOAL_RSS_MB = 200;

const LABEL: Record<WriterKind, string> = {
  ours: 'ours (renderWorkbookToFile)',
  exceljs: 'exceljs streaming, used well',
  csv: 'CSV text (floor)',
};

/** One writer in its own process, so the peak memory it reports is that writer's alone. */
function measure(kind: WriterKind, count: number, dir: string): Promise<WriterFigures> {
  const file = path.join(dir, `${kind}-${count}.${kind === 'csv' ? 'csv' : 'xlsx'}`);
  return new Promise((resolve, reject) => {
    const args = ['--import', 'tsx', CHILD, kind, String(count), file];
    const p = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    p.stdout.on('data', (d) => (out += d));
    p.on('error', reject);
    p.on('close', (code) => {
      rmSync(file, { force: true });
      if (code !== 0) return reject(new Error(`bench writer ${kind} ${count} exited with ${code}`));
      resolve(JSON.parse(out));
    });
  });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (n: number, digits = 0) =>
  n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

/** Runs take turns (ours, exceljs, csv, ours, …) so a machine that slows down mid-way hurts all alike. */
async function measureSize(count: number, dir: string): Promise<Record<WriterKind, WriterFigures>> {
  const runs: Record<WriterKind, WriterFigures[]> = { ours: [], exceljs: [], csv: [] };
  for (let i = 0; i < RUNS; i++) for (const kind of WRITERS) runs[kind].push(await measure(kind, count, dir));
  const pick = (k: WriterKind): WriterFigures => ({
    ms: median(runs[k].map((r) => r.ms)),
    rssMb: median(runs[k].map((r) => r.rssMb)),
    bytes: runs[k][0].bytes,
  });
  return { ours: pick('ours'), exceljs: pick('exceljs'), csv: pick('csv') };
}

export const excelSection: BenchSection = {
  title: `Excel renderer: GA-like sheet, 8 columns, vs exceljs streaming used well and CSV (median of ${RUNS})`,
  async run() {
    const dir = mkdtempSync(path.join(tmpdir(), 'kpi-bench-'));
    const rows: string[][] = [];
    try {
      for (const count of SIZES) {
        const figures = await measureSize(count, dir);
        const ours = figures.ours;
        for (const kind of WRITERS) {
          const f = figures[kind];
          // Its time as a multiple of ours: 2.00× took twice as long as ours, 0.10× a tenth.
          const times = f.ms / ours.ms;
          const verdict = kind === 'exceljs' ? ` ${times >= GOAL_RATIO ? 'ok' : 'SLOW'}` : '';
          const rssVerdict = kind === 'ours' ? ` ${ours.rssMb <= GOAL_RSS_MB ? 'ok' : 'HIGH'}` : '';
          rows.push([
            fmt(count), LABEL[kind], `${fmt(f.ms / 1000, 2)} s`, `${fmt(times, 2)}×${verdict}`,
            `${fmt(f.rssMb)} MB${rssVerdict}`, `${fmt(f.bytes / 1_048_576, 1)} MB`,
          ]);
        }
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    return {
      columns: ['rows', 'writer', 'time', 'time / ours', 'peak RSS', 'file'],
      rows,
      notes: [
        'time: the write alone, in a fresh process per run; peak RSS: that whole process (Node + tsx + the writer)',
        'exceljs used well: same rows, widths, frozen header, styles and number formats, shared strings off,',
        '  rows committed one by one, waiting for the file stream to drain every 1,000 rows (its public API)',
        `goals: exceljs used well takes ≥ ${GOAL_RATIO}× our time, our peak RSS ≤ ${GOAL_RSS_MB} MB`,
      ],
    };
  },
};
