// The sidebar's "Close the month": the closer's name (remembered) and Close, or who closed it and Reopen (both
// confirm).
import type { ClosedInfo, State } from '../addon/api';
import { monthTitle } from '../core/i18n';
import { CLOSE_WORDS } from './close-words';
import { byId, setTexts } from './dom';
import { uiLang } from './i18n';
import type { Report } from './report';
import { call } from './server';
import { failure, success } from './status';

const words = () => CLOSE_WORDS[uiLang()];
const nameInput = () => byId<HTMLInputElement>('closer');
/** The month the section shows, and its close when it is closed. */
let shown: { month: string; closed: ClosedInfo | null; hasSheets: boolean } = {
  month: '', closed: null, hasSheets: false,
};

/** Closed months, for the month picker's mark: from getState, then as each month is shown, closed or reopened. */
const closedMonths = new Set<string>();
let closedChanged = () => {};

export function fillCloser(state: State): void {
  if (!nameInput().value) nameInput().value = state.closerName ?? '';
  for (const month of state.closedMonths ?? []) closedMonths.add(month);
}

export function isClosed(month: string): boolean {
  return closedMonths.has(month);
}

/** `refill` redraws the month picker when a month's mark changes. */
export function onClosedChange(refill: () => void): void {
  closedChanged = refill;
}

/** Shows the month's close state; a month without sheets has nothing to close. */
export function showClose(month: string, closed: ClosedInfo | null, hasSheets: boolean): void {
  shown = { month, closed, hasSheets };
  relabelClose();
  if (isClosed(month) === (closed !== null)) return;
  if (closed) closedMonths.add(month);
  else closedMonths.delete(month);
  closedChanged();
}

/** The close the section shows for `month` (a regenerate leaves a closed month closed). */
export function closedOf(month: string): ClosedInfo | null {
  return shown.month === month ? shown.closed : null;
}

export function relabelClose(): void {
  const w = words();
  setTexts({
    'close-title': w.title, 'close-hint': w.hint, 'closer-label': w.name, 'close-month': w.close,
    'reopen-month': w.reopen,
  });
  byId('close').hidden = !shown.hasSheets;
  const closed = shown.closed;
  byId('close-open').hidden = closed !== null;
  byId('close-done').hidden = closed === null;
  // Text only: the name is what a user typed.
  byId('closed-by').textContent = closed ? w.closedBy(closed.closedBy, closed.closedAt) : '';
}

export async function closeMonth(month: string, report: Report): Promise<void> {
  const w = words();
  const closedBy = nameInput().value.trim();
  if (!closedBy) return failure(w.needName, 'closedBy');
  const title = monthTitle(month, uiLang());
  if (!window.confirm(w.confirmClose(title))) return;
  try {
    const info = await call('closeMonth', { month, closedBy }, w.closing);
    showClose(month, info, true);
    success(w.closed(title, info.sheet));
  } catch (error) {
    report(error);
  }
}

export async function reopenMonth(month: string, report: Report): Promise<void> {
  const w = words();
  const title = monthTitle(month, uiLang());
  if (!window.confirm(w.confirmReopen(title))) return;
  try {
    await call('reopenMonth', { month }, w.reopening);
    showClose(month, null, true);
    success(w.reopened(title));
  } catch (error) {
    report(error);
  }
}
