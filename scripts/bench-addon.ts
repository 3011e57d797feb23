// Bench: Apps Script service calls per generated activity-plan sheet (10, 500, 5,000 rows) vs a cell-by-cell writer.
// Runs the Sheets renderer bundled as for Apps Script inside the in-memory runtime the tests use.
import { AppsScriptRuntime, type CallRecord } from '../tests/helpers/apps-script-runtime';
import { bundleForAppsScript, planTemplate } from '../tests/helpers/apps-script/bundle';

const GOAL = 25;
/** Handles, not document reads or writes: Apps Script creates them without asking the spreadsheet. */
const HANDLES = new Set(['getRange', 'getRangeList', 'getRanges']);

const SIZES: [string, Record<string, unknown>][] = [
  ['10', planTemplate(1, { kind: 'weekly', min: 2, max: 2 })],
  ['500', planTemplate(24)],
  ['5,000', planTemplate(240)],
];

function count(calls: CallRecord[]) {
  return { all: calls.length, io: calls.filter((c) => !HANDLES.has(c.method)).length, widths: calls.filter((c) => c.method === 'setColumnWidths').length };
}

export async function benchAddon(): Promise<{ ok: boolean }> {
  const code = await bundleForAppsScript('src/addon/bench-entry.ts');
  const lines: string[] = [];
  let worst = 0;
  for (const [label, template] of SIZES) {
    const rt = new AppsScriptRuntime({ code });
    const started = performance.now();
    const out = rt.run('renderOneSheet', { template, month: '2026-11' }) as { name: string; rows: number; cols: number };
    const ms = performance.now() - started;
    const first = count(rt.documentCalls(out.name));
    rt.resetCalls();
    rt.run('renderOneSheet', { template, month: '2026-11' });
    const again = count(rt.documentCalls(out.name));
    const cellByCell = out.rows * out.cols;
    worst = Math.max(worst, first.all, again.all);
    lines.push(
      `  ${label.padStart(5)} rows (${out.rows} × ${out.cols}): ${String(first.all).padStart(2)} calls first time ` +
        `(${first.io} reads/writes + ${first.all - first.io} range handles; ${first.widths} of them column widths), ` +
        `${String(again.all).padStart(2)} regenerated; cell by cell ≥ ${cellByCell.toLocaleString('en')} ` +
        `(${Math.round(cellByCell / first.all).toLocaleString('en')}× more); ${ms.toFixed(0)} ms in the stand-in`,
    );
  }
  console.log('Add-on: Apps Script calls per generated activity-plan sheet');
  for (const l of lines) console.log(l);
  const ok = worst <= GOAL;
  console.log(`  goal: a constant ≤ ${GOAL} per sheet — ${ok ? 'met' : `not met (at most ${worst}; one call per run of equal column widths, SpreadsheetApp has no batch for widths)`}`);
  return { ok };
}

if (import.meta.url === `file://${process.argv[1]}`) await benchAddon();
