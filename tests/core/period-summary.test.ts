// KPIs over a round against hand-computed tables: sum, a stock, rates (weighted and not), a cost, GA4 users.
import { describe, expect, it } from 'vitest';
import type { KpiRecord } from '../../src/core/model/input';
import { NEEDS_PERIOD_REQUEST, parseRound, summarizePeriod, type KpiPeriodResult } from '../../src/core/periods';
import { Template } from '../../src/core/template/schema';

const en = (text: string) => ({ en: text });
const kpi = (id: string, unit: string, more: object = {}) =>
  ({ id, name: en(id), unit, direction: 'higher', source: 'manual', ...more });
const template = Template.parse({
  id: 'college', language: 'en', title: en('College'),
  admissionRounds: [{ id: 'spring', name: en('Spring'), month: 2 }, { id: 'autumn', name: en('Autumn'), month: 8 }],
  sections: [{
    id: 'process', title: en('Process'), steps: [{ number: '1', title: en('Plan'), recurrence: { kind: 'daily' } }],
  }],
  kpis: [
    kpi('sessions', 'count', { source: 'ga4', ga4: { metric: 'sessions' } }),
    kpi('followers', 'count', { pace: false, aggregate: 'last' }),
    kpi('engagement', 'percent', { source: 'ga4', ga4: { metric: 'engagementRate' },
      aggregate: { average: { weight: 'sessions' } } }),
    kpi('open-rate', 'percent'),
    kpi('leads', 'count', { source: 'crm' }),
    kpi('cost-per-lead', 'eur', { direction: 'lower', pace: false, aggregate: { average: { weight: 'leads' } } }),
    kpi('users', 'count', { source: 'ga4', ga4: { metric: 'totalUsers' } }),
  ],
});

const ROUND = parseRound(template, '2026-spring');
const MONTHS = ['2025-09', '2025-10', '2025-11', '2025-12', '2026-01', '2026-02'];
type Row = (number | null)[];
/** One KPI's six months, September to February. */
const rows = (id: string, targets: Row, actuals: Row): KpiRecord[] =>
  MONTHS.map((month, i) => ({ kpi: id, month, target: targets[i], actual: actuals[i] }));
const records = [
  ...rows('sessions', [1000, 1000, 1200, 1200, 1500, 1500], [900, 1100, 1300, null, 1400, 1600]),
  ...rows('followers', [4800, 4900, 5000, 5100, 5200, 5300], [4700, 4950, 5000, 5150, null, null]),
  ...rows('engagement', [0.5, 0.5, 0.5, 0.5, 0.5, 0.5], [0.5, 0.6, 0.55, 0.7, 0.4, 0.5]),
  ...rows('open-rate', [0.25, 0.25, 0.25, 0.25, 0.25, 0.25], [0.2, 0.25, null, 0.3, 0.25, 0.2]),
  ...rows('leads', [50, 50, 50, 50, 50, 50], [50, 40, 60, 50, null, 50]),
  ...rows('cost-per-lead', [10, 10, 10, 10, 10, 10], [10, 12, 9, 11, 14, 8]),
  ...rows('users', [800, 800, 800, 800, 800, 800], [1000, 1000, 1000, 1000, 1000, 1000]),
];
const summary = summarizePeriod(template, ROUND, records);
const of = (id: string, list: KpiPeriodResult[] = summary) => list.find((r) => r.kpi.id === id)!;

