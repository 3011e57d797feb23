// The sidebar's Google Analytics 4 section: the property ID (remembered), "Import Google Analytics" and its result.
import type { Ga4ActualInfo, Ga4ImportResult, State } from '../addon/api';
import { monthTitle } from '../core/i18n';
import { byId, setTexts } from './dom';
import { GA4_WORDS } from './ga4-words';
import { setSourceState } from './groups';
import { GROUP_WORDS } from './groups-words';
import { lastImportLine } from './import-times';
import { uiLang } from './i18n';
import { LOCALES, typedText } from './numbers';
import type { Report } from './report';
import { call } from './server';
import { failure, successWithWarnings } from './status';

const words = () => GA4_WORDS[uiLang()];

export const ga4Property = () => byId<HTMLInputElement>('ga4-property');
/** This session's last import: its month, or that it failed (shown in the section's folded summary). */
let outcome: { month: string } | 'failed' | null = null;

/** Words of the section in the sidebar's language now (its title, "Google Analytics 4", is the same in all). */
export function relabelGa4(): void {
  const w = words();
  setTexts({ 'ga4-hint': w.hint, 'ga4-property-label': w.property, 'import-ga4': w.import });
  showState();
}

function showState(): void {
  const g = GROUP_WORDS[uiLang()];
  const property = ga4Property().value.trim();
  if (outcome === 'failed') setSourceState('ga4', g.failed, 'error');
  else if (outcome) setSourceState('ga4', g.imported(monthTitle(outcome.month, uiLang())), 'ok');
  else if (lastImportLine('ga4')) setSourceState('ga4', lastImportLine('ga4')!, 'ok');
  else setSourceState('ga4', property ? g.property(property) : g.notSetUp, property ? 'ok' : 'off');
}

/** The property the document remembers, if the manager has not typed another one already. */
export function fillGa4(state: State): void {
  if (!ga4Property().value) ga4Property().value = state.settings.ga4Property ?? '';
  showState();
}

/** Imports `month`; failures go to `report`, which marks the field the server names. */
export async function importGa4(month: string, report: Report): Promise<void> {
  // "properties/123" is how the API writes it; the server takes the bare number.
  const property = ga4Property().value.trim().replace(/^properties\//i, '');
  if (!property) return failure(words().needProperty, 'property');
  try {
    showResult(await call('importGa4', { month, property }, words().importing));
    outcome = { month };
  } catch (error) {
    outcome = 'failed';
    report(error);
  } finally {
    showState();
  }
}

function showResult(result: Ga4ImportResult): void {
  const w = words();
  const items = result.actuals.map((a) => {
    const ga4 = a.value === null ? w.noValue : formatValue(a, a.value);
    if (a.typed === undefined) return `${a.name}: ${ga4}`;
    return w.typed(a.name, typedText(a.typed, (n) => formatValue(a, n)), ga4);
  });
  const q = result.quality;
  // Sampled, thresholded or folded into "(other)": the numbers are not the whole truth, so it must show.
  const warnings = [q.sampled && w.sampled, q.thresholded && w.thresholded, q.otherRow && w.otherRow]
    .filter((x): x is string => !!x);
  const note = w.note(q.timeZone ?? '?', q.currencyCode ?? '?', result.requests.http);
  const done = w.done(monthTitle(result.month, uiLang()), result.property, result.sheet);
  successWithWarnings(done, items, warnings, note);
}

/** GA4 rates are fractions, which a percent KPI shows as a percentage. */
function formatValue(a: Ga4ActualInfo, value: number): string {
  const locale = LOCALES[uiLang()];
  if (a.unit === 'percent') {
    return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(value);
  }
  if (a.unit === 'eur') return new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' }).format(value);
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value);
  return a.unit === 'seconds' ? `${number} s` : number;
}
