// Every formula of a month's live sheets resolves after typing and after regenerating in another language or template.
import { describe, expect, it } from 'vitest';
import { AppsScriptRuntime } from '../helpers/apps-script-runtime';
import { evaluate } from '../helpers/apps-script/evaluate';
import { col, row } from '../helpers/apps-script/inspect';

const ARGS = { template: 'social-media-content', month: '2026-11', lang: 'lv', events: [] };
const TODAY = '2026-11-10';

function generate(rt: AppsScriptRuntime, args: object) {
  const reply = rt.call('generateSheets', args);
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}

function typeActuals(rt: AppsScriptRuntime, kpiTab: string) {
  const sheet = rt.sheet(kpiTab);
  sheet.getRange(row(rt, kpiTab, 'followers-total'), col(rt, kpiTab, 'target')).setValue(1000);
  sheet.getRange(row(rt, kpiTab, 'followers-total'), col(rt, kpiTab, 'actual')).setValue(400);
  sheet.getRange(row(rt, kpiTab, 'video-views'), col(rt, kpiTab, 'target')).setValue('15000');
  sheet.getRange(row(rt, kpiTab, 'video-views'), col(rt, kpiTab, 'actual')).setValue('9000');
}

/** Tab names every formula of the spreadsheet refers to. */
function referencedTabs(rt: AppsScriptRuntime): Set<string> {
  const names = new Set<string>();
  for (const sheet of rt.spreadsheet.sheets) {
    for (const cell of sheet.cells.values()) {
      for (const m of (cell.formula ?? '').matchAll(/'((?:[^']|'')+)'!/g)) names.add(m[1].replace(/''/g, "'"));
    }
  }
  return names;
}

describe('links between the live sheets', () => {
  it('resolve after the manager types actuals', () => {
    const rt = new AppsScriptRuntime({ userLocale: 'lv', now: `${TODAY}T09:00:00Z` });
    generate(rt, ARGS);
    const K = 'KPI rezultāti 2026-11';
    typeActuals(rt, K);
    const calc = evaluate(rt.spreadsheet, TODAY);
    expect(calc.errors).toEqual([]);
    // What the manager sees after typing: 400 of 1,000 followers (a stock, not paced) is missed; 9,000 video views
    // against 15,000 paced to the 10th of 30 days (5,000 due) is met.
    const status = (kpi: string) => calc.value(K, row(rt, K, kpi), col(rt, K, 'status'));
    expect([status('followers-total'), status('video-views')]).toEqual([-1, 1]);
  });

  it('regenerating one sheet in another language rewrites the month with it, and everything resolves', () => {
    const rt = new AppsScriptRuntime({ userLocale: 'lv', now: `${TODAY}T09:00:00Z` });
    generate(rt, ARGS);
    typeActuals(rt, 'KPI rezultāti 2026-11');
    const result = generate(rt, { ...ARGS, lang: 'en', sheets: ['kpi-results'] });
    expect(result.alsoWritten).toEqual(['summary', 'activity-plan', 'campaign', 'review']);
    const tabs = rt.spreadsheet.sheets.map((s) => s.name);
    expect(tabs).toEqual(expect.arrayContaining(['Summary', 'KPI results 2026-11', 'Monthly review 2026-11']));
    expect(tabs.some((t) => /rezultāti|pārskats|Kopsavilkums/.test(t))).toBe(false);
    for (const name of referencedTabs(rt)) expect(tabs).toContain(name);
    // What was typed survives the language change, and the sheets calculate from it.
    const K = 'KPI results 2026-11';
    expect(rt.sheet(K).getRange(row(rt, K, 'followers-total'), col(rt, K, 'actual')).getValue()).toBe(400);
    const calc = evaluate(rt.spreadsheet, TODAY);
    expect(calc.errors).toEqual([]);
  });

  it('regenerating one sheet with another template rewrites the month with it', () => {
    const rt = new AppsScriptRuntime({ userLocale: 'lv', now: `${TODAY}T09:00:00Z` });
    generate(rt, ARGS);
    const result = generate(rt, { ...ARGS, template: 'digital-marketing-strategy', sheets: ['review'] });
    expect(result.sheets.map((s) => s.id)).toEqual(['summary', 'activity-plan', 'campaign', 'kpi-results', 'review']);
    const calc = evaluate(rt.spreadsheet, TODAY);
    expect(calc.errors).toEqual([]);
    for (const name of referencedTabs(rt)) expect(rt.spreadsheet.sheets.map((s) => s.name)).toContain(name);
  });

  it('a sheet generated alone brings the sheets its formulas read', () => {
    const rt = new AppsScriptRuntime({ userLocale: 'lv', now: `${TODAY}T09:00:00Z` });
    const result = generate(rt, { ...ARGS, sheets: ['summary'] });
    expect(result.alsoWritten).toEqual(expect.arrayContaining(['kpi-results', 'activity-plan']));
    expect(evaluate(rt.spreadsheet, TODAY).errors).toEqual([]);
  });
});
