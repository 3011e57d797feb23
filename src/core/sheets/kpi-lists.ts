// Live formulas over the KPI sheet shared by the Summary and the review: counts, sentences and the worst-first list.
import type { Labels } from '../i18n';
import type { CycleAnswer, KpiCounts, Verdict } from '../kpi/verdict';
import { formulaString } from './a1';
import type { Cell } from '../model/workbook';
import type { KpiColumn, KpiRefs } from './kpi-results';
import { STATUS_CODE, statusFormat } from './status';

/** Formula texts of the counts kpiCounts() computes; "no figure yet" is counted from targets and actuals. */
export function countFormulas(refs: KpiRefs): Record<keyof KpiCounts, string> {
  const status = refs.range('status');
  const [targets, actuals] = [refs.range('target'), refs.range('actual')];
  return {
    met: `COUNTIF(${status},${STATUS_CODE.met})`,
    atRisk: `COUNTIF(${status},${STATUS_CODE.atRisk})`,
    missed: `COUNTIF(${status},${STATUS_CODE.missed})`,
    noFigure: `SUMPRODUCT((${targets}<>"")*(${actuals}=""))`,
    withTarget: `SUMPRODUCT((${targets}<>"")*1)`,
  };
}

const say = (s: string) => formulaString(s);
const sayN = (s: string, n: string) => `SUBSTITUTE(${say(s)},"{n}",${n})`;

/** The sentence verdictOf() picks, as a live formula. */
export function verdictFormula(l: Labels, refs: KpiRefs): string {
  const c = countFormulas(refs), s = l.summary;
  const pick: Record<Verdict, string> = {
    noTargets: say(s.noTargets), allMet: say(s.allMet), allMetToDate: say(s.allMetToDate), flagged: say(s.flagged),
    noneFlagged: sayN(s.noneFlagged, c.noFigure),
  };
  const allMet = `IF(${refs.head('over')}=1,${pick.allMet},${pick.allMetToDate})`;
  return `IF(${c.withTarget}=0,${pick.noTargets},IF(${c.met}=${c.withTarget},${allMet},` +
    `IF(${c.atRisk}+${c.missed}>0,${pick.flagged},${pick.noneFlagged})))`;
}

/** Every sentence the verdict formula may show (for the height of its row). */
export function sentences(l: Labels, kpiCount: number): string[] {
  const s = l.summary;
  return [s.noTargets, s.allMet, s.allMetToDate, s.flagged, s.noneFlagged.replace('{n}', String(kpiCount))];
}

/** The answer cycleAnswerOf() picks to the template's "planned goals reached?", as a live formula. */
export function cycleFormula(l: Labels, refs: KpiRefs, onNoGoTo: string): string {
  const c = countFormulas(refs), s = l.summary;
  const pick: Record<CycleAnswer, string> = {
    cycleNoTargets: say(s.cycleNoTargets), cycleRunning: say(s.cycleRunning), cycleNo: say(s.cycleNo(onNoGoTo)),
    cycleYes: say(s.cycleYes), cycleNoFigure: sayN(s.cycleNoFigure, c.noFigure),
  };
  return `IF(${c.withTarget}=0,${pick.cycleNoTargets},IF(${refs.head('over')}=0,${pick.cycleRunning},` +
    `IF(${c.missed}>0,${pick.cycleNo},IF(${c.met}=${c.withTarget},${pick.cycleYes},${pick.cycleNoFigure}))))`;
}

/** "Met: A, B" from the KPI sheet's running name list (its last cell holds them all), or the sentence for none. */
export function namesFormula(refs: KpiRefs, col: 'metNames' | 'flagNames', some: string, none: string): string {
  const all = refs.cell(col, refs.ids[refs.ids.length - 1]);
  return `IF(${all}="",${formulaString(none)},SUBSTITUTE(${formulaString(some)},"{names}",${all}))`;
}

/**
 * The n-th worst flagged KPI's position among the KPI rows, or "" past the last: SMALL over the rank keys, then
 * MATCH back to the row. One slot per KPI, so the list can hold them all.
 */
export function slotPosition(refs: KpiRefs, n: number): string {
  const rank = refs.range('rank');
  return `IFERROR(MATCH(SMALL(${rank},${n}),${rank},0),"")`;
}

/** A KPI sheet column's value at the slot's position (`pos` is the cell holding slotPosition). */
export function slotValue(refs: KpiRefs, col: KpiColumn, pos: string): string {
  return `IF(${pos}="","",INDEX(${refs.range(col)},${pos}))`;
}

/** A cell of a range kept parallel to the KPI rows (e.g. typed actions), at the slot's position; blanks stay blank. */
export function slotPull(range: string, pos: string): string {
  return `IF(${pos}="","",IF(INDEX(${range},${pos})="","",INDEX(${range},${pos})))`;
}

/**
 * The cells of the n-th slot of the worst-first list (the Summary's and the review's): the KPI, target to date,
 * actual, shortfall and status of whichever KPI the slot holds now, and the slot's position (`pos` is its cell).
 */
export function slotCells(l: Labels, refs: KpiRefs, n: number, pos: string) {
  const right = { align: 'right' } as const;
  const cells = {
    kpi: { formula: slotValue(refs, 'kpi', pos) },
    due: { formula: slotValue(refs, 'dueText', pos), style: right },
    actual: { formula: slotValue(refs, 'actualText', pos), style: right },
    shortfall: { formula: slotValue(refs, 'shortText', pos), style: right },
    status: { formula: slotValue(refs, 'status', pos), style: { numFmt: statusFormat(l) } },
    pos: { formula: slotPosition(refs, n) },
  } satisfies Record<string, Cell>;
  return cells;
}
