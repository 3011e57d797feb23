// Benchmark: importing 300,000 date × page rows through the real GA4 client vs just JSON.parse of the same payload.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Ga4RunReportRequest } from '../src/core/ga4/api-types';
import { MAX_LIMIT, metricType, parseMetricValue } from '../src/core/ga4/metrics';
import { fetchAllPages } from '../src/core/ga4/paging';
import { createGa4Transport } from '../src/cli/ga4/fetch';
import { ga4Template, makeSite, startGa4Server } from '../tests/helpers/ga4-server';
import { runIfMain, type BenchSection } from './bench-section';

const SELF = fileURLToPath(import.meta.url);
const ROWS = 300_000;
const MONTH = '2026-11';
const TOKEN = 'bench-token';
const REQUEST: Ga4RunReportRequest = {
  dateRanges: [{ startDate: `${MONTH}-01`, endDate: `${MONTH}-30` }],
  dimensions: [{ name: 'date' }, { name: 'pagePath' }],
  metrics: [{ name: 'screenPageViews' }, { name: 'sessions' }],
  orderBys: [{ dimension: { dimensionName: 'date' } }, { dimension: { dimensionName: 'pagePath' } }],
  limit: String(MAX_LIMIT),
  returnPropertyQuota: true,
};

interface Figures { ms: number; rssMb: number; requests?: number; pages?: number; rows?: number }

/** Child: the full import (googleapis client → pages → numbers by metric type). */
async function importChild(url: string): Promise<Figures> {
  const transport = await createGa4Transport('properties/1', ga4Template(), { GA_ACCESS_TOKEN: TOKEN, GA_DATA_API_URL: url });
  const started = performance.now();
  const fetched = await fetchAllPages(transport, [REQUEST]);
  const { response } = fetched.reports[0];
  const types = (response.metricHeaders ?? []).map((h) => metricType(h.type));
  const values = (response.rows ?? []).map((r) => [
    r.dimensionValues?.[0]?.value, r.dimensionValues?.[1]?.value,
    ...types.map((t, i) => parseMetricValue(r.metricValues?.[i]?.value, t)),
  ]);
  const ms = performance.now() - started;
  return { ms, rssMb: process.resourceUsage().maxRSS / 1024, requests: fetched.http, pages: fetched.pages, rows: values.length };
}

/** Child: the baseline, JSON.parse of the very same page payloads (read from disk before the clock starts). */
function parseChild(files: string[]): Figures {
  const texts = files.map((f) => readFileSync(f, 'utf8'));
  const started = performance.now();
  const rows = texts.reduce((n, t) => n + (JSON.parse(t).reports[0].rows?.length ?? 0), 0);
  return { ms: performance.now() - started, rssMb: process.resourceUsage().maxRSS / 1024, rows };
}

/** Child: the same pages over HTTP with Node's fetch and JSON.parse, no Google client (isolates its cost). */
async function fetchChild(url: string): Promise<Figures> {
  const started = performance.now();
  const texts = await download(url);
  const rows = texts.reduce((n, t) => n + (JSON.parse(t).reports[0].rows?.length ?? 0), 0);
  return { ms: performance.now() - started, rssMb: process.resourceUsage().maxRSS / 1024, requests: texts.length, rows };
}

/** The page payloads, asked for exactly as the client asks, so the stand-in serves the same bytes. */
async function download(url: string): Promise<string[]> {
  const texts: string[] = [];
  for (let offset = 0; offset < ROWS; offset += MAX_LIMIT) {
    const body = { requests: [offset ? { ...REQUEST, offset: String(offset) } : REQUEST] };
    const res = await fetch(`${url}v1beta/properties/1:batchRunReports`, {
      method: 'POST', headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' }, body: JSON.stringify(body),
    });
    texts.push(await res.text());
  }
  return texts;
}

async function serverChild(): Promise<void> {
  // cache: the stand-in answers a repeated page from memory, so its own JSON building is not timed.
  const server = await startGa4Server({ site: makeSite(MONTH, { pageRows: ROWS }), token: TOKEN, cache: true });
  process.stdout.write(`${server.url}\n`);
  process.stdin.resume();
  process.stdin.on('end', () => void server.close().then(() => process.exit(0)));
}

