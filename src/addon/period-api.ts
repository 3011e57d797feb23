// The server functions for the year plan and the round review, as ServerApi extends them: schemas and types.
import * as z from 'zod';
import { LanguageSchema, ProfileSchema, TemplateIdSchema, type Reply } from './api-common';
import type { DownloadSpec } from './download-api';

/** A year ("2026") or a round of it ("2026-spring", "2026-H1"); the template says which rounds exist. */
export const PeriodIdSchema = z.string().regex(/^(19|20|21)\d{2}(-[A-Za-z0-9-]{1,40})?$/,
  'a year written YYYY (e.g. 2026) or a round written YYYY-<round> (e.g. 2026-spring, 2026-H1)');
export const PeriodArgsSchema = z.object({ period: PeriodIdSchema }).strict();
export type PeriodArgs = z.input<typeof PeriodArgsSchema>;

export const GeneratePeriodArgsSchema = z
  .object({
    template: TemplateIdSchema,
    period: PeriodIdSchema,
    lang: LanguageSchema,
    profile: ProfileSchema.optional(),
  })
  .strict();
export type GeneratePeriodArgs = z.input<typeof GeneratePeriodArgsSchema>;

export interface GeneratePeriodResult {
  period: string;
  kind: 'year' | 'round';
  sheets: { id: string; name: string; rows: number; reused: boolean }[];
  /** Month tabs the figures were taken from (a round) or the targets prefilled from (a year). */
  monthsRead: string[];
  /** Whether GA4's whole-round users were asked (GA4 set up and the round has such KPIs). */
  ga4: boolean;
  /** GA4 failed (quota, permission, network): the round was made without its whole-round figures. `message` is
   * GA4's failure as the sidebar words it; `kpis` the names of the KPIs left empty. */
  ga4Failed?: { message: string; kpis: string[] };
}

export interface PeriodServerApi {
  /** The year plan ("2026") or the round review ("2026-spring") through the month pipeline. */
  generatePeriod(args: GeneratePeriodArgs): Reply<GeneratePeriodResult>;
  /** The period's workbook description for the sidebar's Excel download (like getDownloadSpec). */
  getPeriodDownload(args: PeriodArgs): Reply<DownloadSpec>;
}
