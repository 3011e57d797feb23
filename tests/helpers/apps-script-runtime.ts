// An in-memory Apps Script: runs the built dist/Code.js in a Node vm with recording stand-ins for its services.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import type { ServerApi } from '../../src/addon/api';
import { FakeAnalyticsProperties } from './apps-script/analytics-data';
import { FakeConditionalRuleBuilder, FakeTextStyleBuilder, FakeValidationBuilder } from './apps-script/builders';
import { FakeSheet, FakeSpreadsheet } from './apps-script/sheet';
import { FakeLockService } from './apps-script/lock';
import { FakeHtmlService, FakeProperties, FakeSession, FakeUi, FakeUtilities } from './apps-script/services';
import { DOCUMENT_TYPES, Recorder, type CallRecord } from './apps-script/tracking';
import { FakeUrlFetchApp } from './apps-script/url-fetch';
import { FakeScriptApp, FakeTriggerStore, type FakeTrigger } from './apps-script/script-app';

export type { CallRecord };
export { FakeAnalyticsProperties, FakeSheet, FakeSpreadsheet };

export interface RuntimeOptions {
  /** Script source; default: dist/Code.js. */
  code?: string;
  /** Session.getActiveUserLocale(). */
  userLocale?: string;
  /** The spreadsheet's time zone and locale. */
  timeZone?: string;
  spreadsheetLocale?: string;
  /** The script's clock (`new Date()` inside it), e.g. '2026-11-10T09:00:00Z'; default: the real one. */
  now?: string;
  /** HTML files of the project by name (e.g. { Sidebar: '…' }); default: dist/*.html. */
  htmlFiles?: Record<string, string>;
  /** Shared document properties, e.g. to reopen the "same" document in a new runtime. */
  documentProperties?: FakeProperties;
  spreadsheet?: FakeSpreadsheet;
  /** `AnalyticsData.Properties` (the advanced service); without it AnalyticsData is undefined, as when not enabled. */
  analytics?: FakeAnalyticsProperties;
  /** The signed-in user's properties (PropertiesService.getUserProperties), e.g. shared with a later runtime. */
  userProperties?: FakeProperties;
  /** The user's triggers (ScriptApp), shared by the runtimes of one user, as later executions see them. */
  triggers?: FakeTriggerStore;
  /**
   * Run as a published editor add-on's time-driven trigger does: no active document, and openById refused
   * (the manifest asks only for spreadsheets.currentonly).
   */
  noActiveDocument?: boolean;
}

class FakeSpreadsheetApp {
  readonly service = 'SpreadsheetApp';
  readonly type = 'SpreadsheetApp';
  readonly DeveloperMetadataVisibility = { DOCUMENT: 'DOCUMENT', PROJECT: 'PROJECT' };
  readonly DeveloperMetadataLocationType = { SPREADSHEET: 'SPREADSHEET', SHEET: 'SHEET', ROW: 'ROW', COLUMN: 'COLUMN' };
  constructor(private ss: FakeSpreadsheet, private ui: FakeUi, private noActive = false) {}
  getActiveSpreadsheet() { return this.noActive ? null : this.ss; }
  getActive() { return this.getActiveSpreadsheet(); }
  openById(id: string) {
    if (this.noActive) {
      throw new Error('Exception: You do not have permission to call SpreadsheetApp.openById. '
        + 'Required permissions: https://www.googleapis.com/auth/spreadsheets');
    }
    if (id !== this.ss.getId()) {
      throw new Error('Exception: Unexpected error while getting the method or property openById '
        + 'on object SpreadsheetApp.');
    }
    return this.ss;
  }
  getUi() { return this.ui; }
  flush() {}
  newDataValidation() { return new FakeValidationBuilder(); }
  newConditionalFormatRule() { return new FakeConditionalRuleBuilder(); }
  newTextStyle() { return new FakeTextStyleBuilder(); }
}

class FakePropertiesService {
  readonly service = 'PropertiesService';
  readonly type = 'PropertiesService';
  constructor(private doc: FakeProperties, private user = new FakeProperties(), private script = new FakeProperties()) {}
  getDocumentProperties() { return this.doc; }
  getUserProperties() { return this.user; }
  getScriptProperties() { return this.script; }
}

function distHtml(): Record<string, string> {
  if (!existsSync('dist')) return {};
  return Object.fromEntries(readdirSync('dist').filter((f) => f.endsWith('.html')).map((f) => [f.slice(0, -5), readFileSync(join('dist', f), 'utf8')]));
}

export class AppsScriptRuntime {
  readonly recorder = new Recorder();
  readonly spreadsheet: FakeSpreadsheet;
  readonly ui = new FakeUi();
  readonly documentProperties: FakeProperties;
  readonly logs: string[] = [];
  readonly utilities = new FakeUtilities();
  readonly userProperties: FakeProperties;
  /** UrlFetchApp: real HTTP, answered by a server on another thread (tests/helpers/bitrix-worker.ts). */
  readonly urlFetch = new FakeUrlFetchApp();
  readonly triggers: FakeTriggerStore;
  private context: vm.Context;

