// Column headers of a GA4 CSV export (English, Latvian, Lithuanian UI, or API names) → GA4 field names.
//
// Honesty about sources: the English names are GA4's UI names for these metrics as the Data API
// reference lists them (uiName). The Latvian and Lithuanian names are our best reading of GA4's
// localized UI and were NOT verified against a real localized export: "Sesijas", "Lietotāji kopā",
// "Jauni lietotāji", "Galvenie notikumi" come from the project brief; the rest are translations.
// API names ("sessions", "totalUsers") are always accepted, so a file can be fixed by renaming a header.
import type { Ga4MetricType } from './types';

export type Ga4DimensionField = 'date' | 'sessionDefaultChannelGroup' | 'sessionCampaignName';

export interface Ga4MetricColumn {
  metric: string;
  type: Ga4MetricType;
}

// A Map, so a column named "constructor" or "__proto__" is an unknown column, never a prototype's property.
const DIMENSIONS = new Map<string, Ga4DimensionField>(Object.entries({
  date: 'date', datums: 'date', data: 'date',
  'session default channel group': 'sessionDefaultChannelGroup',
  'session primary channel group (default channel group)': 'sessionDefaultChannelGroup',
  'default channel group': 'sessionDefaultChannelGroup',
  'sesijas noklusējuma kanālu grupa': 'sessionDefaultChannelGroup',
  'seanso numatytoji kanalų grupė': 'sessionDefaultChannelGroup',
  'session campaign': 'sessionCampaignName', 'session campaign name': 'sessionCampaignName',
  'sesijas kampaņa': 'sessionCampaignName', 'seanso kampanija': 'sessionCampaignName',
  // API names, lower-cased like every header.
  sessiondefaultchannelgroup: 'sessionDefaultChannelGroup', sessioncampaignname: 'sessionCampaignName',
} satisfies Record<string, Ga4DimensionField>));

const I = 'TYPE_INTEGER' as const;
const F = 'TYPE_FLOAT' as const;
const S = 'TYPE_SECONDS' as const;

/** [metric, type, display names (en, lv, lt) that mean it]. */
const METRICS: [string, Ga4MetricType, string[]][] = [
  ['sessions', I, ['sessions', 'sesijas', 'seansai']],
  ['totalUsers', I, ['total users', 'lietotāji kopā', 'iš viso naudotojų']],
  // GA4's standard reports label active users just "Users"; reading it as totalUsers would be wrong.
  ['activeUsers', I, ['active users', 'users', 'aktīvie lietotāji', 'lietotāji', 'aktyvūs naudotojai', 'naudotojai']],
  ['newUsers', I, ['new users', 'jauni lietotāji', 'jaunie lietotāji', 'nauji naudotojai']],
  ['screenPageViews', I, ['views', 'screen page views', 'skatījumi', 'peržiūros']],
  ['keyEvents', I, ['key events', 'galvenie notikumi', 'pagrindiniai įvykiai']],
  ['conversions', I, ['conversions', 'reklāmguvumi', 'konversijos']],
  ['eventCount', I, ['event count', 'notikumu skaits', 'įvykių skaičius']],
  ['engagedSessions', I, ['engaged sessions', 'iesaistītās sesijas', 'įtraukimo seansai']],
  ['engagementRate', F, ['engagement rate', 'iesaistes līmenis', 'įtraukimo rodiklis']],
  ['bounceRate', F, ['bounce rate', 'atteikumu līmenis', 'atmetimo rodiklis']],
  ['averageSessionDuration', S, ['average session duration', 'vidējais sesijas ilgums', 'vidutinė seanso trukmė']],
  ['userEngagementDuration', S, ['user engagement', 'lietotāju iesaiste', 'naudotojų įtraukimas']],
];

const BY_NAME = new Map<string, Ga4MetricColumn>();
for (const [metric, type, names] of METRICS) {
  BY_NAME.set(metric.toLowerCase(), { metric, type });
  for (const name of names) BY_NAME.set(name, { metric, type });
}

/** Header text as the shared CSV reader gives it (trimmed, lower-cased), NFC and single-spaced. */
function norm(header: string): string {
  return header.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
}

export function dimensionColumn(header: string): Ga4DimensionField | undefined {
  return DIMENSIONS.get(norm(header));
}

export function metricColumn(header: string): Ga4MetricColumn | undefined {
  return BY_NAME.get(norm(header));
}

/** A totals row in an export: GA4 and spreadsheets write one of these in the first column. */
export function isTotalsLabel(value: string): boolean {
  return /^(grand total|totals?|kopā|kopsumma|iš viso|suma)$/i.test(value.trim());
}
