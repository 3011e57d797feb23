// Every formula of a month's live sheets resolves after typing and after regenerating in another language or template.
import { describe, expect, it } from 'vitest';
import { AppsScriptRuntime } from '../helpers/apps-script-runtime';
import { evaluate } from '../helpers/apps-script/evaluate';
import { col, row } from '../helpers/apps-script/inspect';
import { colOf, rowOf, sheetById } from '../helpers/spec-cells';
import { labels, pick } from '../../src/core/i18n';
import template from '../../templates/social-media-content.json';

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
    expect(evaluate(rt.spreadsheet).errors).toEqual([]);
    // What the manager sees after typing: 400 of 1,000 followers (a stock, not paced) is missed; 9,000 video views
    // against 15,000 paced to the 10th of 30 days (5,000 due) is met.
    const status = (kpi: string) => rt.sheet(K).getRange(row(rt, K, kpi), col(rt, K, 'status'));
    expect([status('followers-total').getValue(), status('video-views').getValue()]).toEqual([-1, 1]);
    expect([status('followers-total').getDisplayValue(), status('video-views').getDisplayValue()])
      .toEqual([labels('lv').status.missed, labels('lv').status.met]);
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

/** Thousands as each spreadsheet locale writes them: lv and lt group with a no-break space, en with a comma. */
const THOUSAND = { lv: '1\u00a0000', lt: '1\u00a0000', en: '1,000' } as const;
const LOCALES = { lv: 'lv_LV', lt: 'lt_LT', en: 'en_US' } as const;

describe.each(['lv', 'lt', 'en'] as const)('what the manager sees in a %s spreadsheet after typing actuals', (lang) => {
  const words = labels(lang).status;
  const name = (id: string) => pick(template.kpis.find((k) => k.id === id)!.name, lang);

  it('the Summary counts and both worst-first lists follow each typed figure', () => {
    const rt = new AppsScriptRuntime({ userLocale: lang, spreadsheetLocale: LOCALES[lang], now: `${TODAY}T09:00:00Z` });
    const sheets = generate(rt, { ...ARGS, lang }).sheets;
    const tab = (id: string) => sheets.find((s) => s.id === id)!.name;
    const [K, S, R] = [tab('kpi-results'), tab('summary'), tab('review')];
    const type = (kpi: string, key: 'target' | 'actual', v: number) =>
      rt.sheet(K).getRange(row(rt, K, kpi), col(rt, K, key)).setValue(v);
    // 10 of 30 days gone. Followers (a stock): 400 of 1,000 = 40 %, missed. Paced: video views 9,000 against
    // 5,000 due, met; reactions 950 against 1,000 due = 95 %, at risk (from 90 %); comments 60 against 200 due
    // = 30 %, missed. New leads have a target and no figure yet.
    for (const [kpi, target, actual] of [['followers-total', 1000, 400], ['video-views', 15000, 9000],
      ['reactions', 3000, 950], ['comments', 600, 60], ['new-leads', 90, null]] as const) {
      type(kpi, 'target', target);
      if (actual !== null) type(kpi, 'actual', actual);
    }
    const action = rt.sheet(R).getRange(row(rt, R, 'missed:comments'), col(rt, R, 'action'));
    action.setValue('Answer every comment the same day');

    const layout = rt.call('getDownloadSpec', { month: '2026-11' });
    if (!layout.ok) throw new Error(layout.error);
    const shown = (id: string, rowKey: string, colKey: string) => {
      const spec = sheetById(layout.value.workbook, id);
      return rt.sheet(spec.name).getRange(rowOf(spec, rowKey), colOf(spec, colKey)).getDisplayValue();
    };
    const counts = () => ['met', 'atRisk', 'missed', 'noFigure'].map((key) => shown('summary', key, 'due'));
    const summaryList = (n: number) => Array.from({ length: n + 1 }, (_, i) =>
      ['label', 'due', 'actual', 'shortfall', 'status'].map((c) => shown('summary', `slot:${i + 1}`, c)));
    const reviewList = (n: number) => Array.from({ length: n + 1 }, (_, i) =>
      ['kpi', 'previous', 'current', 'change', 'status', 'action'].map((c) => shown('review', `slot:${i + 1}`, c)));

    expect(counts()).toEqual(['1', '1', '2', '1']);
    expect(summaryList(3)).toEqual([
      [name('comments'), '200', '60', '140', words.missed],
      [name('followers-total'), THOUSAND[lang], '400', '600', words.missed],
      [name('reactions'), THOUSAND[lang], '950', '50', words.atRisk],
      ['', '', '', '', ''],
    ]);
    expect(reviewList(3)).toEqual([
      [name('comments'), '200', '60', '140', words.missed, 'Answer every comment the same day'],
      [name('followers-total'), THOUSAND[lang], '400', '600', words.missed, ''],
      [name('reactions'), THOUSAND[lang], '950', '50', words.atRisk, ''],
      ['', '', '', '', '', ''],
    ]);
    expect(rt.sheet(S).getRange(rowOf(sheetById(layout.value.workbook, 'summary'), 'met'), 1).getDisplayValue())
      .toBe(labels(lang).summary.met);

    // The manager corrects the comments: 250 against 200 due is met, and both lists close up at once.
    type('comments', 'actual', 250);
    expect(counts()).toEqual(['2', '1', '1', '1']);
    expect(summaryList(2).map((r) => [r[0], r[4]])).toEqual([
      [name('followers-total'), words.missed], [name('reactions'), words.atRisk], ['', ''],
    ]);
    expect(reviewList(1).map((r) => [r[0], r[5]])).toEqual([[name('followers-total'), ''], [name('reactions'), '']]);
  });
});
