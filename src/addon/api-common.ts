// The server API's shared pieces: the Reply envelope and the argument schemas every part (months, periods, sources)
// checks with. It imports no other API module, so the parts import it and api.ts gathers them: arrows run one way.
import * as z from 'zod';
import { AUDIENCES, LANGUAGES } from '../core/constants';
import { isIsoDate, isMonthId } from '../core/dates';

/** Every server function answers with this instead of throwing, so the sidebar gets a message it can show. */
export type Reply<T> = { ok: true; value: T } | { ok: false; error: string; field?: string };

export const MonthSchema = z.string().refine(isMonthId, 'a month written YYYY-MM, e.g. 2026-11, from 1900 on');
export const IsoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date written YYYY-MM-DD, e.g. 2026-11-05')
  .refine(isIsoDate, 'a real calendar date from 1900 on');
export const TemplateIdSchema = z.string().regex(/^[a-z0-9-]{1,80}$/, 'a template id such as "social-media-content"');
export const LanguageSchema = z.enum(LANGUAGES);

/** Who the business is ("Tinka kam"): the template's audiences; 'all' is what no choice means. */
export const ProfileSchema = z.array(z.enum(AUDIENCES)).max(AUDIENCES.length);

export const MonthArgsSchema = z.object({ month: MonthSchema }).strict();
export type MonthArgs = z.infer<typeof MonthArgsSchema>;

/** Functions that take nothing accept `undefined` or `{}` (what google.script.run sends for "no argument"). */
export const NoArgsSchema = z.union([z.undefined(), z.null(), z.object({}).strict()]);
