// Aggregation rules by unit and by template, the schema's checks, the GA4 period request and a Lithuanian half-year.
import { describe, expect, it } from 'vitest';
import { buildGa4Requests } from '../../src/core/ga4/requests';
import {
  aggregate, aggregationOf, buildGa4PeriodRequests, ga4PeriodRecords, parseRound, summarizePeriod,
} from '../../src/core/periods';
import { findTemplate } from '../../src/core/template/registry';
import { Kpi, Template } from '../../src/core/template/schema';

const kpi = (unit: string, more: object = {}) =>
  Kpi.parse({ id: 'k', name: { en: 'K' }, unit, direction: 'higher', source: 'manual', ...more });
const ga4 = (metric: string, unit = 'count', more: object = {}) =>
  kpi(unit, { source: 'ga4', ga4: { metric }, ...more });

describe('which rule a KPI adds up by', () => {
  it.each([
    ['count', kpi('count'), 'sum'], ['eur', kpi('eur'), 'sum'],
    ['percent', kpi('percent'), 'average'], ['seconds', kpi('seconds'), 'average'],
    ['GA4 sessions', ga4('sessions'), 'sum'], ['GA4 key events', ga4('keyEvents:sign_up'), 'sum'],
    ['GA4 totalUsers', ga4('totalUsers'), 'period'], ['GA4 activeUsers', ga4('activeUsers'), 'period'],
    ['GA4 newUsers', ga4('newUsers'), 'period'], ['GA4 engagementRate', ga4('engagementRate', 'percent'), 'period'],
    ['GA4 averageSessionDuration', ga4('averageSessionDuration', 'seconds'), 'period'],
    ['a stock that says so', kpi('count', { aggregate: 'last' }), 'last'],
    ['GA4 users the template sums', ga4('totalUsers', 'count', { aggregate: 'sum' }), 'sum'],
  ])('%s → %s', (_, k, rule) => expect(aggregationOf(k).rule).toBe(rule));

  it('the bundled templates declare their stocks and the cost per lead', () => {
    const rule = (template: string, id: string) =>
      aggregationOf(findTemplate(template)!.kpis.find((k) => k.id === id)!);
    expect(rule('social-media-content', 'followers-total')).toEqual({ rule: 'last' });
    expect(rule('small-business-tasks', 'newsletter-subscribers')).toEqual({ rule: 'last' });
    expect(rule('digital-marketing-strategy', 'cost-per-lead')).toEqual({ rule: 'average', weight: 'leads' });
    expect(rule('social-media-content', 'website-visitors')).toEqual({ rule: 'period' });
  });

  it('a rule that does not exist is refused by the schema', () => {
    expect(Kpi.safeParse({ id: 'k', name: { en: 'K' }, unit: 'count', direction: 'higher', source: 'manual',
      aggregate: 'median' }).success).toBe(false);
  });

  it('a weight must be another KPI of the template', () => {
    const base = findTemplate('digital-marketing-strategy')!;
    const badWeight = { average: { weight: 'lids' } };
    const kpis = base.kpis.map((k) => (k.id === 'cost-per-lead' ? { ...k, aggregate: badWeight } : k));
    const result = Template.safeParse({ ...base, kpis });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['kpis.2.aggregate.average.weight', 'no other KPI "lids" to weigh by'],
    ]);
  });
});

describe('the arithmetic', () => {
  const months = (...values: (number | null)[]) => values.map((value) => ({ value }));
  it('sum, last and average skip months without a figure; no figure at all is null', () => {
    expect(aggregate({ rule: 'sum' }, months(1, null, 2.5))).toBe(3.5);
    expect(aggregate({ rule: 'last' }, months(7, 9, null))).toBe(9);
    expect(aggregate({ rule: 'average' }, months(0.2, null, 0.4))).toBeCloseTo(0.3, 12);
    expect(aggregate({ rule: 'sum' }, months(null, null))).toBeNull();
  });
  it('a weighted average with no weight known is null, not an unweighted guess', () => {
    expect(aggregate({ rule: 'average', weight: 's' }, [{ value: 0.5, weight: null }, { value: 0.7 }])).toBeNull();
    expect(aggregate({ rule: 'average', weight: 's' }, [{ value: 0.5, weight: 0 }])).toBeNull();
  });
});

