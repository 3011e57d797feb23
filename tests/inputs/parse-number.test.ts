// Table tests for our number parsing: separators, signs, %, € and the per-file decimal rule.
import { describe, expect, it } from 'vitest';
import { chooseDecimal, decimalHint, parseNumber, parseNumberParts } from '../../src/core/inputs/parse-number';
import { InputError } from '../../src/core/errors';

const NBSP = '\u00a0';
const NNBSP = '\u202f';

describe('parseNumber with decimal comma', () => {
  it.each([
    ['0', 0], ['42', 42], ['1,5', 1.5], ['-1,5', -1.5], ['\u22121,5', -1.5], ['+3', 3],
    ['1 234,5', 1234.5], [`1${NBSP}234${NBSP}567,25`, 1234567.25], [`12${NNBSP}000`, 12000],
    ['1.234,5', 1234.5], ['1.234.567', 1234567], ["1'234", 1234], ['1,234', 1.234],
    [',5', 0.5], ['  7  ', 7], ['12,5%', 0.125], ['12,5 %', 0.125], [`4,5${NBSP}%`, 0.045],
    ['99,90 €', 99.9], ['€ 1 234,50', 1234.5], ['-€5', -5], ['1 200 EUR', 1200],
    ['14,2%', 0.142], ['1,23E+06', 1230000], ['1e3', 1000], ['007', 7],
  ])('%j → %j', (raw, expected) => {
    expect(parseNumber(raw, ',')).toBe(expected);
  });
});

describe('parseNumber with decimal point', () => {
  it.each([
    ['1.5', 1.5], ['1,234', 1234], ['1,234.5', 1234.5], ['1,234,567.89', 1234567.89], ['1 234.5', 1234.5],
    ['0.25', 0.25], ['.5', 0.5], ['-0.5%', -0.005], ['1.234', 1.234], ["1'234'567.5", 1234567.5],
  ])('%j → %j', (raw, expected) => {
    expect(parseNumber(raw, '.')).toBe(expected);
  });
});

describe('blank and bad values', () => {
  it('blank is null', () => {
    expect(parseNumber('', ',')).toBeNull();
    expect(parseNumber(`  ${NBSP} `, '.')).toBeNull();
  });

  it.each([
    ['abc', ','], ['1,2,3', ','], ['2.5', ','], ['12 34', ','], ['1 2345', ','], ['1.234 567', ','],
    ['1,5', '.'], ['1..5', '.'], ['5,', ','], ['--5', ','], ['5-', ','], ['1,5%€', ','], ['12%%', ','],
    ['N/A', '.'], ['-', ','], ['%', ','], ['€', ','], ['(5)', ','], ['0x10', '.'], ['Infinity', '.'], ['1e999', '.'],
  ] as const)('%j with decimal %j is an error', (raw, decimal) => {
    expect(() => parseNumber(raw, decimal)).toThrow(InputError);
  });

  it('says what was expected', () => {
    expect(() => parseNumber('2.5', ',')).toThrow(/decimal comma such as 1234,5/);
    expect(() => parseNumber('1,5', '.')).toThrow(/decimal point such as 1234.5/);
  });

  it('reports % and € apart from the value', () => {
    expect(parseNumberParts('4,5%', ',')).toEqual({ value: 4.5, hundredth: 0.045, percent: true, euro: false });
    expect(parseNumberParts('10 €', ',')).toEqual({ value: 10, hundredth: 0.1, percent: false, euro: true });
  });
});

describe('the per-file decimal rule', () => {
  it.each([
    ['1,5', ','], ['0,250', ','], ['1.234,5', ','], ['1.234.567', ','], [',5', ','],
    ['1.5', '.'], ['0.250', '.'], ['1,234.5', '.'], ['1,234,567', '.'],
    ['1,234', null], ['1.234', null], ['42', null], ['', null], ['1 234', null],
  ] as const)('%j proves %j', (raw, expected) => {
    expect(decimalHint(raw)).toBe(expected);
  });

  it('the delimiter decides when no value proves anything', () => {
    expect(chooseDecimal(['1,234', '10'], ';')).toEqual({ decimal: ',', reason: "the ';' delimiter" });
    expect(chooseDecimal(['1,234', '10'], ',')).toEqual({ decimal: '.', reason: "the ',' delimiter" });
  });

  it('a value that proves the separator overrides the delimiter', () => {
    const choice = chooseDecimal(['1,234', '2.5'], ';');
    expect(choice).toEqual({ decimal: '.', reason: 'values such as "2.5"' });
    expect(parseNumber('1,234', choice.decimal)).toBe(1234);
    expect(chooseDecimal(['"1,5"', '3'], ',').decimal).toBe(',');
  });

  it('conflicting proof falls back to the delimiter, so the odd value fails loudly', () => {
    const choice = chooseDecimal(['1,5', '2.5'], ';');
    expect(choice.decimal).toBe(',');
    expect(() => parseNumber('2.5', choice.decimal)).toThrow(InputError);
  });
});
