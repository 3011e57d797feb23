// KPI arithmetic: pacing, % achieved and status, including lower-is-better KPIs and the tolerance edge.
import { describe, expect, it } from 'vitest';
import { achieved, paceFactor, statusOf } from '../../src/core/kpi/evaluate';
import { parseMonth } from '../../src/core/plan/calendar';

const nov = parseMonth('2026-11');
describe('KPI evaluation', () => {
  it('paces a running month', () => expect(paceFactor(nov, '2026-11-15')).toBe(0.5));
  it('a finished month is whole', () => expect(paceFactor(nov, '2026-12-03')).toBe(1));
  it('a future month has nothing due', () => expect(paceFactor(nov, '2026-10-30')).toBe(0));
  it.each([
    ['higher', 100, 100, 'met'], ['higher', 100, 95, 'atRisk'], ['higher', 100, 90, 'atRisk'], ['higher', 100, 89.99, 'missed'],
    ['lower', 10, 8, 'met'], ['lower', 10, 11, 'atRisk'], ['lower', 10, 12, 'missed'], ['lower', 10, 0, 'met'],
    ['higher', 0, 0, 'met'],
  ] as const)('%s is better: target %d, actual %d → %s', (dir, target, actual, status) =>
    expect(statusOf(achieved(dir, target, actual), 0.9)).toBe(status));
  it('no actual, no status', () => expect(statusOf(achieved('higher', 100, null), 0.9)).toBeNull());
  it('rounds like the sheet formula at the tolerance edge', () => expect(achieved('higher', 2000 / 3, 600)).toBe(0.9));
});
