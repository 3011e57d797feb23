// Numbers in the sidebar's result lists, written the way the sidebar's language writes them.
import type { Language } from '../core/template/schema';
import { uiLang } from './i18n';

export const LOCALES: Record<Language, string> = { lv: 'lv-LV', lt: 'lt-LT', en: 'en-GB' };

/** A count or plain figure in the sidebar's language ("1 234,5" in lv/lt). */
export function formatNumber(n: number): string {
  return new Intl.NumberFormat(LOCALES[uiLang()]).format(n);
}

/** What the manager typed, as the list shows it: a number formatted like the source's, a text as it stands. */
export function typedText(typed: number | string, format: (n: number) => string = formatNumber): string {
  return typeof typed === 'number' ? format(typed) : typed;
}
