// The sidebar's Bitrix24 CRM section: the webhook (masked; set, replace, remove) and "Import CRM" with its result.
import type { CrmImportResult, CrmWebhookInfo, State } from '../addon/api';
import { monthTitle } from '../core/i18n';
import { byId, setTexts } from './dom';
import { CRM_WORDS } from './crm-words';
import { setSourceState } from './groups';
import { GROUP_WORDS } from './groups-words';
import { lastImportLine } from './import-times';
import { uiLang } from './i18n';
import { formatNumber, typedText } from './numbers';
import type { Report } from './report';
import { call } from './server';
import { failure, success } from './status';

const words = () => CRM_WORDS[uiLang()];
/** What the server last said about the user's webhook (never the URL itself). */
let webhook: CrmWebhookInfo | null = null;
let editing = false;
/** This session's last import: its month, or that it failed (shown in the section's folded summary). */
let outcome: { month: string } | 'failed' | null = null;

const urlInput = () => byId<HTMLInputElement>('crm-url');

export function relabelCrm(): void {
  const w = words();
  setTexts({
    'crm-hint': w.hint, 'crm-url-label': w.url, 'crm-privacy': w.privacy, 'crm-save': w.save,
    'crm-replace': w.replace, 'crm-remove': w.remove, 'import-crm': w.import,
  });
  show();
}

/** Shows the masked webhook with Replace and Remove, or the field to paste one into. */
function show(): void {
  const asking = editing || !webhook;
  byId('crm-current').hidden = asking;
  byId('crm-current-text').textContent = webhook ? words().current(webhook.masked) : '';
  byId('crm-edit').hidden = !asking;
  byId('crm-remove').hidden = !webhook;
  const g = GROUP_WORDS[uiLang()];
  if (outcome === 'failed') setSourceState('crm', g.failed, 'error');
  else if (outcome && webhook) setSourceState('crm', g.imported(monthTitle(outcome.month, uiLang())), 'ok');
  else if (webhook && lastImportLine('crm')) setSourceState('crm', lastImportLine('crm')!, 'ok');
  else setSourceState('crm', webhook ? g.connected(webhook.portal) : g.notSetUp, webhook ? 'ok' : 'off');
}

/** The webhook as getState tells it (so opening the sidebar costs no extra call). */
export function fillCrm(state: State): void {
  webhook = state.sources?.crmWebhook ?? null;
  show();
}

export function wireCrm(report: Report, month: () => string, idle: () => boolean): void {
  byId('crm-replace').addEventListener('click', () => {
    editing = true;
    show();
    urlInput().focus();
  });
  byId('crm-save').addEventListener('click', () => void (idle() && save(report)));
  byId('crm-remove').addEventListener('click', () => void (idle() && remove(report)));
  byId('import-crm').addEventListener('click', () => void (idle() && importCrm(month(), report)));
}

async function save(report: Report): Promise<void> {
  const url = urlInput().value.trim();
  if (!url) return failure(words().needUrl, 'crmWebhook');
  try {
    webhook = await call('setCrmWebhook', { url }, words().saving);
    // The URL is a password: it does not stay in the page once saved.
    urlInput().value = '';
    editing = false;
    show();
    success(words().saved(webhook.portal));
  } catch (error) {
    report(error);
  }
}

async function remove(report: Report): Promise<void> {
  try {
    await call('removeCrmWebhook', {});
    webhook = null;
    editing = false;
    show();
    success(words().removed);
  } catch (error) {
    report(error);
  }
}

async function importCrm(month: string, report: Report): Promise<void> {
  if (!webhook) return failure(words().needUrl, 'crmWebhook');
  try {
    showResult(await call('importCrm', { month }, words().importing));
    outcome = { month };
  } catch (error) {
    outcome = 'failed';
    report(error);
  }
  show();
}

function showResult(result: CrmImportResult): void {
  const w = words();
  const items = result.actuals.map((a) => (a.typed === undefined
    ? `${a.name}: ${formatNumber(a.value)}`
    : w.typed(a.name, typedText(a.typed), a.value)));
  const notes = [
    w.counted(result.leads, result.wonDeals), result.unmapped.length ? w.unmapped(result.unmapped.join(', ')) : '',
    w.note(result.requests),
  ];
  const done = w.done(monthTitle(result.month, uiLang()), result.portal, result.sheet);
  success(done, items, notes.filter(Boolean).join(' '));
}
