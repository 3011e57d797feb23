// Task statuses by meaning: typed words in any language come back in the sheet's, and the counts never read words.
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildWorkbook } from '../../src/core/build-workbook';
import { labels } from '../../src/core/i18n';
import type { BuildInput, TypedEntries } from '../../src/core/model/input';
import type { Cell, SheetSpec } from '../../src/core/model/workbook';
import { statusInLanguage, taskStatusOf } from '../../src/core/plan/task-status';
import { sheetContext } from '../../src/core/sheets/context';
import { planCountFormulas } from '../../src/core/sheets/plan-counts';
import { LANGUAGES } from '../../src/core/template/schema';
import { findTemplate } from '../../src/core/template/registry';
import { renderWorkbookToFile } from '../../src/render/excel/render-file';
import { sheetRows } from '../helpers/libreoffice';
import { cellAt, sheetById } from '../helpers/spec-cells';
import { tempDir } from '../helpers/xlsx';

const base: BuildInput = {
  template: findTemplate('social-media-content')!, month: '2026-11', today: '2026-11-20', lang: 'lv', data: [],
  events: [{ type: 'open-day', date: '2026-11-26', time: '17:00', title: 'Open day' }],
};
const textOf = (c: Cell | undefined) => (c && typeof c === 'object' && 'text' in c ? c.text : undefined);
const plan = (input: BuildInput): SheetSpec => sheetById(buildWorkbook(input), 'activity-plan');
/** Plan rows with a due date, by key, with that date. */
const datedRows = (sheet: SheetSpec) => Object.keys(sheet.rowKeys!).flatMap((k) => {
  const c = cellAt(sheet, 'date', k);
  return c && typeof c === 'object' && 'date' in c ? [[k, c.date] as const] : [];
});

describe('typed statuses', () => {
  it('are recognised in any of the three languages, whatever the case and spacing', () => {
    expect(taskStatusOf('  Paveikts ')).toBe('done');
    expect(taskStatusOf('vykdoma')).toBe('inProgress');
    expect(taskStatusOf('cancelled')).toBe('cancelled');
    expect(taskStatusOf('maybe')).toBeNull();
    expect(taskStatusOf(3)).toBeNull();
  });
  it('are written back in the sheet\'s language; other text stays as typed', () => {
    expect(statusInLanguage('atlikta', 'lv')).toBe('paveikts');
    expect(statusInLanguage('procesā', 'en')).toBe('in progress');
    expect(statusInLanguage('waiting for Anna', 'lt')).toBe('waiting for Anna');
    expect(statusInLanguage('', 'lt')).toBeNull();
  });
  it('come back in the plan in the sheet\'s language', () => {
    const [[key]] = datedRows(plan(base));
    for (const lang of LANGUAGES) {
      const sheet = plan({ ...base, lang, entries: { 'activity-plan': { [key]: { status: 'atšaukta' } } } });
      expect(textOf(cellAt(sheet, 'status', key))).toBe(labels(lang).taskStatus.cancelled);
    }
  });
});

describe('the Summary\'s task counts', () => {
  it('hold no status word of any language', () => {
    const formulas = Object.values(planCountFormulas(sheetContext(base), 60)).join(' ');
    for (const lang of LANGUAGES) for (const w of Object.values(labels(lang).taskStatus)) expect(formulas).not.toContain(`"${w}"`);
  });
});

describe('counts in LibreOffice, the same in every language', () => {
  const dated = datedRows(plan(base));
  // Statuses typed in a mix of languages: what a manager switching the sheet's language leaves behind.
  const typed: TypedEntries = { 'activity-plan': {
    [dated[0][0]]: { status: 'paveikts' }, [dated[1][0]]: { status: 'done' }, [dated[2][0]]: { status: 'vykdoma' },
    [dated[3][0]]: { status: 'atcelts' },
  } };
  const closedKeys = new Set([dated[0][0], dated[1][0], dated[3][0]]);
  const expectedOverdue = dated.filter(([k, d]) => d < base.today && !closedKeys.has(k)).length;
  let results: Record<string, number[]> = {};

  beforeAll(async () => {
    const sheets: SheetSpec[] = [];
    const countRows: Cell[][] = [];
    for (const lang of ['lv', 'en'] as const) {
      const input = { ...base, lang, entries: typed };
      // The whole workbook: the plan's as-of date is a reference to the Summary's.
      const wb = buildWorkbook(input);
      sheets.push(...wb.sheets);
      const sheet = sheetById(wb, 'activity-plan');
      const f = planCountFormulas(sheetContext(input), sheet.rowCount!);
      countRows.push([lang, ...[f.planned, f.inProgress, f.done, f.overdue].map((formula) => ({ formula }))]);
    }
    // A sheet of this test only: the renderer writes sheets by name and never reads the id.
    sheets.push({ id: 'summary', name: 'Counts', columns: [], rows: countRows });
    const file = path.join(tempDir(), 'counts.xlsx');
    await renderWorkbookToFile({ properties: buildWorkbook(base).properties, sheets }, file);
    const rows = await sheetRows(file, 'Counts');
    results = Object.fromEntries(rows.map(([lang, ...n]) => [lang, n.map(Number)]));
  }, 120_000);

  it('count planned, in progress, done and overdue from the status codes', () => {
    const sheet = plan({ ...base, entries: typed });
    const planned = Object.keys(sheet.rowKeys!).filter((k) => textOf(cellAt(sheet, 'status', k)) === 'plānots').length;
    expect(expectedOverdue).toBeGreaterThan(0);
    expect(results.lv).toEqual([planned, 1, 2, expectedOverdue]);
  });
  it('give the same numbers for the plan in English', () => expect(results.en).toEqual(results.lv));
});
