// `kpi-planner round`: template + round + the months' data (plan, GA4) → the round review and the director's form.
import { rmSync } from 'node:fs';
import path from 'node:path';
import { defineCommand, type CliIo } from '../args';
import { readTextFile } from '../read-text-file';
import { checkOutPath, outWriteError } from '../out-file';
import { withPlanTargets } from '../plan-targets';
import { roundMetaRows, type RoundMeta } from '../round-meta';
import { InputError, showValue } from '../../core/errors';
import { withActuals } from '../../core/build-workbook';
import { parseKpiDataCsv } from '../../core/inputs/kpi-data-csv';
import type { KpiRecord } from '../../core/model/input';
import { parseRound, type Period, type PeriodRecord } from '../../core/periods';
import { buildRoundReview, type RoundInput } from '../../core/round';
import type { Language } from '../../core/template/schema';
import { missingLanguageWarning } from '../../core/template/missing-language';
import { renderWorkbookToFile } from '../../render/excel/render-file';
import { loadTemplate } from '../load-template';
import { checkTodayFlag, localDate, requireFlags } from '../shared-flags';
import { workbookFlags } from './workbook';
import { loadRoundGa4, roundGa4Flags, type RoundGa4 } from './round-ga4';
import { loadRoundGa4Csv, loadRoundPlan, roundSourceFlags } from './round-sources';

export { ROUND_META_FORMAT } from '../round-meta';

/** One record per KPI: a target from one source (the plan, the file) and an actual from another (GA4). */
export function mergePeriodRecords(...lists: PeriodRecord[][]): PeriodRecord[] {
  const out = new Map<string, PeriodRecord>();
  for (const r of lists.flat()) {
    const had = out.get(r.kpi) ?? { kpi: r.kpi };
    out.set(r.kpi, {
      ...had, ...(r.target != null ? { target: r.target } : {}), ...(r.actual != null ? { actual: r.actual } : {}),
    });
  }
  return [...out.values()];
}

/** The cells GA4 filled (an actual in the data wins over GA4's): `refresh` replaces them while they still hold it. */
export function importedCells(ga4: RoundGa4 | undefined, own: (kpi: string, month: string) => boolean) {
  const out: Record<string, number> = {};
  for (const r of ga4?.monthly ?? [])
    if (r.actual !== null && !own(r.kpi, r.month)) out[`${r.kpi} ${r.month}`] = r.actual;
  for (const r of ga4?.periodRecords ?? [])
    if (typeof r.actual === 'number' && !own(r.kpi, 'round')) out[`${r.kpi} round`] = r.actual;
  return out;
}

/** Builds and writes the round review (in full or not at all), then prints how the KPIs stand. */
export async function writeRound(
  input: RoundInput, meta: RoundMeta, outFile: string, io: CliIo,
): Promise<void> {
  const { template, period, today, lang } = input;
  const review = buildRoundReview(input);
  review.workbook.meta = roundMetaRows(meta, today);
  let temp: string | undefined;
  const stopWatching = io.onInterrupt?.(() => { if (temp) rmSync(temp, { force: true }); });
  try {
    await renderWorkbookToFile(review.workbook, outFile, { onTempFile: (f) => (temp = f), open: io.openOut });
  } catch (e) {
    throw outWriteError(e, outFile);
  } finally {
    stopWatching?.();
  }
  const count = (s: string) => review.results.filter((r) => r.status === s).length;
  io.out(`Wrote ${outFile}`);
  const span = `${period.months[0].id} – ${period.months[period.months.length - 1].id}`;
  io.out(`${template.id}, round ${period.id} (${span})`
    + ` as of ${today} (${lang}): ${review.results.length} KPIs: ${count('met')} met, ${count('atRisk')} at risk, `
    + `${count('missed')} missed`);
}

/** The corrective actions of the round's months, kept in the meta: the sheet shows them joined per KPI. */
export function roundActions(data: KpiRecord[], period: Period): KpiRecord[] {
  const months = new Set(period.months.map((m) => m.id));
  return data.filter((r) => r.action && months.has(r.month))
    .map((r) => ({ kpi: r.kpi, month: r.month, target: null, actual: null, action: r.action }));
}

