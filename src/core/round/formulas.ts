// The round review's live arithmetic as formula texts: a row of months by the KPI's rule, attainment, status, trend.
import type { Aggregation } from '../periods';
import type { Kpi } from '../template/schema';
import { formulaString } from '../sheets/a1';
import { STATUS_CODE } from '../sheets/status';

/** A row range of months (`$D$9:$I$9`) and its first cell (`$D$9`), both from the sheet's layout. */
export interface MonthRow {
  range: string;
  first: string;
}

/** Each month's position in its row, 1-based: `(COLUMN($D$9:$I$9)-COLUMN($D$9)+1)`. */
function positions(r: MonthRow): string {
  return `(COLUMN(${r.range})-COLUMN(${r.first})+1)`;
}

/** Position (1-based) of the last month with a figure: SUMPRODUCT evaluates the array without array entry. */
export function lastFilled(r: MonthRow): string {
  return `SUMPRODUCT(MAX((${r.range}<>"")*${positions(r)}))`;
}

/**
 * The period figure of one row of months by the rule, as aggregate() computes it: months without a figure are
 * left out, "" when none has one. `weight` is the weight KPI's row of the same block (target or actual) for a
 * weighted average. `upTo` (a formula of a month position) leaves out the months after it: a running round's
 * target counts the months its actuals have reached, like with like. Never for `period`: that figure is an input
 * cell filled from GA4's whole-period answer.
 */
export function ruleFormula(rule: Aggregation, r: MonthRow, weight?: MonthRow, upTo?: string): string {
  const within = upTo === undefined ? '' : `*(${positions(r)}<=${upTo})`;
  const has = `(${r.range}<>"")${within}`;
  const none = upTo === undefined ? `COUNT(${r.range})=0` : `SUMPRODUCT(${has})=0`;
  switch (rule.rule) {
    case 'sum':
      return upTo === undefined ? `IF(${none},"",SUM(${r.range}))` : `IF(${none},"",SUMPRODUCT(${has},${r.range}))`;
    case 'last':
      return `IF(${none},"",INDEX(${r.range},1,SUMPRODUCT(MAX(${has}*${positions(r)}))))`;
    case 'average': {
      if (!weight) {
        return upTo === undefined ? `IF(${none},"",AVERAGE(${r.range}))`
          : `IF(${none},"",SUMPRODUCT(${has},${r.range})/SUMPRODUCT(${has}))`;
      }
      const both = `${has}*(${weight.range}<>"")`;
      const total = `SUMPRODUCT(${both},${weight.range})`;
      return `IF(${none},"",IF(${total}=0,"",SUMPRODUCT(${both},${r.range},${weight.range})/${total}))`;
    }
    case 'period':
      throw new Error('a period figure is an input cell, not a formula of its months');
  }
}

/**
 * The months a round's target counts: all of them once the round is over (or before any actual), else up to the
 * last month with an actual, so a running round compares like with like instead of five months against six.
 */
export function targetMonthsFormula(actuals: MonthRow, months: number, over: string): string {
  return `IF(OR(${over}=1,COUNT(${actuals.range})=0),${months},${lastFilled(actuals)})`;
}

/** % achieved as a fraction, direction-aware and rounded to 6 places like the KPI sheet and achieved(). */
export function attainmentFormula(direction: Kpi['direction'], target: string, actual: string): string {
  const ratio = direction === 'higher'
    ? `IF(${target}=0,IF(${actual}>=0,1,0),ROUND(${actual}/${target},6))`
    : `IF(${actual}=0,1,ROUND(${target}/${actual},6))`;
  return `IF(OR(${target}="",${actual}=""),"",${ratio})`;
}

/**
 * 1 met, 0 at risk (only while the round runs: `over` is the head's 1/0 cell), −1 missed; "no figure yet" for a
 * target without an actual; empty without a target. The same rule as the monthly KPI sheet's status. `wholeRound`
 * (GA4 users so far against the round's target): they cannot be pro-rated, so until the round is over a shortfall
 * is at risk, never missed.
 */
export function statusFormula(
  target: string, actual: string, achieved: string, over: string, tolerance: string, noFigure: string,
  wholeRound = false,
): string {
  const atRisk = wholeRound ? `${over}=0` : `AND(${over}=0,${achieved}>=${tolerance})`;
  return `IF(${target}="","",IF(${actual}="",${formulaString(noFigure)},IF(${achieved}>=1,${STATUS_CODE.met},` +
    `IF(${atRisk},${STATUS_CODE.atRisk},${STATUS_CODE.missed}))))`;
}

/**
 * Least-squares slope of the actuals per month, months without a figure keeping their place (trendOf): the sums
 * written out with SUMPRODUCT so blanks drop out in every engine. "" below two figures; rounded like round6.
 */
export function slopeFormula(r: MonthRow): string {
  const x = `(COLUMN(${r.range})-COLUMN(${r.first}))`;
  const has = `(${r.range}<>"")`;
  const [n, sx, sy] = [`COUNT(${r.range})`, `SUMPRODUCT(${has}*${x})`, `SUM(${r.range})`];
  const sxy = `SUMPRODUCT(${has}*${x},${r.range})`;
  const sxx = `SUMPRODUCT(${has}*${x}^2)`;
  return `IF(${n}<2,"",ROUND((${n}*${sxy}-${sx}*${sy})/(${n}*${sxx}-${sx}^2),6))`;
}

/** 1 better, −1 worse, 0 steady: the slope's sign read the KPI's way (a falling cost is better). */
export function trendFormula(direction: Kpi['direction'], slope: string): string {
  const [up, down] = direction === 'higher' ? [1, -1] : [-1, 1];
  return `IF(${slope}="","",IF(${slope}=0,0,IF(${slope}>0,${up},${down})))`;
}

/**
 * The month (its header text) with the highest (`best`) or lowest attainment; without any attainment, by the actual
 * in the KPI's better direction (bestAndWorst). MATCH finds the first, so ties go to the earlier month.
 */
export function extremeMonthFormula(
  which: 'best' | 'worst', direction: Kpi['direction'], attainments: string, actuals: string, months: string,
): string {
  const at = (range: string, fn: string) => `INDEX(${months},1,MATCH(${fn}(${range}),${range},0))`;
  const byActual = (which === 'best') === (direction === 'higher') ? 'MAX' : 'MIN';
  return `IF(COUNT(${attainments})>0,${at(attainments, which === 'best' ? 'MAX' : 'MIN')},` +
    `IF(COUNT(${actuals})=0,"",${at(actuals, byActual)}))`;
}
