// The sidebar's own behaviour in real Chromium against a scripted server: errors, progress, hostile text, language.
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { SHEET_IDS, type ServerFunction, type State } from '../../src/addon/api';
import {
  closeBrowser, gate, openReady, openSidebar, type Handler, type SidebarSession,
} from '../helpers/sidebar-harness';

const HOSTILE = '<img src=x onerror=alert(1)>';
const ok = (value: unknown) => ({ ok: true, value });

function state(over: Partial<State> = {}): State {
  return {
    templates: [
      { id: 'social-media-content', language: 'lv', title: { lv: 'Sociālo mediju satura vadības process', en: 'Social media content management process' } },
      { id: 'small-business-tasks', language: 'lt', title: { lt: 'Smulkaus verslo užduotys', en: 'Small-business tasks' } },
    ],
    settings: {}, userLocale: 'en_GB', uiLang: 'en', today: '2026-11-10', month: '2026-11', sheetIds: SHEET_IDS, months: [], ...over,
  };
}

/** A server that answers from a table; others answer like a successful no-op (the writer: the built file). */
function server(replies: Partial<Record<ServerFunction, (args: unknown) => unknown>>): Handler {
  return (name, args) => {
    const reply = replies[name as ServerFunction];
    if (reply) return reply(args);
    if (name === 'getState') return ok(state());
    // The Excel writer as the build made it, which the sidebar loads on the first download.
    if (name === 'getExcelWriter') return ok(readFileSync('dist/ExcelWriter.html', 'utf8'));
    return ok(name === 'saveSettings' ? args : null);
  };
}

const generated = (names: string[]) => ok({ month: '2026-11', entriesKept: 0, alsoWritten: [], sheets: names.map((name) => ({ id: 'kpi-results', name, rows: 9, reused: false })) });

let session: SidebarSession | undefined;
mkdirSync('test-artifacts', { recursive: true });
async function open(handler: Handler, locale = 'en-GB') {
  session = await openReady(handler, { locale });
  return session.page;
}
afterEach(async () => {
  await session?.close();
  session = undefined;
});
afterAll(closeBrowser);

