// The seam between the add-on and Google: add-on code reaches Apps Script only through this interface.
import type { Ga4BatchRunReportsRequest, Ga4BatchRunReportsResponse } from '../core/ga4/api-types';
import type { SheetsBuilders, Spreadsheet } from '../render/sheets/types';

export interface KeyValueStore {
  getProperties(): Record<string, string>;
  setProperties(properties: Record<string, string>): unknown;
  deleteProperty(key: string): unknown;
}

/** LockService's document lock: one caller at a time may change the document. */
export interface DocumentLock {
  /** Waits up to `ms` for the lock; false when another execution still holds it. */
  tryLock(ms: number): boolean;
  releaseLock(): void;
}

export interface MenuItem {
  label: string;
  /** A top-level function of Code.js. */
  functionName: string;
}

/** The GA4 Data API as Apps Script's AnalyticsData advanced service offers it: synchronous, same JSON as REST. */
export interface AnalyticsService {
  /** `property` is `properties/123456789`; an HTTP error arrives as a thrown GoogleJsonResponseException. */
  batchRunReports(body: Ga4BatchRunReportsRequest, property: string): Ga4BatchRunReportsResponse;
}

/** An HTTP answer as UrlFetchApp gives it with muteHttpExceptions: status, text and headers, never a throw. */
export interface HttpAnswer {
  status: number;
  text: string;
  headers: Record<string, unknown>;
}

/** This user's installable triggers of the script (ScriptApp, scope script.scriptapp). */
export interface TriggerService {
  list(): { id: string; handler: string }[];
  remove(id: string): void;
  /** A time-driven trigger running `handler` every day at about `hour` (the script's time zone); its id. */
  daily(handler: string, hour: number): string;
}

export interface Services {
  /** The spreadsheet the add-on runs in (the only one `spreadsheets.currentonly` lets it touch). */
  spreadsheet(): Spreadsheet;
  /** Validation, conditional-format and text-style builders. */
  builders(): SheetsBuilders;
  /** This document's properties; null when the add-on isn't enabled in the document yet. */
  documentProperties(): KeyValueStore | null;
  /**
   * The signed-in user's own properties (the name they close months with, the Bitrix24 webhook, their daily
   * refresh): other editors of the document never see them. Null where Apps Script has none.
   */
  userProperties(): KeyValueStore | null;
  /** This document's lock; null where Apps Script has none to give (no document in this context). */
  documentLock(): DocumentLock | null;
  /** e.g. "lv", "lt", "en_GB"; "" when Google doesn't say. */
  userLocale(): string;
  /** Today as YYYY-MM-DD in the spreadsheet's time zone: the one place the add-on reads a clock. */
  today(): string;
  /** Now as `YYYY-MM-DD HH:mm` in the spreadsheet's time zone (when a month was closed). */
  now(): string;
  addMenu(items: MenuItem[]): void;
  showSidebar(title: string): void;
  toast(message: string, title: string): void;
  log(message: string): void;
  /** GA4 reports, read with the user's own Google account (scope analytics.readonly). */
  analytics(): AnalyticsService;
  /** POSTs JSON (scope script.external_request); an HTTP error is an answer, a network failure throws. */
  postJson(url: string, json: string): HttpAnswer;
  triggers(): TriggerService;
  /** Waits between GA4 retries; Apps Script has no timers, only Utilities.sleep. */
  sleep(ms: number): void;
  /** Text gzipped and base64-encoded (Utilities.gzip), so a month's imported rows fit the properties. */
  zip(text: string): string;
  /** The inverse of `zip`; throws on anything else. */
  unzip(data: string): string;
}

/**
 * The real services, wrapping the Apps Script globals; called only inside entry points, never at load. A trigger
 * without an active document (see docs/addon.md) passes the id of the document it was turned on in.
 */
export function appsScriptServices(documentId?: string): Services {
  let ss: Spreadsheet | undefined;
  const open = () => SpreadsheetApp.getActiveSpreadsheet() ?? (documentId ? SpreadsheetApp.openById(documentId) : null);
  const spreadsheet = () => (ss ??= open());
  return {
    spreadsheet,
    builders: () => SpreadsheetApp,
    documentProperties: () => PropertiesService.getDocumentProperties(),
    userProperties: () => PropertiesService.getUserProperties(),
    documentLock: () => LockService.getDocumentLock(),
    userLocale: () => Session.getActiveUserLocale() || '',
    today: () => Utilities.formatDate(new Date(), spreadsheet().getSpreadsheetTimeZone(), 'yyyy-MM-dd'),
    now: () => Utilities.formatDate(new Date(), spreadsheet().getSpreadsheetTimeZone(), 'yyyy-MM-dd HH:mm'),
    addMenu(items) {
      // An add-on menu lives under Extensions, named after the add-on; a bound test script gets the same.
      const menu = SpreadsheetApp.getUi().createAddonMenu();
      for (const item of items) menu.addItem(item.label, item.functionName);
      menu.addToUi();
    },
    showSidebar(title) {
      // From a file, not a template: the bundled script is never scanned for <? ?> scriptlets.
      SpreadsheetApp.getUi().showSidebar(HtmlService.createHtmlOutputFromFile('Sidebar').setTitle(title));
    },
    toast: (message, title) => spreadsheet().toast(message, title),
    log: (message) => console.log(message),
    analytics: () => ({
      batchRunReports: (body, property) => AnalyticsData.Properties.batchRunReports(body, property) as Ga4BatchRunReportsResponse,
    }),
    postJson(url, json) {
      const res = UrlFetchApp.fetch(url, {
        method: 'post', contentType: 'application/json', payload: json, muteHttpExceptions: true,
        headers: { accept: 'application/json' },
      });
      const headers = res.getHeaders() as Record<string, unknown>;
      return { status: res.getResponseCode(), text: res.getContentText(), headers };
    },
    triggers: () => ({
      list: () => ScriptApp.getProjectTriggers().map((t) => ({ id: t.getUniqueId(), handler: t.getHandlerFunction() })),
      remove(id) {
        for (const t of ScriptApp.getProjectTriggers()) if (t.getUniqueId() === id) ScriptApp.deleteTrigger(t);
      },
      daily: (handler, hour) =>
        ScriptApp.newTrigger(handler).timeBased().everyDays(1).atHour(hour).create().getUniqueId(),
    }),
    sleep: (ms) => Utilities.sleep(ms),
    zip: (text) => Utilities.base64Encode(Utilities.gzip(Utilities.newBlob(text, 'application/json')).getBytes()),
    // ungzip wants a blob that says it is gzip.
    unzip: (data) =>
      Utilities.ungzip(Utilities.newBlob(Utilities.base64Decode(data), 'application/x-gzip')).getDataAsString('UTF-8'),
  };
}
