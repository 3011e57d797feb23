// Cell values and styles survive both Excel renderers: read back with exceljs and as raw sheet XML.
import { describe, it, expect, beforeAll } from 'vitest';
import { ValueType } from 'exceljs';
import type { Row } from '../../src/core/model/workbook';
import { book, sheet, renderBoth, sheetXml, textOf, type Rendered } from '../helpers/xlsx';

const HOSTILE = ['=cmd|\' /C calc\'!A0', '+1', '-1', '@SUM(A1)', '\tx', '\rx', '=1+1', '=HYPERLINK("http://x","y")'];

function cellsSpec() {
  const rows: Row[] = [
    ['plain text', 42, true, null, { text: 'rich', style: { bold: true } }],
    [{ number: 1234.5 }, { date: '2025-03-14' }, { bool: false }, { formula: 'B2*2' }, { blank: true, style: { fill: '#FFEE00' } }],
    // Guards: NaN / ±Infinity / invalid dates become blanks instead of broken XML.
    [NaN, Infinity, -Infinity, { number: NaN }, { date: '2025-02-30' }, { date: 'soon' }, { formula: '=SUM(B2,1)' }],
    HOSTILE,
    [{ text: 'x'.repeat(40_000) }, 'a\u0000b\u0007c\u000Bd\uFFFEe\uFFFFf\uD800g\uDC00h', 'ok 😀 \t tab\nline', '😀'.repeat(20_000), ' spaces kept at both ends\n'],
    [{ date: '1900-01-01' }, { date: '2024-02-29' }, { date: '1899-12-31' }, { date: '2025-03-14', style: { numFmt: 'dd.mm.yyyy' } }],
  ];
  return book(sheet('Cells', rows));
}

function stylesSpec() {
  return book(
    sheet('Styles', [
      ['Header A', 'Header B', 'Header C'],
      [1, { number: 2, style: { bold: true, numFmt: '0.0%' } }, { date: '2025-01-05' }],
      [null, { text: 'own', style: { italic: true, size: 14, color: '#112233', fill: '#AABBCC', wrap: true, align: 'center', valign: 'middle' } }, 3],
    ], {
      headerRow: 1,
      columns: [
        { key: 'a', width: 10, style: { numFmt: '#,##0.00', fill: '#00FF00' } },
        { key: 'b', width: 12, style: { color: '#FF0000', numFmt: '#,##0' } },
        { key: 'c', width: 14, style: { numFmt: 'dd/mm/yyyy' } },
      ],
    }),
  );
}

