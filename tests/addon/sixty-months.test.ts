// Sixty months of heavy use: every action keeps working at the same cost, and the stored bytes stay bounded.
import { describe, expect, it } from 'vitest';
import { actionCosts, Document, FIRST_MONTH, monthAfter, useMonth, type ActionCosts } from '../helpers/addon-history';

describe('sixty months of use', () => {
  it('cost the same service calls at 1, 12, 36 and 60 months of tabs, and store at most 100 KB', () => {
    const doc = new Document();
    const costs = new Map<number, ActionCosts>();
    const stored = new Map<number, number>();
    for (let i = 0; i < 60; i++) {
      useMonth(doc, monthAfter(FIRST_MONTH, i));
      const months = i + 1;
      stored.set(months, doc.storedBytes());
      // Measured on the next month, which the next round then uses like any other.
      if ([1, 12, 36, 60].includes(months)) costs.set(months, actionCosts(doc, monthAfter(FIRST_MONTH, months)));
    }
    const first = costs.get(1)!;
    expect(first.getState).toBeGreaterThan(0);
    expect(first.generateAll).toBeGreaterThan(50);
    for (const months of [12, 36, 60]) expect(costs.get(months), `${months} months`).toEqual(first);
    expect(Math.max(...stored.values())).toBeLessThanOrEqual(100 * 1024);
    // Every month's tabs are still there, found by their month.
    const rt = doc.open(monthAfter(FIRST_MONTH, 61));
    const state = rt.call('getState');
    expect(state.ok && state.value.months).toHaveLength(61);
    const early = rt.call('getMonth', { month: FIRST_MONTH });
    const ids = early.ok ? early.value.sheets.map((s) => s.id).sort() : [];
    expect(ids).toEqual(['activity-plan', 'campaign', 'ga4', 'kpi-results', 'review']);
    // The month's latest run is the GA4 import, which rebuilt the KPI sheets from the KPI results' run.
    expect(early.ok && early.value.events).toHaveLength(60);
    expect(rt.call('getDownloadSpec', { month: FIRST_MONTH }).ok).toBe(true);
    // Sixty months of generations take a while in the stand-in on a busy machine; nothing here is timed.
  }, 600_000);
});
