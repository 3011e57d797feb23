// What the sidebar needs to start (templates, settings, locale, today) and what it knows about a month.
import { MonthArgsSchema, NoArgsSchema, SHEET_IDS, type MonthState, type State, type GeneratedSheetInfo } from './api';
import { languageOfLocale } from './messages';
import { findTaggedSheets } from '../render/sheets/tags';
import { latestRun, loadMonth, loadSettings } from './settings';
import type { Services } from './services';
import { templateInfos } from './templates';

export function getState(services: Services, raw: unknown): State {
  NoArgsSchema.parse(raw);
  const settings = loadSettings(services);
  const userLocale = services.userLocale();
  const today = services.today();
  const months = [...new Set(findTaggedSheets(services.spreadsheet()).map((t) => t.tag.month))].sort().reverse();
  return {
    templates: templateInfos(),
    settings,
    userLocale,
    uiLang: settings.uiLang ?? languageOfLocale(userLocale),
    today,
    month: today.slice(0, 7),
    sheetIds: SHEET_IDS,
    months,
  };
}

export function getMonth(services: Services, raw: unknown): MonthState {
  const { month } = MonthArgsSchema.parse(raw);
  const run = latestRun(loadMonth(services, month));
  const sheets: GeneratedSheetInfo[] = findTaggedSheets(services.spreadsheet())
    .filter((t) => t.tag.month === month)
    .map((t) => ({ id: t.tag.sheet as GeneratedSheetInfo['id'], name: t.sheet.getName(), month }));
  return {
    month,
    template: run?.template ?? null,
    lang: run?.lang ?? null,
    events: run?.events ?? [],
    campaign: run?.campaign ?? null,
    sheets,
  };
}
