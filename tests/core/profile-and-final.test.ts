// The business's profile leaves unsuitable steps out of the plan (and says so); a closed month reports final figures.
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/core/build-workbook';
import { InputError } from '../../src/core/errors';
import { labels } from '../../src/core/i18n';
import type { BuildInput } from '../../src/core/model/input';
import type { Cell } from '../../src/core/model/workbook';
import { activityRows } from '../../src/core/plan/activity-rows';
import { parseMonth } from '../../src/core/plan/calendar';
import { fitToProfile, stepSuits } from '../../src/core/plan/profile';
import { findTemplate } from '../../src/core/template/registry';
import { WHEN_NEEDED } from '../../src/core/sheets/activity-plan';
import { cellAt, rowOf, sheetById } from '../helpers/spec-cells';

const shop = findTemplate('small-business-tasks')!;
const social = findTemplate('social-media-content')!;
const textOf = (c: Cell | undefined) => (c && typeof c === 'object' && 'text' in c ? c.text : undefined);
const formulaOf = (c: Cell | undefined) => (c && typeof c === 'object' && 'formula' in c ? c.formula : undefined);
const input = (over: Partial<BuildInput>): BuildInput => ({
  template: shop, month: '2026-11', today: '2026-11-20', lang: 'lt', data: [], events: [], ...over,
});
const steps = (t = shop) => t.sections.flatMap((s) => s.steps);

describe('a business profile', () => {
  it('keeps steps for all, with no audience, or with one of the profile\'s audiences', () => {
    const step = steps()[0];
    expect(stepSuits({ ...step, appliesTo: [] }, ['solo'])).toBe(true);
    expect(stepSuits({ ...step, appliesTo: ['all'] }, ['solo'])).toBe(true);
    expect(stepSuits({ ...step, appliesTo: ['products', 'trade'] }, ['services', 'trade'])).toBe(true);
    expect(stepSuits({ ...step, appliesTo: ['products'] }, ['services', 'solo'])).toBe(false);
    expect(stepSuits({ ...step, appliesTo: ['products'] }, undefined)).toBe(true);
  });

  it('leaves out exactly the steps for other businesses, and nothing without a profile or with "all"', () => {
    const suits = (a: string) => a === 'all' || a === 'services';
    const unsuited = steps().filter((s) => s.appliesTo.length && !s.appliesTo.some(suits));
    expect(unsuited.length).toBeGreaterThan(0);
    const fitted = fitToProfile(shop, ['services']);
    expect(fitted.leftOut).toBe(unsuited.length);
    expect(steps(fitted.template)).toHaveLength(steps().length - unsuited.length);
    expect(steps(fitted.template).some((s) => s.appliesTo.length === 1 && s.appliesTo[0] === 'products')).toBe(false);
    expect(fitToProfile(shop, undefined)).toEqual({ template: shop, leftOut: 0 });
    expect(fitToProfile(shop, ['all', 'services']).leftOut).toBe(0);
  });

  it('keeps the plan rows\' keys of the steps it keeps, so typed entries stay on their rows', () => {
    const nov = parseMonth('2026-11');
    const all = new Set(activityRows(shop, nov, [], 'lt').map((r) => r.key));
    const fitted = activityRows(fitToProfile(shop, ['services']).template, nov, [], 'lt');
    expect(fitted.length).toBeLessThan(all.size);
    for (const row of fitted) expect(all.has(row.key)).toBe(true);
  });

  it('says in the plan\'s info line how many steps were left out and for which profile, in its language', () => {
    const n = fitToProfile(shop, ['services', 'solo']).leftOut;
    for (const lang of ['lt', 'lv', 'en'] as const) {
      const plan = sheetById(buildReport(input({ lang, profile: ['services', 'solo'] })).workbook, 'activity-plan');
      const l = labels(lang);
      const info = textOf(cellAt(plan, 'date', 'info'));
      expect(info).toContain(l.plan.leftOut(n, `${l.audience.services}, ${l.audience.solo}`));
    }
    const plain = sheetById(buildReport(input({})).workbook, 'activity-plan');
    expect(textOf(cellAt(plain, 'date', 'info'))).not.toContain(labels('lt').plan.leftOut(n, '').slice(0, 10));
  });
});

