// The round review's figures per rule against hand-computed tables (a stock, a rate, a weighted cost, GA4 users from
// the period request), and the shape of its two sheets: input months, live round figures, the form's decision.
import { describe, expect, it } from 'vitest';
import type { KpiRecord } from '../../src/core/model/input';
import { NEEDS_PERIOD_REQUEST, parseRound } from '../../src/core/periods';
import { buildGa4RoundRequests, buildRoundReview } from '../../src/core/round';
import { findTemplate } from '../../src/core/template/registry';
import { cellAt, rowOf, sheetById } from '../helpers/spec-cells';

const social = findTemplate('social-media-content')!;
const strategy = findTemplate('digital-marketing-strategy')!;
const small = findTemplate('small-business-tasks')!;
const ROUND = ['2025-09', '2025-10', '2025-11', '2025-12', '2026-01', '2026-02'];
const H1 = ['2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06'];

/** Records of one KPI over `months`, from parallel target and actual lists (null = no figure). */
function rows(kpi: string, months: string[], targets: (number | null)[], actuals: (number | null)[]): KpiRecord[] {
  return months.map((month, i) => ({ kpi, month, target: targets[i] ?? null, actual: actuals[i] ?? null }));
}
const result = (r: ReturnType<typeof buildRoundReview>, id: string) => r.results.find((x) => x.kpi.id === id)!;

describe('round figures by rule', () => {
  it('a stock takes its last month with a figure; a running round\'s target stops at the last actual', () => {
    const data = rows('followers-total', ROUND, [1000, 1100, 1200, 1300, 1400, 1500], [950, 1080, 1190, null, null]);
    const period = parseRound(social, '2026-spring');
    const running = buildRoundReview({ template: social, period, today: '2025-11-20', lang: 'en', data });
    const x = result(running, 'followers-total');
    // Running, like with like: the actuals reach November, so the target is November's 1,200 (not February's
    // 1,500); 1190 / 1200 = 99.1667 %: at risk. Once the round is over, February's 1,500: 79.3333 %, missed.
    expect([x.target, x.actual, x.attainment, x.status]).toEqual([1200, 1190, 0.991667, 'atRisk']);
    const over = result(buildRoundReview({ template: social, period, today: '2026-03-01', lang: 'en', data }),
      'followers-total');
    expect([over.target, over.attainment, over.status]).toEqual([1500, 0.793333, 'missed']);
    const near = rows('followers-total', ROUND, [1000, 1100, 1200], [950, 1080, 1100]);
    expect(result(buildRoundReview({ template: social, period, today: '2025-11-20', lang: 'en', data: near }),
      'followers-total').status).toBe('atRisk');
    expect(result(buildRoundReview({ template: social, period, today: '2026-03-01', lang: 'en', data: near }),
      'followers-total').status).toBe('missed');
    // Best and worst by attainment: 1190/1200 = 99.2 % (November), 950/1000 = 95 % (September); rising: better.
    expect([x.best, x.worst, x.trend.verdict]).toEqual(['2025-11', '2025-09', 'better']);
  });

  it('a rate is the average of the months that have one', () => {
    const data = rows('newsletter-open-rate', H1, [0.3, 0.3, 0.3, 0.3], [0.2, 0.3, null, 0.25]);
    const r = buildRoundReview({ template: small, period: parseRound(small, '2026-H1'), today: '2026-07-02',
      lang: 'lv', data });
    const x = result(r, 'newsletter-open-rate');
    // (0.2 + 0.3 + 0.25) / 3 = 0.25 against 0.3 → 83.3333 %, missed once the half-year is over.
    expect(x.actual).toBeCloseTo(0.25, 12);
    expect(x.target).toBeCloseTo(0.3, 12);
    expect([x.attainment, x.status]).toEqual([0.833333, 'missed']);
  });

  it('a cost per lead is weighted by the months\' leads', () => {
    const data = [
      ...rows('cost-per-lead', ROUND, [20, 20], [10, 20]),
      ...rows('leads', ROUND, [200, 200], [100, 300]),
    ];
    const r = buildRoundReview({ template: strategy, period: parseRound(strategy, '2026-spring'), today: '2026-03-01',
      lang: 'en', data });
    // (10·100 + 20·300) / 400 = 17.5, not the plain average 15; lower is better: 20 / 17.5 = 114.2857 %.
    expect(result(r, 'cost-per-lead').actual).toBe(17.5);
    expect(result(r, 'cost-per-lead').attainment).toBe(1.142857);
    expect(result(r, 'leads').actual).toBe(400);
  });

  it('GA4 users come from the period request, never the months added up', () => {
    const period = parseRound(social, '2026-spring');
    const data = rows('website-visitors', ROUND, [1500, 1500, 1500, 1500, 1500, 1500],
      [1400, 1450, 1500, 1550, 1600, 1650]);
    const without = buildRoundReview({ template: social, period, today: '2026-03-02', lang: 'en', data });
    expect(result(without, 'website-visitors').actual).toBe(NEEDS_PERIOD_REQUEST);
    const r = buildRoundReview({ template: social, period, today: '2026-03-02', lang: 'en', data,
      periodRecords: [{ kpi: 'website-visitors', actual: 5200, target: 5000 }] });
    expect([result(r, 'website-visitors').actual, result(r, 'website-visitors').status]).toEqual([5200, 'met']);
    // In the sheet the round figure is a number the file holds (the manager may correct it), not a SUM of months.
    const sheet = sheetById(r.workbook, 'round-review');
    expect(cellAt(sheet, 'roundActual', 'kpi:website-visitors')).toMatchObject({ number: 5200 });
    expect(cellAt(sheet, 'roundActual', 'kpi:followers-total')).toHaveProperty('formula');
    expect(cellAt(sheet, 'a1', 'kpi:website-visitors')).toMatchObject({ number: 1400 });
    // Users so far cannot be pro-rated: 2,000 of 5,000 in December is at risk while the round runs, not missed;
    // once it is over, short of target is missed.
    const early = [{ kpi: 'website-visitors', actual: 2000, target: 5000 }];
    const running = buildRoundReview({ template: social, period, today: '2025-12-15', lang: 'en', data,
      periodRecords: early });
    expect(result(running, 'website-visitors').status).toBe('atRisk');
    const ended = buildRoundReview({ template: social, period, today: '2026-03-02', lang: 'en', data,
      periodRecords: early });
    expect(result(ended, 'website-visitors').status).toBe('missed');
  });
});

