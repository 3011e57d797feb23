// The Meta CSV picker in real Chromium: files read in the browser (UTF-8 and UTF-16 with BOMs) and imported.
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { AppsScriptRuntime } from '../helpers/apps-script-runtime';
import { cellAt } from '../helpers/apps-script/inspect';
import { closeBrowser, openReady, runtimeHandler, type SidebarSession } from '../helpers/sidebar-harness';
import { unfold } from '../helpers/sidebar-sections';
import { FB_HEADER, FB_ROWS, contentFile, dailyFile } from '../social/fixtures';

const MONTH = '2026-11';
const KPI = `KPI results ${MONTH}`;
let session: SidebarSession | undefined;

async function open() {
  const runtime = new AppsScriptRuntime({ userLocale: 'en', now: `${MONTH}-28T09:00:00Z` });
  runtime.call('generateSheets', { template: 'social-media-content', month: MONTH, lang: 'en', events: [] });
  session = await openReady(runtimeHandler(runtime), { locale: 'en-GB' });
  await unfold(session.page, 'social');
  return { page: session.page, runtime };
}

const csv = (name: string, buffer: Buffer) => ({ name, mimeType: 'text/csv', buffer });

afterEach(async () => {
  await session?.close();
  session = undefined;
});
afterAll(closeBrowser);

describe('sidebar: Meta CSV files', () => {
  it('reads a UTF-8 content file and a UTF-16 daily file and imports them into the month', async () => {
    const { page, runtime } = await open();
    await page.setInputFiles('#social-files', [
      csv('facebook-content.csv', contentFile(FB_HEADER, FB_ROWS)),
      csv('Facebook follows.csv', dailyFile('Facebook follows', [['2026-11-02', 4], ['2026-11-09', 6]])),
    ]);
    await page.click('#import-social');
    await page.locator('#status.ok').waitFor();
    expect(await page.textContent('#status p'))
      .toMatch(/^Facebook and Instagram for November 2026: 2 files, \d+ posts?, written into ".+"\.$/);
    expect(await page.locator('#status li').allTextContents()).toContain('Follower growth: 10');
    expect(cellAt(runtime, KPI, 'follower-growth', 'actual').getValue()).toBe(10);
    const sent = session!.calls.find((c) => c.name === 'importSocial')!.args as {
      files: { name: string; text: string }[];
    };
    // The daily file arrives decoded from UTF-16, its first line the "sep=," Meta writes.
    expect(sent.files[1].text.replace(/^\uFEFF/, '').split(/\r?\n/)[0]).toBe('sep=,');
    expect(session!.pageErrors).toEqual([]);
  });

  it('a file it cannot read: the message names the file and the columns found; the picker is marked', async () => {
    const { page } = await open();
    await page.click('#import-social');
    await page.locator('#status.error').waitFor();
    expect(await page.textContent('#status')).toContain('Choose one or more CSV files');
    const spanish = contentFile(['Publicación', 'Reproducciones'], [['x', 5]]);
    await page.setInputFiles('#social-files', [csv('eksports.csv', spanish)]);
    await page.click('#import-social');
    await page.locator('#status.error', { hasText: 'eksports.csv' }).waitFor();
    expect(await page.textContent('#status'))
      .toContain('no column this reader knows (found "publicación", "reproducciones")');
    expect(await page.getAttribute('#social-files', 'aria-invalid')).toBe('true');
  });
});
