// A month in the add-on takes its targets from the year plan: a typed month target wins, a plan change follows.
import { describe, expect, it } from 'vitest';
import { AppsScriptRuntime } from '../helpers/apps-script-runtime';
import { typeAt as type, readAt as read, okValue as ok } from '../helpers/apps-script/inspect';
import { cellAt } from '../helpers/spec-cells';
import type { SheetSpec } from '../../src/core/model/workbook';
import { findTemplate } from '../../src/core/template/registry';

const BASE = { template: 'social-media-content', lang: 'en' };
const TARGETS = 'KPI targets 2026';
const KPIS = 'KPI results 2026-01';
const SESSIONS = 'website-sessions';
const FOLLOWERS = 'followers-total';
const VIEWS = 'video-views';

const generate = (rt: AppsScriptRuntime) => ok(rt.call('generateSheets', { ...BASE, month: '2026-01', events: [] }));

/** A year plan with January's targets typed for sessions and followers, and none yet for video views. */
function setup() {
  const rt = new AppsScriptRuntime({ userLocale: 'en', now: '2026-01-10T09:00:00Z' });
  ok(rt.call('generatePeriod', { ...BASE, period: '2026' }));
  type(rt, TARGETS, SESSIONS, 'm01', '1000');
  type(rt, TARGETS, FOLLOWERS, 'm01', '5000');
  type(rt, TARGETS, SESSIONS, 'm02', '1100');
  return rt;
}

describe("a month's targets from the year plan", () => {
  it('shows the plan targets, keeps a typed month target, and follows the plan on regeneration', () => {
    const rt = setup();
    const first = generate(rt);
    expect(first.fromYearPlan).toBe(2);
    expect(read(rt, KPIS, SESSIONS, 'target')).toBe(1000);
    expect(read(rt, KPIS, FOLLOWERS, 'target')).toBe(5000);
    // February's target is February's, not January's.
    expect(read(rt, KPIS, VIEWS, 'target')).toBe('');
    // What the month tab holds from the plan is remembered, so a later run tells it from a typed target.
    expect(rt.tags()[KPIS].planned).toEqual({ [SESSIONS]: 1000, [FOLLOWERS]: 5000 });

    // The manager types a target on the month tab: it wins over the plan.
    type(rt, KPIS, FOLLOWERS, 'target', '4800');
    type(rt, KPIS, VIEWS, 'target', '300');
    // The plan changes afterwards: a new target, a changed one and one typed later.
    type(rt, TARGETS, SESSIONS, 'm01', '1200');
    type(rt, TARGETS, FOLLOWERS, 'm01', '5100');
    type(rt, TARGETS, VIEWS, 'm01', '250');

    const again = generate(rt);
    expect(read(rt, KPIS, SESSIONS, 'target')).toBe(1200);
    expect(read(rt, KPIS, FOLLOWERS, 'target')).toBe(4800);
    expect(read(rt, KPIS, VIEWS, 'target')).toBe(300);
    expect(again.fromYearPlan).toBe(1);
    // The status formulas read the new target: the live model follows.
    type(rt, KPIS, SESSIONS, 'actual', '1200');
    expect(typeof read(rt, KPIS, SESSIONS, 'status')).toBe('number');

    // A target emptied on the plan empties the month's too (it was the plan's); a typed one stays.
    type(rt, TARGETS, SESSIONS, 'm01', '');
    type(rt, TARGETS, FOLLOWERS, 'm01', '');
    const third = generate(rt);
    expect(read(rt, KPIS, SESSIONS, 'target')).toBe('');
    expect(read(rt, KPIS, FOLLOWERS, 'target')).toBe(4800);
    expect(third.fromYearPlan).toBe(0);
  });

  it('a month target typed before there was a plan stays; a month of another year takes nothing', () => {
    const rt = new AppsScriptRuntime({ userLocale: 'en', now: '2026-01-10T09:00:00Z' });
    generate(rt);
    type(rt, KPIS, SESSIONS, 'target', '900');
    ok(rt.call('generatePeriod', { ...BASE, period: '2026' }));
    // The plan was prefilled from the month tab; another KPI is typed on the plan.
    expect(read(rt, TARGETS, SESSIONS, 'm01')).toBe(900);
    type(rt, TARGETS, FOLLOWERS, 'm01', '5000');
    const again = generate(rt);
    expect(read(rt, KPIS, SESSIONS, 'target')).toBe(900);
    expect(read(rt, KPIS, FOLLOWERS, 'target')).toBe(5000);
    expect(again.fromYearPlan).toBe(1);
    const december = ok(rt.call('generateSheets', { ...BASE, month: '2025-12', events: [] }));
    expect(december.fromYearPlan).toBe(0);
    expect(read(rt, 'KPI results 2025-12', FOLLOWERS, 'target')).toBe('');
  });

  it('the menu and the download build with the plan targets too', () => {
    const rt = setup();
    ok(rt.call('saveSettings', { template: BASE.template, lang: 'en' }));
    rt.run('generateThisMonth');
    expect(read(rt, KPIS, SESSIONS, 'target')).toBe(1000);
    type(rt, TARGETS, SESSIONS, 'm01', '1300');
    const download = ok(rt.call('getDownloadSpec', { month: '2026-01' }));
    const sheet = download.workbook.sheets.find((s) => s.id === 'kpi-results')!;
    const target = cellAt(sheet as unknown as SheetSpec, 'target', `kpi:${SESSIONS}`);
    expect(typeof target === 'object' && target && 'number' in target ? target.number : target).toBe(1300);
  });

  it('reads the plan with the same number of service calls however many targets it holds', () => {
    const rt = setup();
    generate(rt);
    rt.resetCalls();
    generate(rt);
    const few = rt.calls.length;
    for (const m of ['m03', 'm04', 'm05', 'm06', 'm07', 'm08', 'm09', 'm10', 'm11', 'm12']) {
      for (const kpi of [SESSIONS, FOLLOWERS, VIEWS]) type(rt, TARGETS, kpi, m, '10');
    }
    generate(rt);
    rt.resetCalls();
    generate(rt);
    expect(rt.calls.length).toBe(few);
  });

  it('a plan target that is not a number is left empty and named in the result; other months are not asked', () => {
    const rt = setup();
    type(rt, TARGETS, SESSIONS, 'm01', 'about 1000');
    // March's text is another month's problem: January's generation says nothing of it.
    type(rt, TARGETS, VIEWS, 'm03', 'n/a');
    const result = generate(rt);
    const name = findTemplate('social-media-content')!.kpis.find((k) => k.id === SESSIONS)!.name.en;
    expect(result.planIgnored).toEqual([{ tab: TARGETS, kpi: name, month: '2026-01', value: 'about 1000' }]);
    expect(read(rt, KPIS, SESSIONS, 'target')).toBe('');
    expect(read(rt, KPIS, FOLLOWERS, 'target')).toBe(5000);
    expect(result.fromYearPlan).toBe(1);
    // Fixed on the plan: the warning goes and the target arrives.
    type(rt, TARGETS, SESSIONS, 'm01', '1000');
    const fixed = generate(rt);
    expect(fixed.planIgnored).toBeUndefined();
    expect(read(rt, KPIS, SESSIONS, 'target')).toBe(1000);
  });
});
