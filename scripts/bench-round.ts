// Benchmark: the round review for the largest template with six months of GA4 from the stand-in, against the
// monthly workbook (one month, and six months one by one): GA4 calls, report pages, time and peak memory.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createGa4Transport, fetchGa4Month } from '../src/cli/ga4/fetch';
import { buildReport } from '../src/core/build-workbook';
import { fetchAllPages } from '../src/core/ga4/paging';
import { parseRound } from '../src/core/periods';
import { buildGa4RoundRequests, buildRoundReview, ga4RoundRecords } from '../src/core/round';
import { findTemplate, listTemplates } from '../src/core/template/registry';
import { renderWorkbookToFile } from '../src/render/excel/render-file';
import { makeSite, startGa4Server } from '../tests/helpers/ga4-server';
import { runIfMain, type BenchSection } from './bench-section';

const SELF = fileURLToPath(import.meta.url);
const TOKEN = 'bench-token';
const ROUND = '2026-spring';
const TODAY = '2026-03-05';
/** The template with the most KPIs: the widest round review. */
const TEMPLATE = [...listTemplates()].sort((a, b) => b.kpis.length - a.kpis.length)[0].id;

interface Figures { ms: number; rssMb: number; http: number; pages: number }

/** Child: one kind of run against its own stand-in, timed from the first GA4 request to the file written. */
async function child(kind: 'round' | 'month' | 'six'): Promise<Figures> {
  const template = findTemplate(TEMPLATE)!;
  const server = await startGa4Server({ site: makeSite('2026-02'), token: TOKEN });
  const env = { GA_ACCESS_TOKEN: TOKEN, GA_DATA_API_URL: server.url };
  const dir = mkdtempSync(path.join(tmpdir(), 'kpi-bench-round-'));
  const period = parseRound(template, ROUND);
  const started = performance.now();
  try {
    if (kind === 'round') {
      const plan = buildGa4RoundRequests(template, period, TODAY);
      const transport = await createGa4Transport('properties/1', template, env);
      const ga4 = ga4RoundRecords(template, plan, await fetchAllPages(transport, plan.requests));
      const review = buildRoundReview({ template, period, today: TODAY, lang: 'lv', data: ga4.monthly,
        periodRecords: ga4.periodRecords });
      await renderWorkbookToFile(review.workbook, path.join(dir, 'round.xlsx'));
    } else {
      const months = kind === 'month' ? period.months.slice(-1) : period.months;
      for (const m of months) {
        const ga4 = await fetchGa4Month({ property: '1', template, month: m.id, env });
        const report = buildReport({ template, month: m.id, today: TODAY, lang: 'lv', events: [], data: [], ga4 });
        await renderWorkbookToFile(report.workbook, path.join(dir, `${m.id}.xlsx`));
      }
    }
    const ms = performance.now() - started;
    const pages = server.calls.reduce((n, c) => n + c.requests.length, 0);
    return { ms, rssMb: process.resourceUsage().maxRSS / 1024, http: server.calls.length, pages };
  } finally {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

function runChild(kind: string): Promise<Figures> {
  return new Promise((resolve, reject) => {
    const args = ['--import', 'tsx', SELF, '--round-child', kind];
    const p = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    p.stdout.on('data', (d) => (out += d));
    p.on('error', reject);
    p.on('close', (code) => (code === 0 ? resolve(JSON.parse(out))
      : reject(new Error(`bench-round child ${kind} exited with ${code}`))));
  });
}

const fmt = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 0 });

export const roundSection: BenchSection = {
  title: `Round review: ${TEMPLATE}, ${ROUND} (6 months of GA4 from the loopback stand-in) vs the monthly workbook`,
  async run() {
    const rows: string[][] = [];
    for (const [kind, what] of [['round', 'round review (one report set for the round)'],
      ['month', 'monthly workbook (February)'], ['six', 'six monthly workbooks, month by month']] as const) {
      const f = await runChild(kind);
      rows.push([what, String(f.http), String(f.pages), `${fmt(f.ms)} ms`, `${fmt(f.rssMb)} MB`]);
    }
    return {
      columns: ['what', 'GA4 HTTP calls', 'report pages', 'time', 'peak RSS'],
      rows,
      notes: ['each row from its own child process; time from the first GA4 request to the file written'],
    };
  },
};

runIfMain(import.meta.url, roundSection, {
  flag: '--round-child',
  async run([kind]) {
    process.stdout.write(JSON.stringify(await child(kind as 'round' | 'month' | 'six')));
  },
});
