// The round review in LibreOffice: a month's figures edited in the file and recalculated equal the file generated
// with them, cell by cell as shown on both sheets; the shown figures are the core's; the line charts print.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { labels, monthShortTitle } from '../../src/core/i18n';
import type { KpiRecord } from '../../src/core/model/input';
import type { WorkbookSpec } from '../../src/core/model/workbook';
import { parseRound, type PeriodRecord } from '../../src/core/periods';
import { buildRoundReview, type RoundInput } from '../../src/core/round';
import { columnLetter } from '../../src/core/sheets/a1';
import { findTemplate } from '../../src/core/template/registry';
import { renderWorkbookToFile } from '../../src/render/excel/render-file';
import { allSheetRows, toPdf } from '../helpers/libreoffice';
import { shownColumn } from '../helpers/shown-cells';
import { colOf, rowOf, sheetById } from '../helpers/spec-cells';
import { tempDir } from '../helpers/xlsx';
import { chartFormulas, sheetCharts } from '../helpers/xlsx-charts';

const dir = tempDir();

/** Figures around the target (some months without one), the same for every run. */
function data(input: Omit<RoundInput, 'data'>, months: number): KpiRecord[] {
  let seed = 7;
  const next = () => ((seed = (seed * 48271) % 2147483647) / 2147483647);
  return input.template.kpis.flatMap((k) => input.period.months.slice(0, months).map((m, i) => {
    const target = k.unit === 'percent' ? 0.05 : 100 * (i + 1);
    const ratio = [0.7, 0.92, 1, 1.2][Math.floor(next() * 4)];
    const shown = target * (k.direction === 'higher' ? ratio : 1 / ratio);
    const actual = next() < 0.15 ? null : Math.round(shown * 1000) / 1000;
    return { kpi: k.id, month: m.id, target, actual, ...(i === 1 ? { action: `Fix ${k.id} in ${m.id}` } : {}) };
  }));
}

