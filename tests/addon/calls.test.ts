// Service calls per generated sheet stay the same whether the activity plan has 10 rows or 5,000.
import { beforeAll, describe, expect, it } from 'vitest';
import { AppsScriptRuntime, type CallRecord } from '../helpers/apps-script-runtime';
import { bundleForAppsScript, planTemplate } from '../helpers/apps-script/bundle';

/**
 * Sizing the grid: a fresh sheet (1000 × 26, known) is grown past its 1000 rows with one insert, or trimmed to the
 * table with one delete of rows and one of columns.
 */
const GROWTH = new Set([
  'getMaxRows', 'getMaxColumns', 'insertRowsAfter', 'insertColumnsAfter', 'deleteRows', 'deleteColumns',
]);
/**
 * Calls per sheet besides layout: one per property over the whole table, plus rules, merges, panes, tag and
 * two that size the grid (a fresh sheet is trimmed to its table; a reused one is asked its size).
 * Widths and heights cost one call per run of equal values (no batch call exists for
 * them in SpreadsheetApp), so they depend on the columns and the description's row heights, never on rows.
 */
const BOUND = 26;
/** The benchmark's goal for a whole sheet, layout included: 25, and 2 that trim the grid to the table. */
const TOTAL = 27;
const layoutCall = (c: CallRecord) => c.method === 'setColumnWidths' || c.method === 'setRowHeights';
/**
 * Charts, counted like layout, apart: a constant per chart (the sheet's charts read once, the spreadsheet for
 * another tab's ranges, an insert or an update), never per row. The Summary and KPI sheet each have one.
 */
const CHART_METHODS = new Set(['getCharts', 'getParent', 'newChart', 'insertChart', 'updateChart', 'removeChart']);
const CHART_BOUND = 4;
const chartCall = (c: CallRecord) => CHART_METHODS.has(c.method);
const beyondLayout = (calls: CallRecord[]) => calls.filter((c) => !layoutCall(c) && !chartCall(c)).length;

let code: string;
beforeAll(async () => {
  code = await bundleForAppsScript('src/addon/bench-entry.ts');
});

function render(template: Record<string, unknown>) {
  const rt = new AppsScriptRuntime({ code });
  const out = rt.run('renderOneSheet', { template, month: '2026-11' }) as { name: string; rows: number; cols: number };
  return { rt, out, calls: rt.documentCalls(out.name) };
}

const shape = (calls: CallRecord[]) => calls.filter((c) => !GROWTH.has(c.method)).map((c) => `${c.type}.${c.method}`).sort();

describe('service calls per sheet', () => {
  it('are the same for a 10-row and a 5,000-row activity plan', () => {
    const small = render(planTemplate(1, { kind: 'weekly', min: 2, max: 2 }));
    const big = render(planTemplate(240));
    expect(small.out.rows).toBeLessThan(20);
    expect(big.out.rows).toBeGreaterThan(5000);
    expect(beyondLayout(small.calls)).toBeLessThanOrEqual(BOUND);
    expect(beyondLayout(big.calls)).toBeLessThanOrEqual(BOUND);
    expect(small.calls.length).toBeLessThanOrEqual(TOTAL);
    expect(big.calls.length).toBeLessThanOrEqual(TOTAL);
    // Apart from growing the sheet once, exactly the same calls: one per property for the whole table.
    const sizing = (calls: CallRecord[]) => calls.filter((c) => GROWTH.has(c.method)).map((c) => c.method);
    expect(sizing(big.calls)).toEqual(['insertRowsAfter', 'deleteColumns']);
    expect(sizing(small.calls)).toEqual(['deleteRows', 'deleteColumns']);
    expect(shape(big.calls)).toEqual(shape(small.calls));
    // A cell-by-cell writer would make rows × columns calls for the values alone.
    expect(big.out.rows * big.out.cols).toBeGreaterThan(60_000);
  });

  it('regenerating the 5,000-row plan costs no more than generating it', () => {
    const { rt, out, calls } = render(planTemplate(240));
    rt.resetCalls();
    rt.run('renderOneSheet', { template: planTemplate(240), month: '2026-11' });
    const again = rt.documentCalls(out.name);
    expect(again.length).toBeLessThanOrEqual(calls.length);
    expect(again.filter((c) => c.method === 'setColumnWidths')).toEqual([]);
  });

  it('every sheet the add-on generates stays within the bound, first time and regenerated', () => {
    const rt = new AppsScriptRuntime({ userLocale: 'en', now: '2026-11-10T09:00:00Z' });
    const args = { template: 'small-business-tasks', month: '2026-11', lang: 'lt', events: [{ type: 'webinar', date: '2026-11-12', title: 'W' }] };
    for (let round = 0; round < 2; round++) {
      rt.resetCalls();
      const reply = rt.call('generateSheets', args);
      expect(reply.ok).toBe(true);
      for (const s of reply.ok ? reply.value.sheets : []) {
        const calls = rt.documentCalls(s.name);
        expect(beyondLayout(calls), `${s.name} round ${round}`).toBeLessThanOrEqual(BOUND);
        expect(calls.filter(chartCall).length, `${s.name} round ${round}: charts`).toBeLessThanOrEqual(CHART_BOUND);
        // A regeneration rewrites no layout that didn't change.
        if (round === 1) expect(calls.filter(layoutCall), s.name).toEqual([]);
      }
      // Spreadsheet-wide: four metadata searches by key (the month, the floating summary, last month, the year
      // plan's targets) and, until the document has a month list, one for first-version tags; the time zone (today),
      // the sheet count (and once more for the month list when tabs were added), then a name check and an insert per
      // new sheet; the Summary chart's two ranges on the KPI tab (Spreadsheet.getRange).
      const spreadsheetWide = rt.documentCalls().filter((c) => c.sheet === undefined).length;
      expect(spreadsheetWide).toBeLessThanOrEqual(5 * 3 + 3 + 2 * 5 + 2);
    }
  });
});
