// Imports a month of GA4: every page is fetched first; only then the GA4 sheet and the KPI actuals are rewritten.
import { buildReport } from '../core/build-workbook';
import { ga4Actuals } from '../core/ga4/actuals';
import { runGa4MonthSync } from '../core/ga4/run';
import { pick } from '../core/i18n';
import type { EntryValue } from '../core/model/input';
import { readEntries } from '../render/sheets/read-entries';
import { renderSheet } from '../render/sheets/render-sheet';
import { findTaggedSheets, tagFor, writeTag } from '../render/sheets/tags';
import { ImportGa4ArgsSchema, type Ga4ActualInfo, type Ga4ImportResult, type SheetId } from './api';
import { fieldError } from './errors';
import { ga4Kpis, releaseImported, same } from './ga4-actuals';
import { capCampaigns, loadGa4, saveGa4 } from './ga4-store';
import { ga4Transport } from './ga4-transport';
import { buildInput } from './generate-sheets';
import { previousMonthData } from './previous-month';
import { languageOfLocale, messages } from './messages';
import { placeSheets } from './place-sheets';
import { loadMonth, recordRun, runOfSheet, saveSettings, type Run } from './settings';
import type { Services } from './services';
import { requireTemplate } from './templates';

/** Besides the GA4 sheet and KPI results: sheets that show KPI figures, rewritten when the month has them. */
const FOLLOWERS = ['summary', 'review'] as const;

export function importGa4(services: Services, raw: unknown): Ga4ImportResult {
  const args = ImportGa4ArgsSchema.parse(raw);
  // Remembered first, so the field shows what was typed last even when GA4 refused it and it needs correcting.
  const settings = saveSettings(services, { ga4Property: args.property });
  const uiLang = settings.uiLang ?? languageOfLocale(services.userLocale());
  const ss = services.spreadsheet();
  const tagged = findTaggedSheets(ss);
  const ofMonth = tagged.filter((t) => t.tag.month === args.month);
  // The template and language come from the month's sheets, so they must exist first.
  if (ofMonth.length === 0) throw fieldError(messages(uiLang).noSheets(args.month), 'month');
  const today = services.today();
  const source = ofMonth.some((t) => t.tag.sheet === 'kpi-results') ? 'kpi-results' : ofMonth[0].tag.sheet;
  const run: Run = { ...runOfSheet(loadMonth(services, args.month), ofMonth, source, { lang: settings.lang ?? uiLang, today }), today };
  const template = requireTemplate(run.template, run.lang);

  // Every page of every report arrives before anything is written: a failure leaves the spreadsheet as it was.
  const transport = ga4Transport(services, args.property, template, uiLang);
  const ga4 = capCampaigns(runGa4MonthSync(transport, args.property, template, args.month));

  const { entries } = readEntries(ofMonth);
  const kept = releaseImported(entries, template, loadGa4(services, args.month)?.actuals ?? {});
  const report = buildReport({ ...buildInput(run, args.month, entries, undefined, previousMonthData(tagged, args.month)), ga4 });
  const wanted = new Set<string>(['kpi-results', 'ga4', ...FOLLOWERS.filter((id) => ofMonth.some((t) => t.tag.sheet === id))]);
  const placed = placeSheets(ss, report.workbook.sheets.filter((s) => wanted.has(s.id)), tagged, args.month);
  for (const p of placed) {
    const { layout } = renderSheet(p.sheet, p.spec, services.builders(), { fresh: p.fresh, previous: p.existing?.tag.layout });
    writeTag(p.sheet, tagFor(p.spec, args.month, template.id, run.lang, layout), p.existing?.metadata);
  }
  recordRun(services, args.month, run, placed.map((p) => p.spec.id as SheetId | 'ga4'));

  const fromGa4 = new Map(ga4Actuals(ga4, template, args.month).map((r) => [r.kpi, r.actual]));
  const written: Record<string, number> = {};
  const actuals = ga4Kpis(template).map((kpi): Ga4ActualInfo => {
    const value = fromGa4.get(kpi.id) ?? null;
    const typed = kept.get(kpi.id);
    const info: Ga4ActualInfo = { kpi: kpi.id, name: pick(kpi.name, run.lang), unit: kpi.unit, value };
    // The manager's entry that happens to be GA4's number counts as imported, so the next import may refresh it.
    if (typed !== undefined && !(typeof typed === 'number' && value !== null && same(typed, value))) info.typed = shown(typed);
    else if (value !== null) written[kpi.id] = value;
    return info;
  });
  saveGa4(services, args.month, { property: args.property, result: ga4, actuals: written });

  const name = (id: string) => placed.find((p) => p.spec.id === id)!.name;
  const q = ga4.quality;
  return {
    month: args.month,
    property: args.property,
    sheet: name('ga4'),
    sheets: placed.map((p) => p.name),
    actuals,
    quality: { sampled: q.sampled, thresholded: q.thresholded, otherRow: q.otherRow, timeZone: q.timeZone ?? null, currencyCode: q.currencyCode ?? null },
    requests: ga4.requests,
  };
}

function shown(value: EntryValue): number | string {
  return typeof value === 'number' || typeof value === 'string' ? value : String(value);
}
