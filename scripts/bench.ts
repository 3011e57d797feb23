// `npm run bench`: performance figures for KPI Planner, printed as tables (a benchmark, not a test).
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

import { printSection, type BenchSection } from './bench-section';

/** All benchmark sections, printed in this order (each lives in its own file). */
async function allSections(): Promise<BenchSection[]> {
  const [{ demoSection }, { excelSection }, { ga4Section }, { sidebarSection }, { roundSection }, { crmSection }] =
    await Promise.all([
      import('./bench-demo'), import('./bench-excel'), import('./bench-ga4'), import('./bench-sidebar'),
      import('./bench-round'), import('./bench-crm'),
    ]);
  return [demoSection, excelSection, ga4Section, sidebarSection, roundSection, crmSection];
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const machine = `${process.platform}/${process.arch}, ${os.cpus().length} cores`;
  console.log(`KPI Planner benchmark — Node ${process.version}, ${machine}`);
  const only = args[0];
  for (const s of await allSections()) {
    if (only && !s.title.toLowerCase().startsWith(only)) continue;
    const t = await s.run();
    printSection(s.title, t);
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
