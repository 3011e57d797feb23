// The whole workbook description: names, live formulas, safe text, typed entries kept across regeneration.
import { describe, expect, it } from 'vitest';
import { buildReport, buildWorkbook } from '../../src/core/build-workbook';
import type { BuildInput, TypedEntries } from '../../src/core/model/input';
import type { Cell, SheetSpec } from '../../src/core/model/workbook';
import { columnLetter } from '../../src/core/sheets/a1';
import { sheetName } from '../../src/core/sheets/text';
import { findTemplate, listTemplates } from '../../src/core/template/registry';
import { cellAt, colOf, rowOf } from '../helpers/spec-cells';

const college = findTemplate('social-media-content')!;
const base: BuildInput = {
  template: college, month: '2026-11', today: '2026-11-20', lang: 'en',
  data: [
    { kpi: 'website-sessions', month: '2026-11', target: 3000, actual: 1900 },
    { kpi: 'website-sessions', month: '2026-10', target: 3000, actual: 2800 },
  ],
  events: [{ type: 'open-day', date: '2026-11-26', time: '17:00', title: '=HYPERLINK("http://evil","x")' }],
};
const rowsOf = (s: SheetSpec) => [...s.rows];
const sheet = (input: BuildInput, id: string) => buildWorkbook(input).sheets.find((s) => s.id === id)!;
const cellsOf = (s: SheetSpec): Cell[] => rowsOf(s).flat();
const a1 = (s: SheetSpec, col: string, row: string, abs = false) =>
  abs ? `$${columnLetter(colOf(s, col))}$${rowOf(s, row)}` : `${columnLetter(colOf(s, col))}${rowOf(s, row)}`;
const textOf = (c: Cell | undefined) =>
  (c && typeof c === 'object' && 'text' in c ? c.text : typeof c === 'string' ? c : undefined);
/** The key of the plan's first row with a due date (routine work, listed first, has none). */
const datedKey = (s: SheetSpec) => Object.keys(s.rowKeys!).find((k) => {
  const c = cellAt(s, 'date', k);
  return !!c && typeof c === 'object' && 'date' in c;
})!;

describe('buildWorkbook', () => {
  it('names the sheets in English', () =>
    expect(buildWorkbook(base).sheets.map((s) => s.name)).toEqual(['Summary', 'Activity plan', 'Monthly campaign', 'KPI results', 'Monthly review']));
  it('names the sheets in Latvian', () =>
    expect(buildWorkbook({ ...base, lang: 'lv' }).sheets.map((s) => s.name)).toEqual(['Kopsavilkums', 'Aktivitāšu plāns', 'Mēneša kampaņa', 'KPI rezultāti', 'Mēneša pārskats']));
  it('names the sheets in Lithuanian', () =>
    expect(buildWorkbook({ ...base, lang: 'lt' }).sheets.map((s) => s.name)).toEqual(['Santrauka', 'Veiklos planas', 'Mėnesio kampanija', 'KPI rezultatai', 'Mėnesio apžvalga']));
  it('adds the month to month-bound sheets on request', () =>
    expect(buildWorkbook({ ...base, monthInSheetNames: true }).sheets.map((s) => s.name)).toContain('KPI results 2026-11'));
  it('holds the status as a code (1 met, 0 at risk, -1 missed) shown as the English word by its format', () => {
    const kpi = sheet(base, 'kpi-results');
    const c = (col: string) => a1(kpi, col, 'kpi:website-sessions');
    const head = (row: string) => a1(kpi, 'unit', row, true);
    expect(cellAt(kpi, 'status', 'kpi:website-sessions')).toEqual({
      formula: `IF(${c('target')}="","",IF(${c('actual')}="","no figure yet",IF(${c('achieved')}>=1,1,` +
        `IF(AND(${head('over')}=0,${c('achieved')}>=${head('tolerance')}),0,-1))))`,
      style: { numFmt: '"met";"missed";"at risk";@' },
    });
  });
  it('paces the target of a running month', () => {
    const kpi = sheet(base, 'kpi-results');
    const E = a1(kpi, 'target', 'kpi:website-sessions');
    expect(cellAt(kpi, 'due', 'kpi:website-sessions')).toMatchObject({ formula: `IF(${E}="","",${E}*${a1(kpi, 'unit', 'elapsed', true)})` });
  });
  it('evaluates the KPIs as the sheet will', () =>
    expect(buildReport(base).kpis.find((k) => k.kpi.id === 'website-sessions')).toMatchObject({ due: 2000, actual: 1900, achieved: 0.95, status: 'atRisk' }));
  it('paints statuses with conditional rules over the codes, on one range', () => {
    const kpi = sheet(base, 'kpi-results');
    const first = kpi.rowKeys!['kpi:followers-total'];
    const J = `$${columnLetter(colOf(kpi, 'status'))}${first}`;
    const rules = kpi.conditionalRules!;
    expect(rules.map((r) => r.formula)).toEqual([-1, 0, 1].map((code) => `AND(ISNUMBER(${J}),${J}=${code})`));
    expect(new Set(rules.map((r) => r.range)).size).toBe(1);
  });
  it('keeps hostile text as text', () => {
    const titles = cellsOf(sheet(base, 'activity-plan')).map(textOf).filter((t) => t?.includes('HYPERLINK'));
    expect(titles.length).toBeGreaterThan(0);
    expect(cellsOf(sheet(base, 'activity-plan')).some((c) => c && typeof c === 'object' && 'formula' in c && c.formula.includes('HYPERLINK'))).toBe(false);
  });
  it('offers the task statuses as a drop-down and highlights overdue tasks live', () => {
    const plan = sheet(base, 'activity-plan');
    expect(plan.validations![0].list).toEqual(['planned', 'in progress', 'done', 'cancelled']);
    const live = sheet({ ...base, clock: 'live' }, 'activity-plan');
    expect(cellAt(live, 'date', 'asOf')).toMatchObject({ formula: 'TODAY()' });
  });
  it('compares with the previous month in the review', () =>
    expect(cellAt(sheet(base, 'review'), 'previous', 'result:website-sessions')).toMatchObject({ number: 2800 }));
  it('computes the shortfall live and lists flagged KPIs live, worst first', () => {
    const kpi = sheet(base, 'kpi-results');
    const [F, G] = [a1(kpi, 'due', 'kpi:website-sessions'), a1(kpi, 'actual', 'kpi:website-sessions')];
    expect(cellAt(kpi, 'shortText', 'kpi:website-sessions')).toMatchObject({ formula: expect.stringContaining(`MAX(0,${F}-${G})`) });
    const review = sheet(base, 'review');
    const rank = `'KPI results'!$${columnLetter(colOf(kpi, 'rank'))}$${rowOf(kpi, 'kpi:followers-total')}`;
    expect(cellAt(review, 'pos', 'slot:1')).toMatchObject({ formula: expect.stringContaining(`SMALL(${rank}:`) });
  });
  it('sets document properties from the date passed in', () => expect(buildWorkbook(base).properties).toMatchObject({ created: '2026-11-20', creator: 'KPI Planner' }));
});

