// The sidebar's "Year plan" and "Round review": a year, the template's rounds (or half-years) of it, generate
// and download. Names and rounds come from the templates as plain text (new Option / textContent, never HTML).
import type { State } from '../addon/api';
import type { GeneratePeriodArgs } from '../addon/period-api';
import { pick } from '../core/i18n';
import type { Language } from '../core/template/schema';
import { byId, fillSelect, setTexts, type Choice } from './dom';
import { downloadReport, showSaved } from './download';
import { uiLang, t } from './i18n';
import { call } from './server';
import type { Report } from './report';
import { successWithWarnings } from './status';
import { PERIOD_WORDS } from './periods-words';

const words = () => PERIOD_WORDS[uiLang()];
const yearSelect = () => byId<HTMLSelectElement>('period-year');
const roundSelect = () => byId<HTMLSelectElement>('period-round');
let state: State | null = null;
let templateOf: () => string = () => '';

/** The years offered: last year to next year, and every year or round that already has sheets. */
function years(s: State): number[] {
  const now = Number(s.today.slice(0, 4));
  const listed = (s.periods ?? []).map((p) => Number(p.slice(0, 4)));
  return [...new Set([now - 1, now, now + 1, ...listed])].sort((a, b) => b - a);
}

function roundChoices(): Choice[] {
  const year = Number(yearSelect().value);
  const template = state?.templates.find((x) => x.id === templateOf());
  const rounds = template?.rounds ?? [];
  if (rounds.length === 0) {
    return ([1, 2] as const).map((n) => ({ value: `${year}-H${n}`, text: words().half(n, year) }));
  }
  return rounds.map((r) => ({ value: `${year}-${r.id}`, text: `${pick(r.name, uiLang())} ${year}` }));
}

export function fillPeriods(s: State, template: () => string): void {
  state = s;
  templateOf = template;
  fillSelect(yearSelect(), years(s).map((y) => ({ value: String(y), text: String(y) })), s.today.slice(0, 4));
  relabelPeriods();
}

export function relabelPeriods(): void {
  const w = words();
  setTexts({
    'year-title': w.yearTitle, 'year-hint': w.yearHint, 'period-year-label': w.year,
    'round-title': w.roundTitle, 'round-hint': w.roundHint, 'period-round-label': w.round,
    'generate-year': w.generate, 'generate-round': w.generate, 'download-year': w.download,
    'download-round': w.download,
  });
  if (state) fillSelect(roundSelect(), roundChoices());
}

async function generate(period: string, what: string, args: { lang: Language; profile: string[] }, report: Report) {
  const w = words();
  try {
    const request: GeneratePeriodArgs = {
      template: templateOf(), period, lang: args.lang,
      ...(args.profile.length ? { profile: args.profile as GeneratePeriodArgs['profile'] } : {}),
    };
    const result = await call('generatePeriod', request, w.generating);
    const notes = [w.monthsRead(result.monthsRead.length), result.ga4 ? w.ga4 : ''].filter(Boolean).join(' ');
    // GA4 failing leaves the round without its whole-round figures: said in amber, with GA4's own words.
    const failed = result.ga4Failed ? [w.ga4Failed(result.ga4Failed.message, result.ga4Failed.kpis)] : [];
    successWithWarnings(w.generated(what), result.sheets.map((s) => s.name), failed, notes);
  } catch (error) {
    report(error);
  }
}

async function download(period: string, report: Report) {
  try {
    showSaved(await downloadReport(period, () => call('getPeriodDownload', { period }, t().reading)));
  } catch (error) {
    report(error);
  }
}

/** `idle` is the sidebar's one-at-a-time check; `inputs` the sheet language and business profile chosen above. */
export function wirePeriods(
  report: Report, idle: () => boolean, inputs: () => { lang: Language; profile: string[] },
) {
  yearSelect().addEventListener('change', () => fillSelect(roundSelect(), roundChoices()));
  const roundName = () => roundSelect().selectedOptions[0]?.text ?? roundSelect().value;
  byId('generate-year').addEventListener('click', () => {
    if (idle()) void generate(yearSelect().value, `${words().yearTitle} ${yearSelect().value}`, inputs(), report);
  });
  byId('generate-round').addEventListener('click', () => {
    if (idle()) void generate(roundSelect().value, `${words().roundTitle}: ${roundName()}`, inputs(), report);
  });
  for (const [id, select] of [['download-year', yearSelect], ['download-round', roundSelect]] as const) {
    byId(id).addEventListener('click', () => { if (idle()) void download(select().value, report); });
  }
}
