// The server functions for the automatic sources (Bitrix24, Meta CSV, the daily refresh), as ServerApi extends them.
import type { MonthArgs, Reply } from './api-common';
import type { CrmImportResult, CrmWebhookArgs, CrmWebhookInfo } from './crm-api';
import type { DailyRefreshArgs, RefreshState } from './refresh-api';
import type { ImportSocialArgs, SocialImportResult } from './social-api';

export type { CrmActualInfo, CrmImportResult, CrmWebhookArgs, CrmWebhookInfo } from './crm-api';
export type { DailyRefreshArgs, RefreshLine, RefreshState } from './refresh-api';
export type { ImportSocialArgs, SocialActualInfo, SocialImportResult } from './social-api';

/** What getState tells the sidebar about them: the user's webhook (masked) and the daily refresh. */
export interface SourcesState {
  crmWebhook: CrmWebhookInfo | null;
  refresh: RefreshState;
}

export interface SourcesServerApi {
  /** Sets or replaces the webhook in the user's own properties; answers it masked. */
  setCrmWebhook(args: CrmWebhookArgs): Reply<CrmWebhookInfo>;
  removeCrmWebhook(args?: Record<string, never>): Reply<null>;
  importCrm(args: MonthArgs): Reply<CrmImportResult>;
  /** Meta Business Suite CSV exports (their text, read in the browser) into the month's social actuals. */
  importSocial(args: ImportSocialArgs): Reply<SocialImportResult>;
  setDailyRefresh(args: DailyRefreshArgs): Reply<RefreshState>;
}
