// Meta Graph API Page insights for a month: the requests, the answers read strictly, removed metrics named.
import { addDays, parseMonth } from '../plan/calendar';
import type { IsoDate } from '../model/workbook';
import type { DailyMetric } from './columns';
import type { SocialDailyFile } from './types';

/** The Page metrics Meta still serves after its 2025–2026 deprecations (asked for by day). */
export const GRAPH_METRICS = [
  'page_follows', 'page_daily_follows_unique', 'page_post_engagements', 'page_video_views', 'page_media_view',
] as const;
export type GraphMetric = (typeof GRAPH_METRICS)[number];

/** What each metric is in words, for messages. */
export const GRAPH_METRIC_WORDS: Record<GraphMetric, string> = {
  page_follows: 'Facebook followers (total)', page_daily_follows_unique: 'new Facebook follows',
  page_post_engagements: 'post engagements', page_video_views: 'video views', page_media_view: 'views',
};

/** The daily export each metric stands for (summed over days, as that file would be); the others are not summed. */
export const GRAPH_DAILY: Partial<Record<GraphMetric, DailyMetric>> = {
  page_daily_follows_unique: 'facebook-follows', page_media_view: 'views', page_post_engagements: 'interactions',
};

/** One GET: path and query under the Graph version root, e.g. `123/insights?metric=…&period=day&since&until`. */
export interface GraphRequest {
  path: string;
}

/** An answer as the edge saw it: HTTP status and the parsed body (undefined when it was not JSON). */
export interface GraphAnswer {
  status: number;
  body: unknown;
}

export interface GraphError {
  code: number;
  subcode?: number;
  type: string;
  message: string;
}

export interface GraphSeries {
  metric: string;
  days: { date: IsoDate; value: number }[];
}

export interface GraphInsights {
  month: string;
  series: GraphSeries[];
  /** Metrics Meta refused as "not a valid insights metric": removed, so no figure (never zero). */
  removed: string[];
  requests: number;
}

/** The month's insights request: `since` is its first day, `until` the next month's first day. */
export function insightsRequest(pageId: string, metrics: readonly string[], month: string): GraphRequest {
  const { last } = parseMonth(month);
  const query = `metric=${metrics.join(',')}&period=day&since=${month}-01&until=${addDays(last, 1)}`;
  return { path: `${encodeURIComponent(pageId)}/insights?${query}` };
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

/** `{ error: { message, type, code, error_subcode, fbtrace_id } }`, if the body is one. */
export function readGraphError(body: unknown): GraphError | undefined {
  if (!isObject(body) || !isObject(body.error)) return undefined;
  const e = body.error;
  return {
    code: typeof e.code === 'number' ? e.code : Number(e.code) || 0,
    subcode: typeof e.error_subcode === 'number' ? e.error_subcode : undefined,
    type: typeof e.type === 'string' ? e.type : '',
    message: typeof e.message === 'string' ? e.message : '',
  };
}

/** Meta's answer for a removed (or misspelt) metric; it fails the whole request and does not say which metric. */
export const isRemovedMetric = (e: GraphError): boolean =>
  e.code === 100 && /valid insights metric/i.test(e.message);

/**
 * The day a value counts for: Meta stamps a day's value with the end of that day (`2026-11-02T08:00:00+0000` is
 * the end of 1 November in Pacific time). Twelve hours before the end is inside the day for any offset within ±12h.
 */
export function graphDay(endTime: unknown): IsoDate | undefined {
  if (typeof endTime !== 'string') return undefined;
  const m = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})([+-])(\d{2}):?(\d{2})$/.exec(endTime.trim());
  if (!m) return undefined;
  const offset = (m[2] === '-' ? -1 : 1) * (Number(m[3]) * 60 + Number(m[4]));
  const utc = Date.parse(`${m[1]}Z`) - offset * 60_000;
  return Number.isNaN(utc) ? undefined : new Date(utc - 12 * 3_600_000).toISOString().slice(0, 10);
}

