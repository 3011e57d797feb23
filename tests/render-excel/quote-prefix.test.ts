// Text that starts like a formula carries Excel's quote prefix in both renderers, and stays text in LibreOffice.
import { describe, expect, it } from 'vitest';
import { book, renderBoth, sheet, sheetXml, xmlPart } from '../helpers/xlsx';
import { hasSoffice, recalculate, sheetRows } from '../helpers/libreoffice';
import { withQuotePrefix } from '../../src/render/excel/quote-prefix';

const ROW = ['=1+1', { text: '+2+3', style: { bold: true } }, '-4', '@SUM(1,2)', '\tx', 'plain', 5, { text: 'a=b' }];
const PREFIXED = [true, true, true, true, true, false, false, false];
const COLUMNS = ROW.map((_, i) => ({ key: `c${i}`, width: 10, ...(i === 2 ? { style: { italic: true } } : {}) }));
const make = () => book(sheet('S', [ROW], { columns: COLUMNS }));

/** The cell formats (xf elements) of cellXfs, by index. */
async function cellFormats(file: string): Promise<string[]> {
  const styles = await xmlPart(file, 'xl/styles.xml');
  return /<cellXfs[^>]*>([^]*?)<\/cellXfs>/.exec(styles)![1].match(/<xf\b[^>]*>/g)!;
}

/** The style index of each cell of sheet S. */
async function styleIds(file: string): Promise<number[]> {
  return (await sheetXml(file, 'S')).match(/<c\b[^>]*>/g)!.map((c) => Number(/\bs="(\d+)"/.exec(c)?.[1] ?? 0));
}

/** For each cell of row 1: does its cell format (xf) carry quotePrefix="1"? */
async function prefixedCells(file: string): Promise<boolean[]> {
  const xfs = await cellFormats(file);
  return (await styleIds(file)).map((s) => /quotePrefix="1"/.test(xfs[s]));
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
    const xfs = (mark: string) => `<cellXfs count="2"><xf numFmtId="0"/><xf fontId="1" ${mark}/></cellXfs>`;
    const xml = `<a applyProtection="1"/>${xfs('applyProtection="1"')}`;
    expect(withQuotePrefix(xml)).toBe(`<a applyProtection="1"/>${xfs('quotePrefix="1"')}`);
  });

  it.skipIf(!hasSoffice())('stays text through LibreOffice: shown as typed, kept apart from plain text', async () => {
    const [file] = await renderBoth(() => book(sheet('S', [['=1+1', '+2+3', '-4', '@SUM(1,2)', 'plain']])));
    const rows = await sheetRows(file.path, 1);
    // A formula would show 2, 5, -4 as a number or an error; text shows exactly what was written.
    expect(rows[0]).toEqual(['=1+1', '+2+3', '-4', '@SUM(1,2)', 'plain']);
    // LibreOffice 7.4 does not write quotePrefix back into .xlsx, but it keeps the flag on the cells:
    // saved again, the four share a cell format of their own, apart from the plain cell's, and it is
    // not the protection marker (a leaked marker would come back as applyProtection="true").
    const saved = await recalculate(file.path);
    const ids = await styleIds(saved);
    expect(new Set(ids.slice(0, 4)).size).toBe(1);
    expect(ids[0]).not.toBe(ids[4]);
    expect((await cellFormats(saved))[ids[0]]).toMatch(/applyProtection="false"/);
  }, 60_000);
});
