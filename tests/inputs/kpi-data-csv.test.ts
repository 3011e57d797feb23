// The KPI data file: KPI by id or name, months, decimal commas, blanks, and precise errors.
import { describe, expect, it } from 'vitest';
import { Template } from '../../src/core/template/schema';
import { parseKpiDataCsv, parseMonthText } from '../../src/core/inputs/kpi-data-csv';
import { InputError } from '../../src/core/errors';

const template = Template.parse({
  id: 'test', language: 'lv', title: { lv: 'Tests', en: 'Test' },
  sections: [{ id: 's', title: { lv: 'S', en: 'S' }, steps: [{ number: '1', title: { lv: 'Solis', en: 'Step' }, recurrence: { kind: 'daily' } }] }],
  kpis: [
    { id: 'followers', name: { lv: 'Sekotāju skaits', en: 'Followers' }, unit: 'count', direction: 'higher', source: 'manual' },
    { id: 'new-leads', name: { lv: 'Jauni potenciālie klienti', lt: 'Nauji potencialūs klientai', en: 'New leads' }, unit: 'count', direction: 'higher', source: 'crm' },
    { id: 'engagement', name: { lv: 'Iesaiste', en: 'Engagement rate' }, unit: 'percent', direction: 'higher', source: 'manual' },
    { id: 'ad-cost', name: { lv: 'Reklāmas izmaksas', en: 'Ad cost' }, unit: 'eur', direction: 'lower', source: 'manual' },
  ],
});

function error(text: string): string {
  try { parseKpiDataCsv(text, 'data.csv', template); } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return (e as Error).message;
  }
  throw new Error('expected an InputError');
}

