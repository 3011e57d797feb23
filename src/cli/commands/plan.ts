// `kpi-planner plan`: a template and a year → the year plan (.xlsx): steps on a calendar and the KPI targets table.
import path from 'node:path';
import { defineCommand } from '../args';
import { showValue } from '../../core/errors';
import { parseKpiDataCsv } from '../../core/inputs/kpi-data-csv';
import { parseYear } from '../../core/periods/parse';
import { AUDIENCES, LANGUAGES, type Language } from '../../core/template/schema';
import { missingLanguageWarning } from '../../core/template/missing-language';
import { buildYearPlan } from '../../core/year/year-plan';
import { checkOutPath } from '../out-file';
import { planMetaRows } from '../plan-targets';
import { readTextFile } from '../read-text-file';
import { loadTemplate } from '../load-template';
import { checkProfileFlag, checkTodayFlag, localDate, requireFlags } from '../shared-flags';
import { writeSpec } from '../write-workbook';

export const planFlags = {
  template: {
    type: 'string', value: '<id|FILE>',
    help: 'a built-in template id (see `kpi-planner templates`) or a template .json file',
  },
  year: { type: 'string', value: 'YYYY', help: 'the calendar year to plan, e.g. 2026' },
  data: {
    type: 'string', value: 'FILE',
    help: "KPI data CSV (kpi, month, target, actual): the year's targets prefill the table",
  },
  lang: { type: 'string', value: 'LANG', help: "sheet language (default: the template's)", choices: LANGUAGES },
  profile: {
    type: 'string', value: 'LIST',
    help: `the business's profile, comma separated (${AUDIENCES.join(', ')}): leaves out steps that don't suit it`,
  },
  today: { type: 'string', value: 'YYYY-MM-DD', help: 'the date the plan is made (default: today)' },
  out: { type: 'string', value: 'FILE.xlsx', help: 'where to write the year plan (written in full or not at all)' },
} as const;

export const planCommand = defineCommand({
  name: 'plan',
  summary: 'Write the year plan: the longer-than-monthly steps on a calendar with the rounds, '
    + "and the year's KPI targets.",
  usage: 'plan --template <id|FILE> --year YYYY [--data FILE] [--lang lv|lt|en] [--profile LIST] [--today YYYY-MM-DD] '
    + '--out FILE.xlsx',
  flags: planFlags,
  details: [
    "Type each KPI's month targets into the KPI targets sheet once; the round and year targets follow by the KPI's",
    "rule. `workbook --plan FILE.xlsx` and `round --plan FILE.xlsx` then take the targets from it (--data wins);",
    'type the round and year targets of GA4 users (they cannot be added up). `refresh --in` rebuilds the plan.',
    'Exit codes: 0 done, 2 bad input (nothing is written), 1 anything else.',
  ].join('\n'),
  async run(flags, io) {
    requireFlags(flags, ['template', 'year', 'out'], 'plan');
    const year = Number(parseYear(flags.year!).id);
    const created = flags.today === undefined ? localDate(io.now()) : checkTodayFlag(flags.today);
    const profile = flags.profile === undefined ? undefined : checkProfileFlag(flags.profile);
    const outFile = checkOutPath(flags.out!, io.cwd);
    const template = await loadTemplate(flags.template!, io.cwd);
    const data = flags.data === undefined ? [] : parseKpiDataCsv(
      await readTextFile(flags.data, '--data', io.cwd), showValue(path.basename(flags.data), false), template);
    const lang = (flags.lang as Language | undefined) ?? template.language;
    const gaps = missingLanguageWarning(template, lang, showValue(path.basename(flags.template!), false));
    if (gaps) io.err(`warning: ${gaps}`);
    const targets = data.filter((r) => r.month.startsWith(`${year}-`) && r.target !== null);
    const plan = buildYearPlan({ template, year, lang, data: targets, profile, created });
    // What `workbook --plan` checks before taking the targets: that this is a year plan, and for which template.
    plan.workbook.meta = planMetaRows({ template: template.id, year, lang, profile });
    await writeSpec(plan.workbook, outFile, io);
    const { calendar, brief, whenNeeded } = plan.counts;
    io.out(`Wrote ${outFile}`);
    io.out(
      `${template.id}, ${year} (${lang}): ${calendar} steps on the calendar, ${brief} monthly or routine, `
        + `${whenNeeded} when needed` + (plan.leftOut ? `, ${plan.leftOut} left out by the profile` : '')
        + `; ${targets.length} month targets from --data`,
    );
  },
});
