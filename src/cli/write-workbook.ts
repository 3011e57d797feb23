// Writing a described workbook to --out (whole or not at all), and the month report's line on how the KPIs stand.
import { rmSync } from 'node:fs';
import type { CliIo } from './args';
import { buildReport } from '../core/build-workbook';
import type { BuildInput } from '../core/model/input';
import type { WorkbookSpec } from '../core/model/workbook';
import { renderWorkbookToFile } from '../render/excel/render-file';
import { outWriteError } from './out-file';
import { metaRows, type WorkbookMeta } from './workbook-meta';

/** Writes a described workbook to --out in full or not at all (temporary file, renamed when complete). */
export async function writeSpec(workbook: WorkbookSpec, outFile: string, io: CliIo): Promise<void> {
  // Ctrl-C or a kill mid-write must not leave the temporary file behind.
  let temp: string | undefined;
  const stopWatching = io.onInterrupt?.(() => { if (temp) rmSync(temp, { force: true }); });
  try {
    await renderWorkbookToFile(workbook, outFile, {
      onProgress: (sheet, rows) => io.progress(`writing ${sheet}: ${rows} rows`),
      onTempFile: (file) => (temp = file),
      open: io.openOut,
    });
  } catch (e) {
    throw outWriteError(e, outFile);
  } finally {
    stopWatching?.();
  }
  io.progress('');
}

/** Builds and writes the workbook, then prints the path and how the KPIs stand. */
export async function writeWorkbook(
  input: BuildInput, outFile: string, io: CliIo, meta?: WorkbookMeta,
): Promise<void> {
  const report = buildReport(input);
  // What `kpi-planner refresh` needs to rebuild the file from itself.
  if (meta) report.workbook.meta = metaRows(meta);
  await writeSpec(report.workbook, outFile, io);
  const count = (s: string | null) => report.kpis.filter((k) => k.status === s).length;
  const open = count(null);
  io.out(`Wrote ${outFile}`);
  io.out(
    `${input.template.id}, ${input.month}${input.final ? ' closed' : ''} as of ${input.today} (${input.lang}): ` +
      `${report.kpis.length} KPIs: ${count('met')} met, ${count('atRisk')} at risk, ${count('missed')} missed` +
      (open ? `, ${open} without figures` : '') +
      `; ${input.data.length} data rows, ${input.events.length} events`,
  );
}
