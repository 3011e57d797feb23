// Meta Graph API Page insights: days read from Meta's end times, removed metrics named (never zero), the CLI flags.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  graphDailyFiles, graphDay, graphInsightsPlan, parseInsights, type GraphAnswer,
} from '../../src/core/social/graph';
import { startGraphServer, type GraphServer } from '../helpers/graph-server';
import { kpiCell, readWorkbook, tempDir } from '../cli/run-cli';
import { runMain } from '../cli/run-main';

vi.mock('../../templates/samples/demo-data.csv', () => ({ default: '' }));
vi.mock('../../templates/samples/demo-events.csv', () => ({ default: '' }));

const TOKEN = 'EAAGmetaPageTOKEN1234567890';
const PAGE = '104857600123';
let server: GraphServer | undefined;
afterEach(async () => { await server?.close(); server = undefined; });

/** November 2026: 3 new follows a day on the 1st–10th, 2,000 followers by the end, views every day. */
const days = (n: number, value: (d: number) => number) => Object.fromEntries(
  Array.from({ length: n }, (_, i) => [`2026-11-${String(i + 1).padStart(2, '0')}`, value(i + 1)]));
const VALUES = {
  page_follows: days(30, (d) => 1970 + d), page_daily_follows_unique: days(10, () => 3),
  page_post_engagements: days(30, () => 5), page_video_views: days(30, () => 7), page_media_view: days(30, () => 100),
};

describe('Graph insights in the core', () => {
  it('reads a day from the end Meta stamps on it, across the US change from summer time', () => {
    expect(graphDay('2026-11-01T07:00:00+0000')).toBe('2026-10-31');
    expect(graphDay('2026-11-02T08:00:00+0000')).toBe('2026-11-01');
    expect(graphDay('2026-11-02T00:00:00+01:00')).toBe('2026-11-01');
    expect(graphDay('yesterday')).toBeUndefined();
  });

  it('keeps the month\'s days, and refuses a value that is not a number', () => {
    const body = { data: [{ name: 'page_media_view', period: 'day', values: [
      { value: 4, end_time: '2026-11-01T07:00:00+0000' }, { value: 9, end_time: '2026-11-02T08:00:00+0000' }] }] };
    expect(parseInsights(body, '2026-11'))
      .toEqual([{ metric: 'page_media_view', days: [{ date: '2026-11-01', value: 9 }] }]);
    const bad = { data: [{ name: 'page_media_view',
      values: [{ value: 'n/a', end_time: '2026-11-02T08:00:00+0000' }] }] };
    expect(() => parseInsights(bad, '2026-11')).toThrow(/page_media_view.*not a number/);
  });

  it('asks each metric alone after a removed-metric refusal, and names the removed one', () => {
    const plan = graphInsightsPlan(PAGE, '2026-11', ['page_media_view', 'page_fans']);
    const removed: GraphAnswer = { status: 400,
      body: { error: { message: '(#100) The value must be a valid insights metric', type: 'OAuthException',
        code: 100 } } };
    const ok: GraphAnswer = { status: 200, body: { data: [{ name: 'page_media_view', values: [
      { value: 8, end_time: '2026-11-03T08:00:00+0000' }] }] } };
    expect(plan.next().value).toEqual({ path: `${PAGE}/insights?metric=page_media_view,page_fans&period=day`
      + '&since=2026-11-01&until=2026-12-01' });
    expect(plan.next(removed).value).toMatchObject({ path: expect.stringContaining('metric=page_media_view&') });
    expect(plan.next(ok).value).toMatchObject({ path: expect.stringContaining('metric=page_fans&') });
    const done = plan.next(removed);
    expect(done.done).toBe(true);
    const result = done.value as Exclude<typeof done.value, { path: string }>;
    expect(result.removed).toEqual(['page_fans']);
    expect(graphDailyFiles(result)).toEqual([{ kind: 'daily', fileName: 'Graph API page_media_view', metric: 'views',
      days: [{ date: '2026-11-02', value: 8 }] }]);
  });
});

const base = ['workbook', '--template', 'social-media-content', '--month', '2026-11', '--today', '2026-12-02',
  '--lang', 'en', '--meta-page', PAGE, '--out', 'r.xlsx'];

async function allParts(file: string): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  return (await Promise.all(Object.values(zip.files).map((f) => f.async('string')))).join('\n');
}

describe('workbook --meta-page with the Graph stand-in', () => {
  it('fills follower growth from page_daily_follows_unique in one request; the token is nowhere', async () => {
    server = await startGraphServer({ token: TOKEN, page: PAGE, values: VALUES });
    const dir = tempDir();
    const r = await runMain(base, dir, { env: { META_PAGE_TOKEN: TOKEN, META_GRAPH_URL: server.url } });
    expect(r.code, r.err.join('\n')).toBe(0);
    expect(server.calls).toHaveLength(1);
    expect(server.calls[0].authorization).toBe(`Bearer ${TOKEN}`);
    expect(server.calls[0].path).not.toContain(TOKEN);
    const kpi = (await readWorkbook(path.join(dir, 'r.xlsx'))).getWorksheet('KPI results')!;
    expect(kpiCell(kpi, 'follower-growth', 'actual')).toBe(30);
    expect(r.err.join('\n')).toMatch(/2000 Facebook followers on 2026-11-30/);
    expect([...r.out, ...r.err].join('\n')).not.toContain(TOKEN);
    expect(await allParts(path.join(dir, 'r.xlsx'))).not.toContain(TOKEN);
  });

  it('a metric Meta removed: "Meta no longer provides" it, its KPI stays empty, the others arrive', async () => {
    server = await startGraphServer({ token: TOKEN, page: PAGE, values: VALUES,
      removed: ['page_daily_follows_unique'] });
    const dir = tempDir();
    const r = await runMain([...base, '--meta-token', TOKEN], dir, { env: { META_GRAPH_URL: server.url } });
    expect(r.code, r.err.join('\n')).toBe(0);
    expect(server.calls.map((c) => c.status)).toEqual([400, 200, 400, 200, 200, 200]);
    expect(r.err.join('\n'))
      .toMatch(/warning: Meta no longer provides page_daily_follows_unique \(new Facebook follows\)/);
    const kpi = (await readWorkbook(path.join(dir, 'r.xlsx'))).getWorksheet('KPI results')!;
    expect(kpiCell(kpi, 'follower-growth', 'actual')).toBeNull();
    expect([...r.out, ...r.err].join('\n')).not.toContain(TOKEN);
  });

  it('a token Meta refuses: exit 2, what to do, nothing written, the token not echoed', async () => {
    server = await startGraphServer({ token: 'another-token-entirely', page: PAGE, values: VALUES });
    const dir = tempDir();
    const r = await runMain([...base, '--meta-token', TOKEN], dir, { env: { META_GRAPH_URL: server.url } });
    expect(r.code).toBe(2);
    expect(r.err.join('\n')).toMatch(/Meta: Meta did not accept the Page access token/);
    expect(r.err.join('\n')).not.toContain(TOKEN);
  });

  it('refuses a Page id that is not a number, and a page without a token', async () => {
    const bad = await runMain([...base.slice(0, -4), '--meta-page', 'my-page', '--out', 'r.xlsx'], tempDir(),
      { env: { META_PAGE_TOKEN: TOKEN } });
    expect(bad.code).toBe(2);
    expect(bad.err.join('\n')).toMatch(/--meta-page takes the Page's numeric id/);
    const none = await runMain(base, tempDir());
    expect(none.code).toBe(2);
    expect(none.err.join('\n')).toMatch(/--meta-token TOKEN or META_PAGE_TOKEN/);
  });
});
