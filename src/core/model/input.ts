// What the core needs to describe a workbook: template, period, data and the date "today", all passed in.
import type { EventType, Language, Template } from '../template/schema';
import type { IsoDate } from './workbook';

/** One KPI figure for one month, already resolved to the template's KPI id. */
export interface KpiRecord {
  kpi: string;
  /** `YYYY-MM` */
  month: string;
  target: number | null;
  actual: number | null;
}

export interface EventRecord {
  type: EventType;
  date: IsoDate;
  /** `HH:MM`, local time of the event. */
  time?: string;
  title: string;
}

export const CAMPAIGN_GOALS = ['sales', 'list', 'awareness'] as const;
export type CampaignGoal = (typeof CAMPAIGN_GOALS)[number];

export interface CampaignInput {
  theme?: string;
  goal?: CampaignGoal;
}

export interface BuildInput {
  template: Template;
  /** `YYYY-MM` */
  month: string;
  /** The caller's date; decides pacing of a running month. The core never reads a clock. */
  today: IsoDate;
  lang: Language;
  data: KpiRecord[];
  events: EventRecord[];
  campaign?: CampaignInput;
}
