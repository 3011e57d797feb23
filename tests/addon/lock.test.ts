// Two callers on one document, and a generation failing part-way: the second caller is told to try again,
// and nothing is duplicated or lost.
import { describe, expect, it } from 'vitest';
import { AppsScriptRuntime, FakeSpreadsheet } from '../helpers/apps-script-runtime';
import { FakeProperties } from '../helpers/apps-script/services';

const MONTH = '2026-11';
const EVENTS = [{ type: 'webinar', date: '2026-11-12', title: 'W' }];
const ARGS = { template: 'social-media-content', month: MONTH, lang: 'en', events: EVENTS };

/** Two executions (say a double click in the sidebar) on one spreadsheet and its properties. */
function twoCallers() {
  const spreadsheet = new FakeSpreadsheet('Europe/Riga', 'en_GB');
  const documentProperties = new FakeProperties();
  const now = '2026-11-10T09:00:00Z';
  const open = () => new AppsScriptRuntime({ userLocale: 'en', now, spreadsheet, documentProperties });
  return { spreadsheet, first: open(), second: open() };
}

/** Runs `during` once, the first time the first caller inserts a tab (in the middle of its generation). */
function interleave(spreadsheet: FakeSpreadsheet, during: () => void) {
  const insert = spreadsheet.insertSheet.bind(spreadsheet);
  let done = false;
  spreadsheet.insertSheet = (...args: Parameters<FakeSpreadsheet['insertSheet']>) => {
    if (!done) { done = true; during(); }
    return insert(...args);
  };
}

const tabs = (ss: FakeSpreadsheet) => ss.sheets.map((s) => s.name);

describe('the document lock', () => {
  it('a second generate during the first gets "busy, try again"; no duplicate tab, every tab tagged', () => {
    const { spreadsheet, first, second } = twoCallers();
    let busy: ReturnType<AppsScriptRuntime['call']> | undefined;
    let state: ReturnType<AppsScriptRuntime['call']> | undefined;
    interleave(spreadsheet, () => {
      busy = second.call('generateSheets', ARGS);
      // Reading needs no lock: the sidebar can still open.
      state = second.call('getState');
    });
    const reply = first.call('generateSheets', ARGS);
    expect(reply.ok).toBe(true);
    expect(busy).toEqual({ ok: false, error: expect.stringMatching(/still busy with another request.*try again/) });
    expect(state).toMatchObject({ ok: true });
    expect(tabs(spreadsheet).filter((n) => / \(\d\)$/.test(n))).toEqual([]);
    expect(Object.keys(first.tags()).sort()).toEqual(tabs(spreadsheet).filter((n) => n !== 'Sheet1').sort());
    // Once the first is done, trying again works and reuses the tabs.
    const again = second.call('generateSheets', ARGS);
    expect(again.ok && again.value.sheets.every((s) => s.reused)).toBe(true);
    expect(tabs(spreadsheet)).toHaveLength(6);
  });

  it('the busy message is in the sidebar language; saving settings and the menu wait their turn too', () => {
    const { spreadsheet, first, second } = twoCallers();
    first.call('saveSettings', { uiLang: 'lv', template: 'social-media-content', lang: 'en' });
    let settings: ReturnType<AppsScriptRuntime['call']> | undefined;
    interleave(spreadsheet, () => {
      settings = second.call('saveSettings', { ga4Property: '42' });
      second.run('generateThisMonth');
    });
    expect(first.call('generateSheets', ARGS).ok).toBe(true);
    expect(settings).toEqual({ ok: false, error: expect.stringMatching(/vēl apstrādā citu pieprasījumu/) });
    const busyLv = expect.stringMatching(/vēl apstrādā citu pieprasījumu/);
    expect(spreadsheet.toasts.map((t) => t.message)).toEqual([busyLv]);
    // The refused save changed nothing; the first caller's record is whole.
    const state = first.call('getState');
    expect(state.ok && state.value.settings).toEqual({ uiLang: 'lv', template: 'social-media-content', lang: 'en' });
    expect(state.ok && state.value.months).toEqual([MONTH]);
  });

  it('is released when a generation fails, so the next caller is not locked out', () => {
    const { spreadsheet, first, second } = twoCallers();
    interleave(spreadsheet, () => { throw new Error('Service Spreadsheets failed while accessing document'); });
    expect(first.call('generateSheets', ARGS)).toMatchObject({ ok: false });
    expect(second.call('generateSheets', ARGS).ok).toBe(true);
  });
});

describe('a generation that fails part-way', () => {
  it('leaves every new tab tagged with its run, so trying again reuses them: no "(2)" tabs', () => {
    const { spreadsheet, first } = twoCallers();
    const insert = spreadsheet.insertSheet.bind(spreadsheet);
    let inserted = 0;
    let broken: { getRange?: unknown } | undefined;
    spreadsheet.insertSheet = (...args: Parameters<FakeSpreadsheet['insertSheet']>) => {
      const sheet = insert(...args);
      // The third new tab breaks as it is written (Sheets failing, or the 6-minute limit).
      if (++inserted === 3) {
        broken = sheet;
        sheet.getRange = () => { throw new Error('Service Spreadsheets timed out'); };
      }
      return sheet;
    };
    expect(first.call('generateSheets', ARGS)).toMatchObject({ ok: false });
    const made = tabs(spreadsheet).filter((n) => n !== 'Sheet1');
    expect(made).toHaveLength(5);
    expect(Object.keys(first.tags()).sort()).toEqual([...made].sort());
    spreadsheet.insertSheet = insert;
    delete broken!.getRange;
    const again = first.call('generateSheets', ARGS);
    expect(again.ok && again.value.sheets.every((s) => s.reused)).toBe(true);
    expect(tabs(spreadsheet).filter((n) => n !== 'Sheet1').sort()).toEqual([...made].sort());
    const month = first.call('getMonth', { month: MONTH });
    expect(month.ok && month.value.events).toEqual(EVENTS);
  });
});
