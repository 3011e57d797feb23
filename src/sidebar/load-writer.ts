// Loads the Excel writer once, on the first download: the server sends dist/ExcelWriter.html, run as a <script>.
import { t } from './i18n';
import { call } from './server';
import { WRITER_GLOBAL, type ExcelWriter } from './writer-contract';

let loading: Promise<ExcelWriter> | null = null;

/** The writer, fetched and run on the first call; a failed load is tried again on the next download. */
export function loadExcelWriter(): Promise<ExcelWriter> {
  loading ??= call('getExcelWriter', {})
    .then(run)
    .catch((error: unknown) => {
      loading = null;
      throw error;
    });
  return loading;
}

/** The script between the file's <script> tags (the build writes exactly one element). */
export function scriptOf(html: unknown): string | null {
  if (typeof html !== 'string') return null;
  const start = html.indexOf('<script>');
  const end = html.lastIndexOf('</script>');
  return start >= 0 && end > start ? html.slice(start + '<script>'.length, end) : null;
}

function run(html: string): ExcelWriter {
  const source = scriptOf(html);
  if (source === null) throw new Error(t().renderFailed('ExcelWriter.html holds no script'));
  // An attached inline script runs at once; what it throws goes to window's error event, not to this caller.
  let thrown = '';
  const onError = (e: ErrorEvent) => (thrown = e.message);
  window.addEventListener('error', onError);
  const script = document.createElement('script');
  script.textContent = source;
  try {
    document.head.append(script);
  } finally {
    window.removeEventListener('error', onError);
    script.remove();
  }
  const writer = (window as unknown as Partial<Record<string, ExcelWriter>>)[WRITER_GLOBAL];
  if (typeof writer?.render !== 'function') {
    throw new Error(t().renderFailed(`ExcelWriter.html did not load${thrown ? ` (${thrown})` : ''}`));
  }
  return writer;
}
