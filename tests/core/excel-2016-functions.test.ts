// Every formula the core writes uses only functions Excel 2016, LibreOffice 7.4 and Google Sheets all evaluate.
import { describe, expect, it } from 'vitest';
import { buildWorkbook } from '../../src/core/build-workbook';
import type { Cell, WorkbookSpec } from '../../src/core/model/workbook';
import { parseRound } from '../../src/core/periods';
import { buildRoundReview } from '../../src/core/round';
import { listTemplates } from '../../src/core/template/registry';
import { buildYearPlan } from '../../src/core/year/year-plan';
import { crmMonthFromRows } from '../../src/core/crm/month-data';

/** A CRM month, so the CRM sheet's totals are scanned too. */
const crm = crmMonthFromRows({ month: '2026-11', portal: 'x.bitrix24.eu', sources: [],
  leads: [{ ID: '1', DATE_CREATE: '2026-11-02T10:00:00+02:00', SOURCE_ID: 'WEB' }],
  deals: [{ ID: '2', CLOSEDATE: '2026-11-03T10:00:00+02:00', OPPORTUNITY: '10', CURRENCY_ID: 'EUR' }] });

/** The functions the workbook may call; anything else (FILTER, TEXTJOIN, IFS, XLOOKUP, LET…) fails here. */
const ALLOWED = new Set([
  'AND', 'OR', 'NOT', 'IF', 'IFERROR', 'ISNUMBER', 'ISBLANK', 'SUM', 'SUMPRODUCT', 'COUNT', 'COUNTA', 'COUNTIF',
  'COUNTIFS', 'COUNTBLANK', 'INDEX', 'MATCH', 'SMALL', 'LARGE', 'MIN', 'MAX', 'ROUND', 'ABS', 'ROW', 'FIXED',
  'DATE', 'DAY', 'MONTH', 'YEAR', 'TODAY', 'WEEKDAY', 'HYPERLINK', 'LEN', 'TEXT', 'VALUE', 'N', 'SIGN', 'SUBSTITUTE',
  // The round review: the average rule and the months' positions for "last month" and the trend.
  'AVERAGE', 'COLUMN',
  // The year plan's weighted round and year targets.
  'SUMIF',
]);

/** The functions a sheet's formulas and rules call, strings and quoted sheet names left out. */
function calls(sheets: WorkbookSpec['sheets']): Set<string> {
  const used = new Set<string>();
  for (const sheet of sheets) {
    const all = [...formulas(sheet.rows as Cell[][]), ...(sheet.conditionalRules ?? []).map((r) => r.formula)];
    for (const f of all) {
      const withoutTexts = f.replace(/"(?:[^"]|"")*"|'(?:[^']|'')*'/g, '');
      for (const m of withoutTexts.matchAll(/([A-Z][A-Z0-9.]*)\(/g)) used.add(m[1]);
    }
  }
  return used;
}

function formulas(cells: readonly (readonly Cell[])[]): string[] {
  return cells.flat().flatMap((c) => (c && typeof c === 'object' && 'formula' in c ? [c.formula] : []));
}

describe('formulas for Excel 2016', () => {
  it.each(listTemplates().flatMap((t) => (['lv', 'lt', 'en'] as const).map((lang) => [t.id, lang, t] as const)))(
    '%s in %s calls only functions every engine has', (_id, lang, template) => {
      for (const clock of ['fixed', 'live'] as const) {
        const wb = buildWorkbook({
          template, month: '2026-11', today: '2026-11-20', lang, clock, events: [], crm,
          data: template.kpis.map((k, i) => ({ kpi: k.id, month: '2026-11', target: 100 + i, actual: 90 + i })),
        });
        expect(wb.sheets.some((s) => s.id === 'crm')).toBe(true);
        const used = calls(wb.sheets);
        expect([...used].filter((name) => !ALLOWED.has(name)), clock).toEqual([]);
        expect(used.size).toBeGreaterThan(10);
      }
    },
  );

  it.each(listTemplates().map((t) => [t.id, t] as const))('the year plan of %s too', (_id, template) => {
    const data = template.kpis.map((k, i) => ({ kpi: k.id, month: '2026-03', target: 100 + i, actual: null }));
    const wb = buildYearPlan({ template, year: 2026, lang: 'en', data, created: '2026-12-01' }).workbook;
    const used = new Set<string>();
    for (const sheet of wb.sheets) for (const f of formulas(sheet.rows as Cell[][])) {
      for (const m of f.replace(/"(?:[^"]|"")*"/g, '').matchAll(/([A-Z][A-Z0-9.]*)\(/g)) used.add(m[1]);
    }
    expect([...used].filter((name) => !ALLOWED.has(name))).toEqual([]);
    expect(used.has('SUM')).toBe(true);
  });
});

describe('round review formulas for Excel 2016', () => {
  const templates = listTemplates().map((t) => [t.id, t] as const);
  it.each(templates)('%s calls only functions every engine has', (_id, template) => {
    const period = parseRound(template, '2026-H1');
    const data = template.kpis.flatMap((k, i) => period.months.map((m) => ({ kpi: k.id, month: m.id, target: 100 + i,
      actual: 90 + i })));
    const used = calls(buildRoundReview({ template, period, today: '2026-04-02', lang: 'en', data }).workbook.sheets);
    expect([...used].filter((name) => !ALLOWED.has(name))).toEqual([]);
    expect(used.size).toBeGreaterThan(10);
  });
});
