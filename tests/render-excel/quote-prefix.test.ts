// Text that starts like a formula carries Excel's quote prefix in both renderers, and stays text in LibreOffice.
import { describe, expect, it } from 'vitest';
import { book, renderBoth, sheet, sheetXml, xmlPart } from '../helpers/xlsx';
import { hasSoffice, recalculate, sheetRows } from '../helpers/libreoffice';
import { withQuotePrefix } from '../../src/render/excel/quote-prefix';

const ROW = ['=1+1', { text: '+2+3', style: { bold: true } }, '-4', '@SUM(1,2)', '\tx', 'plain', 5, { text: 'a=b' }];
const PREFIXED = [true, true, true, true, true, false, false, false];
const make = () => book(sheet('S', [ROW], { columns: ROW.map((_, i) => ({ key: `c${i}`, width: 10, ...(i === 2 ? { style: { italic: true } } : {}) })) }));

/** For each cell of row 1: does its cell format (xf) carry quotePrefix="1"? */
async function prefixedCells(file: string): Promise<boolean[]> {
  const styles = await xmlPart(file, 'xl/styles.xml');
  const xfs = /<cellXfs[^>]*>([^]*?)<\/cellXfs>/.exec(styles)![1].match(/<xf\b[^>]*>/g)!;
  const cells = (await sheetXml(file, 'S')).match(/<c\b[^>]*>/g)!;
  return cells.map((c) => /quotePrefix="1"/.test(xfs[Number(/\bs="(\d+)"/.exec(c)?.[1] ?? 0)]));
}

describe('quote prefix on formula-like text', () => {
  it('is set on exactly the cells whose text starts with = + - @ or a tab, in both renderers', async () => {
    for (const r of await renderBoth(make)) {
      expect(await prefixedCells(r.path), r.via).toEqual(PREFIXED);
      // Still plain strings: the prefix is a flag, not part of the text.
      expect(r.wb.getWorksheet('S')!.getCell('A1').value, r.via).toBe('=1+1');
    }
  });

  it('replaces only the marker inside cellXfs', () => {
    const xml = '<a applyProtection="1"/><cellXfs count="2"><xf numFmtId="0"/><xf fontId="1" applyProtection="1"/></cellXfs>';
    expect(withQuotePrefix(xml)).toBe('<a applyProtection="1"/><cellXfs count="2"><xf numFmtId="0"/><xf fontId="1" quotePrefix="1"/></cellXfs>');
  });

  it.skipIf(!hasSoffice())('stays text through LibreOffice: shown as typed in CSV, and kept apart from plain text', async () => {
    const [file] = await renderBoth(() => book(sheet('S', [['=1+1', '+2+3', '-4', '@SUM(1,2)', 'plain']])));
    const rows = await sheetRows(file.path, 1);
    // A formula would show 2, 5, -4 as a number or an error; text shows exactly what was written.
    expect(rows[0]).toEqual(['=1+1', '+2+3', '-4', '@SUM(1,2)', 'plain']);
    // LibreOffice 7.4 does not write quotePrefix back into .xlsx, but it keeps the flag on the cells:
    // saved again, the four share a cell format of their own, apart from the plain cell's, and it is
    // not the protection marker (a leaked marker would come back as applyProtection="true").
    const saved = await recalculate(file.path);
    const styleIds = (await sheetXml(saved, 'S')).match(/<c\b[^>]*>/g)!.map((c) => Number(/\bs="(\d+)"/.exec(c)?.[1] ?? 0));
    expect(new Set(styleIds.slice(0, 4)).size).toBe(1);
    expect(styleIds[0]).not.toBe(styleIds[4]);
    const xfs = /<cellXfs[^>]*>([^]*?)<\/cellXfs>/.exec(await xmlPart(saved, 'xl/styles.xml'))![1].match(/<xf\b[^>]*>/g)!;
    expect(xfs[styleIds[0]]).toMatch(/applyProtection="false"/);
  }, 60_000);
});
