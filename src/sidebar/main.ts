// The sidebar's entry: loads the state, wires the form and buttons to the server, follows the language switch.
import type { GenerateArgs, Settings, SheetId, State } from '../addon/api';
import { labels, monthTitle } from '../core/i18n';
import type { Language } from '../core/template/schema';
import { closedOf, closeMonth, fillCloser, onClosedChange, relabelClose, reopenMonth, showClose } from './close';
import { CLOSE_WORDS } from './close-words';
import { byId } from './dom';
import { downloadReport } from './download';
import { EventsList } from './events';
import { fillGa4, importGa4, relabelGa4 } from './ga4';
import { fillCrm, relabelCrm, wireCrm } from './crm';
import { fillRefresh, relabelRefresh, wireRefresh } from './refresh';
import { relabelSocial, wireSocial } from './social';
import { choose, fillPickers, form, readCampaign, setCampaign, showFullTitle } from './form';
import { browserLanguage, fieldLabel, setUiLang, t, uiLang } from './i18n';
import { fillProfile, profile, renderProfile } from './profile';
import { fillPeriods, relabelPeriods, wirePeriods } from './periods';
import { call, ServerError } from './server';
import { PERIOD_WORDS } from './periods-words';
import { clearMarks, failure, hide, isBusy, success, unmark } from './status';

/** The one-sheet buttons, in the order a manager works through a month. */
const SHEET_BUTTONS: readonly SheetId[] = ['campaign', 'activity-plan', 'kpi-results', 'review'];

let state: State | null = null;
/** Months that have sheets: from the server at start, plus every month generated since. */
const generated = new Set<string>();
const events = new EventsList(byId('events'), byId('no-events'));

async function start(): Promise<void> {
  setUiLang(browserLanguage());
  wire();
  try {
    state = await call('getState', {}, t().loading);
  } catch (error) {
    report(error);
    return;
  }
  for (const month of state.months) generated.add(month);
  // Before the pickers are filled: they mark the closed months.
  fillCloser(state);
  setUiLang(state.uiLang);
  relabel();
  form.month().value = state.month;
  if (!choose(form.template(), state.settings.template) && state.templates[0]) choose(form.template(), state.templates[0].id);
  choose(form.lang(), state.settings.lang ?? state.uiLang);
  fillGa4(state);
  fillProfile(state);
  byId('form').hidden = false;
  fillCrm(state);
  fillRefresh(state);
  fillPeriods(state, () => form.template().value);
  await loadMonth(state.month);
}

function wire(): void {
  byId('add-event').addEventListener('click', () => events.add(state?.today ?? ''));
  byId('generate-all').addEventListener('click', () => void generate('all'));
  for (const id of SHEET_BUTTONS) byId(`generate-${id}`).addEventListener('click', () => void generate(id));
  byId('download').addEventListener('click', () => void download());
  byId('import-ga4').addEventListener('click', () => void importMonth());
  const idle = () => {
    if (isBusy()) return false;
    clearMarks();
    hide();
    return true;
  };
  wireCrm(report, () => form.month().value, idle);
  wireRefresh(report, idle);
  wireSocial(report, () => form.month().value, idle);
  wirePeriods(report, idle, () => ({ lang: form.lang().value as Language, profile: profile() }));
  byId('close-month').addEventListener('click', () => void closeOrReopen(closeMonth));
  onClosedChange(relabel);
  byId('reopen-month').addEventListener('click', () => void closeOrReopen(reopenMonth));
  renderProfile((settings) => void remember(settings));
  form.month().addEventListener('change', () => void loadMonth(form.month().value));
  form.template().addEventListener('change', () => {
    showFullTitle(form.template());
    relabelPeriods();
    void remember({ template: form.template().value });
  });
  form.lang().addEventListener('change', () => void remember({ lang: form.lang().value as Language }));
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-ui-lang]')) {
    button.addEventListener('click', () => void switchLanguage(button.dataset.uiLang as Language));
  }
  // A corrected field loses its red mark as soon as it changes.
  for (const type of ['input', 'change']) {
    document.addEventListener(type, (e) => {
      if (e.target instanceof Element) unmark(e.target.closest('.invalid') ?? e.target);
    });
  }
}

