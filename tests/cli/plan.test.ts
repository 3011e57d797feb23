// `kpi-planner plan` and `workbook --plan`: the year plan's file, its targets read back (edited by hand too), --data
// winning, and bad --year / --plan values refused with one message and nothing written.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { readPlanTargets } from '../../src/cli/plan-targets';
import { findTemplate } from '../../src/core/template/registry';
import { kpiRowKey } from '../../src/core/year/targets-sheet';
import { buildYearPlan } from '../../src/core/year/year-plan';
import { META_SHEET } from '../../src/render/excel/meta-sheet';
import { colOf, rowOf } from '../helpers/spec-cells';
import { filesIn, kpiCell, readWorkbook, runCli, tempDir } from './run-cli';
import { runMain } from './run-main';

// vitest cannot import the demo's .csv samples (esbuild bundles them as text); these tests do not use them.
vi.mock('../../templates/samples/demo-data.csv', () => ({ default: '' }));
vi.mock('../../templates/samples/demo-events.csv', () => ({ default: '' }));

const strategy = findTemplate('digital-marketing-strategy')!;
const targetsSpec = () => buildYearPlan({ template: strategy, year: 2026, lang: 'en', data: [], created: '2026-12-01' })
  .workbook.sheets.find((s) => s.id === 'kpi-targets')!;

async function makePlan(dir: string): Promise<string> {
  writeFileSync(path.join(dir, 'year.csv'), 'kpi;month;target;actual\nnew-students;2026-03;50;\nleads;2026-03;400;\n'
    + 'leads;2026-04;300;\nleads;2025-03;7;\n');
  const r = await runMain(['plan', '--template', 'digital-marketing-strategy', '--year', '2026', '--data', 'year.csv',
    '--lang', 'en', '--today', '2026-12-01', '--out', 'plan.xlsx'], dir);
  expect(r.code, r.err.join('\n')).toBe(0);
  expect(r.out.join('\n')).toContain('5 steps on the calendar, 2 monthly or routine, 0 when needed; 3 month targets');
  return path.join(dir, 'plan.xlsx');
}

describe('kpi-planner plan', () => {
  it('writes the calendar and the targets table, prefilled from --data, with a meta sheet naming it a year plan',
    async () => {
      const dir = tempDir();
      const wb = await readWorkbook(await makePlan(dir));
      expect(wb.worksheets.map((w) => w.name)).toEqual(['Year plan', 'KPI targets', META_SHEET]);
      const meta = wb.getWorksheet(META_SHEET)!;
      const rows = meta.getSheetValues().filter(Boolean).map((r) => (r as unknown[]).slice(1, 3));
      expect(rows).toEqual(expect.arrayContaining([['kind', 'year-plan'], ['template', 'digital-marketing-strategy'],
        ['year', '2026'], ['lang', 'en']]));
      const spec = targetsSpec();
      const ws = wb.getWorksheet('KPI targets')!;
      expect(ws.getCell(rowOf(spec, kpiRowKey('leads')), colOf(spec, 'm04')).value).toBe(300);
      expect(ws.getCell(rowOf(spec, kpiRowKey('leads')), colOf(spec, 'year')).value)
        .toMatchObject({ formula: expect.stringContaining('SUM(') });
      expect(filesIn(dir)).toEqual(['plan.xlsx', 'year.csv']);
    });

  it.each(['26', '2026-13', 'abc', '1899', ' '])('refuses --year %j: exit 2, one message, nothing written',
    async (y) => {
      const dir = tempDir();
      const r = await runMain(['plan', '--template', 'social-media-content', '--year', y, '--out', 'p.xlsx'], dir);
      expect(r.code).toBe(2);
      expect(r.err).toHaveLength(1);
      const notAYear = /^kpi-planner: --year: ".*" is not a year; write it as YYYY, e\.g\. 2026, from 1900 on$/;
      expect(r.err[0]).toMatch(notAYear);
      expect(filesIn(dir)).toEqual([]);
    });
});

