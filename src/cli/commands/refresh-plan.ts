// `refresh` for a year plan: rebuilt from its own file (template, year, language, profile), keeping every month
// target and every round or year target typed into its KPI targets sheet.
import type { Workbook } from 'exceljs';
import type { CliIo } from '../args';
import { planMeta, planMetaRows, planTargetsOf } from '../plan-targets';
import { buildYearPlan } from '../../core/year/year-plan';
import { templateOf } from './refresh-round';
import { writeSpec } from '../write-workbook';

export async function refreshPlan(
  wb: Workbook, name: string, today: string, outFile: string, io: CliIo,
): Promise<void> {
  const meta = planMeta(wb, name, '--in');
  const template = templateOf(meta.template, name);
  const typed = planTargetsOf(wb, name, meta, template, '--in');
  const plan = buildYearPlan({
    template, year: meta.year, lang: meta.lang, profile: meta.profile, created: today,
    data: typed.months, periodTargets: typed.periods,
  });
  plan.workbook.meta = planMetaRows(meta);
  await writeSpec(plan.workbook, outFile, io);
  io.out(`Wrote ${outFile}`);
  io.out(`${template.id}, year plan ${meta.year} (${meta.lang}): ${typed.months.length} month targets and `
    + `${typed.periods.length} round or year targets kept`);
}
