// The stand-in GA4 property's data: a month of days, channel groups and campaigns, reported as GA4 would.
import type { Ga4ResponseMetadata, Ga4Row, Ga4RunReportRequest } from '../../src/core/ga4/api-types';
import { Template, type TemplateInput } from '../../src/core/template/schema';

/** A whole report before paging: the server slices [offset, offset + limit). */
export interface FullReport {
  dimensionHeaders: { name: string }[];
  metricHeaders: { name: string; type: string }[];
  rowCount: number;
  slice(from: number, to: number): Ga4Row[];
  metadata?: Ga4ResponseMetadata;
}

export interface Segment { name: string; sessions: number; totalUsers: number; keyEvents: number; engagedSessions: number }

export interface SiteFixture {
  /** `YYYY-MM` */
  month: string;
  /** Day by day (index 0 = the 1st): sessions, totalUsers, newUsers, screenPageViews, keyEvents, engagedSessions. */
  days: Record<string, number>[];
  /** Distinct users over the whole month: fewer than the days' users added up, as in real life. */
  monthUsers: number;
  channels: Segment[];
  campaigns: Segment[];
  /** date × pagePath rows (the benchmark's big report). */
  pageRows?: number;
}

const TYPES: Record<string, string> = {
  sessions: 'TYPE_INTEGER', totalUsers: 'TYPE_INTEGER', activeUsers: 'TYPE_INTEGER', newUsers: 'TYPE_INTEGER',
  screenPageViews: 'TYPE_INTEGER', keyEvents: 'TYPE_INTEGER', engagedSessions: 'TYPE_INTEGER', eventCount: 'TYPE_INTEGER',
  engagementRate: 'TYPE_FLOAT', bounceRate: 'TYPE_FLOAT', averageSessionDuration: 'TYPE_SECONDS',
};
const DIMENSIONS = ['date', 'yearMonth', 'sessionDefaultChannelGroup', 'sessionCampaignName', 'pagePath'];

/** A plausible month: daily users add up to about twice the month's distinct users. */
export function makeSite(month: string, extra: Partial<SiteFixture> = {}): SiteFixture {
  const count = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).getUTCDate();
  const days = Array.from({ length: count }, (_, i) => {
    const sessions = 100 + ((i * 37) % 50);
    return { sessions, totalUsers: 80 + ((i * 13) % 30), newUsers: 40 + (i % 7), screenPageViews: sessions * 3, keyEvents: i % 4, engagedSessions: Math.round(sessions * 0.6) };
  });
  const seg = (name: string, sessions: number, totalUsers: number, keyEvents: number): Segment => ({ name, sessions, totalUsers, keyEvents, engagedSessions: Math.round(sessions * 0.55) });
  return {
    month, days, monthUsers: 1500,
    channels: [seg('Organic Search', 1400, 700, 20), seg('Direct', 900, 500, 12), seg('Organic Social', 650, 420, 9), seg('Email', 200, 150, 6)],
    campaigns: [seg('(not set)', 2500, 1100, 30), seg('rudens-atvertas-durvis', 300, 210, 8), seg('=HYPERLINK("http://x","y")', 12, 9, 0)],
    ...extra,
  };
}

function value(record: Record<string, number>, metric: string): string {
  if (metric === 'engagementRate') return String(record.sessions ? record.engagedSessions / record.sessions : 0);
  if (metric === 'activeUsers') return String(record.totalUsers ?? 0);
  return String(record[metric] ?? 0);
}

function sumOf(records: Record<string, number>[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const r of records) for (const [k, v] of Object.entries(r)) out[k] = (out[k] ?? 0) + v;
  return out;
}

function matches(name: string, f: { matchType: string; value: string; caseSensitive?: boolean }): boolean {
  const [a, b] = f.caseSensitive ? [name, f.value] : [name.toLowerCase(), f.value.toLowerCase()];
  return f.matchType === 'EXACT' ? a === b : f.matchType === 'BEGINS_WITH' ? a.startsWith(b) : a.includes(b);
}

