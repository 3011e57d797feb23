// The add-on draws the director's charts with the chart builder, fed from the live ranges, and keeps one of each.
import { describe, expect, it } from 'vitest';
import { AppsScriptRuntime } from '../helpers/apps-script-runtime';
import type { FakeChart } from '../helpers/apps-script/charts';
import { col, row } from '../helpers/apps-script/inspect';
import { columnLetter } from '../../src/core/sheets/a1';

const NOV = { template: 'social-media-content', month: '2026-11', lang: 'en', events: [] };
const KPI = 'KPI results 2026-11';

function generated() {
  const rt = new AppsScriptRuntime({ userLocale: 'en', now: '2026-11-10T09:00:00Z' });
  const reply = rt.call('generateSheets', NOV);
  if (!reply.ok) throw new Error(reply.error);
  return rt;
}

const charts = (rt: AppsScriptRuntime, name: string) => rt.sheet(name).charts.map((c: FakeChart) => c.describe());

/** `'KPI results 2026-11'!F8:F17`: a KPI column over the KPI rows, found by the sheet's column and row keys. */
function kpiColumn(rt: AppsScriptRuntime, key: string): string {
  const c = columnLetter(col(rt, KPI, key));
  return `'${KPI}'!${c}${row(rt, KPI, 'followers-total')}:${c}${row(rt, KPI, 'comments')}`;
}

describe('charts in Google Sheets', () => {
  it('the KPI sheet gets target to date and actual per KPI, the Summary % achieved, from the live ranges', () => {
    const rt = generated();
    const [onKpi] = charts(rt, KPI);
    expect(charts(rt, KPI)).toHaveLength(1);
    // Horizontal bars: the KPI names read down the side, as in the table.
    expect(onKpi.kind).toBe('bar');
    expect(onKpi.ranges).toEqual([kpiColumn(rt, 'kpi'), kpiColumn(rt, 'due'), kpiColumn(rt, 'actual')]);
    expect(onKpi.numHeaders).toBe(0);
    expect(onKpi.options.title).toBe('Target to date and actual per KPI');
    expect(onKpi.options.series).toEqual({ 0: { labelInLegend: 'Target to date' }, 1: { labelInLegend: 'Actual' } });
    // Under the table: the chart's top row is past the last KPI row.
    expect(onKpi.position!.row).toBeGreaterThan(row(rt, KPI, 'comments'));
    expect(onKpi.options.width).toBeGreaterThan(500);

    const summary = charts(rt, 'Summary');
    expect(summary.map((c) => [c.kind, c.ranges, c.options.title, c.options['vAxis.format']])).toEqual([
      ['bar', [kpiColumn(rt, 'kpi'), kpiColumn(rt, 'achieved')], '% achieved per KPI', '0.0%'],
    ]);
    expect(summary[0].position!.row).toBeGreaterThan(rt.sheet('Summary').getLastRow());
  });

  it('regenerating updates the same charts in place and leaves the manager\'s own chart alone', () => {
    const rt = generated();
    const kpi = rt.sheet(KPI);
    const ids = kpi.charts.map((c: FakeChart) => c.getChartId());
    // A chart the manager added by hand on the generated sheet.
    kpi.insertChart(kpi.newChart().asLineChart().addRange(kpi.getRange('A1:A3')).setPosition(1, 1, 0, 0).build());
    const own = kpi.charts.at(-1)!.getChartId();
    for (let i = 0; i < 2; i++) {
      const reply = rt.call('generateSheets', { ...NOV, sheets: ['kpi-results'] });
      expect(reply.ok).toBe(true);
    }
    expect(kpi.charts.map((c: FakeChart) => c.getChartId())).toEqual([...ids, own]);
    const ranges = [kpiColumn(rt, 'kpi'), kpiColumn(rt, 'due'), kpiColumn(rt, 'actual')];
    expect(kpi.charts[0].describe().ranges).toEqual(ranges);
    expect(charts(rt, 'Summary')).toHaveLength(1);
  });
});
