// Every date and month check calls the one module: 2026-02-30 is refused everywhere, and serials agree everywhere.
import { describe, expect, it } from 'vitest';
import { IsoDateSchema, MonthSchema } from '../../src/addon/api';
import { checkMonthFlag, checkTodayFlag } from '../../src/cli/shared-flags';
import { dateSerial, isIsoDate, isMonthId } from '../../src/core/dates';
import { monthRange } from '../../src/core/ga4/requests';
import { parseDateText } from '../../src/core/inputs/events-csv';
import { parseMonthText } from '../../src/core/inputs/kpi-data-csv';
import type { ColumnSpec, Row } from '../../src/core/model/workbook';
import { parseIsoDate, parseMonth } from '../../src/core/plan/calendar';
import { isoDateToSerial } from '../../src/render/excel/sanitize';

/** Each validator as "accepted?": the CLI flags, the add-on's schemas, the CSV readers and the core. */
const DATE_CHECKS: Record<string, (s: string) => boolean> = {
  core: isIsoDate,
  'core parseIsoDate': (s) => accepts(() => parseIsoDate(s, 'today')),
  'CLI --today': (s) => accepts(() => checkTodayFlag(s)),
  'add-on IsoDateSchema': (s) => IsoDateSchema.safeParse(s).success,
  'events CSV': (s) => parseDateText(s) !== null,
};
const MONTH_CHECKS: Record<string, (s: string) => boolean> = {
  core: isMonthId,
  'core parseMonth': (s) => accepts(() => parseMonth(s)),
  'CLI --month': (s) => accepts(() => checkMonthFlag(s)),
  'add-on MonthSchema': (s) => MonthSchema.safeParse(s).success,
  'data CSV': (s) => parseMonthText(s) !== null,
  'GA4 month range': (s) => accepts(() => monthRange(s)),
};

function accepts(fn: () => unknown): boolean {
  try {
    fn();
    return true;
  } catch {
    return false;
  }
}

/**
 * The Sheets renderer's grid, loaded by a computed path: its types need Apps Script's globals, which the Node
 * tsconfig rightly lacks, and only the values matter here.
 */
type BuildGrid = (rows: Row[], columns: ColumnSpec[], app: unknown) => { values: unknown[][] };
const GRID_MODULE = '../../src/render/sheets/grid';
const { buildGrid } = (await import(/* @vite-ignore */ `${GRID_MODULE}`)) as { buildGrid: BuildGrid };

/** The serial the Sheets renderer writes for a date cell. */
function sheetsSerial(iso: string): unknown {
  const builders = { newTextStyle: () => ({ build: () => ({}) }) };
  return buildGrid([[{ date: iso }]], [], builders).values[0][0];
}

describe('one date and month check', () => {
  it.each(Object.keys(DATE_CHECKS))('%s refuses 2026-02-30, 2026-13-01 and 1899-12-31 and takes real dates', (name) => {
    const ok = DATE_CHECKS[name];
    const refused = ['2026-02-30', '2026-13-01', '2026-00-10', '1899-12-31', '2025-02-29'];
    for (const bad of refused) expect(ok(bad), bad).toBe(false);
    for (const good of ['2026-11-20', '2024-02-29', '1900-03-01', '1900-01-01']) expect(ok(good), good).toBe(true);
  });

  it.each(Object.keys(MONTH_CHECKS))('%s refuses 2026-13, 2026-00 and 1899-12 and takes real months', (name) => {
    const ok = MONTH_CHECKS[name];
    for (const bad of ['2026-13', '2026-00', '1899-12', '26-11']) expect(ok(bad), bad).toBe(false);
    for (const good of ['2026-11', '1900-01', '2026-02']) expect(ok(good), good).toBe(true);
  });
});

describe('one serial day number', () => {
  it('1900-03-01 and 2026-11-20 get the same serial in the core, the Excel writer and the Sheets writer', () => {
    for (const [iso, serial] of [['1900-03-01', 61], ['2026-11-20', 46346], ['2024-02-29', 45351]] as const) {
      expect(dateSerial(iso), iso).toBe(serial);
      expect(isoDateToSerial(iso), iso).toBe(serial);
      expect(sheetsSerial(iso), iso).toBe(serial);
    }
  });

  it('2026-02-30 is no serial anywhere: the Sheets writer keeps the text, the Excel writer gets none', () => {
    expect(dateSerial('2026-02-30')).toBeNull();
    expect(isoDateToSerial('2026-02-30')).toBeNull();
    expect(sheetsSerial('2026-02-30')).toBe("'2026-02-30");
  });

  it('only Excel counts the fictional 1900-02-29, so it alone is one lower before March 1900', () => {
    expect(dateSerial('1900-02-28')).toBe(60);
    expect(isoDateToSerial('1900-02-28')).toBe(59);
    expect(sheetsSerial('1900-02-28')).toBe(60);
  });
});
