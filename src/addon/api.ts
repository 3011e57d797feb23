// The add-on's server API: what the sidebar may call through google.script.run, as zod schemas and types.
// Only plain JSON crosses (dates are ISO strings), and every argument is validated here on the server. The parts
// (api-common, ga4, close, download, sources, period) import nothing from here; this file gathers them.
import * as z from 'zod';
import {
  CAMPAIGN_GOALS, EVENT_TYPES, SHEET_IDS, SIDEBAR_SECTIONS, type Language, type MonthSheetId,
} from '../core/constants';
import type { IsoDate } from '../core/model/workbook';
import {
  IsoDateSchema, LanguageSchema, MonthArgsSchema, MonthSchema, NoArgsSchema, ProfileSchema, TemplateIdSchema,
  type MonthArgs, type Reply,
} from './api-common';
import { CloseMonthArgsSchema, type CloseMonthArgs, type ClosedInfo } from './close-api';
import { CrmWebhookArgsSchema } from './crm-api';
import type { DownloadSpec } from './download-api';
import { ImportGa4ArgsSchema, type Ga4ImportResult, type ImportGa4Args } from './ga4-api';
import { DailyRefreshArgsSchema } from './refresh-api';
import { ImportSocialArgsSchema } from './social-api';
import type { SourcesServerApi, SourcesState } from './sources-api';
import { GeneratePeriodArgsSchema, PeriodArgsSchema, type PeriodServerApi } from './period-api';

export * from './api-common';
export * from './close-api';
export * from './ga4-api';
export type * from './download-api';
export type * from './sources-api';
export type * from './period-api';

/** Sheets the sidebar can generate one by one (the core's sheet ids; 'ga4' joins with the GA4 import). */
export { SHEET_IDS };
export type SheetId = MonthSheetId;

export const EventSchema = z
  .object({
    type: z.enum(EVENT_TYPES),
    date: IsoDateSchema,
    time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time written HH:MM, e.g. 18:30').optional(),
    title: z.string().trim().min(1, 'a title').max(200, 'at most 200 characters'),
  })
  .strict();
export type EventInput = z.infer<typeof EventSchema>;

export const CampaignSchema = z
  .object({ theme: z.string().trim().max(200).optional(), goal: z.enum(CAMPAIGN_GOALS).optional() })
  .strict();
export type CampaignArgs = z.infer<typeof CampaignSchema>;

/** Remembered per document. `uiLang` is the sidebar's own language switch; `ga4Property` the last GA4 property
 * imported. */
export const SettingsSchema = z
  .object({
    template: TemplateIdSchema.optional(),
    lang: LanguageSchema.optional(),
    uiLang: LanguageSchema.optional(),
    ga4Property: z.string().regex(/^\d{1,20}$/, 'a GA4 property id (digits only)').optional(),
    /** The business's profile: the plan leaves out steps that suit none of these audiences (none: every step). */
    profile: ProfileSchema.optional(),
    /** The sidebar's groups and sources the user has open: a preference of the person, kept in their own
     * properties (settings.ts), not the document's. */
    open: z.array(z.enum(SIDEBAR_SECTIONS)).max(SIDEBAR_SECTIONS.length).optional(),
  })
  .strict();
export type Settings = z.infer<typeof SettingsSchema>;

export const GenerateArgsSchema = z
  .object({
    template: TemplateIdSchema,
    month: MonthSchema,
    lang: LanguageSchema,
    events: z.array(EventSchema).max(200, 'at most 200 events').default([]),
    /** Which sheets to (re)write; the others stay as they are. Default: all of them. */
    sheets: z.array(z.enum(SHEET_IDS)).min(1, 'at least one sheet').optional(),
    campaign: CampaignSchema.optional(),
    profile: ProfileSchema.optional(),
  })
  .strict();
export type GenerateArgs = z.input<typeof GenerateArgsSchema>;

export interface TemplateInfo {
  id: string;
  language: Language;
  title: { lv?: string; lt?: string; en: string };
  /** Its admission rounds (none: the year is split into half-years, H1 and H2). */
  rounds?: { id: string; name: { lv?: string; lt?: string; en: string } }[];
}

/** A sheet the add-on generated and found again by its tag (even when renamed). */
export interface GeneratedSheetInfo {
  id: SheetId | 'ga4';
  /** Its tab name now. */
  name: string;
  month: string;
}

