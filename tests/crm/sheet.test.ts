// The CRM data sheet from Bitrix24 rows: leads by source and by portal day (across a DST change), won deals, notes.
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/core/build-workbook';
import { crmMonthFromRows, type CrmMonthRows } from '../../src/core/crm/month-data';
import { crmReviewRows } from '../../src/core/crm/review-rows';
import type { Cell, SheetSpec } from '../../src/core/model/workbook';
import { findTemplate } from '../../src/core/template/registry';
import { cellAt, sheetById } from '../helpers/spec-cells';

const lead = (ID: number, DATE_CREATE: string, SOURCE_ID = 'WEB') => ({ ID: String(ID), DATE_CREATE, SOURCE_ID });
const deal = (ID: number, CLOSEDATE: string, OPPORTUNITY: string, CURRENCY_ID: string, SOURCE_ID: string,
  TITLE = `Deal ${ID}`) => ({ ID: String(ID), TITLE, OPPORTUNITY, CURRENCY_ID, CLOSEDATE, SOURCE_ID });

/**
 * October 2026 on a Riga portal: summer time (+03:00) ends on Sunday 25 October at 04:00, winter time is +02:00.
 * Days are the portal's wall days: 00:30+03:00 on the 25th is the 25th, though it is still the 24th in UTC.
 */
const ROWS: CrmMonthRows = {
  month: '2026-10', portal: 'example.bitrix24.eu',
  leads: [
    lead(1, '2026-10-01T00:10:00+03:00'),
    lead(2, '2026-10-24T23:30:00+03:00', 'CALL'),
    lead(3, '2026-10-25T00:30:00+03:00'),
    lead(4, '2026-10-25T03:30:00+02:00', 'UC_7K2Q'),
    lead(5, '2026-10-25T23:59:00+02:00'),
    lead(6, '2026-10-31T23:50:00+02:00', ''),
    lead(7, '2026-11-01T00:20:00+02:00'),
  ],
  deals: [
    deal(11, '2026-10-05T12:00:00+03:00', '1500.00', 'EUR', 'CALL', '=HYPERLINK("http://x","y")'),
    deal(12, '2026-10-26T09:00:00+02:00', '250.50', 'EUR', 'CALL'),
    deal(13, '2026-10-26T10:00:00+02:00', '99', 'USD', 'WEB'),
  ],
  sources: [
    { ID: '1', ENTITY_ID: 'SOURCE', STATUS_ID: 'CALL', NAME: 'Phone call', SORT: '10' },
    { ID: '2', ENTITY_ID: 'SOURCE', STATUS_ID: 'WEB', NAME: 'Website', SORT: '20' },
  ],
};

const shown = (c: Cell | undefined) => (c && typeof c === 'object'
  ? ('text' in c ? c.text : 'number' in c ? c.number : 'date' in c ? c.date : 'formula' in c ? `=${c.formula}` : c)
  : c);

function report(lang: 'en' | 'lv' | 'lt', rows = ROWS) {
  return buildReport({
    template: findTemplate('digital-marketing-strategy')!, month: rows.month, today: '2026-10-31', lang,
    events: [], data: [], crm: crmMonthFromRows(rows),
  }).workbook;
}

describe('the month read from rows', () => {
  it('counts leads by source (the portal\'s names, else the code) and by the portal\'s own day', () => {
    const m = crmMonthFromRows(ROWS);
    expect(m.leads).toBe(6);
    expect(m.outside).toBe(1);
    expect(m.offsets).toEqual(['+02:00', '+03:00']);
    expect(m.sources).toEqual([
      { id: 'WEB', name: 'Website', leads: 3, won: 1 }, { id: 'CALL', name: 'Phone call', leads: 1, won: 2 },
      { id: '', name: null, leads: 1, won: 0 }, { id: 'UC_7K2Q', name: null, leads: 1, won: 0 },
    ]);
    expect(m.leadsByDay).toEqual([
      { day: '2026-10-01', leads: 1 }, { day: '2026-10-24', leads: 1 }, { day: '2026-10-25', leads: 3 },
      { day: '2026-10-31', leads: 1 },
    ]);
    expect(m.wonDeals.map((d) => [d.id, d.closed, d.amount, d.currency])).toEqual([
      ['11', '2026-10-05', 1500, 'EUR'], ['12', '2026-10-26', 250.5, 'EUR'], ['13', '2026-10-26', 99, 'USD'],
    ]);
  });

  it('refuses a row without a readable date rather than guessing its day', () => {
    expect(() => crmMonthFromRows({ ...ROWS, leads: [lead(9, 'yesterday')] })).toThrow(/lead \(ID 9\).*DATE_CREATE/);
    expect(() => crmMonthFromRows({ ...ROWS, deals: [deal(9, '2026-10-02T10:00:00+03:00', 'a lot', 'EUR', '')] }))
      .toThrow(/OPPORTUNITY/);
  });
});

