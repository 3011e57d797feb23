// `refresh` of a round review and of a year plan, each edited through exceljs first: typed entries survive.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readYearPlan } from '../../src/cli/plan-targets';
import { labels } from '../../src/core/i18n';
import { colOf, rowOf, sheetById } from '../helpers/spec-cells';
import { editFile, planSpec, social, valueAt } from './period-files';
import { filesIn, readWorkbook, runCli, tempDir } from './run-cli';

const DATA = [
  'kpi,month,target,actual,action',
  'website-sessions,2026-03,1000,900,',
  'website-sessions,2026-04,1000,700,More posts with links',
  'reactions,2026-03,50,60,',
  'follower-growth,2026-05,30,10,Run a giveaway',
].join('\n');

describe('refresh a round review', () => {
  it("keeps every typed month, round figure and the director's form, and the actions", async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'd.csv'), DATA);
    const round = ['round', '--template', 'social-media-content', '--round', '2026-autumn', '--data', 'd.csv',
      '--today', '2026-09-03', '--lang', 'en', '--out', 'r.xlsx'];
    expect(runCli(round, dir).code).toBe(0);
    const file = path.join(dir, 'r.xlsx');
    const en = labels('en').round;
    await editFile(file, (at) => {
      at('round-review', 'a2', 'kpi:website-sessions').value = 4321;
      at('round-review', 't6', 'kpi:reactions').value = 75;
      at('round-review', 'roundTarget', 'kpi:website-visitors').value = 1200;
      at('round-review', 'roundActual', 'kpi:website-visitors').value = 999;
      at('director-form', 'comment', 'kpi:website-sessions').value = 'Good spring, weak April';
      at('director-form', 'kpi', 'agreed:1').value = 'Post twice a week';
      at('director-form', 'achieved', 'agreed:1').value = 'Anna';
      at('director-form', 'comment', 'agreed:1').value = new Date(Date.UTC(2026, 9, 1));
      at('director-form', 'target', 'decision').value = en.decisionYes;
      at('director-form', 'target', 'name').value = 'Ieva Bērziņa';
      at('director-form', 'status', 'name').value = 'Marta Ozola';
    });
    const r = runCli(['refresh', '--in', 'r.xlsx', '--today', '2026-09-04'], dir);
    expect(r.code, r.stderr).toBe(0);
    expect(filesIn(dir).sort()).toEqual(['d.csv', 'r.xlsx']);
    const got = async (id: string, col: string, row: string) => valueAt(file, id, col, row);
    expect(await got('round-review', 'a1', 'kpi:website-sessions')).toBe(900);
    expect(await got('round-review', 'a2', 'kpi:website-sessions')).toBe(4321);
    expect(await got('round-review', 't6', 'kpi:reactions')).toBe(75);
    expect(await got('round-review', 'roundTarget', 'kpi:website-visitors')).toBe(1200);
    expect(await got('round-review', 'roundActual', 'kpi:website-visitors')).toBe(999);
    expect(await got('round-review', 'actions', 'kpi:follower-growth')).toBe('May 2026: Run a giveaway');
    expect(await got('director-form', 'comment', 'kpi:website-sessions')).toBe('Good spring, weak April');
    expect(await got('director-form', 'kpi', 'agreed:1')).toBe('Post twice a week');
    expect(await got('director-form', 'achieved', 'agreed:1')).toBe('Anna');
    expect(await got('director-form', 'comment', 'agreed:1')).toEqual(new Date(Date.UTC(2026, 9, 1)));
    expect(await got('director-form', 'target', 'decision')).toBe(en.decisionYes);
    expect(await got('director-form', 'target', 'name')).toBe('Ieva Bērziņa');
    expect(await got('director-form', 'status', 'name')).toBe('Marta Ozola');
    // The as-of date moved: the file was rebuilt, not copied.
    expect(await got('round-review', 'rule', 'asOf')).toEqual(new Date(Date.UTC(2026, 8, 4)));
    // A second refresh changes nothing the manager typed.
    expect(runCli(['refresh', '--in', 'r.xlsx', '--today', '2026-09-04'], dir).code).toBe(0);
    expect(await got('director-form', 'comment', 'kpi:website-sessions')).toBe('Good spring, weak April');
    expect(await got('round-review', 'a2', 'kpi:website-sessions')).toBe(4321);
  });

  it('refuses the sources a round review does not take, and a number cell holding words', async () => {
    const dir = tempDir();
    runCli(['round', '--template', 'social-media-content', '--round', '2026-autumn', '--lang', 'en', '--out',
      'r.xlsx'], dir);
    const crm = runCli(['refresh', '--in', 'r.xlsx', '--crm-webhook', 'https://x.bitrix24.eu/rest/1/abc/'], dir);
    expect([crm.code, crm.stderr.trim()])
      .toEqual([2, 'kpi-planner: r.xlsx: --crm-webhook: a round review takes GA4 only; leave it out']);
    await editFile(path.join(dir, 'r.xlsx'), (at) => (at('round-review', 'a3', 'kpi:reactions').value = 'lots'));
    const r = runCli(['refresh', '--in', 'r.xlsx'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe('kpi-planner: r.xlsx: --in: the actual of reactions 2026-05 is "lots", not a '
      + 'number; type a number or leave it empty');
  });
});

describe('refresh a year plan', () => {
  it('keeps the typed month targets and the typed round targets of GA4 users', async () => {
    const dir = tempDir();
    runCli(['plan', '--template', 'social-media-content', '--year', '2026', '--lang', 'en', '--profile', 'services',
      '--out', 'p.xlsx'], dir);
    await editFile(path.join(dir, 'p.xlsx'), (at) => {
      at('kpi-targets', 'm01', 'kpi:website-sessions').value = 5000;
      at('kpi-targets', 'm12', 'kpi:reactions').value = 60;
      at('kpi-targets', 'year', 'kpi:website-visitors').value = 30000;
    });
    const before = await readYearPlan('p.xlsx', social, dir);
    const r = runCli(['refresh', '--in', 'p.xlsx', '--out', 'p2.xlsx', '--today', '2026-02-01'], dir);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('2 month targets and 1 round or year targets kept');
    const after = await readYearPlan('p2.xlsx', social, dir);
    expect(after).toEqual(before);
    expect(after.months).toHaveLength(2);
    expect(after.periods).toEqual([{ kpi: 'website-visitors', column: 'year', target: 30000, whole: true }]);
    expect(after.meta.profile).toEqual(['services']);
    // The year's sum is a formula again over the kept months.
    const wb = await readWorkbook(path.join(dir, 'p2.xlsx'));
    const s = sheetById(planSpec, 'kpi-targets');
    const year = wb.getWorksheet(s.name)!.getCell(rowOf(s, 'kpi:website-sessions'), colOf(s, 'year')).value;
    expect(year).toMatchObject({ formula: expect.stringContaining('SUM(') });
  });
});

/** A GA4 export of one month with a Date column, as the GA4 UI writes it. */
