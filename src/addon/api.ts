// The add-on's server API: what the sidebar may call through google.script.run, as zod schemas and types.
// Only plain JSON crosses (dates are ISO strings), and every argument is validated here on the server.
import * as z from 'zod';
import { ga4PropertyDigits } from '../core/ga4/run';
import { AUDIENCES, CAMPAIGN_GOALS, EVENT_TYPES, LANGUAGES, SHEET_IDS, type Language, type MonthSheetId } from '../core/constants';
import { isIsoDate, isMonthId } from '../core/dates';
import type { IsoDate, Row, SheetSpec, WorkbookProperties } from '../core/model/workbook';
import type { Kpi } from '../core/template/schema';
import { CrmWebhookArgsSchema } from './crm-api';
import { DailyRefreshArgsSchema } from './refresh-api';
import { ImportSocialArgsSchema } from './social-api';
import type { SourcesServerApi, SourcesState } from './sources-api';
import { GeneratePeriodArgsSchema, PeriodArgsSchema, type PeriodServerApi } from './period-api';

export type * from './sources-api';
export type * from './period-api';

/** Sheets the sidebar can generate one by one (the core's sheet ids; 'ga4' joins with the GA4 import). */
export { SHEET_IDS };
export type SheetId = MonthSheetId;

export const MonthSchema = z.string().refine(isMonthId, 'a month written YYYY-MM, e.g. 2026-11, from 1900 on');
export const IsoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date written YYYY-MM-DD, e.g. 2026-11-05')
  .refine(isIsoDate, 'a real calendar date from 1900 on');
export const TemplateIdSchema = z.string().regex(/^[a-z0-9-]{1,80}$/, 'a template id such as "social-media-content"');
export const LanguageSchema = z.enum(LANGUAGES);

/** Who the business is ("Tinka kam"): the template's audiences; 'all' is what no choice means. */
export const ProfileSchema = z.array(z.enum(AUDIENCES)).max(AUDIENCES.length);

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

/** Remembered per document. `uiLang` is the sidebar's own language switch; `ga4Property` the last GA4 property imported. */
export const SettingsSchema = z
  .object({
    template: TemplateIdSchema.optional(),
    lang: LanguageSchema.optional(),
    uiLang: LanguageSchema.optional(),
    ga4Property: z.string().regex(/^\d{1,20}$/, 'a GA4 property id (digits only)').optional(),
    /** The business's profile: the plan leaves out steps that suit none of these audiences (none: every step). */
    profile: ProfileSchema.optional(),
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

export const MonthArgsSchema = z.object({ month: MonthSchema }).strict();
/** Closing names who closes: typed once in the sidebar (no OAuth scope reads the user's address). */
export const CloseMonthArgsSchema = z
  .object({ month: MonthSchema, closedBy: z.string().trim().min(1, 'your name').max(100, 'at most 100 characters') })
  .strict();
export type CloseMonthArgs = z.input<typeof CloseMonthArgsSchema>;

/** The GA4 property id as GA4 Admin › Property details shows it. */
const NOT_A_PROPERTY = 'digits only, such as 123456789 (GA4 Admin › Property details), not the G-… measurement ID';
export const Ga4PropertySchema = z
  .string()
  .refine((s) => ga4PropertyDigits(s) !== null, NOT_A_PROPERTY)
  // The core's one reading of a property id; the add-on keeps the digits.
  .transform((s) => ga4PropertyDigits(s)!);
export const ImportGa4ArgsSchema = z.object({ month: MonthSchema, property: Ga4PropertySchema }).strict();
export type ImportGa4Args = z.input<typeof ImportGa4ArgsSchema>;
export type MonthArgs = z.infer<typeof MonthArgsSchema>;

/** Functions that take nothing accept `undefined` or `{}` (what google.script.run sends for "no argument"). */
export const NoArgsSchema = z.union([z.undefined(), z.null(), z.object({}).strict()]);

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
  /** The name this user closed a month with last time (their user properties), to fill in. */
  closerName?: string;
}

/** A closed month: who closed it, when, and its snapshot tab. */
export interface ClosedInfo {
  month: string;
  closedBy: string;
  /** `YYYY-MM-DD HH:mm` in the spreadsheet's time zone. */
  closedAt: string;
  sheet: string;
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
}

/** One GA4 KPI after an import: GA4's number, and what the manager typed when that stays instead. */
export interface Ga4ActualInfo {
  kpi: string;
  /** The KPI's name in the sheets' language. */
  name: string;
  unit: Kpi['unit'];
  /** GA4's number for the month (null when GA4 had none); rates are fractions. */
  value: number | null;
  /** The manager's own entry, kept in the sheet instead of GA4's number. */
  typed?: number | string;
}

export interface Ga4ImportResult {
  month: string;
  property: string;
  /** The GA4 data sheet's tab name. */
  sheet: string;
  /** Every tab the import rewrote (the GA4 sheet, KPI results, and the summary/review when the month has them). */
  sheets: string[];
  actuals: Ga4ActualInfo[];
  quality: { sampled: boolean; thresholded: boolean; otherRow: boolean; timeZone: string | null; currencyCode: string | null };
  /** batchRunReports calls made and report pages received. */
  requests: { http: number; reports: number };
}

/** The workbook description with rows as plain arrays, ready for renderWorkbookToBuffer in the browser. */
export interface PlainSheetSpec extends Omit<SheetSpec, 'rows'> {
  rows: Row[];
}
export interface PlainWorkbookSpec {
  properties: WorkbookProperties;
  sheets: PlainSheetSpec[];
  /** The very hidden kpi-planner-meta sheet's rows (src/core/workbook-meta.ts), so the CLI can refresh the file. */
  meta?: [string, string][];
}
export interface DownloadSpec {
  /** A safe file name, e.g. "kpi-planner-social-media-content-2026-11.xlsx". */
  fileName: string;
  workbook: PlainWorkbookSpec;
}

/** Every server function answers with this instead of throwing, so the sidebar gets a message it can show. */
export type Reply<T> = { ok: true; value: T } | { ok: false; error: string; field?: string };

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
