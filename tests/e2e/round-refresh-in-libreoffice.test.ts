// A round review edited through exceljs (as openpyxl would: the whole file re-saved) and refreshed by the CLI shows,
// recalculated by LibreOffice, what the review generated from the edited figures shows, cell by cell on both sheets.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { labels } from '../../src/core/i18n';
import type { KpiRecord } from '../../src/core/model/input';
import { parseRound } from '../../src/core/periods';
import { buildRoundReview } from '../../src/core/round';
import { findTemplate } from '../../src/core/template/registry';
import { renderWorkbookToFile } from '../../src/render/excel/render-file';
import { allSheetRows } from '../helpers/libreoffice';
import { colOf, rowOf, sheetById } from '../helpers/spec-cells';
import { readWorkbook, runCli, tempDir } from '../cli/run-cli';

const strategy = findTemplate('digital-marketing-strategy')!;
const period = parseRound(strategy, '2026-autumn');
const TODAY = '2026-06-20';

describe('a refreshed round review in LibreOffice', () => {
  it('equals the review generated from the edited figures', async () => {
    const dir = tempDir();
    const data: KpiRecord[] = strategy.kpis.flatMap((k) => period.months.slice(0, 3).map((m, i) => ({
      kpi: k.id, month: m.id, target: k.unit === 'percent' ? 0.05 : 100 + 10 * i,
      actual: k.unit === 'percent' ? 0.04 : 90 + 15 * i, ...(i === 1 ? { action: `Fix ${k.id}` } : {}),
    })));
    const csv = ['kpi,month,target,actual,action', ...data.map((r) => `${r.kpi},${r.month},${r.target},${r.actual},`
      + `${r.action ?? ''}`)].join('\n');
    writeFileSync(path.join(dir, 'd.csv'), csv);
    const args = ['round', '--template', strategy.id, '--round', period.id, '--data', 'd.csv', '--today', TODAY,
      '--lang', 'en', '--out', 'r.xlsx'];
    expect(runCli(args, dir).code).toBe(0);

    const blank = buildRoundReview({ template: strategy, period, today: TODAY, lang: 'en', data: [] }).workbook;
    const [review, form] = [sheetById(blank, 'round-review'), sheetById(blank, 'director-form')];
    const file = path.join(dir, 'r.xlsx');
    const wb = await readWorkbook(file);
    const set = (s: typeof review, col: string, row: string, value: unknown) =>
      (wb.getWorksheet(s.name)!.getCell(rowOf(s, row), colOf(s, col)).value = value as never);
    set(review, 'a2', 'kpi:leads', 40);
    set(review, 'a4', 'kpi:leads', 130);
    set(review, 't4', 'kpi:leads', 120);
    set(review, 'roundTarget', 'kpi:engagement-rate', 0.05);
    set(review, 'roundActual', 'kpi:engagement-rate', 0.061);
    set(form, 'comment', 'kpi:leads', 'April fell short');
    set(form, 'kpi', 'agreed:1', 'Two webinars in May');
    set(form, 'target', 'decision', labels('en').round.decisionYes);
    await wb.xlsx.writeFile(file);
    const r = runCli(['refresh', '--in', 'r.xlsx', '--today', TODAY], dir);
    expect(r.code, r.stderr).toBe(0);

    const edited = data.map((x) => ({ ...x }));
    const leads = (month: string) => edited.find((x) => x.kpi === 'leads' && x.month === month)!;
    leads(period.months[1].id).actual = 40;
    edited.push({ kpi: 'leads', month: period.months[3].id, target: 120, actual: 130 });
    const expected = buildRoundReview({
      template: strategy, period, today: TODAY, lang: 'en', data: edited,
      periodRecords: [{ kpi: 'engagement-rate', target: 0.05, actual: 0.061 }],
      entries: { 'director-form': {
        'kpi:leads': { comment: 'April fell short' }, 'agreed:1': { kpi: 'Two webinars in May' },
        decision: { target: labels('en').round.decisionYes },
      } },
    });
    const generated = path.join(dir, 'generated.xlsx');
    await renderWorkbookToFile(expected.workbook, generated);
    const [got, want] = [await allSheetRows(file), await allSheetRows(generated)];
    for (const s of [review, form]) {
      expect(got.get(s.name), s.id).toEqual(want.get(s.name));
      expect(want.get(s.name)!.flat().join()).toContain(s === review ? '130' : 'April fell short');
    }
  }, 180_000);
});
