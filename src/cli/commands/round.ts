// `kpi-planner round`: template + round + the months' data (and GA4) → the round review and the director's form.
import { rmSync } from 'node:fs';
import path from 'node:path';
import { defineCommand } from '../args';
import { readTextFile } from '../read-text-file';
import { checkOutPath, outWriteError } from '../out-file';
import { InputError, showValue } from '../../core/errors';
import { withActuals } from '../../core/build-workbook';
import { parseKpiDataCsv } from '../../core/inputs/kpi-data-csv';
import { parseRound } from '../../core/periods';
import { buildRoundReview } from '../../core/round';
import type { Language } from '../../core/template/schema';
import { missingLanguageWarning } from '../../core/template/missing-language';
import { renderWorkbookToFile } from '../../render/excel/render-file';
import { checkTodayFlag, loadTemplate, localDate, workbookFlags } from './workbook';
import { loadRoundGa4, roundGa4Flags } from './round-ga4';

/** The hidden sheet's first row for a round review: `refresh` (made for monthly workbooks) does not read it. */
export const ROUND_META_FORMAT = 'kpi-planner round 1';

export const roundCommand = defineCommand({
  name: 'round',
  summary: "Write the round review for the director: each month's figures, the round's, charts and the form.",
  usage: 'round --template <id|FILE> --round YYYY-spring|YYYY-autumn|YYYY-H1|YYYY-H2 [--data FILE] '
    + '[--ga-property ID] [--lang lv|lt|en] [--today YYYY-MM-DD] --out FILE.xlsx',
  flags: {
    template: workbookFlags.template,
    round: {
      type: 'string', value: 'ROUND',
      help: "the admission round (YYYY-<round id>, e.g. 2026-spring) or half-year (2026-H1, 2026-H2)",
    },
    data: { type: 'string', value: 'FILE', help: "the months' KPI figures CSV: kpi, month, target, actual, action" },
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
    "GA4 users and rates are asked for the whole round (never added up from months); GA4 CSV exports are per",
    "month and cannot give them, so the round takes GA4 from the property or the months' figures from --data.",
    'Exit codes: 0 done, 2 bad input (nothing is written), 1 anything else.',
  ].join('\n'),
  async run(flags, io) {
    const missing = (['template', 'round', 'out'] as const).filter((f) => flags[f] === undefined);
    if (missing.length) {
      const named = missing.map((f) => `--${f}`).join(', ');
      throw new InputError(`missing ${named}; see kpi-planner round --help`);
    }
    const today = flags.today === undefined ? localDate(io.now()) : checkTodayFlag(flags.today);
    const outFile = checkOutPath(flags.out!, io.cwd);
    const template = await loadTemplate(flags.template!, io.cwd);
    const period = parseRound(template, flags.round!);
    const data = flags.data === undefined ? [] : parseKpiDataCsv(
      await readTextFile(flags.data, '--data', io.cwd), showValue(path.basename(flags.data), false), template);
    const lang = (flags.lang as Language | undefined) ?? template.language;
    const gaps = missingLanguageWarning(template, lang, showValue(path.basename(flags.template!), false));
    if (gaps) io.err(`warning: ${gaps}`);
    const ga4 = await loadRoundGa4(flags['ga-property'], template, period, today, io);
    const review = buildRoundReview({
      template, period, today, created: localDate(io.now()), lang,
      // An actual in --data wins over GA4's, as in the monthly workbook.
      data: ga4 ? withActuals(data, ga4.monthly) : data, periodRecords: ga4?.periodRecords,
    });
    review.workbook.meta = [
      ['format', ROUND_META_FORMAT], ['template', template.id], ['round', period.id], ['lang', lang], ['today', today],
    ];
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
  },
});

