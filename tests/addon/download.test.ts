// The download spec is what the live sheets hold (typed entries included) and renders with exceljs.
import { describe, expect, it } from 'vitest';
import type { Cell } from '../../src/core/model/workbook';
import { renderWorkbookToBuffer } from '../../src/render/excel/render-buffer';
import { AppsScriptRuntime, type FakeSheet } from '../helpers/apps-script-runtime';
import { dateToSerial } from '../helpers/apps-script/cells';
import { col, row } from '../helpers/apps-script/inspect';

const ARGS = { template: 'social-media-content', month: '2026-11', lang: 'en', events: [{ type: 'open-day', date: '2026-11-21', title: 'Open day' }] };

/**
 * What a description cell must look like in the live sheet: [value or display, formula]. A formula cell's value is
 * whatever the sheet calculates (links.test.ts checks those); here its formula must be the description's.
 */
function expected(cell: Cell): [unknown, string] {
  if (cell === null || cell === undefined) return ['', ''];
  if (typeof cell !== 'object') return [cell, ''];
  if ('formula' in cell) return [expect.anything(), `=${cell.formula}`];
  if ('text' in cell) return [cell.text, ''];
  if ('number' in cell) return [cell.number, ''];
  if ('bool' in cell) return [cell.bool, ''];
  if ('date' in cell) return [cell.date, ''];
  return ['', ''];
}

/** A date cell's day in the spreadsheet's zone (its display may carry format literals, e.g. a trailing space). */
function day(sheet: FakeSheet, d: Date): string {
  const serial = dateToSerial(d, sheet.spreadsheet.timeZone);
  return new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000).toISOString().slice(0, 10);
}

function live(sheet: FakeSheet, r: number, c: number, cell: Cell): [unknown, string] {
  const range = sheet.getRange(r, c);
  const isDate = cell !== null && typeof cell === 'object' && 'date' in cell;
  const value = range.getValue();
  return [isDate && value instanceof Date ? day(sheet, value) : value, range.getFormula()];
}

describe('getDownloadSpec', () => {
  it('carries entries typed since the last generation; sections derived from them are brought up to date', () => {
    const rt = new AppsScriptRuntime({ userLocale: 'en', now: '2026-11-10T09:00:00Z' });
    rt.call('generateSheets', ARGS);
    const K = 'KPI results 2026-11';
    rt.sheet(K).getRange(row(rt, K, 'followers-total'), col(rt, K, 'target')).setValue(1200);
    rt.sheet(K).getRange(row(rt, K, 'followers-total'), col(rt, K, 'actual')).setValue(300);
    const reply = rt.call('getDownloadSpec', { month: '2026-11' });
    if (!reply.ok) throw new Error(reply.error);
    const kpi = reply.value.workbook.sheets.find((s) => s.id === 'kpi-results')!;
    kpi.rows.forEach((cells, i) => cells.forEach((cell, j) => {
      const [value, formula] = live(rt.sheet(K), i + 1, j + 1, cell);
      // The live sheet's clock is TODAY(); the report reads its one as-of date instead.
      if (formula !== '=TODAY()') expect([value, formula]).toEqual(expected(cell));
    }));
    // The corrective-action rows are keyed by KPI, so what is typed there stays with its KPI.
    const review = reply.value.workbook.sheets.find((s) => s.id === 'review')!;
    expect(JSON.stringify(review.rows)).toContain('missed:followers-total');
  });

  it('matches the live sheets cell for cell, with what the manager typed', async () => {
    const rt = new AppsScriptRuntime({ userLocale: 'en', now: '2026-11-10T09:00:00Z' });
    rt.call('generateSheets', ARGS);
    const K = 'KPI results 2026-11';
    rt.sheet(K).getRange(row(rt, K, 'followers-total'), col(rt, K, 'target')).setValue(1200);
    rt.sheet(K).getRange(row(rt, K, 'followers-total'), col(rt, K, 'actual')).setValue(1100);
    rt.sheet(K).getRange(row(rt, K, 'reactions'), col(rt, K, 'comment')).setValue('Strong week');
    rt.call('generateSheets', ARGS);
    rt.sheet(K).getRange(row(rt, K, 'video-views'), col(rt, K, 'actual')).setValue(4321);
    // Days later: the download mirrors the sheets as they are, with the date they were generated on.
    const later = new AppsScriptRuntime({ userLocale: 'en', now: '2026-11-20T09:00:00Z', spreadsheet: rt.spreadsheet, documentProperties: rt.documentProperties });
    const reply = later.call('getDownloadSpec', { month: '2026-11' });
    expect(reply.ok).toBe(true);
    if (!reply.ok) return;
    const { fileName, workbook } = reply.value;
    expect(fileName).toBe('kpi-planner-social-media-content-2026-11.xlsx');
    expect(workbook.sheets.map((s) => s.id)).toEqual(['summary', 'activity-plan', 'campaign', 'kpi-results', 'review']);
    for (const spec of workbook.sheets) {
      const sheet = later.sheet(spec.name);
      expect(spec.rows.length, spec.name).toBe(sheet.getLastRow());
      spec.rows.forEach((cells, i) => cells.forEach((cell, j) => {
        const [value, formula] = live(sheet, i + 1, j + 1, cell);
        // Time differs by design: the live sheet reads TODAY(), the report is as of (and made on) its own day.
        if (formula.includes('TODAY()') || JSON.stringify(expected(cell)).includes('2026-11-20')) return;
        expect([value, formula], `${spec.name}!R${i + 1}C${j + 1}`).toEqual(expected(cell));
      }));
      expect(sheet.getConditionalFormatRules().length).toBe(spec.conditionalRules?.length ?? 0);
    }
    const kpi = workbook.sheets.find((s) => s.id === 'kpi-results')!;
    const flat = JSON.stringify(kpi.rows);
    expect(flat).toContain('1100');
    expect(flat).toContain('Strong week');
    expect(flat).toContain('4321');
    // The report is as of the day it is made, and says so.
    expect(workbook.properties.created).toBe('2026-11-20');

    // The sidebar turns it into the Excel file with the same exceljs renderer as the CLI.
    const bytes = await renderWorkbookToBuffer(workbook);
    expect(Buffer.from(bytes.subarray(0, 2)).toString()).toBe('PK');
  });

  it('holds the sheets generated for the month, each from the inputs that made it, and every sheet they read', () => {
    const rt = new AppsScriptRuntime({ userLocale: 'en', now: '2026-11-10T09:00:00Z' });
    rt.call('generateSheets', { ...ARGS, sheets: ['activity-plan'] });
    rt.call('generateSheets', { ...ARGS, events: [], sheets: ['campaign'] });
    const reply = rt.call('getDownloadSpec', { month: '2026-11' });
    if (!reply.ok) throw new Error(reply.error);
    const ids = reply.value.workbook.sheets.map((s) => s.id);
    expect(ids).toEqual(expect.arrayContaining(['activity-plan', 'campaign']));
    // No formula of the file points at a tab the file lacks.
    const names = new Set(reply.value.workbook.sheets.map((s) => s.name));
    for (const spec of reply.value.workbook.sheets) {
      for (const m of JSON.stringify(spec).matchAll(/'((?:[^']|'')+)'!/g)) expect(names, spec.name).toContain(m[1]);
    }
    const plan = reply.value.workbook.sheets.find((s) => s.id === 'activity-plan');
    // The plan was made with the open day and still shows it, though the later run had no events.
    expect(JSON.stringify(plan?.rows)).toContain('Open day');
    expect(plan?.rows.length).toBe(rt.sheet('Activity plan 2026-11').getLastRow());
  });
});
