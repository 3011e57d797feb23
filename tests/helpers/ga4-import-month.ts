// A generated month in the in-memory Apps Script with a GA4 stand-in, and the KPI sheet's cells, for import tests.
import { AppsScriptRuntime, FakeAnalyticsProperties } from './apps-script-runtime';
import type { AnalyticsDataOptions } from './apps-script/analytics-data';
import { cellAt } from './apps-script/inspect';
import { makeSite, type SiteFixture } from './ga4-server';

export const MONTH = '2026-11';
export const ARGS = { template: 'social-media-content', month: MONTH, lang: 'en', events: [] };
export const IMPORT = { month: MONTH, property: '123456789' };
export const KPI = `KPI results ${MONTH}`;
export const GA4 = `GA4 data ${MONTH}`;
export const REVIEW = `Monthly review ${MONTH}`;

/** A generated month and an AnalyticsData stand-in serving `site` (swappable, as if GA4's numbers moved on). */
export function setup(site: SiteFixture = makeSite(MONTH), extra: Partial<AnalyticsDataOptions> = {}) {
  const analytics = new FakeAnalyticsProperties({ site, ...extra });
  const rt = new AppsScriptRuntime({ userLocale: 'en', now: '2026-12-02T09:00:00Z', analytics });
  const generated = rt.call('generateSheets', ARGS);
  if (!generated.ok) throw new Error(generated.error);
  return { rt, analytics };
}

export function importOk(rt: AppsScriptRuntime, args: Record<string, unknown> = IMPORT) {
  const reply = rt.call('importGa4', args);
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}

export const cell = (rt: AppsScriptRuntime, key: string, column: string) => cellAt(rt, KPI, key, column);
export const actual = (rt: AppsScriptRuntime, key: string) => cell(rt, key, 'actual').getValue();
/** Types into a cell as the manager would in the Sheets UI. */
export const type = (rt: AppsScriptRuntime, key: string, column: string, text: string) =>
  cell(rt, key, column).setValue(text);
export const sum = (site: SiteFixture, metric: string) => site.days.reduce((n, d) => n + d[metric], 0);
