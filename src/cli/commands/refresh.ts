// `kpi-planner refresh`: an existing workbook in, its sources imported again, every typed entry kept (for cron).
import path from 'node:path';
import { defineCommand } from '../args';
import { InputError, showValue } from '../../core/errors';
import { buildReport } from '../../core/build-workbook';
import { releaseImported } from '../../core/ga4/ownership';
import type { BuildInput } from '../../core/model/input';
import { findTemplate, listTemplates } from '../../core/template/registry';
import { checkOutPath } from '../out-file';
import { metaSheetRows, openXlsx, workbookMeta } from '../open-workbook';
import { ROUND_META_FORMAT } from '../round-meta';
import { YEAR_PLAN_KIND } from '../plan-targets';
import { refreshRound } from './refresh-round';
import { refreshPlan } from './refresh-plan';
import { readXlsxEntries } from '../xlsx-entries';
import { buildMeta } from '../workbook-meta';
import { checkTodayFlag, localDate } from '../shared-flags';
import { writeWorkbook } from '../write-workbook';
import { ga4Flags, loadGa4 } from './ga4-input';
import { crmFlags, loadCrm } from './crm-input';
import { loadSocial, socialFlags } from './social-input';
import { loadMeta, metaFlags } from './meta-input';

export const refreshFlags = {
  in: {
    type: 'string', value: 'FILE.xlsx',
    help: 'the file to refresh: a workbook (kpi-planner workbook or demo), a round review or a year plan',
  },
  out: { type: 'string', value: 'FILE.xlsx', help: 'where to write the refreshed workbook (default: over --in)' },
  today: { type: 'string', value: 'YYYY-MM-DD', help: 'the date the report is for (default: today)' },
  ...ga4Flags,
  ...crmFlags,
  ...socialFlags,
  ...metaFlags,
} as const;

export const refreshCommand = defineCommand({
  name: 'refresh',
  summary: 'Import the sources again into an existing workbook, keeping everything typed into it.',
  usage: 'refresh --in FILE.xlsx [--out FILE.xlsx] [--today YYYY-MM-DD] [--ga-property ID | --ga-csv FILE] '
    + '[--crm-webhook URL] [--social-csv FILE|FOLDER]… [--meta-page ID [--meta-token TOKEN]]',
  flags: refreshFlags,
  details: [
    'The template, month, language, events and campaign come from the workbook (its hidden kpi-planner-meta sheet).',
    'Targets, actuals, statuses, comments and corrective actions typed into it are kept; an actual that still holds',
    "what the last import wrote takes the new import's number.",
    'A round review (kpi-planner round) keeps its typed months, round figures and the director\'s form, and takes',
    'GA4 again with --ga-property (or one month with --ga-csv); a year plan keeps its typed targets (no sources).',
    'Exit codes: 0 done, 2 bad input, 1 anything else.',
  ].join('\n'),
  async run(flags, io) {
    if (flags.in === undefined) throw new InputError('missing --in; see kpi-planner refresh --help');
    const inFile = path.resolve(io.cwd, flags.in);
    const name = showValue(path.basename(inFile), false);
    if (!/\.xlsx$/i.test(inFile))
      throw new InputError(`--in must name an .xlsx file, not ${showValue(flags.in)}`);
    const outFile = checkOutPath(flags.out ?? flags.in, io.cwd);
    const today = flags.today === undefined ? localDate(io.now()) : checkTodayFlag(flags.today);
    const wb = await openXlsx(inFile, name);
    const rows = metaSheetRows(wb);
    const kind = rows?.find(([k]) => k === 'kind')?.[1];
    const format = rows?.find(([k]) => k === 'format')?.[1];
    if (rows && (kind === YEAR_PLAN_KIND || format === ROUND_META_FORMAT)) {
      // Only GA4 feeds a round review, and nothing feeds a year plan: another source flag is a mistake, not a no-op.
      const allowed = kind === YEAR_PLAN_KIND ? [] : ['ga-property', 'ga-csv'];
      const what = kind === YEAR_PLAN_KIND ? 'a year plan takes no sources' : 'a round review takes GA4 only';
      const extra = (['ga-property', 'ga-csv', 'crm-webhook', 'meta-page', 'meta-token'] as const)
        .filter((f) => flags[f] !== undefined && !allowed.includes(f)).map((f) => `--${f}`);
      if (flags['social-csv'].length) extra.push('--social-csv');
      if (extra.length)
        throw new InputError(`${extra.join(', ')}: ${what}; leave ${extra.length > 1 ? 'them' : 'it'} out`, name);
      if (kind === YEAR_PLAN_KIND) return refreshPlan(wb, name, today, outFile, io);
      return refreshRound(wb, rows, name, flags, today, outFile, io);
    }
    const meta = workbookMeta(wb, name);
    const template = findTemplate(meta.template);
    if (!template) {
      const ids = listTemplates().map((t) => t.id).join(', ');
      throw new InputError(
        `made from template ${showValue(meta.template)}, which this kpi-planner does not have; `
          + `built-in templates: ${ids}`,
        name);
    }
    const base: BuildInput = {
      template, month: meta.month, today, created: localDate(io.now()), lang: meta.lang,
      data: meta.history, events: meta.events, campaign: meta.campaign,
      // The add-on's download names its tabs with the month, and both edges remember the business profile.
      ...(meta.profile?.length ? { profile: meta.profile } : {}),
      ...(meta.monthInSheetNames ? { monthInSheetNames: true } : {}),
    };
    // The layout without imports names the sheets and their headers; the GA4 and social sheets hold no entries.
    const entries = readXlsxEntries(wb, buildReport(base).workbook);
    const ga4 = await loadGa4(flags, template, meta.month, io);
    const social = await loadSocial(flags['social-csv'], meta.month, io.cwd, await loadMeta(flags, meta.month, io));
    const crm = await loadCrm(flags, template, meta.month, io);
    const input: BuildInput = {
      ...base, data: [...meta.history, ...crm.actuals], entries, ga4, social, crm: crm.data,
    };
    // The KPIs this run's sources give numbers for, whatever the cells hold now.
    const fresh = new Set(
      Object.keys(buildMeta({ ...input, entries: undefined }, meta.history, crm.actuals).imported));
    const imported = Object.keys(meta.imported);
    const kept = releaseImported(entries, imported, meta.imported, (kpi) => fresh.has(kpi)).stillImported;
    const next = buildMeta(input, meta.history, crm.actuals);
    await writeWorkbook(input, outFile, io, { ...next, imported: { ...kept, ...next.imported } });
  },
});