export interface State {
  templates: TemplateInfo[];
  settings: Settings;
  /** Session.getActiveUserLocale(), e.g. "lv" or "en_GB". */
  userLocale: string;
  /** The sidebar's language: the saved switch, else the user's locale when it is lv/lt, else en. */
  uiLang: Language;
  /** Today in the spreadsheet's time zone, and its month: the sidebar's default month. */
  today: IsoDate;
  month: string;
  sheetIds: readonly SheetId[];
  /** Months that have generated sheets in this spreadsheet, newest first. */
  months: string[];
  /** Those of them that are closed (month-list.ts), newest first. */
  closedMonths?: string[];
  /** Years and rounds with a year plan or a round review, newest first ("2026", "2026-spring"). */
  periods?: string[];
  /** The Bitrix24 webhook (masked) and the daily refresh, so the sidebar opens with one call. */
  sources?: SourcesState;
  /** Source → month → when its last import of that month finished (import-times.ts), for the source lines. */
  imports?: Partial<Record<'ga4' | 'crm' | 'social', Record<string, string>>>;
  /** The name this user closed a month with last time (their user properties), to fill in. */
  closerName?: string;
}

/** What the add-on remembers about a generated month, so regenerate and download use the same inputs. */
export interface MonthState {
  month: string;
  template: string | null;
  lang: Language | null;
  events: EventInput[];
  campaign: CampaignArgs | null;
  sheets: GeneratedSheetInfo[];
  /** Set when the month is closed. */
  closed?: ClosedInfo | null;
}

export interface GenerateResult {
  month: string;
  sheets: { id: SheetId; name: string; rows: number; reused: boolean }[];
  /** Values the manager typed (not defaults or prefilled cells) that were carried into the new sheets. */
  entriesKept: number;
  /** Sheets written besides the ones asked for: the month's other sheets (another language or template) or sheets
   * the asked ones read and the month lacked. */
  alsoWritten: SheetId[];
  /** Steps the business's profile left out of the plan. */
  leftOut?: number;
  /** KPI targets the month took from the year plan (its KPI targets tab), the month tab having none typed. */
  fromYearPlan?: number;
  /** Month targets on the year plan's KPI targets tab that are not numbers: left empty, and the sidebar warns. */
  planIgnored?: { tab: string; kpi: string; month: string; value: string }[];
}

/** What the sidebar may call: `google.script.run[name](args)` → Reply<result>. */
export interface ServerApi extends SourcesServerApi, PeriodServerApi {
  getState(args?: Record<string, never>): Reply<State>;
  getMonth(args: MonthArgs): Reply<MonthState>;
  saveSettings(args: Settings): Reply<Settings>;
  generateSheets(args: GenerateArgs): Reply<GenerateResult>;
  getDownloadSpec(args: MonthArgs): Reply<DownloadSpec>;
  importGa4(args: ImportGa4Args): Reply<Ga4ImportResult>;
  /** dist/ExcelWriter.html's text: the sidebar loads the Excel writer only when the manager downloads. */
  getExcelWriter(args?: Record<string, never>): Reply<string>;
  /** Writes the month's results as values into a protected snapshot tab and records the close. */
  closeMonth(args: CloseMonthArgs): Reply<ClosedInfo>;
  /** Removes the snapshot tab (and so its protection and record). */
  reopenMonth(args: MonthArgs): Reply<{ month: string }>;
}
export type ServerFunction = keyof ServerApi;
export const SERVER_FUNCTIONS: readonly ServerFunction[] = [
  'getState', 'getMonth', 'saveSettings', 'generateSheets', 'getDownloadSpec', 'importGa4', 'getExcelWriter',
  'setCrmWebhook', 'removeCrmWebhook', 'importCrm', 'setDailyRefresh', 'importSocial',
  'closeMonth', 'reopenMonth', 'generatePeriod', 'getPeriodDownload',
];

/** The argument schema of each server function. */
export const ARGS = {
  getState: NoArgsSchema,
  getMonth: MonthArgsSchema,
  saveSettings: SettingsSchema,
  generateSheets: GenerateArgsSchema,
  getDownloadSpec: MonthArgsSchema,
  importGa4: ImportGa4ArgsSchema,
  getExcelWriter: NoArgsSchema,
  setCrmWebhook: CrmWebhookArgsSchema,
  removeCrmWebhook: NoArgsSchema,
  importCrm: MonthArgsSchema,
  setDailyRefresh: DailyRefreshArgsSchema,
  importSocial: ImportSocialArgsSchema,
  closeMonth: CloseMonthArgsSchema,
  reopenMonth: MonthArgsSchema,
  generatePeriod: GeneratePeriodArgsSchema,
  getPeriodDownload: PeriodArgsSchema,
} as const satisfies Record<ServerFunction, z.ZodType>;
