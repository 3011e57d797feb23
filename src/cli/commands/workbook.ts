// `kpi-planner workbook`: template + month + CSV data and events → an .xlsx report, checked before writing.
import { rmSync } from 'node:fs';
import path from 'node:path';
import { defineCommand, type CliIo } from '../args';
import { readTextFile } from '../read-text-file';
import { InputError, showValue } from '../../core/errors';
import { buildReport, withActuals } from '../../core/build-workbook';
import { isIsoDate, isMonthId } from '../../core/dates';
import { CAMPAIGN_GOALS, type BuildInput, type CampaignGoal } from '../../core/model/input';
import type { WorkbookSpec } from '../../core/model/workbook';
import { AUDIENCES, LANGUAGES, type Language, type Template } from '../../core/template/schema';
import { parseMonth } from '../../core/plan/calendar';
import { findTemplate, listTemplates } from '../../core/template/registry';
import { parseTemplate } from '../../core/template/parse';
import { findJsonProblem } from '../../core/template/json-error';
import { missingLanguageWarning } from '../../core/template/missing-language';
import { parseKpiDataCsv } from '../../core/inputs/kpi-data-csv';
import { parseEventsCsv } from '../../core/inputs/events-csv';
import { renderWorkbookToFile } from '../../render/excel/render-file';
import { ga4Flags, loadGa4 } from './ga4-input';
import { crmFlags, loadCrm } from './crm-input';
import { loadSocial, socialFlags } from './social-input';
import { loadMeta, metaFlags } from './meta-input';
import { socialGaps } from '../../core/social/actuals';
import { checkOutPath, outWriteError } from '../out-file';
import { buildMeta, metaRows, type WorkbookMeta } from '../workbook-meta';
import { readPlanTargets, withPlanTargets } from '../plan-targets';

export { checkOutPath } from '../out-file';

/** `--month` is strict YYYY-MM: it names the report, so there is no guessing here (unlike CSV cells). */
export function checkMonthFlag(text: string): string {
  if (!isMonthId(text))
    throw new InputError(`--month must be a month as YYYY-MM, e.g. 2026-11, from 1900 on, not ${showValue(text)}`);
  return text;
}

export function checkTodayFlag(text: string): string {
  if (!isIsoDate(text))
    throw new InputError(
      `--today must be a calendar date as YYYY-MM-DD, e.g. 2026-11-20, from 1900 on, not ${showValue(text)}`,
    );
  return text;
}

/** `--profile services,solo`: the template schema's audiences, comma separated; anything else names the valid ones. */
export function checkProfileFlag(text: string): string[] {
  const given = text.split(',').map((a) => a.trim()).filter((a) => a !== '');
  const bad = given.filter((a) => !(AUDIENCES as readonly string[]).includes(a));
  if (given.length === 0 || bad.length)
    throw new InputError(`--profile takes a comma list of ${AUDIENCES.join(', ')}, not ${showValue(bad[0] ?? text)}`);
  return [...new Set(given)];
}

/**
 * The as-of date: `--final` reports the month as closed, as of its last day; with `--today` that is bad input, not
 * silently ignored, since the two ask for different reports.
 */
export function asOfDate(flags: { today?: string; final: boolean }, month: string, now: Date): string {
  if (flags.final && flags.today !== undefined)
    throw new InputError('--final reports the month as of its last day; leave out --today');
  if (flags.final) return parseMonth(month).last;
  return flags.today === undefined ? localDate(now) : checkTodayFlag(flags.today);
}

