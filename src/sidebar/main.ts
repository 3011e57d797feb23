// The sidebar's entry: loads the state, wires the form and buttons to the server, follows the language switch.
import type { Settings, SheetId, State } from '../addon/api';
import { labels } from '../core/i18n';
import type { Language } from '../core/template/schema';
import { closeMonth, fillCloser, onClosedChange, relabelClose, reopenMonth, showClose } from './close';
import { byId } from './dom';
import { downloadReport, showSaved } from './download';
import { EventsList } from './events';
import { generateMonth } from './generate';
import { fillGa4, importGa4, relabelGa4 } from './ga4';
import { fillGroups, relabelGroups, wireGroups } from './groups';
import { fillImportTimes } from './import-times';
import { fillCrm, relabelCrm, wireCrm } from './crm';
import { fillRefresh, relabelRefresh, wireRefresh } from './refresh';
import { relabelSocial, wireSocial } from './social';
import { choose, fillPickers, form, setCampaign, showFullTitle } from './form';
import { browserLanguage, setUiLang, t, uiLang } from './i18n';
import { fillProfile, profile, renderProfile } from './profile';
import { fillPeriods, relabelPeriods, wirePeriods } from './periods';
import { report } from './report';
import { call } from './server';
import { idle, unmark } from './status';

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
  fillImportTimes(state);
  setUiLang(state.uiLang);
  relabel();
  form.month().value = state.month;
  if (!choose(form.template(), state.settings.template) && state.templates[0]) {
    choose(form.template(), state.templates[0].id);
  }
  choose(form.lang(), state.settings.lang ?? state.uiLang);
  fillGroups(state.settings.open);
  fillGa4(state);
  fillProfile(state);
  byId('form').hidden = false;
  fillCrm(state);
  // Its line names the last import of the month now picked (set above, after the first relabel).
  relabelSocial();
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
  wireCrm(report, () => form.month().value, idle);
  wireRefresh(report, idle);
  wireSocial(report, () => form.month().value, idle);
  wirePeriods(report, idle, () => ({ lang: form.lang().value as Language, profile: profile() }));
  byId('close-month').addEventListener('click', () => void closeOrReopen(closeMonth));
  onClosedChange(relabel);
  byId('reopen-month').addEventListener('click', () => void closeOrReopen(reopenMonth));
  renderProfile((settings) => void remember(settings));
  wireGroups((settings) => void remember(settings));
  form.month().addEventListener('change', () => {
    // The source lines name the last import of the month picked.
    relabelGa4();
    relabelCrm();
    relabelSocial();
    void loadMonth(form.month().value);
  });
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
  relabelGroups();
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
  if (!idle()) return;
  await generateMonth(which, events, (month) => {
    if (generated.has(month)) return;
    generated.add(month);
    relabel();
  });
}

async function download(): Promise<void> {
  if (!idle()) return;
  try {
    showSaved(await downloadReport(form.month().value));
  } catch (error) {
    report(error);
  }
}

async function importMonth(): Promise<void> {
  if (!idle()) return;
  await importGa4(form.month().value, report);
}

/** Close and reopen are the month's own; one at a time, like every other button. */
async function closeOrReopen(action: typeof closeMonth): Promise<void> {
  if (!idle()) return;
  await action(form.month().value, report);
}

void start();
