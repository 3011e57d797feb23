// Print setup read back from the .xlsx of both Excel renderers: A4, orientation, print titles, header/footer, fit.
import { beforeAll, describe, expect, it } from 'vitest';
import { buildWorkbook } from '../../src/core/build-workbook';
import { parseRound } from '../../src/core/periods';
import { buildRoundReview } from '../../src/core/round';
import { printSpec } from '../../src/core/sheets/print';
import { buildYearPlan } from '../../src/core/year/year-plan';
import { findTemplate, listTemplates } from '../../src/core/template/registry';
import { headerFooterText } from '../../src/render/excel/print-setup';
import { book, renderBoth, sheet, xmlPart, type Rendered } from '../helpers/xlsx';

function spec() {
  const rows = [['Plan & results'], [], ['Date', 'Task'], ['2026-11-02', 'Post']];
  return book(
    sheet('Plan', rows, { columns: [{ key: 'a', width: 12 }, { key: 'b', width: 30 }], headerRow: 3,
      print: printSpec('Tom & Jerry — {sheet}', 'en', { landscape: true, repeatRows: { from: 3, to: 3 }, gridlines: true }) }),
    sheet('Summary', rows, { columns: [{ key: 'a', width: 12 }], print: printSpec('Summary', 'lv', { landscape: false, onePage: true }) }),
  );
}

describe('header and footer codes', () => {
  it('double the user\'s & and turn placeholders into codes', () =>
    expect(headerFooterText('R&D {sheet}: {page}/{pages}')).toBe('R&&D &A: &P/&N'));
  it('keep one line and Excel\'s length limit', () => {
    expect(headerFooterText('a\nb')).toBe('a b');
    expect(headerFooterText('&'.repeat(400)).length).toBeLessThanOrEqual(250);
  });
});

describe.each(['file', 'buffer'] as const)('print setup via the %s renderer', (via) => {
  let r: Rendered;
  beforeAll(async () => {
    r = (await renderBoth(spec)).find((x) => x.via === via)!;
  });

  it('prints on A4, landscape, one page wide and as many tall as needed', () => {
    const ps = r.wb.getWorksheet('Plan')!.pageSetup;
    expect(ps).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
  });

  it('prints the grid only where asked (the streaming writer needs a patch for it)', () => {
    expect(r.wb.getWorksheet('Plan')!.pageSetup.showGridLines).toBe(true);
    expect(r.wb.getWorksheet('Summary')!.pageSetup.showGridLines).toBeFalsy();
  });

  it('fits the summary onto one portrait page', () =>
    expect(r.wb.getWorksheet('Summary')!.pageSetup).toMatchObject({ paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 1 }));

  it('repeats the table header on every page through _xlnm.Print_Titles', async () => {
    expect(r.wb.getWorksheet('Plan')!.pageSetup.printTitlesRow).toBe('3:3');
    const names = await xmlPart(r.path, 'xl/workbook.xml');
    expect(names).toMatch(/<definedName name="_xlnm.Print_Titles" localSheetId="0">(&apos;|')Plan(&apos;|')!\$3:\$3</);
    expect(r.wb.getWorksheet('Summary')!.pageSetup.printTitlesRow).toBeUndefined();
  });

  it('writes the title on top and "page n of N" below in Excel codes', () => {
    const hf = r.wb.getWorksheet('Plan')!.headerFooter;
    expect(hf.oddHeader).toContain('Tom && Jerry — &A');
    expect(hf.oddFooter).toContain('Page &P of &N');
    expect(r.wb.getWorksheet('Summary')!.headerFooter.oddFooter).toContain('&P. lappuse no &N');
  });
});

describe('the generated plan and campaign sheets', () => {
  const wb = buildWorkbook({
    template: findTemplate('social-media-content')!, month: '2026-11', today: '2026-11-20', lang: 'lv', data: [], events: [],
  });
  it.each(['activity-plan', 'campaign'])('%s repeats its own header row and prints landscape', (id) => {
    const s = wb.sheets.find((x) => x.id === id)!;
    expect(s.print).toMatchObject({ landscape: true, fitToWidth: true, repeatRows: { from: s.headerRow, to: s.headerRow } });
    expect(s.print!.footer).toContain('{pages}');
  });
  it.each(listTemplates().flatMap((t) => ['kpi-results', 'review', 'campaign'].map((id) => [t.id, id, t] as const)))(
    '%s: the %s sheet is narrow enough for 8-pt print on A4', (_, id, template) => {
      const s = buildWorkbook({ template, month: '2026-11', today: '2026-11-20', lang: 'lv', data: [], events: [] })
        .sheets.find((x) => x.id === id)!;
      const pt = s.columns.filter((c) => !c.hidden).reduce((sum, c) => sum + (c.width * 7 + 5) * 0.75, 0);
      const paper = ((s.print!.landscape ? 297 : 210) / 25.4 - 0.8) * 72;
      expect(11 * Math.min(1, paper / pt)).toBeGreaterThanOrEqual(8);
    });
  // The year plan and the round review (a six-month round: twelve month columns) keep the same floor.
  it.each(listTemplates().flatMap((t) => (['lv', 'lt', 'en'] as const).map((lang) => [t.id, lang, t] as const)))(
    '%s: the year plan and round review sheets print at 8 pt or more on A4 (%s)', (_, lang, template) => {
      const year = buildYearPlan({ template, year: 2026, lang, data: [], created: '2026-01-01' }).workbook;
      const round = buildRoundReview({ template, period: parseRound(template, '2026-H1'), today: '2026-03-01', lang,
        data: [] }).workbook;
      const sheets = [...year.sheets, ...round.sheets];
      expect(sheets.map((s) => s.id)).toEqual(['year-plan', 'kpi-targets', 'round-review', 'director-form']);
      for (const s of sheets) {
        const pt = s.columns.filter((c) => !c.hidden).reduce((sum, c) => sum + (c.width * 7 + 5) * 0.75, 0);
        const paper = ((s.print!.landscape ? 297 : 210) / 25.4 - 0.8) * 72;
        expect(11 * Math.min(1, paper / pt), s.id).toBeGreaterThanOrEqual(8);
      }
    });
  it.each(listTemplates().map((t) => [t.id, t] as const))('keeps the plan of %s narrow enough for 8-pt print on A4', (_, template) => {
    // Every column a template can fill: an owner and a document on a step of a several-section process.
    const full = { ...template, sections: [...template.sections, ...template.sections.map((s) => ({ ...s, id: `${s.id}-2` }))] };
    full.sections[0] = { ...full.sections[0], steps: [{ ...full.sections[0].steps[0], responsible: [{ en: 'A' }], documents: [{ en: 'B' }] }] };
    const plan = buildWorkbook({ template: full, month: '2026-11', today: '2026-11-20', lang: 'lv', data: [], events: [] })
      .sheets.find((x) => x.id === 'activity-plan')!;
    expect(plan.columns.map((c) => c.key)).toEqual(expect.arrayContaining(['area', 'responsible', 'document']));
    // Excel: a column of w characters is w × 7 + 5 px at 11 pt; 96 px = 72 pt. A4 landscape between 0.4" margins.
    const pt = plan.columns.filter((c) => !c.hidden).reduce((sum, c) => sum + (c.width * 7 + 5) * 0.75, 0);
    const paper = (297 / 25.4 - 0.8) * 72;
    expect(11 * Math.min(1, paper / pt)).toBeGreaterThanOrEqual(8);
  });
});
