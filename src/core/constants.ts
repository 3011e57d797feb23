// The fixed vocabularies the core, the add-on's API and the sidebar share: plain lists, importable without zod.

export const LANGUAGES = ['lv', 'lt', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export const EVENT_TYPES = ['webinar', 'open-day', 'guest-lecture', 'conference', 'other'] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export const CHANNELS = ['instagram', 'facebook', 'newsletter', 'ads', 'website'] as const;
export type Channel = (typeof CHANNELS)[number];

export const CAMPAIGN_GOALS = ['sales', 'list', 'awareness'] as const;
export type CampaignGoal = (typeof CAMPAIGN_GOALS)[number];

/** Who a template step suits ("Tinka kam"); a business's profile is a choice of these ('all': every step). */
export const AUDIENCES = [
  'all', 'products', 'services', 'trade', 'subscriptions', 'partnerships', 'solo', 'hiring-often',
] as const;
export type Audience = (typeof AUDIENCES)[number];

/** The sidebar's collapsible groups and, inside "Numbers", its sources; which are open is remembered per user. */
export const SIDEBAR_SECTIONS = ['month', 'numbers', 'report', 'periods', 'ga4', 'crm', 'social', 'refresh'] as const;
export type SidebarSection = (typeof SIDEBAR_SECTIONS)[number];

export const KPI_UNITS = ['count', 'percent', 'eur', 'seconds'] as const;
export type KpiUnit = (typeof KPI_UNITS)[number];

/** The sheets a month is built from, in the order they are placed; the GA4 sheet ('ga4') comes only with an import. */
export const SHEET_IDS = ['summary', 'activity-plan', 'campaign', 'kpi-results', 'review'] as const;
export type MonthSheetId = (typeof SHEET_IDS)[number];
/** Every sheet the core describes: the month's, the GA4, social and CRM data sheets, the round's and the year's. */
export type SheetId = MonthSheetId | 'ga4' | 'social'
  | 'crm'
  | 'round-review' | 'director-form'
  | YearSheetId
  // A closed month's snapshot (src/core/sheets/snapshot.ts): values as closed, never regenerated.
  | 'snapshot';
/** The year plan's sheets (`kpi-planner plan`): the steps on a calendar and the KPI targets typed once a year. */
export const YEAR_SHEET_IDS = ['year-plan', 'kpi-targets'] as const;
export type YearSheetId = (typeof YEAR_SHEET_IDS)[number];

/** For stored JSON (tags, run records): a sheet id this version knows. */
export function isSheetId(x: unknown): x is SheetId {
  return (SHEET_IDS as readonly unknown[]).includes(x) || (YEAR_SHEET_IDS as readonly unknown[]).includes(x)
    || x === 'ga4' || x === 'social' || x === 'crm' || x === 'round-review' || x === 'director-form';
}
