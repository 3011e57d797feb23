// `refresh` for a round review: rebuilt from its own file (typed months, round figures, the director's form), GA4
// imported again when asked; a cell still holding what the last import wrote takes the new figure.
import type { Workbook } from 'exceljs';
import type { CliIo } from '../args';
import { readRoundMeta, readRoundTyped, type RoundMeta } from '../round-meta';
import { InputError, showValue } from '../../core/errors';
import type { KpiRecord } from '../../core/model/input';
import { parseRound, type PeriodRecord } from '../../core/periods';
import { buildRoundReview } from '../../core/round';
import { findTemplate, listTemplates } from '../../core/template/registry';
import type { Template } from '../../core/template/schema';
import { localDate } from '../shared-flags';
import { loadRoundGa4 } from './round-ga4';
import { loadRoundGa4Csv } from './round-sources';
import { importedCells, mergePeriodRecords, writeRound } from './round';

export interface RefreshSources {
  'ga-property'?: string;
  'ga-csv'?: string;
}

export function templateOf(id: string, name: string): Template {
  const template = findTemplate(id);
  if (template) return template;
  const ids = listTemplates().map((t) => t.id).join(', ');
  throw new InputError(
    `made from template ${showValue(id)}, which this kpi-planner does not have; built-in templates: ${ids}`, name);
}

export async function refreshRound(
  wb: Workbook, rows: [unknown, unknown][], name: string, flags: RefreshSources, today: string, outFile: string,
  io: CliIo,
): Promise<void> {
  const meta = readRoundMeta(rows, name);
  const template = templateOf(meta.template, name);
  const period = parseRound(template, meta.round, name);
  const blank = buildRoundReview({ template, period, today, lang: meta.lang, data: [] }).workbook;
  const typed = readRoundTyped(wb, blank, template, period, name);
  const ga4 = await loadRoundGa4(flags['ga-property'], template, period, today, io)
    ?? await loadRoundGa4Csv(flags['ga-csv'] === undefined ? [] : [flags['ga-csv']], template, period, meta.lang, io);
  // A cell that still holds the last import's number is the import's, not the manager's: it takes the new one.
  const stillImported = (key: string, value: number | null | undefined) =>
    value !== null && value !== undefined && meta.imported[key] === value;
  const data: KpiRecord[] = typed.data.map((r) => ({ ...r }));
  for (const g of ga4?.monthly ?? []) {
    const cell = data.find((r) => r.kpi === g.kpi && r.month === g.month);
    if (!cell) data.push({ ...g });
    else if (cell.actual === null || stillImported(`${g.kpi} ${g.month}`, cell.actual)) cell.actual = g.actual;
  }
  const periods: PeriodRecord[] = typed.periods.map((r) => ({ ...r }));
  for (const g of ga4?.periodRecords ?? []) {
    const cell = periods.find((r) => r.kpi === g.kpi);
    if (!cell) periods.push({ ...g });
    else if (cell.actual == null || stillImported(`${g.kpi} round`, cell.actual)) cell.actual = g.actual;
  }
  const withActions = [...data];
  for (const a of meta.actions) {
    const row = withActions.find((r) => r.kpi === a.kpi && r.month === a.month);
    if (row) row.action = a.action;
    else withActions.push({ ...a });
  }
  // Cells this run's import filled (typed ones stay the manager's), and the earlier imports' cells still holding them.
  const fresh = importedCells(ga4, (kpi, month) => {
    const key = month === 'round' ? `${kpi} round` : `${kpi} ${month}`;
    const was = month === 'round' ? typed.periods.find((r) => r.kpi === kpi)?.actual
      : typed.data.find((r) => r.kpi === kpi && r.month === month)?.actual;
    return was !== null && was !== undefined && !stillImported(key, was);
  });
  const kept = Object.fromEntries(Object.entries(meta.imported).filter(([key, v]) => {
    const [kpi, month] = key.split(' ');
    const now = month === 'round' ? typed.periods.find((r) => r.kpi === kpi)?.actual
      : typed.data.find((r) => r.kpi === kpi && r.month === month)?.actual;
    return now === v;
  }));
  const next: RoundMeta = { ...meta, imported: { ...kept, ...fresh } };
  await writeRound({
    template, period, today, created: localDate(io.now()), lang: meta.lang, data: withActions,
    periodRecords: mergePeriodRecords(periods), entries: { 'director-form': typed.form },
  }, next, outFile, io);
}
