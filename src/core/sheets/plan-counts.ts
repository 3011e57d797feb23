// The Summary's task counts over the activity plan, as formulas: the plan's layout stays the plan builder's business.
import { formulaString, sheetRef } from './a1';
import { PLAN_LAYOUT } from './activity-plan';
import type { SheetContext } from './context';

export interface PlanCounts {
  planned: string;
  inProgress: string;
  done: string;
  /** Dated tasks before the as-of date that are neither done nor cancelled. */
  overdue: string;
}

/** Formula texts (no leading `=`) counting the plan's tasks; `planLastRow` is the plan sheet's last row. */
export function planCountFormulas(ctx: SheetContext, planLastRow: number): PlanCounts {
  const status = sheetRef(ctx.names['activity-plan'], `$J$${PLAN_LAYOUT.firstRow}:$J$${planLastRow}`);
  const dates = sheetRef(ctx.names['activity-plan'], `$A$${PLAN_LAYOUT.firstRow}:$A$${planLastRow}`);
  const ts = ctx.l.taskStatus;
  const count = (word: string) => `COUNTIF(${status},${formulaString(word)})`;
  return {
    planned: count(ts.planned),
    inProgress: count(ts.inProgress),
    done: count(ts.done),
    overdue: `COUNTIFS(${dates},"<"&${ctx.asOf},${status},"<>"&${formulaString(ts.done)},` +
      `${status},"<>"&${formulaString(ts.cancelled)})`,
  };
}
