// The daily refresh: the running month's GA4 and CRM imports, each all-or-nothing, then a Run log row per source.
import { InputError } from '../core/errors';
import { ga4Kpis } from '../core/ga4/ownership';
import { redact } from '../core/redact';
import type { Language } from '../core/template/schema';
import { loadWebhook } from './crm-webhook';
import { describe } from './errors';
import { importCrm } from './import-crm';
import { importGa4 } from './import-ga4';
import { withDocumentLock } from './lock';
import { languageOfLocale } from './messages';
import { mainRun, readMonth } from './month-pipeline';
import { refreshMessages } from './refresh-messages';
import { loadDocRecord, saveDocRecord } from './refresh-trigger';
import { appendRunLog, type LogEntry } from './run-log';
import type { Services } from './services';
import { loadSettings } from './settings';
import { requireTemplate } from './templates';

/** Runs both imports for the month of `services.today()`; a source that fails leaves its numbers as they were. */
export function runDailyRefresh(services: Services): LogEntry[] {
  const settings = loadSettings(services);
  // The log speaks the month's sheets' language, whoever's trigger it is.
  const sheetsLang = mainRun(readMonth(services, services.today().slice(0, 7)))?.lang;
  const lang: Language = sheetsLang ?? settings.lang ?? settings.uiLang ?? languageOfLocale(services.userLocale());
  const at = services.now();
  let entries: LogEntry[];
  try {
    entries = withDocumentLock(services, () => lang, () => refreshMonth(services, lang));
  } catch (error) {
    // Someone was generating or importing at that moment: nothing was imported, and the log says so.
    if (!(error instanceof InputError)) throw error;
    entries = [{ source: 'sheets', rows: 0, outcome: 'failed', message: error.message }];
  }
  appendRunLog(services, lang, at, entries);
  // Every editor's sidebar shows the last run; the record says it is on, as its trigger evidently is.
  saveDocRecord(services, { ...loadDocRecord(services), on: true, last: { at, lines: entries.map(
    ({ source, outcome, message }) => ({ source, outcome, message })) } });
  return entries;
}

function refreshMonth(services: Services, lang: Language): LogEntry[] {
  const m = refreshMessages(lang);
  const month = services.today().slice(0, 7);
  const found = mainRun(readMonth(services, month));
  if (!found) return [{ source: 'sheets', rows: 0, outcome: 'skipped', message: m.noSheets(month) }];
  const template = requireTemplate(found.template, found.lang);
  const entries: LogEntry[] = [];
  const attempt = (source: LogEntry['source'], run: () => { rows: number; sheets: string[] }) => {
    try {
      const done = run();
      entries.push({ source, rows: done.rows, outcome: 'ok', message: m.wrote(done.sheets) });
    } catch (error) {
      // The same words the sidebar would show; an unexpected fault goes to the log without secrets.
      const { error: message } = describe(error, lang);
      if (!(error instanceof InputError)) {
        services.log(redact(`KPI Planner dailyRefresh ${source}: ${String(error).slice(0, 500)}`));
      }
      entries.push({ source, rows: 0, outcome: 'failed', message });
    }
  };
  const property = loadSettings(services).ga4Property;
  if (!ga4Kpis(template).length) entries.push({ source: 'ga4', rows: 0, outcome: 'skipped', message: m.notMapped });
  else if (!property) entries.push({ source: 'ga4', rows: 0, outcome: 'skipped', message: m.noProperty });
  else attempt('ga4', () => {
    const r = importGa4(services, { month, property });
    return { rows: r.actuals.filter((a) => a.value !== null).length, sheets: r.sheets };
  });
  if (!template.kpis.some((k) => k.source === 'crm' && k.crm)) {
    entries.push({ source: 'crm', rows: 0, outcome: 'skipped', message: m.notMapped });
  } else if (!loadWebhook(services)) entries.push({ source: 'crm', rows: 0, outcome: 'skipped', message: m.noWebhook });
  else attempt('crm', () => {
    const r = importCrm(services, { month }, lang);
    return { rows: r.actuals.length, sheets: r.sheets };
  });
  return entries;
}
