// onOpen/onInstall menus, the sidebar, and the menu's "generate this month" in the test runtime.
import { describe, expect, it } from 'vitest';
import { AppsScriptRuntime } from '../helpers/apps-script-runtime';

const SIDEBAR = { Sidebar: '<!doctype html><p>KPI Planner</p>' };

describe('menu and sidebar', () => {
  it('onOpen adds the add-on menu in the user language', () => {
    for (const [locale, first] of [['lv', 'Atvērt sānjoslu'], ['lt_LT', 'Atidaryti šoninę juostą'], ['en_GB', 'Open sidebar'], ['de', 'Open sidebar']]) {
      const rt = new AppsScriptRuntime({ userLocale: locale });
      rt.run('onOpen', { authMode: 'LIMITED' });
      expect(rt.ui.menus).toHaveLength(1);
      expect(rt.ui.menus[0].addon).toBe(true);
      expect(rt.ui.menus[0].items.map((i) => i.functionName)).toEqual(['showSidebar', 'generateThisMonth', 'showSidebar']);
      expect(rt.ui.menus[0].items[0].label).toBe(first);
      // Menu items must name top-level functions, or clicking them fails.
      for (const item of rt.ui.menus[0].items) expect(rt.topLevelFunctions()).toContain(item.functionName);
    }
  });

  it('onInstall builds the same menu, and onOpen touches no document data', () => {
    const rt = new AppsScriptRuntime({ userLocale: 'en' });
    rt.run('onInstall', { authMode: 'FULL' });
    expect(rt.ui.menus[0].items[0].label).toBe('Open sidebar');
    expect(rt.documentCalls()).toEqual([]);
    expect(rt.calls.some((c) => c.service === 'PropertiesService')).toBe(false);
  });

  it('showSidebar opens the Sidebar HTML file with a title', () => {
    const rt = new AppsScriptRuntime({ userLocale: 'en', htmlFiles: SIDEBAR });
    rt.run('showSidebar');
    expect(rt.ui.sidebars).toHaveLength(1);
    expect(rt.ui.sidebars[0].file).toBe('Sidebar');
    expect(rt.ui.sidebars[0].getTitle()).toBe('KPI Planner');
  });

  it('the menu generates the current month with the saved settings and says so in a toast', () => {
    const rt = new AppsScriptRuntime({ userLocale: 'en', now: '2026-11-30T23:30:00Z' });
    expect(rt.call('saveSettings', { template: 'social-media-content', lang: 'en' }).ok).toBe(true);
    rt.run('generateThisMonth');
    // 23:30 UTC on 30 November is already 1 December in Riga, the spreadsheet's time zone.
    expect(rt.spreadsheet.toasts.at(-1)?.message).toBe('Generated 5 sheets for 2026-12.');
    expect(Object.keys(rt.tags())).toContain('KPI results 2026-12');
  });

  it('without a saved template the menu asks the manager to choose one', () => {
    const rt = new AppsScriptRuntime({ userLocale: 'lv', now: '2026-11-10T09:00:00Z' });
    rt.run('generateThisMonth');
    expect(rt.spreadsheet.toasts.at(-1)?.message).toBe('Vispirms sānjoslā izvēlieties veidni.');
    expect(rt.tags()).toEqual({});
  });
});
