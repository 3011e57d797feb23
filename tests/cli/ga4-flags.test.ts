// `kpi-planner workbook --ga-property/--ga-csv` end to end: the built CLI, the real client, the loopback GA4 stand-in.
import { spawn } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeSite, startGa4Server, type Ga4Server } from '../helpers/ga4-server';
import { cells, filesIn, kpiCell, readWorkbook, ROOT, tempDir } from './run-cli';

const TOKEN = 'ya29.cli-test-token-SECRET';
let server: Ga4Server | undefined;
afterEach(async () => { await server?.close(); server = undefined; });

/** Asynchronous, so the stand-in server in this process can answer while the CLI runs. */
function run(args: string[], cwd: string, env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'bin/kpi-planner.js'), ...args], { cwd, env: { ...process.env, ...env } });
    let stdout = '', stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('workbook with GA4', () => {
  const base = ['workbook', '--template', 'social-media-content', '--month', '2026-11', '--today', '2026-12-02', '--lang', 'en'];

  it('fills GA4 KPI actuals with the month\'s users, not the sum of days, and adds the GA4 sheet', async () => {
    server = await startGa4Server({ site: makeSite('2026-11'), token: TOKEN });
    const dir = tempDir();
    const r = await run([...base, '--ga-property', '123456789', '--out', 'r.xlsx'], dir, { GA_ACCESS_TOKEN: TOKEN, GA_DATA_API_URL: server.url });
    expect(r.stderr).not.toContain(TOKEN);
    expect(r.code, r.stderr).toBe(0);
    const wb = await readWorkbook(path.join(dir, 'r.xlsx'));
    expect(wb.worksheets.map((w) => w.name)).toContain('GA4 data');
    const kpi = wb.getWorksheet('KPI results')!;
    expect(kpiCell(kpi, 'website-visitors', 'actual')).toBe(1500);
    expect(cells(wb).some((c) => c.value === '=HYPERLINK("http://x","y")')).toBe(true);
  });

  it('403: names the property, exits 2 and writes nothing', async () => {
    server = await startGa4Server({ site: makeSite('2026-11'), token: TOKEN, faults: [{ status: 403, times: 99, grpc: 'PERMISSION_DENIED', message: 'User does not have sufficient permissions for this property.' }] });
    const dir = tempDir();
    const r = await run([...base, '--ga-property', '42', '--out', 'r.xlsx'], dir, { GA_ACCESS_TOKEN: TOKEN, GA_DATA_API_URL: server.url });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/42/);
    expect(r.stderr).not.toContain(TOKEN);
    expect(filesIn(dir)).toEqual([]);
  });

  it('reads an exported GA4 CSV offline', async () => {
    const dir = tempDir();
    const days = Array.from({ length: 30 }, (_, i) => `202611${String(i + 1).padStart(2, '0')},100,10`).join('\n');
    writeFileSync(path.join(dir, 'ga4.csv'), `# GA4 export\n\nDate,Sessions,Key events\n${days}\n`);
    const r = await run([...base, '--ga-csv', 'ga4.csv', '--out', 'r.xlsx'], dir, {});
    expect(r.code, r.stderr).toBe(0);
    const kpi = (await readWorkbook(path.join(dir, 'r.xlsx'))).getWorksheet('KPI results')!;
    expect(kpiCell(kpi, 'website-sessions', 'actual')).toBe(3000);
  });

  it('refuses both sources at once', async () => {
    const dir = tempDir();
    const r = await run([...base, '--ga-property', '1', '--ga-csv', 'x.csv', '--out', 'r.xlsx'], dir, {});
    expect([r.code, r.stderr.trim()]).toEqual([2, 'kpi-planner: give either --ga-property or --ga-csv, not both']);
    expect(existsSync(path.join(dir, 'r.xlsx'))).toBe(false);
  });
});
