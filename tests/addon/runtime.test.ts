// The in-memory Apps Script behaves like Sheets where it matters, so the add-on tests can trust it.
import { describe, expect, it } from 'vitest';
import { AppsScriptRuntime } from '../helpers/apps-script-runtime';

const sheet = () => new AppsScriptRuntime({ code: '' }).spreadsheet.insertSheet('T');

describe('the stand-in spreadsheet', () => {
  it('reads strings written with setValues as Sheets does: only an apostrophe keeps text as text', () => {
    const s = sheet();
    s.getRange(1, 1, 1, 8).setValues([['=1+1', "'=1+1", '2026-01-01', '+1', '-2.5', 'TRUE', '+cmd', "'+cmd"]]);
    expect(s.getRange(1, 1, 1, 8).getFormulas()[0]).toEqual(['=1+1', '', '', '', '', '', '=+cmd', '']);
    const v = s.getRange(1, 1, 1, 8).getValues()[0];
    expect(v[1]).toBe('=1+1');
    expect(Object.prototype.toString.call(v[2])).toBe('[object Date]');
    expect(v.slice(3, 6)).toEqual([1, -2.5, true]);
    expect(v[7]).toBe('+cmd');
  });

  it('setFormulas clears cells given an empty string, and ranges must fit the sheet and the data', () => {
    const s = sheet();
    s.getRange(1, 1, 1, 2).setValues([[5, 6]]);
    s.getRange(1, 1, 1, 2).setFormulas([['=B1*2', '']]);
    // The formula reads B1, now empty, as Sheets does: 0.
    expect(s.getRange(1, 1, 1, 2).getValues()[0]).toEqual([0, '']);
    expect(s.getRange(1, 1, 1, 2).getFormulas()[0]).toEqual(['=B1*2', '']);
    expect(() => s.getRange(1001, 1)).toThrow(/outside the dimensions/);
    expect(() => s.getRange(1, 1, 2, 2).setValues([[1, 2]])).toThrow(/number of rows/);
    expect(() => s.getRange(1, 1).setValues([[Number.NaN]])).toThrow();
  });

  it('keeps merges honest: no partial unmerge, no freezing through a merge', () => {
    const s = sheet();
    s.getRange('A1:C2').merge();
    expect(() => s.getRange('A1:B1').breakApart()).toThrow(/merged/);
    expect(() => s.setFrozenRows(1)).toThrow(/merged/);
  });

  it('limits document property values to 9 KB as Apps Script does', () => {
    const rt = new AppsScriptRuntime({ code: '' });
    expect(() => rt.documentProperties.setProperty('k', 'x'.repeat(10_000))).toThrow(/too large/);
  });

  it('gives the script its fixed clock only inside the vm', () => {
    const rt = new AppsScriptRuntime({ code: 'function now() { return new Date().toISOString(); }', now: '2030-01-02T03:04:05Z' });
    expect(rt.run('now')).toBe('2030-01-02T03:04:05.000Z');
    expect(new Date().getFullYear()).toBeLessThan(2030);
  });
});

describe('what the add-on remembers about a run', () => {
  const long = (n: number, title: number) => Array.from({ length: n }, (_, i) => ({
    type: 'webinar', date: `2026-11-${String(1 + (i % 28)).padStart(2, '0')}`, time: '18:00',
    title: `Webinar ${i} — ${'ā'.repeat(title)}`,
  }));

  it('keeps long event lists with the sheets (in their tags), not in the document properties', () => {
    const rt = new AppsScriptRuntime({ userLocale: 'en', now: '2026-11-10T09:00:00Z' });
    const events = long(100, 150);
    const reply = rt.call('generateSheets', { template: 'social-media-content', month: '2026-11', lang: 'en', events, sheets: ['campaign'] });
    expect(reply.ok).toBe(true);
    const month = rt.call('getMonth', { month: '2026-11' });
    expect(month.ok && month.value.events).toEqual(events);
    // The month list and the tab count the add-on noted after adding tabs (month-list.ts): a few bytes, no events.
    expect(rt.documentProperties.getKeys()).toEqual(['kpi-planner.months', 'kpi-planner.tab-count']);
    rt.call('generateSheets', { template: 'social-media-content', month: '2026-11', lang: 'en', events: events.slice(0, 1), sheets: ['campaign'] });
    const again = rt.call('getMonth', { month: '2026-11' });
    expect(again.ok && again.value.events).toEqual(events.slice(0, 1));
  });

  it('refuses events too long to keep with the sheets before writing anything', () => {
    const rt = new AppsScriptRuntime({ userLocale: 'en', now: '2026-11-10T09:00:00Z' });
    const args = { template: 'social-media-content', month: '2026-11', lang: 'en', events: long(200, 180) };
    const reply = rt.call('generateSheets', args);
    expect(reply).toMatchObject({ ok: false, field: 'events' });
    expect(!reply.ok && reply.error).toMatch(/too long to keep/);
    expect(rt.spreadsheet.sheets.map((s) => s.name)).toEqual(['Sheet1']);
  });
});
