// Generates a month's sheets: the month pipeline with the sidebar's run and the sheets asked for.
import { keepBlankActuals } from '../core/ga4/ownership';
import { fitToProfile } from '../core/plan/profile';
import { GenerateArgsSchema, SHEET_IDS, type GenerateResult, type SheetId } from './api';
import { buildMonth, monthInput, readMonth, sheetsToWrite, writeSheets } from './month-pipeline';
import type { Services } from './services';
import type { Run } from './tags';
import { staleImportedTabs } from './import-store';
import { requireTemplate } from './templates';
import { ignoredPlanCells, withYearTargets } from './year-targets';

export function generateSheets(services: Services, raw: unknown): GenerateResult {
  const args = GenerateArgsSchema.parse(raw);
  const template = requireTemplate(args.template, args.lang);
  const reading = readMonth(services, args.month);
  const run: Run = {
    template: template.id, lang: args.lang, events: args.events, campaign: args.campaign ?? null, today: services.today(),
    ...(args.profile?.length ? { profile: args.profile } : {}),
  };
  // A month with a GA4 import keeps its GA4 sheet and the review's best channel and campaign.
  const ga4 = reading.ga4?.result;
  const typed = ga4 ? keepBlankActuals(reading.entries, template) : reading.entries;
  const input = monthInput(reading, run, typed, ga4);
  const { workbook, typedEntries } = buildMonth(input);
  const asked = args.sheets ?? SHEET_IDS;
  const wanted = sheetsToWrite(workbook, asked, reading.sheets.ofMonth, template.id, args.lang);
  for (const id of staleImportedTabs(workbook, reading.sheets.ofMonth, run)) wanted.add(id);
  const written = writeSheets(services, reading, workbook.sheets.filter((s) => wanted.has(s.id)), run);
  const sheets = written.map((w) => ({ ...w, id: w.id as SheetId }));
  const alsoWritten = sheets.map((s) => s.id).filter((id) => !asked.includes(id));
  // Only what the manager typed counts, not the default statuses and prefilled cells read back with it.
  const { leftOut } = fitToProfile(template, run.profile);
  // Counted only when the KPI results were written: the other sheets show the targets through its cells.
  const fromYearPlan = wanted.has('kpi-results') ? withYearTargets(reading, run, typed).fromPlan : 0;
  const planIgnored = wanted.has('kpi-results') ? ignoredPlanCells(reading, run) : [];
  return {
    month: args.month, sheets, entriesKept: typedEntries, alsoWritten, leftOut, fromYearPlan,
    ...(planIgnored.length ? { planIgnored } : {}),
  };
}
