// What the sidebar needs to start (templates, settings, locale, today) and what it knows about a month.
import { MonthArgsSchema, NoArgsSchema, SHEET_IDS, type MonthState, type State, type GeneratedSheetInfo } from './api';
import { closedInfo } from './close-month';
import { CLOSER_KEY, findClosed } from './closed-record';
import { migrateLegacy } from './legacy';
import { languageOfLocale } from './messages';
import { loadImportTimes } from './import-times';
import { monthList } from './month-list';
import { latestRun } from './month-pipeline';
import { readAll } from './props';
import { loadOpenSections, loadSettings } from './settings';
import { sourcesState } from './sources-state';
import type { Services } from './services';
import { findMonthSheets } from './tags';
import { templateInfos } from './templates';

/** Reads the document's properties once and no sheet at all: the cost is the same at 1 month or 60. */
export function getState(services: Services, raw: unknown): State {
  NoArgsSchema.parse(raw);
  const all = readAll(services.documentProperties());
  migrateLegacy(services, services.spreadsheet(), all);
  const settings = loadSettings(services, all);
  const userLocale = services.userLocale();
  const today = services.today();
  return {
    templates: templateInfos(),
    settings: { ...settings, ...loadOpenSections(services) },
    userLocale,
    uiLang: settings.uiLang ?? languageOfLocale(userLocale),
    today,
    month: today.slice(0, 7),
    sheetIds: SHEET_IDS,
    ...monthList(services, all),
    sources: sourcesState(services, all),
    imports: loadImportTimes(all),
    closerName: services.userProperties()?.getProperties()[CLOSER_KEY] ?? '',
  };
}

/** The month's sheets and its latest run: what the sidebar shows as its events and campaign. */
export function getMonth(services: Services, raw: unknown): MonthState {
  const { month } = MonthArgsSchema.parse(raw);
  migrateLegacy(services, services.spreadsheet(), readAll(services.documentProperties()));
  const { ofMonth } = findMonthSheets(services.spreadsheet(), month);
  const run = latestRun({ sheets: { ofMonth, floating: [] } });
  const closed = findClosed(services.spreadsheet(), month);
  const sheets: GeneratedSheetInfo[] = ofMonth.map((t) => ({
    id: t.tag.sheet as GeneratedSheetInfo['id'], name: t.sheet.getName(), month,
  }));
  return {
    month,
    template: run?.template ?? null,
    lang: run?.lang ?? null,
    events: run?.events ?? [],
    campaign: run?.campaign ?? null,
    sheets,
    closed: closed ? closedInfo(closed.sheet, closed.record) : null,
  };
}
