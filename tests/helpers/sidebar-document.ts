// A spreadsheet for sidebar tests: a generated November 2026 with a GA4 property saved (readable, or denied).
import { AppsScriptRuntime, FakeAnalyticsProperties } from './apps-script-runtime';
import { makeSite } from './ga4-server';

export const SIDEBAR_MONTH = '2026-11';

/** `ga4Denied`: the saved property is one this Google account cannot read, so imports and refreshes fail. */
export function ga4Spreadsheet(ga4Denied = false): AppsScriptRuntime {
  const denied = ga4Denied ? { properties: ['999'] } : {};
  const analytics = new FakeAnalyticsProperties({ site: makeSite(SIDEBAR_MONTH), ...denied });
  const runtime = new AppsScriptRuntime({ userLocale: 'en', now: `${SIDEBAR_MONTH}-20T04:10:00Z`, analytics });
  runtime.call('generateSheets', { template: 'social-media-content', month: SIDEBAR_MONTH, lang: 'en', events: [] });
  runtime.call('saveSettings', { ga4Property: '123456789' });
  return runtime;
}
