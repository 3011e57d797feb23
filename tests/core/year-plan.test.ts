// The year plan: the seeds' yearly and twice-yearly steps on the calendar, the rounds band, the profile, and the
// KPI targets' period formulas evaluated by HyperFormula against hand-computed figures.
import { HyperFormula } from 'hyperformula';
import { describe, expect, it } from 'vitest';
import { isSheetId } from '../../src/core/constants';
import type { Cell, SheetSpec } from '../../src/core/model/workbook';
import { findTemplate } from '../../src/core/template/registry';
import { buildYearPlan } from '../../src/core/year/year-plan';
import { kpiRowKey } from '../../src/core/year/targets-sheet';
import { cellAt, rowOf, sheetById } from '../helpers/spec-cells';
import { EXPECTED, YEAR_DATA, YEAR_TEMPLATE } from '../helpers/year-fixture';

const MONTHS = Array.from({ length: 12 }, (_, i) => `m${String(i + 1).padStart(2, '0')}`);
const plan = (id: string, lang: 'lv' | 'lt' | 'en' = 'en', profile?: string[]) =>
  buildYearPlan({ template: findTemplate(id)!, year: 2026, lang, data: [], profile, created: '2026-12-01' });

/** The months (1–12) a step's row marks. */
function marked(sheet: SheetSpec, row: string): number[] {
  return MONTHS.flatMap((m, i) => {
    const c = cellAt(sheet, m, row);
    return c && typeof c === 'object' && 'text' in c && c.text === '●' ? [i + 1] : [];
  });
}

const textAt = (sheet: SheetSpec, col: string, row: string) => {
  const c = cellAt(sheet, col, row);
  return c && typeof c === 'object' && 'text' in c ? c.text : '';
};

describe('year plan calendar', () => {
  it('has its own sheet ids, which stored tags and entries may name', () => {
    expect(plan('social-media-content').workbook.sheets.map((s) => s.id)).toEqual(['year-plan', 'kpi-targets']);
    expect(['year-plan', 'kpi-targets'].every(isSheetId)).toBe(true);
  });

  it.each(['digital-marketing-strategy', 'social-media-content'])(
    '%s: yearly steps in their month, admission steps before and after February and August', (id) => {
      const sheet = sheetById(plan(id).workbook, 'year-plan');
      const strategy = id === 'digital-marketing-strategy';
      if (strategy) {
        expect(marked(sheet, 'step:1')).toEqual([9]);
        expect(marked(sheet, 'step:2')).toEqual([10]);
        expect(marked(sheet, 'step:3')).toEqual([5, 11]); // 3 months before each admission
      } else {
        expect(marked(sheet, 'step:1')).toEqual([10]);
        expect(marked(sheet, 'step:2')).toEqual([5, 11]);
        expect(marked(sheet, 'step:3')).toEqual([5, 11]);
      }
      expect(marked(sheet, 'step:4')).toEqual([6, 12]);
      expect(marked(sheet, 'step:7')).toEqual([3, 9]); // the analysis a month after each admission
      // Daily work and event-bound posts are listed once, with how often, not on the calendar.
      expect(textAt(sheet, 'when', 'brief:5')).toMatch(/daily|every day/i);
      // The template's own words for how often.
      if (!strategy) expect(textAt(sheet, 'when', 'brief:5.1')).toBe('One month before the webinar');
      // The band: the round each month works for, the admission months starred.
      expect(textAt(sheet, 'm01', 'round')).toBe('Spring admission 2026');
      expect(textAt(sheet, 'm03', 'round')).toBe('Autumn admission 2026');
      expect(textAt(sheet, 'm09', 'round')).toBe('Spring admission 2027');
      expect(MONTHS.filter((m) => textAt(sheet, m, 'admission') === '★')).toEqual(['m02', 'm08']);
      // The autumn round's band cell spans March–August.
      const col = (key: string) => String.fromCharCode(64 + sheet.columns.findIndex((c) => c.key === key) + 1);
      const band = rowOf(sheet, 'round');
      expect(sheet.merges?.map((m) => m.range)).toContain(`${col('m03')}${band}:${col('m08')}${band}`);
    });

  it('small-business-tasks: yearly, twice-yearly, quarterly and every-2-months steps; half-years; when needed', () => {
    const sheet = sheetById(plan('small-business-tasks').workbook, 'year-plan');
    expect(marked(sheet, 'step:marketing-process:1')).toEqual([1]);
    expect(marked(sheet, 'step:business-management:5')).toEqual([1, 7]);
    expect(marked(sheet, 'step:marketing-process:8')).toEqual([1, 4, 7, 10]);
    expect(marked(sheet, 'step:marketing-process:7')).toEqual([1, 3, 5, 7, 9, 11]);
    expect(textAt(sheet, 'm01', 'round')).toBe('Half-year 1');
    expect(textAt(sheet, 'm07', 'round')).toBe('Half-year 2');
    expect(sheet.rowKeys?.admission).toBeUndefined();
    expect(textAt(sheet, 'when', 'brief:marketing-process:10')).toMatch(/daily/i);
    // "When needed": one short line per area, not a row per step.
    const needed = Object.keys(sheet.rowKeys ?? {}).filter((k) => k.startsWith('needed:'));
    expect(needed.length).toBe(8);
    expect(textAt(sheet, 'activity', needed[0])).toContain('4 Create a lead magnet · 5 Update the sales page');
  });

  it('the profile leaves steps out and says how many and why, like the monthly plan', () => {
    const all = plan('small-business-tasks');
    const services = plan('small-business-tasks', 'en', ['services']);
    expect(all.leftOut).toBe(0);
    expect(services.leftOut).toBeGreaterThan(5);
    const sheet = sheetById(services.workbook, 'year-plan');
    expect(textAt(sheet, 'step', 'info')).toBe('');
    const info = (sheet.rows as Cell[][])[rowOf(sheet, 'info') - 1][0] as { text: string };
    expect(info.text).toContain(`${services.leftOut} steps that do not suit the business's profile (services)`);
    const neededText = Object.keys(sheet.rowKeys ?? {}).filter((k) => k.startsWith('needed:'))
      .map((k) => textAt(sheet, 'activity', k)).join(' ');
    expect(neededText).not.toContain('Make the product');
    expect(neededText).toContain('Prepare the service');
  });

  it.each(['lv', 'lt', 'en'] as const)('builds in %s with the sheet language\'s short month names', (lang) => {
    const sheet = sheetById(plan('digital-marketing-strategy', lang).workbook, 'year-plan');
    // Short names: twelve full ones beside the steps would print below 8 pt on A4.
    expect(textAt(sheet, 'm01', 'header')).toBe({ lv: 'Janv.', lt: 'Saus.', en: 'Jan' }[lang]);
    expect(textAt(sheet, 'm09', 'header')).toBe({ lv: 'Sept.', lt: 'Rugs.', en: 'Sep' }[lang]);
  });
});