describe('the "when needed" block', () => {
  const nov = parseMonth('2026-11');
  const rows = activityRows(shop, nov, [], 'en');
  const plan = sheetById(buildReport(input({ lang: 'en' })).workbook, 'activity-plan');
  const keyRow = (key: string) => rowOf(plan, key);

  it('puts every as-needed step after all dated rows, under one labelled, merged heading', () => {
    const undated = rows.filter((r) => r.kind === 'undated');
    const dated = rows.filter((r) => r.kind === 'dated');
    expect(undated.length).toBeGreaterThan(0);
    const heading = keyRow(WHEN_NEEDED);
    const l = labels('en');
    expect(textOf(cellAt(plan, 'date', WHEN_NEEDED))).toBe(`${l.plan.whenNeeded} — ${l.plan.whenNeededInfo}`);
    for (const r of undated) expect(keyRow(r.key)).toBeGreaterThan(heading);
    for (const r of dated) expect(keyRow(r.key)).toBeLessThan(heading);
    expect(undated.every((r) => r.date === null)).toBe(true);
    expect(plan.merges?.some((m) => m.range.endsWith(String(heading)) && m.range.includes(`${heading}:`))).toBe(true);
  });

  it('is no task: the heading has no status, so its code is 0 and the Summary does not count it', () => {
    // The code formula is there (it keeps the code column one block of formulas for Sheets) over an empty status.
    expect(cellAt(plan, 'code', WHEN_NEEDED)).toMatchObject({ formula: expect.stringContaining('=') });
    expect(cellAt(plan, 'status', WHEN_NEEDED) ?? null).toBeNull();
  });

  it('is left out when the month has no as-needed steps', () => {
    const only = { ...social, sections: social.sections.map((s) => ({
      ...s, steps: s.steps.filter((st) => st.recurrence.kind !== 'as-needed'),
    })) };
    const none = sheetById(buildReport(input({ template: only, lang: 'en' })).workbook, 'activity-plan');
    expect(none.rowKeys?.[WHEN_NEEDED] ?? null).toBeNull();
  });
});

describe('a closed month', () => {
  const data = [{ kpi: 'website-sessions', month: '2026-11', target: 1000, actual: 950 }];
  const closed = buildReport(input({ template: social, lang: 'en', today: '2026-11-30', final: true, data }));

  it('has final statuses as of its last day: 95 % is missed, not at risk', () => {
    const open = buildReport(input({ template: social, lang: 'en', today: '2026-11-30', data }));
    const status = (r: typeof open) => r.kpis.find((k) => k.kpi.id === 'website-sessions')!.status;
    expect(status(open)).toBe('atRisk');
    expect(status(closed)).toBe('missed');
    expect(closed.kpis.every((k) => k.projected === null)).toBe(true);
  });

  it('makes the KPI sheet\'s "month over" true from the last day, so the live statuses agree', () => {
    const kpi = sheetById(closed.workbook, 'kpi-results');
    expect(formulaOf(cellAt(kpi, 'unit', 'over'))).toMatch(/>=DATE\(2026,11,30\),1,0\)$/);
    const open = sheetById(buildReport(input({ template: social, today: '2026-11-30' })).workbook, 'kpi-results');
    expect(formulaOf(cellAt(open, 'unit', 'over'))).toMatch(/[^>]>DATE\(2026,11,30\),1,0\)$/);
  });

  it('says on the Summary that the month is closed, in each language', () => {
    for (const lang of ['en', 'lv', 'lt'] as const) {
      const r = buildReport(input({ template: social, lang, today: '2026-11-30', final: true }));
      const summary = sheetById(r.workbook, 'summary');
      const shown = [...summary.rows].flat().map((c) => textOf(c as Cell)).join('\n');
      expect(shown).toContain(labels(lang).summary.closed);
    }
  });

  it('refuses an as-of date other than the month\'s last day', () => {
    expect(() => buildReport(input({ today: '2026-11-20', final: true }))).toThrow(InputError);
  });
});
