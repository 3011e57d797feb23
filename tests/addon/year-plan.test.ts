// The year plan in the add-on: targets prefilled from the month tabs, typed targets kept, the same file as the CLI.
import { describe, expect, it } from 'vitest';
import { AppsScriptRuntime } from '../helpers/apps-script-runtime';
import { col, row, typeAt as type, readAt as read, okValue as ok } from '../helpers/apps-script/inspect';
import { aggregationOf } from '../../src/core/periods';
import { findTemplate } from '../../src/core/template/registry';
import { buildYearPlan } from '../../src/core/year/year-plan';

const BASE = { template: 'social-media-content', lang: 'en' };
const TARGETS = 'KPI targets 2026';
const KPI = 'website-sessions';
const template = findTemplate('social-media-content')!;
/** A GA4 users KPI: months cannot be added up, so its round and year targets are typed. */
const USERS = template.kpis.find((k) => aggregationOf(k).rule === 'period')!.id;


function setup() {
  const rt = new AppsScriptRuntime({ userLocale: 'en', now: '2026-01-10T09:00:00Z' });
  ok(rt.call('generateSheets', { ...BASE, month: '2026-01', events: [] }));
  type(rt, 'KPI results 2026-01', KPI, 'target', '1000');
  return rt;
}

describe('the year plan in the add-on', () => {
  it('prefills targets from the month tabs and keeps the targets typed on it', () => {
    const rt = setup();
    const first = ok(rt.call('generatePeriod', { ...BASE, period: '2026' }));
    expect(first).toMatchObject({ kind: 'year', monthsRead: ['2026-01'] });
    expect(first.sheets.map((s) => s.name)).toEqual(['Year plan 2026', TARGETS]);
    expect(read(rt, TARGETS, KPI, 'm01')).toBe(1000);
    type(rt, TARGETS, KPI, 'm03', '1500');
    type(rt, TARGETS, USERS, 'p:2026-autumn', '4000');
    type(rt, TARGETS, USERS, 'year', '7000');

    const again = ok(rt.call('generatePeriod', { ...BASE, period: '2026' }));
    expect(again.sheets.every((s) => s.reused)).toBe(true);
    expect(rt.spreadsheet.sheets.map((s) => s.name).filter((n) => n.includes('2026') && !n.includes('-'))).toEqual(
      ['Year plan 2026', TARGETS]);
    expect(read(rt, TARGETS, KPI, 'm01')).toBe(1000);
    expect(read(rt, TARGETS, KPI, 'm03')).toBe(1500);
    expect(read(rt, TARGETS, USERS, 'p:2026-autumn')).toBe(4000);
    expect(read(rt, TARGETS, USERS, 'year')).toBe(7000);
    // The year's total is still a live formula, and the calculating stand-in resolves it.
    const year = rt.sheet(TARGETS).getRange(row(rt, TARGETS, KPI), col(rt, TARGETS, 'year'));
    expect(year.getFormula()).toMatch(/^=IF/);
    expect(year.getValue()).toBe(2500);
    expect(ok(rt.call('getState')).periods).toEqual(['2026']);
  });

  it('downloads the workbook the CLI writes for the same targets', () => {
    const rt = setup();
    ok(rt.call('generatePeriod', { ...BASE, period: '2026' }));
    type(rt, TARGETS, KPI, 'm03', '1500');
    const download = ok(rt.call('getPeriodDownload', { period: '2026' }));
    expect(download.fileName).toBe('kpi-planner-social-media-content-year-plan-2026.xlsx');
    const cli = buildYearPlan({
      template, year: 2026, lang: 'en', created: '2026-01-10', periodInSheetNames: true,
      data: [
        { kpi: KPI, month: '2026-01', target: 1000, actual: null },
        { kpi: KPI, month: '2026-03', target: 1500, actual: null },
      ],
    }).workbook;
    const plain = JSON.parse(JSON.stringify(cli.sheets.map((s) => ({ ...s, rows: [...s.rows] }))));
    expect(download.workbook.sheets).toEqual(plain);
  });

  it('says so when the period has no sheets yet', () => {
    const rt = new AppsScriptRuntime({ userLocale: 'en', now: '2026-01-10T09:00:00Z' });
    const reply = rt.call('getPeriodDownload', { period: '2027' });
    expect(reply).toMatchObject({ ok: false, field: 'period' });
    expect(reply.ok || reply.error).toMatch(/2027.*generate them first/);
    const bad = rt.call('generatePeriod', { ...BASE, period: '2026-winter' });
    expect(bad.ok).toBe(false);
  });
});
