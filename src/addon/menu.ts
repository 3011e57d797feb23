// The add-on menu and the menu's own action (generate this month with the saved settings).
import { InputError } from '../core/errors';
import { toReply } from './errors';
import { generateSheets } from './generate-sheets';
import { languageOfLocale, messages } from './messages';
import { withDocumentLock } from './lock';
import { latestRun } from './month-pipeline';
import { loadSettings } from './settings';
import { findMonthSheets } from './tags';
import type { Services } from './services';
import { listTemplates } from '../core/template/registry';

/** The user's language, if Google will say it: in AuthMode.NONE (add-on not yet used here) it may not. */
function menuLanguage(services: Services) {
  try {
    return languageOfLocale(services.userLocale());
  } catch {
    return 'en' as const;
  }
}

/** onOpen/onInstall: only builds the menu, which is all Apps Script allows before the add-on is authorised. */
export function addMenu(services: Services): void {
  const m = messages(menuLanguage(services));
  services.addMenu([
    { label: m.menuOpen, functionName: 'showSidebar' },
    { label: m.menuGenerate, functionName: 'generateThisMonth' },
    // The download is made in the browser, so it starts from the sidebar.
    { label: m.menuDownload, functionName: 'showSidebar' },
  ]);
}

export function openSidebar(services: Services): void {
  services.showSidebar(messages(menuLanguage(services)).sidebarTitle);
}

/** Every sheet of the current month, with the saved template and language and that month's saved events. */
export function generateThisMonth(services: Services): void {
  const settings = loadSettings(services);
  const lang = settings.uiLang ?? menuLanguage(services);
  const m = messages(lang);
  const ctx = { lang: () => lang, log: services.log };
  const reply = toReply('generateThisMonth', ctx, () => withDocumentLock(services, ctx.lang, () => {
    const month = services.today().slice(0, 7);
    const last = latestRun({ sheets: findMonthSheets(services.spreadsheet(), month) });
    const only = listTemplates().length === 1 ? listTemplates()[0].id : undefined;
    const template = settings.template ?? last?.template ?? only;
    if (!template) throw new InputError(m.noTemplate);
    const docLang = settings.lang ?? last?.lang ?? lang;
    const args = {
      template, month, lang: docLang, events: last?.events ?? [],
      ...(last?.campaign ? { campaign: last.campaign } : {}),
      // The business's profile ticked in the sidebar fits the plan here too.
      ...(settings.profile?.length ? { profile: settings.profile } : {}),
    };
    return generateSheets(services, args);
  }));
  services.toast(reply.ok ? m.generated(reply.value.sheets.length, reply.value.month) : reply.error, m.sidebarTitle);
}
