// The month's Generate buttons: the form's inputs to generateSheets, and the result worded for the manager.
import type { GenerateArgs, SheetId } from '../addon/api';
import { monthTitle } from '../core/i18n';
import type { Language } from '../core/template/schema';
import { closedOf, showClose } from './close';
import { CLOSE_WORDS } from './close-words';
import type { EventsList } from './events';
import { form, readCampaign } from './form';
import { t, uiLang } from './i18n';
import { PERIOD_WORDS } from './periods-words';
import { profile } from './profile';
import { report } from './report';
import { call } from './server';
import { failure, successWithWarnings } from './status';

/** Generates `which` sheets (or all) of the form's month; `generated` hears of the month before the result shows. */
export async function generateMonth(
  which: SheetId | 'all', events: EventsList, generated: (month: string) => void,
): Promise<void> {
  const read = events.read();
  if ('problem' in read) {
    failure(read.problem.message, read.problem.field);
    return;
  }
  const campaign = readCampaign();
  const args: GenerateArgs = {
    template: form.template().value,
    month: form.month().value,
    lang: form.lang().value as Language,
    events: read.events,
    ...(which === 'all' ? {} : { sheets: [which] }),
    ...(campaign ? { campaign } : {}),
    ...(profile().length ? { profile: profile() } : {}),
  };
  try {
    const result = await call('generateSheets', args, t().generating[which]);
    generated(result.month);
    if (result.month === form.month().value) showClose(result.month, closedOf(result.month), true);
    const also = result.alsoWritten.length ? t().alsoWritten(result.alsoWritten.length) : '';
    const leftOut = result.leftOut ? CLOSE_WORDS[uiLang()].leftOut(result.leftOut) : '';
    const planned = result.fromYearPlan ? PERIOD_WORDS[uiLang()].fromYearPlan(result.fromYearPlan) : '';
    const kept = [result.entriesKept > 0 ? t().kept(result.entriesKept) : '', also, leftOut, planned]
      .filter(Boolean).join(' ');
    // A year plan target that is not a number was left empty: said in amber, naming the tab, the KPI and the month.
    const warnings = (result.planIgnored ?? []).map((p) =>
      PERIOD_WORDS[uiLang()].planIgnored(p.tab, p.kpi, monthTitle(p.month, uiLang()), p.value));
    successWithWarnings(t().generated(monthTitle(result.month, uiLang())), result.sheets.map((s) => s.name), warnings,
      kept);
  } catch (error) {
    report(error);
  }
}
