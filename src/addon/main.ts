// The Apps Script entry: each export becomes a top-level function of Code.js; nothing runs when it loads.
import type { CloseMonthArgs, GenerateArgs, ImportGa4Args, MonthArgs, Settings } from './api';
import { createHandlers } from './handlers';
import { addMenu, generateThisMonth as generateFromMenu, openSidebar } from './menu';
import { appsScriptServices } from './services';

const handlers = () => createHandlers(appsScriptServices());

export function onOpen(_e?: GoogleAppsScript.Events.SheetsOnOpen) {
  addMenu(appsScriptServices());
}

export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall) {
  onOpen(e as GoogleAppsScript.Events.SheetsOnOpen | undefined);
}

export function showSidebar() {
  openSidebar(appsScriptServices());
}

/** Menu: generate every sheet of the current month with the saved settings. */
export function generateThisMonth() {
  generateFromMenu(appsScriptServices());
}

export function getState(args?: unknown) {
  return handlers().getState(args);
}

export function getMonth(args: MonthArgs) {
  return handlers().getMonth(args);
}

export function saveSettings(args: Settings) {
  return handlers().saveSettings(args);
}

export function generateSheets(args: GenerateArgs) {
  return handlers().generateSheets(args);
}

export function getDownloadSpec(args: MonthArgs) {
  return handlers().getDownloadSpec(args);
}

/** Sidebar: the month's GA4 numbers into the GA4 sheet and the GA4 KPIs' actuals. */
export function importGa4(args: ImportGa4Args) {
  return handlers().importGa4(args);
}

/** Sidebar: the Excel writer's script (dist/ExcelWriter.html), fetched on the first download. */
export function getExcelWriter(args?: unknown) {
  return handlers().getExcelWriter(args);
}

/** Sidebar: the month's results as values into a protected snapshot tab ("Close month"). */
export function closeMonth(args: CloseMonthArgs) {
  return handlers().closeMonth(args);
}

/** Sidebar: removes a closed month's snapshot ("Reopen month"). */
export function reopenMonth(args: MonthArgs) {
  return handlers().reopenMonth(args);
}
