// Bitrix24 lists read to their end as a plan of calls: first pages and counts together, then the rest in batches.
import { classifyCrmFailure, type CrmFailure } from './failure';
import { parseBatchAnswer, parseListAnswer, type CrmListPage } from './parse';
import { BATCH_SIZE, PAGE_SIZE, batchBodies } from './requests';

/** One list or count command: `key` names it in batches (a list's pages are `key_<start>`). */
export interface CrmCommand {
  key: string;
  method: string;
  params: Record<string, unknown>;
}

/** The next HTTP call the plan wants made; its answer is passed back in. */
export interface CrmCall {
  method: string;
  body: object;
}

export interface CrmPaged {
  /** Every row of each list, by list key, checked against the list's `total`. */
  rows: Record<string, Record<string, unknown>[]>;
  /** Each count command's `total`, by key. */
  totals: Record<string, number>;
  requests: { http: number; pages: number };
}

/** How a refused command is worded: the failure and the keys of the refused commands. */
export type CrmCommandFault = (failure: CrmFailure, keys: string[]) => Error;

const pageKey = (key: string, start: number) => `${key}_${start}`;

/**
 * Reads lists to their end and counts through `total`. Round one: every list's first page and every count, in
 * ⌈commands / 50⌉ batch calls (a lone list is one plain call). Round two: the lists' remaining pages together, in
 * ⌈pages / 50⌉ batch calls. A generator, so the CLI's fetch and Apps Script's UrlFetchApp drive the same plan.
 */
export function* pageCrmLists(
  lists: CrmCommand[], counts: CrmCommand[], fault: CrmCommandFault,
): Generator<CrmCall, CrmPaged, unknown> {
  const first: Record<string, CrmListPage> = {};
  let http = 0;
  if (lists.length === 1 && counts.length === 0) {
    first[pageKey(lists[0].key, 0)] = parseListAnswer(yield { method: lists[0].method, body: lists[0].params });
    http++;
  } else {
    const round = [
      ...lists.map((l) => ({ key: pageKey(l.key, 0), method: l.method, params: { ...l.params, start: 0 } })),
      ...counts.map((c) => ({ key: c.key, method: c.method, params: { ...c.params, start: 0 } })),
    ];
    for (const body of batchBodies(round)) {
      Object.assign(first, readBatch(yield { method: 'batch', body }, Object.keys(body.cmd), fault));
      http++;
    }
  }
  const rest: CrmCommand[] = [];
  const order = new Map<string, string[]>();
  for (const l of lists) {
    const page = first[pageKey(l.key, 0)];
    const keys = [pageKey(l.key, 0)];
    if (page.next !== undefined) {
      for (let s = page.next; s < page.total; s += PAGE_SIZE) {
        rest.push({ key: pageKey(l.key, s), method: l.method, params: { ...l.params, start: s } });
        keys.push(pageKey(l.key, s));
      }
    }
    order.set(l.key, keys);
  }
  const pages: Record<string, CrmListPage> = { ...first };
  for (let i = 0; i < rest.length; i += BATCH_SIZE) {
    const body = batchBodies(rest.slice(i, i + BATCH_SIZE))[0];
    Object.assign(pages, readBatch(yield { method: 'batch', body }, Object.keys(body.cmd), fault));
    http++;
  }
  const rows: CrmPaged['rows'] = {};
  for (const l of lists) {
    const total = first[pageKey(l.key, 0)].total;
    const got = order.get(l.key)!.flatMap((k) => pages[k].rows);
    if (got.length !== total) {
      throw new Error(`Bitrix24 gave ${got.length} of ${total} rows (records changed while reading?); try again`);
    }
    rows[l.key] = got;
  }
  const totals = Object.fromEntries(counts.map((c) => [c.key, first[c.key].total]));
  return { rows, totals, requests: { http, pages: lists.length + rest.length } };
}

/** One batch answer: every command's page, or the edge's error naming the refused commands. */
function readBatch(raw: unknown, keys: string[], fault: CrmCommandFault): Record<string, CrmListPage> {
  const answer = parseBatchAnswer(raw);
  const failed = Object.entries(answer.errors);
  if (failed.length) {
    const e = failed[0][1];
    throw fault(classifyCrmFailure({ code: e.error, said: e.description }), failed.map(([k]) => k));
  }
  for (const key of keys) if (!answer.pages[key]) throw new Error(`Bitrix24's batch answer lacks ${key}`);
  return answer.pages;
}

/** Runs a plan over an asynchronous call (the CLI's fetch). */
export async function runPlan<T>(
  plan: Generator<CrmCall, T, unknown>, call: (method: string, body: object) => Promise<unknown>,
): Promise<T> {
  let step = plan.next();
  while (!step.done) step = plan.next(await call(step.value.method, step.value.body));
  return step.value;
}

/** Runs a plan over a synchronous call (Apps Script's UrlFetchApp). */
export function runPlanSync<T>(
  plan: Generator<CrmCall, T, unknown>, call: (method: string, body: object) => unknown,
): T {
  let step = plan.next();
  while (!step.done) step = plan.next(call(step.value.method, step.value.body));
  return step.value;
}
