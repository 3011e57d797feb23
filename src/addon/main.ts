// The Apps Script entry: each export becomes a top-level function of Code.js; nothing runs when it loads.
import type {
  CloseMonthArgs, CrmWebhookArgs, DailyRefreshArgs, GenerateArgs, ImportGa4Args, ImportSocialArgs, MonthArgs, Settings,
} from './api';
import type { GeneratePeriodArgs, PeriodArgs } from './period-api';
import { refreshFromTrigger } from './refresh-entry';
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

/** Sidebar: sets or replaces the webhook in the user's own properties. */
export function setCrmWebhook(args: CrmWebhookArgs) {
  return handlers().setCrmWebhook(args);
}

export function removeCrmWebhook(args?: unknown) {
  return handlers().removeCrmWebhook(args);
}

/** Sidebar: the month's CRM counts into the CRM KPIs' actuals. */
export function importCrm(args: MonthArgs) {
  return handlers().importCrm(args);
}

/** Sidebar: Meta Business Suite CSV files (their text) into the month's social actuals and Social data sheet. */
export function importSocial(args: ImportSocialArgs) {
  return handlers().importSocial(args);
}

/** Sidebar: turns the daily refresh of this document on (replacing the user's earlier trigger) or off. */
export function setDailyRefresh(args: DailyRefreshArgs) {
  return handlers().setDailyRefresh(args);
}

/** The time-driven trigger: every morning, the running month's GA4 and CRM numbers, and a Run log row each. */
export function dailyRefresh(e?: { triggerUid?: string }) {
  refreshFromTrigger(appsScriptServices, e?.triggerUid);
}

/** Sidebar: the month's results as values into a protected snapshot tab ("Close month"). */
export function closeMonth(args: CloseMonthArgs) {
  return handlers().closeMonth(args);
}

/** Sidebar: removes a closed month's snapshot ("Reopen month"). */
export function reopenMonth(args: MonthArgs) {
  return handlers().reopenMonth(args);
}

/** Sidebar: the year plan ("2026") or the round review ("2026-spring"), through the month pipeline. */
export function generatePeriod(args: GeneratePeriodArgs) {
  return handlers().generatePeriod(args);
}

/** Sidebar: the year plan's or round review's workbook description for the Excel download. */
export function getPeriodDownload(args: PeriodArgs) {
  return handlers().getPeriodDownload(args);
}
