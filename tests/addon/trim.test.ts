// Generated tabs are trimmed to what they hold (plus spare rows under tables the manager types into, and charts).
import { describe, expect, it } from 'vitest';
import { CHART_ROWS } from '../../src/core/sheets/charts';
import { AppsScriptRuntime } from '../helpers/apps-script-runtime';
import { col, tagOf } from '../helpers/apps-script/inspect';

const MONTH = '2026-11';
const PLAN = `Activity plan ${MONTH}`;
const events = (n: number) => Array.from({ length: n }, (_, i) => ({
  type: 'webinar', date: `2026-11-${String(1 + i).padStart(2, '0')}`, title: `W${i}`,
}));
const ARGS = { template: 'social-media-content', month: MONTH, lang: 'en', events: events(2) };
/** What the add-on leaves under a table the manager adds rows to (render-sheet.ts SPARE_ROWS). */
const SPARE = 20;

function generate(rt: AppsScriptRuntime, args: Record<string, unknown> = ARGS) {
  const reply = rt.call('generateSheets', args);
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}

/** Each tab's grid against what it holds: the description's rows and columns, the spare rows, the chart rows. */
function grids(rt: AppsScriptRuntime, sheets: { name: string; rows: number }[]) {
  return sheets.map((s) => {
    const sheet = rt.sheet(s.name);
    const tag = tagOf(rt, s.name) as unknown as {
      columns: string[]; entries: unknown; headerRow: number | null; layout?: { charts?: { row: number }[] };
    };
    const spare = tag.entries && tag.headerRow ? SPARE : 0;
    // A chart sits on rows of its own under the table (src/core/sheets/charts.ts): they stay.
    const chartEnd = Math.max(0, ...(tag.layout?.charts ?? []).map((c) => c.row + CHART_ROWS - 1));
    const size = [sheet.getMaxRows(), sheet.getMaxColumns()];
    return { name: s.name, size, holds: [Math.max(s.rows + spare, chartEnd), tag.columns.length] };
  });
}

describe('trimmed tabs', () => {
  it('fresh tabs are exactly as big as what they hold, not 1000 × 26', () => {
    const rt = new AppsScriptRuntime({ userLocale: 'en', now: '2026-11-10T09:00:00Z' });
    const { sheets } = generate(rt);
    for (const g of grids(rt, sheets)) expect(g.size, g.name).toEqual(g.holds);
    const cells = sheets.reduce((n, s) => n + rt.sheet(s.name).getMaxRows() * rt.sheet(s.name).getMaxColumns(), 0);
    expect(cells).toBeLessThan(sheets.length * 1000 * 26 / 10);
  });

  it('a regenerated tab shrinks and grows with its table, and keeps a row the manager added in the spare rows', () => {
    const rt = new AppsScriptRuntime({ userLocale: 'en', now: '2026-11-10T09:00:00Z' });
    const big = generate(rt, { ...ARGS, events: events(20) });
    const small = generate(rt);
    const planRows = (v: typeof big) => v.sheets.find((s) => s.id === 'activity-plan')!.rows;
    expect(planRows(small)).toBeLessThan(planRows(big));
    for (const g of grids(rt, small.sheets)) expect(g.size, g.name).toEqual(g.holds);
    // The manager types a task into the first spare row; it is carried, and the spare rows are there again below it.
    const plan = rt.sheet(PLAN);
    const added = planRows(small) + 1;
    plan.getRange(added, col(rt, PLAN, 'comment')).setValue('Call the printer');
    const again = generate(rt);
    expect(planRows(again)).toBe(added);
    expect(plan.getRange(added, col(rt, PLAN, 'comment')).getValue()).toBe('Call the printer');
    for (const g of grids(rt, again.sheets)) expect(g.size, g.name).toEqual(g.holds);
    const bigAgain = generate(rt, { ...ARGS, events: events(20) });
    for (const g of grids(rt, bigAgain.sheets)) expect(g.size, g.name).toEqual(g.holds);
  });

  it('a tab the manager resized by hand is sized again', () => {
    const rt = new AppsScriptRuntime({ userLocale: 'en', now: '2026-11-10T09:00:00Z' });
    generate(rt);
    const plan = rt.sheet(PLAN);
    plan.deleteRows(10, plan.getMaxRows() - 10);
    plan.insertColumnsAfter(plan.getMaxColumns(), 30);
    const { sheets } = generate(rt);
    for (const g of grids(rt, sheets)) expect(g.size, g.name).toEqual(g.holds);
  });
});
