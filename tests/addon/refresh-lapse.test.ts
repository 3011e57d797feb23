// Another editor's daily refresh whose trigger was deleted in the Apps Script dashboard: after two silent days the
// document's "on" mark lapses, every editor sees it as off, and anyone may turn it on as themselves.
import { describe, expect, it } from 'vitest';
import { AppsScriptRuntime } from '../helpers/apps-script-runtime';
import { FakeProperties } from '../helpers/apps-script/services';
import { FakeTriggerStore } from '../helpers/apps-script/script-app';

const MONTH = '2026-11';

/** Anna's and Ben's executions of the same document at `now`: each has their own user properties and triggers. */
function documentOf() {
  const anna = { userProperties: new FakeProperties(), triggers: new FakeTriggerStore() };
  const ben = { userProperties: new FakeProperties(), triggers: new FakeTriggerStore() };
  const first = new AppsScriptRuntime({ userLocale: 'en', now: '2026-11-20T04:10:00Z', ...anna });
  const shared = { spreadsheet: first.spreadsheet, documentProperties: first.documentProperties, userLocale: 'en' };
  const as = (who: typeof anna, now: string) => new AppsScriptRuntime({ ...shared, ...who, now });
  return { first, anna, ben, as };
}

const refresh = (rt: AppsScriptRuntime) => {
  const state = rt.call('getState');
  if (!state.ok) throw new Error(state.error);
  return state.value.sources!.refresh;
};

describe('a lapsed daily refresh', () => {
  it('counts as off two days after its last run; another editor takes over', () => {
    const { first, anna, ben, as } = documentOf();
    expect(first.call('generateSheets', { template: 'social-media-content', month: MONTH, lang: 'en', events: [] }).ok)
      .toBe(true);
    expect(first.call('setDailyRefresh', { on: true })).toMatchObject({ ok: true, value: { on: true, mine: true } });
    // Anna's trigger runs the next morning; Ben sees it on, as hers, with no button of his own.
    as(anna, '2026-11-21T04:10:00Z').fire(anna.triggers.triggers[0]);
    expect(refresh(as(ben, '2026-11-22T09:00:00Z'))).toMatchObject({ on: true, mine: false, lapsed: null });

    // Her trigger is deleted in the dashboard: nothing in the document says so, until two days pass without a run.
    anna.triggers.triggers.splice(0);
    expect(refresh(as(ben, '2026-11-23T04:00:00Z'))).toMatchObject({ on: true, mine: false, lapsed: null });
    const late = as(ben, '2026-11-23T09:00:00Z');
    expect(refresh(late)).toMatchObject({ on: false, mine: false, lapsed: '2026-11-21 06:10' });
    // Ben turns it on: his own trigger, the document on again, and Anna sees it as another editor's.
    expect(late.call('setDailyRefresh', { on: true })).toMatchObject(
      { ok: true, value: { on: true, mine: true, lapsed: null } });
    expect(ben.triggers.triggers).toHaveLength(1);
    expect(refresh(as(anna, '2026-11-23T10:00:00Z'))).toMatchObject({ on: true, mine: false, lapsed: null });
  });

  it('a refresh that never ran lapses two days after it was turned on; the owner never sees their own lapse', () => {
    const { first, anna, ben, as } = documentOf();
    first.call('setDailyRefresh', { on: true });
    expect(refresh(as(ben, '2026-11-22T04:00:00Z'))).toMatchObject({ on: true, lapsed: null });
    expect(refresh(as(ben, '2026-11-22T05:00:00Z'))).toMatchObject({ on: false, lapsed: '2026-11-20 06:10' });
    // Anna's trigger still exists (ScriptApp lists it), so for her it is on and hers.
    expect(refresh(as(anna, '2026-11-25T05:00:00Z'))).toMatchObject({ on: true, mine: true, lapsed: null });
  });
});
