// Closing and reopening a month and the business profile, in real Chromium against the bundled Code.js.
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppsScriptRuntime } from '../helpers/apps-script-runtime';
import { closeBrowser, openSidebar, runtimeHandler, type SidebarSession } from '../helpers/sidebar-harness';

const MONTH = '2026-11';

describe('closing a month and the business profile in the sidebar', () => {
  let runtime: AppsScriptRuntime;
  let session: SidebarSession;
  const dialogs: string[] = [];

  beforeAll(async () => {
    mkdirSync('test-artifacts', { recursive: true });
    runtime = new AppsScriptRuntime({ userLocale: 'en', now: `${MONTH}-30T09:00:00Z` });
    session = await openSidebar(runtimeHandler(runtime), { locale: 'en-GB' });
    // The manager confirms every question (and the test remembers what was asked).
    session.page.on('dialog', (d) => { dialogs.push(d.message()); void d.accept(); });
    await session.page.locator('#form').waitFor({ state: 'visible' });
  });
  afterAll(async () => {
    await session?.close();
    await closeBrowser();
  });

  it('remembers the profile per document and generates a plan that leaves steps out, saying how many', async () => {
    const { page } = session;
    await page.selectOption('#template', 'small-business-tasks');
    await page.click('#profile summary');
    const boxes = await page.locator('#profile-boxes label').allTextContents();
    expect(boxes).toEqual(['products', 'services', 'trade', 'subscriptions', 'partnerships', 'solo business',
      'hiring often']);
    await page.check('#profile-boxes input[value="services"]');
    await page.waitForFunction('!document.body.classList.contains("busy")');
    expect(session.calls.filter((c) => c.name === 'saveSettings').at(-1)?.args).toEqual({ profile: ['services'] });
    const saved = runtime.call('getState', {});
    expect(saved.ok && saved.value.settings.profile).toEqual(['services']);
    await page.click('#generate-all');
    await page.locator('.status.ok').waitFor();
    const generate = session.calls.find((c) => c.name === 'generateSheets');
    expect((generate?.args as { profile?: string[] }).profile).toEqual(['services']);
    expect(await page.textContent('.status')).toMatch(/Steps left out for the business profile: \d+\./);
  });

  it('closes the month after a confirm, shows who closed it, and reopens it', async () => {
    const { page } = session;
    await page.locator('#close').waitFor({ state: 'visible' });
    await page.click('#close-month');
    await page.locator('.status.error').waitFor();
    expect(await page.textContent('.status')).toContain('Type your name');
    // Markup in a name is shown as the characters it is.
    await page.fill('#closer', '<b>Anna</b>');
    await page.click('#close-month');
    await page.locator('#close-done').waitFor({ state: 'visible' });
    expect(dialogs.at(-1)).toContain('Close November 2026?');
    expect(await page.textContent('#closed-by')).toBe('Closed by <b>Anna</b> on 2026-11-30 11:00.');
    expect(await page.locator('#closed-by b').count()).toBe(0);
    expect(runtime.spreadsheet.getSheetByName(`Closed ${MONTH}`)).not.toBeNull();
    // The month picker marks it closed, in the sidebar's language.
    const shown = () => page.locator(`#month option[value="${MONTH}"]`).textContent();
    expect(await shown()).toBe('November 2026 ✓ · closed');
    await page.click('[data-ui-lang="lv"]');
    await page.waitForFunction('!document.body.classList.contains("busy")');
    expect(await shown()).toMatch(/ ✓ · slēgts$/);
    await page.click('[data-ui-lang="en"]');
    await page.waitForFunction('!document.body.classList.contains("busy")');
    await page.screenshot({ path: 'test-artifacts/sidebar-closed-month.png', fullPage: true });
    await page.click('#reopen-month');
    await page.locator('#close-open').waitFor({ state: 'visible' });
    expect(dialogs.at(-1)).toContain('Reopen November 2026?');
    expect(runtime.spreadsheet.getSheetByName(`Closed ${MONTH}`)).toBeNull();
    expect(await shown()).toBe('November 2026 ✓');
    expect(session.pageErrors).toEqual([]);
  });
});
