// The business profile in the built add-on: remembered per document, fitted into generate, the menu and the download.
import { describe, expect, it } from 'vitest';
import { AppsScriptRuntime } from '../helpers/apps-script-runtime';
import { rowKeys, tagOf } from '../helpers/apps-script/inspect';

const MONTH = '2026-11';
const ARGS = { template: 'small-business-tasks', month: MONTH, lang: 'en', events: [] };
const PLAN = `Activity plan ${MONTH}`;

function ok<T>(reply: { ok: true; value: T } | { ok: false; error: string }): T {
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}

describe('business profile', () => {
  it('leaves out the steps that suit none of the ticked audiences, and says how many', () => {
    const all = new AppsScriptRuntime({ userLocale: 'en', now: `${MONTH}-10T09:00:00Z` });
    expect(ok(all.call('generateSheets', ARGS)).leftOut ?? 0).toBe(0);
    const everyStep = rowKeys(all, PLAN).length;

    const rt = new AppsScriptRuntime({ userLocale: 'en', now: `${MONTH}-10T09:00:00Z` });
    const result = ok(rt.call('generateSheets', { ...ARGS, profile: ['services'] }));
    expect(result.leftOut).toBeGreaterThan(0);
    expect(rowKeys(rt, PLAN).length).toBeLessThan(everyStep);
    const info = rt.sheet(PLAN).getRange(1, 1, 4, 1).getDisplayValues().flat().join(' ');
    expect(info).toContain(`${result.leftOut} steps that do not suit the business's profile (services)`);
    // The run in the tag carries it: the download rebuilds the same plan.
    expect((tagOf(rt, PLAN) as unknown as { run: { profile?: string[] } }).run.profile).toEqual(['services']);
    const download = ok(rt.call('getDownloadSpec', { month: MONTH }));
    const plan = download.workbook.sheets.find((s) => s.id === 'activity-plan')!;
    expect(plan.rows.length).toBe(rt.sheet(PLAN).getLastRow());
  });

  it('is remembered per document and used by the menu\'s generate', () => {
    const rt = new AppsScriptRuntime({ userLocale: 'en', now: `${MONTH}-10T09:00:00Z` });
    ok(rt.call('saveSettings', { template: 'small-business-tasks', lang: 'en', profile: ['services', 'solo'] }));
    expect(ok(rt.call('getState', {})).settings.profile).toEqual(['services', 'solo']);
    rt.run('generateThisMonth');
    expect((tagOf(rt, PLAN) as unknown as { run: { profile?: string[] } }).run.profile).toEqual(['services', 'solo']);
    const bad = rt.call('saveSettings', { profile: ['farmers'] });
    expect(bad.ok ? '' : bad.error).toContain('profile');
  });
});
