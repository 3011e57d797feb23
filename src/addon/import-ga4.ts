// Imports a month of GA4: every page is fetched first; then the month pipeline rewrites the GA4 sheet and actuals.
import { runGa4MonthSync } from '../core/ga4/run';
import { capCampaigns } from '../core/ga4/campaign-cap';
import { ga4Kpis, importOutcome, releaseImported } from '../core/ga4/ownership';
import { pick } from '../core/i18n';
import type { EntryValue } from '../core/model/input';
import type { SheetId as AnySheetId } from '../core/sheets/context';
import { ImportGa4ArgsSchema, type Ga4ActualInfo, type Ga4ImportResult } from './api';
import { fieldError } from './errors';
import { saveGa4 } from './ga4-store';
import { ga4Transport } from './ga4-transport';
import { languageOfLocale, messages } from './messages';
import { buildMonth, mainRun, monthInput, readMonth, sheetsToWrite, writeSheets } from './month-pipeline';
import { saveSettings } from './settings';
import type { Services } from './services';
import { requireTemplate } from './templates';
import { noteImport } from './import-times';

/** Besides the GA4 sheet and KPI results: sheets that show KPI figures, rewritten when the month has them. */
const FOLLOWERS = ['summary', 'review'] as const;

export function importGa4(services: Services, raw: unknown): Ga4ImportResult {
  const args = ImportGa4ArgsSchema.parse(raw);
  // Remembered first, so the field shows what was typed last even when GA4 refused it and it needs correcting.
  const settings = saveSettings(services, { ga4Property: args.property });
  const uiLang = settings.uiLang ?? languageOfLocale(services.userLocale());
  const reading = readMonth(services, args.month);
  const found = mainRun(reading);
  // The template and language come from the month's sheets, so they must exist first.
  if (!found) throw fieldError(messages(uiLang).noSheets(args.month), 'month');
  const run = { ...found, today: services.today() };
  const template = requireTemplate(run.template, run.lang);

  // Every page of every report arrives before anything is written: a failure leaves the spreadsheet as it was.
  const transport = ga4Transport(services, args.property, template, uiLang);
  const ga4 = capCampaigns(runGa4MonthSync(transport, args.property, template, args.month));

  const ids = ga4Kpis(template).map((k) => k.id);
  const kept = releaseImported(reading.entries, ids, reading.ga4?.actuals ?? {}, () => true).typed;
  const { outcomes, written } = importOutcome(ga4, template, args.month, kept);
  // Recorded before the sheets are written: a failure part-way leaves the copy the sheets are rebuilt from.
  saveGa4(services, args.month, { property: args.property, result: ga4, actuals: written });
  const { workbook } = buildMonth(monthInput(reading, run, reading.entries, ga4));
  const present = (id: string) => reading.sheets.ofMonth.some((t) => t.tag.sheet === id);
  // As in generate: the month's sheets of another language or template, and sheets read but missing, come along.
  const asked: AnySheetId[] = ['kpi-results', 'ga4', ...FOLLOWERS.filter(present)];
  const wanted = sheetsToWrite(workbook, asked, reading.sheets.ofMonth, run.template, run.lang);
  const sheets = writeSheets(services, reading, workbook.sheets.filter((s) => wanted.has(s.id)), run);
  // When it finished, for the sidebar's line about this source (getState reads it with the other properties).
  noteImport(services, 'ga4', args.month);

  const actuals = outcomes.map(({ kpi, value, typed }): Ga4ActualInfo => ({
    kpi: kpi.id, name: pick(kpi.name, run.lang), unit: kpi.unit, value,
    ...(typed !== undefined ? { typed: shown(typed) } : {}),
  }));
  const q = ga4.quality;
  return {
    month: args.month,
    property: args.property,
    sheet: sheets.find((s) => s.id === 'ga4')!.name,
    sheets: sheets.map((s) => s.name),
    actuals,
    quality: { sampled: q.sampled, thresholded: q.thresholded, otherRow: q.otherRow, timeZone: q.timeZone ?? null, currencyCode: q.currencyCode ?? null },
    requests: ga4.requests,
  };
}

function shown(value: EntryValue): number | string {
  return typeof value === 'number' || typeof value === 'string' ? value : String(value);
}
