// Fetches every page of a set of GA4 reports through a transport, batching ≤ 5 report requests per call.
import type {
  Ga4BatchRunReportsRequest, Ga4BatchRunReportsResponse, Ga4PropertyQuota, Ga4ResponseMetadata, Ga4Row,
  Ga4RunReportRequest, Ga4RunReportResponse, Ga4SyncTransport, Ga4Transport,
} from './api-types';
import { BATCH_SIZE } from './requests';
import type { Ga4Progress } from './types';

/** One report with all its rows, plus what every page said about quality and quota. */
export interface Ga4FetchedReport {
  /** The first page's headers with every page's rows, in offset order. */
  response: Ga4RunReportResponse;
  metadata: Ga4ResponseMetadata[];
  quotas: Ga4PropertyQuota[];
  pages: number;
}

export interface Ga4Fetched {
  reports: Ga4FetchedReport[];
  http: number;
  pages: number;
}

interface ReportState {
  request: Ga4RunReportRequest;
  first?: Ga4RunReportResponse;
  pages: Map<number, Ga4Row[]>;
  received: number;
  expected: number;
  /** Rows one page brings: the requested limit, or fewer if GA4 capped it. */
  pageSize: number;
  /** Offsets asked for and not yet answered or already answered. */
  asked: Set<number>;
  metadata: Ga4ResponseMetadata[];
  quotas: Ga4PropertyQuota[];
}

/**
 * Pages with offset/limit until every report's rowCount is reached. Nothing is returned before
 * every page arrived, so a caller never writes half a month. Page requests of different
 * reports share batches, so 300,000 rows at 250,000 a page cost 2 report requests.
 */
export async function fetchAllPages(
  transport: Ga4Transport,
  requests: readonly Ga4RunReportRequest[],
  onProgress?: (progress: Ga4Progress) => void,
): Promise<Ga4Fetched> {
  const steps = pageSteps(requests, onProgress);
  let step = steps.next();
  while (!step.done) step = steps.next(await transport(step.value));
  return step.value;
}

/**
 * The same paging for a transport that answers at once. Apps Script's AnalyticsData service is
 * synchronous and google.script.run cannot wait for a promise, so the add-on needs this one.
 */
export function fetchAllPagesSync(
  transport: Ga4SyncTransport,
  requests: readonly Ga4RunReportRequest[],
  onProgress?: (progress: Ga4Progress) => void,
): Ga4Fetched {
  const steps = pageSteps(requests, onProgress);
  let step = steps.next();
  while (!step.done) step = steps.next(transport(step.value));
  return step.value;
}

/** The paging itself, free of how a batch travels: yields each batch body and is resumed with its answer. */
function* pageSteps(
  requests: readonly Ga4RunReportRequest[],
  onProgress?: (progress: Ga4Progress) => void,
): Generator<Ga4BatchRunReportsRequest, Ga4Fetched, Ga4BatchRunReportsResponse> {
  const states: ReportState[] = requests.map((request) => ({
    request, pages: new Map(), received: 0, expected: 0, pageSize: Number(request.limit ?? 10_000),
    asked: new Set([0]), metadata: [], quotas: [],
  }));
  let queue: { index: number; offset: number }[] = states.map((_, index) => ({ index, offset: 0 }));
  let http = 0;
  let pages = 0;

  while (queue.length > 0) {
    const wave = queue;
    queue = [];
    for (let start = 0; start < wave.length; start += BATCH_SIZE) {
      const slice = wave.slice(start, start + BATCH_SIZE);
      const body = { requests: slice.map(({ index, offset }) => pageRequest(states[index].request, offset)) };
      const answer = yield body;
      http++;
      const reports = answer?.reports ?? [];
      if (reports.length !== slice.length) {
        throw new Error(`GA4 answered ${reports.length} reports to a batch of ${slice.length} requests`);
      }
      slice.forEach(({ index, offset }, i) => receive(states[index], offset, reports[i]));
      pages += slice.length;
      onProgress?.({ http, pages, ...rowTally(states) });
    }
    states.forEach((state, index) => {
      for (const offset of missingOffsets(state)) queue.push({ index, offset });
    });
  }

  return {
    http,
    pages,
    reports: states.map((state) => {
      const offsets = [...state.pages.keys()].sort((a, b) => a - b);
      const rows = offsets.flatMap((offset) => state.pages.get(offset)!);
      return {
        response: { ...state.first, rows, rowCount: state.expected },
        metadata: state.metadata,
        quotas: state.quotas,
        pages: offsets.length,
      };
    }),
  };
}

function pageRequest(request: Ga4RunReportRequest, offset: number): Ga4RunReportRequest {
  return offset === 0 ? request : { ...request, offset: String(offset) };
}

function receive(state: ReportState, offset: number, response: Ga4RunReportResponse): void {
  const rows = response.rows ?? [];
  if (offset === 0) {
    state.first = { ...response, rows: undefined };
    // GA4 may return fewer rows than asked per page; page by what it actually gives.
    if (rows.length > 0 && rows.length < state.pageSize) state.pageSize = rows.length;
  }
  // rowCount is absent for an empty report; a later page's count is the freshest.
  state.expected = Math.max(response.rowCount ?? 0, offset === 0 ? rows.length : state.expected);
  if (state.pages.has(offset)) throw new Error(`GA4 paging: offset ${offset} arrived twice`);
  state.pages.set(offset, rows);
  state.received += rows.length;
  if (response.metadata) state.metadata.push(response.metadata);
  if (response.propertyQuota) state.quotas.push(response.propertyQuota);
}

/** Offsets still to ask for; an empty page before rowCount means GA4 stopped short. */
function missingOffsets(state: ReportState): number[] {
  if (state.received >= state.expected) return [];
  const covered = [...state.pages.entries()].reduce((end, [offset, rows]) => Math.max(end, offset + rows.length), 0);
  const emptyPage = [...state.pages.values()].some((rows) => rows.length === 0);
  if (emptyPage || state.pageSize <= 0) {
    throw new Error(`GA4 announced ${state.expected} rows but sent ${state.received}; try the import again`);
  }
  const out: number[] = [];
  for (let offset = covered; offset < state.expected; offset += state.pageSize) {
    if (!state.asked.has(offset)) {
      state.asked.add(offset);
      out.push(offset);
    }
  }
  if (out.length === 0) throw new Error(`GA4 announced ${state.expected} rows but sent ${state.received}; try the `
    + `import again`);
  return out;
}

function rowTally(states: ReportState[]): { rowsReceived: number; rowsExpected: number } {
  return states.reduce(
    (t, s) => ({ rowsReceived: t.rowsReceived + s.received, rowsExpected: t.rowsExpected + s.expected }),
    { rowsReceived: 0, rowsExpected: 0 },
  );
}
