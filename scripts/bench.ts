// `npm run bench`: performance figures for KPI Planner, printed as tables (a benchmark, not a test).
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ExcelJS from 'exceljs';
import type { Row, WorkbookSpec } from '../src/core/model/workbook';
import { renderWorkbookToFile } from '../src/render/excel/render-file';

/** One printed table. Sections run in order; each measures in its own way. */
export interface BenchSection {
  title: string;
  run(): Promise<{ columns: string[]; rows: string[][]; notes?: string[] }>;
}

const SELF = fileURLToPath(import.meta.url);
const GOAL_RATIO = 0.85;
const GOAL_RSS_MB = 200;

// ---------------------------------------------------------------------------------------------
// GA-like data: deterministic, so every run writes the same bytes.

const CHANNELS = ['Organic Search', 'Direct', 'Paid Search', 'Organic Social', 'Paid Social', 'Email', 'Referral', 'Display', 'Organic Video', 'Unassigned'];
const SOURCES = ['google', '(direct)', 'facebook.com', 'instagram.com', 'newsletter', 'bing', 'linkedin.com', 'youtube.com', 'delfi.lv', 'lrytas.lt', 'tiktok.com', 'chatgpt.com'];
const DAYS = Array.from({ length: 90 }, (_, i) => new Date(Date.UTC(2025, 0, 1 + i)).toISOString().slice(0, 10));
const DAY_DATES = DAYS.map((d) => new Date(`${d}T00:00:00Z`));

interface GaRow { day: number; channel: string; source: string; campaign: string; page: string; sessions: number; users: number; events: number }

function* gaRows(count: number): Generator<GaRow> {
  let seed = 42;
  const rnd = (n: number) => ((seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) % n);
  for (let i = 0; i < count; i++) {
    const sessions = 1 + rnd(500);
    yield {
      day: Math.floor((i * DAYS.length) / count),
      channel: CHANNELS[rnd(CHANNELS.length)],
      source: SOURCES[rnd(SOURCES.length)],
      campaign: `spring-admission-${rnd(150)}`,
      page: `/programmes/${rnd(40)}/news/${rnd(5000)}-open-day`,
      sessions,
      users: 1 + rnd(sessions),
      events: rnd(20),
    };
  }
}

const HEADER = ['Date', 'Channel group', 'Source', 'Campaign', 'Page path', 'Sessions', 'Users', 'Key events'];

/** The description the core would hand over for a GA4 sheet: lazy rows, typed columns. */
function gaSpec(count: number): WorkbookSpec {
  const bold = { bold: true, fill: '#DDEBF7' };
  const count0 = { numFmt: '#,##0' };
  return {
    properties: { title: 'GA4 bench', subject: 'bench', creator: 'bench', created: '2025-03-31', language: 'en' },
    sheets: [{
      id: 'ga4', name: 'GA4', headerRow: 1, frozen: { rows: 1, columns: 0 }, rowCount: count + 1, autoFilter: 'A1:H1',
      columns: [
        { key: 'date', width: 12, style: { numFmt: 'yyyy-mm-dd' } }, { key: 'channel', width: 18 }, { key: 'source', width: 16 },
        { key: 'campaign', width: 22 }, { key: 'page', width: 40 },
        { key: 'sessions', width: 10, style: count0 }, { key: 'users', width: 10, style: count0 }, { key: 'events', width: 10, style: count0 },
      ],
      rows: (function* (): Generator<Row> {
        yield HEADER.map((text) => ({ text, style: bold }));
        for (const r of gaRows(count)) yield [{ date: DAYS[r.day] }, r.channel, r.source, r.campaign, r.page, r.sessions, r.users, r.events];
      })(),
    }],
  };
}

