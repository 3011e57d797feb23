// The year plan's targets for a month, by hand: the month's own target wins, the plan's number follows the plan.
import { describe, expect, it } from 'vitest';
import {
  planTargetRecords, plannedFor, releasePlanned, targetsFromPlan, withPlanTargets,
} from '../../src/core/periods/plan-targets';
import { findTemplate } from '../../src/core/template/registry';

const template = findTemplate('social-media-content')!;

describe('targets from the year plan', () => {
  it('reads the month columns of the KPI targets tab, numbers only by default', () => {
    const entries = {
      'website-sessions': { m01: 1000, m12: ' 1500 ', year: 9999 },
      'video-views': { m02: 'soon' },
      'not-a-kpi': { m01: 5 },
    };
    expect(planTargetRecords(template, 2026, entries)).toEqual([
      { kpi: 'website-sessions', month: '2026-01', target: 1000, actual: null },
      { kpi: 'website-sessions', month: '2026-12', target: 1500, actual: null },
    ]);
    // An edge may be stricter (the CLI refuses the text, naming the KPI and month).
    expect(() => planTargetRecords(template, 2026, entries, (v, kpi, month) => {
      if (typeof v === 'string' && Number.isNaN(Number(v))) throw new Error(`${kpi.id} ${month}`);
      return v === undefined ? null : Number(v);
    })).toThrow('video-views 2026-02');
  });

  it("fills only what the month's data leaves empty", () => {
    const planned = [
      { kpi: 'a', month: '2026-01', target: 10, actual: null },
      { kpi: 'b', month: '2026-01', target: 20, actual: null },
      { kpi: 'c', month: '2026-01', target: 30, actual: null },
      { kpi: 'a', month: '2026-02', target: 11, actual: null },
    ];
    const data = [
      { kpi: 'a', month: '2026-01', target: 9, actual: 8 },
      { kpi: 'b', month: '2026-01', target: null, actual: 7 },
      { kpi: 'c', month: '2025-12', target: 1, actual: 1 },
    ];
    expect(withPlanTargets(data, planned, '2026-01')).toEqual([
      { kpi: 'a', month: '2026-01', target: 9, actual: 8 },
      { kpi: 'b', month: '2026-01', target: 20, actual: 7 },
      { kpi: 'c', month: '2025-12', target: 1, actual: 1 },
      { kpi: 'c', month: '2026-01', target: 30, actual: null },
    ]);
    expect(plannedFor(planned, '2026-01')).toEqual({ a: 10, b: 20, c: 30 });
  });

  it('releases a month target still holding the number the plan wrote, and keeps a typed one', () => {
    const entries = { 'kpi-results': { a: { target: 10, actual: 5 }, b: { target: 25 }, c: { comment: 'x' } } };
    const released = releasePlanned(entries, { a: 10.000000000001, b: 20, c: 30 });
    expect(released['kpi-results']).toEqual({ a: { actual: 5 }, b: { target: 25 }, c: { comment: 'x' } });
    // The entries read from the sheet are not changed behind the caller's back.
    expect(entries['kpi-results'].a.target).toBe(10);
    expect(targetsFromPlan(released, { a: 12, b: 20, c: 30 }, [], '2026-01')).toBe(2);
    expect(releasePlanned(entries, undefined)).toBe(entries);
  });
});
