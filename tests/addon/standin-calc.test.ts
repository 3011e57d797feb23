// The Sheets stand-in calculates as Sheets does: values after writes, display in the spreadsheet locale, renames.
import { describe, expect, it } from 'vitest';
import { labels } from '../../src/core/i18n';
import { statusFormat } from '../../src/core/sheets/status';
import { AppsScriptRuntime, type FakeSheet } from '../helpers/apps-script-runtime';

const runtime = (locale = 'lv_LV', now = '2026-11-10T09:00:00Z') =>
  new AppsScriptRuntime({ code: '', spreadsheetLocale: locale, now });

/** One cell holding `value` in number format `fmt`, as the sheet shows it. */
function shown(sheet: FakeSheet, value: unknown, fmt: string): string {
  const cell = sheet.getRange('A1');
  cell.setValue(value);
  cell.setNumberFormat(fmt);
  return cell.getDisplayValue();
}

describe('the stand-in calculates', () => {
  it('reads formula cells as their values, recalculated after every write', () => {
    const s = runtime().spreadsheet.insertSheet('T');
    s.getRange('A1:A2').setValues([[2], [3]]);
    s.getRange('B1').setFormula('=SUM(A1:A2)*A1');
    expect(s.getRange('B1').getValue()).toBe(10);
    s.getRange('A1').setValue(4);
    expect(s.getRange('B1').getValue()).toBe(28);
    s.getRange('A2').clearContent();
    expect(s.getRange('B1').getValue()).toBe(16);
    s.getRange('C1').setFormula('=1/0');
    expect(s.getRange('C1').getValues()).toEqual([['#DIV/0!']]);
  });

  it("reads TODAY() from the script's clock, as the day in the spreadsheet's time zone", () => {
    // 23:30 UTC on the 10th is already the 11th in Riga.
    const s = runtime('lv_LV', '2026-11-10T23:30:00Z').spreadsheet.insertSheet('T');
    s.getRange('A1').setFormula('=TODAY()');
    s.getRange('A1').setNumberFormat('dd.mm.yyyy');
    expect(s.getRange('A1').getDisplayValue()).toBe('11.11.2026');
    expect(Object.prototype.toString.call(s.getRange('A1').getValue())).toBe('[object Date]');
  });

  it('renaming a tab rewrites every formula that names it, and the formulas still resolve', () => {
    const ss = runtime().spreadsheet;
    ss.insertSheet('Data').getRange('A1').setValue(21);
    const report = ss.insertSheet('Report');
    report.getRange('A1:A2').setFormulas([["='Data'!A1*2"], ['=IF(Data!A1>0;"Data!A1";"")']]);
    ss.getSheetByName('Data')!.setName('KPI results 2026-11');
    expect(report.getRange('A1:A2').getFormulas())
      .toEqual([["='KPI results 2026-11'!A1*2"], [`=IF('KPI results 2026-11'!A1>0,"Data!A1","")`]]);
    expect(report.getRange('A1:A2').getValues()).toEqual([[42], ['Data!A1']]);
  });

  it('a reference to a missing tab is #REF! until a tab of that name appears', () => {
    const ss = runtime().spreadsheet;
    const report = ss.insertSheet('Report');
    report.getRange('A1').setFormula("='Later'!A1+1");
    expect(report.getRange('A1').getValue()).toBe('#REF!');
    ss.insertSheet('Later').getRange('A1').setValue(1);
    expect(report.getRange('A1').getValue()).toBe(2);
  });
});

describe("formulas reach the stand-in with ';' between arguments", () => {
  it("refuses ',' between arguments, which lv and lt Sheets read as a decimal mark", () => {
    const s = runtime().spreadsheet.insertSheet('T');
    expect(() => s.getRange('A1').setFormula('=IF(B1>0,1,2)')).toThrow(/','/);
    expect(() => s.getRange('A1').setValue('=ROUND(B1,2)')).toThrow(/','/);
    const code = "function rule() { SpreadsheetApp.newConditionalFormatRule().whenFormulaSatisfied('=AND(A1>0,A1<2)'); }";
    const rt = new AppsScriptRuntime({ code });
    expect(() => rt.run('rule')).toThrow(/','/);
  });

  it("accepts ',' in strings, quoted tab names and array literals, and answers getFormulas with commas", () => {
    const ss = runtime().spreadsheet;
    ss.insertSheet('Plan, November').getRange('A1').setValue(5);
    const s = ss.insertSheet('T');
    s.getRange('A1:A2').setFormulas([[`=IF('Plan, November'!A1>1;"a, b";"c")`], ['=SUM({1,2};3)']]);
    expect(s.getRange('A1:A2').getFormulas()).toEqual([[`=IF('Plan, November'!A1>1,"a, b","c")`], ['=SUM({1,2},3)']]);
    expect(s.getRange('A1:A2').getValues()).toEqual([['a, b'], [6]]);
  });
});

describe('display values follow the number format and the spreadsheet locale', () => {
  it.each([
    ['lv_LV', '1\u00a0234,50', '1\u00a0234,50 €', '40,0%', '10.11.2026', '1\u00a0234,6'],
    ['lt_LT', '1\u00a0234,50', '1\u00a0234,50 €', '40,0%', '10.11.2026', '1\u00a0234,6'],
    ['en_US', '1,234.50', '1,234.50 €', '40.0%', '10.11.2026', '1,234.6'],
  ])('%s: separators, currency, percent, dates and FIXED', (locale, decimal, eur, percent, date, fixed) => {
    const s = runtime(locale).spreadsheet.insertSheet('T');
    expect(shown(s, 1234.5, '#,##0.00')).toBe(decimal);
    expect(shown(s, 1234.5, '#,##0.00 "€"')).toBe(eur);
    expect(shown(s, 0.4, '0.0%')).toBe(percent);
    expect(shown(s, '2026-11-10', 'dd.mm.yyyy')).toBe(date);
    expect(shown(s, '2026-11-10', 'yyyy-mm-dd')).toBe('2026-11-10');
    expect(shown(s, -1234.5, '#,##0.00')).toBe(`-${decimal}`);
    s.getRange('B1').setFormula('=FIXED(1234.56;1)');
    expect(s.getRange('B1').getDisplayValue()).toBe(fixed);
  });

  it.each(['lv', 'lt', 'en'] as const)('%s: status codes show as words; a text shows as itself', (lang) => {
    const s = runtime().spreadsheet.insertSheet('T');
    const words = labels(lang).status;
    const fmt = statusFormat(labels(lang));
    expect([1, -1, 0].map((code) => shown(s, code, fmt))).toEqual([words.met, words.missed, words.atRisk]);
    expect(shown(s, words.noFigure, fmt)).toBe(words.noFigure);
    s.getRange('B1').setFormula('=IF(A1="";"";A1)');
    s.getRange('B1').setNumberFormat(fmt);
    s.getRange('A1').clearContent();
    expect(s.getRange('B1').getDisplayValue()).toBe('');
  });
});
