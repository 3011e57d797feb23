// The sidebar's month and period lists: months and years/rounds with tabs, and the closed months, kept honest when
// tabs are deleted by hand.
import * as z from 'zod';
import { MonthSchema } from './api';
import { closedKey } from './closed-record';
import { listMonths, MONTHS_KEY } from './month-index';
import { listPeriods, periodKey, PERIODS_KEY } from './period-index';
import { readAll, readJson, writeJsonMakingRoom } from './props';
import type { Services } from './services';
import { monthKey } from './tags';

/** Document properties: the closed months (written by close and reopen, under the document lock). */
const CLOSED_KEY = 'kpi-planner.closed-months';
/** Document properties: how many tabs the spreadsheet had when the add-on last wrote or checked its list. */
const TABS_KEY = 'kpi-planner.tab-count';
const Months = z.array(MonthSchema);

export interface MonthList {
  /** Months with tabs (generated or closed), newest first. */
  months: string[];
  closedMonths: string[];
  /** Years and rounds with tabs, newest first. */
  periods: string[];
}

const closedOf = (all: Record<string, string>): string[] => {
  const parsed = Months.safeParse(readJson(all, CLOSED_KEY));
  return parsed.success ? parsed.data : [];
};

/** After the add-on itself adds or removes tabs: one call, so only the manager's own deletions trigger a check. */
export function noteTabCount(services: Services): void {
  const store = services.documentProperties();
  store?.setProperties({ [TABS_KEY]: String(services.spreadsheet().getNumSheets()) });
}

/** Close and reopen (holding the lock) keep the closed list and the tab count. */
export function markClosed(services: Services, month: string, closed: boolean): void {
  const store = services.documentProperties();
  const all = readAll(store);
  const rest = closedOf(all).filter((m) => m !== month);
  writeJsonMakingRoom(store, all, CLOSED_KEY, closed ? [...rest, month].sort().reverse() : rest);
  noteTabCount(services);
}

/**
 * One call (the tab count) while the spreadsheet has as many tabs as the add-on last counted. When the count
 * differs, somebody added or deleted tabs by hand: each listed month is asked once for its tags and its closed
 * record (two finder calls a month), each listed period for its tags (one), those with none are dropped, and the
 * count is remembered. The lists are
 * stored only when the document lock is free at once (another execution may be recording a month meanwhile).
 */
export function monthList(services: Services, all: Record<string, string>): MonthList {
  const months = listMonths(all);
  const closed = closedOf(all);
  const periods = listPeriods(all);
  // Nothing listed, nothing to check (and a document that never generated gets no property).
  if (months.length === 0 && periods.length === 0) return { months, closedMonths: [], periods };
  const ss = services.spreadsheet();
  const tabs = String(ss.getNumSheets());
  if (all[TABS_KEY] === tabs) return { months, closedMonths: closed.filter((m) => months.includes(m)), periods };
  const has = (key: string) => ss.createDeveloperMetadataFinder().withKey(key).find().length > 0;
  const closedNow = months.filter((m) => has(closedKey(m)));
  const kept = months.filter((m) => closedNow.includes(m) || has(monthKey(m)));
  // A period's tabs carry the month key of its period key ("year.2026"), as the month pipeline writes them.
  const keptPeriods = periods.filter((p) => has(monthKey(periodKey(p))));
  const lock = services.documentLock();
  if (!lock || lock.tryLock(0)) {
    try {
      // Read again under the lock: a month recorded meanwhile is not one of those checked, so it stays.
      const store = services.documentProperties();
      const fresh = readAll(store);
      const gone = (m: string) => months.includes(m) && !kept.includes(m);
      const nowMonths = listMonths(fresh);
      if (nowMonths.some(gone)) writeJsonMakingRoom(store, fresh, MONTHS_KEY, nowMonths.filter((m) => !gone(m)));
      const periodGone = (p: string) => periods.includes(p) && !keptPeriods.includes(p);
      const nowPeriods = listPeriods(fresh);
      if (nowPeriods.some(periodGone)) {
        writeJsonMakingRoom(store, fresh, PERIODS_KEY, nowPeriods.filter((p) => !periodGone(p)));
      }
      const nowClosed = [...new Set([...closedOf(fresh).filter((m) => !months.includes(m)), ...closedNow])];
      if (nowClosed.sort().reverse().join() !== closedOf(fresh).join()) {
        writeJsonMakingRoom(store, fresh, CLOSED_KEY, nowClosed);
      }
      store?.setProperties({ [TABS_KEY]: tabs });
    } finally {
      lock?.releaseLock();
    }
  }
  return { months: kept, closedMonths: closedNow, periods: keptPeriods };
}
