// The year plan's round and year targets as LibreOffice recalculates them: hand-computed figures for a sum, a stock,
// a plain and a weighted rate; and a month target edited in the file gives what regenerating with it gives.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { KpiRecord } from '../../src/core/model/input';
import type { SheetSpec } from '../../src/core/model/workbook';
import { aggregate, aggregationOf } from '../../src/core/periods/aggregate';
import { kpiRowKey } from '../../src/core/year/targets-sheet';
import { buildYearPlan } from '../../src/core/year/year-plan';
import { renderWorkbookToFile } from '../../src/render/excel/render-file';
import { recalculate } from '../helpers/libreoffice';
import { colOf, rowOf } from '../helpers/spec-cells';
import { EXPECTED, YEAR_DATA, YEAR_TEMPLATE } from '../helpers/year-fixture';

const dir = mkdtempSync(path.join(tmpdir(), 'kpi-year-'));
const PERIODS = ['p:2026-spring', 'p:2026-autumn', 'p:2027-spring', 'year'];

function plan(data: KpiRecord[]) {
  return buildYearPlan({ template: YEAR_TEMPLATE, year: 2026, lang: 'lv', data, created: '2026-12-01' }).workbook;
}

/** Each KPI's period figures as LibreOffice computed them (null: the cell shows nothing). */
async function recalculated(file: string, spec: SheetSpec): Promise<Record<string, Record<string, number | null>>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(await recalculate(file));
  const ws = wb.getWorksheet(spec.name)!;
  return Object.fromEntries(YEAR_TEMPLATE.kpis.map((k) => [k.id, Object.fromEntries(PERIODS.map((p) => {
    const v = ws.getCell(rowOf(spec, kpiRowKey(k.id)), colOf(spec, p)).value;
    const result = v && typeof v === 'object' && 'result' in v ? v.result : v;
    return [p, typeof result === 'number' ? result : null];
  }))]));
}

type Figures = Record<string, Record<string, number | null>>;
const close = (got: Figures, want: Figures) => {
  for (const [kpi, periods] of Object.entries(want)) for (const [p, w] of Object.entries(periods)) {
    if (w === null) expect(got[kpi][p], `${kpi} ${p}`).toBeNull();
    else expect(got[kpi][p], `${kpi} ${p}`).toBeCloseTo(w, 9);
  }
};

describe('year plan targets in LibreOffice', () => {
  it('round and year targets equal the hand-computed ones for a sum, a stock, a rate and a weighted rate', async () => {
    const wb = plan(YEAR_DATA);
    const spec = wb.sheets.find((s) => s.id === 'kpi-targets')!;
    const file = path.join(dir, 'plan.xlsx');
    await renderWorkbookToFile(wb, file);
    const got = await recalculated(file, spec);
    close(got, EXPECTED);
    // GA4's engagement rate is typed per period: LibreOffice finds nothing there to compute.
    expect(got['engagement-rate']).toEqual(Object.fromEntries(PERIODS.map((p) => [p, null])));
    // The core's own arithmetic agrees with the sheet (one rule, two implementations kept in step).
    const leads = YEAR_DATA.filter((r) => r.kpi === 'leads');
    const cpl = YEAR_DATA.filter((r) => r.kpi === 'cost-per-lead');
    const months = Array.from({ length: 12 }, (_, i) => `2026-${String(i + 1).padStart(2, '0')}`);
    const figure = (rows: KpiRecord[], m: string) => rows.find((r) => r.month === m)?.target ?? null;
    const rule = aggregationOf(YEAR_TEMPLATE.kpis.find((k) => k.id === 'cost-per-lead')!);
    const byMonth = months.map((m) => ({ value: figure(cpl, m), weight: figure(leads, m) }));
    expect(aggregate(rule, byMonth)).toBe(got['cost-per-lead'].year);
  });

  it('a month target edited in the file and recalculated equals the plan regenerated with it', async () => {
    const spec = plan(YEAR_DATA).sheets.find((s) => s.id === 'kpi-targets')!;
    const file = path.join(dir, 'edited.xlsx');
    await renderWorkbookToFile(plan(YEAR_DATA), file);
    const edits: KpiRecord[] = [
      { kpi: 'followers', month: '2026-12', target: 1700, actual: null },
      { kpi: 'leads', month: '2026-05', target: 100, actual: null },
      { kpi: 'new-students', month: '2026-08', target: 9, actual: null },
      { kpi: 'open-rate', month: '2026-10', target: 0.1, actual: null },
    ];
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.getWorksheet(spec.name)!;
    for (const e of edits) {
      ws.getCell(rowOf(spec, kpiRowKey(e.kpi)), colOf(spec, `m${e.month.slice(5)}`)).value = e.target;
    }
    await wb.xlsx.writeFile(file);
    const regenerated = path.join(dir, 'regenerated.xlsx');
    await renderWorkbookToFile(plan([...YEAR_DATA, ...edits]), regenerated);
    const [edited, fresh] = [await recalculated(file, spec), await recalculated(regenerated, spec)];
    expect(edited).toEqual(fresh);
    // And the edits moved what they should: the stock's year is December's, May now weighs the autumn cost.
    expect(edited.followers.year).toBe(1700);
    expect(edited['cost-per-lead']['p:2026-autumn']).toBeCloseTo((1000 + 6000 + 3000) / 500, 9);
    expect(edited['open-rate']['p:2027-spring']).toBeCloseTo(0.1, 9);
  });
});
