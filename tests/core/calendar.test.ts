// Calendar arithmetic: months, clamped month shifts, times across midnight.
import { describe, expect, it } from 'vitest';
import { addCalendarMonths, addMonths, parseIsoDate, parseMonth, shiftTime, workingDayFrom } from '../../src/core/plan/calendar';

describe('calendar', () => {
  it('parses a month', () => expect(parseMonth('2026-02')).toMatchObject({ days: 28, first: '2026-02-01', last: '2026-02-28' }));
  it('knows leap years', () => expect(parseMonth('2028-02').days).toBe(29));
  it.each(['2026-13', '2026-1', 'November', '26-11', ''])('rejects %j with the format to use', (m) =>
    expect(() => parseMonth(m)).toThrow(/YYYY-MM/));
  it.each(['2026-02-30', '2026-11-31', '20261120'])('rejects the date %j', (d) => expect(() => parseIsoDate(d, 'today')).toThrow(/today: .*YYYY-MM-DD/));
  it('moves across years', () => expect(addMonths(parseMonth('2026-01'), -1).id).toBe('2025-12'));
  it('clamps a month shift to the month end', () => expect(addCalendarMonths('2026-03-31', -1)).toBe('2026-02-28'));
  it('shifts a time back over midnight', () => expect(shiftTime('2026-11-26', '00:10', -15)).toEqual({ date: '2026-11-25', time: '23:55' }));
  it('finds the first working day', () => expect(workingDayFrom(parseMonth('2026-11'), 1)).toBe('2026-11-02'));
  it('falls back to the last working day', () => expect(workingDayFrom(parseMonth('2026-02'), 28)).toBe('2026-02-27'));
});
