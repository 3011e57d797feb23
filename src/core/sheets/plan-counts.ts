// The Summary's task counts over the activity plan, as formulas: the plan's layout stays the plan builder's business.
import { CLOSED_FROM_CODE, STATUS_CODE } from '../plan/task-status';
import { sheetRef } from './a1';
import type { SheetContext } from './context';
import { planFirstRow, planLayout } from './plan-layout';

export interface PlanCounts {
  planned: string;
  inProgress: string;
  done: string;
  /** Dated tasks before the as-of date that are neither done nor cancelled. */
  overdue: string;
}

/**
 * Formula texts (no leading `=`) counting the plan's tasks; `planLastRow` is the plan sheet's last row. They count
 * the plan's hidden status codes, never its words, so a plan regenerated in another language still adds up.
 */
export function planCountFormulas(ctx: SheetContext, planLastRow: number): PlanCounts {
  const layout = planLayout(ctx);
  const first = planFirstRow(layout);
  const last = Math.max(first, planLastRow);
  const onPlan = (ref: string) => sheetRef(ctx.names['activity-plan'], ref);
  const codes = onPlan(layout.span('code', first, last));
  const dates = onPlan(layout.span('date', first, last));
  const count = (code: number) => `COUNTIF(${codes},${code})`;
  return {
    planned: count(STATUS_CODE.planned),
    inProgress: count(STATUS_CODE.inProgress),
    done: count(STATUS_CODE.done),
    // Blank and unknown statuses (code 0) on a dated row are open work too, as the plan's red rule shows them.
    overdue: `COUNTIFS(${dates},"<"&${ctx.asOf},${codes},"<${CLOSED_FROM_CODE}")`,
  };
}
