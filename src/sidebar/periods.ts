// The sidebar's "Year plan" and "Round review": a year, the template's rounds (or half-years) of it, generate
// and download. Names and rounds come from the templates as plain text (new Option / textContent, never HTML).
import type { State } from '../addon/api';
import type { GeneratePeriodArgs } from '../addon/period-api';
import { pick } from '../core/i18n';
import type { Language } from '../core/template/schema';
import { byId, fillSelect, type Choice } from './dom';
import { downloadReport } from './download';
import { uiLang, t } from './i18n';
import { call } from './server';
import { success } from './status';
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
  byId('year-title').textContent = w.yearTitle;
  byId('year-hint').textContent = w.yearHint;
  byId('period-year-label').textContent = w.year;
  byId('round-title').textContent = w.roundTitle;
  byId('round-hint').textContent = w.roundHint;
  byId('period-round-label').textContent = w.round;
  for (const id of ['generate-year', 'generate-round']) byId(id).textContent = w.generate;
  for (const id of ['download-year', 'download-round']) byId(id).textContent = w.download;
  if (state) fillSelect(roundSelect(), roundChoices());
}

type Report = (error: unknown) => void;

async function generate(period: string, what: string, args: { lang: Language; profile: string[] }, report: Report) {
  const w = words();
  try {
    const request: GeneratePeriodArgs = {
      template: templateOf(), period, lang: args.lang,
      ...(args.profile.length ? { profile: args.profile as GeneratePeriodArgs['profile'] } : {}),
    };
    const result = await call('generatePeriod', request, w.generating);
    const notes = [w.monthsRead(result.monthsRead.length), result.ga4 ? w.ga4 : ''].filter(Boolean).join(' ');
    success(w.generated(what), result.sheets.map((s) => s.name), notes);
  } catch (error) {
    report(error);
  }
}

async function download(period: string, report: Report) {
  try {
    const saved = await downloadReport(period, () => call('getPeriodDownload', { period }, t().reading));
    success(t().downloaded(saved.fileName), [], '', { url: saved.url, fileName: saved.fileName, text: t().saveAgain });
  } catch (error) {
    report(error);
  }
}

/** `idle` is the sidebar's one-at-a-time check; `inputs` the sheet language and business profile chosen above. */
export function wirePeriods(report: Report, idle: () => boolean, inputs: () => { lang: Language; profile: string[] }) {
  yearSelect().addEventListener('change', () => fillSelect(roundSelect(), roundChoices()));
  const roundName = () => roundSelect().selectedOptions[0]?.text ?? roundSelect().value;
  byId('generate-year').addEventListener('click', () => {
    if (idle()) void generate(yearSelect().value, `${words().yearTitle} ${yearSelect().value}`, inputs(), report);
  });
  byId('generate-round').addEventListener('click', () => {
    if (idle()) void generate(roundSelect().value, `${words().roundTitle}: ${roundName()}`, inputs(), report);
  });
  byId('download-year').addEventListener('click', () => { if (idle()) void download(yearSelect().value, report); });
  byId('download-round').addEventListener('click', () => { if (idle()) void download(roundSelect().value, report); });
}
