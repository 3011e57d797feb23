// The form's pickers (template, month, sheet language, campaign) filled from the server's State, in the sidebar's language.
import type { CampaignArgs, State, TemplateInfo } from '../addon/api';
import { labels, monthTitle } from '../core/i18n';
import { CAMPAIGN_GOALS as GOALS, LANGUAGES, type CampaignGoal, type Language } from '../core/constants';
import { isClosed } from './close';
import { CLOSE_WORDS } from './close-words';
import { byId, fillSelect } from './dom';
import { t, uiLang } from './i18n';

/** Each language by its own name, the way language pickers usually show them. */
const NATIVE: Record<Language, string> = { lv: 'Latviešu', lt: 'Lietuvių', en: 'English' };

export const form = {
  template: () => byId<HTMLSelectElement>('template'),
  month: () => byId<HTMLSelectElement>('month'),
  lang: () => byId<HTMLSelectElement>('lang'),
  theme: () => byId<HTMLInputElement>('theme'),
  goal: () => byId<HTMLSelectElement>('goal'),
};

export function templateTitle(info: TemplateInfo, lang: Language): string {
  return info.title[lang] ?? info.title.en;
}

/** (Re)fills every picker in the sidebar's language, keeping what is selected. */
export function fillPickers(state: State, generated: ReadonlySet<string>): void {
  const lang = uiLang();
  const templates = form.template();
  if (state.templates.length === 0) fillSelect(templates, [{ value: '', text: t().noTemplates }]);
  else fillSelect(templates, state.templates.map((info) => ({ value: info.id, text: templateTitle(info, lang) })));
  showFullTitle(templates);

  // A check mark tells which months already have sheets in this spreadsheet; a closed month says so.
  fillSelect(form.month(), monthChoices(state, generated).map((m) => ({
    value: m,
    text: `${capitalize(monthTitle(m, lang))}${generated.has(m) ? ' ✓' : ''}${
      isClosed(m) ? ` · ${CLOSE_WORDS[lang].mark}` : ''}`,
  })));
  fillSelect(form.lang(), LANGUAGES.map((l) => ({ value: l, text: NATIVE[l] })));
  const goals = labels(lang).goal;
  fillSelect(form.goal(), [{ value: '', text: t().noGoal }, ...GOALS.map((g) => ({ value: g, text: capitalize(goals[g]) }))]);
}

/** Half a year back and a year ahead of today's month, plus any month that already has sheets. */
function monthChoices(state: State, generated: ReadonlySet<string>): string[] {
  const months = new Set<string>(generated);
  for (let offset = -6; offset <= 12; offset++) months.add(addMonths(state.month, offset));
  return [...months].sort();
}

export function addMonths(month: string, offset: number): string {
  const [y, m] = month.split('-').map(Number);
  const index = y * 12 + (m - 1) + offset;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

export function readCampaign(): CampaignArgs | undefined {
  const theme = form.theme().value.trim();
  const goal = form.goal().value as CampaignGoal | '';
  if (!theme && !goal) return undefined;
  return { ...(theme ? { theme } : {}), ...(goal ? { goal } : {}) };
}

export function setCampaign(campaign: CampaignArgs | null): void {
  form.theme().value = campaign?.theme ?? '';
  form.goal().value = campaign?.goal ?? '';
  // Show the section when it holds something, so a regenerate does not silently reuse hidden values.
  byId<HTMLDetailsElement>('campaign').open = Boolean(campaign?.theme || campaign?.goal);
}

/** Long template titles are cut off in a 300 px select; the tooltip shows the whole one. */
export function showFullTitle(select: HTMLSelectElement): void {
  select.title = select.selectedOptions[0]?.text ?? '';
}

/** Selects `value` when the select offers it; returns whether it did. */
export function choose(select: HTMLSelectElement, value: string | null | undefined): boolean {
  if (!value || ![...select.options].some((o) => o.value === value)) return false;
  select.value = value;
  showFullTitle(select);
  return true;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
