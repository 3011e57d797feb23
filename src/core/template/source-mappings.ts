// Where a KPI's actual comes from outside the workbook: GA4 metrics, Bitrix24 CRM counts, Meta export metrics.
import * as z from 'zod';
import { SOCIAL_METRICS, SOCIAL_PLATFORMS } from '../social/metrics';

/** GA4 metric mapping (Data API v1beta names), see the GA4 import. */
export const Ga4Mapping = z
  .object({
    metric: z.string().regex(/^[A-Za-z][A-Za-z0-9_:]*$/, 'a GA4 metric API name such as "sessions"'),
    filter: z
      .object({
        dimension: z.string().regex(/^[A-Za-z][A-Za-z0-9_:]*$/),
        match: z.enum(['exact', 'begins-with', 'contains']).default('exact'),
        value: z.string().min(1),
      })
      .strict()
      .optional(),
  })
  .strict();
export type Ga4Mapping = z.infer<typeof Ga4Mapping>;

/** Fields the month filter sets itself (leads by DATE_CREATE, won deals by CLOSEDATE and STAGE_SEMANTIC_ID). */
const CRM_MONTH_FIELDS = ['DATE_CREATE', 'CLOSEDATE', 'STAGE_SEMANTIC_ID'];
const CrmFilterValue = z.union([z.string(), z.number()]);

/** What a Bitrix24 CRM KPI counts: leads created in the month, or deals (won: closed in it), narrowed by fields. */
export const CrmMapping = z
  .object({
    entity: z.enum(['lead', 'deal']),
    /** Deals only: count won deals (STAGE_SEMANTIC_ID "S") closed in the month, not deals created in it. */
    won: z.literal(true).optional(),
    /** Field equals value (a list: any of them), e.g. { "SOURCE_ID": ["WEB", "CALL"], "CATEGORY_ID": 2 }. */
    filter: z
      .record(z.string().regex(/^(UF_CRM_)?[A-Z][A-Z0-9_]*$/, 'a Bitrix24 field name such as "SOURCE_ID"'),
        z.union([CrmFilterValue, z.array(CrmFilterValue).min(1)]))
      .refine((f) => !Object.keys(f).some((k) => CRM_MONTH_FIELDS.includes(k)),
        { message: `the month sets ${CRM_MONTH_FIELDS.join(', ')} itself` })
      .optional(),
  })
  .strict()
  .refine((c) => !c.won || c.entity === 'deal',
    { message: '"won" counts deals: use "entity": "deal"', path: ['won'] });
export type CrmMapping = z.infer<typeof CrmMapping>;

/** Where a KPI's actual comes from in Meta's CSV exports (see src/core/social/metrics.ts); only one platform if set. */
export const SocialMapping = z
  .object({ metric: z.enum(SOCIAL_METRICS), platform: z.enum(SOCIAL_PLATFORMS).optional() })
  .strict();
export type SocialMapping = z.infer<typeof SocialMapping>;