describe('typed entries survive regeneration', () => {
  const planKey = datedKey;
  const first = sheet(base, 'activity-plan');
  const typed: BuildInput = {
    ...base,
    entries: {
      'kpi-results': { 'website-sessions': { target: 3000, actual: 2500, comment: 'after the open day' }, 'old-kpi': { actual: 7 } },
      'activity-plan': { [planKey(first)]: { status: 'done', doneOn: '2026-11-03', comment: 'ok' }, 'gone|step|2026-11-05|': { status: 'done' } },
      review: { 'missed:website-sessions': { action: 'more posts' }, repeat: { action: 'webinars' } },
      campaign: { theme: { day: 'Spring intake' } },
    },
  };
  const again = buildWorkbook(typed);
  const get = (id: string) => again.sheets.find((s) => s.id === id)!;
  it('typed actual beats imported data', () => expect(cellAt(get('kpi-results'), 'actual', 'kpi:website-sessions')).toMatchObject({ number: 2500 }));
  it('keeps the comment', () => expect(textOf(cellAt(get('kpi-results'), 'comment', 'kpi:website-sessions')!)).toBe('after the open day'));
  it('keeps a KPI the template no longer has', () => expect(cellsOf(get('kpi-results')).map(textOf)).toContain('old-kpi'));
  it('keeps the status typed into a plan row', () => expect(textOf(cellAt(get('activity-plan'), 'status', planKey(first)))).toBe('done'));
  it('keeps a plan row the template no longer makes', () => expect(cellsOf(get('activity-plan')).map(textOf)).toContain('gone|step|2026-11-05|'));
  it('keeps the campaign theme', () => expect(textOf(rowsOf(get('campaign'))[2][1])).toBe('Spring intake'));
  it('keeps the decision', () => expect(textOf(cellAt(get('review'), 'action', 'repeat')!)).toBe('webinars'));
  it("keeps a corrective action in its KPI's row, whatever the KPI's status", () =>
    expect(textOf(cellAt(get('review'), 'action', 'missed:website-sessions')!)).toBe('more posts'));
  it('keeps an action typed for a KPI the template no longer has', () => {
    const kept = buildWorkbook({ ...typed, entries: { review: { 'missed:old-kpi': { owner: 'Anna' } } } }).sheets.find((s) => s.id === 'review')!;
    expect(textOf(cellAt(kept, 'owner', 'missed:old-kpi')!)).toBe('Anna');
  });
});

