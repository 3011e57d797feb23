// What the year plan's builders share: the template, the year, labels, formats, tab names and the year's rounds.
import type { YearSheetId } from '../constants';
import { pick, sheetWords, type SheetWords } from '../i18n';
import { periodTabNames } from '../sheets/text';
import type { Language, Template } from '../template/schema';
import { roundsInYear, type YearRound } from './rounds';

export interface YearContext extends SheetWords {
  template: Template;
  year: number;
  /** The process's title in the sheet language. */
  title: string;
  names: Record<YearSheetId, string>;
  /** The rounds (or half-years) that touch the year, in calendar order. */
  rounds: YearRound[];
  /** False: the template has no admission rounds and the year is split into half-years. */
  hasRounds: boolean;
}

export function yearContext(template: Template, year: number, lang: Language, suffix = ''): YearContext {
  const words = sheetWords(lang);
  const { l } = words;
  return {
    template, year, ...words, title: pick(template.title, lang),
    names: periodTabNames({ 'year-plan': l.sheets['year-plan'], 'kpi-targets': l.sheets['kpi-targets'] }, suffix),
    rounds: roundsInYear(template, year, lang),
    hasRounds: template.admissionRounds.length > 0,
  };
}