/** The targets sheet as HyperFormula reads it: numbers, texts and formulas. */
function evaluate(sheet: SheetSpec): HyperFormula {
  const grid = (sheet.rows as Cell[][]).map((row) => row.map((c) => {
    if (c === null || typeof c !== 'object') return c;
    if ('formula' in c) return `=${c.formula}`;
    if ('number' in c) return c.number;
    if ('text' in c) return c.text;
    return null;
  }));
  return HyperFormula.buildFromArray(grid, { licenseKey: 'gpl-v3' });
}

describe('KPI targets', () => {
  it('period targets by rule equal the hand-computed figures (HyperFormula)', () => {
    const input = { template: YEAR_TEMPLATE, year: 2026, lang: 'en' as const, data: YEAR_DATA, created: '2026-12-01' };
    const wb = buildYearPlan(input);
    const sheet = sheetById(wb.workbook, 'kpi-targets');
    const hf = evaluate(sheet);
    for (const [kpi, periods] of Object.entries(EXPECTED)) {
      for (const [col, want] of Object.entries(periods)) {
        const got = hf.getCellValue({
          sheet: 0, row: rowOf(sheet, kpiRowKey(kpi)) - 1, col: sheet.columns.findIndex((c) => c.key === col),
        });
        if (want === null) expect(got, `${kpi} ${col}`).toBe('');
        else expect(got, `${kpi} ${col}`).toBeCloseTo(want, 9);
      }
    }
    // GA4 engagement rate cannot be built from months: its period cells are typed, and the rule says so.
    expect(cellAt(sheet, 'year', kpiRowKey('engagement-rate'))).toMatchObject({ blank: true });
    expect(textAt(sheet, 'rule', kpiRowKey('engagement-rate'))).toBe('typed per period *');
    expect(textAt(sheet, 'rule', kpiRowKey('cost-per-lead'))).toBe('average weighted by Leads');
    expect(cellAt(sheet, 'm03', kpiRowKey('new-students'))).toMatchObject({ number: 5 });
  });
});
