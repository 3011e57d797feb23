// Nothing half-written, clear errors for broken descriptions, lazy rows read once, browser-safe buffer renderer.
import { describe, it, expect } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import ExcelJS from 'exceljs';
import * as esbuild from 'esbuild';
import type { Row } from '../../src/core/model/workbook';
import { renderWorkbookToFile } from '../../src/render/excel/render-file';
import { renderWorkbookToBuffer } from '../../src/render/excel/render-buffer';
import { checkSheetNames, isoDateToSerial, safeText } from '../../src/render/excel/sanitize';
import { sheetSink } from '../../src/render/excel/writer-patches';
import { book, sheet, tempDir, listDir, readBook } from '../helpers/xlsx';

function* numbered(count: number, failAt = Infinity): Generator<Row> {
  for (let i = 1; i <= count; i++) {
    if (i === failAt) throw new Error(`source broke at row ${i}`);
    yield [`row ${i}`, i, { date: '2025-03-01' }, '=not a formula'];
  }
}

describe('sheet names are checked before anything is written', () => {
  const bad: [string, RegExp][] = [
    ['', /blank/], ['   ', /blank/], ['x'.repeat(32), /32 characters/], ['a/b', /one of/], ['a[1]', /one of/],
    ['what?', /one of/], ['a:b', /one of/], ['a*', /one of/], ['a\\b', /one of/], ["'quoted'", /apostrophe/],
    ['tab\u0001', /invalid character/], ['History', /reserved/],
  ];
  it.each(bad)('rejects %j with a reason, leaving no file', async (name, reason) => {
    const dir = tempDir();
    const out = path.join(dir, 'out.xlsx');
    await expect(renderWorkbookToFile(book(sheet(name, [['x']])), out)).rejects.toThrow(reason);
    await expect(renderWorkbookToBuffer(book(sheet(name, [['x']])))).rejects.toThrow(reason);
    expect(listDir(dir)).toEqual([]);
  });

  it('rejects duplicate names, ignoring case, and names both', () => {
    expect(() => checkSheetNames(['Summary', 'KPI', 'summary'])).toThrow(/"summary".*repeats.*"Summary"/);
    expect(() => checkSheetNames(['Kopsavilkums', 'Mēneša kampaņa', 'x'.repeat(31)])).not.toThrow();
  });
});

describe('a failure leaves nothing half-written', () => {
  it('deletes the partial file when the lazy rows throw mid-way, and passes the error on unchanged', async () => {
    const dir = tempDir();
    const out = path.join(dir, 'report.xlsx');
    const spec = book(sheet('First', [['ok']]), sheet('Big', numbered(50_000, 12_345)));
    await expect(renderWorkbookToFile(spec, out)).rejects.toThrow('source broke at row 12345');
    expect(listDir(dir)).toEqual([]);
  });

  it('keeps the previous file when a new render fails, and replaces it when one succeeds', async () => {
    const dir = tempDir();
    const out = path.join(dir, 'report.xlsx');
    writeFileSync(out, 'previous report');
    await expect(renderWorkbookToFile(book(sheet('S', numbered(5_000, 3_000))), out)).rejects.toThrow(/broke/);
    expect(readFileSync(out, 'utf8')).toBe('previous report');
    await renderWorkbookToFile(book(sheet('S', numbered(10))), out);
    expect(listDir(dir)).toEqual(['report.xlsx']);
    expect((await readBook(out)).getWorksheet('S')!.getCell('A10').value).toBe('row 10');
  });

  it('rejects a missing output folder without creating anything', async () => {
    const dir = tempDir();
    await expect(renderWorkbookToFile(book(sheet('S', [['x']])), path.join(dir, 'nope', 'out.xlsx'))).rejects.toThrow(/ENOENT/);
    expect(listDir(dir)).toEqual([]);
  });

  it('rejects a cell it cannot translate, naming sheet and cell', async () => {
    const dir = tempDir();
    const weird = [['ok', { strange: 1 }]] as unknown as Row[];
    await expect(renderWorkbookToFile(book(sheet('S', weird)), path.join(dir, 'o.xlsx'))).rejects.toThrow(/Sheet "S", cell B1: unknown cell/);
    const notARow = [['ok'], 'oops'] as unknown as Row[];
    await expect(renderWorkbookToFile(book(sheet('S', notARow)), path.join(dir, 'o.xlsx'))).rejects.toThrow(/Sheet "S", row 2: a row must be an array/);
    const tooWide = [Array.from({ length: 16_385 }, () => 1)];
    await expect(renderWorkbookToBuffer(book(sheet('S', tooWide)))).rejects.toThrow(/16385 cells, Excel allows 16384/);
    expect(listDir(dir)).toEqual([]);
  });
});

