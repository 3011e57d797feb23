// The Excel report: the server describes what the live sheets hold, the browser renders it with exceljs and saves it.
import { t } from './i18n';
import { loadExcelWriter } from './load-writer';
import { call, type ValueOf } from './server';
import { busy, success } from './status';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export interface SavedReport {
  fileName: string;
  /** A blob: URL of the file, kept for a "save again" link until the next download. */
  url: string;
}
let lastUrl: string | null = null;

/**
 * Downloads the month's report (or, with `describe`, a year plan's or round's); resolves with the file name it
 * saved and its URL.
 */
export async function downloadReport(
  month: string, describe = (): Promise<ValueOf<'getDownloadSpec'>> => call('getDownloadSpec', { month }, t().reading),
): Promise<SavedReport> {
  // On the first download the writer (exceljs, ~0.9 MB) comes while the server reads the sheets, not after.
  const writer = loadExcelWriter();
  // If the spec fails, that is the error to show; the writer's own failure is awaited (and shown) below.
  writer.catch(() => undefined);
  const spec = await describe();
  const done = busy(t().rendering);
  try {
    const { render } = await writer;
    // Let the progress message paint before exceljs keeps the main thread busy for a moment.
    await new Promise((resolve) => setTimeout(resolve, 0));
    let bytes: Uint8Array;
    try {
      // Plain row arrays are iterables, so the plain spec is a WorkbookSpec as it stands.
      bytes = await render(spec.workbook);
    } catch (error) {
      throw new Error(t().renderFailed(error instanceof Error ? error.message : String(error)));
    }
    return { fileName: spec.fileName, url: save(bytes, spec.fileName) };
  } finally {
    done();
  }
}

/** Says the file was saved, with a "save again" link: if the browser held the automatic save back, a click on the
 * link is a fresh user gesture. */
export function showSaved(saved: SavedReport): void {
  success(t().downloaded(saved.fileName), [], '', { url: saved.url, fileName: saved.fileName, text: t().saveAgain });
}

/** Saves bytes as a file the way browsers allow from a page: a Blob URL behind a clicked <a download>. */
function save(bytes: Uint8Array, fileName: string): string {
  // Copy into a plain ArrayBuffer: Blob parts may not be views of a SharedArrayBuffer.
  const blob = new Blob([bytes.slice().buffer as ArrayBuffer], { type: XLSX_TYPE });
  if (lastUrl) URL.revokeObjectURL(lastUrl);
  const url = (lastUrl = URL.createObjectURL(blob));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Not revoked now: the browser reads the Blob after the click returns, and the "save again" link needs it.
  return url;
}
