// The chart entries of the monthly workbook: under every table, over visible columns, reading the KPI rows by key.
import { describe, expect, it } from 'vitest';
import { buildWorkbook } from '../../src/core/build-workbook';
import type { SheetSpec } from '../../src/core/model/workbook';
import { columnLetter } from '../../src/core/sheets/a1';
import { CHART_ROW_HEIGHT } from '../../src/core/sheets/charts';
import type { Language } from '../../src/core/template/schema';
import { listTemplates } from '../../src/core/template/registry';
import { colOf } from '../helpers/spec-cells';

const box = (a1: string) => {
  const m = /^\$?([A-Z]+)\$?(\d+):\$?([A-Z]+)\$?(\d+)$/.exec(a1)!;
  const col = (s: string) => [...s].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return { left: col(m[1]), top: Number(m[2]), right: col(m[3]), bottom: Number(m[4]) };
};
const overlaps = (a: string, b: string) => {
  const [p, q] = [box(a), box(b)];
  return p.left <= q.right && q.left <= p.right && p.top <= q.bottom && q.top <= p.bottom;
};
/** Every range the sheet's tables use: merges, rules, validations, the filter. */
const tableRanges = (s: SheetSpec) => [...(s.merges ?? []), ...(s.conditionalRules ?? []), ...(s.validations ?? [])]
  .map((x) => x.range).concat(s.autoFilter ? [s.autoFilter] : []).map((r) => (r.includes(':') ? r : `${r}:${r}`));

const LANGS: Language[] = ['en', 'lv', 'lt'];
const cases = listTemplates().flatMap((t) => LANGS.map((lang) => [t.id, lang, t] as const));

describe.each(cases)('charts of %s (%s)', (_, lang, template) => {
  const wb = buildWorkbook({ template, month: '2026-11', today: '2026-11-20', lang, data: [], events: [] });
  const kpi = wb.sheets.find((s) => s.id === 'kpi-results')!;
  const summary = wb.sheets.find((s) => s.id === 'summary')!;
  const kpiRows = Object.entries(kpi.rowKeys!).filter(([k]) => k.startsWith('kpi:')).map(([, r]) => r);
  const column = (key: string) => {
    const c = columnLetter(colOf(kpi, key));
    return `'${kpi.name.replace(/'/g, "''")}'!$${c}$${Math.min(...kpiRows)}:$${c}$${Math.max(...kpiRows)}`;
  };

  it('one chart on the KPI sheet and one on the Summary, and none elsewhere', () => {
    expect(wb.sheets.map((s) => [s.id, (s.charts ?? []).map((c) => c.id)])).toEqual(wb.sheets.map((s) => [s.id,
      s.id === 'kpi-results' ? ['kpi-target-actual'] : s.id === 'summary' ? ['summary-achieved'] : []]));
  });

  it('the series read the KPI rows\' names, targets to date, actuals and % achieved', () => {
    const [bars] = kpi.charts!;
    const kpiColumns = [column('kpi'), column('due'), column('actual')];
    expect([bars.categories, ...bars.series.map((s) => s.values)]).toEqual(kpiColumns);
    const [overview] = summary.charts!;
    const read = [overview.categories, ...overview.series.map((s) => s.values)];
    expect(read).toEqual([column('kpi'), column('achieved')]);
    expect(overview.valueFormat).toMatch(/%$/);
  });

  it.each([['kpi-results'], ['summary']])('%s: below every row and range of the tables, fixed row heights', (id) => {
    const s = wb.sheets.find((x) => x.id === id)!;
    const [chart] = s.charts!;
    const at = box(chart.anchor);
    expect(at.top).toBeGreaterThan([...s.rows].length);
    for (const r of tableRanges(s)) expect(overlaps(chart.anchor, r), `${chart.anchor} vs ${r}`).toBe(false);
    for (let r = at.top; r <= at.bottom; r++) expect(s.rowHeights![r]).toBe(CHART_ROW_HEIGHT);
    // Over visible columns only, starting at the first.
    expect(at.left).toBe(1);
    for (let c = at.left; c <= at.right; c++) expect(s.columns[c - 1].hidden ?? false).toBe(false);
  });
});