describe('every template', () => {
  const events = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].flatMap((m) => {
    const mm = String(m).padStart(2, '0');
    return [
      { type: 'webinar' as const, date: `2026-${mm}-15`, time: '18:00', title: 'Webinar' },
      { type: 'open-day' as const, date: `2026-${mm}-20`, time: '17:00', title: 'Open day' },
    ];
  });
  it.each(listTemplates().map((t) => [t.id, t] as const))('%s puts every step in the plan over a year', (_, template) => {
    const seen = new Set<string>();
    for (let m = 1; m <= 12; m++) {
      const plan = sheet({ ...base, template, month: `2026-${String(m).padStart(2, '0')}`, data: [], events }, 'activity-plan');
      const col = (key: string) => plan.columns.findIndex((c) => c.key === key);
      rowsOf(plan).slice(plan.headerRow).forEach((r) => seen.add(`${textOf(r[col('area')]) ?? ''}|${textOf(r[col('step')])}`));
    }
    const area = (title: string) => (template.sections.length > 1 ? title : '');
    const steps = template.sections.flatMap((s) => s.steps.map((st) => `${area(s.title.en)}|${st.number}`));
    expect(steps.filter((s) => !seen.has(s))).toEqual([]);
  });
});

describe('sheet names', () => {
  it('are made valid and unique', () => {
    const taken = new Set<string>();
    expect(sheetName('a/b:c*d?[e]\\f', taken)).toBe('a b c d e f');
    expect(sheetName('x'.repeat(40), taken)).toHaveLength(31);
    expect(sheetName('x'.repeat(40), taken)).toBe(`${'x'.repeat(29)} 2`);
    expect(sheetName("'''", taken)).toBe('Sheet');
  });
});

describe('counting what the manager typed', () => {
  it('ignores default statuses, prefilled cells and imported figures, counts real entries, in the one build', async () => {
    const { entryValues } = await import('../../src/core/entries');
    const generated = buildWorkbook(base);
    const plan = entryValues(generated.sheets.find((s) => s.id === 'activity-plan')!);
    const campaign = entryValues(generated.sheets.find((s) => s.id === 'campaign')!);
    const firstKey = datedKey(generated.sheets.find((s) => s.id === 'activity-plan')!);
    expect(plan[firstKey]).toBeDefined();
    const prefilled = Object.entries(campaign).find(([, v]) => typeof v.facebook === 'string')!;
    const entries: TypedEntries = {
      'activity-plan': { [firstKey]: { status: 'planned', doneOn: null, comment: 42 } },
      campaign: { [prefilled[0]]: { facebook: prefilled[1].facebook }, theme: { day: 'Open days' } },
      'kpi-results': { 'web-leads': { target: 90, actual: null, comment: '' } },
    };
    expect(buildReport({ ...base, entries }).typedEntries).toBe(3); // comment 42, theme, target 90
    // A figure that came with the data is not the manager's; typing another one over it is.
    const data = [{ kpi: 'web-leads', month: base.month, target: 90, actual: 40 }];
    const same: TypedEntries = { 'kpi-results': { 'web-leads': { target: 90, actual: 40 } } };
    expect(buildReport({ ...base, data, entries: same }).typedEntries).toBe(0);
    expect(buildReport({ ...base, data, entries: { 'kpi-results': { 'web-leads': { actual: 41 } } } }).typedEntries).toBe(1);
  });
  it('keeps a number typed into a text column as text', () => {
    const key = datedKey(sheet(base, 'activity-plan'));
    const again = sheet({ ...base, entries: { 'activity-plan': { [key]: { comment: 42, status: 'done' } } } }, 'activity-plan');
    expect(textOf(cellAt(again, 'comment', key))).toBe('42');
  });
  it('keeps a typed "done on" that is no real date (2026-02-30) as the text typed', () => {
    const key = datedKey(sheet(base, 'activity-plan'));
    const typed = { 'activity-plan': { [key]: { status: 'done', doneOn: '2026-02-30' } } };
    expect(textOf(cellAt(sheet({ ...base, entries: typed }, 'activity-plan'), 'doneOn', key))).toBe('2026-02-30');
  });
  it('brings a typed review deadline back as a date', () => {
    const again = sheet({ ...base, entries: { review: { 'missed:website-sessions': { deadline: '2026-12-01' } } } }, 'review');
    expect(cellsOf(again)).toContainEqual(expect.objectContaining({ date: '2026-12-01' }));
  });
  it('keeps a typed deadline that is no real date (2026-02-30) as the text typed, not a date with no serial', () => {
    const typed = { review: { 'missed:website-sessions': { deadline: '2026-02-30' } } };
    const again = sheet({ ...base, entries: typed }, 'review');
    expect(cellsOf(again)).toContainEqual(expect.objectContaining({ text: '2026-02-30' }));
    expect(cellsOf(again)).not.toContainEqual(expect.objectContaining({ date: '2026-02-30' }));
  });
});
