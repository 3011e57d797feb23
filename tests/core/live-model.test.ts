// The live model in the core: ended months, missing figures, at-risk months, projections, lower-is-better, labels.
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/core/build-workbook';
import { labels } from '../../src/core/i18n';
import { cycleAnswerOf, flaggedWorstFirst, kpiCounts, verdictOf } from '../../src/core/kpi/verdict';
import type { BuildInput, KpiRecord } from '../../src/core/model/input';
import type { Cell, SheetSpec } from '../../src/core/model/workbook';
import { columnLetter } from '../../src/core/sheets/a1';
import { findTemplate } from '../../src/core/template/registry';
import { cellAt, colOf, rowOf, sheetById } from '../helpers/spec-cells';

const social = findTemplate('social-media-content')!;
const strategy = findTemplate('digital-marketing-strategy')!;
const rec = (kpi: string, target: number | null, actual: number | null, month = '2026-11'): KpiRecord => ({ kpi, month, target, actual });
const input = (over: Partial<BuildInput>): BuildInput => ({
  template: social, month: '2026-11', today: '2026-11-20', lang: 'en', data: [], events: [], ...over,
});
const formulaOf = (c: Cell | undefined) => (c && typeof c === 'object' && 'formula' in c ? c.formula : undefined);
const styleOf = (c: Cell | undefined) => (c && typeof c === 'object' ? c.style : undefined);
const a1 = (s: SheetSpec, col: string, row: string, abs = false) =>
  abs ? `$${columnLetter(colOf(s, col))}$${rowOf(s, row)}` : `${columnLetter(colOf(s, col))}${rowOf(s, row)}`;

describe('an ended month', () => {
  const report = buildReport(input({ month: '2026-10', today: '2026-11-15', data: [
    rec('website-sessions', 3000, 2800, '2026-10'), rec('web-leads', 40, 20, '2026-10'), rec('comments', 100, 120, '2026-10'),
  ] }));
  it('has only met and missed: 93 % of the target is missed, not at risk', () => {
    const by = Object.fromEntries(report.kpis.map((k) => [k.kpi.id, k.status]));
    expect([by['website-sessions'], by['web-leads'], by.comments]).toEqual(['missed', 'missed', 'met']);
    expect(kpiCounts(report.kpis)).toMatchObject({ met: 1, atRisk: 0, missed: 2 });
  });
  it('projects nothing and answers the process check', () => {
    expect(report.kpis.every((k) => k.projected === null)).toBe(true);
    expect(cycleAnswerOf(kpiCounts(report.kpis), true)).toBe('cycleNo');
  });
  it('the sheet says the month is over from the as-of cell, and the status formula reads that flag', () => {
    const kpi = sheetById(report.workbook, 'kpi-results');
    expect(formulaOf(cellAt(kpi, 'unit', 'over'))).toBe(`IF(${a1(kpi, 'unit', 'asOf', true)}>DATE(2026,10,31),1,0)`);
    expect(formulaOf(cellAt(kpi, 'status', 'kpi:web-leads'))).toContain(`AND(${a1(kpi, 'unit', 'over', true)}=0,`);
  });
});

describe('a month without figures', () => {
  const report = buildReport(input({ data: [rec('website-sessions', 3000, null), rec('web-leads', 40, null)] }));
  const l = labels('en');
  it('says "no figure yet" and never "all met"', () => {
    expect(report.kpis.filter((k) => k.noFigure).map((k) => k.kpi.id)).toEqual(['website-sessions', 'web-leads']);
    expect(report.kpis.every((k) => k.status === null)).toBe(true);
    const counts = kpiCounts(report.kpis);
    expect(verdictOf(counts, false)).toBe('noneFlagged');
    expect(verdictOf(counts, true)).toBe('noneFlagged');
    expect(cycleAnswerOf(counts, true)).toBe('cycleNoFigure');
    const kpi = sheetById(report.workbook, 'kpi-results');
    expect(formulaOf(cellAt(kpi, 'status', 'kpi:web-leads'))).toContain(`"${l.status.noFigure}"`);
  });
  it('with no targets at all says so', () => {
    const none = buildReport(input({ data: [] }));
    expect(verdictOf(kpiCounts(none.kpis), true)).toBe('noTargets');
    expect(cycleAnswerOf(kpiCounts(none.kpis), true)).toBe('cycleNoTargets');
  });
});