/** The user's local calendar date: "today" for pacing is the date on their wall, not UTC's. */
export function localDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A path (has a separator or ends in .json) is read and validated; otherwise it is a built-in id. */
export async function loadTemplate(arg: string, cwd: string): Promise<Template> {
  if (arg.endsWith('.json') || arg.includes('/') || arg.includes('\\')) {
    const file = path.resolve(cwd, arg);
    const text = await readTextFile(arg, '--template', cwd);
    const name = showValue(path.basename(file), false);
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      // Node's message gives no line and column (and not always a position): find them ourselves.
      const problem = findJsonProblem(text);
      const where = problem ? `${name}:${problem.line}:${problem.column}` : name;
      throw new InputError(`not valid JSON: ${problem ? problem.message : 'the file cannot be read as JSON'}`, where);
    }
    return parseTemplate(json, name);
  }
  const template = findTemplate(arg);
  if (!template) {
    const ids = listTemplates().map((t) => t.id).join(', ');
    throw new InputError(
      `unknown template ${showValue(arg)}; built-in templates: ${ids} (or pass a template .json file)`,
    );
  }
  return template;
}

/** Writes a described workbook to --out in full or not at all (temporary file, renamed when complete). */
export async function writeSpec(workbook: WorkbookSpec, outFile: string, io: CliIo): Promise<void> {
  // Ctrl-C or a kill mid-write must not leave the temporary file behind.
  let temp: string | undefined;
  const stopWatching = io.onInterrupt?.(() => { if (temp) rmSync(temp, { force: true }); });
  try {
    await renderWorkbookToFile(workbook, outFile, {
      onProgress: (sheet, rows) => io.progress(`writing ${sheet}: ${rows} rows`),
      onTempFile: (file) => (temp = file),
      open: io.openOut,
    });
  } catch (e) {
    throw outWriteError(e, outFile);
  } finally {
    stopWatching?.();
  }
  io.progress('');
}

/** Builds and writes the workbook, then prints the path and how the KPIs stand. */
export async function writeWorkbook(input: BuildInput, outFile: string, io: CliIo, meta?: WorkbookMeta): Promise<void> {
  const report = buildReport(input);
  // What `kpi-planner refresh` needs to rebuild the file from itself.
  if (meta) report.workbook.meta = metaRows(meta);
  await writeSpec(report.workbook, outFile, io);
  const count = (s: string | null) => report.kpis.filter((k) => k.status === s).length;
  const open = count(null);
  io.out(`Wrote ${outFile}`);
  io.out(
    `${input.template.id}, ${input.month}${input.final ? ' closed' : ''} as of ${input.today} (${input.lang}): ` +
      `${report.kpis.length} KPIs: ${count('met')} met, ${count('atRisk')} at risk, ${count('missed')} missed` +
      (open ? `, ${open} without figures` : '') +
      `; ${input.data.length} data rows, ${input.events.length} events`,
  );
}

export const workbookFlags = {
  template: { type: 'string', value: '<id|FILE>', help: 'a built-in template id (see `kpi-planner templates`) or a template .json file' },
  month: { type: 'string', value: 'YYYY-MM', help: 'the month to plan and report' },
  data: { type: 'string', value: 'FILE', help: 'KPI targets and actuals CSV: kpi, month, target, actual' },
  plan: { type: 'string', value: 'FILE.xlsx', help: "a year plan (kpi-planner plan): the month's targets (--data wins)" },
  events: { type: 'string', value: 'FILE', help: 'events CSV: type, date, time (optional), title' },
  lang: { type: 'string', value: 'LANG', help: "sheet language (default: the template's)", choices: LANGUAGES },
  today: { type: 'string', value: 'YYYY-MM-DD', help: 'the date the report is for: pacing, overdue tasks, whether the month is over (default: today)' },
  final: { type: 'boolean', help: "the month as closed: as of its last day, final statuses (not with --today)" },
  profile: {
    type: 'string', value: 'LIST',
    help: `the business's profile, comma separated (${AUDIENCES.join(', ')}): leaves out steps that don't suit it`,
  },
  theme: { type: 'string', value: 'TEXT', help: "the monthly campaign's theme" },
  goal: { type: 'string', value: 'GOAL', help: "the monthly campaign's goal", choices: CAMPAIGN_GOALS },
  ...ga4Flags,
  ...crmFlags,
  ...socialFlags,
  ...metaFlags,
  out: { type: 'string', value: 'FILE.xlsx', help: 'where to write the workbook (written in full or not at all)' },
} as const;

