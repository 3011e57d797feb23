// Offline GA4 import from a CSV export: English and Latvian-locale files, totals rows, and bad files.
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/errors';
import { ga4Actuals } from '../../src/core/ga4/actuals';
import { parseGa4Csv } from '../../src/core/ga4/csv-import';
import { buildGa4Sheet } from '../../src/core/ga4/sheet';
import { ga4Template } from '../helpers/ga4-server';

const MONTH = '2026-11';
const actualsOf = (text: string, name = 'ga4.csv') =>
  Object.fromEntries(ga4Actuals(parseGa4Csv(text, name, ga4Template(), MONTH), ga4Template(), MONTH).map((r) => [r.kpi, r.actual]));

const ENGLISH = `# ----------------------------------------
# Traffic acquisition
# Account: Example
# Property: Example - GA4
# ----------------------------------------
#
# Start date: 20261101
# End date: 20261130
Date,Sessions,Total users,New users,Key events,Engagement rate
20261101,120,90,40,2,0.61
20261102,130,95,41,1,0.6
20261103,110,85,39,0,0.58
`;

function thrown(f: () => unknown): InputError {
  try {
    f();
  } catch (e) {
    if (e instanceof InputError) return e;
    throw e;
  }
  throw new Error('expected an InputError');
}

describe('parseGa4Csv', () => {
  it('sums additive metrics from the days but never users or rates', () => {
    const result = parseGa4Csv(ENGLISH, 'ga4.csv', ga4Template(), MONTH);
    expect(result.kind).toBe('csv');
    expect(result.daily.rows.map((r) => r.key)).toEqual(['2026-11-01', '2026-11-02', '2026-11-03']);
    const byMetric = Object.fromEntries(result.totals.filter((t) => !t.filter).map((t) => [t.metric, t]));
    expect(byMetric.sessions.value).toBe(360);
    expect(byMetric.newUsers.value).toBe(120);
    expect(byMetric.totalUsers.value).toBeNull();
    expect(byMetric.totalUsers.missing).toMatch(/no totals row, and totalUsers cannot be added up from its days/);
    expect(byMetric.engagementRate.value).toBeNull();
    expect(actualsOf(ENGLISH)).toEqual({
      'website-sessions': 360, 'web-leads': 3, 'website-visitors': null, 'engagement-rate': null, 'social-traffic': null,
    });
    const social = result.totals.find((t) => t.filter);
    expect(social?.missing).toMatch(/not broken down by sessionDefaultChannelGroup/);
  });

  it("takes users and rates from the export's totals row", () => {
    const withTotals = ENGLISH.replace('Engagement rate\n', 'Engagement rate\nGrand total,360,200,120,3,0.597\n');
    expect(actualsOf(withTotals)).toMatchObject({ 'website-sessions': 360, 'website-visitors': 200, 'engagement-rate': 0.597 });
  });

  it('reads a Latvian-locale export: Latvian headers, semicolons, decimal commas, percent, grouped thousands', () => {
    const lv = [
      '# ----------------------------------------',
      '# Datplūsmas iegūšana',
      '# Sākuma datums: 20261101',
      '# Beigu datums: 20261130',
      '',
      'Datums;Sesijas;Lietotāji kopā;Jauni lietotāji;Galvenie notikumi;Iesaistes līmenis',
      'Kopā;2 345;1 500;700;12;61,5%',
      '20261101;1 200;800;350;7;60,1%',
      '20261102;1 145;900;350;5;62,9%',
      '',
    ].join('\r\n');
    const result = parseGa4Csv(lv, 'ga4-lv.csv', ga4Template(), MONTH);
    expect(result.daily.metrics).toEqual(['sessions', 'totalUsers', 'newUsers', 'keyEvents', 'engagementRate']);
    expect(result.daily.rows[0]).toEqual({ key: '2026-11-01', values: [1200, 800, 350, 7, 0.601] });
    expect(actualsOf(lv, 'ga4-lv.csv')).toMatchObject({ 'website-sessions': 2345, 'website-visitors': 1500, 'web-leads': 12, 'engagement-rate': 0.615 });
    const rows = [...buildGa4Sheet(result, { lang: 'lv', month: MONTH, name: 'GA4' }).rows];
    const line = (label: string) => rows.find((r) => (r[0] as { text?: string })?.text === label)?.[1];
    expect(line('Avota fails')).toEqual({ text: 'ga4-lv.csv' });
    expect(line('Izlases dati')).toEqual({ text: 'nav norādīts' });
  });

  it('fills a filtered KPI from a channel-group export, and reads the channel table', () => {
    const channels = 'Session default channel group,Sessions,Total users\nOrganic Search,1400,700\nOrganic Social,650,420\n(other),5,4\n';
    const result = parseGa4Csv(channels, 'channels.csv', ga4Template(), MONTH);
    expect(result.channels.rows.map((r) => r.key)).toEqual(['Organic Search', 'Organic Social', '(other)']);
    expect(result.quality.otherRow).toBe(true);
    expect(result.quality.notes).toContain('The file does not say which period it covers; it was taken as 2026-11.');
    expect(actualsOf(channels)).toMatchObject({ 'social-traffic': 650, 'website-sessions': 2055, 'website-visitors': null });
  });

  it('does not sum across a second dimension it does not know (date × page)', () => {
    const pages = 'Date,Page path,Sessions\n20261101,/a,10\n20261101,/b,7\n';
    const result = parseGa4Csv(pages, 'pages.csv', ga4Template(), MONTH);
    expect(result.totals.find((t) => t.metric === 'sessions' && !t.filter)?.value).toBeNull();
    expect(result.quality.notes.join(' ')).toMatch(/Columns not used: page path/);
  });

  it('reads "Users" as active users and says so', () => {
    const result = parseGa4Csv('Date,Users,Sessions\n20261101,5,6\n', 'u.csv', ga4Template(), MONTH);
    expect(result.totals.map((t) => t.metric)).toContain('activeUsers');
    expect(result.totals.find((t) => t.metric === 'totalUsers')?.missing).toBe('the CSV has no column for totalUsers');
    expect(result.quality.notes.join(' ')).toMatch(/"Users" was read as activeUsers/);
  });

  it('names file, line and column for bad input', () => {
    expect(thrown(() => parseGa4Csv(ENGLISH.replace('20261103', '20261203'), 'ga4.csv', ga4Template(), MONTH)).message)
      .toBe('ga4.csv:12:1: the date 2026-12-03 is outside the month 2026-11');
    expect(thrown(() => parseGa4Csv(ENGLISH.replace(',130,', ',1x0,'), 'ga4.csv', ga4Template(), MONTH)).message)
      .toMatch(/^ga4\.csv:11:2: sessions "1x0" is not a number/);
    expect(thrown(() => parseGa4Csv(ENGLISH.replace('20261101\n', '20261001\n'), 'ga4.csv', ga4Template(), MONTH)).message)
      .toBe('ga4.csv: the export covers 2026-10-01 – 2026-11-30, not the month 2026-11; export that month from GA4');
    expect(thrown(() => parseGa4Csv('# nothing\nFoo,Bar\n1,2\n', 'x.csv', ga4Template(), MONTH)).message)
      .toMatch(/^x\.csv:2: no GA4 metric column found \(headers: foo, bar\)/);
    expect(thrown(() => parseGa4Csv('Date,Sessions\nyesterday,4\n', 'd.csv', ga4Template(), MONTH)).message)
      .toMatch(/^d\.csv:2:1: the date "yesterday" should be a date such as 20261105/);
  });

  it('calls an impossible date impossible, not outside the month', () => {
    expect(thrown(() => parseGa4Csv('Date,Sessions\n20261131,4\n', 'd.csv', ga4Template(), MONTH)).message)
      .toBe('d.csv:2:1: "20261131" is not a calendar date from 1900 on; write a date such as 20261105 (YYYYMMDD) or 2026-11-05');
  });

  it('reads a column named like an Object property as an unknown column, exactly like any other', () => {
    const as = (name: string) => parseGa4Csv(`${name},Sessions\na,5\nb,7\n`, 'c.csv', ga4Template(), MONTH);
    for (const name of ['constructor', '__proto__', 'toString']) {
      const r = as(name);
      const sessions = (x: typeof r) => x.totals.find((t) => t.metric === 'sessions' && !t.filter);
      expect(sessions(r), name).toEqual(sessions(as('Page')));
      expect(r.quality.notes.join(' '), name).toContain(`Columns not used: ${name.toLowerCase()}.`);
    }
  });

  it('keeps a quoted value holding an empty line or a line starting with #', () => {
    const text = `${ENGLISH.replace('Engagement rate', 'Engagement rate,Note')}`
      .replace('20261101,120,90,40,2,0.61', '20261101,120,90,40,2,0.61,"a\n\n# b"')
      .replace(/(20261102,[^\n]*)/, '$1,').replace(/(20261103,[^\n]*)/, '$1,');
    const result = parseGa4Csv(text, 'q.csv', ga4Template(), MONTH);
    expect(result.daily.rows.map((r) => r.key)).toEqual(['2026-11-01', '2026-11-02', '2026-11-03']);
    const sessions = result.daily.metrics.indexOf('sessions');
    expect(result.daily.rows.map((r) => r.values[sessions])).toEqual([120, 130, 110]);
  });

  it('reads only the first table of a multi-table export', () => {
    const two = `${ENGLISH}\n# Second table\nFoo,Bar\n1,2\n`;
    const result = parseGa4Csv(two, 'two.csv', ga4Template(), MONTH);
    expect(result.daily.rows).toHaveLength(3);
    expect(result.quality.notes).toContain('Only the first table of the export was read.');
  });
});
