// The round review in the add-on: fed from the month tabs and the year plan's targets, entries kept, charts drawn.
import { describe, expect, it } from 'vitest';
import { AppsScriptRuntime, FakeAnalyticsProperties } from '../helpers/apps-script-runtime';
import { makeSite } from '../helpers/ga4-site';
import type { FakeChart } from '../helpers/apps-script/charts';
import { col, row, tagOf, typeAt as type, readAt as read, okValue as ok } from '../helpers/apps-script/inspect';
import { findTemplate } from '../../src/core/template/registry';
import { aggregationOf, parseRound } from '../../src/core/periods';
import { buildRoundReview } from '../../src/core/round';

const BASE = { template: 'social-media-content', lang: 'en' };
const REVIEW = 'Round review 2026-spring';
const KPI = 'website-sessions';

/** The director's form has no KPI-id rows: its key column holds `kpi:<id>`, `agreed:1`, `decision`, `name`… */
const formName = (rt: AppsScriptRuntime) => Object.keys(rt.tags()).find((n) => tagOf(rt, n).sheet === 'director-form')!;

function setup(analytics?: FakeAnalyticsProperties) {
  const rt = new AppsScriptRuntime({
    userLocale: 'en', now: '2026-03-10T09:00:00Z', ...(analytics ? { analytics } : {}),
  });
  for (const month of ['2026-01', '2026-02']) ok(rt.call('generateSheets', { ...BASE, month, events: [] }));
  type(rt, 'KPI results 2026-01', KPI, 'target', '1000');
  type(rt, 'KPI results 2026-01', KPI, 'actual', '900');
  type(rt, 'KPI results 2026-02', KPI, 'actual', '1200');
  ok(rt.call('generatePeriod', { ...BASE, period: '2026' }));
  // February's target comes from the year plan: the month tab has none.
  type(rt, 'KPI targets 2026', KPI, 'm02', '1100');
  return rt;
}

