// LibreOffice, a real spreadsheet engine, opens what both renderers write, keeps text as text and recalculates.
import { describe, it, expect, beforeAll } from 'vitest';
import path from 'node:path';
import type { Row } from '../../src/core/model/workbook';
import { formatLiteral } from '../../src/core/sheets/status';
import { renderWorkbookToFile } from '../../src/render/excel/render-file';
import { recalculate, sheetRows, findSoffice } from '../helpers/libreoffice';
import { book, sheet, tempDir, renderBoth, readBook, textOf, type Rendered } from '../helpers/xlsx';

const HOSTILE = ['=cmd|\' /C calc\'!A0', '+1', '-1', '@SUM(A1)', '\tx', '=1+1', ' padded '];
const STATUS = (r: number) => `IF(C${r}="","",IF(C${r}>=B${r},"met",IF(C${r}>=0.9*B${r},"at risk","missed")))`;

function kpiSpec() {
  const rows: Row[] = [
    ['KPI', 'Target', 'Actual', 'Status'],
    ['Leads', 100, 120, { formula: STATUS(2) }],
    ['Sales', 100, 95, { formula: STATUS(3) }],
    ['Followers', 100, 50, { formula: STATUS(4) }],
  ];
  return book(
    sheet('KPI results', rows, {
      headerRow: 1,
      columns: [{ key: 'kpi', width: 20 }, { key: 'target', width: 10 }, { key: 'actual', width: 10, style: { numFmt: '#,##0' } }, { key: 'status', width: 10 }],
      conditionalRules: [
        { range: 'D2:D4', formula: 'D2="missed"', style: { fill: '#FFC7CE' } },
        { range: 'D2:D4', formula: 'D2="met"', style: { fill: '#C6EFCE' } },
      ],
      validations: [{ range: 'E2:E4', list: ['repeat', 'change, then repeat'], strict: false }],
    }),
    sheet('Text', [
      HOSTILE,
      [{ date: '2025-03-14' }, NaN, { text: 'y'.repeat(40_000) }, 'a\u0000b\uFFFEc', { number: 0.25, style: { numFmt: '0%' } }],
    ]),
  );
}

describe('LibreOffice', () => {
  let both: Rendered[];
  beforeAll(async () => {
    findSoffice(); // a clear error when LibreOffice is missing, instead of a pile of failures
    both = await renderBoth(kpiSpec);
  });

  it.each([0, 1])('opens the workbook, computes the status formulas and shows text as typed (renderer %i)', async (i) => {
    const file = both[i].path;
    expect(await sheetRows(file, 'KPI results')).toEqual([
      ['KPI', 'Target', 'Actual', 'Status'],
      ['Leads', '100', '120', 'met'],
      ['Sales', '100', '95', 'at risk'],
      ['Followers', '100', '50', 'missed'],
    ]);
    const text = await sheetRows(file, 'Text');
    expect(text[0]).toEqual(HOSTILE);
    const [date, nan, long, cleaned, percent] = text[1];
    expect([date, nan, cleaned, percent]).toEqual(['2025-03-14', '', 'abc', '25%']);
    // Compared as a flag, so a failure does not print 40,000 characters.
    expect(long.length).toBe(32_767);
    expect(/^y+$/.test(long)).toBe(true);
  });

  it.each([0, 1])('keeps hostile text as text cells, not formulas, after LibreOffice saves the file (renderer %i)', async (i) => {
    const wb = await readBook(await recalculate(both[i].path));
    const row = wb.getWorksheet('Text')!.getRow(1);
    HOSTILE.forEach((text, c) => {
      const cell = row.getCell(c + 1);
      expect(cell.formula, text).toBeUndefined();
      expect(textOf(cell.value), text).toBe(text);
    });
    // The rules and the drop-down survive LibreOffice's round trip too.
    const kpi = wb.getWorksheet('KPI results')!;
    const cf = (kpi as unknown as { conditionalFormattings: { rules: { type: string }[] }[] }).conditionalFormattings;
    expect(cf.flatMap((c) => c.rules.map((r) => r.type))).toEqual(['expression', 'expression']);
    expect(kpi.getCell('E3').dataValidation).toMatchObject({ type: 'list' });
  });

  it('follows an edited actual: the status formula changes after recalculation', async () => {
    const dir = tempDir();
    const first = path.join(dir, 'kpi.xlsx');
    await renderWorkbookToFile(kpiSpec(), first);
    const recalculated = await readBook(await recalculate(first));
    const ws = recalculated.getWorksheet('KPI results')!;
    expect(ws.getCell('D3').result).toBe('at risk');

    // The manager types new actuals; cached results are dropped so only a recalculation can fill them.
    ws.getCell('C3').value = 130;
    ws.getCell('C2').value = 10;
    ws.eachRow((row) => row.eachCell((cell) => {
      if (cell.formula) cell.value = { formula: cell.formula } as never;
    }));
    const edited = path.join(dir, 'kpi-edited.xlsx');
    await recalculated.xlsx.writeFile(edited);

    expect((await sheetRows(edited, 'KPI results')).map((r) => r[3])).toEqual(['Status', 'missed', 'met', 'missed']);
    const again = (await readBook(await recalculate(edited))).getWorksheet('KPI results')!;
    expect(['D2', 'D3', 'D4'].map((a) => again.getCell(a).result)).toEqual(['missed', 'met', 'missed']);
  });

  it.each([0, 1])('shows status codes as the words of their number format, quotes included (renderer %i)', async (i) => {
    // positive;negative;zero;text: 1 met, -1 missed, 0 at risk, and a text shown as it is.
    const numFmt = [formatLiteral('met'), formatLiteral('missed "hard"'), formatLiteral('at risk'), '@'].join(';');
    const values: Row = [
      { number: 1, style: { numFmt } }, { number: -1, style: { numFmt } }, { number: 0, style: { numFmt } },
      { text: 'no figure yet', style: { numFmt } }, { formula: 'IF(1>0,-1,1)', style: { numFmt } },
    ];
    const codes = () => book(sheet('Codes', [values]));
    const [rendered] = [(await renderBoth(codes))[i]];
    expect(await sheetRows(rendered.path, 'Codes')).toEqual([['met', 'missed "hard"', 'at risk', 'no figure yet', 'missed "hard"']]);
  });
});