export const roundCommand = defineCommand({
  name: 'round',
  summary: "Write the round review for the director: each month's figures, the round's, charts and the form.",
  usage: 'round --template <id|FILE> --round YYYY-spring|YYYY-autumn|YYYY-H1|YYYY-H2 [--data FILE] [--plan FILE.xlsx] '
    + '[--ga-property ID | --ga-csv FILE…] [--lang lv|lt|en] [--today YYYY-MM-DD] --out FILE.xlsx',
  flags: {
    template: workbookFlags.template,
    round: {
      type: 'string', value: 'ROUND',
      help: "the admission round (YYYY-<round id>, e.g. 2026-spring) or half-year (2026-H1, 2026-H2)",
    },
    data: { type: 'string', value: 'FILE', help: "the months' KPI figures CSV: kpi, month, target, actual, action" },
    ...roundSourceFlags,
    ...roundGa4Flags,
    lang: workbookFlags.lang,
    today: {
      type: 'string', value: 'YYYY-MM-DD', help: 'the date the review is for: is the round over? (default: today)',
    },
    out: workbookFlags.out,
  },
  details: [
    "The --data CSV is the workbook command's, with an optional action column: the corrective action recorded",
    "for that KPI and month, listed under the missed KPIs. Months outside the round are ignored.",
    "--plan takes the round's month targets from a year plan, and the round target typed there for GA4 users;",
    "a target in --data wins. GA4 users and rates are asked for the whole round (never added up from months).",
    "--ga-csv takes one GA4 export per month (repeat it); exports cannot give the round's users, which stay",
    "empty (type them, or use --ga-property). `kpi-planner refresh --in` rebuilds the file, keeping what was typed.",
    'Exit codes: 0 done, 2 bad input (nothing is written), 1 anything else.',
  ].join('\n'),
  async run(flags, io) {
    requireFlags(flags, ['template', 'round', 'out'], 'round');
    if (flags['ga-property'] !== undefined && flags['ga-csv'].length)
      throw new InputError('give either --ga-property or --ga-csv, not both');
    const today = flags.today === undefined ? localDate(io.now()) : checkTodayFlag(flags.today);
    const outFile = checkOutPath(flags.out!, io.cwd);
    const template = await loadTemplate(flags.template!, io.cwd);
    const period = parseRound(template, flags.round!);
    const own = flags.data === undefined ? [] : parseKpiDataCsv(
      await readTextFile(flags.data, '--data', io.cwd), showValue(path.basename(flags.data), false), template);
    const lang = (flags.lang as Language | undefined) ?? template.language;
    const plan = flags.plan === undefined ? undefined : await loadRoundPlan(flags.plan, template, period, io);
    const data = plan ? withPlanTargets(own, plan.months, period.months.map((m) => m.id)) : own;
    const gaps = missingLanguageWarning(template, lang, showValue(path.basename(flags.template!), false));
    if (gaps) io.err(`warning: ${gaps}`);
    const ga4 = await loadRoundGa4(flags['ga-property'], template, period, today, io)
      ?? await loadRoundGa4Csv(flags['ga-csv'], template, period, lang, io);
    const ownActual = (kpi: string, month: string) =>
      own.some((r) => r.kpi === kpi && r.month === month && r.actual !== null);
    const input: RoundInput = {
      template, period, today, created: localDate(io.now()), lang,
      // An actual in --data wins over GA4's, as in the monthly workbook.
      data: ga4 ? withActuals(data, ga4.monthly) : data,
      periodRecords: mergePeriodRecords(plan?.periodRecords ?? [], ga4?.periodRecords ?? []),
    };
    const meta: RoundMeta = {
      template: template.id, round: period.id, lang, actions: roundActions(own, period),
      imported: importedCells(ga4, ownActual),
    };
    await writeRound(input, meta, outFile, io);
  },
});
