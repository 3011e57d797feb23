// The numbers a month's last CRM or social import wrote into its actuals, so the next knows which cells are still its.
import * as z from 'zod';
import { readAll, readJson, writeJsonMakingRoom } from './props';
import type { Services } from './services';

/** Imports whose numbers live only in the KPI cells (GA4 keeps a whole copy, see ga4-store.ts). */
export type WrittenSource = 'crm' | 'social';

const key = (source: WrittenSource, month: string) => `kpi-planner.${source}.${month}`;
const Written = z.record(z.string(), z.number());

/** KPI id → the number the last import wrote (a few bytes a month: no budget needed). */
export function loadWritten(all: Record<string, string>, source: WrittenSource, month: string): Record<string, number> {
  const parsed = Written.safeParse(readJson(all, key(source, month)));
  return parsed.success ? parsed.data : {};
}

export function saveWritten(
  services: Services, source: WrittenSource, month: string, written: Record<string, number>,
): void {
  const store = services.documentProperties();
  writeJsonMakingRoom(store, readAll(store), key(source, month), written, month);
}