describe('the round review in the add-on', () => {
  it('takes the months from the month tabs and the year plan, keeps what was typed, and stays live', () => {
    const rt = setup();
    const first = ok(rt.call('generatePeriod', { ...BASE, period: '2026-spring' }));
    expect(first.kind).toBe('round');
    expect(first.monthsRead).toEqual(['2026-01', '2026-02']);
    expect(first.sheets.map((s) => s.id)).toEqual(['round-review', 'director-form']);
    // September 2025 … February 2026: January is t5/a5, February t6/a6.
    expect([read(rt, REVIEW, KPI, 't5'), read(rt, REVIEW, KPI, 't6')]).toEqual([1000, 1100]);
    expect([read(rt, REVIEW, KPI, 'a5'), read(rt, REVIEW, KPI, 'a6')]).toEqual([900, 1200]);
    expect(read(rt, REVIEW, KPI, 'roundActual')).toBe(2100);

    const form = formName(rt);
    type(rt, REVIEW, KPI, 'a1', '500');
    type(rt, form, `kpi:${KPI}`, 'comment', 'Good winter');
    type(rt, form, 'agreed:1', 'kpi', 'Two posts a week');
    type(rt, form, 'agreed:1', 'achieved', 'Anna');
    type(rt, form, 'agreed:1', 'comment', '2026-04-01');
    type(rt, form, 'name', 'target', 'Director D');
    // A month tab edited after the first generation: the review follows it.
    type(rt, 'KPI results 2026-02', KPI, 'actual', '1300');

    const again = ok(rt.call('generatePeriod', { ...BASE, period: '2026-spring' }));
    expect(again.sheets.every((s) => s.reused)).toBe(true);
    expect(read(rt, REVIEW, KPI, 'a1')).toBe(500);
    expect(read(rt, REVIEW, KPI, 'a6')).toBe(1300);
    // The formulas still resolve in the calculating stand-in: 500 + 900 + 1300.
    expect(read(rt, REVIEW, KPI, 'roundActual')).toBe(2700);
    expect(rt.sheet(REVIEW).getRange(row(rt, REVIEW, KPI), col(rt, REVIEW, 'roundActual')).getFormula()).toMatch(/^=/);
    expect(read(rt, form, `kpi:${KPI}`, 'comment')).toBe('Good winter');
    expect(read(rt, form, 'agreed:1', 'kpi')).toBe('Two posts a week');
    expect(read(rt, form, 'agreed:1', 'achieved')).toBe('Anna');
    const deadline = rt.sheet(form).getRange(row(rt, form, 'agreed:1'), col(rt, form, 'comment'));
    expect(deadline.getDisplayValues()[0][0]).toContain('2026-04-01');
    expect(read(rt, form, 'name', 'target')).toBe('Director D');
    // The form's figures are live formulas of the review.
    expect(read(rt, form, `kpi:${KPI}`, 'actual')).toBe(2700);
    // The month list holds months only; the round is listed apart.
    const state = ok(rt.call('getState'));
    expect(state.months).toEqual(['2026-02', '2026-01']);
    expect(state.periods).toEqual(['2026-spring', '2026']);
  });

  it('draws a line per KPI over its months from row ranges, and downloads what the CLI writes', () => {
    const rt = setup();
    ok(rt.call('generatePeriod', { ...BASE, period: '2026-spring' }));
    const charts = rt.sheet(REVIEW).charts.map((c: FakeChart) => c.describe());
    expect(charts.length).toBeGreaterThan(0);
    const r = row(rt, REVIEW, KPI);
    const sessions = charts.find((c) => c.ranges.some((x: string) => x.endsWith(`${r}:H${r}`) || x.includes(`${r}:`)));
    expect(sessions?.kind).toBe('line');
    // Each range is one row of months: the series run along rows.
    expect(sessions!.options.transposeRowsAndColumns).toBe(true);
    expect(sessions!.ranges.every((x: string) => x.startsWith(`'${REVIEW}'!`))).toBe(true);
    // Target and actual rows of the KPI: each a one-row range over the six months.
    const oneRow = new RegExp(`^'[^']+'!\\$?[A-Z]+\\$?${r}:\\$?[A-Z]+\\$?${r}$`);
    expect(sessions!.ranges.filter((x: string) => oneRow.test(x))).toHaveLength(2);

    const download = ok(rt.call('getPeriodDownload', { period: '2026-spring' }));
    expect(download.fileName).toBe('kpi-planner-social-media-content-round-2026-spring.xlsx');
    const template = findTemplate('social-media-content')!;
    const cli = buildRoundReview({
      template, period: parseRound(template, '2026-spring'), today: '2026-03-10', lang: 'en', periodInSheetNames: true,
      data: [
        { kpi: KPI, month: '2026-01', target: 1000, actual: 900 },
        { kpi: KPI, month: '2026-02', target: 1100, actual: 1200 },
      ],
    }).workbook;
    const plain = (sheets: typeof cli.sheets) =>
      JSON.parse(JSON.stringify(sheets.map((s) => ({ ...s, rows: [...s.rows] }))));
    expect(download.workbook.sheets).toEqual(plain(cli.sheets));
    expect(download.workbook.properties).toEqual(JSON.parse(JSON.stringify(cli.properties)));
  });

  it("asks GA4 once for the whole round's users and takes their target from the year plan", () => {
    const analytics = new FakeAnalyticsProperties({ site: makeSite('2026-02') });
    const rt = setup(analytics);
    const template = findTemplate('social-media-content')!;
    const users = template.kpis.find((k) => k.source === 'ga4' && aggregationOf(k).rule === 'period')!.id;
    ok(rt.call('generatePeriod', { ...BASE, period: '2025' }));
    type(rt, 'KPI targets 2026', users, 'p:2026-spring', '9000');
    ok(rt.call('saveSettings', { ga4Property: '123456789' }));
    const result = ok(rt.call('generatePeriod', { ...BASE, period: '2026-spring' }));
    expect(result.ga4).toBe(true);
    expect(analytics.calls).toHaveLength(1);
    const asked = analytics.calls[0].requests;
    expect(asked.every((r) => r.dimensions.length === 0)).toBe(true);
    expect(read(rt, REVIEW, users, 'roundActual')).toBe(1500);
    expect(read(rt, REVIEW, users, 'roundTarget')).toBe(9000);
  });

  it('makes a half-year review for a template without admission rounds, in Lithuanian', () => {
    const rt = new AppsScriptRuntime({ userLocale: 'lt', now: '2026-07-02T09:00:00Z' });
    const result = ok(rt.call('generatePeriod', { template: 'small-business-tasks', period: '2026-H1', lang: 'lt' }));
    expect(result.sheets.map((s) => s.name).every((n) => n.endsWith(' 2026-H1'))).toBe(true);
    expect(ok(rt.call('getState')).periods).toEqual(['2026-H1']);
  });
});

