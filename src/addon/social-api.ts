// The Meta CSV import's part of the server API: the files' text from the sidebar's picker, and what it filled.
import * as z from 'zod';
import { isMonthId } from '../core/dates';
import type { Kpi } from '../core/template/schema';

import { MAX_SOCIAL_CHARS, MAX_SOCIAL_FILES } from './social-limits';

export const ImportSocialArgsSchema = z.object({
  month: z.string().refine(isMonthId, 'a month written YYYY-MM, e.g. 2026-11, from 1900 on'),
  files: z.array(z.object({
    name: z.string().trim().min(1, 'a file name').max(200, 'at most 200 characters'),
    text: z.string().max(MAX_SOCIAL_CHARS, `at most ${MAX_SOCIAL_CHARS} characters a file`),
  }).strict()).min(1, 'at least one file').max(MAX_SOCIAL_FILES, `at most ${MAX_SOCIAL_FILES} files`),
}).strict();
export type ImportSocialArgs = z.infer<typeof ImportSocialArgsSchema>;

export interface SocialActualInfo {
  kpi: string;
  name: string;
  unit: Kpi['unit'];
  /** The files' figure (null when no file holds the KPI's metric). */
  value: number | null;
  typed?: number | string;
}

export interface SocialImportResult {
  month: string;
  files: string[];
  posts: number;
  /** The Social data sheet's tab name. */
  sheet: string;
  sheets: string[];
  actuals: SocialActualInfo[];
}
