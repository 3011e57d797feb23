// What getState said of each source's last import of each month, so a source line says it when the sidebar opens.
import type { State } from '../addon/api';
import { monthTitle } from '../core/i18n';
import { form } from './form';
import { GROUP_WORDS } from './groups-words';
import { uiLang } from './i18n';

let times: NonNullable<State['imports']> = {};

export function fillImportTimes(state: State): void {
  times = state.imports ?? {};
}

/** "imported: <month>, <when>" for the month picked now, or null when the source never imported it. */
export function lastImportLine(source: 'ga4' | 'crm' | 'social'): string | null {
  const month = form.month().value;
  const at = times[source]?.[month];
  return at ? GROUP_WORDS[uiLang()].importedAt(monthTitle(month, uiLang()), at) : null;
}
