// A stand-in GA4 Data API v1beta on loopback: batchRunReports/runReport JSON, paging, errors, quota, auth check.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type {
  Ga4ResponseMetadata, Ga4Row, Ga4RunReportRequest, Ga4RunReportResponse,
} from '../../src/core/ga4/api-types';
import { Template, type TemplateInput } from '../../src/core/template/schema';

/** A whole report before paging: the server slices [offset, offset + limit). */
export interface FullReport {
  dimensionHeaders: { name: string }[];
  metricHeaders: { name: string; type: string }[];
  rowCount: number;
  slice(from: number, to: number): Ga4Row[];
  metadata?: Ga4ResponseMetadata;
}

export interface Fault {
  status: number;
  message?: string;
  grpc?: string;
  retryAfter?: number;
  /** How many HTTP calls in a row fail this way (default 1; Infinity = stays failing). */
  times?: number;
}

export interface Ga4ServerOptions {
  site: SiteFixture;
  /** Bearer token the server expects; anything else is 401. */
  token?: string;
  /** Property ids the caller may read; others get 403 like GA4 (default: all). */
  properties?: string[];
  /** GA4's per-request row ceiling (250,000). */
  maxLimit?: number;
  /** Extra metadata per request (sampling, thresholding, (other)), by the request's first dimension ('' for totals). */
  metadata?: (request: Ga4RunReportRequest) => Ga4ResponseMetadata | undefined;
  faults?: Fault[];
  /** Tokens each report request costs (reported in propertyQuota). */
  tokensPerRequest?: number;
  /** Answer a repeated identical request from memory (the benchmark times the client, not this server). */
  cache?: boolean;
}

export interface RecordedCall {
  method: string;
  path: string;
  authorization?: string;
  status: number;
  requests: { dimensions: string[]; metrics: string[]; offset: number; limit: number; filter?: string }[];
}

export interface Ga4Server {
  url: string;
  calls: RecordedCall[];
  /** Report requests (pages) by first dimension ('' for totals). */
  pagesFor(dimension: string): number;
  close(): Promise<void>;
}

const DATA_API_SCHEMA = 'https://developers.google.com/analytics/devguides/reporting/data/v1/api-schema';

