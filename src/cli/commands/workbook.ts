// `kpi-planner workbook`: template + month + CSV data and events → an .xlsx report, checked before writing.
import path from 'node:path';
import { defineCommand } from '../args';
import { readTextFile } from '../read-text-file';
import { showValue } from '../../core/errors';
import { withActuals } from '../../core/build-workbook';
import { CAMPAIGN_GOALS, type BuildInput, type CampaignGoal } from '../../core/model/input';
import { AUDIENCES, LANGUAGES, type Language } from '../../core/template/schema';
import { missingLanguageWarning } from '../../core/template/missing-language';
import { parseKpiDataCsv } from '../../core/inputs/kpi-data-csv';
import { parseEventsCsv } from '../../core/inputs/events-csv';
import { ga4Flags, loadGa4 } from './ga4-input';
import { crmFlags, loadCrm } from './crm-input';
import { loadSocial, socialFlags } from './social-input';
import { loadMeta, metaFlags } from './meta-input';
import { socialGaps } from '../../core/social/actuals';
import { loadTemplate } from '../load-template';
import { checkOutPath } from '../out-file';
import { asOfDate, checkMonthFlag, checkProfileFlag, localDate, requireFlags } from '../shared-flags';
import { buildMeta } from '../workbook-meta';
import { readPlanTargets, withPlanTargets } from '../plan-targets';
import { writeWorkbook } from '../write-workbook';

export const workbookFlags = {
  template: {
    type: 'string', value: '<id|FILE>',
    help: 'a built-in template id (see `kpi-planner templates`) or a template .json file',
  },
  month: { type: 'string', value: 'YYYY-MM', help: 'the month to plan and report' },
  data: { type: 'string', value: 'FILE', help: 'KPI targets and actuals CSV: kpi, month, target, actual' },
  plan: {
    type: 'string', value: 'FILE.xlsx', help: "a year plan (kpi-planner plan): the month's targets (--data wins)",
  },
  events: { type: 'string', value: 'FILE', help: 'events CSV: type, date, time (optional), title' },
  lang: { type: 'string', value: 'LANG', help: "sheet language (default: the template's)", choices: LANGUAGES },
  today: {
    type: 'string', value: 'YYYY-MM-DD',
    help: 'the date the report is for: pacing, overdue tasks, whether the month is over (default: today)',
  },
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
  usage: 'workbook --template <id|FILE> --month YYYY-MM [--data FILE] [--plan FILE.xlsx] [--events FILE]'
    + ' [--lang lv|lt|en] [--today YYYY-MM-DD | --final] [--profile LIST] [--theme TEXT]'
    + ' [--goal sales|list|awareness] [--ga-property ID | --ga-csv FILE] [--crm-webhook URL]'
    + ' [--social-csv FILE|FOLDER]… [--meta-page ID [--meta-token TOKEN]] --out FILE.xlsx',
  flags: workbookFlags,
  details: [
    'CSV files may be comma or semicolon separated, UTF-8 (with or without BOM) or Windows-1257.',
    'Numbers may use a decimal comma or point: a ";" file reads 1,5 as one and a half unless its values',
    'prove a decimal point. KPIs may be named by id or by name in any language of the template.',
    'Exit codes: 0 done, 2 bad input (nothing is written), 1 anything else.',
  ].join('\n'),
  async run(flags, io) {
    requireFlags(flags, ['template', 'month', 'out'], 'workbook');
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
    if (flags.plan !== undefined && !planned.some((r) => r.month.slice(0, 4) === month.slice(0, 4))) {
      io.err(`warning: --plan ${showValue(flags.plan, false)} has no targets for ${month.slice(0, 4)}`);
    }
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
