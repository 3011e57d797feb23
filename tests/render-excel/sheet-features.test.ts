// Sheet-level parts of the description (layout, rules, print, properties) survive both Excel renderers.
import { describe, it, expect, beforeAll } from 'vitest';
import type { Worksheet } from 'exceljs';
import { book, sheet, renderBoth, sheetXml, xmlPart, PROPS, type Rendered } from '../helpers/xlsx';

const STATUSES = ['planned', 'in progress', 'done', 'cancelled'];
const LONG = Array.from({ length: 40 }, (_, i) => `option number ${i + 1}`);

function spec() {
  const plan = sheet('Activity plan', [
    [{ text: 'Activity plan — March 2025', style: { bold: true, size: 16 } }],
    ['Task', 'Owner', 'Due', 'Status', 'Note'],
    ['Post', 'Anna', { date: '2025-03-03' }, 'planned', ''],
    ['Mail', 'Ben', { date: '2025-03-04' }, 'done', ''],
  ], {
    headerRow: 2,
    columns: [{ key: 'task', width: 30 }, { key: 'owner', width: 15.5 }, { key: 'due', width: 12 }, { key: 'status', width: 14 }, { key: 'note', width: 40 }],
    frozen: { rows: 2, columns: 1 },
    merges: [{ range: 'A1:E1' }],
    rowHeights: { 1: 28, 6: 40 },
    tabColor: '#1F77B4',
    print: { landscape: true, fitToWidth: true },
    autoFilter: 'A2:E4',
    validations: [
      { range: 'D3:D4', list: STATUSES, strict: true },
      { range: 'E3:E4', list: ['say "hi"', 'a, b', 'plain'], strict: false },
      { range: 'B3:B4', list: LONG, strict: true },
    ],
    conditionalRules: [
      { range: 'A3:E4', formula: 'AND($C3<DATE(2025,3,4),$D3<>"done")', style: { fill: '#FFC7CE', color: '#9C0006' } },
      { range: 'D3:D4', formula: 'D3="done"', style: { fill: '#C6EFCE', bold: true } },
      { range: 'D3:D4', formula: 'D3="cancelled"', style: { color: '#808080' } },
    ],
  });
  const kpi = sheet('KPI results', [['KPI', 'Target']], { columns: [{ key: 'kpi', width: 20 }, { key: 'target', width: 10 }], print: { landscape: false, fitToWidth: false } });
  return book(plan, kpi);
}