describe('the GA4 period request', () => {
  const template = findTemplate('social-media-content')!;
  it('asks for the round\'s users in one request over all six months', () => {
    const plan = buildGa4PeriodRequests(template, parseRound(template, '2026-spring'));
    expect(plan).toMatchObject({
      period: '2026-spring', startDate: '2025-09-01', endDate: '2026-02-28', kpis: ['website-visitors'],
    });
    expect(plan.reports.map((r) => r.request)).toEqual([{
      dateRanges: [{ startDate: '2025-09-01', endDate: '2026-02-28' }], metrics: [{ name: 'totalUsers' }],
      limit: '250000', returnPropertyQuota: true,
    }]);
    expect(plan.batches).toHaveLength(1);
  });
  it('a filtered rate gets its own request; a template whose KPIs all add up needs none', () => {
    const dms = findTemplate('digital-marketing-strategy')!;
    const plan = buildGa4PeriodRequests(dms, parseRound(dms, '2026-autumn'), { limit: 10 });
    expect(plan.reports.map((r) => [r.request.dateRanges, r.request.metrics, r.request.limit])).toEqual([
      [[{ startDate: '2026-03-01', endDate: '2026-08-31' }], [{ name: 'engagementRate' }], '10'],
    ]);
    const lt = findTemplate('small-business-tasks')!;
    expect(buildGa4PeriodRequests(lt, parseRound(lt, '2026-H1')).batches).toEqual([]);
  });
  it('the month\'s requests still ask for one month', () => {
    const plan = buildGa4Requests(template, '2026-02');
    expect(new Set(plan.reports.map((r) => JSON.stringify(r.request.dateRanges))))
      .toEqual(new Set([JSON.stringify([{ startDate: '2026-02-01', endDate: '2026-02-28' }])]));
    expect(plan.reports.map((r) => r.kind)).toEqual(['totals', 'totals', 'daily', 'channels', 'campaigns']);
  });
});

describe('a Lithuanian half-year', () => {
  const lt = findTemplate('small-business-tasks')!;
  const months = ['2026-07', '2026-08', '2026-09', '2026-10', '2026-11', '2026-12'];
  const rows = (kpi: string, target: number, actuals: (number | null)[]) =>
    months.map((month, i) => ({ kpi, month, target, actual: actuals[i] }));
  const summary = summarizePeriod(lt, parseRound(lt, '2026-H2'), [
    ...rows('sales', 2000, [1500, 1800, 2100, 2500, 3000, null]),
    ...rows('newsletter-subscribers', 400, [310, 330, 360, null, 390, null]),
    ...rows('newsletter-open-rate', 0.3, [0.28, 0.31, 0.33, 0.3, null, null]),
    { kpi: 'sales', month: '2026-06', target: 2000, actual: 9999 },
  ]);
  const of = (id: string) => summary.find((r) => r.kpi.id === id)!;
  it('sums sales July–December (December not yet in)', () => {
    expect([of('sales').target, of('sales').actual, of('sales').attainment]).toEqual([12000, 10900, 0.908333]);
    expect([of('sales').best, of('sales').worst, of('sales').trend.verdict]).toEqual(['2026-11', '2026-07', 'better']);
  });
  it('subscribers are a stock: November\'s 390 against 400', () => {
    expect([of('newsletter-subscribers').actual, of('newsletter-subscribers').attainment]).toEqual([390, 0.975]);
  });
  it('the open rate is the mean of four months', () => {
    expect(of('newsletter-open-rate').actual).toBeCloseTo(0.305, 12);
    expect(of('newsletter-open-rate').attainment).toBe(1.016667);
  });
});

describe('GA4\'s answer for the period', () => {
  it('becomes the users KPI\'s round actual; the manager\'s target stays', () => {
    const template = findTemplate('social-media-content')!;
    const round = parseRound(template, '2026-spring');
    const plan = buildGa4PeriodRequests(template, round);
    const actuals = ga4PeriodRecords(template, plan, [{ metric: 'totalUsers', value: 5400, type: 'TYPE_INTEGER' }]);
    expect(actuals).toEqual([{ kpi: 'website-visitors', actual: 5400 }]);
    const monthly = ['2025-09', '2025-10', '2025-11', '2025-12', '2026-01', '2026-02']
      .map((month) => ({ kpi: 'website-visitors', month, target: 1000, actual: 1200 }));
    const periodRecords = [{ ...actuals[0], target: 5000 }];
    const users = summarizePeriod(template, round, monthly, { periodRecords })
      .find((r) => r.kpi.id === 'website-visitors')!;
    expect([users.target, users.actual, users.attainment, users.status]).toEqual([5000, 5400, 1.08, 'met']);
    expect(ga4PeriodRecords(template, plan, [])).toEqual([{ kpi: 'website-visitors', actual: null }]);
  });
});
