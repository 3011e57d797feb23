// Closing a month: its KPI results as shown go into a protected snapshot tab; reopening removes it.
import { InputError } from '../core/errors';
import { labels, pick } from '../core/i18n';
import { KPI_HEAD_VALUE } from '../core/sheets/kpi-row';
import { SNAPSHOT_COLUMNS, snapshotSheet, type SnapshotKpi, type StoredValue } from '../core/sheets/snapshot';
import { renderSheet } from '../render/sheets/render-sheet';
import type { Sheet } from '../render/sheets/types';
import { CloseMonthArgsSchema, MonthArgsSchema, type ClosedInfo } from './api';
import { closeMessages } from './close-messages';
import { CLOSER_KEY, closedKey, findClosed, recordInput, recordText, type ClosedRecord } from './closed-record';
import { markClosed } from './month-list';
import { buildMonth, mainRun, monthInput, readMonth } from './month-pipeline';
import { freeName } from './place-sheets';
import { languageOfLocale } from './messages';
import type { Services } from './services';
import { loadSettings } from './settings';
import { TAG_LIMIT, type TaggedSheet } from './tags';
import { requireTemplate } from './templates';

export function closedInfo(sheet: Sheet, record: ClosedRecord): ClosedInfo {
  return { month: record.month, closedBy: record.closedBy, closedAt: record.closedAt, sheet: sheet.getName() };
}

function storedValue(v: unknown): StoredValue {
  if (v === '' || v === null || v === undefined) return null;
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  return String(v);
}

/**
 * The KPI rows as the sheet shows them (display values) and holds them (values): two reads of the whole table.
 * Rows are those below the header with a key, so moved or re-sorted rows still come with their KPI.
 */
function readKpis(kpi: TaggedSheet): SnapshotKpi[] {
  const { sheet, tag } = kpi;
  const last = sheet.getLastRow();
  const first = (tag.headerRow ?? 0) + 1;
  if (last < first) return [];
  const range = sheet.getRange(first, 1, last - first + 1, tag.columns.length);
  const [values, shown] = [range.getValues(), range.getDisplayValues()];
  const at = (c: string) => tag.columns.indexOf(c);
  return values.flatMap((row, i) => {
    const id = String(row[at('key')] ?? '').trim();
    if (!id) return [];
    const text = (c: string) => (at(c) < 0 ? '' : shown[i][at(c)]);
    const value = (c: string) => (at(c) < 0 ? null : storedValue(row[at(c)]));
    return [{
      id,
      shown: {
        kpi: text('kpi'), target: text('target'), due: text('due'), actual: text('actual'),
        variance: text('variance'), achieved: text('achieved'), status: text('status'),
      },
      values: {
        target: value('target'), actual: value('actual'), status: value('status'), achieved: value('achieved'),
      },
    }];
  });
}

export function closeMonth(services: Services, raw: unknown): ClosedInfo {
  const { month, closedBy } = CloseMonthArgsSchema.parse(raw);
  const ss = services.spreadsheet();
  const reading = readMonth(services, month);
  const kpi = reading.sheets.ofMonth.find((t) => t.tag.sheet === 'kpi-results');
  const run = mainRun(reading);
  const words = closeMessages(uiLanguage(services));
  if (!kpi || !run) throw new InputError(words.noKpiSheet(month));
  // The snapshot speaks the language of the month's sheets; messages that of the sidebar.
  const lang = run.lang;
  const closed = findClosed(ss, month);
  if (closed) throw new InputError(words.alreadyClosed(month, closed.record.closedBy, closed.record.closedAt));
  // The head rows (as-of date, "month is over") by key, from the description of the KPI sheet as generated.
  const built = buildMonth(monthInput(reading, run, reading.entries)).workbook;
  const spec = built.sheets.find((s) => s.id === 'kpi-results');
  const headRow = (key: string) => spec?.rowKeys?.[key];
  const valueCol = 1 + kpi.tag.columns.indexOf(KPI_HEAD_VALUE);
  const cellAt = (key: string) => (headRow(key) ? kpi.sheet.getRange(headRow(key)!, valueCol) : null);
  const record: ClosedRecord = {
    version: 1, month, lang, template: run.template,
    process: pick(requireTemplate(run.template, run.lang).title, lang),
    asOf: cellAt('asOf')?.getDisplayValue() ?? services.today(),
    ended: cellAt('over')?.getValue() === 1,
    closedBy, closedAt: services.now(),
    kpis: readKpis(kpi),
  };
  const text = recordText(record);
  if (text.length > TAG_LIMIT) throw new InputError(words.tooLarge);
  const snapshot = snapshotSheet({ ...recordInput(record), live: { kpiSheet: kpi.sheet.getName() } });
  const sheet = ss.insertSheet(freeName(ss, snapshot.name), ss.getNumSheets());
  sheet.addDeveloperMetadata(closedKey(month), text);
  renderSheet(sheet, snapshot, services.builders(), { fresh: true });
  // A warning, not a lock: the manager may still correct a typo, but never by accident.
  sheet.protect().setDescription(labels(lang).snapshot.protection).setWarningOnly(true);
  services.userProperties()?.setProperties({ [CLOSER_KEY]: closedBy });
  markClosed(services, month, true);
  return closedInfo(sheet, record);
}

/** Reopening is explicit: the snapshot tab goes, and with it its protection and the record on it. */
export function reopenMonth(services: Services, raw: unknown): { month: string } {
  const { month } = MonthArgsSchema.parse(raw);
  const ss = services.spreadsheet();
  const closed = findClosed(ss, month);
  if (!closed) throw new InputError(closeMessages(uiLanguage(services)).notClosed(month));
  ss.deleteSheet(closed.sheet);
  markClosed(services, month, false);
  return { month };
}

function uiLanguage(services: Services) {
  return loadSettings(services).uiLang ?? languageOfLocale(services.userLocale());
}

/** The "changed since closed" codes the snapshot tab shows now, by KPI (for the download). */
export function changedNow(closed: { sheet: Sheet; record: ClosedRecord }): number[] {
  const spec = snapshotSheet({ ...recordInput(closed.record), live: { kpiSheet: 'x' } });
  const col = 1 + SNAPSHOT_COLUMNS.indexOf('changed');
  const last = closed.sheet.getLastRow();
  const values = last > 0 ? closed.sheet.getRange(1, col, last, 1).getValues() : [];
  return closed.record.kpis.map((k) => Number(values[(spec.rowKeys?.[`kpi:${k.id}`] ?? 0) - 1]?.[0] === 1));
}