describe('a running month with a KPI at risk', () => {
  // 20 of 30 days: 3000 → 2000 due; 1900 is 95 % (at risk); web leads 20 of 26.67 is 75 % (missed).
  const report = buildReport(input({ data: [rec('website-sessions', 3000, 1900), rec('web-leads', 40, 20), rec('comments', 90, 90)] }));
  it('does not say nothing was missed, and lists the worst first (by % achieved)', () => {
    const counts = kpiCounts(report.kpis);
    expect(counts).toMatchObject({ met: 1, atRisk: 1, missed: 1 });
    expect(verdictOf(counts, false)).toBe('flagged');
    expect(cycleAnswerOf(counts, false)).toBe('cycleRunning');
    expect(flaggedWorstFirst(report.kpis).map((k) => k.kpi.id)).toEqual(['web-leads', 'website-sessions']);
  });
  it('projects month-end values of paced KPIs from the elapsed share', () => {
    const sessions = report.kpis.find((k) => k.kpi.id === 'website-sessions')!;
    expect(sessions).toMatchObject({ due: 2000, projected: 2850, onTrack: false });
    expect(report.kpis.find((k) => k.kpi.id === 'comments')).toMatchObject({ projected: 135, onTrack: true });
    const kpi = sheetById(report.workbook, 'kpi-results');
    const [G, elapsed] = [a1(kpi, 'actual', 'kpi:website-sessions'), a1(kpi, 'unit', 'elapsed', true)];
    expect(formulaOf(cellAt(kpi, 'projected', 'kpi:website-sessions'))).toContain(`ROUND(${G}/${elapsed},6)`);
    // A level (not paced) has no projection.
    expect(cellAt(kpi, 'projected', 'kpi:followers-total') ?? null).toBeNull();
  });
  it('the review compares the projection of a paced KPI and labels it', () => {
    const review = sheetById(report.workbook, 'review');
    const l = labels('en');
    expect(formulaOf(cellAt(review, 'action', 'result:website-sessions'))).toContain(`"${l.review.basisProjected}"`);
    const projected = `'KPI results'!${a1(sheetById(report.workbook, 'kpi-results'), 'projected', 'kpi:website-sessions', true)}`;
    expect(formulaOf(cellAt(review, 'current', 'result:website-sessions'))?.startsWith(`IF(${projected}<>"",`)).toBe(true);
    expect(cellAt(review, 'action', 'resultsHeader')).toMatchObject({ text: l.review.basis });
    expect(cellAt(review, 'trend', 'resultsHeader')).toMatchObject({ text: l.review.trend });
  });
});

describe('a lower-is-better KPI', () => {
  const report = (actual: number, today = '2026-11-20') =>
    buildReport(input({ template: strategy, today, lang: 'lv', data: [rec('cost-per-lead', 10, actual)] }));
  it('is met below the target and missed above it once the month is over', () => {
    const status = (r: ReturnType<typeof report>) => r.kpis.find((k) => k.kpi.id === 'cost-per-lead')!.status;
    expect(status(report(8))).toBe('met');
    expect(status(report(10.5))).toBe('atRisk');
    expect(status(report(10.5, '2026-12-01'))).toBe('missed');
  });
  it('shows the variance with + as better and the review trend reversed', () => {
    const r = report(12);
    const kpi = sheetById(r.workbook, 'kpi-results');
    const [F, G] = [a1(kpi, 'due', 'kpi:cost-per-lead'), a1(kpi, 'actual', 'kpi:cost-per-lead')];
    expect(formulaOf(cellAt(kpi, 'variance', 'kpi:cost-per-lead'))).toBe(`IF(OR(${G}="",${F}=""),"",${F}-${G})`);
    const review = sheetById(r.workbook, 'review');
    expect(formulaOf(cellAt(review, 'trend', 'result:cost-per-lead'))).toContain('-SIGN(');
    expect(formulaOf(cellAt(review, 'trend', 'result:leads'))).not.toContain('-SIGN(');
  });
});

