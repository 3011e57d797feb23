// The download's very hidden kpi-planner-meta rows: the core's format, so `kpi-planner refresh` reads the file.
import type { BuildInput } from '../core/model/input';
import { metaRows } from '../core/workbook-meta';
import type { MonthReading } from './month-pipeline';
import { readAll } from './props';
import type { Services } from './services';
import { loadWritten } from './written-store';

/**
 * `input` is the month's main run as built for the file. The imported actuals are the numbers the imports last
 * wrote (GA4's copy, the CRM's and Meta's records): the CLI refreshes a cell still holding one and keeps any other.
 * Nothing secret: no webhook, token or property credentials, only what the sheets show already.
 */
export function downloadMeta(services: Services, reading: MonthReading, input: BuildInput): [string, string][] {
  const all = readAll(services.documentProperties());
  const imported = {
    ...loadWritten(all, 'social', reading.month), ...loadWritten(all, 'crm', reading.month), ...reading.ga4?.actuals,
  };
  return metaRows({
    template: input.template.id, month: reading.month, lang: input.lang, events: input.events,
    campaign: input.campaign ?? {}, history: input.data.filter((r) => r.month !== reading.month), imported,
    ...(input.profile?.length ? { profile: input.profile } : {}), monthInSheetNames: true,
  });
}
