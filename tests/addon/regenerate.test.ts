// Regenerating a month never loses what the manager typed; rows the template no longer makes are kept.
import { describe, expect, it } from 'vitest';
import { AppsScriptRuntime } from '../helpers/apps-script-runtime';
import { col, row, rowKeys, tagOf, value } from '../helpers/apps-script/inspect';

const WEBINAR = { type: 'webinar', date: '2026-11-18', time: '18:00', title: 'Admissions webinar' };
const ARGS = { template: 'social-media-content', month: '2026-11', lang: 'en', events: [WEBINAR] };
const KPI = 'KPI results 2026-11';
const PLAN = 'Activity plan 2026-11';
const REVIEW = 'Monthly review 2026-11';

function setup() {
  const rt = new AppsScriptRuntime({ userLocale: 'en', now: '2026-11-10T09:00:00Z' });
  const first = rt.call('generateSheets', ARGS);
  if (!first.ok) throw new Error(first.error);
  return rt;
}

/** Types into a cell as the manager would in the Sheets UI (a user-entered string). */
function type(rt: AppsScriptRuntime, sheet: string, rowKey: string, column: string, text: string) {
  rt.sheet(sheet).getRange(row(rt, sheet, rowKey), col(rt, sheet, column)).setValue(text);
}
const read = (rt: AppsScriptRuntime, sheet: string, rowKey: string, column: string) => value(rt.sheet(sheet), row(rt, sheet, rowKey), col(rt, sheet, column));

