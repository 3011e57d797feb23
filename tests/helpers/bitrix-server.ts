// A stand-in Bitrix24 REST portal on loopback: inbound webhook paths, crm.*.list paging and filters, batch, faults.
// crm.status.list answers from `statuses` (rows with ENTITY_ID, STATUS_ID, NAME, SORT), filtered like the lists.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type CrmRow = Record<string, string | number>;

/** An HTTP-level refusal for the next request(s): `{ error, error_description }` with a status. */
export interface BitrixFault {
  status: number;
  error: string;
  description: string;
  /** How many requests in a row get it (default 1). */
  times?: number;
}

export interface BitrixServerOptions {
  user?: string;
  secret: string;
  leads?: CrmRow[];
  deals?: CrmRow[];
  /** crm.status.list rows, e.g. { ID: 1, ENTITY_ID: 'SOURCE', STATUS_ID: 'WEB', NAME: 'Website', SORT: 10 }. */
  statuses?: CrmRow[];
  faults?: BitrixFault[];
  /** A list method whose commands fail inside a batch (result_error), e.g. crm.deal.list → "Access denied.". */
  commandErrors?: Record<string, { error: string; description: string }>;
}

export interface BitrixCall {
  method: string;
  status: number;
  body: unknown;
}

export interface BitrixServer {
  /** The webhook URL: `http://127.0.0.1:<port>/rest/<user>/<secret>/`. */
  webhook: string;
  calls: BitrixCall[];
  close(): Promise<void>;
}

const OPS = ['>=', '<=', '!=', '>', '<', '!', '='] as const;

/** Bitrix24 compares dates on the portal's wall clock: the first 19 characters of either side. */
function compareValues(a: unknown, b: unknown): number {
  const s = (v: unknown) => (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(v) ? v.slice(0, 19) : String(v));
  const [x, y] = [s(a), s(b)];
  if (/^-?\d+(\.\d+)?$/.test(x) && /^-?\d+(\.\d+)?$/.test(y)) return Number(x) - Number(y);
  return x < y ? -1 : x > y ? 1 : 0;
}

function matches(row: CrmRow, filter: Record<string, unknown>): boolean {
  return Object.entries(filter).every(([key, want]) => {
    const op = OPS.find((o) => key.startsWith(o)) ?? '';
    const have = row[key.slice(op.length)];
    const list = Array.isArray(want) ? want : Object.values(want && typeof want === 'object' ? want : [want]);
    const eq = list.some((w) => compareValues(have, w) === 0);
    const c = compareValues(have, want);
    switch (op) {
      case '>=': return c >= 0;
      case '<=': return c <= 0;
      case '>': return c > 0;
      case '<': return c < 0;
      case '!': case '!=': return !eq;
      default: return eq;
    }
  });
}

/** PHP's reading of `filter[>=DATE_CREATE]=…&select[0]=ID` into nested maps. */
export function parsePhpQuery(query: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(query)) {
    const path = key.split(/\[|\]\[|\]/).filter((p, i) => i === 0 || p !== '');
    let at = out as Record<string, unknown>;
    path.slice(0, -1).forEach((p) => (at = (at[p] ??= {}) as Record<string, unknown>));
    at[path[path.length - 1]] = value;
  }
  return out;
}

export async function startBitrixServer(options: BitrixServerOptions): Promise<BitrixServer> {
  const calls: BitrixCall[] = [];
  const faults = (options.faults ?? []).flatMap((f) => Array.from({ length: f.times ?? 1 }, () => f));
  const user = options.user ?? '7';

  function list(method: string, params: Record<string, unknown>) {
    const rows = method === 'crm.lead.list' ? options.leads ?? []
      : method === 'crm.status.list' ? options.statuses ?? [] : options.deals ?? [];
    const filter = (params.filter ?? {}) as Record<string, unknown>;
    const found = rows.filter((r) => matches(r, filter)).sort((a, b) => Number(a.ID) - Number(b.ID));
    const start = Number(params.start ?? 0);
    const select = Object.values((params.select ?? {}) as Record<string, string>);
    const page = found.slice(start, start + 50)
      .map((r) => (select.length ? Object.fromEntries(select.map((f) => [f, r[f]])) : r));
    return { result: page, total: found.length, ...(start + 50 < found.length ? { next: start + 50 } : {}) };
  }

  function batch(cmd: Record<string, string>) {
    const names = Object.keys(cmd);
    if (names.length > 50) {
      const tooLong = { error: 'ERROR_BATCH_LENGTH_EXCEEDED', error_description: 'Max batch length exceeded' };
      return { status: 400, body: tooLong };
    }
    const result: Record<string, unknown> = {}, errors: Record<string, unknown> = {};
    const totals: Record<string, number> = {}, nexts: Record<string, number> = {};
    for (const name of names) {
      const [method, query = ''] = cmd[name].split('?');
      const fault = options.commandErrors?.[method];
      if (fault) { errors[name] = { error: fault.error, error_description: fault.description }; continue; }
      const answer = list(method, parsePhpQuery(query));
      result[name] = answer.result;
      totals[name] = answer.total;
      if (answer.next !== undefined) nexts[name] = answer.next;
    }
    // PHP writes an empty map as [].
    const map = (m: Record<string, unknown>) => (Object.keys(m).length ? m : []);
    const body = {
      result: { result: map(result), result_error: map(errors), result_total: map(totals), result_next: map(nexts),
        result_time: [] },
      time: { start: 0, finish: 0, duration: 0 } };
    return { status: 200, body };
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const m = /^\/rest\/([^/]+)\/([^/]+)\/([\w.]+?)(?:\.json)?$/.exec((req.url ?? '').split('?')[0]);
    const call: BitrixCall = { method: m?.[3] ?? '', status: 0, body: raw ? JSON.parse(raw) : {} };
    calls.push(call);
    const send = (status: number, body: unknown) => {
      call.status = status;
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
      res.end(JSON.stringify(body));
    };
    const notFound = { error: 'ERROR_METHOD_NOT_FOUND', error_description: 'Method not found!' };
    if (req.method !== 'POST' || !m) return send(404, notFound);
    if (m[1] !== user || m[2] !== options.secret) {
      return send(401, { error: 'NO_AUTH_FOUND', error_description: 'Wrong authorization data' });
    }
    const fault = faults.shift();
    if (fault) return send(fault.status, { error: fault.error, error_description: fault.description });
    const body = call.body as Record<string, unknown>;
    if (m[3] === 'batch') {
      const answer = batch((body.cmd ?? {}) as Record<string, string>);
      return send(answer.status, answer.body);
    }
    if (['crm.lead.list', 'crm.deal.list', 'crm.status.list'].includes(m[3])) return send(200, list(m[3], body));
    return send(404, notFound);
  }

  const server = createServer((req, res) => { void handle(req, res).catch(() => res.writeHead(500).end()); });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    webhook: `http://127.0.0.1:${port}/rest/${user}/${options.secret}/`,
    calls,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}
