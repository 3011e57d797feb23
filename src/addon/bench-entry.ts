// Not part of Code.js: a bundle entry for tests and the bench that renders any template's sheet directly.
import { buildWorkbook } from '../core/build-workbook';
import type { EventRecord } from '../core/model/input';
import { parseTemplate } from '../core/template/parse';
import { renderSheet } from '../render/sheets/render-sheet';
import { findMonthSheets, tagFor, writeTag } from './tags';

export interface RenderArgs {
  template: unknown;
  month: string;
  events?: EventRecord[];
  /** Which sheet of the workbook; default the activity plan. */
  sheet?: string;
}

/** Builds the workbook for a (possibly huge) template and writes one sheet through the Sheets renderer. */
export function renderOneSheet(args: RenderArgs) {
  const template = parseTemplate(args.template, 'bench template');
  const workbook = buildWorkbook({
    template, month: args.month, today: `${args.month}-01`, lang: 'en', data: [], events: args.events ?? [], monthInSheetNames: true,
  });
  const spec = workbook.sheets.find((s) => s.id === (args.sheet ?? 'activity-plan'));
  if (!spec) throw new Error(`no sheet ${args.sheet}`);
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const existing = findMonthSheets(ss, args.month).ofMonth.find((t) => t.tag.sheet === spec.id);
  const sheet = existing?.sheet ?? ss.insertSheet(spec.name);
  const result = renderSheet(sheet, spec, SpreadsheetApp, { fresh: !existing, previous: existing?.tag.layout });
  const run = { template: template.id, lang: 'en' as const, events: [], campaign: null, today: `${args.month}-01` };
  writeTag(sheet, tagFor(spec, args.month, run, 1, result.layout), existing?.metadata);
  return { name: spec.name, rows: result.rows, cols: result.cols };
}