describe('sidebar behaviour', () => {
  it('shows markup in data as plain text', async () => {
    const hostileState = state({ months: ['2026-11'], templates: [{ id: 'social-media-content', language: 'en', title: { en: HOSTILE } }] });
    const page = await open(server({
      getState: () => ok(hostileState),
      getMonth: () => ok({ month: '2026-11', template: 'social-media-content', lang: 'en', sheets: [], events: [{ type: 'other', date: '2026-11-12', title: HOSTILE }], campaign: { theme: HOSTILE } }),
      generateSheets: () => generated([HOSTILE]),
    }));
    const dialogs: string[] = [];
    page.on('dialog', (d) => (dialogs.push(d.message()), void d.dismiss()));
    await page.locator('[data-field="events[0].title"]').waitFor();
    expect(await page.locator('#template option').allTextContents()).toEqual([HOSTILE]);
    expect(await page.inputValue('[data-field="events[0].title"]')).toBe(HOSTILE);
    expect(await page.inputValue('#theme')).toBe(HOSTILE);
    await page.click('#generate-all');
    await page.locator('#status.ok').waitFor();
    expect(await page.locator('#status li').textContent()).toBe(HOSTILE);
    expect(await page.locator('img').count()).toBe(0);
    expect(dialogs).toEqual([]);
    // An <img src=x> that had been parsed would have asked for /x.
    expect(session!.blocked).toEqual([]);
  });

  it('shows the server’s words and marks the field it names', async () => {
    const message = 'Please check "events[0].date": a real calendar date';
    const page = await open(server({ generateSheets: () => ({ ok: false, error: message, field: 'events[0].date' }) }));
    await page.click('#add-event');
    await page.fill('[data-field="events[0].title"]', 'Webinar on budgets');
    await page.click('#generate-all');
    await page.locator('#status.error').waitFor();
    // The path the server quoted is shown as the labels the manager sees.
    const shown = 'Please check "Event 1 – date": a real calendar date';
    expect(await page.textContent('#status p')).toBe(shown);
    const date = page.locator('[data-field="events[0].date"]');
    expect(await date.getAttribute('class')).toContain('invalid');
    expect(await date.getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('.field-error').textContent()).toBe(shown);
    await page.screenshot({ path: 'test-artifacts/sidebar-error-en.png', fullPage: true });
    await date.fill('2026-11-18');
    expect(await date.getAttribute('aria-invalid')).toBeNull();
    expect(await page.locator('.field-error').count()).toBe(0);
  });

  it('opens the campaign section to show a field in it', async () => {
    const page = await open(server({ generateSheets: () => ({ ok: false, error: 'Please check "campaign.theme": at most 200 characters', field: 'campaign.theme' }) }));
    expect(await page.locator('#campaign').getAttribute('open')).toBeNull();
    await page.click('#generate-all');
    await page.locator('#status.error').waitFor();
    expect(await page.locator('#campaign').getAttribute('open')).toBe('');
    expect(await page.locator('#theme').getAttribute('aria-invalid')).toBe('true');
  });

  it('checks the events before asking the server', async () => {
    const page = await open(server({}));
    await page.click('#add-event');
    await page.click('#generate-all');
    await page.locator('#status.error').waitFor();
    expect(await page.textContent('#status p')).toBe('Event 1: type a title.');
    expect(await page.locator('[data-field="events[0].title"]').getAttribute('aria-invalid')).toBe('true');
    expect(session!.calls.map((c) => c.name)).not.toContain('generateSheets');
    await page.click('[aria-label="Remove event"]');
    expect(await page.locator('.event').count()).toBe(0);
    expect(await page.isVisible('#no-events')).toBe(true);
  });

  it('explains a script that failed, and Google refusing access', async () => {
    let failure = 'Exceeded maximum execution time';
    const page = await open(server({ getDownloadSpec: () => { throw new Error(failure); } }));
    await page.click('#download');
    await page.locator('#status.error').waitFor();
    expect(await page.textContent('#status p')).toBe('Google did not answer (Exceeded maximum execution time). Check your connection and try again.');
    failure = 'PERMISSION_DENIED';
    await page.click('#download');
    await expect.poll(() => page.textContent('#status p')).toContain('signed in to several Google accounts');
  });

  it('explains an Excel file that cannot be made', async () => {
    const sheet = { id: 'x', name: 'Bad/name', columns: [], rows: [['a']] };
    const spec = { fileName: 'report.xlsx', workbook: { properties: { title: 't', subject: 's', creator: 'c', created: '2026-11-10', language: 'en' }, sheets: [sheet] } };
    const page = await open(server({ getDownloadSpec: () => ok(spec) }));
    await page.click('#download');
    await page.locator('#status.error').waitFor();
    expect(await page.textContent('#status p')).toMatch(/^The Excel file could not be made: .*Bad\/name/);
  });

  it('says so when the answer is not a Reply, and when the state cannot load', async () => {
    const page = await open(server({ generateSheets: () => 'surprise' }));
    await page.click('#generate-all');
    await page.locator('#status.error').waitFor();
    expect(await page.textContent('#status p')).toContain('unexpected answer');
    await session!.close();
    session = await openSidebar(server({ getState: () => ({ ok: false, error: 'KPI Planner could not finish.' }) }));
    await session.page.locator('#status.error').waitFor();
    expect(await session.page.textContent('#status p')).toBe('KPI Planner could not finish.');
    expect(await session.page.isHidden('#form')).toBe(true);
  });

  it('shows progress and disables the buttons while the server works', async () => {
    const held = gate();
    const page = await open(server({ generateSheets: async () => (await held.wait, generated(['Activity plan 2026-11'])) }));
    await page.click('#generate-activity-plan');
    await page.locator('#status.progress').waitFor();
    expect(await page.textContent('#status')).toBe('Generating the activity plan…');
    for (const id of ['#generate-all', '#generate-review', '#download', '#add-event']) expect(await page.isDisabled(id)).toBe(true);
    expect(await page.getAttribute('body', 'aria-busy')).toBe('true');
    held.open();
    await page.locator('#status.ok').waitFor();
    expect(await page.isEnabled('#generate-all')).toBe(true);
    expect(session!.calls.find((c) => c.name === 'generateSheets')?.args).toMatchObject({ sheets: ['activity-plan'], events: [] });
  });

  it('switches between Latvian, Lithuanian and English and saves the choice', async () => {
    const page = await open(server({ getState: () => ok(state({ uiLang: 'lv', userLocale: 'lv' })) }), 'lv-LV');
    const words = async () => [await page.textContent('#generate-all'), await page.textContent('.field > span'), await page.locator('#template option').first().textContent()];
    expect(await words()).toEqual(['Izveidot visas lapas', 'Veidne', 'Sociālo mediju satura vadības process']);
    await page.click('[data-ui-lang="en"]');
    expect(await words()).toEqual(['Generate all sheets', 'Template', 'Social media content management process']);
    expect(await page.textContent('#download')).toContain('Download Excel report');
    await page.click('[data-ui-lang="lt"]');
    expect(await page.textContent('#generate-all')).toBe('Sukurti visus lapus');
    await page.click('[data-ui-lang="lv"]');
    expect(await page.textContent('#generate-review')).toBe('Mēneša pārskats');
    await expect.poll(() => session!.calls.filter((c) => c.name === 'saveSettings').map((c) => c.args)).toEqual([{ uiLang: 'en' }, { uiLang: 'lt' }, { uiLang: 'lv' }]);
    expect(session!.pageErrors).toEqual([]);
  });

  it('never writes HTML from code', () => {
    // The rule is cheap to check in the source: every node is built with createElement/textContent.
    for (const file of readdirSync('src/sidebar').filter((f) => f.endsWith('.ts'))) {
      expect(readFileSync(`src/sidebar/${file}`, 'utf8'), file).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write/);
    }
  });
});
