// Months of a manager's heavy use of the add-on, simulated in the in-memory Apps Script (for a test and the bench).
import { AppsScriptRuntime, FakeAnalyticsProperties, FakeSpreadsheet } from './apps-script-runtime';
import { FakeProperties } from './apps-script/services';
import { makeSite } from './ga4-site';

export const FIRST_MONTH = '2022-01';
const TEMPLATE = 'social-media-content';
const PROPERTY = '123456789';

export function monthAfter(month: string, n: number): string {
  const [y, m] = month.split('-').map(Number);
  const t = y * 12 + (m - 1) + n;
  return `${Math.floor(t / 12)}-${String((t % 12) + 1).padStart(2, '0')}`;
}

/** 60 events a month: webinars and open days with everyday titles. */
export function monthEvents(month: string, count = 60) {
  return Array.from({ length: count }, (_, i) => ({
    type: i % 3 === 0 ? 'open-day' : 'webinar',
    date: `${month}-${String(1 + (i % 28)).padStart(2, '0')}`,
    ...(i % 2 ? { time: '18:30' } : {}),
    title: `${i % 3 === 0 ? 'Open day' : 'Webinar'} no. ${i + 1}: admissions, programmes and fees`,
  }));
}

/** GA4 for a month with 150 campaigns (the import keeps the top 100). */
export function heavySite(month: string) {
  const campaigns = Array.from({ length: 150 }, (_, i) => ({
    name: `campaign-${month}-${i}-autumn-admissions`,
    sessions: 1000 - i, totalUsers: 800 - i, keyEvents: i % 5, engagedSessions: 500 - i,
  }));
  return makeSite(month, { campaigns });
}

/** One document (spreadsheet + properties) opened again and again, as many executions. */
export class Document {
  readonly spreadsheet = new FakeSpreadsheet('Europe/Riga', 'en_GB');
  readonly properties = new FakeProperties();

  /** A new execution on the document, on `day` of `month`, with GA4 serving that month. */
  open(month: string, day = 20): AppsScriptRuntime {
    return new AppsScriptRuntime({
      userLocale: 'en', now: `${month}-${String(day).padStart(2, '0')}T09:00:00Z`, spreadsheet: this.spreadsheet,
      documentProperties: this.properties, analytics: new FakeAnalyticsProperties({ site: heavySite(month) }),
    });
  }

  /** Bytes the add-on keeps in the document's properties (keys and values, as Apps Script counts them). */
  storedBytes(): number {
    let n = 0;
    for (const [k, v] of this.properties.data) n += Buffer.byteLength(k) + Buffer.byteLength(v);
    return n;
  }
}

function ok<T>(reply: { ok: true; value: T } | { ok: false; error: string }): T {
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}

/** A month of heavy use: generate everything, regenerate the campaign and plan with changed events, import GA4. */
export function useMonth(doc: Document, month: string): void {
  const rt = doc.open(month);
  const events = monthEvents(month);
  const args = { template: TEMPLATE, month, lang: 'en', events };
  ok(rt.call('generateSheets', args));
  ok(rt.call('generateSheets', { ...args, events: events.slice(1), sheets: ['campaign'] }));
  ok(rt.call('generateSheets', { ...args, events: events.slice(2), sheets: ['activity-plan'] }));
  ok(rt.call('importGa4', { month, property: PROPERTY }));
}

export interface ActionCosts {
  getState: number;
  generateAll: number;
  download: number;
}

/** Service calls of each action on the month after the last one used (its previous month has sheets). */
export function actionCosts(doc: Document, month: string): ActionCosts {
  const rt = doc.open(month, 5);
  const count = (run: () => unknown) => {
    rt.resetCalls();
    run();
    return rt.calls.length;
  };
  const args = { template: TEMPLATE, month, lang: 'en', events: monthEvents(month) };
  return {
    getState: count(() => ok(rt.call('getState'))),
    generateAll: count(() => ok(rt.call('generateSheets', args))),
    download: count(() => ok(rt.call('getDownloadSpec', { month }))),
  };
}
