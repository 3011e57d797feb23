// The generated workbook in a real spreadsheet engine: statuses, counts, sentences and lists follow the figures.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildReport } from '../../src/core/build-workbook';
import { labels, pick } from '../../src/core/i18n';
import type { BuildInput } from '../../src/core/model/input';
import { findTemplate } from '../../src/core/template/registry';
import { renderWorkbookToFile } from '../../src/render/excel/render-file';
import { allSheetRows } from '../helpers/libreoffice';
import { shownAt, shownColumn } from '../helpers/shown-cells';
import { colOf, rowOf, sheetById } from '../helpers/spec-cells';

const dir = mkdtempSync(path.join(tmpdir(), 'kpi-e2e-'));
const IDS = ['website-sessions', 'website-visitors', 'web-leads', 'comments'];
/** October 2026 as of `today`: the 30th (running, nothing left to pace) or 1 November (over). */
const input = (lang: BuildInput['lang'], today: string): BuildInput => ({
  template: findTemplate('social-media-content')!, month: '2026-10', today, lang,
  data: [
    { kpi: 'website-sessions', month: '2026-10', target: 3000, actual: 3100 }, // met
    { kpi: 'website-visitors', month: '2026-10', target: 2000, actual: 1900 }, // 95 %: at risk while running
    { kpi: 'web-leads', month: '2026-10', target: 40, actual: 20 }, // missed
    { kpi: 'comments', month: '2026-10', target: 100, actual: null }, // no figure yet
  ],
  events: [],
});

describe.each([
  ['en', '2026-10-31', ['met', 'at risk', 'missed', 'no figure yet']],
  ['lv', '2026-10-31', ['izpildīts', 'riska zonā', 'neizpildīts', 'vēl nav fakta']],
  ['lt', '2026-11-01', ['pasiekta', 'nepasiekta', 'nepasiekta', 'dar be fakto']],
] as const)('KPI statuses in LibreOffice (%s, as of %s)', (lang, today, words) => {
  const report = buildReport(input(lang, today));
  const [summary, kpi, review] = ['summary', 'kpi-results', 'review'].map((id) => sheetById(report.workbook, id));
  const l = labels(lang);
  const name = (id: string) => pick(report.kpis.find((k) => k.kpi.id === id)!.kpi.name, lang);
  const ended = today > '2026-10-31';
  const file = path.join(dir, `report-${lang}.xlsx`);
  let shown: Map<string, string[][]>;
  beforeAll(async () => {
    await renderWorkbookToFile(report.workbook, file);
    shown = await allSheetRows(file);
  });

  it('shows the status codes as words, "no figure yet" as text, and only met or missed once the month is over', () => {
    expect(shownColumn(shown.get(kpi.name)!, kpi, 'status', IDS.map((id) => `kpi:${id}`))).toEqual([...words]);
    expect(shownAt(shown.get(kpi.name)!, kpi, 'unit', 'over')).toBe(ended ? l.status.yes : l.status.no);
  });

  it('counts the statuses on the Summary and never claims every target met', () => {
    const rows = shown.get(summary.name)!;
    expect(shownColumn(rows, summary, 'due', ['met', 'atRisk', 'missed', 'noFigure'])).toEqual(ended ? ['1', '0', '2', '1'] : ['1', '1', '1', '1']);
    expect(shownAt(rows, summary, 'label', 'verdict')).toBe(l.summary.flagged);
    // Worst first by % achieved: web leads (50 %), then visitors (95 %).
    expect(shownColumn(rows, summary, 'label', ['slot:1', 'slot:2', 'slot:3'])).toEqual([name('web-leads'), name('website-visitors'), '']);
    expect(shownColumn(rows, summary, 'status', ['slot:1', 'slot:2'])).toEqual([words[2], words[1]]);
    expect(shownAt(rows, summary, 'due', 'cycle')).toBe(ended ? l.summary.cycleNo('4') : l.summary.cycleRunning);
  });

  it('follows an edited actual after recalculation, lists and sentences included', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.getWorksheet(kpi.name)!;
    const at = (id: string, col: string) => ws.getCell(rowOf(kpi, `kpi:${id}`), colOf(kpi, col));
    at('web-leads', 'actual').value = 45; // the manager types the real numbers
    at('website-visitors', 'actual').value = 2100;
    at('comments', 'actual').value = 100;
    const edited = path.join(dir, `edited-${lang}.xlsx`);
    await wb.xlsx.writeFile(edited);
    const again = await allSheetRows(edited);
    expect(shownColumn(again.get(kpi.name)!, kpi, 'status', IDS.map((id) => `kpi:${id}`))).toEqual(Array(4).fill(words[0]));
    const rows = again.get(summary.name)!;
    expect(shownAt(rows, summary, 'label', 'verdict')).toBe(ended ? l.summary.allMet : l.summary.allMetToDate);
    expect(shownAt(rows, summary, 'label', 'slot:1')).toBe('');
    expect(shownAt(again.get(review.name)!, review, 'kpi', 'verdict')).toBe(ended ? l.summary.allMet : l.summary.allMetToDate);
  });
});
