// The add-on's Excel download carries the very hidden kpi-planner-meta sheet, so `kpi-planner refresh` rebuilds it.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { buildWorkbook } from '../../src/core/build-workbook';
import { findTemplate } from '../../src/core/template/registry';
import { META_SHEET } from '../../src/render/excel/meta-sheet';
import { renderWorkbookToBuffer } from '../../src/render/excel/render-buffer';
import { AppsScriptRuntime } from '../helpers/apps-script-runtime';
import { col, row } from '../helpers/apps-script/inspect';
import { colOf, rowOf, sheetById } from '../helpers/spec-cells';
import { readWorkbook, tempDir } from '../cli/run-cli';
import { runMain } from '../cli/run-main';

vi.mock('../../templates/samples/demo-data.csv', () => ({ default: '' }));
vi.mock('../../templates/samples/demo-events.csv', () => ({ default: '' }));

const MONTH = '2026-11';
const KPI = `KPI results ${MONTH}`;
const SECRET = 'z9y8secretwebhookcode';
const EVENTS = [{ type: 'webinar', date: '2026-11-18', title: 'Autumn open day' }];
const ARGS = { template: 'social-media-content', month: MONTH, lang: 'en', events: EVENTS, profile: ['services'] };

describe('the add-on download, refreshed by the CLI', () => {
  it('keeps every typed entry: the file names its template, month, events, profile and month-named tabs', async () => {
    const rt = new AppsScriptRuntime({ userLocale: 'en', now: '2026-11-20T09:00:00Z' });
    const ok = <T>(reply: { ok: boolean; value?: T; error?: string }) => {
      if (!reply.ok) throw new Error(reply.error);
      return reply.value as T;
    };
    ok(rt.call('generateSheets', ARGS));
    ok(rt.call('setCrmWebhook', { url: `https://school.bitrix24.eu/rest/7/${SECRET}/` }));
    const cell = (key: string, column: string) => rt.sheet(KPI).getRange(row(rt, KPI, key), col(rt, KPI, column));
    cell('website-sessions', 'target').setValue(5000);
    cell('reactions', 'actual').setValue(321);
    cell('reactions', 'comment').setValue('looks fine, + 12%');

    const spec = ok<{ workbook: Parameters<typeof renderWorkbookToBuffer>[0] }>(
      rt.call('getDownloadSpec', { month: MONTH }));
    const dir = tempDir();
    writeFileSync(path.join(dir, 'addon.xlsx'), await renderWorkbookToBuffer(spec.workbook));
    const downloaded = await readWorkbook(path.join(dir, 'addon.xlsx'));
    const meta = downloaded.getWorksheet(META_SHEET)!;
    expect(meta.state).toBe('veryHidden');
    const rows: unknown[][] = [];
    meta.eachRow((r) => void rows.push([r.getCell(1).value, r.getCell(2).value]));
    expect(rows).toEqual(expect.arrayContaining([['template', 'social-media-content'], ['month', MONTH],
      ['lang', 'en'], ['profile', '["services"]'], ['sheetNames', 'with-month']]));
    // Never a secret: the webhook lives in the user's properties, not in the file.
    expect(JSON.stringify(rows)).not.toContain(SECRET);
    expect(JSON.stringify(rows)).not.toContain('bitrix24');

    const refreshed = await runMain(
      ['refresh', '--in', 'addon.xlsx', '--out', 'refreshed.xlsx', '--today', '2026-11-25'], dir);
    expect(refreshed.code, refreshed.err.join('\n')).toBe(0);
    const wb = await readWorkbook(path.join(dir, 'refreshed.xlsx'));
    // Where the generator puts things with the add-on's inputs: month-named tabs, the profile's plan.
    const layout = buildWorkbook({
      template: findTemplate('social-media-content')!, month: MONTH, today: '2026-11-25', lang: 'en', data: [],
      events: EVENTS.map((e) => ({ ...e, type: 'webinar' as const })), profile: ['services'], monthInSheetNames: true,
    });
    const kpis = sheetById(layout, 'kpi-results');
    expect(kpis.name).toBe(KPI);
    const at = (kpi: string, column: string) =>
      wb.getWorksheet(KPI)!.getCell(rowOf(kpis, `kpi:${kpi}`), colOf(kpis, column)).value;
    expect(at('website-sessions', 'target')).toBe(5000);
    expect(at('reactions', 'actual')).toBe(321);
    expect(at('reactions', 'comment')).toBe('looks fine, + 12%');
    // The event and the profile came through: the plan is the add-on's, and its tab has the same rows.
    const plan = sheetById(layout, 'activity-plan');
    const planKey = Object.keys(plan.rowKeys ?? {}).find((k) => k.includes('2026-11-18'))!;
    expect(planKey).toBeDefined();
    expect(wb.getWorksheet(plan.name)!.rowCount).toBe(downloaded.getWorksheet(plan.name)!.rowCount);
    expect(wb.getWorksheet(META_SHEET)!.state).toBe('veryHidden');
  });
});
