// A stand-in Meta Graph API on loopback: GET /v25.0/{page}/insights by day, Bearer tokens, removed metrics' #100.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface GraphServerOptions {
  token: string;
  page: string;
  /** metric → day (YYYY-MM-DD) → value; a day left out is 0. */
  values: Record<string, Record<string, number>>;
  /** Metrics Meta has removed: any request naming one fails whole, as Graph does. */
  removed?: string[];
}

export interface GraphServer {
  /** The version root, as META_GRAPH_URL: `http://127.0.0.1:<port>/v25.0/`. */
  url: string;
  calls: { path: string; metric: string; status: number; authorization: string }[];
  close(): Promise<void>;
}

const nextDay = (d: string) => new Date(Date.parse(`${d}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
/** Meta stamps a day with its end in Pacific time: 07:00 UTC in summer time, 08:00 in winter. */
const endTime = (d: string) => `${nextDay(d)}T${d >= '2026-03-08' && d < '2026-11-01' ? '07' : '08'}:00:00+0000`;

export async function startGraphServer(options: GraphServerOptions): Promise<GraphServer> {
  const calls: GraphServer['calls'] = [];
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const metric = url.searchParams.get('metric') ?? '';
    const call = { path: url.pathname, metric, status: 0, authorization: req.headers.authorization ?? '' };
    calls.push(call);
    const send = (status: number, body: unknown) => {
      call.status = status;
      res.writeHead(status, { 'content-type': 'application/json; charset=UTF-8' });
      res.end(JSON.stringify(body));
    };
    const fail = (status: number, code: number, message: string) =>
      send(status, { error: { message, type: 'OAuthException', code, fbtrace_id: 'AbCdEf123' } });
    if (req.headers.authorization !== `Bearer ${options.token}`) {
      return fail(400, 190, 'Invalid OAuth access token - Cannot parse access token');
    }
    const m = /^\/v25\.0\/(\d+)\/insights$/.exec(url.pathname);
    if (!m || m[1] !== options.page) return fail(400, 100, 'Unsupported get request.');
    const metrics = metric.split(',');
    if (metrics.some((x) => options.removed?.includes(x) || !(x in options.values))) {
      return fail(400, 100, '(#100) The value must be a valid insights metric');
    }
    const days: string[] = [];
    for (let d = url.searchParams.get('since')!; d < url.searchParams.get('until')!; d = nextDay(d)) days.push(d);
    const data = metrics.map((name) => ({
      name, period: 'day', title: name, description: `Daily: ${name}`, id: `${m[1]}/insights/${name}/day`,
      values: days.map((d) => ({ value: options.values[name][d] ?? 0, end_time: endTime(d) })),
    }));
    send(200, { data, paging: { previous: `${url.origin}/prev`, next: `${url.origin}/next` } });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/v25.0/`, calls,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}
