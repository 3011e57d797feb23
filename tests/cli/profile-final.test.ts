// `workbook --profile` and `--final` through main(): what they write, and the bad input they refuse with exit 2.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { labels } from '../../src/core/i18n';
import { fitToProfile } from '../../src/core/plan/profile';
import { findTemplate } from '../../src/core/template/registry';
import { cells, filesIn, readWorkbook, tempDir } from './run-cli';
import { runMain } from './run-main';

// The demo's sample files are bundled as text by esbuild; vitest cannot import a .csv, and these tests do not use them.
vi.mock('../../templates/samples/demo-data.csv', () => ({ default: '' }));
vi.mock('../../templates/samples/demo-events.csv', () => ({ default: '' }));

const SHOP = ['workbook', '--template', 'small-business-tasks', '--month', '2026-11', '--lang', 'en'];
const SOCIAL = ['workbook', '--template', 'social-media-content', '--month', '2026-11', '--lang', 'en'];
const texts = async (file: string) => cells(await readWorkbook(file)).map((c) => String(c.value));

describe('workbook --profile', () => {
  it('writes a plan without the unsuitable steps and says how many were left out', async () => {
    const dir = tempDir();
    const r = await runMain([...SHOP, '--today', '2026-11-20', '--profile', 'services,solo', '--out', 'o.xlsx'], dir);
    expect(r.err).toEqual([]);
    expect(r.code).toBe(0);
    const l = labels('en');
    const n = fitToProfile(findTemplate('small-business-tasks')!, ['services', 'solo']).leftOut;
    expect(n).toBeGreaterThan(0);
    const shown = await texts(path.join(dir, 'o.xlsx'));
    expect(shown.some((t) => t.includes(l.plan.leftOut(n, 'services, solo business')))).toBe(true);
  });

  it('refuses an audience the schema does not know, naming the valid ones, and writes nothing', async () => {
    const dir = tempDir();
    const r = await runMain([...SHOP, '--profile', 'services,shops', '--out', 'o.xlsx'], dir);
    expect(r.code).toBe(2);
    const valid = 'all, products, services, trade, subscriptions, partnerships, solo, hiring-often';
    expect(r.err.join('\n')).toContain(`--profile takes a comma list of ${valid}, not "shops"`);
    expect(filesIn(dir)).toEqual([]);
  });
});

describe('workbook --final', () => {
  it('reports the month as of its last day with final statuses and a closed Summary', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'd.csv'), 'kpi,month,target,actual\nwebsite-sessions,2026-11,1000,950\n');
    const r = await runMain([...SOCIAL, '--final', '--data', 'd.csv', '--out', 'o.xlsx'], dir);
    expect(r.err).toEqual([]);
    expect(r.code).toBe(0);
    expect(r.out.join('\n')).toMatch(/2026-11 closed as of 2026-11-30 .*0 at risk, 1 missed/);
    const shown = await texts(path.join(dir, 'o.xlsx'));
    expect(shown.some((t) => t.includes(labels('en').summary.closed))).toBe(true);
  });

  it('refuses --today with it: the two ask for different reports', async () => {
    const dir = tempDir();
    const r = await runMain([...SOCIAL, '--final', '--today', '2026-11-20', '--out', 'o.xlsx'], dir);
    expect(r.code).toBe(2);
    expect(r.err.join('\n')).toMatch(/--final .*--today/);
    expect(filesIn(dir)).toEqual([]);
  });
});
