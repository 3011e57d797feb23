// A month of Bitrix24 CRM as the CRM data sheet and the review read it: small, plain data (storable as JSON).
import type { IsoDate } from '../model/workbook';

/** A lead source (`SOURCE_ID`) with its month's leads and won deals. */
export interface CrmSource {
  /** The portal's code, e.g. `WEB`, `CALL`, `UC_4F2K1`; '' for records without a source. */
  id: string;
  /** The portal's own name for it (`crm.status.list`, ENTITY_ID SOURCE); null when the portal gives none. */
  name: string | null;
  leads: number;
  won: number;
}

export interface CrmWonDeal {
  id: string;
  /** The deal's title: untrusted text, always a text cell. */
  title: string;
  /** `OPPORTUNITY`; null when the deal has none. */
  amount: number | null;
  /** `CURRENCY_ID`, e.g. EUR; '' when none. */
  currency: string;
  /** The portal's calendar day of `CLOSEDATE`. */
  closed: IsoDate;
  /** `SOURCE_ID`, '' when none. */
  source: string;
}

/** The input of the CRM data sheet and of the review's CRM sentences. */
export interface CrmMonth {
  /** `YYYY-MM` */
  month: string;
  /** The portal's host (never the webhook URL). */
  portal: string;
  /** The UTC offsets the portal's dates carried (its time zone, e.g. +02:00 and +03:00 across a DST change). */
  offsets: string[];
  /** Every source with a lead or a won deal in the month, most leads first, then most won deals. */
  sources: CrmSource[];
  /** Leads created on each portal day that had any, in day order. */
  leadsByDay: { day: IsoDate; leads: number }[];
  /** Deals won (STAGE_SEMANTIC_ID S) and closed in the month, by close day. */
  wonDeals: CrmWonDeal[];
  /** Leads created in the month. */
  leads: number;
  /** Rows whose date fell outside the month on the portal's calendar (left out). */
  outside: number;
}