describe('parseKpiDataCsv', () => {
  it('reads a Latvian Excel file: semicolons, decimal commas, NBSP groups, BOM, CRLF', () => {
    const text = '\ufeffkpi;month;target;actual\r\nfollowers;2026-10;1\u00a0200;1\u00a0250\r\nengagement;2026-10;4,5%;0,038\r\nad-cost;2026-10;250,00 €;199,9\r\n';
    expect(parseKpiDataCsv(text, 'data.csv', template)).toEqual([
      { kpi: 'followers', month: '2026-10', target: 1200, actual: 1250 },
      { kpi: 'engagement', month: '2026-10', target: 0.045, actual: 0.038 },
      { kpi: 'ad-cost', month: '2026-10', target: 250, actual: 199.9 },
    ]);
  });

  it('reads a comma file with decimal points, header in any order, blank target or actual', () => {
    const text = 'actual,kpi,target,month\n,followers,1500,2026-11\n12.5,ad-cost,,2026-11\n"1,234",new-leads,"2,000",2026-11\n';
    expect(parseKpiDataCsv(text, 'data.csv', template)).toEqual([
      { kpi: 'followers', month: '2026-11', target: 1500, actual: null },
      { kpi: 'ad-cost', month: '2026-11', target: null, actual: 12.5 },
      { kpi: 'new-leads', month: '2026-11', target: 2000, actual: 1234 },
    ]);
  });

  it('reads "1,234" in a semicolon file as 1.234 unless another value proves a decimal point', () => {
    expect(parseKpiDataCsv('kpi;month;target;actual\nfollowers;2026-10;1,234;\n', 'd.csv', template)[0].target).toBe(1.234);
    const proven = parseKpiDataCsv('kpi;month;target;actual\nfollowers;2026-10;1,234;2.5\n', 'd.csv', template);
    expect(proven[0]).toMatchObject({ target: 1234, actual: 2.5 });
  });

  it('keeps an optional action column as plain text per KPI and month; blank actions add nothing', () => {
    const text = 'kpi;month;target;actual;action\nfollowers;2026-10;100;80;=SUM(A1) then post daily\n'
      + 'followers;2026-11;100;90;\n';
    expect(parseKpiDataCsv(text, 'data.csv', template)).toEqual([
      { kpi: 'followers', month: '2026-10', target: 100, actual: 80, action: '=SUM(A1) then post daily' },
      { kpi: 'followers', month: '2026-11', target: 100, actual: 90 },
    ]);
  });

  it('finds a KPI by id, Latvian, Lithuanian or English name, any case and spacing', () => {
    const text = 'kpi;month;target;actual\nFOLLOWERS;2026-01;1;\n  sekotāju   skaits ;2026-02;2;\nNauji potencialūs klientai;2026-01;3;\nnew leads;2026-02;4;\n';
    expect(parseKpiDataCsv(text, 'd.csv', template).map((r) => r.kpi)).toEqual(['followers', 'followers', 'new-leads', 'new-leads']);
  });

  it('lists the valid KPI ids for an unknown KPI', () => {
    expect(error('kpi;month;target;actual\nfollowers;2026-10;1;\nfans;2026-10;1;\n'))
      .toBe('data.csv:3:1: unknown KPI "fans"; valid KPI ids for template "test": followers, new-leads, engagement, ad-cost');
  });

  it('names file, line, column and value of a non-number', () => {
    expect(error('kpi;month;target;actual\nfollowers;2026-10;1 200;12x\n'))
      .toMatch(/^data\.csv:2:4: actual "12x" is not a number: expected a number with decimal comma such as 1234,5 .*decided from the ';' delimiter\)$/);
    expect(error('month,kpi,target,actual\n2026-10,followers,"1,5",\n2026-11,followers,1.2.3,\n'))
      .toMatch(/^data\.csv:3:3: target "1\.2\.3" is not a number: .*decimal comma, decided from values such as "1,5"\)$/);
    // Values proving both separators: the delimiter decides and the odd one out is the error.
    expect(error('kpi;month;target;actual\nfollowers;2026-10;1,5;2.5\n')).toMatch(/^data\.csv:2:4: actual "2\.5" is not a number/);
  });

  it('rejects a bad month, naming what is accepted', () => {
    expect(error('kpi;month;target;actual\nfollowers;2026-13;1;\n')).toMatch(/^data\.csv:2:2: "2026-13" is not a month: write YYYY-MM, e\.g\. 2026-10/);
    expect(error('kpi;month;target;actual\nfollowers;;1;\n')).toMatch(/^data\.csv:2:2: "" is not a month/);
  });

  it('rejects the same KPI and month twice, even spelled differently', () => {
    expect(error('kpi;month;target;actual\nfollowers;2026-10;1;\nSekotāju skaits;10.2026;;2\n'))
      .toBe('data.csv:3:1: KPI "followers" for 2026-10 is already given on line 2; give each KPI and month once');
  });

  it('reads a percent KPI as a fraction: "62%" and "0,62" are both 62 %', () => {
    const rows = parseKpiDataCsv('kpi;month;target;actual\nengagement;2026-10;62%;0,62\n', 'd.csv', template);
    expect(rows[0]).toMatchObject({ target: 0.62, actual: 0.62 });
  });

  it('rejects % on a count and € on a non-money KPI', () => {
    expect(error('kpi;month;target;actual\nfollowers;2026-10;5%;\n')).toMatch(/^data\.csv:2:3: target "5%" has a % sign, but KPI "followers" is measured in count/);
    expect(error('kpi;month;target;actual\nnew-leads;2026-10;;5 €\n')).toMatch(/^data\.csv:2:4: actual "5 €" is in euros/);
  });

  it('reports malformed CSV with file:line:column', () => {
    expect(error('kpi;month;target;actual\nfollowers;2026-10;"1;\n')).toMatch(/^data\.csv:2:3: a quoted value is never closed/);
    expect(error('kpi,month,target,actual\nfollowers,2026-10,1,5,2\n')).toMatch(/^data\.csv:2:5: more values than header columns/);
  });
});

describe('parseMonthText', () => {
  it.each([
    ['2026-10', '2026-10'], ['2026-1', '2026-01'], ['2026.10', '2026-10'], ['2026.10.', '2026-10'], ['2026/10', '2026-10'],
    ['10.2026', '2026-10'], ['1/2026', '2026-01'], ['2026-10-01', '2026-10'], ['01.10.2026', '2026-10'], ['1.10.2026.', '2026-10'],
    ['2026-10-15', null], ['15.10.2026', null], ['2026-00', null], ['2026-13', null], ['oct 2026', null], ['26-10', null], ['', null],
  ])('%j → %j', (text, month) => expect(parseMonthText(text)).toBe(month));
});