export const workbookCommand = defineCommand({
  name: 'workbook',
  summary: 'Write the Excel workbook for a template and a month: plan, campaign, KPI results, review.',
  usage: 'workbook --template <id|FILE> --month YYYY-MM [--data FILE] [--plan FILE.xlsx] [--events FILE] [--lang lv|lt|en] [--today YYYY-MM-DD | --final] [--profile LIST] [--theme TEXT] [--goal sales|list|awareness] [--ga-property ID | --ga-csv FILE] [--crm-webhook URL] [--social-csv FILE|FOLDER]… [--meta-page ID [--meta-token TOKEN]] --out FILE.xlsx',
  flags: workbookFlags,
  details: [
    'CSV files may be comma or semicolon separated, UTF-8 (with or without BOM) or Windows-1257.',
    'Numbers may use a decimal comma or point: a ";" file reads 1,5 as one and a half unless its values',
    'prove a decimal point. KPIs may be named by id or by name in any language of the template.',
    'Exit codes: 0 done, 2 bad input (nothing is written), 1 anything else.',
  ].join('\n'),
  async run(flags, io) {
    const missing = (['template', 'month', 'out'] as const).filter((f) => flags[f] === undefined);
    if (missing.length) throw new InputError(`missing ${missing.map((f) => `--${f}`).join(', ')}; see kpi-planner workbook --help`);
    const month = checkMonthFlag(flags.month!);
    const today = asOfDate(flags, month, io.now());
    const profile = flags.profile === undefined ? undefined : checkProfileFlag(flags.profile);
    const outFile = checkOutPath(flags.out!, io.cwd);
    const template = await loadTemplate(flags.template!, io.cwd);
    const readCsv = async <T>(file: string | undefined, flag: string, parse: (text: string, name: string) => T[]) =>
      file === undefined ? [] : parse(await readTextFile(file, flag, io.cwd), showValue(path.basename(file), false));
    const own = await readCsv(flags.data, '--data', (text, name) => parseKpiDataCsv(text, name, template));
    // The year plan's targets for the month, under --data's: a target in the CSV wins.
    const planned = flags.plan === undefined ? [] : await readPlanTargets(flags.plan, template, io.cwd);
    if (flags.plan !== undefined && !planned.some((r) => r.month.slice(0, 4) === month.slice(0, 4)))
      io.err(`warning: --plan ${showValue(flags.plan, false)} has no targets for ${month.slice(0, 4)}`);
    const data = withPlanTargets(own, planned, month);
    const events = await readCsv(flags.events, '--events', parseEventsCsv);
    const ga4 = await loadGa4(flags, template, month, io);
    const social = await loadSocial(flags['social-csv'], month, io.cwd, await loadMeta(flags, month, io));
    // An actual in --data wins over the CRM's, as over GA4's.
    const crm = await loadCrm(flags, template, month, io);
    const input: BuildInput = {
      template, month, today, profile, final: flags.final || undefined,
      data: crm.actuals.length ? withActuals(data, crm.actuals) : data, events, ga4, social, crm: crm.data,
      created: localDate(io.now()),
      lang: (flags.lang as Language | undefined) ?? template.language,
      campaign: { theme: flags.theme, goal: flags.goal as CampaignGoal | undefined },
    };
    for (const gap of social ? socialGaps(social, template, data) : []) io.err(`warning: ${gap}`);
    const gaps = missingLanguageWarning(template, input.lang, showValue(path.basename(flags.template!), false));
    if (gaps) io.err(`warning: ${gaps}`);
    await writeWorkbook(input, outFile, io, buildMeta(input, data, crm.actuals));
  },
});
