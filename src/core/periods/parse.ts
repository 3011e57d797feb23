// Reads `--year YYYY` and `--round YYYY-<round id>|YYYY-H1|YYYY-H2` into periods; bad values name the valid forms.
import { FIRST_YEAR } from '../dates';
import { InputError, showValue } from '../errors';
import type { Template } from '../template/schema';
import { halfYearPeriod, roundForms, roundPeriod, yearPeriod, type Period } from './period';

const YEAR = /^(\d{4})$/;
const ROUND = /^(\d{4})-(.+)$/;

function yearFrom(digits: string): number | null {
  const year = Number(digits);
  return year >= FIRST_YEAR ? year : null;
}

/** `2026` → the calendar year January–December 2026. */
export function parseYear(text: string, field = '--year'): Period {
  const m = YEAR.exec(text.trim());
  const year = m ? yearFrom(m[1]) : null;
  if (year === null) {
    const forms = `write it as YYYY, e.g. 2026, from ${FIRST_YEAR} on`;
    throw new InputError(`${showValue(text)} is not a year; ${forms}`, field);
  }
  return yearPeriod(year);
}

/**
 * `2026-spring` → the template's round "spring" whose admission month falls in 2026; `2026-H1` / `2026-H2` → the
 * half-years, which every template accepts and which stand in for rounds in a template without them.
 */
export function parseRound(template: Template, text: string, field = '--round'): Period {
  const m = ROUND.exec(text.trim());
  const year = m ? yearFrom(m[1]) : null;
  if (m && year !== null) {
    if (template.admissionRounds.some((r) => r.id === m[2])) return roundPeriod(template, year, m[2], field);
    if (m[2] === 'H1' || m[2] === 'H2') return halfYearPeriod(year, m[2] === 'H1' ? 1 : 2);
  }
  const rounds = template.admissionRounds.length > 0
    ? `the template's admission rounds are ${template.admissionRounds.map((r) => showValue(r.id)).join(', ')}`
    : 'the template has no admission rounds, so use a half-year';
  const forms = roundForms(template).join(' or ');
  const example = template.admissionRounds.length > 0 ? `2026-${template.admissionRounds[0].id}` : '2026-H1';
  throw new InputError(
    `${showValue(text)} is not a round; write it as ${forms}, e.g. ${example}, from ${FIRST_YEAR} on (${rounds})`,
    field);
}