describe.each(['file', 'buffer'] as const)('sheet features via %s renderer', (via) => {
  let r: Rendered;
  let ws: Worksheet;
  beforeAll(async () => {
    r = (await renderBoth(spec)).find((x) => x.via === via)!;
    ws = r.wb.getWorksheet('Activity plan')!;
  });

  it('keeps sheet order and names, and hides the helper list sheet at the end', () => {
    expect(r.wb.worksheets.map((w) => [w.name, w.state])).toEqual([
      ['Activity plan', 'visible'], ['KPI results', 'visible'], ['_lists', 'hidden'],
    ]);
  });

  it('sets column keys and widths, row heights and the tab colour', () => {
    expect(ws.columns.map((c) => c.width)).toEqual([30, 15.5, 12, 14, 40]);
    expect(ws.getRow(1).height).toBe(28);
    expect(ws.getRow(6).height).toBe(40);
    expect(ws.properties.tabColor).toEqual({ argb: 'FF1F77B4' });
  });

  it('freezes header rows and columns', () => {
    expect(ws.views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: 2, topLeftCell: 'B3' });
  });

  it('merges the title and keeps its value in the master cell', () => {
    expect(ws.getCell('A1').value).toBe('Activity plan — March 2025');
    expect(ws.getCell('E1').isMerged).toBe(true);
    expect((ws.model as { merges: string[] }).merges).toEqual(['A1:E1']);
  });

  it('prints landscape, fitted to one page wide, any number of pages tall', async () => {
    expect(ws.pageSetup).toMatchObject({ orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    expect(r.wb.getWorksheet('KPI results')!.pageSetup.orientation).toBe('portrait');
    expect(await sheetXml(r.path, 'Activity plan')).toContain('<pageSetUpPr fitToPage="1"/>');
  });

  it('sets the autofilter', () => {
    expect(ws.autoFilter).toBe('A2:E4');
  });

  it('writes drop-down lists: inline when Excel allows, else on the hidden sheet', async () => {
    const dv = (addr: string) => ws.getCell(addr).dataValidation as unknown as Record<string, unknown>;
    expect(dv('D3')).toMatchObject({ type: 'list', formulae: ['"planned,in progress,done,cancelled"'], showErrorMessage: true, allowBlank: true });
    expect(dv('D4')).toEqual(dv('D3'));
    expect(dv('D3').errorStyle ?? 'stop').toBe('stop');
    // A comma inside a value cannot be inline; the quote is kept as it is.
    expect(dv('E3')).toMatchObject({ formulae: ["'_lists'!$A$1:$A$3"], errorStyle: 'warning', showErrorMessage: true });
    // More than 255 characters inline is refused by Excel.
    expect(dv('B4')).toMatchObject({ formulae: ["'_lists'!$B$1:$B$40"] });
    const lists = r.wb.getWorksheet('_lists')!;
    expect([1, 2, 3].map((i) => lists.getCell(i, 1).value)).toEqual(['say "hi"', 'a, b', 'plain']);
    expect(lists.getCell(40, 2).value).toBe('option number 40');
    // One validation per described range, not one per cell.
    const xml = await sheetXml(r.path, 'Activity plan');
    expect([...xml.matchAll(/<dataValidation [^>]*sqref="([^"]+)"/g)].map((m) => m[1]).sort()).toEqual(['B3:B4', 'D3:D4', 'E3:E4']);
  });

  it('escapes quotes inside an inline list', async () => {
    const only = async () => (await renderBoth(() => book(sheet('S', [['x']], { validations: [{ range: 'A1', list: ['a "b"', 'c'], strict: true }] })))).find((x) => x.via === via)!;
    const xml = await sheetXml((await only()).path, 'S');
    expect(xml).toContain('<formula1>&quot;a &quot;&quot;b&quot;&quot;,c&quot;</formula1>');
  });

  it('writes conditional rules as expression rules, one block per range, in order', async () => {
    const cf = (ws as unknown as { conditionalFormattings: { ref: string; rules: Record<string, unknown>[] }[] }).conditionalFormattings;
    expect(cf.map((c) => [c.ref, c.rules.length])).toEqual([['A3:E4', 1], ['D3:D4', 2]]);
    expect(cf[0].rules[0]).toMatchObject({ type: 'expression', formulae: ['AND($C3<DATE(2025,3,4),$D3<>"done")'], priority: 1 });
    expect(cf[0].rules[0].style).toMatchObject({ fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: 'FFFFC7CE' } }, font: { color: { argb: 'FF9C0006' } } });
    expect(cf[1].rules.map((x) => x.priority)).toEqual([2, 3]);
    expect(cf[1].rules[0].style).toMatchObject({ font: { bold: true } });
    const xml = await sheetXml(r.path, 'Activity plan');
    expect(xml.match(/<conditionalFormatting /g)).toHaveLength(2);
    expect(xml).not.toMatch(/dataBar|containsText/);
  });

  it('writes document properties from the description, dated by `created`', async () => {
    const created = new Date('2025-03-31T00:00:00Z');
    expect(r.wb).toMatchObject({ title: PROPS.title, subject: PROPS.subject, creator: PROPS.creator, lastModifiedBy: PROPS.creator, company: PROPS.company, description: PROPS.description, keywords: PROPS.keywords });
    expect(r.wb.created).toEqual(created);
    expect(r.wb.modified).toEqual(created);
    expect(await xmlPart(r.path, 'docProps/core.xml')).toContain('<dc:language>en</dc:language>');
  });

  it('asks readers to calculate formulas on load (no cached results are written)', async () => {
    expect(await xmlPart(r.path, 'xl/workbook.xml')).toMatch(/<calcPr[^>]*fullCalcOnLoad="1"/);
  });
});

describe('description mistakes get clear errors', () => {
  it('names the sheet for a bad colour and an overlapping merge', async () => {
    await expect(renderBoth(() => book(sheet('S', [['x']], { tabColor: 'red' })))).rejects.toThrow(/Sheet "S".*#RRGGBB.*"red"/);
    await expect(renderBoth(() => book(sheet('S', [['x']], { merges: [{ range: 'A1:B2' }, { range: 'B2:C3' }] })))).rejects.toThrow(/Sheet "S": cannot merge B2:C3/);
    await expect(renderBoth(() => book(sheet('S', [['x']], { merges: [{ range: 'A1-B2' }] })))).rejects.toThrow(/Sheet "S": merge range "A1-B2"/);
  });
});