/** Baseline: exceljs's streaming writer used the plain way (no backpressure, no guards). */
async function plainWrite(count: number, file: string): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useStyles: true, useSharedStrings: false });
  const ws = wb.addWorksheet('GA4', { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = [12, 18, 16, 22, 40, 10, 10, 10].map((width) => ({ width }));
  ws.addRow(HEADER).commit();
  for (const r of gaRows(count)) ws.addRow([DAY_DATES[r.day], r.channel, r.source, r.campaign, r.page, r.sessions, r.users, r.events]).commit();
  ws.commit();
  await wb.commit();
}

/** Child process: one measurement, so peak RSS belongs to that writer alone. */
async function child(kind: string, count: number, file: string): Promise<void> {
  const started = performance.now();
  if (kind === 'plain') await plainWrite(count, file);
  else await renderWorkbookToFile(gaSpec(count), file);
  const ms = performance.now() - started;
  // maxRSS is in kilobytes and covers the whole life of this process.
  process.stdout.write(JSON.stringify({ ms, rssMb: process.resourceUsage().maxRSS / 1024, bytes: statSync(file).size }));
}

function measure(kind: string, count: number, dir: string): Promise<{ ms: number; rssMb: number; bytes: number }> {
  const file = path.join(dir, `${kind}-${count}.xlsx`);
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, ['--import', 'tsx', SELF, '--child', kind, String(count), file], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    p.stdout.on('data', (d) => (out += d));
    p.on('error', reject);
    p.on('close', (code) => {
      rmSync(file, { force: true });
      if (code !== 0) return reject(new Error(`bench child ${kind} ${count} exited with ${code}`));
      resolve(JSON.parse(out));
    });
  });
}

const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

export const excelSection: BenchSection = {
  title: 'Excel renderer: GA-like sheet, 8 columns (renderWorkbookToFile vs plain exceljs streaming writer)',
  async run() {
    const dir = mkdtempSync(path.join(tmpdir(), 'kpi-bench-'));
    const rows: string[][] = [];
    try {
      for (const count of [146_000, 1_000_000]) {
        const plain = await measure('plain', count, dir);
        const ours = await measure('ours', count, dir);
        const ratio = plain.ms / ours.ms;
        rows.push([
          fmt(count), `${fmt(plain.ms / 1000, 2)} s`, `${fmt(ours.ms / 1000, 2)} s`,
          `${fmt(ratio, 2)} ${ratio >= GOAL_RATIO ? 'ok' : 'SLOW'}`,
          `${fmt(plain.rssMb)} MB`, `${fmt(ours.rssMb)} MB ${ours.rssMb <= GOAL_RSS_MB ? 'ok' : 'HIGH'}`,
          `${fmt(ours.bytes / 1_048_576, 1)} MB`,
        ]);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    return {
      columns: ['rows', 'plain', 'ours', 'ratio plain/ours', 'plain peak RSS', 'our peak RSS', 'file'],
      rows,
      notes: [`goals: ratio ≥ ${GOAL_RATIO}, our peak RSS ≤ ${GOAL_RSS_MB} MB at both sizes; each figure from its own child process`],
    };
  },
};

/** All benchmark sections, printed in this order (the others live in their own files and import this one's type). */
async function allSections(): Promise<BenchSection[]> {
  const [{ demoSection }, { ga4Section }] = await Promise.all([import('./bench-demo'), import('./bench-ga4')]);
  return [demoSection, excelSection, ga4Section];
}

function printTable(title: string, columns: string[], rows: string[][], notes: string[] = []): void {
  const widths = columns.map((c, i) => Math.max(c.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => '| ' + cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ') + ' |';
  console.log(`\n${title}`);
  console.log(line(columns));
  console.log('|' + widths.map((w) => '-'.repeat(w + 2)).join('|') + '|');
  for (const r of rows) console.log(line(r));
  for (const n of notes) console.log(`  ${n}`);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args[0] === '--child') return child(args[1], Number(args[2]), args[3]);
  console.log(`KPI Planner benchmark — Node ${process.version}, ${process.platform}/${process.arch}`);
  const only = args[0];
  for (const s of await allSections()) {
    if (only && !s.title.toLowerCase().startsWith(only)) continue;
    const t = await s.run();
    printTable(s.title, t.columns, t.rows, t.notes);
  }
  if (!only || only === 'add-on') {
    console.log('');
    const { benchAddon } = await import('./bench-addon');
    await benchAddon();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main().catch((e) => {
    console.error(e instanceof Error ? e.stack : e);
    process.exit(1);
  });
}
