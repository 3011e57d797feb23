// Property: editing targets and actuals in the file gives, after LibreOffice recalculates, exactly the workbook
// generated from the edited numbers: Summary, KPI results and Monthly review, cell by cell as shown.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/core/build-workbook';
import { labels, pick } from '../../src/core/i18n';
import { monthOver } from '../../src/core/kpi/evaluate';
import { flaggedWorstFirst, kpiCounts, verdictOf } from '../../src/core/kpi/verdict';
import type { BuildInput, KpiRecord } from '../../src/core/model/input';
import { parseMonth } from '../../src/core/plan/calendar';
import type { Kpi, Language, Template } from '../../src/core/template/schema';
import { findTemplate } from '../../src/core/template/registry';
import { renderWorkbookToFile } from '../../src/render/excel/render-file';
import { allSheetRows } from '../helpers/libreoffice';
import { shownAt, shownColumn } from '../helpers/shown-cells';
import { colOf, rowOf, sheetById } from '../helpers/spec-cells';

const dir = mkdtempSync(path.join(tmpdir(), 'kpi-live-'));

/** mulberry32: a small seeded PRNG, so a failing case can be replayed from its seed. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A target in the KPI's unit, and an actual around it (sometimes none), so every status turns up. */
function figures(kpi: Kpi, rnd: () => number): { target: number | null; actual: number | null } {
  const scale = kpi.unit === 'percent' ? 0.001 : kpi.unit === 'eur' ? 0.01 : 1;
  const target = rnd() < 0.1 ? null : Math.round((kpi.unit === 'percent' ? 20 + rnd() * 150 : 10 + rnd() * 5000)) * scale;
  const ratio = [0.4, 0.7, 0.88, 0.93, 0.97, 1, 1.1, 1.5][Math.floor(rnd() * 8)];
  const base = target ?? 100;
  const actual = rnd() < 0.15 ? null : Math.round((base * (kpi.direction === 'higher' ? ratio : 1 / ratio)) / scale) * scale;
  return { target, actual: actual === null ? null : Number(actual.toFixed(3)) };
}

interface Case { seed: number; lang: Language; template: Template; month: string; today: string }
const social = findTemplate('social-media-content')!, strategy = findTemplate('digital-marketing-strategy')!;
const CASES: Case[] = [
  { seed: 11, lang: 'lv', template: social, month: '2026-11', today: '2026-11-20' },
  { seed: 12, lang: 'en', template: strategy, month: '2026-11', today: '2026-11-09' },
  { seed: 13, lang: 'lt', template: strategy, month: '2026-10', today: '2026-11-15' },
  { seed: 14, lang: 'en', template: social, month: '2026-10', today: '2026-11-15' },
  { seed: 15, lang: 'lt', template: social, month: '2026-11', today: '2026-11-27' },
  { seed: 16, lang: 'lv', template: strategy, month: '2026-09', today: '2026-10-02' },
];
const SHEETS = ['summary', 'kpi-results', 'review'];

describe('the live model in LibreOffice', () => {
  it.each(CASES.map((c) => [`seed ${c.seed} ${c.lang} ${c.template.id} ${c.month} as of ${c.today}`, c] as const))(
    'an edited file equals the file generated from the edited numbers (%s)', async (_, c) => {
      const rnd = prng(c.seed);
      const data: KpiRecord[] = c.template.kpis.map((kpi) => ({ kpi: kpi.id, month: c.month, ...figures(kpi, rnd) }));
      const input: BuildInput = { template: c.template, month: c.month, today: c.today, lang: c.lang, data, events: [] };
      const first = buildReport(input).workbook;
      const original = path.join(dir, `case-${c.seed}.xlsx`);
      await renderWorkbookToFile(first, original);

      // The manager edits a few targets and actuals (clearing some) in the file.
      const kpiSpec = sheetById(first, 'kpi-results');
      const book = new ExcelJS.Workbook();
      await book.xlsx.readFile(original);
      const ws = book.getWorksheet(kpiSpec.name)!;
      const edited = data.map((r) => ({ ...r }));
      for (let i = 0; i < 4; i++) {
        const at = Math.floor(rnd() * edited.length);
        const kpi = c.template.kpis.find((k) => k.id === edited[at].kpi)!;
        const next = figures(kpi, rnd);
        const col = rnd() < 0.5 ? 'target' : 'actual';
        edited[at][col] = next[col];
        ws.getCell(rowOf(kpiSpec, `kpi:${kpi.id}`), colOf(kpiSpec, col)).value = next[col];
      }
      const editedFile = path.join(dir, `case-${c.seed}-edited.xlsx`);
      await book.xlsx.writeFile(editedFile);

      const expected = buildReport({ ...input, data: edited });
      // The edits matter: some KPI's status (or its figure) is no longer what the file was generated with.
      const statusOf = (r: ReturnType<typeof buildReport>) => r.kpis.map((k) => `${k.status}|${k.noFigure}`).join();
      expect(statusOf(expected)).not.toBe(statusOf(buildReport(input)));
      const generatedFile = path.join(dir, `case-${c.seed}-generated.xlsx`);
      await renderWorkbookToFile(expected.workbook, generatedFile);
      const [got, want] = [await allSheetRows(editedFile), await allSheetRows(generatedFile)];
      for (const id of SHEETS) {
        const name = sheetById(expected.workbook, id).name;
        expect(got.get(name), `${id} of case ${c.seed}`).toEqual(want.get(name));
      }

      // And the formulas compute what the core computes: counts, sentence, worst-first list.
      const summary = sheetById(expected.workbook, 'summary');
      const rows = want.get(summary.name)!;
      const counts = kpiCounts(expected.kpis);
      expect(shownColumn(rows, summary, 'due', ['met', 'atRisk', 'missed', 'noFigure']))
        .toEqual([counts.met, counts.atRisk, counts.missed, counts.noFigure].map(String));
      const s = labels(c.lang).summary;
      const verdict = verdictOf(counts, monthOver(parseMonth(c.month), c.today));
      expect(shownAt(rows, summary, 'label', 'verdict')).toBe(s[verdict].replace('{n}', String(counts.noFigure)));
      const kpiSheet = sheetById(expected.workbook, 'kpi-results');
      const st = labels(c.lang).status;
      const word = (k: (typeof expected.kpis)[number]) => (k.noFigure ? st.noFigure : k.status ? st[k.status] : '');
      expect(shownColumn(want.get(kpiSheet.name)!, kpiSheet, 'status', expected.kpis.map((k) => `kpi:${k.kpi.id}`)))
        .toEqual(expected.kpis.map(word));
      const worst = flaggedWorstFirst(expected.kpis).map((k) => pick(k.kpi.name, c.lang));
      expect(shownColumn(rows, summary, 'label', worst.map((_, i) => `slot:${i + 1}`))).toEqual(worst);
    },
    120_000,
  );
});