  constructor(opts: RuntimeOptions = {}) {
    const timeZone = opts.timeZone ?? 'Europe/Riga';
    this.spreadsheet = opts.spreadsheet ?? new FakeSpreadsheet(timeZone, opts.spreadsheetLocale ?? 'lv_LV');
    // The spreadsheet's TODAY() follows the script's clock (the latest runtime's, when a spreadsheet is reopened).
    if (opts.now) this.spreadsheet.setClock(opts.now);
    this.documentProperties = opts.documentProperties ?? new FakeProperties();
    this.userProperties = opts.userProperties ?? new FakeProperties();
    this.triggers = opts.triggers ?? new FakeTriggerStore();
    const wrap = <T>(x: T) => this.recorder.wrap(x);
    const log = (...args: unknown[]) => { this.logs.push(args.map(String).join(' ')); };
    this.context = vm.createContext({
      SpreadsheetApp: wrap(new FakeSpreadsheetApp(this.spreadsheet, this.ui, opts.noActiveDocument)),
      ScriptApp: wrap(new FakeScriptApp(this.triggers)),
      PropertiesService: wrap(new FakePropertiesService(this.documentProperties, this.userProperties)),
      UrlFetchApp: wrap(this.urlFetch),
      Session: wrap(new FakeSession(opts.userLocale ?? 'lv', timeZone)),
      HtmlService: wrap(new FakeHtmlService(() => opts.htmlFiles ?? distHtml())),
      Utilities: wrap(this.utilities),
      // Each runtime is one execution; runtimes sharing a spreadsheet share its document lock.
      LockService: wrap(new FakeLockService(this.spreadsheet, this)),
      ...(opts.analytics ? { AnalyticsData: { Properties: wrap(opts.analytics) } } : {}),
      Logger: { log: (...a: unknown[]) => { this.recorder.record('Logger', 'Logger', 'log'); log(...a); } },
      console: { log, info: log, warn: log, error: log },
    });
    if (opts.now) {
      // Only the script's clock is fixed: `new Date()` and Date.now() inside it read `now`.
      vm.runInContext(
        `(() => { const Real = Date, NOW = Real.parse(${JSON.stringify(opts.now)});
          class D extends Real { constructor(...a) { if (a.length) super(...a); else super(NOW); } static now() { return NOW; } }
          globalThis.Date = D; })();`,
        this.context,
      );
    }
    vm.runInContext(opts.code ?? readFileSync('dist/Code.js', 'utf8'), this.context, { filename: 'Code.js' });
  }

  /** What google.script.run does: a top-level function, with argument and answer passed as plain JSON. */
  call<K extends keyof ServerApi>(name: K, args?: Parameters<ServerApi[K]>[0] | unknown): ReturnType<ServerApi[K]> {
    const json = args === undefined ? undefined : JSON.parse(JSON.stringify(args));
    const result = this.run(name, json);
    return (result === undefined ? undefined : JSON.parse(JSON.stringify(result))) as ReturnType<ServerApi[K]>;
  }

  /** Runs a top-level function as a menu item or trigger would. */
  run(name: string, ...args: unknown[]): unknown {
    const fn = this.context[name];
    if (typeof fn !== 'function') throw new Error(`Code.js has no top-level function ${name}()`);
    return fn(...args);
  }

  /** Fires a time-driven trigger as Apps Script does: its function, with the time-driven event object. */
  fire(trigger: FakeTrigger): unknown {
    const now = new Date();
    return this.run(trigger.getHandlerFunction(), {
      authMode: 'FULL', triggerUid: trigger.getUniqueId(), year: now.getUTCFullYear(), month: now.getUTCMonth() + 1,
      'day-of-month': now.getUTCDate(), hour: now.getUTCHours(), minute: now.getUTCMinutes(),
      second: now.getUTCSeconds(), timezone: 'UTC',
    });
  }

  /** Names of the script's top-level functions (what Apps Script lists as runnable). */
  topLevelFunctions(): string[] {
    return Object.keys(this.context).filter((k) => typeof this.context[k] === 'function');
  }

  get calls(): CallRecord[] {
    return this.recorder.calls;
  }

  /** Calls that read or write the document (Spreadsheet, Sheet, Range, RangeList, developer metadata). */
  documentCalls(sheet?: string): CallRecord[] {
    return this.calls.filter((c) => DOCUMENT_TYPES.has(c.type) && (sheet === undefined || c.sheet === sheet));
  }

  resetCalls(): void {
    this.recorder.calls.length = 0;
  }

  sheet(name: string): FakeSheet {
    const s = this.spreadsheet.getSheetByName(name);
    if (!s) throw new Error(`no sheet "${name}"; there are: ${this.spreadsheet.sheets.map((x) => x.name).join(', ')}`);
    return s;
  }

  /** The tag JSON of every tagged sheet, by tab name. */
  tags(): Record<string, Record<string, unknown>> {
    return Object.fromEntries(
      this.spreadsheet.metadata.filter((m) => m.key.startsWith('kpi-planner') && m.sheet)
        .map((m) => [m.sheet!.name, JSON.parse(m.value ?? '{}')]),
    );
  }
}
