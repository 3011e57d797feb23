// What a closed month keeps of its KPI sheet, and the counts and worst-first list the core derives from it.
import type { Language } from '../constants';
import type { KpiCounts } from '../kpi/verdict';
import { STATUS_CODE } from './status';

/** A stored cell value as the KPI sheet held it (a number, a text such as "no figure yet", or empty). */
export type StoredValue = number | string | null;

/** One KPI row as the KPI sheet showed it when the month was closed. */
export interface SnapshotKpi {
  /** The KPI sheet's row key (the KPI id). */
  id: string;
  /** Shown texts, exactly as the KPI sheet displayed them. */
  shown: Record<'kpi' | 'target' | 'due' | 'actual' | 'variance' | 'achieved' | 'status', string>;
  /** The values the live check compares with (target, actual, status code), and % achieved for the list's order. */
  values: { target: StoredValue; actual: StoredValue; status: StoredValue; achieved: StoredValue };
}

export interface SnapshotInput {
  month: string;
  lang: Language;
  /** The process (template) title as the sheets show it. */
  process: string;
  /** The KPI sheet's as-of date as shown, and whether its month was over (its "month is over" flag). */
  asOf: string;
  ended: boolean;
  closedBy: string;
  /** When, as the spreadsheet's clock wrote it (`YYYY-MM-DD HH:mm`). */
  closedAt: string;
  kpis: SnapshotKpi[];
  /**
   * The live KPI tab the "since closed" cells compare with. Without it (the Excel download, which has no live
   * sheets) each row carries the code the spreadsheet showed at download time (`changed`), as a value.
   */
  live: { kpiSheet: string } | { changed: number[] };
}

/** The counts the Summary's formulas give (countFormulas), from the stored status codes, targets and actuals. */
export function snapshotCounts(kpis: SnapshotKpi[]): KpiCounts {
  const has = (v: StoredValue) => v !== null && v !== '';
  const count = (f: (k: SnapshotKpi) => boolean) => kpis.filter(f).length;
  return {
    met: count((k) => k.values.status === STATUS_CODE.met),
    atRisk: count((k) => k.values.status === STATUS_CODE.atRisk),
    missed: count((k) => k.values.status === STATUS_CODE.missed),
    noFigure: count((k) => has(k.values.target) && !has(k.values.actual)),
    withTarget: count((k) => has(k.values.target)),
  };
}

/** Missed and at-risk KPIs, lowest % achieved first (ties in sheet order), as the Summary's list orders them. */
export function snapshotFlagged(kpis: SnapshotKpi[]): SnapshotKpi[] {
  const flagged = (k: SnapshotKpi) => k.values.status === STATUS_CODE.missed || k.values.status === STATUS_CODE.atRisk;
  const achieved = (k: SnapshotKpi) => (typeof k.values.achieved === 'number' ? k.values.achieved : 0);
  return kpis.map((k, i) => ({ k, i })).filter(({ k }) => flagged(k))
    .sort((a, b) => achieved(a.k) - achieved(b.k) || a.i - b.i).map(({ k }) => k);
}