describe('a round of KPIs', () => {
  it('sums sessions over the months that have a figure, and says which are missing', () => {
    const r = of('sessions');
    expect(r.aggregation).toEqual({ rule: 'sum' });
    expect([r.target, r.actual, r.attainment, r.status]).toEqual([7400, 6300, 0.851351, 'missed']);
    expect(r.missingActuals).toEqual(['2025-12']);
    expect(r.months.map((m) => m.attainment)).toEqual([0.9, 1.1, 1.083333, null, 0.933333, 1.066667]);
    expect([r.best, r.worst]).toEqual(['2025-10', '2025-09']);
    // x = 0,1,2,4,5; y = 900,1100,1300,1400,1600: Σdxdy = 2180, Σdx² = 17.2
    expect(r.trend).toEqual({ slope: 126.744186, direction: 'up', verdict: 'better' });
  });

  it('a stock takes the last month with a figure, targets alike', () => {
    const r = of('followers');
    expect([r.target, r.actual, r.attainment, r.status]).toEqual([5300, 5150, 0.971698, 'missed']);
    expect(r.missingActuals).toEqual(['2026-01', '2026-02']);
    expect([r.best, r.worst]).toEqual(['2025-10', '2025-09']);
  });

  it('a running round counts its target up to the last actual, and shows "at risk" inside the tolerance', () => {
    const running = summarizePeriod(template, ROUND, records, { ended: false });
    // Followers' actuals reach December: its target 5,100 against 5,150 is met (the round's 5,300 would not be).
    expect([of('followers', running).target, of('followers', running).status]).toEqual([5100, 'met']);
    // Sessions' actuals reach February, so the whole round counts: 6,300 / 7,400 = 85.1 % is missed even now.
    expect(of('sessions', running).status).toBe('missed');
    // Open rate: (0.2 + 0.25 + 0.3 + 0.25 + 0.2) / 5 = 0.24 against 0.25 = 96 %: at risk while running, then missed.
    expect([of('open-rate', running).attainment, of('open-rate', running).status]).toEqual([0.96, 'atRisk']);
    expect(of('open-rate').status).toBe('missed');
  });

  it('a rate weighted by sessions leaves out the month without sessions', () => {
    const r = of('engagement');
    expect(r.aggregation).toEqual({ rule: 'average', weight: 'sessions' });
    // (0.5·900 + 0.6·1100 + 0.55·1300 + 0.4·1400 + 0.5·1600) / 6300 = 3185 / 6300;
    // targets weighted by session targets
    expect(r.actual).toBeCloseTo(3185 / 6300, 12);
    expect(r.target).toBeCloseTo(0.5, 12);
    expect([r.attainment, r.status]).toEqual([1.011111, 'met']);
  });

  it('an unweighted rate is the mean of the months that have one', () => {
    const r = of('open-rate');
    expect(r.aggregation).toEqual({ rule: 'average' });
    expect(r.actual).toBeCloseTo(0.24, 12);
    expect(r.target).toBeCloseTo(0.25, 12);
    expect([r.attainment, r.status]).toEqual([0.96, 'missed']);
    expect(r.trend).toEqual({ slope: 0.001744, direction: 'up', verdict: 'better' });
  });

  it('a lower-is-better cost: weighted by leads, attainment inverted, a falling cost is better', () => {
    const r = of('cost-per-lead');
    // (10·50 + 12·40 + 9·60 + 11·50 + 8·50) / 250 = 2470 / 250; January has no leads figure
    expect(r.actual).toBeCloseTo(9.88, 12);
    expect([r.target, r.attainment, r.status]).toEqual([10, 1.012146, 'met']);
    expect(r.months.map((m) => m.attainment)).toEqual([1, 0.833333, 1.111111, 0.909091, 0.714286, 1.25]);
    expect([r.best, r.worst]).toEqual(['2026-02', '2026-01']);
    expect(r.trend).toEqual({ slope: -0.057143, direction: 'down', verdict: 'better' });
  });

  it('GA4 users are never added up from months: the round needs a period request', () => {
    const r = of('users');
    expect(r.aggregation).toEqual({ rule: 'period' });
    expect([r.target, r.actual, r.attainment, r.status])
      .toEqual([NEEDS_PERIOD_REQUEST, NEEDS_PERIOD_REQUEST, null, null]);
    expect(r.months.map((m) => m.actual)).toEqual([1000, 1000, 1000, 1000, 1000, 1000]);
  });

  it('GA4 users take the whole round\'s figure from the period request (not 6 × 1000)', () => {
    const periodRecords = [{ kpi: 'users', target: 4000, actual: 4200 }, { kpi: 'sessions', actual: 1 }];
    const withPeriod = summarizePeriod(template, ROUND, records, { periodRecords });
    expect([of('users', withPeriod).target, of('users', withPeriod).actual, of('users', withPeriod).attainment])
      .toEqual([4000, 4200, 1.05]);
    expect(of('sessions', withPeriod).actual).toBe(6300);
  });

  it('a KPI with no figures at all has none to show', () => {
    const r = of('leads', summarizePeriod(template, ROUND, []));
    expect([r.target, r.actual, r.attainment, r.status, r.best, r.worst]).toEqual(Array(6).fill(null));
    expect(r.trend).toEqual({ slope: null, direction: null, verdict: null });
    expect(r.missingActuals).toEqual(MONTHS);
  });

  it('months outside the round are ignored', () => {
    const outside = [...records, { kpi: 'sessions', month: '2026-03', target: 1, actual: 99999 }];
    expect(of('sessions', summarizePeriod(template, ROUND, outside)).actual).toBe(6300);
  });
});
