// Bench: the demo's whole-process time from a cold start (`node bin/kpi-planner.js demo`), as a user runs it.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchSection } from './bench';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const RUNS = 7;
const GOAL_MS = 1000;

export const demoSection: BenchSection = {
  title: `Demo: whole process, cold start (node bin/kpi-planner.js demo), ${RUNS} runs`,
  async run() {
    const dir = mkdtempSync(path.join(tmpdir(), 'kpi-bench-demo-'));
    const times: number[] = [];
    try {
      for (let i = 0; i < RUNS; i++) {
        const started = performance.now();
        const r = spawnSync(process.execPath, [path.join(ROOT, 'bin/kpi-planner.js'), 'demo', '--out', path.join(dir, `demo-${i}.xlsx`)], { encoding: 'utf8' });
        times.push(performance.now() - started);
        if (r.status !== 0) throw new Error(`demo exited with ${r.status}: ${r.stderr}`);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    times.sort((a, b) => a - b);
    const median = times[Math.floor(times.length / 2)];
    return {
      columns: ['fastest', 'median', 'slowest', 'goal'],
      rows: [[`${times[0].toFixed(0)} ms`, `${median.toFixed(0)} ms`, `${times[times.length - 1].toFixed(0)} ms`, `< ${GOAL_MS} ms ${median < GOAL_MS ? 'ok' : 'SLOW'}`]],
      notes: ['includes Node start-up, loading exceljs, validating the bundled templates, building and writing the workbook'],
    };
  },
};
