// Print setup shared by every sheet builder: A4, the report's title on top, "page n of N" at the bottom.
import type { PrintSpec } from '../model/workbook';
import type { Language } from '../template/schema';

const PAGE_OF: Record<Language, string> = {
  en: 'Page {page} of {pages}',
  lv: '{page}. lappuse no {pages}',
  lt: '{page} puslapis iš {pages}',
};

export interface PrintOptions {
  landscape?: boolean;
  onePage?: boolean;
  /** The table header row(s) to repeat on every page. */
  repeatRows?: { from: number; to: number };
  gridlines?: boolean;
}

export function printSpec(title: string, lang: Language, opts: PrintOptions = {}): PrintSpec {
  return {
    landscape: opts.landscape ?? true,
    fitToWidth: true,
    ...(opts.onePage ? { onePage: true } : {}),
    ...(opts.repeatRows ? { repeatRows: opts.repeatRows } : {}),
    ...(opts.gridlines ? { gridlines: true } : {}),
    header: title,
    footer: PAGE_OF[lang],
  };
}
