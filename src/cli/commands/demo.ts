// `kpi-planner demo`: a complete sample workbook from the bundled template, data and events.
import { defineCommand } from '../args';
import { checkOutPath } from '../out-file';
import { localDate } from '../shared-flags';
import { writeWorkbook } from '../write-workbook';
import { buildMeta } from '../workbook-meta';
import { findTemplate } from '../../core/template/registry';
import { LANGUAGES, type Language } from '../../core/template/schema';
import type { BuildInput, CampaignInput, SheetEntries, TypedEntries } from '../../core/model/input';
import { buildWorkbook } from '../../core/build-workbook';
import { cellValue } from '../../core/entries';
import type { Cell } from '../../core/model/workbook';
import { labels } from '../../core/i18n';
import { isIsoDate } from '../../core/dates';
import { addDays } from '../../core/plan/calendar';
import { parseKpiDataCsv } from '../../core/inputs/kpi-data-csv';
import { parseEventsCsv } from '../../core/inputs/events-csv';
import demoData from '../../../templates/samples/demo-data.csv';
import demoEvents from '../../../templates/samples/demo-events.csv';

/**
 * A fixed month and "today", so the demo looks the same on any day: November 2026 seen on the
 * 20th, two thirds through, so pacing shows; October is complete and feeds the review.
 */
export const DEMO = { template: 'social-media-content', month: '2026-11', today: '2026-11-20' } as const;

const CAMPAIGN: Record<Language, CampaignInput> = {
  lv: { theme: 'Rudens uzņemšana: atvērto durvju dienas un vebināri', goal: 'list' },
  lt: { theme: 'Rudens priėmimas: atvirų durų dienos ir vebinarai', goal: 'list' },
  en: { theme: 'Autumn admission: open days and webinars', goal: 'list' },
};

export const demoCommand = defineCommand({
  name: 'demo',
  summary: `Write a sample workbook: the ${DEMO.template} template for ${DEMO.month} as of ${DEMO.today}, with sample `
    + `KPI data and events.`,
  usage: 'demo [--out FILE.xlsx] [--lang lv|lt|en]',
  flags: {
    out: { type: 'string', value: 'FILE.xlsx', help: 'where to write it (default: kpi-planner-demo.xlsx here)' },
    lang: { type: 'string', value: 'LANG', help: "sheet language (default: the template's)", choices: LANGUAGES },
  },
  details: 'The sample data and events go through the same CSV readers as --data and --events.',
  async run(flags, io) {
    const outFile = checkOutPath(flags.out ?? 'kpi-planner-demo.xlsx', io.cwd);
    const template = findTemplate(DEMO.template);
    if (!template) throw new Error(`the built-in template "${DEMO.template}" is missing from this build`);
    const lang = (flags.lang as Language | undefined) ?? template.language;
    const input: BuildInput = {
      template,
      month: DEMO.month,
      today: DEMO.today,
      // The sample is as of its fixed day; the file itself is made today.
      created: localDate(io.now()),
      lang,
      data: parseKpiDataCsv(demoData, 'demo-data.csv', template),
      events: parseEventsCsv(demoEvents, 'demo-events.csv'),
      campaign: CAMPAIGN[lang],
    };
    const withProgress = { ...input, entries: sampleProgress(input) };
    await writeWorkbook(withProgress, outFile, io, buildMeta(withProgress, input.data, []));
  },
});

/**
 * The manager's progress as of the demo's "today": tasks up to two days before it are done,
 * the last two days' are in progress, so the plan shows a working month rather than a wall of red.
 */
function sampleProgress(input: BuildInput): TypedEntries {
  const l = labels(input.lang);
  const plan = buildWorkbook(input).sheets.find((s) => s.id === 'activity-plan')!;
  const dateAt = plan.columns.findIndex((c) => c.key === 'date');
  const rows: SheetEntries = {};
  // Each plan row's own date cell, found by the row's key: routine and as-needed rows have none.
  for (const [key, at] of Object.entries(plan.rowKeys ?? {})) {
    const date = cellValue((plan.rows as Cell[][])[at - 1]?.[dateAt]);
    if (typeof date !== 'string' || !isIsoDate(date) || date >= input.today) continue;
    const recent = date >= addDays(input.today, -2);
    rows[key] = { status: recent ? l.taskStatus.inProgress : l.taskStatus.done, doneOn: recent ? null : date, comment: null };
  }
  return { 'activity-plan': rows };
}
