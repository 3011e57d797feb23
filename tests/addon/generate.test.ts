// Generating a month's sheets end to end through Code.js: tags, values, formulas, validations, rules, layout.
import { describe, expect, it } from 'vitest';
import { AppsScriptRuntime } from '../helpers/apps-script-runtime';
import { col, row, tagOf, value } from '../helpers/apps-script/inspect';

const NOV = { template: 'social-media-content', month: '2026-11', lang: 'en', events: [{ type: 'webinar', date: '2026-11-18', time: '18:00', title: 'Admissions webinar' }] };

function generated(args: Record<string, unknown> = NOV, opts = {}) {
  const rt = new AppsScriptRuntime({ userLocale: 'en', now: '2026-11-10T09:00:00Z', ...opts });
  const reply = rt.call('generateSheets', args);
  if (!reply.ok) throw new Error(reply.error);
  return { rt, result: reply.value };
}

describe('generateSheets', () => {
  it('writes all five sheets, tagged, month-bound ones named with the month', () => {
    const { rt, result } = generated();
    expect(result.sheets.map((s) => [s.id, s.name, s.reused])).toEqual([
      ['summary', 'Summary', false], ['activity-plan', 'Activity plan 2026-11', false], ['campaign', 'Monthly campaign 2026-11', false],
      ['kpi-results', 'KPI results 2026-11', false], ['review', 'Monthly review 2026-11', false],
    ]);
    expect(result.sheets.every((s) => s.rows > 5)).toBe(true);
    for (const s of result.sheets) {
      expect(tagOf(rt, s.name)).toMatchObject({
        sheet: s.id, month: '2026-11', template: 'social-media-content', version: 2, lang: 'en',
        monthBound: s.id !== 'summary',
      });
    }
    // The spreadsheet's own first tab is left alone.
    expect(rt.spreadsheet.sheets[0].name).toBe('Sheet1');
  });

  it('KPI results: live status formulas, entry cells, rules painting met/at risk/missed', () => {
    const { rt } = generated();
    const name = 'KPI results 2026-11';
    const sheet = rt.sheet(name);
    const r = row(rt, name, 'followers-total');
    expect(value(sheet, r, col(rt, name, 'kpi'))).toBe('Total followers');
    for (const key of ['variance', 'achieved', 'status']) expect(sheet.getRange(r, col(rt, name, key)).getFormula()).toMatch(/^=IF\(/);
    expect(sheet.getRange(r, col(rt, name, 'status')).getFormula()).toContain('"no figure yet"');
    expect(sheet.getRange(r, col(rt, name, 'actual')).getFormula()).toBe('');
    const rules = sheet.getConditionalFormatRules();
    expect(rules.length).toBeGreaterThanOrEqual(3);
    for (const rule of rules) expect(rule.data.formula).toMatch(/^=/);
    expect(new Set(rules.map((x) => x.data.background)).size).toBe(rules.length);
    expect(sheet.frozenRows).toBe(tagOf(rt, name).headerRow);
    expect(sheet.isColumnHiddenByUser(col(rt, name, 'key'))).toBe(true);
  });

  it('activity plan: dates as dates, a status drop-down, overdue rule, frozen header, widths, merged title', () => {
    const { rt } = generated();
    const name = 'Activity plan 2026-11';
    const sheet = rt.sheet(name);
    const first = tagOf(rt, name).headerRow! + 1;
    // Routine work comes first without a date; the first dated task follows it.
    const isDate = (v: unknown) => Object.prototype.toString.call(v) === '[object Date]';
    const dates = sheet.getRange(first, col(rt, name, 'date'), sheet.getLastRow() - first + 1, 1).getValues();
    const dated = first + dates.findIndex((r) => isDate(r[0]));
    expect(dated).toBeGreaterThanOrEqual(first);
    const date = sheet.getRange(dated, col(rt, name, 'date'));
    // Shown through the plan's date format, which ends in a space so the date never touches the next column.
    expect(date.getDisplayValues()[0][0]).toMatch(/^2026-11-\d\d $/);
    const status = sheet.getRange(dated, col(rt, name, 'status'));
    expect(status.getValue()).toBe('planned');
    const rule = status.getDataValidations()[0][0];
    expect(rule?.data.values).toEqual(['planned', 'in progress', 'done', 'cancelled']);
    expect(sheet.getConditionalFormatRules().length).toBeGreaterThan(0);
    expect(sheet.frozenRows).toBe(first - 1);
    expect(sheet.merges.length).toBeGreaterThan(0);
    expect(sheet.getColumnWidth(col(rt, name, 'activity'))).toBeGreaterThan(sheet.getColumnWidth(col(rt, name, 'time')));
    const webinarRows = sheet.getRange(first, 1, sheet.getLastRow() - first + 1, sheet.getLastColumn()).getValues().filter((r) => r.join(' ').includes('Admissions webinar'));
    expect(webinarRows.length).toBeGreaterThan(0);
  });

  it('writes the sheets asked for and the sheets their formulas read that the month lacks', () => {
    const { rt, result } = generated({ ...NOV, sheets: ['campaign', 'review'] });
    // The review reads the KPI results, so they come along; nothing else is written.
    expect(result.sheets.map((s) => s.id)).toEqual(['campaign', 'kpi-results', 'review']);
    expect(result.alsoWritten).toEqual(['kpi-results']);
    expect(rt.spreadsheet.sheets.map((s) => s.name)).toEqual(
      ['Sheet1', 'Monthly campaign 2026-11', 'KPI results 2026-11', 'Monthly review 2026-11'],
    );
    const again = rt.call('generateSheets', { ...NOV, sheets: ['review'] });
    expect(again.ok && [again.value.sheets.map((s) => s.id), again.value.alsoWritten]).toEqual([['review'], []]);
  });

  it('a second month adds its own tabs, keeps the first month, and moves the summary on', () => {
    const { rt } = generated();
    const summaryId = rt.sheet('Summary').id;
    const dec = rt.call('generateSheets', { ...NOV, month: '2026-12', events: [] });
    expect(dec.ok && dec.value.sheets.map((s) => [s.id, s.reused])).toEqual([
      ['summary', true], ['activity-plan', false], ['campaign', false], ['kpi-results', false], ['review', false],
    ]);
    expect(rt.sheet('Summary').id).toBe(summaryId);
    expect(tagOf(rt, 'Summary').month).toBe('2026-12');
    expect(tagOf(rt, 'KPI results 2026-11').month).toBe('2026-11');
    expect(tagOf(rt, 'KPI results 2026-12').month).toBe('2026-12');
  });

  it('names the sheets in the chosen language', () => {
    const { result } = generated({ ...NOV, lang: 'lv' });
    expect(result.sheets.map((s) => s.name)).toEqual(['Kopsavilkums', 'Aktivitāšu plāns 2026-11', 'Mēneša kampaņa 2026-11', 'KPI rezultāti 2026-11', 'Mēneša pārskats 2026-11']);
  });

  it("doesn't overwrite the manager's own tab that happens to have a generated name", () => {
    const rt = new AppsScriptRuntime({ userLocale: 'en', now: '2026-11-10T09:00:00Z' });
    const mine = rt.spreadsheet.insertSheet('Summary');
    mine.getRange(1, 1).setValue('my notes');
    const reply = rt.call('generateSheets', { ...NOV, sheets: ['summary'] });
    expect(reply.ok && reply.value.sheets[0].name).toBe('Summary (2)');
    expect(mine.getRange(1, 1).getValue()).toBe('my notes');
  });
});
