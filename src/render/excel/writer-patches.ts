// Works around exceljs 4.4's streaming writer: two missing workbook parts and its ignored backpressure.
import type { stream, Worksheet } from 'exceljs';
import { withQuotePrefix } from './quote-prefix';

type Appender = { append(data: unknown, opts: { name: string }): unknown };

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The streaming writer hard-codes an empty <Company> in docProps/app.xml and an empty calcPr
 * (no fullCalcOnLoad) in workbook.xml. Both parts are small strings handed to the zip at commit,
 * so we amend them there rather than copy exceljs's private commit code.
 */
export function patchWriter(wb: stream.xlsx.WorkbookWriter, company: string | undefined): void {
  const zip = (wb as unknown as { zip: Appender }).zip;
  const append = zip.append.bind(zip);
  zip.append = (data, opts) => {
    if (typeof data === 'string' && opts?.name === '/xl/workbook.xml') {
      // Formulas carry no cached results, so ask every reader to calculate them on open.
      data = data.replace(/<calcPr\b(?![^>]*fullCalcOnLoad)/, '<calcPr fullCalcOnLoad="1"');
    } else if (typeof data === 'string' && opts?.name === 'xl/styles.xml') {
      data = withQuotePrefix(data);
    } else if (typeof data === 'string' && opts?.name === 'docProps/app.xml' && company) {
      // A function replacement, so a `$` in the name is not read as a pattern reference.
      data = data.replace(/<Company>[^<]*<\/Company>|<Company\/>/, () => `<Company>${escapeXml(company)}</Company>`);
    }
    return append(data, opts);
  };
}

/** Stops the zip after a failure so no queued sheet keeps writing into the discarded file. */
export function abortWriter(wb: stream.xlsx.WorkbookWriter): void {
  try {
    (wb as unknown as { zip: { abort(): void } }).zip.abort();
  } catch {
    // Best effort: the temporary file is deleted either way.
  }
}

interface SinkState { length: number; needDrain: boolean }
interface Sink {
  _writableState?: SinkState;
  once(ev: string, fn: () => void): unknown;
  removeListener(ev: string, fn: () => void): unknown;
}

/**
 * Where a streaming sheet's XML waits to be compressed. exceljs writes each sheet into a buffer
 * that feeds a PassThrough inside archiver *without* honouring its backpressure, so when rows come
 * faster than deflate runs, the whole sheet piles up there (~400 MB at 1M rows). Returns undefined
 * if exceljs's internals ever differ (then only the file stream's own backpressure applies).
 */
export function sheetSink(ws: Worksheet): Sink | undefined {
  const pipes = (ws as unknown as { stream?: { pipes?: unknown[] } }).stream?.pipes;
  const sink = Array.isArray(pipes) ? (pipes[0] as Sink | undefined) : undefined;
  return sink && typeof sink._writableState?.length === 'number' ? sink : undefined;
}

/**
 * Resolves once `sink` has handed its queue on, or once it or any of `also` fails or closes (the
 * caller then checks for errors): a broken file stream means the queue will never drain.
 */
export function drained(sink: Sink, ...also: Sink[]): Promise<void> {
  return new Promise((resolve) => {
    const watched: [Sink, string][] = [[sink, 'drain'], ...[sink, ...also].flatMap((s) => [[s, 'error'], [s, 'close']] as [Sink, string][])];
    const done = () => {
      for (const [s, ev] of watched) s.removeListener(ev, done);
      resolve();
    };
    for (const [s, ev] of watched) s.once(ev, done);
  });
}
