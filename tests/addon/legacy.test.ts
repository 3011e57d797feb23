// A spreadsheet made by the first version (one tag key for all months, runs in properties) is taken over once.
import { describe, expect, it } from 'vitest';
import { AppsScriptRuntime } from '../helpers/apps-script-runtime';

const MONTH = '2026-11';
const EVENTS = [{ type: 'webinar', date: '2026-11-12', title: 'Autumn webinar' }];
const ARGS = { template: 'social-media-content', month: MONTH, lang: 'en', events: EVENTS };

/** Turns a generated document back into what the first version left: v1 tags under "kpi-planner", a run record. */
function asFirstVersion(rt: AppsScriptRuntime) {
  const props = rt.documentProperties;
  for (const key of props.getKeys()) props.deleteProperty(key);
  const run = { template: 'social-media-content', lang: 'en', events: EVENTS, campaign: null, today: '2026-11-10' };
  const sheets: Record<string, string> = {};
  for (const m of rt.spreadsheet.metadata) {
    const { run: _run, seq: _seq, monthBound: _bound, ...tag } = JSON.parse(m.value ?? '{}');
    m.value = JSON.stringify({ ...tag, version: 1 });
    (m as { key: string }).key = 'kpi-planner';
    sheets[tag.sheet] = 'run-1';
  }
  props.setProperty(`kpi-planner.month.${MONTH}`, JSON.stringify({ runs: { 'run-1': run }, sheets }));
}

describe('a first-version spreadsheet', () => {
  it('keeps its months, events and tabs: regenerating reuses every tab, and the old record is dropped', () => {
    const rt = new AppsScriptRuntime({ userLocale: 'en', now: '2026-11-10T09:00:00Z' });
    expect(rt.call('generateSheets', ARGS).ok).toBe(true);
    const tabs = rt.spreadsheet.sheets.map((s) => s.name);
    asFirstVersion(rt);
    const state = rt.call('getState');
    expect(state.ok && state.value.months).toEqual([MONTH]);
    const month = rt.call('getMonth', { month: MONTH });
    expect(month.ok && month.value.events).toEqual(EVENTS);
    expect(month.ok && month.value.sheets).toHaveLength(5);
    const again = rt.call('generateSheets', ARGS);
    expect(again.ok && again.value.sheets.every((s) => s.reused)).toBe(true);
    expect(rt.spreadsheet.sheets.map((s) => s.name)).toEqual(tabs);
    expect(rt.spreadsheet.metadata.map((m) => m.key).filter((k) => k === 'kpi-planner')).toEqual([]);
    // The month list (checked once, as the tab count was unknown) remembers the count it checked at.
    expect(rt.documentProperties.getKeys()).toEqual(['kpi-planner.months', 'kpi-planner.tab-count']);
  });
});
