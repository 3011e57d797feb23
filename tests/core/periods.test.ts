// Periods: admission rounds (across a year end, custom length), half-years, years, and bad --round / --year values.
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/errors';
import { parseRound, parseYear, roundsOfYear } from '../../src/core/periods';
import { monthPeriod } from '../../src/core/periods/period';
import { findTemplate } from '../../src/core/template/registry';
import { Template } from '../../src/core/template/schema';

const lv = findTemplate('social-media-content')!;
const lt = findTemplate('small-business-tasks')!;
const ids = (p: { months: { id: string }[] }) => p.months.map((m) => m.id);

describe('admission rounds', () => {
  it('2026-spring is the six months up to the February admission of 2026, across the year end', () => {
    const round = parseRound(lv, '2026-spring');
    expect(ids(round)).toEqual(['2025-09', '2025-10', '2025-11', '2025-12', '2026-01', '2026-02']);
    expect(round).toMatchObject({
      kind: 'round', id: '2026-spring', round: 'spring', first: '2025-09-01', last: '2026-02-28',
    });
  });
  it('2026-autumn is March–August 2026', () => {
    expect(ids(parseRound(lv, '2026-autumn')))
      .toEqual(['2026-03', '2026-04', '2026-05', '2026-06', '2026-07', '2026-08']);
  });
  it('ends on the leap day in a leap year', () => expect(parseRound(lv, '2028-spring').last).toBe('2028-02-29'));
  it('takes its length from the template', () => {
    const short = Template.parse({ ...lv, roundMonths: 4 });
    expect(ids(parseRound(short, '2026-spring'))).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
  });
  it('a year of a template with rounds has both, in admission order', () => {
    expect(roundsOfYear(lv, 2026).map((p) => p.id)).toEqual(['2026-spring', '2026-autumn']);
  });
});

describe('half-years (the Lithuanian template has no admission rounds)', () => {
  it('H1 is January–June, H2 July–December', () => {
    expect(ids(parseRound(lt, '2026-H1'))).toEqual(['2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06']);
    expect(parseRound(lt, '2026-H2')).toMatchObject({ kind: 'half', first: '2026-07-01', last: '2026-12-31' });
    expect(roundsOfYear(lt, 2027).map((p) => p.id)).toEqual(['2027-H1', '2027-H2']);
  });
  it('a template with rounds takes half-years too', () => expect(parseRound(lv, ' 2026-H2 ').id).toBe('2026-H2'));
});

describe('years', () => {
  it('2026 is January–December', () => {
    const year = parseYear('2026');
    expect(year).toMatchObject({ kind: 'year', id: '2026', first: '2026-01-01', last: '2026-12-31' });
    expect(year.months).toHaveLength(12);
  });
});

function errorOf(run: () => unknown): InputError {
  try {
    run();
  } catch (e) {
    if (e instanceof InputError) return e;
    throw e;
  }
  throw new Error('no error');
}

describe('bad values', () => {
  it.each(['2026-winter', '2026', 'spring', '26-spring', '2026-h1', '2026-H3', '', '1899-H2'])(
    '--round %j names the forms and the template\'s rounds', (text) => {
      const e = errorOf(() => parseRound(lv, text));
      expect(e.where).toBe('--round');
      expect(e.message).toContain('write it as YYYY-spring or YYYY-autumn or YYYY-H1 or YYYY-H2, e.g. 2026-spring');
      expect(e.message).toContain('the template\'s admission rounds are "spring", "autumn"');
    });
  it('a round id on a template without rounds points to the half-years', () => {
    const e = errorOf(() => parseRound(lt, '2026-spring'));
    expect(e.message).toBe('--round: "2026-spring" is not a round; write it as YYYY-H1 or YYYY-H2, e.g. 2026-H1, '
      + 'from 1900 on (the template has no admission rounds, so use a half-year)');
  });
  it('a round that would start before 1900 is refused', () => {
    expect(errorOf(() => parseRound(lv, '1900-spring')).message)
      .toBe('--round: the round 1900-spring would start before 1900');
  });
  it.each(['26', '1899', '2026-01', 'twenty', ' ', '20261'])('--year %j', (text) => {
    const e = errorOf(() => parseYear(text));
    expect(e.message).toBe(`--year: "${text}" is not a year; write it as YYYY, e.g. 2026, from 1900 on`);
  });
  it('a control character is shown escaped, not sent to the terminal', () => {
    expect(errorOf(() => parseYear('20\u001b[2J26')).message).toContain('"20\\u001b[2J26"');
  });
});

describe('a month as a period', () => {
  it('is the month itself, first to last day', () => {
    const p = monthPeriod(2026, 2);
    expect([p.kind, p.id, p.months.map((m) => m.id), p.first, p.last])
      .toEqual(['month', '2026-02', ['2026-02'], '2026-02-01', '2026-02-28']);
  });
});
