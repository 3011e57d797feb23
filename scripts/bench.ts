// `npm run bench`: performance figures for KPI Planner, printed as tables (a benchmark, not a test).
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

import type { BenchSection } from './bench-section';

/** All benchmark sections, printed in this order (each lives in its own file). */
async function allSections(): Promise<BenchSection[]> {
  const [{ demoSection }, { excelSection }, { ga4Section }, { sidebarSection }, { roundSection }, { crmSection }] =
    await Promise.all([
      import('./bench-demo'), import('./bench-excel'), import('./bench-ga4'), import('./bench-sidebar'),
      import('./bench-round'), import('./bench-crm'),
    ]);
  return [demoSection, excelSection, ga4Section, sidebarSection, roundSection, crmSection];
}

function printTable(title: string, columns: string[], rows: string[][], notes: string[] = []): void {
  const widths = columns.map((c, i) => Math.max(c.length, ...rows.map((r) => (r[i] ?? '').length)));
  const pad = (c: string, i: number) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]));
  const line = (cells: string[]) => `| ${cells.map(pad).join(' | ')} |`;
  console.log(`\n${title}`);
  console.log(line(columns));
  console.log('|' + widths.map((w) => '-'.repeat(w + 2)).join('|') + '|');
  for (const r of rows) console.log(line(r));
  for (const n of notes) console.log(`  ${n}`);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const machine = `${process.platform}/${process.arch}, ${os.cpus().length} cores`;
  console.log(`KPI Planner benchmark — Node ${process.version}, ${machine}`);
  const only = args[0];
  for (const s of await allSections()) {
    if (only && !s.title.toLowerCase().startsWith(only)) continue;
    const t = await s.run();
    printTable(s.title, t.columns, t.rows, t.notes);
  }
  if (!only || only === 'add-on') {
    console.log('');
    const { benchAddon, benchAddonHistory } = await import('./bench-addon');
    await benchAddon();
    console.log('');
    await benchAddonHistory();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main().catch((e) => {
    console.error(e instanceof Error ? e.stack : e);
    process.exit(1);
  });
}
