// Bench: Apps Script service calls per generated activity-plan sheet (10, 500, 5,000 rows) vs a cell-by-cell writer,
// and over months of use: each action's calls at 1, 12 and 36 months of tabs and the bytes stored after up to 60.
// Runs the add-on bundled as for Apps Script inside the in-memory runtime the tests use.
import { actionCosts, Document, FIRST_MONTH, monthAfter, useMonth } from '../tests/helpers/addon-history';
import { AppsScriptRuntime, type CallRecord } from '../tests/helpers/apps-script-runtime';
import { bundleForAppsScript, planTemplate } from '../tests/helpers/apps-script/bundle';

/** 25 calls, and 2 that trim the grid to the table (a fresh sheet is 1000 × 26). */
const GOAL = 27;
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

/** Storage goal: everything the add-on keeps in the document's properties (they hold 500 KB). */
const STORED_GOAL = 100 * 1024;

/**
 * Heavy use each month (60 events, the campaign and plan regenerated, a GA4 import with 150 campaigns); after 1, 12
 * and 36 months of tabs, getState, generate-all and download of the next month are counted (every service call).
 */
export async function benchAddonHistory(): Promise<{ ok: boolean }> {
  const doc = new Document();
  const costs: string[] = [];
  const stored: string[] = [];
  const seen = { getState: new Set<number>(), generateAll: new Set<number>(), download: new Set<number>() };
  let most = 0;
  const started = performance.now();
  for (let i = 0; i < 60; i++) {
    useMonth(doc, monthAfter(FIRST_MONTH, i));
    const months = i + 1;
    most = Math.max(most, doc.storedBytes());
    if ([1, 12, 36, 60].includes(months)) stored.push(`${months} months: ${(doc.storedBytes() / 1024).toFixed(1)} KB`);
    if ([1, 12, 36].includes(months)) {
      const c = actionCosts(doc, monthAfter(FIRST_MONTH, months));
      for (const k of ['getState', 'generateAll', 'download'] as const) seen[k].add(c[k]);
      const tabs = `${String(months).padStart(2)} months of tabs`;
      costs.push(`  ${tabs}: getState ${c.getState}, generate-all ${c.generateAll}, download ${c.download} calls`);
    }
  }
  console.log('Add-on: service calls by months of tabs (goal: equal)');
  for (const l of costs) console.log(l);
  const equal = Object.values(seen).every((s) => s.size === 1);
  console.log(`  goal: the same at 1, 12 and 36 months — ${equal ? 'met' : 'not met'}`);
  console.log('Add-on: bytes stored in document properties after months of heavy use (goal: ≤ 100 KB)');
  console.log(`  ${stored.join('; ')}; most at any time ${(most / 1024).toFixed(1)} KB`);
  const seconds = ((performance.now() - started) / 1000).toFixed(0);
  console.log(`  goal — ${most <= STORED_GOAL ? 'met' : 'not met'} (${seconds} s for 60 simulated months)`);
  return { ok: equal && most <= STORED_GOAL };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await benchAddon();
  await benchAddonHistory();
}
