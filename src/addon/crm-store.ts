// The numbers a month's last CRM import wrote into its actuals, so the next import knows which cells are still its.
import * as z from 'zod';
import { readAll, readJson, writeJsonMakingRoom } from './props';
import type { Services } from './services';

const PREFIX = 'kpi-planner.crm.';
const Written = z.record(z.string(), z.number());

/** KPI id → the number the last import wrote (a few bytes a month: no budget needed). */
export function loadCrmWritten(all: Record<string, string>, month: string): Record<string, number> {
  const parsed = Written.safeParse(readJson(all, PREFIX + month));
  return parsed.success ? parsed.data : {};
}

export function saveCrmWritten(services: Services, month: string, written: Record<string, number>): void {
  const store = services.documentProperties();
  writeJsonMakingRoom(store, readAll(store), PREFIX + month, written, month);
}
