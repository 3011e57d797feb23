// A stand-in GA4 Data API v1beta on loopback: batchRunReports/runReport JSON, paging, errors, quota, auth check.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Ga4RunReportRequest } from '../../src/core/ga4/api-types';
import { createGa4Answerer, rpcError, type Ga4AnswerOptions, type RecordedCall, type Refusal } from './ga4-answers';

export * from './ga4-answers';
export * from './ga4-site';

export interface Ga4ServerOptions extends Ga4AnswerOptions {
  /** Bearer token the server expects; anything else is 401. */
  token?: string;
  /** Answer a repeated identical request from memory (the benchmark times the client, not this server). */
  cache?: boolean;
}

export interface Ga4Server {
  url: string;
  calls: RecordedCall[];
  /** Report requests (pages) by first dimension ('' for totals). */
  pagesFor(dimension: string): number;
  close(): Promise<void>;
}

export async function startGa4Server(options: Ga4ServerOptions): Promise<Ga4Server> {
  const calls: RecordedCall[] = [];
  const answerer = createGa4Answerer(options);
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
    const refuse = (r: Refusal) => reply(r.status, { error: r.error }, r.retryAfter !== undefined ? { 'retry-after': String(r.retryAfter) } : {});
    const raw = await readBody(req);
    const m = /^\/v1beta\/properties\/([^/:]+):(batchRunReports|runReport)$/.exec((req.url ?? '').split('?')[0]);
    if (req.method !== 'POST' || !m) return reply(404, rpcError(404, `Method not found: ${req.method} ${req.url}`, 'NOT_FOUND'));
    if (options.token && req.headers.authorization !== `Bearer ${options.token}`) {
      return reply(401, rpcError(401, 'Request had invalid authentication credentials. Expected OAuth 2 access token.', 'UNAUTHENTICATED'));
    }
    const refusal = answerer.refusal(m[1]);
    if (refusal) return refuse(refusal);
    const cached = options.cache ? answers.get(`${req.url}\n${raw}`) : undefined;
    if (cached) {
      call.status = 200;
      res.writeHead(200, { 'content-type': 'application/json; charset=UTF-8', 'content-length': Buffer.byteLength(cached) });
      return void res.end(cached);
    }
    const body = JSON.parse(raw || '{}');
    const requests: Ga4RunReportRequest[] = m[2] === 'batchRunReports' ? body.requests ?? [] : [body];
    const result = answerer.reports(requests, call.requests);
    if ('error' in result) return refuse(result);
    const answer = m[2] === 'batchRunReports' ? { reports: result.reports, kind: 'analyticsData#batchRunReports' } : result.reports[0];
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
