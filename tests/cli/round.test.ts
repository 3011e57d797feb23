// `kpi-planner round` end to end: the built CLI, the real GA4 client against the loopback stand-in, bad --round.
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseRound } from '../../src/core/periods';
import { buildRoundReview } from '../../src/core/round';
import { findTemplate } from '../../src/core/template/registry';
import { makeSite, startGa4Server, type Ga4Server } from '../helpers/ga4-server';
import { colOf, rowOf, sheetById } from '../helpers/spec-cells';
import { filesIn, readWorkbook, ROOT, runCli, tempDir } from './run-cli';

const TOKEN = 'ya29.round-test-token-SECRET';
let server: Ga4Server | undefined;
afterEach(async () => { await server?.close(); server = undefined; });

/** Asynchronous, so the stand-in server in this process can answer while the CLI runs. */
function run(args: string[], cwd: string, env: Record<string, string>) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const bin = path.join(ROOT, 'bin/kpi-planner.js');
    const child = spawn(process.execPath, [bin, ...args], { cwd, env: { ...process.env, ...env } });
    let stdout = '', stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const social = findTemplate('social-media-content')!;

describe('round with GA4', () => {
  it('asks GA4 once for six months (yearMonth) and the round\'s users, not the months added up', async () => {
    const site = makeSite('2026-02');
    server = await startGa4Server({ site, token: TOKEN });
    const dir = tempDir();
    const args = ['round', '--template', 'social-media-content', '--round', '2026-spring', '--today', '2026-03-05',
      '--lang', 'en', '--ga-property', '123456789', '--out', 'r.xlsx'];
    const r = await run(args, dir, { GA_ACCESS_TOKEN: TOKEN, GA_DATA_API_URL: server.url });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr + r.stdout).not.toContain(TOKEN);
    // Two monthly report sets (site-wide, and the Organic Social filter) and the round's users: one batch call.
    expect(server.calls).toHaveLength(1);
    expect(server.pagesFor('yearMonth')).toBe(2);
    expect(server.pagesFor('')).toBe(1);
    expect(r.stderr).toContain('GA4: 1 request(s), 3 report page(s) for 6 month(s).');

    const spec = buildRoundReview({ template: social, period: parseRound(social, '2026-spring'), today: '2026-03-05',
      lang: 'en', data: [] }).workbook;
    const review = sheetById(spec, 'round-review');
    const wb = await readWorkbook(path.join(dir, 'r.xlsx'));
    const ws = wb.getWorksheet(review.name)!;
    const at = (col: string, kpi: string) => ws.getCell(rowOf(review, `kpi:${kpi}`), colOf(review, col)).value;
    const sessions = site.days.reduce((s, d) => s + d.sessions, 0);
    expect(['a1', 'a6'].map((c) => at(c, 'website-sessions'))).toEqual([sessions, sessions]);
    expect(['a1', 'a3', 'a6'].map((c) => at(c, 'website-visitors'))).toEqual([1500, 1500, 1500]);
    // The whole round's users from the period request: 1,500, never 6 × 1,500.
    expect(at('roundActual', 'website-visitors')).toBe(1500);
    const meta = wb.getWorksheet('kpi-planner-meta')!;
    const rows = meta.getSheetValues().slice(1).map((row) => (row as unknown[]).slice(1, 3));
    expect(rows).toEqual(expect.arrayContaining([['format', 'kpi-planner round 1'], ['round', '2026-spring']]));
  });
});

describe('refresh a round review with GA4', () => {
  it('an imported cell takes the new figure, a cell typed over it and --data\'s actual stay', async () => {
    const first = makeSite('2026-02');
    server = await startGa4Server({ site: first, token: TOKEN });
    const dir = tempDir();
    writeFileSync(path.join(dir, 'd.csv'), 'kpi,month,target,actual\nwebsite-sessions,2025-10,100,42\n');
    const env = { GA_ACCESS_TOKEN: TOKEN, GA_DATA_API_URL: server.url };
    const args = ['round', '--template', 'social-media-content', '--round', '2026-spring', '--today', '2026-03-05',
      '--lang', 'en', '--data', 'd.csv', '--ga-property', '123456789', '--out', 'r.xlsx'];
    expect((await run(args, dir, env)).code).toBe(0);
    const spec = buildRoundReview({ template: social, period: parseRound(social, '2026-spring'), today: '2026-03-05',
      lang: 'en', data: [] }).workbook;
    const review = sheetById(spec, 'round-review');
    const file = path.join(dir, 'r.xlsx');
    const typed = await readWorkbook(file);
    typed.getWorksheet(review.name)!.getCell(rowOf(review, 'kpi:website-sessions'), colOf(review, 'a3')).value = 5;
    await typed.xlsx.writeFile(file);
    await server.close();
    const days = first.days.map((d) => ({ ...d, sessions: d.sessions + 10 }));
    server = await startGa4Server({ site: makeSite('2026-02', { days, monthUsers: 1700 }), token: TOKEN });
    const again = ['refresh', '--in', 'r.xlsx', '--today', '2026-03-06', '--ga-property', '123456789'];
    const r = await run(again, dir, { GA_ACCESS_TOKEN: TOKEN, GA_DATA_API_URL: server.url });
    expect(r.code, r.stderr).toBe(0);
    const ws = (await readWorkbook(file)).getWorksheet(review.name)!;
    const at = (col: string, kpi: string) => ws.getCell(rowOf(review, `kpi:${kpi}`), colOf(review, col)).value;
    const sessions = days.reduce((s, d) => s + d.sessions, 0);
    expect(['a1', 'a2', 'a3', 'a6'].map((c) => at(c, 'website-sessions'))).toEqual([sessions, 42, 5, sessions]);
    expect(at('roundActual', 'website-visitors')).toBe(1700);
  });
});

describe('bad --round', () => {
  it.each(['2026-winter', '2026', 'spring-2026', '2026-H3', '1899-spring', ''])('%j exits 2 and writes nothing',
    (round) => {
      const dir = tempDir();
      const r = runCli(['round', '--template', 'social-media-content', '--round', round, '--out', 'r.xlsx'], dir);
      expect(r.code, r.stderr).toBe(2);
      expect(r.stderr).toMatch(/^kpi-planner: .*--round/);
      expect(filesIn(dir)).toEqual([]);
    });

  it('a template without admission rounds says to use a half-year', () => {
    const dir = tempDir();
    const args = ['round', '--template', 'small-business-tasks', '--round', '2026-spring', '--out', 'r.xlsx'];
    const r = runCli(args, dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('the template has no admission rounds, so use a half-year');
    expect(filesIn(dir)).toEqual([]);
  });
});
