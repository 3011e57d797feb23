// The CLI as built into dist/: self-contained, exceljs's writer loaded only when needed, code cache only when it fits.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { wrap } from 'node:module';
import path from 'node:path';
import vm from 'node:vm';
import * as esbuild from 'esbuild';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { ROOT, tempDir } from './run-cli';

const BUNDLES = ['cli.cjs', 'exceljs-writer.cjs'];

/** bin/ and dist/ alone in a fresh folder, without node_modules: what the demo needs must be in them. */
function copyOfBuild(): string {
  const dir = tempDir();
  mkdirSync(path.join(dir, 'bin'));
  mkdirSync(path.join(dir, 'dist'));
  const copy = (folder: string, f: string) => copyFileSync(path.join(ROOT, folder, f), path.join(dir, folder, f));
  for (const f of ['kpi-planner.js', 'load-bundle.cjs']) copy('bin', f);
  for (const f of BUNDLES.flatMap((b) => [b, `${b}.cache`])) copy('dist', f);
  // Only `refresh` loads exceljs's reader, and without a code cache (cron runs it once a day).
  copy('dist', 'exceljs-reader.cjs');
  writeFileSync(path.join(dir, 'package.json'), '{ "type": "module" }');
  return dir;
}

function runCopy(dir: string, args: string[]) {
  const { KPI_PLANNER_DEBUG: _ignored, ...env } = process.env;
  const bin = path.join(dir, 'bin/kpi-planner.js');
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: dir, encoding: 'utf8', env });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Every part of an .xlsx as text, by name. */
async function parts(file: string): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const names = Object.keys(zip.files).filter((n) => !zip.files[n].dir).sort();
  return Object.fromEntries(await Promise.all(names.map(async (n) => [n, await zip.files[n].async('string')])));
}

/** The demo from the source with exceljs as installed in node_modules, not the CLI's trimmed bundle of it. */
async function demoFromSource(dir: string): Promise<string> {
  const cli = path.join(dir, 'source-cli.cjs');
  await esbuild.build({
    entryPoints: [path.join(ROOT, 'src/cli/main.ts')], outfile: cli, bundle: true, platform: 'node', format: 'cjs',
    external: ['exceljs', '@googleapis/analyticsdata'], loader: { '.csv': 'text' }, logLevel: 'warning',
  });
  const out = path.join(dir, 'from-source.xlsx');
  const argv = JSON.stringify(['demo', '--out', out]);
  const script = `require(${JSON.stringify(cli)}).main(${argv}).then((c) => process.exit(c))`;
  const env = { ...process.env, NODE_PATH: path.join(ROOT, 'node_modules') };
  const r = spawnSync(process.execPath, ['-e', script], { cwd: dir, encoding: 'utf8', env });
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return out;
}

describe('the built CLI (dist/)', () => {
  it('runs the demo from bin/ and dist/ alone and writes the same workbook parts as the source', async () => {
    const dir = copyOfBuild();
    const r = runCopy(dir, ['demo', '--out', 'built.xlsx']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const built = await parts(path.join(dir, 'built.xlsx'));
    expect(Object.keys(built)).toContain('xl/worksheets/sheet1.xml');
    expect(built).toEqual(await parts(await demoFromSource(dir)));
  });

  it("loads exceljs's writer only when a workbook is written", () => {
    const dir = copyOfBuild();
    rmSync(path.join(dir, 'dist/exceljs-writer.cjs'));
    const listed = runCopy(dir, ['templates']);
    expect(listed.code).toBe(0);
    expect(listed.stdout).toContain('social-media-content');
    const demo = runCopy(dir, ['demo', '--out', 'x.xlsx']);
    expect(demo.code).toBe(1);
    expect(demo.stderr).toContain('exceljs-writer.cjs');
  });

  it('refreshes a workbook from bin/ and dist/ alone, and no other command loads the reader', () => {
    const dir = copyOfBuild();
    expect(runCopy(dir, ['demo', '--out', 'd.xlsx']).code).toBe(0);
    const refreshed = runCopy(dir, ['refresh', '--in', 'd.xlsx', '--out', 'r.xlsx', '--today', '2026-11-20']);
    expect(refreshed.stderr).toBe('');
    expect(refreshed.code).toBe(0);
    expect(refreshed.stdout).toContain('4 met, 3 at risk, 3 missed');
    rmSync(path.join(dir, 'dist/exceljs-reader.cjs'));
    expect(runCopy(dir, ['demo', '--out', 'e.xlsx']).code).toBe(0);
  });

  it('has code caches that this Node accepts, each stamped with its bundle', () => {
    for (const bundle of BUNDLES) {
      const file = path.join(ROOT, 'dist', bundle);
      const source = readFileSync(file, 'utf8');
      const cache = readFileSync(`${file}.cache`);
      const stamp = /^\/\/ kpi-planner build ([0-9a-f]{16})\n/.exec(source)?.[1];
      expect(stamp, bundle).toBeDefined();
      expect(cache.subarray(0, 16).toString('latin1')).toBe(stamp);
      const script = new vm.Script(wrap(source), { filename: file, cachedData: cache.subarray(16) });
      expect(script.cachedDataRejected, bundle).toBe(false);
    }
  });

  it('still works, the same, when the code caches are wrong or missing', async () => {
    const dir = copyOfBuild();
    const dist = path.join(dir, 'dist');
    // The writer's cache under the CLI's name (wrong stamp), and the writer's own cache garbled after its stamp.
    copyFileSync(path.join(dist, 'exceljs-writer.cjs.cache'), path.join(dist, 'cli.cjs.cache'));
    const garbled = readFileSync(path.join(dist, 'exceljs-writer.cjs.cache'));
    garbled.fill(7, 16);
    writeFileSync(path.join(dist, 'exceljs-writer.cjs.cache'), garbled);
    const wrong = runCopy(dir, ['demo', '--out', 'wrong-cache.xlsx']);
    expect(wrong.stderr).toBe('');
    expect(wrong.code).toBe(0);
    for (const f of BUNDLES) rmSync(path.join(dist, `${f}.cache`));
    expect(runCopy(dir, ['demo', '--out', 'no-cache.xlsx']).code).toBe(0);
    const expected = await parts(await demoFromSource(dir));
    expect(await parts(path.join(dir, 'wrong-cache.xlsx'))).toEqual(expected);
    expect(await parts(path.join(dir, 'no-cache.xlsx'))).toEqual(expected);
  });
});
