// KPI statuses as number codes (1 met, 0 at risk, −1 missed) shown as words by a number format, and their colours.
import type { Labels } from '../i18n';
import type { ConditionalRuleSpec } from '../model/workbook';
import { STATUS_RULE_STYLES } from './style';

/** Formulas compare these codes, never the translated words another run may change. */
export const STATUS_CODE = { met: 1, atRisk: 0, missed: -1 } as const;

/** A literal for a number-format section: quoted, with any quote written as an escaped character. */
export function formatLiteral(s: string): string {
  return `"${s.replace(/"/g, '"\\""')}"`;
}

/** positive;negative;zero;text — the text section shows texts such as "no figure yet" as they are. */
function wordsFormat(positive: string, negative: string, zero: string): string {
  return `${formatLiteral(positive)};${formatLiteral(negative)};${formatLiteral(zero)};@`;
}

/** 1 → met, −1 → missed, 0 → at risk. */
export function statusFormat(l: Labels): string {
  return wordsFormat(l.status.met, l.status.missed, l.status.atRisk);
}

/** 1 → yes, −1 or 0 → no. */
export function yesNoFormat(l: Labels): string {
  return wordsFormat(l.status.yes, l.status.no, l.status.no);
}

/** 1 → better, −1 → worse, 0 → no change. */
export function trendFormat(l: Labels): string {
  return wordsFormat(l.status.better, l.status.worse, l.status.same);
}

/**
 * The one set of status colours: three rules over the codes in `cell` (column-absolute, row-relative, e.g. `$J7`)
 * painting `range`. ISNUMBER keeps texts and empty results ("" = 0 in some engines) unpainted.
 */
export function statusRules(range: string, cell: string): ConditionalRuleSpec[] {
  const is = (code: number) => `AND(ISNUMBER(${cell}),${cell}=${code})`;
  return [
    { range, formula: is(STATUS_CODE.missed), style: STATUS_RULE_STYLES.missed },
    { range, formula: is(STATUS_CODE.atRisk), style: STATUS_RULE_STYLES.atRisk },
    { range, formula: is(STATUS_CODE.met), style: STATUS_RULE_STYLES.met },
  ];
}