describe('the CRM data sheet', () => {
  const sheet = sheetById(report('en'), 'crm') as SheetSpec;
  const at = (col: string, row: string) => shown(cellAt(sheet, col, row));

  it('is named and keyed, with data notes saying what was counted, the time zone, the period and the rows', () => {
    expect(sheet.name).toBe('CRM data');
    expect(at('v1', 'note:portal')).toBe('example.bitrix24.eu');
    expect(at('v1', 'note:period')).toBe('2026-10-01 – 2026-10-31');
    expect(at('v1', 'note:timeZone')).toMatch(/UTC\+02:00, UTC\+03:00/);
    expect(at('v1', 'note:counted')).toMatch(/Leads created.*won.*closed/);
    expect(at('v1', 'note:rows')).toBe('6 leads, 3 won deals');
    expect(at('label', 'note:unnamed')).toMatch(/UC_7K2Q/);
    expect(at('label', 'note:outside')).toMatch(/^1 row/);
  });

  it('lists leads by source with shares and won deals, and a total as a formula', () => {
    expect(['label', 'v1', 'v2', 'v4'].map((c) => at(c, 'source:WEB'))).toEqual(['Website', 'WEB', 3, 1]);
    expect(['label', 'v1', 'v2'].map((c) => at(c, 'source:'))).toEqual(['(no source)', '', 1]);
    expect(at('label', 'source:UC_7K2Q')).toBe('UC_7K2Q');
    expect(at('v3', 'source:WEB')).toMatch(/^=IF\(\$C\$\d+=0,"",C\d+\/\$C\$\d+\)$/);
    expect(at('v2', 'sourceTotal')).toMatch(/^=SUM\(C\d+:C\d+\)$/);
  });

  it('counts every day of the month on the portal\'s calendar, both sides of the DST change', () => {
    expect(at('v1', 'day:2026-10-24')).toBe(1);
    expect(at('v1', 'day:2026-10-25')).toBe(3);
    expect(at('v1', 'day:2026-10-26')).toBe(0);
    expect(at('label', 'day:2026-10-31')).toBe('2026-10-31');
    expect(Object.keys(sheet.rowKeys!).filter((k) => k.startsWith('day:'))).toHaveLength(31);
  });

  it('lists won deals with title (as text), amount, currency and source, and a total per currency', () => {
    expect(['label', 'v1', 'v2', 'v3', 'v4'].map((c) => at(c, 'deal:11')))
      .toEqual(['2026-10-05', '=HYPERLINK("http://x","y")', 1500, 'EUR', 'Phone call']);
    expect(cellAt(sheet, 'v1', 'deal:11')).toEqual({ text: '=HYPERLINK("http://x","y")' });
    expect(at('v3', 'wonTotal:EUR')).toBe('EUR');
    expect(at('v2', 'wonTotal:USD')).toMatch(/^=SUMPRODUCT\(\(\$D\$\d+:\$D\$\d+=D\d+\)\*\$C\$\d+:\$C\$\d+\)$/);
  });

  it('speaks the workbook\'s language', () => {
    expect(sheetById(report('lv'), 'crm').name).toBe('CRM dati');
    expect(sheetById(report('lt'), 'crm').name).toBe('CRM duomenys');
  });

  it('is left out without CRM rows', () => {
    const wb = buildReport({ template: findTemplate('digital-marketing-strategy')!, month: '2026-10',
      today: '2026-10-31', lang: 'en', events: [], data: [] }).workbook;
    expect(wb.sheets.some((s) => s.id === 'crm')).toBe(false);
  });
});

describe('the monthly review\'s "what worked"', () => {
  it('names the top lead sources and the source of most won deals, in each language', () => {
    const review = (lang: 'en' | 'lv' | 'lt') => sheetById(report(lang), 'review');
    const at = (lang: 'en' | 'lv' | 'lt', col: string, row: string) => shown(cellAt(review(lang), col, row));
    expect(at('en', 'kpi', 'crm:sources')).toBe('Top lead sources (Bitrix24)');
    expect(at('en', 'previous', 'crm:sources'))
      .toBe('6 leads; the most came from Website (3, 50%), Phone call (1, 17%), (no source) (1, 17%).');
    expect(at('en', 'previous', 'crm:won')).toBe('Phone call: 2 of the month\'s 3 won deals.');
    expect(at('lv', 'previous', 'crm:sources')).toBe('6 līdi; visvairāk no: Website (3, 50\u00a0%), '
      + 'Phone call (1, 17\u00a0%), (bez avota) (1, 17\u00a0%).');
    expect(at('lt', 'previous', 'crm:won')).toBe('Phone call: 2 iš 3 mėnesio laimėtų sandorių.');
  });

  it('says nothing when the month had no lead and no won deal', () => {
    const empty = crmMonthFromRows({ ...ROWS, leads: [], deals: [] });
    expect(crmReviewRows(empty, 'en')).toEqual([]);
    expect(crmReviewRows(undefined, 'en')).toEqual([]);
  });
});
