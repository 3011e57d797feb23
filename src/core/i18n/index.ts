// Picks the labels, texts and number formats of a language.
import type { Language, LocalizedText } from '../template/schema';
import { en, type Labels } from './labels-en';
import { lv } from './labels-lv';
import { lt } from './labels-lt';

export type { Labels };
const ALL: Record<Language, Labels> = { en, lv, lt };

export function labels(lang: Language): Labels {
  return ALL[lang];
}

/** The text in `lang`; otherwise English, which every template text has (missingLanguageFields lists where). */
export function pick(text: LocalizedText | undefined, lang: Language): string {
  if (!text) return '';
  return text[lang] ?? text.en;
}

/** Excel number-format codes as people in each country write them (the viewer's locale sets the separators). */
export function numberFormats(lang: Language) {
  return {
    date: lang === 'lv' ? 'dd.mm.yyyy' : 'yyyy-mm-dd',
    integer: '#,##0',
    decimal: '#,##0.00',
    percent: '0.0%',
    eur: lang === 'en' ? '"€"#,##0.00' : '#,##0.00 "€"',
    seconds: '#,##0 "s"',
  };
}

/** A sheet language's labels and number formats: what every builder context (month, year, round) carries. */
export interface SheetWords {
  lang: Language;
  l: Labels;
  fmt: ReturnType<typeof numberFormats>;
}

export function sheetWords(lang: Language): SheetWords {
  return { lang, l: labels(lang), fmt: numberFormats(lang) };
}

/** A date as the language writes it in running text. */
export function formatDate(iso: string, lang: Language): string {
  const [y, m, d] = iso.split('-');
  return lang === 'lv' ? `${d}.${m}.${y}.` : iso;
}

/** "Sep 2026", "Sept. 2026": a month in a narrow column header (capitalised, as headers are). */
export function monthShortTitle(month: string, lang: Language): string {
  const [y, m] = month.split('-').map(Number);
  const short = labels(lang).monthsShort[m - 1];
  return `${short.charAt(0).toUpperCase()}${short.slice(1)} ${y}`;
}

export function monthTitle(month: string, lang: Language): string {
  const l = labels(lang);
  const [y, m] = month.split('-').map(Number);
  return l.monthTitle(y, l.months[m - 1]);
}
