// The shared CSV reader: delimiters, BOM, quoting, blank lines, header rules and line numbers.
import { describe, expect, it } from 'vitest';
import { cellText, parseCsv } from '../../src/core/inputs/csv';
import { InputError } from '../../src/core/errors';

const RULES = { required: ['kpi', 'month'], optional: ['note'] };

function fails(text: string, pattern: RegExp, rules = RULES) {
  let error: unknown;
  try { parseCsv(text, 'data.csv', rules); } catch (e) { error = e; }
  expect(error).toBeInstanceOf(InputError);
  expect((error as Error).message).toMatch(pattern);
}

describe('parseCsv', () => {
  it('reads comma and semicolon files and says which', () => {
    const a = parseCsv('kpi,month\nx,2026-10\n', 'a.csv', RULES);
    const b = parseCsv('kpi;month\r\nx;2026-10\r\n', 'b.csv', RULES);
    expect(a.delimiter).toBe(',');
    expect(b.delimiter).toBe(';');
    expect(a.records).toEqual([{ line: 2, cells: ['x', '2026-10'] }]);
    expect(b.records).toEqual([{ line: 2, cells: ['x', '2026-10'] }]);
  });

  it('strips a UTF-8 BOM and trims and lower-cases header names', () => {
    const t = parseCsv('\ufeff Month ;KPI\nokt;x\n', 'a.csv', RULES);
    expect(t.header).toEqual(['month', 'kpi']);
    expect(cellText(t, t.records[0], 'kpi')).toBe('x');
  });

  it('keeps delimiters, quotes and line breaks inside quoted values, and counts lines right', () => {
    const text = 'kpi;month;note\r\n"a;b";"2026-10";"line one\r\nline ""two"""\r\n\r\n;;\r\nc;2026-11;"x\ny\nz"\nd;2026-12;\n';
    const t = parseCsv(text, 'a.csv', RULES);
    expect(t.records).toEqual([
      { line: 2, cells: ['a;b', '2026-10', 'line one\nline "two"'] },
      { line: 6, cells: ['c', '2026-11', 'x\ny\nz'] },
      { line: 9, cells: ['d', '2026-12', ''] },
    ]);
  });

  it('numbers lines ending in \\r (old Mac exports) like any other', () => {
    expect(parseCsv('kpi;month\rx;1\r\ry;2', 'a.csv', RULES).records.map((r) => r.line)).toEqual([2, 4]);
  });

  it('skips blank lines and rows of empty cells, also before the header', () => {
    const t = parseCsv('\n\nkpi,month\n\n , \nx,1\n,\n', 'a.csv', RULES);
    expect(t.records).toEqual([{ line: 6, cells: ['x', '1'] }]);
  });

  it('accepts short rows and unnamed trailing columns (Excel writes ";;")', () => {
    const t = parseCsv('kpi;month;;\nx\n', 'a.csv', RULES);
    expect(cellText(t, t.records[0], 'month')).toBe('');
  });

  it('names file, line and column of an unclosed quote', () => {
    fails('kpi,month\nx,2026-10\ny,"2026-11\nz,1\n', /^data\.csv:3:2: a quoted value is never closed/);
  });

  it('names file, line and column of text after a closing quote', () => {
    fails('kpi,month\n"x"y,2026-10\n', /^data\.csv:2:1: text after a closing quote/);
  });

  it('rejects more values than columns, hinting at a decimal comma only where numbers are', () => {
    const numbers = { ...RULES, numbers: ['month'] };
    fails('kpi,month\nx,2026-10,1,5\n', /^data\.csv:2:3: more values than header columns \(2\) \(a decimal comma/, numbers);
    fails('kpi,month\nx,2026-10,1,5\n', /^data\.csv:2:3: more values than header columns \(2\) \(a value containing ","/);
  });

  it('names a row separated by the other delimiter instead of reading it as one value', () => {
    fails('kpi,month,note\nx;2026-10;hi\n', /^data\.csv:2: this row is separated by ";" but the header row by ","; use one separator/);
    fails('kpi;month;note\nx,2026-10,hi\n', /^data\.csv:2: this row is separated by "," but the header row by ";"/);
  });

  it('keeps empty lines and lines starting with # inside a quoted value', () => {
    const t = parseCsv('kpi,month,note\nx,2026-10,"first\n\n# not a comment\nlast"\ny,2026-11,\n', 'a.csv', RULES);
    expect(t.records.map((r) => [r.line, cellText(t, r, 'note')])).toEqual([[2, 'first\n\n# not a comment\nlast'], [6, '']]);
  });

  it('shows echoed values escaped and cut', () => {
    fails('kpi;month;\u001b[31mred\n', /unknown column "\\u001b\[31mred"/);
    fails(`kpi;month;${'x'.repeat(40_000)}\n`, /unknown column "x{80}… \(40000 characters\)"; the first row/);
  });

  it('requires a header with the known columns', () => {
    fails('', /data\.csv: the file is empty/);
    fails('kpi\n', /data\.csv:1: the first row must be a header/);
    fails('\nkpi\nx,y;z\n', /data\.csv:1: the first row must be a header/);
    fails('\n\nkpi;mnth\n', /^data\.csv:3:2: unknown column "mnth"/);
    fails('kpi;mnth\n', /data\.csv:1:2: unknown column "mnth"; the first row must name the columns kpi, month \(optional: note\) in any order/);
    fails('kpi;note\n', /data\.csv:1: missing column "month"/);
    fails('kpi;month;KPI\n', /data\.csv:1:3: column "kpi" appears twice/);
  });
});