describe('one clock, codes not words', () => {
  it('the Summary holds the as-of date and every time formula reads it; a live sheet reads TODAY()', () => {
    const fixed = buildReport(input({})).workbook;
    const summary = sheetById(fixed, 'summary');
    expect(cellAt(summary, 'due', 'asOf')).toMatchObject({ date: '2026-11-20' });
    const kpi = sheetById(fixed, 'kpi-results');
    expect(formulaOf(cellAt(kpi, 'unit', 'asOf'))).toBe(`'Summary'!${a1(summary, 'due', 'asOf', true)}`);
    const live = buildReport(input({ clock: 'live' })).workbook;
    expect(cellAt(sheetById(live, 'summary'), 'due', 'asOf')).toMatchObject({ formula: 'TODAY()' });
    expect(formulaOf(cellAt(sheetById(live, 'kpi-results'), 'unit', 'asOf'))).toBe('TODAY()');
  });
  it('"Created" is the day the file is made, which may differ from the day the report is for', () => {
    const wb = buildReport(input({ today: '2026-10-31', created: '2026-11-03', month: '2026-10' })).workbook;
    const summary = sheetById(wb, 'summary');
    expect(cellAt(summary, 'due', 'asOf')).toMatchObject({ date: '2026-10-31' });
    expect(cellAt(summary, 'due', 'created')).toMatchObject({ date: '2026-11-03' });
    expect(wb.properties.created).toBe('2026-11-03');
  });
  it.each(['en', 'lv', 'lt'] as const)('no formula compares with a translated status word, and statuses show through their format (%s)', (lang) => {
    const l = labels(lang);
    const wb = buildReport(input({ lang, data: [rec('website-sessions', 3000, 1900)] })).workbook;
    const words = [l.status.met, l.status.atRisk, l.status.missed].map((w) => `"${w}"`);
    for (const id of ['summary', 'kpi-results', 'review']) {
      const s = sheetById(wb, id);
      const formulas = [...(s.rows as Cell[][]).flat().map(formulaOf), ...(s.conditionalRules ?? []).map((r) => r.formula)];
      for (const f of formulas.filter((x): x is string => !!x)) for (const w of words) expect(f, `${id}: ${f}`).not.toContain(w);
    }
    const kpi = sheetById(wb, 'kpi-results');
    expect(styleOf(cellAt(kpi, 'status', 'kpi:website-sessions'))?.numFmt).toBe(`"${l.status.met}";"${l.status.missed}";"${l.status.atRisk}";@`);
  });
});

describe('the Summary prints on one page and keeps neighbours apart', () => {
  const wb = buildReport(input({ data: [rec('website-sessions', 3000, 1900)] })).workbook;
  const summary = sheetById(wb, 'summary');
  it('prints on one A4 page; the KPI sheet repeats its header row', () => {
    expect(summary.print).toMatchObject({ onePage: true, landscape: false });
    const kpi = sheetById(wb, 'kpi-results');
    expect(kpi.print?.repeatRows).toEqual({ from: rowOf(kpi, 'header'), to: rowOf(kpi, 'header') });
  });
  it('aligns every column top, numbers right after a spacer column, the status centred', () => {
    expect(summary.columns.filter((c) => !c.hidden).every((c) => c.style?.valign === 'top')).toBe(true);
    expect(colOf(summary, 'gap')).toBe(colOf(summary, 'label') + 1);
    expect(colOf(summary, 'due')).toBe(colOf(summary, 'gap') + 1);
    expect(styleOf(cellAt(summary, 'due', 'slot:1'))?.align).toBe('right');
    expect(summary.columns.find((c) => c.key === 'status')?.style?.align).toBe('center');
    expect(styleOf(cellAt(summary, 'due', 'listHeader'))?.align).toBe('right');
  });
});
