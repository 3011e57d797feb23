// Benchmark: a month of 5,000 leads and 800 won deals from the loopback Bitrix24 stand-in: calls, time, peak memory.
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { fetchCrmMonth, fetchCrmMonthData, parseWebhook } from '../src/cli/crm/fetch';
import { buildCrmSheet } from '../src/core/crm/sheet';
import { findTemplate } from '../src/core/template/registry';
import { startBitrixServer, type CrmRow } from '../tests/helpers/bitrix-server';
import { runIfMain, type BenchSection } from './bench-section';

const SELF = fileURLToPath(import.meta.url);
const MONTH = '2026-11';
const LEADS = 5000;
const WON = 800;
const SOURCES = ['WEB', 'CALL', 'EMAIL', 'ADVERTISING', 'UC_7K2Q'];
/** Two CRM KPIs (leads, won deals), so the counts are one batch of two commands. */
const TEMPLATE = 'digital-marketing-strategy';

const when = (i: number, hour: string) => `${MONTH}-${String(1 + (i % 30)).padStart(2, '0')}T${hour}+02:00`;

function portal(): { leads: CrmRow[]; deals: CrmRow[]; statuses: CrmRow[] } {
  const leads = Array.from({ length: LEADS }, (_, i) =>
    ({ ID: i + 1, DATE_CREATE: when(i, '09:15:00'), SOURCE_ID: SOURCES[i % SOURCES.length] }));
  // 800 won in the month, and as many lost or won in October: the filter leaves them at the portal.
  const deals = Array.from({ length: WON * 2 }, (_, i) => ({
    ID: i + 1, TITLE: `Enrolment ${i + 1}`, OPPORTUNITY: '1200.00', CURRENCY_ID: 'EUR',
    CLOSEDATE: i < WON ? when(i, '12:00:00') : '2026-10-15T12:00:00+03:00',
    STAGE_SEMANTIC_ID: i % 2 && i >= WON ? 'F' : 'S',
    SOURCE_ID: SOURCES[i % 3], DATE_CREATE: '2026-10-01T10:00:00+03:00',
  }));
  const statuses = SOURCES.slice(0, 4)
    .map((s, i) => ({ ID: i + 1, ENTITY_ID: 'SOURCE', STATUS_ID: s, NAME: s, SORT: i }));
  return { leads, deals, statuses };
}

interface Figures {
  ms: number; sheetMs?: number; rssMb: number; http: number; pages?: number; rows?: number; sheetRows?: number;
}

/** Child: the CLI's import over the real fetch client (counts only, or counts and the sheet's rows). */
async function importChild(kind: string, url: string): Promise<Figures> {
  const webhook = parseWebhook(url, 'bench');
  const template = findTemplate(TEMPLATE)!;
  const started = performance.now();
  if (kind === 'counts') {
    const r = await fetchCrmMonth(webhook, template, MONTH);
    return { ms: performance.now() - started, rssMb: process.resourceUsage().maxRSS / 1024, http: r.requests.http };
  }
  const r = await fetchCrmMonthData(webhook, template, MONTH);
  const ms = performance.now() - started;
  const t = performance.now();
  const sheet = buildCrmSheet(r.data, { lang: 'en', name: 'CRM data', dateFormat: 'yyyy-mm-dd' });
  return { ms, sheetMs: performance.now() - t, rssMb: process.resourceUsage().maxRSS / 1024, http: r.requests.http,
    pages: r.pages, rows: r.data.leads + r.data.wonDeals.length, sheetRows: sheet.rowCount };
}

async function serverChild(): Promise<void> {
  const server = await startBitrixServer({ secret: 'bench-secret', ...portal() });
  process.stdout.write(`${server.webhook}\n`);
  process.stdin.resume();
  process.stdin.on('end', () => void server.close().then(() => process.exit(0)));
}

function spawnSelf(args: string[], stdin: 'ignore' | 'pipe'): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', SELF, '--crm-child', ...args],
    { stdio: [stdin, 'pipe', 'inherit'] });
}

function runChild(args: string[]): Promise<Figures> {
  return new Promise((resolve, reject) => {
    const p = spawnSelf(args, 'ignore');
    let out = '';
    p.stdout!.on('data', (d) => (out += d));
    p.on('error', reject);
    p.on('close', (code) =>
      (code === 0 ? resolve(JSON.parse(out)) : reject(new Error(`bench-crm child exited ${code}`))));
  });
}

function startServer(): Promise<{ url: string; proc: ChildProcess }> {
  return new Promise((resolve, reject) => {
    const proc = spawnSelf(['server'], 'pipe');
    let out = '';
    proc.stdout!.on('data', (d) => {
      out += d;
      if (out.includes('\n')) resolve({ url: out.trim(), proc });
    });
    proc.on('error', reject);
    proc.on('close', (code) => reject(new Error(`Bitrix24 stand-in exited with ${code}`)));
  });
}

const fmt = (n: number, digits = 0) =>
  n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const up = (n: number) => Math.ceil(n / 50);

export const crmSection: BenchSection = {
  title: `CRM import: a month of ${fmt(LEADS)} leads and ${fmt(WON)} won deals from the loopback Bitrix24 stand-in `
    + '(real fetch client)',
  async run() {
    const { url, proc } = await startServer();
    try {
      const counts = await runChild(['counts', url]);
      const rows = await runChild(['rows', url]);
      const [leadPages, dealPages] = [up(LEADS), up(WON)];
      // The goal per list: ⌈rows / 50⌉ pages in ⌈pages / 50⌉ batch calls; counts: one call per 50 KPIs.
      const goal = up(leadPages) + up(dealPages) + 1;
      const mark = (got: number, want: number) => `${got} ${got <= want ? 'ok' : `(goal ${want})`}`;
      return {
        columns: ['what', 'HTTP calls', 'list pages', 'rows', 'time', 'sheet build', 'peak RSS'],
        rows: [
          ['counts only (total, no rows)', mark(counts.http, 1), '', '', `${fmt(counts.ms)} ms`, '',
            `${fmt(counts.rssMb)} MB`],
          ['counts + sheet rows (leads, won deals, sources)', mark(rows.http, goal), String(rows.pages),
            fmt(rows.rows ?? 0), `${fmt(rows.ms)} ms`, `${fmt(rows.sheetMs ?? 0, 1)} ms (${rows.sheetRows} rows)`,
            `${fmt(rows.rssMb)} MB`],
        ],
        notes: [
          `goal: ⌈${fmt(LEADS)} / 50⌉ = ${leadPages} lead pages in ${up(leadPages)} batches, `
            + `${dealPages} deal pages in ${up(dealPages)}, 1 count batch = ${goal} calls; `
            + 'the first pages, the sources\' page and the counts share the first batch',
          'each figure from its own child process; the stand-in runs in another (its memory is not counted)',
        ],
      };
    } finally {
      proc.removeAllListeners('close');
      proc.stdin!.end();
    }
  },
};

runIfMain(import.meta.url, crmSection, {
  flag: '--crm-child',
  async run([kind, url]) {
    if (kind === 'server') return serverChild();
    process.stdout.write(JSON.stringify(await importChild(kind, url)));
  },
});
