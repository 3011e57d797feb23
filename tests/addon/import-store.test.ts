// Imported Bitrix24 rows and Meta posts survive regeneration: kept gzipped per month, fed into every later build.
import { randomBytes } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import type { CrmMonth } from '../../src/core/crm/types';
import type { SocialMonth } from '../../src/core/social/types';
import { AppsScriptRuntime } from '../helpers/apps-script-runtime';
import type { BitrixWorker } from '../helpers/bitrix-worker';
import { closeBitrix, closesAfterTest, startBitrix } from '../helpers/bitrix-session';
import type { CrmRow } from '../helpers/bitrix-server';
import { FB_HEADER, FB_ROWS, IG_HEADER, IG_ROWS, contentFile } from '../social/fixtures';

const MONTH = '2026-11';
const SECRET = 'q7w8secretwebhookcode';
const ARGS = { template: 'social-media-content', month: MONTH, events: [] };

let server: BitrixWorker | undefined;
afterEach(closeBitrix);

const day = (i: number) => `2026-11-${String(1 + (i % 30)).padStart(2, '0')}`;
const LEADS: CrmRow[] = Array.from({ length: 60 }, (_, i) => ({
  ID: 10 + i, DATE_CREATE: `${day(i)}T09:00:00+02:00`, SOURCE_ID: ['WEB', 'CALL', 'UC_7Q'][i % 3],
}));
const DEALS: CrmRow[] = Array.from({ length: 7 }, (_, i) => ({
  ID: 500 + i, TITLE: `Deal ${i}`, OPPORTUNITY: 100 * (i + 1), CURRENCY_ID: 'EUR', STAGE_SEMANTIC_ID: 'S',
  CLOSEDATE: `${day(i * 3)}T12:00:00+02:00`, SOURCE_ID: i < 5 ? 'WEB' : 'CALL',
}));
const STATUSES: CrmRow[] = [
  { ENTITY_ID: 'SOURCE', STATUS_ID: 'WEB', NAME: 'Website', SORT: 10 },
  { ENTITY_ID: 'SOURCE', STATUS_ID: 'CALL', NAME: 'Call', SORT: 20 },
];
const asSent = (name: string, bytes: Buffer) => ({ name, text: new TextDecoder('utf-8').decode(bytes) });

/** Every value of a tab, found by its tag's sheet id. */
function tab(rt: AppsScriptRuntime, id: string): { name: string; values: unknown[][] } {
  const names = Object.entries(rt.tags()).filter(([, t]) => (t as { sheet: string }).sheet === id).map(([n]) => n);
  expect(names).toHaveLength(1);
  const sheet = rt.sheet(names[0]);
  return { name: names[0], values: sheet.getRange(1, 1, sheet.getLastRow(), sheet.getLastColumn()).getValues() };
}
const text = (values: unknown[][]) => values.flat().map(String).join('\n');