/** Everything whose words come from code rather than the shell's data-i18n attributes. */
function relabel(): void {
  if (state) fillPickers(state, generated);
  const sheets = labels(uiLang()).sheets;
  for (const id of SHEET_BUTTONS) byId(`generate-${id}`).textContent = sheets[id];
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-ui-lang]')) {
    button.setAttribute('aria-pressed', String(button.dataset.uiLang === uiLang()));
  }
  events.render();
  relabelGa4();
  relabelCrm();
  relabelRefresh();
  relabelSocial();
  relabelClose();
  relabelPeriods();
  renderProfile();
}

async function switchLanguage(lang: Language): Promise<void> {
  if (lang === uiLang()) return;
  setUiLang(lang);
  relabel();
  await remember({ uiLang: lang });
}

/** Saves a setting quietly: no progress, but a failure is still shown. */
async function remember(settings: Settings): Promise<void> {
  try {
    await call('saveSettings', settings);
  } catch (error) {
    report(error);
  }
}

/** A month with sheets brings back the inputs it was made from, so a regenerate keeps them. */
async function loadMonth(month: string): Promise<void> {
  events.setMonth(month);
  showClose(month, null, false);
  if (!generated.has(month)) return;
  try {
    const saved = await call('getMonth', { month }, t().loadingMonth);
    choose(form.template(), saved.template);
    choose(form.lang(), saved.lang);
    events.set(saved.events);
    setCampaign(saved.campaign);
    showClose(month, saved.closed ?? null, saved.sheets.length > 0);
  } catch (error) {
    report(error);
  }
}

async function generate(which: SheetId | 'all'): Promise<void> {
  if (isBusy()) return;
  clearMarks();
  hide();
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
    if (!generated.has(result.month)) {
      generated.add(result.month);
      relabel();
    }
    if (result.month === form.month().value) showClose(result.month, closedOf(result.month), true);
    const also = result.alsoWritten.length ? t().alsoWritten(result.alsoWritten.length) : '';
    const leftOut = result.leftOut ? CLOSE_WORDS[uiLang()].leftOut(result.leftOut) : '';
    const planned = result.fromYearPlan ? PERIOD_WORDS[uiLang()].fromYearPlan(result.fromYearPlan) : '';
    const kept = [result.entriesKept > 0 ? t().kept(result.entriesKept) : '', also, leftOut, planned]
      .filter(Boolean).join(' ');
    success(t().generated(monthTitle(result.month, uiLang())), result.sheets.map((s) => s.name), kept);
  } catch (error) {
    report(error);
  }
}

async function download(): Promise<void> {
  if (isBusy()) return;
  clearMarks();
  hide();
  try {
    const saved = await downloadReport(form.month().value);
    // If the browser held the automatic save back, a click on this link is a fresh user gesture.
    success(t().downloaded(saved.fileName), [], '', { url: saved.url, fileName: saved.fileName, text: t().saveAgain });
  } catch (error) {
    report(error);
  }
}

async function importMonth(): Promise<void> {
  if (isBusy()) return;
  clearMarks();
  hide();
  await importGa4(form.month().value, report);
}

/** Close and reopen are the month's own; one at a time, like every other button. */
async function closeOrReopen(action: typeof closeMonth): Promise<void> {
  if (isBusy()) return;
  clearMarks();
  hide();
  await action(form.month().value, report);
}

function report(error: unknown): void {
  if (!(error instanceof ServerError)) return failure(error instanceof Error ? error.message : String(error));
  // The server's message quotes the field's path ("field" or field: …); show the label the manager sees instead.
  // Only the quoted path is replaced, never the same word in the text (a "GA4 property" stays one).
  const label = error.field ? fieldLabel(error.field) : null;
  const path = error.field?.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const message = label && path ? error.message.replace(new RegExp(`(^|["„“])${path}(?=["“”:])`, 'g'), (_, before: string) => before + label) : error.message;
  failure(message, error.field);
}

void start();