describe('regenerating a month', () => {
  it('keeps targets, actuals, comments, statuses, dates done and corrective actions', () => {
    const rt = setup();
    const ids = rt.spreadsheet.sheets.map((s) => s.id);
    const planKey = rowKeys(rt, PLAN)[3];
    type(rt, KPI, 'followers-total', 'target', '1000');
    type(rt, KPI, 'followers-total', 'actual', '850');
    type(rt, KPI, 'video-views', 'actual', '12');
    type(rt, KPI, 'followers-total', 'comment', 'Paused ads for two weeks');
    type(rt, PLAN, planKey, 'status', 'done');
    type(rt, PLAN, planKey, 'doneOn', '2026-11-04');
    type(rt, PLAN, planKey, 'comment', 'Posted late');
    type(rt, REVIEW, 'change', 'action', 'Move the budget to video');
    // A missed KPI gets its review row (with a corrective action, owner and deadline) once regenerated.
    expect(rt.call('generateSheets', ARGS).ok).toBe(true);
    type(rt, REVIEW, 'missed:followers-total', 'action', 'Two reels a week');
    type(rt, REVIEW, 'missed:followers-total', 'owner', 'Anna');
    type(rt, REVIEW, 'missed:followers-total', 'deadline', '2026-11-30');

    const again = rt.call('generateSheets', ARGS);
    expect(again.ok && again.value.sheets.every((s) => s.reused)).toBe(true);
    expect(again.ok && again.value.entriesKept).toBe(11);
    expect(rt.spreadsheet.sheets.map((s) => s.id)).toEqual(ids);
    expect(read(rt, KPI, 'followers-total', 'target')).toBe(1000);
    expect(read(rt, KPI, 'followers-total', 'actual')).toBe(850);
    expect(read(rt, KPI, 'video-views', 'actual')).toBe(12);
    expect(read(rt, KPI, 'followers-total', 'comment')).toBe('Paused ads for two weeks');
    expect(read(rt, PLAN, planKey, 'status')).toBe('done');
    expect(rt.sheet(PLAN).getRange(row(rt, PLAN, planKey), col(rt, PLAN, 'doneOn')).getDisplayValues()[0][0]).toBe('2026-11-04 ');
    expect(read(rt, PLAN, planKey, 'comment')).toBe('Posted late');
    expect(read(rt, REVIEW, 'change', 'action')).toBe('Move the budget to video');
    expect(read(rt, REVIEW, 'missed:followers-total', 'action')).toBe('Two reels a week');
    expect(read(rt, REVIEW, 'missed:followers-total', 'owner')).toBe('Anna');
    const deadline = rt.sheet(REVIEW).getRange(row(rt, REVIEW, 'missed:followers-total'), col(rt, REVIEW, 'deadline'));
    expect(deadline.getDisplayValues()[0][0]).toBe('2026-11-30');
    // Still live after the rewrite: formulas, one set of rules, the drop-down.
    expect(rt.sheet(KPI).getRange(row(rt, KPI, 'followers-total'), col(rt, KPI, 'status')).getFormula()).toMatch(/^=IF/);
    const fresh = setup();
    expect(rt.sheet(KPI).getConditionalFormatRules()).toHaveLength(fresh.sheet(KPI).getConditionalFormatRules().length);
    expect(rt.sheet(PLAN).getRange(row(rt, PLAN, planKey), col(rt, PLAN, 'status')).getDataValidations()[0][0]).not.toBeNull();
  });

  it('keeps rows the template no longer makes (the event was dropped) with what was typed in them', () => {
    const rt = setup();
    const sheet = rt.sheet(PLAN);
    const webinarKeys = rowKeys(rt, PLAN).filter((k) => sheet.getRange(row(rt, PLAN, k), 1, 1, sheet.getLastColumn()).getValues()[0].join(' ').includes('Admissions webinar'));
    expect(webinarKeys.length).toBeGreaterThan(0);
    type(rt, PLAN, webinarKeys[0], 'status', 'in progress');
    type(rt, PLAN, webinarKeys[0], 'comment', 'Speaker confirmed');
    const reply = rt.call('generateSheets', { ...ARGS, events: [] });
    expect(reply.ok).toBe(true);
    expect(rowKeys(rt, PLAN)).toContain(webinarKeys[0]);
    expect(read(rt, PLAN, webinarKeys[0], 'status')).toBe('in progress');
    expect(read(rt, PLAN, webinarKeys[0], 'comment')).toBe('Speaker confirmed');
    // Untouched rows of the dropped event go away with it.
    for (const k of webinarKeys.slice(1)) expect(rowKeys(rt, PLAN)).not.toContain(k);
  });

  it('finds rows by key after the manager sorted them, and keeps a row added by hand', () => {
    const rt = setup();
    const sheet = rt.sheet(PLAN);
    const [a, b] = rowKeys(rt, PLAN);
    type(rt, PLAN, a, 'comment', 'first');
    type(rt, PLAN, b, 'comment', 'second');
    // Swap the two rows, as sorting would.
    const ra = row(rt, PLAN, a), rb = row(rt, PLAN, b), width = sheet.getLastColumn();
    const va = sheet.getRange(ra, 1, 1, width).getValues(), vb = sheet.getRange(rb, 1, 1, width).getValues();
    sheet.getRange(ra, 1, 1, width).setValues(vb);
    sheet.getRange(rb, 1, 1, width).setValues(va);
    const added = sheet.getLastRow() + 1;
    sheet.getRange(added, col(rt, PLAN, 'status')).setValue('done');
    sheet.getRange(added, col(rt, PLAN, 'comment')).setValue('Extra post for the open day');
    expect(rt.call('generateSheets', ARGS).ok).toBe(true);
    expect(read(rt, PLAN, a, 'comment')).toBe('first');
    expect(read(rt, PLAN, b, 'comment')).toBe('second');
    const comments = sheet.getRange(1, col(rt, PLAN, 'comment'), sheet.getLastRow(), 1).getValues().flat();
    expect(comments).toContain('Extra post for the open day');
  });

  it('finds a renamed tab again and gives it back the name other sheets\' formulas use', () => {
    const rt = setup();
    const id = rt.sheet(KPI).id;
    rt.sheet(KPI).setName('Our KPIs');
    const reply = rt.call('generateSheets', ARGS);
    expect(reply.ok && reply.value.sheets.find((s) => s.id === 'kpi-results')).toMatchObject({ name: KPI, reused: true });
    expect(rt.sheet(KPI).id).toBe(id);
    expect(tagOf(rt, KPI).sheet).toBe('kpi-results');
    expect(rt.spreadsheet.metadata.filter((m) => m.sheet?.id === id)).toHaveLength(1);
  });

  it('clears what a longer earlier version left below the table', () => {
    const rt = setup();
    const more = { ...ARGS, events: [WEBINAR, { type: 'open-day', date: '2026-11-21', title: 'Open day' }, { type: 'webinar', date: '2026-11-25', title: 'Second webinar' }] };
    rt.call('generateSheets', more);
    const long = rt.sheet(PLAN).getLastRow();
    rt.call('generateSheets', ARGS);
    const short = rt.sheet(PLAN).getLastRow();
    expect(short).toBeLessThan(long);
    const below = rt.sheet(PLAN).getRange(short + 1, 1, long - short, rt.sheet(PLAN).getLastColumn() || 1).getValues().flat();
    expect(below.every((v) => v === '')).toBe(true);
  });

  it('rewrites a sheet whose tag has no layout (an older version) from scratch, merges and hidden columns too', () => {
    const rt = setup();
    for (const m of rt.spreadsheet.metadata) {
      const tag = JSON.parse(m.value ?? '{}');
      delete tag.layout;
      m.value = JSON.stringify(tag);
    }
    const before = rt.sheet(PLAN);
    const layout = { merges: [...before.merges], hidden: [...before.hidden], frozen: before.frozenRows, widths: [...before.widths] };
    expect(rt.call('generateSheets', ARGS).ok).toBe(true);
    const after = rt.sheet(PLAN);
    expect({ merges: after.merges, hidden: [...after.hidden], frozen: after.frozenRows, widths: [...after.widths] }).toEqual(layout);
    expect(tagOf(rt, PLAN)).toHaveProperty('layout');
  });
});

describe('the campaign block above the table', () => {
  it('keeps a theme and goal typed into the sheet', () => {
    const rt = setup();
    const CAMPAIGN = 'Monthly campaign 2026-11';
    type(rt, CAMPAIGN, 'theme', 'day', 'Autumn open days');
    type(rt, CAMPAIGN, 'goal', 'day', 'list');
    expect(rt.call('generateSheets', ARGS).ok).toBe(true);
    expect(read(rt, CAMPAIGN, 'theme', 'day')).toBe('Autumn open days');
    expect(read(rt, CAMPAIGN, 'goal', 'day')).toBe('list');
  });
});