describe('stored imports', () => {
  it('a regeneration in another language keeps the CRM sentences and top posts, and rebuilds the tabs', async () => {
    server = await startBitrix({ secret: SECRET, leads: LEADS, deals: DEALS, statuses: STATUSES });
    const rt = new AppsScriptRuntime({ userLocale: 'en', now: '2026-11-29T09:00:00Z' });
    closesAfterTest(rt);
    const ok = <T>(reply: { ok: boolean; value?: T; error?: string }) => {
      if (!reply.ok) throw new Error(reply.error);
      return reply.value as T;
    };
    ok(rt.call('generateSheets', { ...ARGS, lang: 'en' }));
    ok(rt.call('setCrmWebhook', { url: server.webhook }));
    ok(rt.call('importCrm', { month: MONTH }));
    ok(rt.call('importSocial', { month: MONTH, files: [
      asSent('fb.csv', contentFile(FB_HEADER, FB_ROWS)), asSent('ig.csv', contentFile(IG_HEADER, IG_ROWS))] }));
    const [crmEn, socialEn, reviewEn] = [tab(rt, 'crm'), tab(rt, 'social'), text(tab(rt, 'review').values)];
    expect(reviewEn).toContain('Website');
    expect(reviewEn).toContain('Open day, come!');
    // No secret in what is kept: the portal's host only.
    expect(JSON.stringify(rt.documentProperties.getProperties())).not.toContain(SECRET);

    // Before: the review lost both until the next import. Now the stored rows rebuild them, in the new words.
    ok(rt.call('generateSheets', { ...ARGS, lang: 'lv' }));
    const [crmLv, socialLv, reviewLv] = [tab(rt, 'crm'), tab(rt, 'social'), text(tab(rt, 'review').values)];
    expect(reviewLv).toContain('Website');
    expect(reviewLv).toContain('Open day, come!');
    expect(reviewLv).toContain('Reel');
    expect(crmLv.name).not.toBe(crmEn.name);
    expect(socialLv.name).not.toBe(socialEn.name);
    expect(text(crmLv.values)).toContain('Deal 6');

    // The daily refresh's and download's builds read the same copies: back in English, the tabs are as imported.
    ok(rt.call('generateSheets', { ...ARGS, lang: 'en' }));
    expect(tab(rt, 'crm')).toEqual(crmEn);
    expect(tab(rt, 'social')).toEqual(socialEn);
    expect(text(tab(rt, 'review').values)).toBe(reviewEn);
    const spec = ok<{ workbook: { sheets: { id: string; name: string }[] } }>(
      rt.call('getDownloadSpec', { month: MONTH }));
    expect(spec.workbook.sheets.map((s) => s.id)).toEqual(expect.arrayContaining(['crm', 'social', 'review']));
    // The morning's refresh imports the CRM again (no GA4 property here) and keeps the stored posts.
    ok(rt.call('setDailyRefresh', { on: true }));
    rt.fire(rt.triggers.triggers[0]);
    const log = rt.sheet('Run log').getDataRange().getValues().map((r) => r.slice(1, 4));
    expect(log).toContainEqual(['Bitrix24 CRM', 1, 'done']);
    expect(text(tab(rt, 'review').values)).toBe(reviewEn);
  });

  it("keeps the latest months' copies within the budget, dropping the oldest first", () => {
    const rt = new AppsScriptRuntime({ userLocale: 'en', now: '2026-11-29T09:00:00Z' });
    // Posts whose words do not compress: about 40 KB a month once gzipped.
    const noise = (n: number) => randomBytes(n).toString('base64');
    const months = ['2026-08', '2026-09', '2026-10', '2026-11'];
    for (const month of months) {
      expect(rt.call('generateSheets', { ...ARGS, month, lang: 'en' }).ok).toBe(true);
      const posts = Array.from({ length: 150 }, (_, i) => [`${i}`, 'skola', noise(220), `${month}-05T12:00:00`,
        `https://ig.com/${i}`, 'IG reel', 100 + i, 90, 7, 1, 0, 2, 3]);
      const reply = rt.call('importSocial', { month, files: [asSent('ig.csv', contentFile(IG_HEADER, posts))] });
      expect(reply.ok, JSON.stringify(reply).slice(0, 300)).toBe(true);
    }
    const keys = Object.keys(rt.documentProperties.getProperties()).filter((k) => k.includes('social-posts'));
    const stored = new Set(keys.map((k) => k.replace(/^kpi-planner\.social-posts\.|#\d+$/g, '')));
    expect([...stored].sort()).toEqual(['2026-09', '2026-10', '2026-11']);
    const bytes = keys.reduce((n, k) => n + k.length + rt.documentProperties.getProperty(k)!.length, 0);
    expect(bytes).toBeLessThanOrEqual(150 * 1024);
    // August regenerates without its posts (its Social tab stays as it was); the others keep theirs.
    expect(rt.call('generateSheets', { ...ARGS, month: '2026-08', lang: 'en' }).ok).toBe(true);
    expect(rt.call('generateSheets', { ...ARGS, month: '2026-09', lang: 'lv' }).ok).toBe(true);
  });

  it('measures a busy month: 5,000 leads and 800 won deals, 300 posts, gzipped within the budget', () => {
    const sources = Array.from({ length: 12 }, (_, i) => ({ id: `UC_${i}`, name: `Source ${i}`, leads: 400, won: 60 }));
    const crm: CrmMonth = {
      month: MONTH, portal: 'school.bitrix24.eu', offsets: ['+02:00'], sources, leads: 5000, outside: 0,
      leadsByDay: Array.from({ length: 30 }, (_, i) => ({ day: day(i), leads: 160 + (i % 7) })),
      wonDeals: Array.from({ length: 800 }, (_, i) => ({ id: String(40_000 + i * 37), amount: 900 + (i * 131) % 4000,
        title: `${['Anna', 'Jānis', 'Līga'][i % 3]} ${['Bērziņa', 'Ozols', 'Kalniņš'][i % 3]} — programme ${i % 9}`,
        currency: 'EUR', closed: day(i), source: `UC_${i % 12}` })),
    };
    const words = 'our new programme lets you study flexibly and learn skills for work apply now until the end'
      .split(' ');
    const social: SocialMonth = {
      month: MONTH, daily: { views: 123_456 }, contentFor: ['facebook', 'instagram'], files: ['a.csv', 'b.csv'],
      posts: Array.from({ length: 300 }, (_, i) => ({
        platform: i % 2 ? 'facebook' : 'instagram', date: day(i), postId: `1000${i * 7919}_${i * 104_729}`,
        permalink: `https://www.facebook.com/123456789/posts/pfbid0${(i * 2_654_435_761).toString(36)}`,
        postType: ['Photos', 'Reels', 'Videos'][i % 3],
        text: Array.from({ length: 25 }, (_, j) => words[(i * j) % 16]).join(' '),
        metrics: { views: i * 37, reach: i * 29, reactions: i % 50, comments: i % 9, shares: i % 4 },
      })),
    };
    const sizes = [crm, social].map((v) => ({
      json: Buffer.byteLength(JSON.stringify(v)), stored: gzipSync(JSON.stringify(v)).toString('base64').length,
    }));
    // Far over one 9 KB value and a fifth of the 500 KB store as plain JSON; gzipped, within the 150 KB budget.
    expect(sizes[0].json).toBeGreaterThan(90_000);
    expect(sizes[1].json).toBeGreaterThan(90_000);
    expect(sizes[0].stored + sizes[1].stored).toBeLessThan(80_000);
    console.log(`stored copies, bytes: ${JSON.stringify(sizes)}`);
  });
});
