// What the core needs to describe a workbook: template, period, data and the date "today", all passed in.
import type { CampaignGoal, SheetId } from '../constants';
import type { CrmMonth } from '../crm/types';
import type { Ga4MonthResult } from '../ga4/types';
import type { SocialMonth } from '../social/types';
import type { EventType, Language, Template } from '../template/schema';
import type { IsoDate } from './workbook';

/** One KPI figure for one month, already resolved to the template's KPI id. */
export interface KpiRecord {
  kpi: string;
  /** `YYYY-MM` */
  month: string;
  target: number | null;
  actual: number | null;
  /** The corrective action recorded for the month (`--data`'s optional `action` column): plain text. */
  action?: string;
}

export interface EventRecord {
  type: EventType;
  date: IsoDate;
  /** `HH:MM`, local time of the event. */
  time?: string;
  title: string;
}

export { CAMPAIGN_GOALS, type CampaignGoal } from '../constants';

export interface CampaignInput {
  theme?: string;
  goal?: CampaignGoal;
}

/** A value the manager typed into a generated sheet. Dates travel as ISO strings. */
export type EntryValue = string | number | boolean | null;

/** What the manager typed into one sheet: row key → column key → value. */
export type SheetEntries = Record<string, Record<string, EntryValue>>;

/**
 * What the manager typed into generated sheets, read back before regenerating:
 * sheet id → row key → column key → value. Rows whose key the template no longer makes are kept.
 */
export type TypedEntries = Partial<Record<SheetId, SheetEntries>>;

export interface BuildInput {
  template: Template;
  /** `YYYY-MM` */
  month: string;
  /**
   * The date the report is for ("as of"): overdue tasks, elapsed share, pacing and whether the month is over all
   * read it. The core never reads a clock. With `clock: 'live'` the sheets use TODAY() instead (the live Google
   * Sheet), and `today` only seeds the core's own evaluation (messages).
   */
  today: IsoDate;
  /** The day the file is made ("Created", document properties); default `today`. The report may be as of another day. */
  created?: IsoDate;
  /** `fixed` (default): an Excel report as of `today`. `live`: the sheets' time logic reads TODAY(). */
  clock?: 'fixed' | 'live';
  lang: Language;
  data: KpiRecord[];
  events: EventRecord[];
  campaign?: CampaignInput;
  entries?: TypedEntries;
  /** The month's GA4 numbers: they fill GA4 KPIs' actuals (an actual in `data` wins) and add the GA4 sheet. */
  ga4?: Ga4MonthResult;
  /** The month's Facebook and Instagram figures from Meta's CSV exports: they fill social KPIs' actuals (`data` wins). */
  social?: SocialMonth;
  /** The month's Bitrix24 leads by source and day and its won deals: they add the CRM sheet and review sentences. */
  crm?: CrmMonth;
  /** The business's audiences (template AUDIENCES): plans leave out the steps whose `appliesTo` suits none of them. */
  profile?: string[];
  /**
   * The month as closed: `today` must be its last day, statuses are final (nothing "at risk") and the Summary says
   * the month is closed.
   */
  final?: boolean;
  /** Add the month to month-bound sheet names ("KPI results 2026-11"), so a spreadsheet keeps every month. */
  monthInSheetNames?: boolean;
}
