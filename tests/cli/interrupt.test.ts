// Ctrl-C or a kill while the workbook is being written: the temporary file goes, the exit code says so.
import { spawn } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { planTemplate } from '../helpers/apps-script/bundle';
import { ROOT, tempDir } from './run-cli';

/**
 * A template of 10,000 daily tasks: its activity plan (300,000 rows) takes a second or more to write. (A GA4
 * export cannot make a big sheet: the GA4 sheet lists the top 100 campaigns.)
 */
function bigTemplate(dir: string): void {
  writeFileSync(path.join(dir, 'big.json'), JSON.stringify(planTemplate(10_000)));
}

/** Starts the built CLI, sends `signal` as soon as its temporary file exists, and reports how it ended. */
function interruptMidWrite(dir: string, signal: NodeJS.Signals) {
  const args = ['workbook', '--template', 'big.json', '--month', '2026-11', '--today', '2026-11-20',
    '--out', 'out.xlsx'];
  const bin = path.join(ROOT, 'bin/kpi-planner.js');
  const child = spawn(process.execPath, [bin, ...args], { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  let sawTemp = false;
  const poll = setInterval(() => {
    if (!sawTemp && readdirSync(dir).some((f) => f.endsWith('.tmp'))) {
      sawTemp = true;
      child.kill(signal);
    }
  }, 5);
  type Ending = { code: number | null; stderr: string; sawTemp: boolean };
  return new Promise<Ending>((resolve) => child.on('close', (code) => {
    clearInterval(poll);
    resolve({ code, stderr, sawTemp });
  }));
}

describe('interrupted while writing', () => {
  const signals = [['SIGINT', 130], ['SIGTERM', 143]] as const;
  it.each(signals)('%s removes the temporary file and exits %i', async (signal, exit) => {
    const dir = tempDir();
    bigTemplate(dir);
    const r = await interruptMidWrite(dir, signal);
    expect(r.sawTemp).toBe(true);
    expect(r.stderr).toContain(`kpi-planner: interrupted (${signal}); nothing was written`);
    expect(r.code).toBe(exit);
    expect(readdirSync(dir)).toEqual(['big.json']);
  }, 60_000);
});