describe.each(['file', 'buffer'] as const)('cells via %s renderer', (via) => {
  let r: Rendered;
  let s: Rendered;
  beforeAll(async () => {
    r = (await renderBoth(cellsSpec)).find((x) => x.via === via)!;
    s = (await renderBoth(stylesSpec)).find((x) => x.via === via)!;
  });
  const cell = (addr: string) => r.wb.getWorksheet('Cells')!.getCell(addr);

  it('writes plain and rich values with their types', () => {
    expect(cell('A1').value).toBe('plain text');
    expect(cell('B1').value).toBe(42);
    expect(cell('C1').value).toBe(true);
    expect(cell('D1').value).toBeNull();
    expect(cell('E1').value).toBe('rich');
    expect(cell('E1').font?.bold).toBe(true);
    expect(cell('A2').value).toBe(1234.5);
    expect(cell('C2').value).toBe(false);
    expect(cell('E2').value).toBeNull();
    expect(cell('E2').fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFEE00' } });
  });

  it('writes dates as real dates (UTC midnight) with yyyy-mm-dd unless a format is given', () => {
    expect(cell('B2').value).toEqual(new Date('2025-03-14T00:00:00Z'));
    expect(cell('B2').numFmt).toBe('yyyy-mm-dd');
    expect(cell('B6').value).toEqual(new Date('2024-02-29T00:00:00Z'));
    expect(cell('D6').numFmt).toBe('dd.mm.yyyy');
  });

  it('counts days the way Excel does, fictional 1900-02-29 included', async () => {
    // exceljs reads serials back without Excel's 1900 leap-year bug, so check the stored serial.
    const xml = await sheetXml(r.path, 'Cells');
    expect(xml).toMatch(/<c r="A6"[^>]*><v>1<\/v>/);
    expect(xml).toMatch(/<c r="B6"[^>]*><v>45351<\/v>/);
  });

  it('writes formulas without the leading = and without a cached value', () => {
    expect(cell('D2').value).toEqual({ formula: 'B2*2' });
    expect(cell('G3').value).toEqual({ formula: 'SUM(B2,1)' });
  });

  it('writes NaN, ±Infinity and impossible dates as blanks', async () => {
    for (const a of ['A3', 'B3', 'C3', 'D3', 'E3', 'F3', 'C6']) expect(cell(a).value, a).toBeNull();
    const xml = await sheetXml(r.path, 'Cells');
    expect(xml).not.toMatch(/NaN|Infinity/);
  });

  it('keeps hostile text as text, never a formula', async () => {
    HOSTILE.forEach((text, i) => {
      const c = r.wb.getWorksheet('Cells')!.getRow(4).getCell(i + 1);
      // Text with spaces at its ends is an inline rich-text run in streamed files (see cells.ts).
      expect([ValueType.String, ValueType.RichText], text).toContain(c.type);
      // XML turns a literal CR into LF; what matters is that it stays text.
      expect(textOf(c.value), text).toBe(text.replace(/\r/g, '\n'));
      expect(c.formula).toBeUndefined();
    });
    expect((await sheetXml(r.path, 'Cells')).match(/<f>/g)).toHaveLength(2);
  });

  it('cuts text to 32,767 characters and drops characters XML cannot hold', () => {
    expect(cell('A5').value).toBe('x'.repeat(32_767));
    expect(cell('B5').value).toBe('abcdefgh');
    expect(cell('C5').value).toBe('ok 😀 \t tab\nline');
    expect(textOf(cell('E5').value)).toBe(' spaces kept at both ends\n');
    // Cut between surrogate pairs, never through one.
    const emoji = cell('D5').value as string;
    expect(emoji.length).toBe(32_766);
    expect(emoji).toBe('😀'.repeat(16_383));
  });

  it('applies column styles to data cells, merged under the cell’s own style', () => {
    const ws = s.wb.getWorksheet('Styles')!;
    // Header row: no column style.
    expect(ws.getCell('A1').numFmt).toBeUndefined();
    expect(ws.getCell('A1').fill).toBeUndefined();
    expect(ws.getCell('A2').numFmt).toBe('#,##0.00');
    expect(ws.getCell('A2').fill).toMatchObject({ fgColor: { argb: 'FF00FF00' } });
    // Cell style wins per property; column colour stays.
    expect(ws.getCell('B2').numFmt).toBe('0.0%');
    expect(ws.getCell('B2').font).toMatchObject({ bold: true, color: { argb: 'FFFF0000' } });
    // A date in a column with a date format takes the column's format.
    expect(ws.getCell('C2').numFmt).toBe('dd/mm/yyyy');
    expect(ws.getCell('C2').value).toEqual(new Date('2025-01-05T00:00:00Z'));
    // An empty data cell still carries its column style (what a user types there is formatted).
    expect(ws.getCell('A3').value).toBeNull();
    expect(ws.getCell('A3').numFmt).toBe('#,##0.00');
    const own = ws.getCell('B3');
    expect(own.font).toMatchObject({ italic: true, size: 14, color: { argb: 'FF112233' } });
    expect(own.fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFAABBCC' } });
    expect(own.alignment).toMatchObject({ wrapText: true, horizontal: 'center', vertical: 'middle' });
    expect(own.numFmt).toBe('#,##0');
  });
});