function runChild(args: string[]): Promise<Figures> {
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, ['--import', 'tsx', SELF, '--ga4-child', ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    p.stdout.on('data', (d) => (out += d));
    p.on('error', reject);
    p.on('close', (code) => (code === 0 ? resolve(JSON.parse(out)) : reject(new Error(`bench-ga4 child ${args[0]} exited with ${code}`))));
  });
}

function startServer(): Promise<{ url: string; proc: ChildProcess }> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, ['--import', 'tsx', SELF, '--ga4-child', 'server'], { stdio: ['pipe', 'pipe', 'inherit'] });
    let out = '';
    proc.stdout!.on('data', (d) => {
      out += d;
      if (out.includes('\n')) resolve({ url: out.trim(), proc });
    });
    proc.on('error', reject);
    proc.on('close', (code) => reject(new Error(`GA4 stand-in exited with ${code}`)));
  });
}

/** The raw page payloads saved for the JSON.parse baseline (this also warms the stand-in's cache). */
async function savePayloads(url: string, dir: string): Promise<{ files: string[]; bytes: number }> {
  const texts = await download(url);
  const files = texts.map((text, i) => {
    const file = path.join(dir, `page-${i}.json`);
    writeFileSync(file, text);
    return file;
  });
  return { files, bytes: texts.reduce((n, t) => n + Buffer.byteLength(t), 0) };
}

const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

export const ga4Section: BenchSection = {
  title: `GA4 import: ${fmt(ROWS)} date × page rows from the loopback stand-in (real @googleapis/analyticsdata client vs JSON.parse alone)`,
  async run() {
    const dir = mkdtempSync(path.join(tmpdir(), 'kpi-bench-ga4-'));
    const { url, proc } = await startServer();
    try {
      const { files, bytes } = await savePayloads(url, dir);
      const parse = await runChild(['parse', ...files]);
      const fetched = await runChild(['fetch', url]);
      const imported = await runChild(['import', url]);
      const goal = Math.ceil(ROWS / MAX_LIMIT);
      return {
        columns: ['what', 'report requests', 'HTTP calls', 'rows', 'time', 'peak RSS'],
        rows: [
          ['JSON.parse of the payload', '', '', fmt(parse.rows ?? 0), `${fmt(parse.ms)} ms`, `${fmt(parse.rssMb)} MB`],
          ['fetch + JSON.parse (no Google client)', '', String(fetched.requests), fmt(fetched.rows ?? 0), `${fmt(fetched.ms)} ms`, `${fmt(fetched.rssMb)} MB`],
          ['import (client + paging + numbers)', `${imported.pages} ${imported.pages === goal ? 'ok' : `(goal ${goal})`}`, String(imported.requests), fmt(imported.rows ?? 0), `${fmt(imported.ms)} ms`, `${fmt(imported.rssMb)} MB`],
        ],
        notes: [
          `payload ${fmt(bytes / 1_048_576, 1)} MB in ${files.length} pages; goal: ⌈rows / 250,000⌉ = ${goal} report requests; each figure from its own child process`,
          `time ratio import/parse ${fmt(imported.ms / parse.ms, 1)}×, RSS ratio ${fmt(imported.rssMb / parse.rssMb, 1)}× (the import also receives the bytes over HTTP)`,
        ],
      };
    } finally {
      proc.removeAllListeners('close');
      proc.stdin!.end();
      rmSync(dir, { recursive: true, force: true });
    }
  },
};

runIfMain(import.meta.url, ga4Section, {
  flag: '--ga4-child',
  async run([kind, ...rest]) {
    if (kind === 'server') return serverChild();
    const figures = kind === 'parse' ? parseChild(rest)
      : kind === 'fetch' ? await fetchChild(rest[0]) : await importChild(rest[0]);
    process.stdout.write(JSON.stringify(figures));
  },
});