describe('the GA4 requests of a round', () => {
  it('one monthly report set over the round by yearMonth, up to the as-of date, and the period totals', () => {
    const plan = buildGa4RoundRequests(social, parseRound(social, '2026-spring'), '2025-12-10');
    expect(plan.months).toEqual(['2025-09', '2025-10', '2025-11', '2025-12']);
    expect(plan.monthly.map((r) => r.request.dimensions)).toEqual([[{ name: 'yearMonth' }], [{ name: 'yearMonth' }]]);
    expect(plan.monthly[0].request.dateRanges).toEqual([{ startDate: '2025-09-01', endDate: '2025-12-10' }]);
    expect(plan.period.kpis).toEqual(['website-visitors']);
    expect(plan.requests).toHaveLength(3);
    expect(buildGa4RoundRequests(social, parseRound(social, '2026-spring'), '2025-08-31').requests).toEqual([]);
  });
});

describe('the sheets', () => {
  const period = parseRound(social, '2026-spring');
  const data: KpiRecord[] = [
    { kpi: 'new-leads', month: '2025-10', target: 40, actual: 20, action: 'Call back open leads within a day' },
    { kpi: 'new-leads', month: '2025-09', target: 40, actual: 30, action: '=HYPERLINK("http://x","y")' },
  ];
  const r = buildRoundReview({ template: social, period, today: '2025-12-01', lang: 'lv', data });

  it('months are input cells, the actions of the round stay text, in month order', () => {
    const review = sheetById(r.workbook, 'round-review');
    expect(review.columns.filter((c) => !c.hidden).map((c) => c.key)).toEqual([
      'kpi', 'rule', 't1', 't2', 't3', 't4', 't5', 't6', 'a1', 'a2', 'a3', 'a4', 'a5', 'a6',
      'roundTarget', 'roundActual', 'achieved', 'status', 'best', 'worst', 'trend',
    ]);
    expect(cellAt(review, 't2', 'kpi:new-leads')).toMatchObject({ number: 40, style: { fill: '#FFF9E6' } });
    expect(cellAt(review, 'a4', 'kpi:new-leads')).toMatchObject({ blank: true });
    expect(cellAt(review, 'actions', 'kpi:new-leads')).toEqual({
      text: '2025. gada septembris: =HYPERLINK("http://x","y")\n'
        + '2025. gada oktobris: Call back open leads within a day',
    });
    expect(review.charts!.map((c) => c.kind)).toEqual(social.kpis.map(() => 'line'));
    expect(rowOf(review, 'slot:10')).toBeGreaterThan(rowOf(review, 'kpi:comments'));
  });

  it('the form reads the review live, asks the decision from a list and prints on A4 portrait', () => {
    const form = sheetById(r.workbook, 'director-form');
    expect(cellAt(form, 'status', 'kpi:new-leads'))
      .toMatchObject({ formula: expect.stringContaining("'Uzņemšanas pārskats'!") });
    expect(form.validations).toEqual([{ range: expect.any(String), list: ['jā: nākamais cikls',
      'nē: atpakaļ uz 4. soli (plānošana)'], strict: true }]);
    expect(form.print).toMatchObject({ landscape: false, onePage: true });
    expect(Object.keys(form.rowKeys!)).toEqual(expect.arrayContaining(['agreed:5', 'name', 'date', 'signature']));
  });
});

describe('rounds of other lengths', () => {
  it('a template with one-month rounds still makes both sheets', () => {
    const template = { ...social, roundMonths: 1 };
    const period = parseRound(template, '2026-autumn');
    expect(period.months.map((m) => m.id)).toEqual(['2026-08']);
    const r = buildRoundReview({ template, period, today: '2026-08-10', lang: 'lt',
      data: [{ kpi: 'reactions', month: '2026-08', target: 10, actual: 9 }] });
    expect(r.workbook.sheets.map((s) => s.id)).toEqual(['round-review', 'director-form']);
    expect(result(r, 'reactions')).toMatchObject({ actual: 9, status: 'atRisk', best: '2026-08', worst: '2026-08' });
    expect(sheetById(r.workbook, 'round-review').merges!.every((m) => !/^([A-Z]+\d+):\1$/.test(m.range))).toBe(true);
  });
});