export function siteReport(site: SiteFixture, request: Ga4RunReportRequest): FullReport | { invalid: string; kind: string } {
  const metrics = request.metrics.map((m) => m.name);
  const dims = (request.dimensions ?? []).map((d) => d.name);
  const badMetric = metrics.find((m) => !TYPES[m]);
  if (badMetric) return { invalid: badMetric, kind: 'metric' };
  const filter = request.dimensionFilter?.filter;
  const badDim = [...dims, ...(filter ? [filter.fieldName] : [])].find((d) => !DIMENSIONS.includes(d));
  if (badDim) return { invalid: badDim, kind: 'dimension' };
  const segments = filter?.fieldName === 'sessionCampaignName' ? site.campaigns : site.channels;
  const hit = (s: Segment) => !filter?.stringFilter || matches(s.name, filter.stringFilter);
  const row = (keys: string[], record: Record<string, number>): Ga4Row => ({
    dimensionValues: keys.map((v) => ({ value: v })),
    metricValues: metrics.map((m) => ({ value: value(record, m) })),
  });
  let rows: Ga4Row[] | undefined;
  let lazy: { count: number; at: (i: number) => Ga4Row } | undefined;
  const total = () => (filter
    ? sumOf(segments.filter(hit) as unknown as Record<string, number>[])
    : { ...sumOf(site.days), totalUsers: site.monthUsers });
  if (dims.length === 0) {
    rows = [row([], total())];
  } else if (dims[0] === 'yearMonth') {
    // Every month of the range looks like the site's month (a round's months, one row each, as GA4 splits them).
    rows = yearMonths(request.dateRanges[0].startDate, request.dateRanges[0].endDate).map((m) => row([m], total()));
  } else if (dims[0] === 'date' && dims[1] === 'pagePath') {
    const n = site.days.length;
    lazy = { count: site.pageRows ?? 0, at: (i) => row([`${site.month.replace('-', '')}${String((i % n) + 1).padStart(2, '0')}`, `/page/${Math.floor(i / n)}`], { screenPageViews: 1 + (i % 9), sessions: 1 + (i % 4) }) };
  } else if (dims[0] === 'date') {
    rows = site.days.map((d, i) => row([`${site.month.replace('-', '')}${String(i + 1).padStart(2, '0')}`], d));
  } else {
    const list = dims[0] === 'sessionCampaignName' ? site.campaigns : site.channels;
    rows = [...list].filter(hit).sort((a, b) => b.sessions - a.sessions || (a.name < b.name ? -1 : 1))
      .map((s) => row([s.name], s as unknown as Record<string, number>));
  }
  const count = rows ? rows.length : lazy!.count;
  return {
    dimensionHeaders: dims.map((name) => ({ name })),
    metricHeaders: metrics.map((name) => ({ name, type: TYPES[name] })),
    rowCount: count,
    slice: (from, to) => (rows ? rows.slice(from, to) : Array.from({ length: Math.max(0, to - from) }, (_, k) => lazy!.at(from + k))),
  };
}

/** `YYYYMM` of every month from `start` to `end` (ISO dates). */
function yearMonths(start: string, end: string): string[] {
  const out: string[] = [];
  let [y, m] = [Number(start.slice(0, 4)), Number(start.slice(5, 7))];
  while (`${y}-${String(m).padStart(2, '0')}` <= end.slice(0, 7)) {
    out.push(`${y}${String(m).padStart(2, '0')}`);
    [y, m] = m === 12 ? [y + 1, 1] : [y, m + 1];
  }
  return out;
}

/** A small template with the GA4 KPIs of social-media-content plus a rate, so tests don't hang on shipped templates. */
export function ga4Template(kpis: TemplateInput['kpis'] = []): Template {
  const ga4 = (id: string, metric: string, extra: object = {}) =>
    ({ id, name: { lv: id, en: id }, unit: 'count', direction: 'higher', source: 'ga4', ga4: { metric }, ...extra });
  return Template.parse({
    id: 'ga4-test', language: 'lv', title: { lv: 'GA4 tests', en: 'GA4 test' },
    sections: [{ id: 's', title: { lv: 'S', en: 'S' }, steps: [{ number: '6', title: { lv: 'Mērīt', en: 'Measure' }, recurrence: { kind: 'monthly', min: 1, max: 1 } }] }],
    kpis: [
      ga4('website-sessions', 'sessions'),
      ga4('social-traffic', 'sessions', { ga4: { metric: 'sessions', filter: { dimension: 'sessionDefaultChannelGroup', match: 'exact', value: 'Organic Social' } } }),
      ga4('website-visitors', 'totalUsers'),
      ga4('web-leads', 'keyEvents'),
      ga4('engagement-rate', 'engagementRate', { unit: 'percent', pace: false }),
      { id: 'followers', name: { lv: 'Sekotāji', en: 'Followers' }, unit: 'count', direction: 'higher', source: 'manual' },
      ...kpis,
    ],
  });
}
