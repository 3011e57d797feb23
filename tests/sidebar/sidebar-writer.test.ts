// Loading the Excel writer on demand: fetched while the sheets are read, failures shown and retried, never twice.
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { builtWriter, ok, SCRIPTED_STATE } from '../helpers/scripted-server';
import { closeBrowser, gate, openReady, type Handler, type SidebarSession } from '../helpers/sidebar-harness';

const WRITER = builtWriter();
const STATE = SCRIPTED_STATE;
const SPEC = {
  fileName: 'report.xlsx',
  workbook: {
    properties: { title: 'Report', subject: 'KPI', creator: 'KPI Planner', created: '2026-11-10', language: 'en' },
    sheets: [{ id: 'kpi-results', name: 'KPI results', columns: [{ key: 'a', width: 12 }], rows: [['Leads', 12]] }],
  },
};

/** getState and the spec answer at once; the writer as `writer` says. */
function server(writer: () => unknown | Promise<unknown>): Handler {
  return (name) => {
    if (name === 'getState') return ok(STATE);
    if (name === 'getDownloadSpec') return ok(SPEC);
    if (name === 'getExcelWriter') return writer();
    return ok(null);
  };
}

let session: SidebarSession | undefined;
async function open(handler: Handler) {
  session = await openReady(handler, { locale: 'en-GB' });
  return session.page;
}
const writerCalls = () => session!.calls.filter((c) => c.name === 'getExcelWriter').length;
afterEach(async () => {
  await session?.close();
  session = undefined;
});
afterAll(closeBrowser);

describe('the Excel writer, loaded on the first download', () => {
  it('asks for the writer alongside the sheets, and shows progress until it has arrived', async () => {
    const held = gate();
    const page = await open(server(async () => (await held.wait, ok(WRITER))));
    expect(writerCalls()).toBe(0);
    await page.click('#download');
    // The spec is in; the writer is not: the manager sees the file being prepared, the buttons wait.
    await expect.poll(() => page.textContent('#status')).toBe('Preparing the Excel file…');
    expect(session!.calls.map((c) => c.name)).toEqual(['getState', 'getExcelWriter', 'getDownloadSpec']);
    expect(await page.isDisabled('#download')).toBe(true);
    const [download] = await Promise.all([page.waitForEvent('download'), held.open()]);
    expect(download.suggestedFilename()).toBe('report.xlsx');
    await page.locator('#status.ok').waitFor();
    expect(await page.isEnabled('#download')).toBe(true);
  });

  it('says when Google did not send the writer, and tries again on the next click', async () => {
    let fail = true;
    const page = await open(server(() => {
      if (fail) throw new Error('Exceeded maximum execution time');
      return ok(WRITER);
    }));
    await page.click('#download');
    await page.locator('#status.error').waitFor();
    expect(await page.textContent('#status p')).toBe(
      'Google did not answer (Exceeded maximum execution time). Check your connection and try again.',
    );
    fail = false;
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download')]);
    expect(download.suggestedFilename()).toBe('report.xlsx');
    expect(writerCalls()).toBe(2);
  });

  it('explains a writer file that holds no script, or one whose script fails', async () => {
    let file = '<p>not a script</p>';
    const page = await open(server(() => ok(file)));
    await page.click('#download');
    await page.locator('#status.error').waitFor();
    const failed = 'The Excel file could not be made: ExcelWriter.html';
    expect(await page.textContent('#status p')).toBe(`${failed} holds no script`);
    file = '<script>throw new Error("broken writer")</script>';
    await page.click('#download');
    await expect.poll(() => page.textContent('#status p')).toMatch(/ExcelWriter\.html did not load \(.*broken writer\)$/);
    expect(await page.textContent('#status p')).toContain(`${failed} did not load`);
    expect(session!.pageErrors.join('\n')).toContain('broken writer');
    expect(writerCalls()).toBe(2);
  });
});