describe('large lazy sheets', () => {
  it('reads the rows once, in order, streams them and reports progress', async () => {
    const dir = tempDir();
    const out = path.join(dir, 'big.xlsx');
    let iterations = 0;
    const once: Iterable<Row> = {
      [Symbol.iterator]() {
        if (++iterations > 1) throw new Error('rows were read twice');
        return numbered(25_000);
      },
    };
    const progress: [string, number][] = [];
    await renderWorkbookToFile(book(sheet('Small', [['a']]), sheet('GA4', once, { rowCount: 25_000 })), out, {
      onProgress: (name, rows) => progress.push([name, rows]),
    });
    expect(iterations).toBe(1);
    expect(progress[0]).toEqual(['Small', 1]);
    expect(progress.filter(([n]) => n === 'GA4').map(([, r]) => r)).toEqual([...Array.from({ length: 25 }, (_, i) => (i + 1) * 1000), 25_000]);
    const ws = (await readBook(out)).getWorksheet('GA4')!;
    expect(ws.rowCount).toBe(25_000);
    expect(ws.getCell('A25000').value).toBe('row 25000');
    expect(ws.getCell('D25000').value).toBe('=not a formula');
  });

  it('still sees where exceljs queues sheet XML (the backpressure depends on it)', async () => {
    const dir = tempDir();
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path.join(dir, 'probe.xlsx'), useStyles: true });
    const ws = wb.addWorksheet('S');
    ws.addRow(['x']).commit();
    expect(sheetSink(ws)).toBeDefined();
    ws.commit();
    await wb.commit();
  });
});

describe('guards', () => {
  it('safeText drops what XML cannot hold and never splits a surrogate pair', () => {
    expect(safeText('a\u0000\u0008\u000B\u000C\u000E\u001F\uFFFE\uFFFFb')).toBe('ab');
    expect(safeText('keep\t\n\r')).toBe('keep\t\n\r');
    expect(safeText('lone \uD83D and \uDE00 but 😀')).toBe('lone  and  but 😀');
    expect(safeText('ab😀', 3)).toBe('ab');
    expect(safeText('x'.repeat(40_000))).toHaveLength(32_767);
  });

  it('isoDateToSerial accepts only real dates Excel can show', () => {
    expect(isoDateToSerial('2025-03-31')).toBe(45747);
    expect(isoDateToSerial('1900-03-01')).toBe(61);
    expect(isoDateToSerial('1900-02-28')).toBe(59);
    for (const bad of ['2025-02-29', '2025-13-01', '1899-12-31', '2025-3-1', '20250301', '', '2025-03-31T00:00']) expect(isoDateToSerial(bad), bad).toBeNull();
  });

  it('rejects a workbook whose created date is not a date', async () => {
    const spec = book(sheet('S', [['x']]));
    spec.properties = { ...spec.properties, created: 'yesterday' };
    await expect(renderWorkbookToBuffer(spec)).rejects.toThrow(/created.*"yesterday"/);
  });
});

describe('the buffer renderer is browser-safe', () => {
  it('bundles for the browser with no Node built-ins, and the bundle renders a readable workbook', async () => {
    const result = await esbuild.build({
      entryPoints: [path.resolve('src/render/excel/render-buffer.ts')],
      bundle: true, platform: 'browser', format: 'esm', write: false, metafile: true, logLevel: 'silent',
    });
    const inputs = Object.keys(result.metafile!.inputs);
    // The browser build of exceljs, as the sidebar's esbuild bundle will pick it.
    expect(inputs.some((i) => i.includes('exceljs/dist/exceljs.min.js'))).toBe(true);
    expect(inputs.filter((i) => /^node:|render-file|writer-patches/.test(i))).toEqual([]);

    const bundle = path.join(tempDir(), 'render-buffer.browser.mjs');
    writeFileSync(bundle, result.outputFiles[0].text);
    const { renderWorkbookToBuffer: browserRender } = (await import(pathToFileURL(bundle).href)) as typeof import('../../src/render/excel/render-buffer');
    const bytes = await browserRender(book(sheet('S', [['=1+1', 0.5, { date: '2025-01-02' }, { formula: 'B1*2' }]])));
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect([...bytes.slice(0, 2)]).toEqual([0x50, 0x4b]); // a zip, as every .xlsx is
    const ws = (await readBook(bytes)).getWorksheet('S')!;
    expect(ws.getRow(1).values).toEqual([undefined, '=1+1', 0.5, new Date('2025-01-02T00:00:00Z'), { formula: 'B1*2' }]);
  });
});
