// Every GA4 note and "no value" reason the import writes reads in Latvian and Lithuanian on the GA4 sheet.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Ga4BatchRunReportsRequest, Ga4RunReportResponse } from '../../src/core/ga4/api-types';
import { parseGa4Csv } from '../../src/core/ga4/csv-import';
import { runGa4MonthSync } from '../../src/core/ga4/run';
import { localizeGa4Text } from '../../src/core/ga4/sentences';
import { buildGa4Sheet } from '../../src/core/ga4/sheet';
import type { Ga4MonthResult } from '../../src/core/ga4/types';
import type { Language } from '../../src/core/template/schema';
import { ga4Template } from '../helpers/ga4-server';

const MONTH = '2026-11';
const channelKpi = (id: string, metric: string, match: 'exact' | 'begins-with', value: string) => ({
  id, name: { lv: id, en: id }, unit: 'count' as const, direction: 'higher' as const, source: 'ga4' as const,
  ga4: { metric, filter: { dimension: 'sessionDefaultChannelGroup', match, value } },
});
const template = ga4Template([
  channelKpi('paid-users', 'totalUsers', 'begins-with', 'Paid'),
  {
    id: 'revenue', name: { lv: 'Ieņēmumi', en: 'Revenue' }, unit: 'eur', direction: 'higher', source: 'ga4',
    ga4: { metric: 'purchaseRevenue' },
  },
]);

/** CSV exports that make the reader write each of its notes and reasons. */
const CSVS: Record<string, string> = {
  'partial-period.csv': [
    '# Start date: 20261101', '# End date: 20261115',
    'Date,Sessions,Users,Engagement rate,Page path', '20261101,10,8,0.5,/a', '20261102,12,9,0.4,/b',
  ].join('\n'),
  'no-period.csv': 'Sessions,Total users\n100,80\n',
  'two-tables.csv': [
    '# Start date: 20261101', '# End date: 20261130', 'Sessions,Total users', '5,4', '',
    '# Next', 'Sessions,Total users', '7,5',
  ].join('\n'),
  'channels.csv': [
    '# Start date: 20261101', '# End date: 20261130',
    'Session default channel group,Sessions,Total users', 'Paid Search,10,8', 'Paid Social,5,4', 'Organic Social,7,6',
  ].join('\n'),
};
const fromCsv = Object.entries(CSVS).map(([name, text]) => parseGa4Csv(text, name, template, MONTH));

/** The Data API through a stand-in transport: a value left out, a filter without rows, dollars. */
function fromApi(): Ga4MonthResult {
  const answer = (body: Ga4BatchRunReportsRequest) => ({
    reports: body.requests.map((req): Ga4RunReportResponse => {
      const type = (name: string) => (name === 'purchaseRevenue' ? 'TYPE_CURRENCY' : 'TYPE_FLOAT');
      const headers = req.metrics.map((m) => ({ name: m.name, type: type(m.name) }));
      const values = req.metrics.map((m) => ({ value: m.name === 'newUsers' ? null : '3' }));
      const rows = req.dimensionFilter || req.dimensions ? [] : [{ metricValues: values }];
      return { metricHeaders: headers, rows, rowCount: rows.length, metadata: { currencyCode: 'USD' } };
    }),
  });
  return runGa4MonthSync(answer, '123', template, MONTH);
}
/**
 * The add-on's own note when it caps the campaigns (src/addon/ga4-store.ts cannot be imported here: it
 * needs Apps Script types), written as it writes it; the source is checked to still say so.
 */
const addonSource = readFileSync(new URL('../../src/core/ga4/campaign-cap.ts', import.meta.url), 'utf8');
const capNote = (shown: number, left: number) =>
  `Campaigns: the ${shown} with the most sessions are listed; ${left} more are left out.`;
const fromAddon = { ...fromApi(), quality: { ...fromApi().quality, notes: [capNote(100, 3)] } };
const results = [...fromCsv, fromApi(), fromAddon];
const notesOf = (r: Ga4MonthResult) => [...r.quality.notes, ...r.totals.flatMap((t) => t.missing ?? [])];
const sentences = [...new Set(results.flatMap(notesOf))];

describe('GA4 sentences in three languages', () => {
  it('the fixtures make every kind of note and reason', () => {
    expect(addonSource).toContain('`Campaigns: the ${MAX_CAMPAIGNS} with the most sessions are listed; ');
    expect(addonSource).toContain('${left} more are left out.`');
    for (const start of [
      'Columns not used', '"Users" was read', 'A CSV export', 'The export covers only', 'The file does not say',
      'Only the first table', 'Money metrics', 'Campaigns: the 100', 'the export has no totals row',
      'the CSV has no column', 'the CSV is not broken down', '2 rows match', 'GA4 sent no value', 'GA4 has no data',
    ]) {
      expect(sentences.some((s) => s.startsWith(start)), start).toBe(true);
    }
  });

  it.each(['lv', 'lt'] as Language[])('each one is translated into %s, keeping its values', (lang) => {
    for (const en of sentences) {
      const said = localizeGa4Text(en, lang);
      expect(said, en).not.toBe(en);
      expect(said, en).not.toMatch(/\b(the|and|cannot|was|not|has|only|more|rows?|columns?)\b/);
      const values = en.match(/\b(?:[a-z]+[A-Z]\w*|\d{4}-\d{2}(?:-\d{2})?|USD)\b/g) ?? [];
      for (const value of values) expect(said, en).toContain(value);
    }
  });

  it('English and text it does not know (GA4 own words) pass unchanged', () => {
    for (const en of sentences) expect(localizeGa4Text(en, 'en')).toBe(en);
    expect(localizeGa4Text('No data for the selected property.', 'lv')).toBe('No data for the selected property.');
  });

  it.each(['lv', 'lt'] as Language[])('the %s GA4 sheet carries no English note or reason', (lang) => {
    for (const result of results) {
      const sheet = buildGa4Sheet(result, { lang, month: MONTH, name: 'GA4' });
      const texts = [...sheet.rows].flat().flatMap((c) => (c && typeof c === 'object' && 'text' in c ? [c.text] : []));
      for (const en of sentences) expect(texts, en).not.toContain(en);
      for (const en of notesOf(result)) expect(texts).toContain(localizeGa4Text(en, lang));
    }
  });
});
