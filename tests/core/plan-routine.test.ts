// The activity plan lists routine work once (with the template's own "how often") and dates only what is due.
import { describe, expect, it } from 'vitest';
import { buildWorkbook } from '../../src/core/build-workbook';
import type { BuildInput } from '../../src/core/model/input';
import type { Cell, SheetSpec } from '../../src/core/model/workbook';
import { activityRows } from '../../src/core/plan/activity-rows';
import { daysOf, isWorkingDay, parseMonth } from '../../src/core/plan/calendar';
import { findTemplate } from '../../src/core/template/registry';
import { cellAt, sheetById } from '../helpers/spec-cells';

const college = findTemplate('social-media-content')!;
const shop = findTemplate('small-business-tasks')!;
const nov = parseMonth('2026-11');
const events = [{ type: 'open-day' as const, date: '2026-11-26', time: '17:00', title: 'Online open day' }];
const base: BuildInput = { template: college, month: '2026-11', today: '2026-11-20', lang: 'lv', data: [], events };
const workingDays = daysOf(nov).filter(isWorkingDay).length;
const textOf = (c: Cell | undefined) => (c && typeof c === 'object' && 'text' in c ? c.text : undefined);
const plan = (input: BuildInput): SheetSpec => sheetById(buildWorkbook(input), 'activity-plan');

describe('routine work', () => {
  const rows = activityRows(college, nov, events, 'lv');
  const daily = college.sections[0].steps.filter((s) => s.recurrence.kind === 'daily');

  it('lists each daily step once, first, with the template\'s own wording and no date', () => {
    expect(daily.length).toBeGreaterThan(0);
    for (const step of daily) {
      const mine = rows.filter((r) => r.step === step.number && r.key.includes('|step|'));
      expect(mine).toHaveLength(1);
      expect(mine[0]).toMatchObject({ kind: 'routine', date: null, when: step.recurrenceText!.lv });
    }
    expect(rows.slice(0, daily.length).every((r) => r.kind === 'routine')).toBe(true);
  });

  it('makes the month far shorter than one row per step per working day', () => {
    const dated = rows.filter((r) => r.kind === 'dated');
    expect(dated.length).toBeLessThan(workingDays);
    expect(rows.length).toBeLessThan(daily.length * workingDays);
  });

  it('treats several times a week as routine, but keeps once a week dated', () => {
    const shopRows = activityRows(shop, nov, [], 'lt');
    const twoThree = shopRows.filter((r) => r.key.startsWith(`${shop.sections[0].id}:3|step|`));
    expect(twoThree).toHaveLength(1);
    expect(twoThree[0]).toMatchObject({ kind: 'routine', when: '2–3× per savaitę' });
    // Still on the campaign grid on the days it recurs: Monday, Wednesday, Friday.
    expect(twoThree[0].recursOn!.slice(0, 3)).toEqual(['2026-11-02', '2026-11-04', '2026-11-06']);
    const weekly = shopRows.filter((r) => r.key.startsWith(`${shop.sections[1].id}:3|step|`));
    expect(weekly.length).toBeGreaterThanOrEqual(4);
    expect(weekly.every((r) => r.kind === 'dated' && r.date !== null)).toBe(true);
  });

  it('places routine channel work on the campaign sheet by date', () => {
    const campaign = sheetById(buildWorkbook({ ...base, template: shop, lang: 'lt' }), 'campaign');
    expect(textOf(cellAt(campaign, 'instagram', '2026-11-04'))).toContain(shop.sections[0].steps[2].title.lt);
    expect(cellAt(campaign, 'instagram', '2026-11-03')).toMatchObject({ blank: true });
  });
});

describe('typed entries of old per-day rows', () => {
  const oldKey = `5|step|2026-11-03|`;
  const typed = (date?: string) => plan({
    ...base,
    entries: { 'activity-plan': { [oldKey]: { ...(date ? { date } : {}), status: 'paveikts', comment: 'ieraksts publicēts' } } },
  });

  it('become an extra row that keeps the comment, the status and the date read back with them', () => {
    const sheet = typed('2026-11-03');
    expect(textOf(cellAt(sheet, 'comment', oldKey))).toBe('ieraksts publicēts');
    expect(textOf(cellAt(sheet, 'status', oldKey))).toBe('paveikts');
    expect(cellAt(sheet, 'date', oldKey)).toEqual({ date: '2026-11-03' });
  });

  it('never read a date out of the key', () => expect(cellAt(typed(), 'date', oldKey)).toBeNull());

  it('drop rows where only the default status and the date came back', () => {
    const sheet = plan({ ...base, entries: { 'activity-plan': { [oldKey]: { date: '2026-11-03', status: 'planned' } } } });
    expect(sheet.rowKeys![oldKey]).toBeUndefined();
  });
});

describe('events that make the same row keys', () => {
  it('still make a plan: two webinars at the same date and time each get their rows', () => {
    const twin = { type: 'webinar' as const, date: '2026-11-12', time: '18:00' };
    const sheet = plan({ ...base, events: [{ ...twin, title: 'A' }, { ...twin, title: 'B' }] });
    const activities = (sheet.rows as Cell[][]).map((r) => r.map(textOf).join(' '));
    expect(activities.filter((t) => t.includes('Vebinārs: A')).length).toBeGreaterThan(0);
    expect(activities.filter((t) => t.includes('Vebinārs: B')).length).toBeGreaterThan(0);
  });
});
