// A campaign sheet that says what to fill when the process names no channels; the overdue rule reads the plan's as-of cell.
import { describe, expect, it } from 'vitest';
import { buildWorkbook } from '../../src/core/build-workbook';
import { labels } from '../../src/core/i18n';
import type { BuildInput } from '../../src/core/model/input';
import type { Cell } from '../../src/core/model/workbook';
import { CHANNELS, LANGUAGES } from '../../src/core/template/schema';
import { findTemplate } from '../../src/core/template/registry';
import { sheetContext } from '../../src/core/sheets/context';
import { cellAt, colOf, rowOf, sheetById } from '../helpers/spec-cells';

const strategy = findTemplate('digital-marketing-strategy')!;
const base: BuildInput = { template: strategy, month: '2026-11', today: '2026-11-20', lang: 'lv', data: [], events: [] };
const textOf = (c: Cell | undefined) => (c && typeof c === 'object' && 'text' in c ? c.text : undefined);
const letter = (n: number) => String.fromCharCode(64 + n);

describe('campaign sheet of a process without channels', () => {
  it('has no channels to plan by', () =>
    expect(strategy.sections.flatMap((s) => s.steps.flatMap((st) => st.channels))).toEqual([]));

  it.each(LANGUAGES)('explains what to fill and offers a week-by-week grid (%s)', (lang) => {
    const campaign = sheetById(buildWorkbook({ ...base, lang }), 'campaign');
    const l = labels(lang);
    expect(textOf(cellAt(campaign, 'week', 'info'))).toBe(l.campaign.freeInfo);
    expect(campaign.columns.map((c) => c.key)).toEqual(['week', 'topic', 'goal', 'actions', 'notes', 'key']);
    expect(campaign.columns.some((c) => (CHANNELS as readonly string[]).includes(c.key))).toBe(false);
    // November 2026: Sunday the 1st, four full weeks, Monday the 30th.
    const weeks = Object.keys(campaign.rowKeys!).filter((k) => k.startsWith('week|'));
    expect(weeks).toEqual(['2026-11-01', '2026-11-02', '2026-11-09', '2026-11-16', '2026-11-23', '2026-11-30'].map((d) => `week|${d}`));
    expect(campaign.entries!.columns).toEqual(['topic', 'goal', 'actions', 'notes']);
  });

  it('keeps what was typed into a week, and the theme', () => {
    const campaign = sheetById(buildWorkbook({
      ...base, entries: { campaign: { 'week|2026-11-09': { topic: 'Stratēģijas prezentācija' }, theme: { day: 'Rudens' } } },
    }), 'campaign');
    expect(textOf(cellAt(campaign, 'topic', 'week|2026-11-09'))).toBe('Stratēģijas prezentācija');
    expect(textOf(cellAt(campaign, 'topic', 'theme'))).toBe('Rudens');
  });

  it('still plans a process with channels by channel and date', () => {
    const campaign = sheetById(buildWorkbook({ ...base, template: findTemplate('social-media-content')! }), 'campaign');
    expect(campaign.columns.map((c) => c.key)).toEqual(expect.arrayContaining([...CHANNELS]));
    expect(rowOf(campaign, '2026-11-30')).toBeGreaterThan(rowOf(campaign, 'header'));
  });
});

describe('the overdue rule', () => {
  it.each(['fixed', 'live'] as const)('reads the plan\'s own as-of cell (%s clock)', (clock) => {
    const plan = sheetById(buildWorkbook({ ...base, clock }), 'activity-plan');
    // The workbook's one as-of date (TODAY() when live), copied onto the plan because rules read their own sheet.
    const asOf = sheetContext({ ...base, clock }).asOf;
    expect(asOf === 'TODAY()').toBe(clock === 'live');
    expect(cellAt(plan, 'date', 'asOf')).toMatchObject({ formula: asOf });
    const asOfRef = `$${letter(colOf(plan, 'date'))}$${rowOf(plan, 'asOf')}`;
    const [overdue] = plan.conditionalRules!;
    expect(overdue.formula).toContain(`<${asOfRef}`);
    expect(overdue.formula).not.toContain('TODAY()');
    // Open work only: the rule skips closed statuses through the hidden code column, not through words.
    expect(overdue.formula).toContain(`$${letter(colOf(plan, 'code'))}`);
    for (const w of Object.values(labels('lv').taskStatus)) expect(overdue.formula).not.toContain(w);
  });
});
