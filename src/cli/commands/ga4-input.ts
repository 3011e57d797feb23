// The workbook command's GA4 source: the live Data API (--ga-property) or an exported report (--ga-csv).
import path from 'node:path';
import type { CliIo } from '../args';
import { fetchGa4Month, ga4ProgressText } from '../ga4/fetch';
import { readTextFile } from '../read-text-file';
import { InputError, showValue } from '../../core/errors';
import { ga4MissingActuals } from '../../core/ga4/actuals';
import { parseGa4Csv } from '../../core/ga4/csv-import';
import type { Ga4MonthResult } from '../../core/ga4/types';
import type { Template } from '../../core/template/schema';

export const ga4Flags = {
  'ga-property': { type: 'string', value: 'ID', help: 'fetch the month from this GA4 property (GA_ACCESS_TOKEN or Application Default Credentials)' },
  'ga-csv': { type: 'string', value: 'FILE', help: 'read a GA4 report exported as CSV instead (offline)' },
} as const;

export async function loadGa4(
  flags: { 'ga-property'?: string; 'ga-csv'?: string }, template: Template, month: string, io: CliIo,
): Promise<Ga4MonthResult | undefined> {
  const property = flags['ga-property'];
  const csv = flags['ga-csv'];
  if (property !== undefined && csv !== undefined) throw new InputError('give either --ga-property or --ga-csv, not '
    + 'both');
  let result: Ga4MonthResult | undefined;
  if (property !== undefined) {
    if (!template.kpis.some((k) => k.source === 'ga4'))
      throw new InputError(`template "${template.id}" has no GA4 KPIs, so --ga-property has nothing to fill`);
    // Paging can take a while: say so on stderr, whether or not it is a terminal.
    io.err(`Fetching ${month} from GA4 property ${showValue(property, false)}…`);
    result = await fetchGa4Month({ property, template, month, env: io.env, onProgress: (p) => io.progress(ga4ProgressText(p)) });
    io.progress('');
    io.err(`GA4: ${result.requests.http} request(s), ${result.requests.reports} report page(s).`);
  } else if (csv !== undefined) {
    const text = await readTextFile(csv, '--ga-csv', io.cwd);
    result = parseGa4Csv(text, showValue(path.basename(csv), false), template, month);
  }
  for (const m of result ? ga4MissingActuals(result, template) : []) io.err(`warning: KPI ${m.kpi}: no GA4 value for `
    + `${m.metric} (${m.reason})`);
  return result;
}
