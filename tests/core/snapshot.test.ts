// The closed month's snapshot description: values as shown, counts and worst-first list, live "changed" formulas.
import { describe, expect, it } from 'vitest';
import type { Cell } from '../../src/core/model/workbook';
import { snapshotSheet, snapshotWorkbook, type SnapshotInput, type SnapshotKpi } from '../../src/core/sheets/snapshot';
import { cellAt } from '../helpers/spec-cells';

const kpi = (id: string, status: number | string | null, achieved: number | null, target: number | null = 100,
  actual: number | null = 50): SnapshotKpi => ({
  id,
  shown: { kpi: `=${id}`, target: String(target ?? ''), due: '', actual: String(actual ?? ''), variance: '',
    achieved: achieved === null ? '' : `${achieved * 100}%`, status: String(status ?? '') },
  values: { target, actual, status, achieved },
});

const INPUT: SnapshotInput = {
  month: '2026-11', lang: 'en', process: 'Social media', asOf: '2026-11-30', ended: true,
  closedBy: '=HYPERLINK("x")', closedAt: '2026-11-30 17:00',
  kpis: [kpi('a', 1, 1.2), kpi('b', -1, 0.5), kpi('c', -1, 0.3), kpi('d', 'no figure yet', null, 100, null)],
  live: { kpiSheet: "Bob's KPI 2026-11" },
};
const textOf = (c: Cell | undefined) => (c && typeof c === 'object' && 'text' in c ? c.text : c);

describe('snapshotSheet', () => {
  it('writes the shown texts as text (never formulas) and the stored values for the live check', () => {
    const sheet = snapshotSheet(INPUT);
    expect(sheet.id).toBe('snapshot');
    expect(sheet.name).toBe('Closed 2026-11');
    expect(cellAt(sheet, 'kpi', 'kpi:a')).toEqual({ text: '=a' });
    expect(cellAt(sheet, 'target', 'closedBy')).toEqual({ text: '=HYPERLINK("x")' });
    expect(cellAt(sheet, 'storedActual', 'kpi:b')).toBe(50);
    expect(cellAt(sheet, 'storedActual', 'kpi:d')).toBeNull();
    expect(cellAt(sheet, 'storedStatus', 'kpi:d')).toEqual({ text: 'no figure yet' });
  });

  it('compares with the live KPI sheet by key, and flags any change', () => {
    const sheet = snapshotSheet(INPUT);
    const changed = cellAt(sheet, 'changed', 'kpi:b') as { formula: string };
    expect(changed.formula).toContain(`MATCH(I`);
    expect(changed.formula).toContain(`'Bob''s KPI 2026-11'!$N:$N`);
    expect(changed.formula.startsWith('IFERROR(IF(AND(')).toBe(true);
    const flag = cellAt(sheet, 'target', 'flag') as { formula: string };
    expect(flag.formula).toMatch(/^IF\(COUNTIF\(\$H\$\d+:\$H\$\d+,1\)>0,"changed since closed","unchanged"\)$/);
  });

  it('counts as the Summary does and lists missed KPIs worst first', () => {
    const sheet = snapshotSheet(INPUT);
    expect(cellAt(sheet, 'target', 'count:met')).toBe(1);
    expect(cellAt(sheet, 'target', 'count:missed')).toBe(2);
    expect(cellAt(sheet, 'target', 'count:atRisk')).toBe(0);
    expect(cellAt(sheet, 'target', 'count:noFigure')).toBe(1);
    expect(textOf(cellAt(sheet, 'kpi', 'verdict'))).toBe('Ordered by % achieved, lowest first.');
    const keys = Object.keys(sheet.rowKeys ?? {}).filter((k) => k.startsWith('flagged:'));
    expect(keys).toEqual(['flagged:c', 'flagged:b']);
  });

  it('has no live reference in the download: the codes shown at download time are values', () => {
    const wb = snapshotWorkbook({ ...INPUT, live: { changed: [0, 1, 0, 0] } });
    const sheet = wb.sheets[0];
    expect(cellAt(sheet, 'changed', 'kpi:b')).toMatchObject({ number: 1 });
    expect(JSON.stringify(sheet.rows)).not.toContain('KPI 2026-11');
    expect(wb.properties.created).toBe('2026-11-30');
  });
});
