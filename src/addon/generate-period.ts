// Generate and download for a year plan or a round review: the month pipeline's steps with a period key.
import { InputError } from '../core/errors';
import type { SheetSpec } from '../core/model/workbook';
import type { DownloadSpec, PlainSheetSpec } from './api';
import { languageOfLocale } from './messages';
import { latestRun, writeSheets } from './month-pipeline';
import {
  GeneratePeriodArgsSchema, PeriodArgsSchema, type GeneratePeriodResult,
} from './period-api';
import { buildPeriod, kindOf, readPeriod } from './period-pipeline';
import { loadSettings } from './settings';
import type { Services } from './services';
import type { Run } from './tags';
import { requireTemplate } from './templates';

const NO_SHEETS = {
  en: (p: string) => `There are no KPI Planner sheets for ${p} yet: generate them first.`,
  lv: (p: string) => `Periodam ${p} vēl nav KPI Planner lapu: vispirms izveidojiet tās.`,
  lt: (p: string) => `Laikotarpiui ${p} dar nėra KPI Planner lapų: pirmiausia jas sukurkite.`,
};

export function generatePeriod(services: Services, raw: unknown): GeneratePeriodResult {
  const args = GeneratePeriodArgsSchema.parse(raw);
  const template = requireTemplate(args.template, args.lang);
  const reading = readPeriod(services, args.period);
  const run: Run = {
    template: template.id, lang: args.lang, events: [], campaign: null, today: services.today(),
    ...(args.profile?.length ? { profile: args.profile } : {}),
  };
  // Everything is read and built (GA4 included) before a tab changes: a failure leaves the document as it was.
  const built = buildPeriod(services, reading, args.period, run, template);
  const written = writeSheets(services, reading, built.workbook.sheets, run);
  const { monthsRead, ga4 } = built;
  return { period: args.period, kind: kindOf(args.period), sheets: written, monthsRead, ga4 };
}

/**
 * The period's sheets as the document holds them now, rebuilt from the run in their tags as of today: what the
 * CLI's `plan` / `round` writes for the same figures. GA4 is not asked again: the round's GA4 figure is the
 * review's cell, as the sheet shows it.
 */
export function getPeriodDownload(services: Services, raw: unknown): DownloadSpec {
  const { period } = PeriodArgsSchema.parse(raw);
  const reading = readPeriod(services, period);
  const found = latestRun(reading);
  if (!found) {
    const lang = loadSettings(services).uiLang ?? languageOfLocale(services.userLocale());
    throw new InputError(NO_SHEETS[lang](period), 'period');
  }
  const run = { ...found, today: services.today() };
  const { workbook } = buildPeriod(services, reading, period, run, requireTemplate(run.template, run.lang), false);
  const sheets: PlainSheetSpec[] = workbook.sheets.map((s: SheetSpec) => ({ ...s, rows: Array.from(s.rows) }));
  const what = kindOf(period) === 'year' ? 'year-plan' : 'round';
  const fileName = `kpi-planner-${run.template}-${what}-${period}.xlsx`;
  return { fileName, workbook: { properties: workbook.properties, sheets } };
}
