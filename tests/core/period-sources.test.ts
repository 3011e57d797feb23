// Where a round's and a year plan's figures come from in a document, and what a regeneration keeps.
import { describe, expect, it } from 'vitest';
import { parseRound, roundRecords, yearTargetsFromMonths } from '../../src/core/periods';
import { overlayEntries } from '../../src/core/sheets/overlay-entries';
import { buildRoundReview } from '../../src/core/round';
import { findTemplate } from '../../src/core/template/registry';
import type { SheetSpec } from '../../src/core/model/workbook';

const template = findTemplate('social-media-content')!;
const round = parseRound(template, '2026-spring');
const K = 'website-sessions';

describe('round sources', () => {
  it("takes a month tab's figures first, then the year plan's target, then the review's own cell", () => {
    const { data } = roundRecords(template, round, {
      months: {
        '2026-01': { kpis: { [K]: { target: 1000, actual: 900 } }, review: { [`missed:${K}`]: { action: 'More' } } },
      },
      targets: { 2026: { [K]: { m01: 5, m02: 1100 } }, 2025: { [K]: { m09: 700 } } },
      review: { [K]: { t5: 1, a5: 2, t6: 3, a6: 1200, a1: 500, t1: 9 } },
    });
    const of = (month: string) => data.find((r) => r.kpi === K && r.month === month);
    expect(of('2025-09')).toEqual({ kpi: K, month: '2025-09', target: 700, actual: 500 });
    expect(of('2026-01')).toEqual({ kpi: K, month: '2026-01', target: 1000, actual: 900, action: 'More' });
    expect(of('2026-02')).toEqual({ kpi: K, month: '2026-02', target: 1100, actual: 1200 });
    expect(of('2025-10')).toBeUndefined();
  });

  it("year plan: only the year's month tabs' targets", () => {
    const records = yearTargetsFromMonths(template, 2026, {
      '2026-03': { kpis: { [K]: { target: 10, actual: 3 } } }, '2025-12': { kpis: { [K]: { target: 4 } } },
    });
    expect(records).toEqual([{ kpi: K, month: '2026-03', target: 10, actual: null }]);
  });
});

describe('overlayEntries', () => {
  const sheet: SheetSpec = {
    id: 'director-form', name: 'F', headerRow: 1,
    columns: [{ key: 'a', width: 9 }, { key: 'b', width: 9 }, { key: 'key', width: 9 }],
    entries: { keyColumn: 'key', columns: ['a', 'b'] },
    rows: [
      ['A', 'B', 'key'],
      [{ formula: 'SUM(1,2)' }, { blank: true, style: { bold: true } }, { text: 'r1' }],
      [{ text: 'Label' }, { blank: true }, 'r2'],
    ],
  };
  it('fills input cells only, never a formula or a label; text stays text', () => {
    const out = overlayEntries(sheet, { r1: { a: 3, b: '=HYPERLINK("x")' }, r2: { a: 'Other', b: '2026-04-01' } });
    const rows = [...out.rows];
    expect(rows[1]).toEqual([
      { formula: 'SUM(1,2)' }, { text: '=HYPERLINK("x")', style: { bold: true } }, { text: 'r1' },
    ]);
    expect(rows[2]).toEqual([{ text: 'Label' }, { date: '2026-04-01' }, 'r2']);
  });
});

describe('period tab names', () => {
  it('keep the round in the name even where the label is long (Lithuanian)', () => {
    const names = ['2026-spring', '2026-autumn'].map((id) => buildRoundReview({
      template, period: parseRound(template, id), today: '2026-03-10', lang: 'lt', data: [], periodInSheetNames: true,
    }).workbook.sheets.map((s) => s.name));
    for (const [i, id] of ['2026-spring', '2026-autumn'].entries()) {
      expect(names[i].every((n) => n.endsWith(` ${id}`) && n.length <= 31)).toBe(true);
    }
  });
});
