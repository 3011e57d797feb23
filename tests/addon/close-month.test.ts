// Closing a month in the built add-on: a protected snapshot of values that flags later edits, and reopening.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderWorkbookToBuffer } from '../../src/render/excel/render-buffer';
import { SNAPSHOT_COLUMNS } from '../../src/core/sheets/snapshot';
import { AppsScriptRuntime, type FakeSheet } from '../helpers/apps-script-runtime';
import { col, row, snapshot } from '../helpers/apps-script/inspect';
import { sheetRows } from '../helpers/libreoffice';
import { readBook, tempDir } from '../helpers/xlsx';

const ARGS = { template: 'social-media-content', month: '2026-11', lang: 'en', events: [] };
const K = 'KPI results 2026-11';
const S = 'Closed 2026-11';

function ok<T>(reply: { ok: true; value: T } | { ok: false; error: string }): T {
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}

/** The snapshot's cells by KPI row key and column key, as shown. */
function shown(sheet: FakeSheet, kpi: string, column: (typeof SNAPSHOT_COLUMNS)[number]): string {
  const keyCol = SNAPSHOT_COLUMNS.indexOf('key') + 1;
  const keys = sheet.getRange(1, keyCol, sheet.getLastRow(), 1).getValues().map((r) => r[0]);
  const r = keys.indexOf(kpi) + 1;
  if (r < 1) throw new Error(`no snapshot row for ${kpi}`);
  return sheet.getRange(r, SNAPSHOT_COLUMNS.indexOf(column) + 1).getDisplayValue();
}

/** The value next to a head label ("Since closed", "Closed by"…). */
function head(sheet: FakeSheet, label: string): string {
  const labels = sheet.getRange(1, 1, sheet.getLastRow(), 1).getDisplayValues().map((r) => r[0]);
  const r = labels.indexOf(label) + 1;
  if (r < 1) throw new Error(`no "${label}" on the snapshot`);
  return sheet.getRange(r, 2).getDisplayValue();
}

function closedMonth() {
  const rt = new AppsScriptRuntime({ userLocale: 'en', now: '2026-11-30T15:00:00Z' });
  ok(rt.call('generateSheets', ARGS));
  const kpi = rt.sheet(K);
  kpi.getRange(row(rt, K, 'followers-total'), col(rt, K, 'target')).setValue(1200);
  kpi.getRange(row(rt, K, 'followers-total'), col(rt, K, 'actual')).setValue(600);
  kpi.getRange(row(rt, K, 'reactions'), col(rt, K, 'target')).setValue(100);
  kpi.getRange(row(rt, K, 'reactions'), col(rt, K, 'actual')).setValue(150);
  const info = ok(rt.call('closeMonth', { month: '2026-11', closedBy: '  Anna Bērziņa ' }));
  return { rt, info };
}