describe('workbook --plan', () => {
  it("takes the month's targets from the plan, typed-by-hand ones too, and --data wins where both give one",
    async () => {
      const dir = tempDir();
      const file = await makePlan(dir);
      // The manager types March's website sessions into the plan and saves it (as Excel would).
      const wb = await readWorkbook(file);
      const spec = targetsSpec();
      const sessions = rowOf(spec, kpiRowKey('website-sessions'));
      wb.getWorksheet('KPI targets')!.getCell(sessions, colOf(spec, 'm03')).value = 6000;
      await wb.xlsx.writeFile(file);
      const planned = await readPlanTargets('plan.xlsx', strategy, dir);
      expect(planned.filter((r) => r.month === '2026-03')).toEqual([
        { kpi: 'new-students', month: '2026-03', target: 50, actual: null },
        { kpi: 'leads', month: '2026-03', target: 400, actual: null },
        { kpi: 'website-sessions', month: '2026-03', target: 6000, actual: null },
      ]);
      expect(planned.map((r) => r.month)).toContain('2026-04');

      writeFileSync(path.join(dir, 'month.csv'), 'kpi,month,target,actual\nleads,2026-03,999,12\n');
      const r = await runMain(['workbook', '--template', 'digital-marketing-strategy', '--month', '2026-03', '--today',
        '2026-03-10', '--lang', 'en', '--plan', 'plan.xlsx', '--data', 'month.csv', '--out', 'm.xlsx'], dir);
      expect(r.code, r.err.join('\n')).toBe(0);
      const kpis = (await readWorkbook(path.join(dir, 'm.xlsx'))).getWorksheet('KPI results')!;
      const target = (id: string) => kpiCell(kpis, id, 'target', 'digital-marketing-strategy');
      expect(target('new-students')).toBe(50);
      expect(target('website-sessions')).toBe(6000);
      expect(target('leads')).toBe(999);
      expect(kpiCell(kpis, 'leads', 'actual', 'digital-marketing-strategy')).toBe(12);
    });

  it('refuses a plan for another template, a monthly workbook and a missing file, naming the file', async () => {
    const dir = tempDir();
    await makePlan(dir);
    const other = await runMain(['workbook', '--template', 'social-media-content', '--month', '2026-03', '--plan',
      'plan.xlsx', '--out', 'o.xlsx'], dir);
    expect(other.code).toBe(2);
    expect(other.err).toEqual(['kpi-planner: plan.xlsx: --plan: a year plan for template "digital-marketing-strategy", '
      + 'not "social-media-content"; make one with kpi-planner plan --template social-media-content']);
    const month = await runMain(['workbook', '--template', 'digital-marketing-strategy', '--month', '2026-03', '--out',
      'm.xlsx'], dir);
    expect(month.code).toBe(0);
    const notPlan = await runMain(['workbook', '--template', 'digital-marketing-strategy', '--month', '2026-03',
      '--plan', 'm.xlsx', '--out', 'o.xlsx'], dir);
    expect(notPlan.code).toBe(2);
    expect(notPlan.err[0])
      .toMatch(/^kpi-planner: m\.xlsx: --plan: not a year plan; give an \.xlsx written by kpi-planner/);
    const missing = await runMain(['workbook', '--template', 'digital-marketing-strategy', '--month', '2026-03',
      '--plan', 'nope.xlsx', '--out', 'o.xlsx'], dir);
    expect(missing.code).toBe(2);
    expect(missing.err[0]).toContain('nope.xlsx: --plan: cannot read the file: no such file');
    expect(filesIn(dir)).not.toContain('o.xlsx');
  });

  it("works in the built CLI too: the year plan's targets are read with exceljs's reader bundle", () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'year.csv'), 'kpi,month,target,actual\nreach,2026-05,1234,\n');
    const made = runCli(['plan', '--template', 'small-business-tasks', '--year', '2026', '--data', 'year.csv',
      '--out', 'plan.xlsx'], dir);
    expect(made.stderr).toBe('');
    expect(made.code).toBe(0);
    const month = runCli(['workbook', '--template', 'small-business-tasks', '--month', '2026-05', '--today',
      '2026-05-31', '--plan', 'plan.xlsx', '--out', 'm.xlsx'], dir);
    expect(month.stderr).toBe('');
    expect(month.code).toBe(0);
    expect(month.stdout).toContain('1 data rows');
  });
});
