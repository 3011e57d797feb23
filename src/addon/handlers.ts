// The server functions behind main.ts: each validates its argument and answers with a Reply, never a throw.
import { NoArgsSchema, SettingsSchema, type ServerApi } from './api';
import { toReply } from './errors';
import { closeMonth, reopenMonth } from './close-month';
import { getExcelWriter } from './excel-writer-file';
import { generateSheets } from './generate-sheets';
import { generatePeriod, getPeriodDownload } from './generate-period';
import { getDownloadSpec } from './get-download-spec';
import { importCrm } from './import-crm';
import { importGa4 } from './import-ga4';
import { removeWebhook, setWebhook } from './crm-webhook';
import { setDailyRefresh } from './refresh-trigger';
import { importSocial } from './import-social';
import { withDocumentLock } from './lock';
import { languageOfLocale } from './messages';
import { loadSettings, saveSettings } from './settings';
import type { Services } from './services';
import { getMonth, getState } from './state';

export type Handlers = { [K in keyof ServerApi]: (raw?: unknown) => ReturnType<ServerApi[K]> };

export function createHandlers(services: Services): Handlers {
  const ctx = {
    lang: () => loadSettings(services).uiLang ?? languageOfLocale(services.userLocale()),
    log: (message: string) => services.log(message),
  };
  // Handlers that change the document hold its lock; the reading ones need none.
  const locked = <T>(fn: () => T) => () => withDocumentLock(services, ctx.lang, fn);
  return {
    getState: (raw) => toReply('getState', ctx, () => getState(services, raw)),
    getMonth: (raw) => toReply('getMonth', ctx, () => getMonth(services, raw)),
    saveSettings: (raw) =>
      toReply('saveSettings', ctx, locked(() => saveSettings(services, SettingsSchema.parse(raw)))),
    generateSheets: (raw) => toReply('generateSheets', ctx, locked(() => generateSheets(services, raw))),
    getDownloadSpec: (raw) => toReply('getDownloadSpec', ctx, () => getDownloadSpec(services, raw)),
    importGa4: (raw) => toReply('importGa4', ctx, locked(() => importGa4(services, raw))),
    getExcelWriter: (raw) => toReply('getExcelWriter', ctx, () => getExcelWriter(raw)),
    // The webhook lives in the user's own properties: no document change, so no lock.
    setCrmWebhook: (raw) => toReply('setCrmWebhook', ctx, () => setWebhook(services, raw, ctx.lang())),
    removeCrmWebhook: (raw) => toReply('removeCrmWebhook', ctx, () => removeWebhook(services, NoArgsSchema.parse(raw))),
    importCrm: (raw) => toReply('importCrm', ctx, locked(() => importCrm(services, raw, ctx.lang()))),
    importSocial: (raw) =>
      toReply('importSocial', ctx, locked(() => importSocial(services, raw, ctx.lang()))),
    setDailyRefresh: (raw) => toReply('setDailyRefresh', ctx, locked(() => setDailyRefresh(services, raw))),
    closeMonth: (raw) => toReply('closeMonth', ctx, locked(() => closeMonth(services, raw))),
    reopenMonth: (raw) => toReply('reopenMonth', ctx, locked(() => reopenMonth(services, raw))),
    generatePeriod: (raw) => toReply('generatePeriod', ctx, locked(() => generatePeriod(services, raw))),
    getPeriodDownload: (raw) => toReply('getPeriodDownload', ctx, () => getPeriodDownload(services, raw)),
  };
}
