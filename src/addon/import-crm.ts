// Imports a month of Bitrix24 CRM: counts and the CRM sheet's rows first; then the month pipeline writes them.
import { runCrmMonthDataSync } from '../core/crm/month-data';
import { crmActuals, unmappedCrmKpis } from '../core/crm/run';
import { keepBlankActuals, releaseImported, sameNumber } from '../core/ga4/ownership';
import { pick } from '../core/i18n';
import type { EntryValue } from '../core/model/input';
import type { SheetId as AnySheetId } from '../core/sheets/context';
import type { Language } from '../core/template/schema';
import { MonthArgsSchema } from './api';
import type { CrmActualInfo, CrmImportResult } from './crm-api';
import { crmMessages } from './crm-messages';
import { saveImported } from './import-store';
import { loadWritten, saveWritten } from './written-store';
import { crmTransport } from './crm-transport';
import { requireWebhook } from './crm-webhook';
import { fieldError } from './errors';
import { messages } from './messages';
import { buildMonth, mainRun, monthInput, readMonth, sheetsToWrite, writeSheets } from './month-pipeline';
import { readAll } from './props';
import type { Services } from './services';
import { requireTemplate } from './templates';
import { noteImport } from './import-times';

/** Sheets that show KPI figures, rewritten with the KPI results when the month has them. */
const FOLLOWERS = ['summary', 'review'] as const;

export function importCrm(services: Services, raw: unknown, uiLang: Language): CrmImportResult {
  const { month } = MonthArgsSchema.parse(raw);
  const webhook = requireWebhook(services, uiLang);
  const reading = readMonth(services, month);
  const found = mainRun(reading);
  if (!found) throw fieldError(messages(uiLang).noSheets(month), 'month');
  const run = { ...found, today: services.today() };
  const template = requireTemplate(run.template, run.lang);
  const mapped = template.kpis.filter((k) => k.source === 'crm' && k.crm);
  if (!mapped.length) throw fieldError(crmMessages(uiLang).noCrmKpis(template.id));

  // Counts and the CRM sheet's rows in as few batches as paging allows; every answer arrives before anything is
  // written, so a fault leaves the spreadsheet as it was.
  const result = runCrmMonthDataSync(crmTransport(services, webhook, uiLang), template, month, webhook.portal);

  // Like GA4's: an actual still holding what the last import wrote is the import's; anything else was typed.
  const prior = loadWritten(readAll(services.documentProperties()), 'crm', month);
  const ids = mapped.map((k) => k.id);
  const typed = releaseImported(reading.entries, ids, prior, () => true).typed;
  const written: Record<string, number> = {};
  const actuals = result.counts.map(({ kpi, value }): CrmActualInfo => {
    const k = mapped.find((m) => m.id === kpi)!;
    const own = typed.get(kpi);
    const info = { kpi, name: pick(k.name, run.lang), unit: k.unit, value };
    if (own !== undefined && !(typeof own === 'number' && sameNumber(own, value))) {
      return { ...info, typed: shown(own) };
    }
    written[kpi] = value;
    return info;
  });
  saveWritten(services, 'crm', month, written);
  // Kept before the sheets are written: later builds of the month rebuild the CRM tab and sentences from it.
  saveImported(services, 'crm', result.data);

  // The GA4 copy keeps the month's GA4 sheet and highlights; a GA4 actual the manager emptied stays empty.
  const ga4 = reading.ga4?.result;
  const entries = ga4 ? keepBlankActuals(reading.entries, template) : reading.entries;
  const input = monthInput(reading, run, entries, ga4);
  const { workbook } = buildMonth({ ...input, data: [...input.data, ...crmActuals(result)], crm: result.data });
  const present = (id: string) => reading.sheets.ofMonth.some((t) => t.tag.sheet === id);
  const asked: AnySheetId[] = ['kpi-results', 'crm', ...FOLLOWERS.filter(present)];
  const wanted = sheetsToWrite(workbook, asked, reading.sheets.ofMonth, run.template, run.lang);
  const sheets = writeSheets(services, reading, workbook.sheets.filter((s) => wanted.has(s.id)), run);
  // When it finished, for the sidebar's line about this source (getState reads it with the other properties).
  noteImport(services, 'crm', month);
  return {
    month, portal: webhook.portal, sheet: sheets.find((s) => s.id === 'crm')!.name, sheets: sheets.map((s) => s.name),
    actuals, leads: result.data.leads, wonDeals: result.data.wonDeals.length,
    unmapped: unmappedCrmKpis(template), requests: result.requests.http,
  };
}

function shown(value: EntryValue): number | string {
  return typeof value === 'number' || typeof value === 'string' ? value : String(value);
}
