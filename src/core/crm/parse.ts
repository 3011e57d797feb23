// Bitrix24 answers read strictly: list pages (result, next, total), batch (result.result, result_error…), dates.

/** A Bitrix24 error body: `{ "error": "QUERY_LIMIT_EXCEEDED", "error_description": "…" }` (error may be ""). */
export interface CrmErrorBody {
  error: string;
  description: string;
}

export interface CrmListPage {
  rows: Record<string, unknown>[];
  /** The `start` of the next page, when there is one. */
  next?: number;
  total: number;
}

export interface CrmBatchAnswer {
  pages: Record<string, CrmListPage>;
  errors: Record<string, CrmErrorBody>;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

/** PHP sends an empty map as `[]`: both mean "nothing". */
function asMap(v: unknown, what: string): Record<string, unknown> {
  if (v === undefined || (Array.isArray(v) && v.length === 0)) return {};
  if (isObject(v)) return v;
  throw new Error(`Bitrix24 answered an unexpected ${what}`);
}

function count(v: unknown, what: string): number {
  const n = typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : v;
  if (typeof n !== 'number' || !Number.isSafeInteger(n) || n < 0) throw new Error(`Bitrix24 answered a bad ${what}`);
  return n;
}

/** The error of a failed call, if the body is one. */
export function readErrorBody(body: unknown): CrmErrorBody | undefined {
  if (!isObject(body) || !('error' in body)) return undefined;
  const description = typeof body.error_description === 'string' ? body.error_description : '';
  return { error: typeof body.error === 'string' ? body.error : String(body.error ?? ''), description };
}

function page(rows: unknown, next: unknown, total: unknown): CrmListPage {
  if (!Array.isArray(rows) || !rows.every(isObject)) throw new Error('Bitrix24 answered a list that is not rows');
  return {
    rows,
    next: next === undefined || next === null ? undefined : count(next, '"next"'),
    total: count(total ?? rows.length, '"total"'),
  };
}

/** A crm.*.list answer: `{ result: [...], next?: 50, total: 123 }`. */
export function parseListAnswer(body: unknown): CrmListPage {
  if (!isObject(body)) throw new Error('Bitrix24 answered something that is not JSON');
  return page(body.result, body.next, body.total);
}

/** A batch answer: `{ result: { result, result_error, result_total, result_next, result_time } }`. */
export function parseBatchAnswer(body: unknown): CrmBatchAnswer {
  if (!isObject(body) || !isObject(body.result)) throw new Error('Bitrix24 answered a batch without "result"');
  const results = asMap(body.result.result, 'batch result');
  const errors = asMap(body.result.result_error, 'batch result_error');
  const totals = asMap(body.result.result_total, 'batch result_total');
  const nexts = asMap(body.result.result_next, 'batch result_next');
  const out: CrmBatchAnswer = { pages: {}, errors: {} };
  for (const [key, e] of Object.entries(errors)) out.errors[key] = readErrorBody(e) ?? { error: '', description: '' };
  for (const [key, rows] of Object.entries(results)) {
    if (!(key in out.errors)) out.pages[key] = page(rows, nexts[key], totals[key]);
  }
  return out;
}

/**
 * The portal's calendar day of a Bitrix24 date-time such as `2025-01-02T18:37:18+02:00`: the day on the portal's
 * wall (its offset is its time zone), not the UTC day.
 */
export function portalDay(text: unknown): string | undefined {
  if (typeof text !== 'string') return undefined;
  const m = /^(\d{4}-\d{2}-\d{2})(T\d{2}:\d{2}(:\d{2})?([+-]\d{2}:?\d{2}|Z)?)?$/.exec(text.trim());
  return m ? m[1] : undefined;
}
