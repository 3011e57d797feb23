// The one A1 codec: column letters and numbers both ways, areas read from and written as `A1:B2`.
import { describe, expect, it } from 'vitest';
import { areaA1, areaEnd, columnLetter, columnNumber, decodeArea, parseArea } from '../../src/core/sheets/a1';

describe('A1 codec', () => {
  it('column letters and numbers are inverse up to XFD', () => {
    expect([1, 26, 27, 52, 53, 702, 703, 16384].map(columnLetter))
      .toEqual(['A', 'Z', 'AA', 'AZ', 'BA', 'ZZ', 'AAA', 'XFD']);
    for (let n = 1; n <= 16384; n++) expect(columnNumber(columnLetter(n))).toBe(n);
    expect(columnNumber('xfd')).toBe(16384);
  });

  it('reads a cell, a range in any corner order and with $ anchors', () => {
    expect(decodeArea('B3')).toEqual({ row: 3, col: 2, rows: 1, cols: 1 });
    expect(decodeArea(' $H$5:$J120 ')).toEqual({ row: 5, col: 8, rows: 116, cols: 3 });
    expect(decodeArea('D9:b2')).toEqual({ row: 2, col: 2, rows: 8, cols: 3 });
  });

  it('refuses what is not one area on this sheet', () => {
    for (const bad of ['', 'A0', 'A1:B0', 'ABCD1', 'A1:B2:C3', "'Sheet'!A1", 'A:A', '1:1', 'A1B2', 'A-1']) {
      expect(decodeArea(bad), bad).toBeUndefined();
    }
    expect(() => parseArea('A1:')).toThrow(/not an A1 range on this sheet: "A1:"/);
  });

  it('writes an area back as the same A1 text, and knows where it ends', () => {
    const area = parseArea('C4:AA40');
    expect(areaA1(area)).toBe('C4:AA40');
    expect(areaEnd(area)).toEqual({ row: 40, col: 27 });
    expect(areaA1(parseArea('E7'))).toBe('E7:E7');
  });
});
