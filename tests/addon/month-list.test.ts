// getState's month list: closed months marked, and months whose tabs were all deleted by hand forgotten, cheaply.
import { describe, expect, it } from 'vitest';
import { AppsScriptRuntime } from '../helpers/apps-script-runtime';

const ARGS = { template: 'social-media-content', lang: 'en', events: [] };

function state(rt: AppsScriptRuntime) {
  const reply = rt.call('getState');
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}
/** Service calls of one getState. */
function cost(rt: AppsScriptRuntime): number {
  rt.resetCalls();
  state(rt);
  return rt.calls.length;
}
const tabsOf = (rt: AppsScriptRuntime, month: string) =>
  Object.entries(rt.tags()).filter(([, t]) => (t as { month?: string; monthBound?: boolean }).month === month
    && (t as { monthBound?: boolean }).monthBound).map(([name]) => name);

describe('the month list', () => {
  it('marks closed months and forgets months whose tabs are all gone, at one extra call in the steady state', () => {
    const rt = new AppsScriptRuntime({ userLocale: 'en', now: '2026-11-20T09:00:00Z' });
    for (const month of ['2026-09', '2026-10', '2026-11']) {
      expect(rt.call('generateSheets', { ...ARGS, month }).ok).toBe(true);
    }
    expect(state(rt)).toMatchObject({ months: ['2026-11', '2026-10', '2026-09'], closedMonths: [] });
    const steady = cost(rt);

    expect(rt.call('closeMonth', { month: '2026-10', closedBy: 'Anna' }).ok).toBe(true);
    expect(state(rt)).toMatchObject({ months: ['2026-11', '2026-10', '2026-09'], closedMonths: ['2026-10'] });
    // Closing counted its own new tab: no check, the same calls as before.
    expect(cost(rt)).toBe(steady);

    // The manager deletes every tab of September and October by hand; October's snapshot stays, so it stays.
    for (const name of [...tabsOf(rt, '2026-09'), ...tabsOf(rt, '2026-10')]) rt.spreadsheet.deleteSheet(rt.sheet(name));
    const checked = cost(rt);
    expect(state(rt)).toMatchObject({ months: ['2026-11', '2026-10'], closedMonths: ['2026-10'] });
    // The check after a deletion asks each listed month once; then the list is stored and the cost is back.
    expect(checked).toBeGreaterThan(steady);
    expect(cost(rt)).toBe(steady);

    // The snapshot deleted by hand too: October is neither closed nor listed any more.
    const snapshot = rt.spreadsheet.sheets.find((s) => s.name.startsWith('Closed'))!;
    rt.spreadsheet.deleteSheet(snapshot);
    expect(state(rt)).toMatchObject({ months: ['2026-11'], closedMonths: [] });
    expect(rt.call('getMonth', { month: '2026-10' })).toMatchObject({ ok: true, value: { sheets: [], closed: null } });
  });

  it('reopening clears the mark; the list does not grow with the months', () => {
    const rt = new AppsScriptRuntime({ userLocale: 'en', now: '2026-11-20T09:00:00Z' });
    expect(rt.call('generateSheets', { ...ARGS, month: '2026-11' }).ok).toBe(true);
    state(rt);
    const one = cost(rt);
    for (const month of ['2026-06', '2026-07', '2026-08', '2026-09', '2026-10']) {
      expect(rt.call('generateSheets', { ...ARGS, month }).ok).toBe(true);
    }
    expect(cost(rt)).toBe(one);
    rt.call('closeMonth', { month: '2026-11', closedBy: 'Anna' });
    expect(state(rt).closedMonths).toEqual(['2026-11']);
    expect(rt.call('reopenMonth', { month: '2026-11' }).ok).toBe(true);
    expect(state(rt).closedMonths).toEqual([]);
    expect(cost(rt)).toBe(one);
  });

  it('forgets years and rounds whose tabs were deleted by hand, at no extra call in the steady state', () => {
    const rt = new AppsScriptRuntime({ userLocale: 'en', now: '2026-06-20T09:00:00Z' });
    expect(rt.call('generateSheets', { ...ARGS, month: '2026-06' }).ok).toBe(true);
    const before = cost(rt);
    for (const period of ['2026', '2026-spring']) {
      expect(rt.call('generatePeriod', { template: ARGS.template, lang: 'en', period }).ok).toBe(true);
    }
    expect(state(rt)).toMatchObject({ months: ['2026-06'], periods: ['2026-spring', '2026'] });
    // Generating counted its own new tabs: getState costs what it cost before the periods existed.
    expect(cost(rt)).toBe(before);

    const year = tabsOf(rt, 'year.2026');
    const round = tabsOf(rt, 'round.2026-spring');
    expect(year.length).toBeGreaterThan(0);
    expect(round.length).toBeGreaterThan(0);
    for (const name of round) rt.spreadsheet.deleteSheet(rt.sheet(name));
    expect(state(rt)).toMatchObject({ months: ['2026-06'], periods: ['2026'] });
    for (const name of year) rt.spreadsheet.deleteSheet(rt.sheet(name));
    const checked = cost(rt);
    expect(state(rt)).toMatchObject({ months: ['2026-06'], periods: [] });
    expect(checked).toBeGreaterThan(before);
    expect(cost(rt)).toBe(before);
    // A new AppsScriptRuntime over the same document (a reopen) still lists none.
    const reopened = new AppsScriptRuntime({
      userLocale: 'en', now: '2026-06-21T09:00:00Z', spreadsheet: rt.spreadsheet, documentProperties: rt.documentProperties,
    });
    expect(state(reopened)).toMatchObject({ periods: [] });
  });
});
