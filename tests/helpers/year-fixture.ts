// A year-plan fixture: the strategy template with a stock and a plain rate added, and targets with hand-computed
// round and year figures for every rule (sum, last, average, weighted average; period is typed).
import strategy from '../../templates/digital-marketing-strategy.json';
import type { KpiRecord } from '../../src/core/model/input';
import { parseTemplate } from '../../src/core/template/parse';

export const YEAR_TEMPLATE = parseTemplate({
  ...strategy,
  kpis: [
    ...strategy.kpis,
    { id: 'followers', name: { lv: 'Sekotāji', lt: 'Sekėjai', en: 'Followers' }, unit: 'count', direction: 'higher',
      source: 'manual', pace: false, aggregate: 'last' },
    { id: 'open-rate', name: { lv: 'Atvēršanas līmenis', lt: 'Atidarymo rodiklis', en: 'Open rate' }, unit: 'percent',
      direction: 'higher', source: 'manual' },
  ],
}, 'fixture');

const m = (n: number) => `2026-${String(n).padStart(2, '0')}`;
const targets: Record<string, Record<number, number>> = {
  'new-students': { 1: 10, 2: 20, 3: 5, 7: 7, 12: 3 },
  followers: { 1: 1000, 4: 1200, 6: 1300, 11: 1500 },
  'cost-per-lead': { 3: 10, 4: 20, 5: 30, 9: 40 },
  leads: { 3: 100, 4: 300, 9: 50, 10: 70 },
  'open-rate': { 1: 0.2, 2: 0.4, 3: 0.3, 4: 0.5 },
};

export const YEAR_DATA: KpiRecord[] = Object.entries(targets).flatMap(([kpi, months]) =>
  Object.entries(months).map(([n, target]) => ({ kpi, month: m(Number(n)), target, actual: null })));

/**
 * By hand. Periods of 2026 with admissions in February and August: 2026-spring's January–February, 2026-autumn
 * (March–August), 2027-spring's September–December, and the year. null: no target in the period.
 */
export const EXPECTED: Record<string, Record<string, number | null>> = {
  'new-students': { 'p:2026-spring': 30, 'p:2026-autumn': 12, 'p:2027-spring': 3, year: 45 },
  followers: { 'p:2026-spring': 1000, 'p:2026-autumn': 1300, 'p:2027-spring': 1500, year: 1500 },
  // Weighted by leads: May has a cost but no leads, so it weighs nothing; (10×100 + 20×300) / 400.
  'cost-per-lead': { 'p:2026-spring': null, 'p:2026-autumn': 17.5, 'p:2027-spring': 40, year: 20 },
  leads: { 'p:2026-spring': null, 'p:2026-autumn': 400, 'p:2027-spring': 120, year: 520 },
  'open-rate': { 'p:2026-spring': 0.3, 'p:2026-autumn': 0.4, 'p:2027-spring': null, year: 0.35 },
};