/** Sets a number into a cell of the sheet's XML in place, so charts, lists and styles stay as written. */
async function editCells(file: string, spec: WorkbookSpec, edits: { col: string; kpi: string; value: number }[]) {
  const review = sheetById(spec, 'round-review');
  const { zip, sheetPart } = await sheetCharts(file, review.name);
  let xml = await zip.file(sheetPart)!.async('string');
  for (const e of edits) {
    const ref = `${columnLetter(colOf(review, e.col))}${rowOf(review, `kpi:${e.kpi}`)}`;
    const cell = new RegExp(`<c r="${ref}"([^>]*?)(/>|>[\\s\\S]*?</c>)`);
    expect(xml).toMatch(cell);
    const numberCell = (attrs: string) => `<c r="${ref}"${attrs.replace(/ t="[^"]*"/, '')}><v>${e.value}</v></c>`;
    xml = xml.replace(cell, (_, attrs: string) => numberCell(attrs));
  }
  zip.file(sheetPart, xml);
  writeFileSync(file, await (zip as JSZip).generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
}

const social = findTemplate('social-media-content')!, strategy = findTemplate('digital-marketing-strategy')!;
const small = findTemplate('small-business-tasks')!;
const CASES: { name: string; input: Omit<RoundInput, 'data'>; months: number; periodRecords?: PeriodRecord[] }[] = [
  { name: 'social, running, en', months: 4,
    input: { template: social, period: parseRound(social, '2026-spring'), today: '2025-12-15', lang: 'en',
      // Users so far, short of the round's target: at risk while it runs (never pro-rated, never missed yet).
      periodRecords: [{ kpi: 'website-visitors', actual: 2000, target: 5000 }] } },
  { name: 'strategy, over, lv', months: 6,
    input: { template: strategy, period: parseRound(strategy, '2026-autumn'), today: '2026-09-03', lang: 'lv',
      periodRecords: [{ kpi: 'engagement-rate', actual: 0.048, target: 0.05 }] } },
  // A template without admission rounds: a half-year, running, in Lithuanian.
  { name: 'small business, half-year, lt', months: 5,
    input: { template: small, period: parseRound(small, '2026-H1'), today: '2026-06-10', lang: 'lt' } },
];

describe('the round review in LibreOffice', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('an edited month equals the regenerated file (%s)', async (_, c) => {
    const base = { ...c.input, periodRecords: c.input.periodRecords };
    const original = data(c.input, c.months);
    const first = buildRoundReview({ ...base, data: original });
    const file = path.join(dir, `${c.name}.xlsx`);
    await renderWorkbookToFile(first.workbook, file);
    // The manager corrects two months' actuals of the worst KPI and one target in the file.
    const ids = c.input.template.kpis.map((k) => k.id);
    const edits = [
      { col: 'a2', kpi: ids[0], value: 5 }, { col: 'a1', kpi: ids[1], value: 999 },
      { col: 't3', kpi: ids[2], value: 1 },
    ];
    await editCells(file, first.workbook, edits);
    const edited = original.map((r) => ({ ...r }));
    for (const e of edits) {
      const month = c.input.period.months[Number(e.col.slice(1)) - 1].id;
      let rec = edited.find((r) => r.kpi === e.kpi && r.month === month);
      if (!rec) edited.push((rec = { kpi: e.kpi, month, target: null, actual: null }));
      rec[e.col.startsWith('a') ? 'actual' : 'target'] = e.value;
    }
    const expected = buildRoundReview({ ...base, data: edited });
    const statuses = (r: typeof first) => r.results.map((x) => `${x.status}|${x.best}|${x.trend.verdict}`).join();
    expect(statuses(expected)).not.toBe(statuses(first));
    const generated = path.join(dir, `${c.name}-generated.xlsx`);
    await renderWorkbookToFile(expected.workbook, generated);
    const [got, want] = [await allSheetRows(file), await allSheetRows(generated)];
    for (const id of ['round-review', 'director-form']) {
      const name = sheetById(expected.workbook, id).name;
      expect(got.get(name), id).toEqual(want.get(name));
    }

    // And what the formulas show is what the core computes: status, best and worst month, trend.
    const l = labels(c.input.lang);
    const review = sheetById(expected.workbook, 'round-review');
    const rows = want.get(review.name)!;
    const keys = expected.results.map((x) => `kpi:${x.kpi.id}`);
    const status = expected.results.map((x) => (x.status ? l.status[x.status]
      : typeof x.target === 'number' && x.actual === null ? l.status.noFigure : ''));
    expect(shownColumn(rows, review, 'status', keys)).toEqual(status);
    const month = (m: string | null) => (m ? monthShortTitle(m, c.input.lang) : '');
    expect(shownColumn(rows, review, 'best', keys)).toEqual(expected.results.map((x) => month(x.best)));
    expect(shownColumn(rows, review, 'worst', keys)).toEqual(expected.results.map((x) => month(x.worst)));
    const trend = { better: l.status.better, worse: l.status.worse, steady: l.status.same };
    expect(shownColumn(rows, review, 'trend', keys))
      .toEqual(expected.results.map((x) => (x.trend.verdict ? trend[x.trend.verdict] : '')));
    if (c.input.lang === 'en') {
      // Round figures by each KPI's rule (sum, last, period) and % achieved, as the core computes them.
      const counts = expected.results.filter((x) => x.kpi.unit === 'count' && typeof x.actual === 'number');
      expect(shownColumn(rows, review, 'roundActual', counts.map((x) => `kpi:${x.kpi.id}`)))
        .toEqual(counts.map((x) => Math.round(x.actual as number).toLocaleString('en-US')));
      expect(counts.map((x) => x.aggregation.rule)).toEqual(expect.arrayContaining(['sum', 'last']));
    }
    // % achieved over every rule (the strategy's cost per lead is weighted by leads), in LibreOffice's en-US locale.
    expect(shownColumn(rows, review, 'achieved', keys)).toEqual(expected.results.map((x) =>
      (x.attainment === null ? '' : `${(x.attainment * 100).toFixed(1)}%`)));
    const form = sheetById(expected.workbook, 'director-form');
    expect(shownColumn(want.get(form.name)!, form, 'status', keys)).toEqual(status);
  }, 180_000);

  it('draws a line chart per KPI from the months, and prints them', async () => {
    const input = CASES[0].input;
    const spec = buildRoundReview({ ...input, data: data(input, 4) }).workbook;
    const review = sheetById(spec, 'round-review');
    const [withFile, withoutFile] = [path.join(dir, 'charts.xlsx'), path.join(dir, 'no-charts.xlsx')];
    await renderWorkbookToFile(spec, withFile);
    const bare = { ...spec, sheets: spec.sheets.map((s) => ({ ...s, charts: undefined })) };
    await renderWorkbookToFile(bare, withoutFile);
    const { charts } = await sheetCharts(withFile, review.name);
    expect(charts).toHaveLength(social.kpis.length);
    const row = rowOf(review, 'kpi:followers-total');
    const [t1, t6, a1, a6] = ['t1', 't6', 'a1', 'a6'].map((k) => columnLetter(colOf(review, k)));
    const q = `'${review.name}'!`;
    expect(chartFormulas(charts[0].xml).series.map((s) => s.values?.replace(/&apos;/g, "'"))).toEqual([
      `${q}$${t1}$${row}:$${t6}$${row}`, `${q}$${a1}$${row}:$${a6}$${row}`,
    ]);
    expect(charts[0].xml).toContain('<c:lineChart>');
    const text = (f: string) => execFileSync('pdftotext', ['-layout', f, '-'], { encoding: 'utf8' });
    const [withText, withoutText] = [text(await toPdf(withFile)), text(await toPdf(withoutFile))];
    expect(withText.match(/target and/g)?.length ?? 0).toBeGreaterThanOrEqual(social.kpis.length);
    expect(withoutText).not.toContain('target and');
  }, 180_000);
});