export async function startGa4Server(options: Ga4ServerOptions): Promise<Ga4Server> {
  const calls: RecordedCall[] = [];
  const faults = (options.faults ?? []).map((f) => ({ ...f, left: f.times ?? 1 }));
  const maxLimit = options.maxLimit ?? 250_000;
  let tokensLeft = 200_000;
  const answers = new Map<string, string>();

  const server = createServer((req, res) => {
    void handle(req, res).catch((e) => send(res, 500, { error: { code: 500, message: String(e), status: 'INTERNAL' } }));
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const call: RecordedCall = { method: req.method ?? '', path: req.url ?? '', authorization: req.headers.authorization, status: 0, requests: [] };
    calls.push(call);
    const reply = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      call.status = status;
      send(res, status, body, headers);
    };
    const raw = await readBody(req);
    const m = /^\/v1beta\/properties\/([^/:]+):(batchRunReports|runReport)$/.exec((req.url ?? '').split('?')[0]);
    if (req.method !== 'POST' || !m) return reply(404, rpcError(404, `Method not found: ${req.method} ${req.url}`, 'NOT_FOUND'));
    if (options.token && req.headers.authorization !== `Bearer ${options.token}`) {
      return reply(401, rpcError(401, 'Request had invalid authentication credentials. Expected OAuth 2 access token.', 'UNAUTHENTICATED'));
    }
    const fault = faults.find((f) => f.left > 0);
    if (fault) {
      fault.left--;
      const headers: Record<string, string> = fault.retryAfter !== undefined ? { 'retry-after': String(fault.retryAfter) } : {};
      return reply(fault.status, rpcError(fault.status, fault.message ?? 'The service is currently unavailable.', fault.grpc ?? 'UNAVAILABLE'), headers);
    }
    if (options.properties && !options.properties.includes(m[1])) {
      return reply(403, rpcError(403, 'User does not have sufficient permissions for this property. To learn more about Property ID, see https://developers.google.com/analytics/devguides/reporting/data/v1/property-id.', 'PERMISSION_DENIED'));
    }
    const cached = options.cache ? answers.get(`${req.url}\n${raw}`) : undefined;
    if (cached) {
      call.status = 200;
      res.writeHead(200, { 'content-type': 'application/json; charset=UTF-8', 'content-length': Buffer.byteLength(cached) });
      return void res.end(cached);
    }
    const body = JSON.parse(raw || '{}');
    const requests: Ga4RunReportRequest[] = m[2] === 'batchRunReports' ? body.requests ?? [] : [body];
    if (requests.length === 0 || requests.length > 5) {
      return reply(400, rpcError(400, `Requests in a batch must be between 1 and 5; got ${requests.length}.`, 'INVALID_ARGUMENT'));
    }
    const reports: Ga4RunReportResponse[] = [];
    for (const request of requests) {
      const full = siteReport(options.site, request);
      if ('invalid' in full) return reply(400, rpcError(400, `Field ${full.invalid} is not a valid ${full.kind}. For a list of valid dimensions and metrics, see ${DATA_API_SCHEMA} `, 'INVALID_ARGUMENT'));
      const offset = Number(request.offset ?? 0);
      const limit = Math.min(Number(request.limit ?? 10_000), maxLimit);
      call.requests.push({
        dimensions: (request.dimensions ?? []).map((d) => d.name), metrics: request.metrics.map((x) => x.name), offset, limit,
        filter: request.dimensionFilter?.filter?.stringFilter?.value,
      });
      const report: Ga4RunReportResponse = {
        dimensionHeaders: full.dimensionHeaders,
        metricHeaders: full.metricHeaders,
        rows: full.slice(offset, Math.min(offset + limit, full.rowCount)),
        metadata: { currencyCode: 'EUR', timeZone: 'Europe/Riga', ...full.metadata, ...options.metadata?.(request) },
        kind: 'analyticsData#runReport',
      };
      if (full.rowCount > 0) report.rowCount = full.rowCount;
      if (report.rows!.length === 0) delete report.rows;
      if (request.returnPropertyQuota) {
        const cost = options.tokensPerRequest ?? 7;
        tokensLeft -= cost;
        report.propertyQuota = {
          tokensPerDay: { consumed: cost, remaining: tokensLeft },
          tokensPerHour: { consumed: cost, remaining: 40_000 - (200_000 - tokensLeft) },
          concurrentRequests: { consumed: 0, remaining: 10 },
        };
      }
      reports.push(report);
    }
    const answer = m[2] === 'batchRunReports' ? { reports, kind: 'analyticsData#batchRunReports' } : reports[0];
    if (options.cache) answers.set(`${req.url}\n${raw}`, JSON.stringify(answer));
    reply(200, answer);
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    calls,
    pagesFor: (dimension) => calls.flatMap((c) => c.requests).filter((r) => (r.dimensions[0] ?? '') === dimension).length,
    close: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}

function rpcError(code: number, message: string, status: string) {
  return { error: { code, message, status } };
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=UTF-8', 'content-length': Buffer.byteLength(text), ...headers });
  res.end(text);
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

// ---- The property's data: a month of days, channel groups and campaigns, reported as GA4 would. ----

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
const DIMENSIONS = ['date', 'sessionDefaultChannelGroup', 'sessionCampaignName', 'pagePath'];

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
  if (dims.length === 0) {
    const total = filter ? sumOf(segments.filter(hit) as unknown as Record<string, number>[]) : { ...sumOf(site.days), totalUsers: site.monthUsers };
    rows = [row([], total)];
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