describe('closeMonth', () => {
  it('writes the KPI table, counts and list as values into a warning-only protected tab, and records it', () => {
    const { rt, info } = closedMonth();
    expect(info).toEqual({ month: '2026-11', closedBy: 'Anna Bērziņa', closedAt: '2026-11-30 17:00', sheet: S });
    const snap = rt.sheet(S);
    const kpi = rt.sheet(K);
    for (const [c, k] of [['target', 'target'], ['due', 'due'], ['actual', 'actual'], ['variance', 'variance'],
      ['achieved', 'achieved'], ['status', 'status'], ['kpi', 'kpi']] as const) {
      expect(shown(snap, 'followers-total', c), c)
        .toBe(kpi.getRange(row(rt, K, 'followers-total'), col(rt, K, k)).getDisplayValue());
    }
    expect(shown(snap, 'followers-total', 'status')).toBe('missed');
    expect(shown(snap, 'reactions', 'status')).toBe('met');
    // Values, not formulas: only the "since closed" cells read the live sheet.
    const formulas = snap.getRange(1, 1, snap.getLastRow(), SNAPSHOT_COLUMNS.length).getFormulas().flat()
      .filter(Boolean);
    expect(formulas.every((f) => f.includes(`'${K}'!`) || f.startsWith('=IF(COUNTIF('))).toBe(true);
    expect(head(snap, 'Closed by')).toBe('Anna Bērziņa');
    expect(head(snap, 'Closed on')).toBe('2026-11-30 17:00');
    expect(head(snap, 'Status as of')).toBe(head(kpi, 'Status as of'));
    expect(head(snap, 'Since closed')).toBe('unchanged');
    // The Summary's counts, as the Summary showed them.
    const summary = rt.sheet('Summary');
    const count = (label: string) => summary.getRange(1, 1, summary.getLastRow(), 3).getDisplayValues()
      .find((r) => r[0] === label)?.[2];
    const snapCount = (label: string) => snap.getRange(1, 1, snap.getLastRow(), 2).getDisplayValues()
      .filter((r) => r[0] === label).at(-1)?.[1];
    for (const label of ['Met', 'At risk', 'Missed', 'No figure yet']) {
      expect(snapCount(label), label).toBe(count(label));
    }
    const shownColumn = (sheet: FakeSheet) => sheet.getRange(1, 1, sheet.getLastRow(), 1).getDisplayValues().flat();
    const verdict = shownColumn(snap).find((t) => t.startsWith('Ordered by'));
    expect(verdict).toBeDefined();
    expect(shownColumn(summary)).toContain(verdict);
    expect(snap.protections).toHaveLength(1);
    expect(snap.protections[0].warningOnly).toBe(true);
    // Recorded: the month says it is closed, and the user's name is remembered for next time.
    expect(ok(rt.call('getMonth', { month: '2026-11' })).closed).toEqual(info);
    expect(ok(rt.call('getState', {})).closerName).toBe('Anna Bērziņa');
    const twice = rt.call('closeMonth', { month: '2026-11', closedBy: 'X' });
    expect(twice.ok ? '' : twice.error).toContain('already closed (by Anna Bērziņa');
  });

  it('keeps its values after a live edit and says "changed since closed"', () => {
    const { rt } = closedMonth();
    const snap = rt.sheet(S);
    // Regenerating the month rewrites the live tabs with the same figures: nothing changed.
    ok(rt.call('generateSheets', ARGS));
    expect(head(snap, 'Since closed')).toBe('unchanged');
    rt.sheet(K).getRange(row(rt, K, 'followers-total'), col(rt, K, 'actual')).setValue(1300);
    expect(rt.sheet(K).getRange(row(rt, K, 'followers-total'), col(rt, K, 'status')).getDisplayValue()).toBe('met');
    expect(shown(snap, 'followers-total', 'actual')).toBe('600');
    expect(shown(snap, 'followers-total', 'status')).toBe('missed');
    expect(shown(snap, 'followers-total', 'changed')).toBe('changed since closed');
    expect(shown(snap, 'reactions', 'changed')).toBe('unchanged');
    expect(head(snap, 'Since closed')).toBe('changed since closed');
  });

  it('downloads the snapshot, regenerating leaves it, and reopening removes it', async () => {
    const { rt } = closedMonth();
    rt.sheet(K).getRange(row(rt, K, 'followers-total'), col(rt, K, 'actual')).setValue(1300);
    const download = ok(rt.call('getDownloadSpec', { month: '2026-11' }));
    expect(download.fileName).toBe('kpi-planner-social-media-content-2026-11-closed.xlsx');
    expect(download.workbook.sheets.map((s) => s.id)).toEqual(['snapshot']);
    const text = JSON.stringify(download.workbook.sheets[0].rows);
    expect(text).toContain('"missed"');
    expect(text).not.toContain('KPI results');
    // The browser's writer makes the file from it: one tab, the values as closed.
    const bytes = await renderWorkbookToBuffer(download.workbook);
    const book = await readBook(bytes);
    expect(book.worksheets.map((w) => w.name)).toEqual([S]);
    const sheet = book.worksheets[0];
    expect(sheet.getSheetValues().flat().map(String)).toContain('missed');
    // The edit made after closing shows in the file too: the code the tab showed, in its words.
    const keyCol = SNAPSHOT_COLUMNS.indexOf('key') + 1;
    const at = sheet.getColumn(keyCol).values.indexOf('followers-total');
    const changed = sheet.getCell(at, SNAPSHOT_COLUMNS.indexOf('changed') + 1);
    expect(changed.value).toBe(1);
    expect(changed.numFmt).toContain('changed since closed');
    // LibreOffice shows the file as the director sees it: the flag formula over the stored codes, in words.
    const file = path.join(tempDir(), download.fileName);
    writeFileSync(file, bytes);
    const rows = await sheetRows(file, S);
    expect(rows.find((r) => r[0] === 'Since closed')?.[1]).toBe('changed since closed');
    expect(rows[at - 1][SNAPSHOT_COLUMNS.indexOf('changed')]).toBe('changed since closed');
    expect(rows[at - 1][SNAPSHOT_COLUMNS.indexOf('status')]).toBe('missed');
    const before = snapshot(rt);
    const snap = rt.sheet(S);
    const values = () => JSON.stringify(snap.getRange(1, 1, snap.getLastRow(), 12).getValues());
    const held = values();
    ok(rt.call('generateSheets', ARGS));
    expect(values()).toBe(held);
    expect(snapshot(rt)).not.toBe(before);
    expect(ok(rt.call('getMonth', { month: '2026-11' })).closed?.sheet).toBe(S);
    ok(rt.call('reopenMonth', { month: '2026-11' }));
    expect(rt.spreadsheet.getSheetByName(S)).toBeNull();
    expect(ok(rt.call('getMonth', { month: '2026-11' })).closed).toBeNull();
    const again = rt.call('reopenMonth', { month: '2026-11' });
    expect(again.ok).toBe(false);
    // Open again: the download is the live sheets once more.
    const open = ok(rt.call('getDownloadSpec', { month: '2026-11' }));
    expect(open.workbook.sheets.map((s) => s.id)).toContain('kpi-results');
  });
});