/** `{ data: [{ name, period, values: [{ value, end_time }], title, description, id }], paging }`: the month's days. */
export function parseInsights(body: unknown, month: string): GraphSeries[] {
  if (!isObject(body) || !Array.isArray(body.data)) throw new Error('Meta answered insights without "data"');
  return body.data.map((item) => {
    if (!isObject(item) || typeof item.name !== 'string' || !Array.isArray(item.values)) {
      throw new Error('Meta answered an insights item without a name or values');
    }
    const days = item.values.flatMap((v) => {
      const date = isObject(v) ? graphDay(v.end_time) : undefined;
      const value = isObject(v) ? v.value : undefined;
      if (!date || typeof value !== 'number' || !Number.isFinite(value)) {
        throw new Error(`Meta answered a value of ${item.name} that is not a number by day`);
      }
      return date.startsWith(`${month}-`) ? [{ date, value }] : [];
    });
    return { metric: item.name, days };
  });
}

/** A refusal the manager can act on, in words; `input` when the token, its rights or the Page id are at fault. */
export function graphFailure(e: GraphError): { message: string; input: boolean } {
  const said = e.message ? ` Meta said: ${e.message}` : '';
  if (e.code === 190) {
    return { input: true, message: 'Meta did not accept the Page access token (expired, revoked or mistyped); make '
      + `a new one (Graph API Explorer or Business settings → System users) and pass it again.${said}` };
  }
  if (e.code === 10 || (e.code >= 200 && e.code < 300)) {
    return { input: true, message: 'the Page access token may not read insights: it needs the read_insights and '
      + `pages_read_engagement permissions for this Page.${said}` };
  }
  if ([4, 17, 32, 613].includes(e.code)) {
    return { input: false, message: `Meta is limiting requests for this Page or app; try again in an hour.${said}` };
  }
  if (e.code === 100 || e.code === 803) {
    return { input: true, message: `Meta refused the request; check --meta-page (the Page's numeric id).${said}` };
  }
  return { input: false, message: `Meta's Graph API refused the request (code ${e.code}).${said}` };
}

export class GraphRefusal extends Error {
  constructor(readonly failure: { message: string; input: boolean }) {
    super(failure.message);
  }
}

function answerOf(a: GraphAnswer, month: string): GraphSeries[] | GraphError {
  const error = readGraphError(a.body);
  if (error) return error;
  if (a.status >= 400) return { code: 0, type: '', message: `HTTP ${a.status}` };
  return parseInsights(a.body, month);
}

/**
 * All metrics in one request; when Meta refuses one as removed (it does not say which, and refuses them all), each
 * metric alone, so the others still arrive and the removed ones are named. A generator: any transport drives it.
 */
export function* graphInsightsPlan(
  pageId: string, month: string, metrics: readonly string[] = GRAPH_METRICS,
): Generator<GraphRequest, GraphInsights, GraphAnswer> {
  const first = answerOf(yield insightsRequest(pageId, metrics, month), month);
  if (Array.isArray(first)) return { month, series: first, removed: [], requests: 1 };
  if (!isRemovedMetric(first)) throw new GraphRefusal(graphFailure(first));
  const series: GraphSeries[] = [];
  const removed: string[] = [];
  for (const metric of metrics) {
    const one = answerOf(yield insightsRequest(pageId, [metric], month), month);
    if (Array.isArray(one)) series.push(...one);
    else if (isRemovedMetric(one)) removed.push(metric);
    else throw new GraphRefusal(graphFailure(one));
  }
  return { month, series, removed, requests: 1 + metrics.length };
}

/** The summable series as daily files, so the month's social figures treat them as Meta's daily exports. */
export function graphDailyFiles(insights: GraphInsights): SocialDailyFile[] {
  return insights.series.flatMap((s) => {
    const metric = GRAPH_DAILY[s.metric as GraphMetric];
    return metric ? [{ kind: 'daily' as const, fileName: `Graph API ${s.metric}`, metric, days: s.days }] : [];
  });
}

/** "Meta no longer provides X": one line per removed metric, so a missing figure is never read as zero. */
export function removedMetricNotes(insights: GraphInsights): string[] {
  return insights.removed.map((m) => `Meta no longer provides ${m}`
    + `${m in GRAPH_METRIC_WORDS ? ` (${GRAPH_METRIC_WORDS[m as GraphMetric]})` : ''}: `
    + 'its KPIs stay empty (not zero); type them or use a Meta Business Suite export.');
}
