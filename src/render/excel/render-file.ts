// Streams a WorkbookSpec to an .xlsx file (Node): temporary file, renamed only when complete.
import { createWriteStream, promises as fs, type WriteStream } from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import ExcelJS, { type Worksheet } from 'exceljs';
import type { WorkbookSpec, SheetSpec } from '../../core/model/workbook';
import { checkSheetNames } from './sanitize';
import { applyProperties } from './properties';
import { sheetOptions, writeSheet } from './write-sheet';
import { ListPlan, listSheetSpec, type ListSheetSpec } from './lists';
import { patchWriter, abortWriter, sheetSink, drained } from './writer-patches';
import { ChartParts } from './charts/parts';
import { streamingCharts } from './charts/attach';
import { writeMetaSheet } from './meta-sheet';

export interface RenderFileOptions {
  /** Called every 1,000 rows and once when a sheet is complete, with the rows written so far. */
  onProgress?: (sheetName: string, rows: number) => void;
  /** Told the temporary file's path once it exists, so a signal handler can remove it. */
  onTempFile?: (tempPath: string) => void;
  /** Opens the temporary file (default: create it, failing if it exists); a seam for disk faults. */
  open?: (tempPath: string) => Promise<fs.FileHandle>;
}

/** How often the row loop stops to let compression and the disk catch up. */
const ROWS_PER_PAUSE = 1000;
/** Bytes of sheet XML allowed to wait for deflate before the row loop pauses. */
const SINK_LIMIT = 4 * 1024 * 1024;

export async function renderWorkbookToFile(spec: WorkbookSpec, outPath: string, opts: RenderFileOptions = {}): Promise<void> {
  // Everything that can be checked up front is, before a file exists.
  checkSheetNames(spec.sheets.map((s) => s.name));
  const chartParts = new ChartParts(spec.sheets);
  const target = path.resolve(outPath);
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  // Opening first makes a missing folder or a read-only one a plain rejection, not a stream event.
  const handle = await (opts.open ?? ((p: string) => fs.open(p, 'wx')))(temp);
  opts.onTempFile?.(temp);
  const out = createWriteStream(temp, { fd: handle, autoClose: true });
  let streamError: Error | undefined;
  out.on('error', (e) => (streamError ??= e));
  let wb: InstanceType<typeof ExcelJS.stream.xlsx.WorkbookWriter> | undefined;
  try {
    wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
    applyProperties(wb, spec.properties);
    patchWriter(wb, wb.company);
    const charts = streamingCharts(wb, chartParts);
    const lists = new ListPlan(spec.sheets);
    const write = async (sheet: SheetSpec | ListSheetSpec, hidden: boolean) => {
      const ws = wb!.addWorksheet(sheet.name, sheetOptions(sheet, hidden));
      const rows = await writeSheet(ws, sheet, lists, {
        streaming: true,
        every: ROWS_PER_PAUSE,
        onRows: async (n) => {
          opts.onProgress?.(sheet.name, n);
          await relieve(ws, out);
          if (streamError) throw streamError;
        },
      });
      charts.sheet(ws, sheet.name);
      ws.commit();
      opts.onProgress?.(sheet.name, rows);
    };
    for (const sheet of spec.sheets) await write(sheet, false);
    if (lists.needed) await write(listSheetSpec(lists), true);
    writeMetaSheet(wb, spec.meta);
    charts.finish();
    await wb.commit();
    await closed(out);
    if (streamError) throw streamError;
    await fs.rename(temp, target);
  } catch (e) {
    if (wb) abortWriter(wb);
    out.destroy();
    await closed(out).catch(() => undefined);
    await fs.rm(temp, { force: true });
    throw e;
  }
}

/**
 * Backpressure, checked every ROWS_PER_PAUSE rows. exceljs queues sheet XML for compression
 * without waiting (~400 MB at 1M rows); once more than SINK_LIMIT waits, pause until deflate has
 * taken it, and likewise when the file stream itself is full. Waiting only when behind keeps the
 * row loop and deflate (on libuv's thread pool) running side by side.
 */
async function relieve(ws: Worksheet, out: WriteStream): Promise<void> {
  const sink = sheetSink(ws);
  const state = sink?._writableState;
  if (sink && state && state.needDrain && state.length > SINK_LIMIT && !out.destroyed) await drained(sink, out);
  if (out.writableNeedDrain && !out.destroyed) await drained(out);
  // Without a view of exceljs's queue, at least give the pipeline a turn of the event loop.
  if (!sink) await new Promise((resolve) => setImmediate(resolve));
}

function closed(out: WriteStream): Promise<void> {
  if (out.closed) return Promise.resolve();
  return new Promise((resolve, reject) => {
    out.once('close', resolve);
    out.once('error', reject);
  });
}
