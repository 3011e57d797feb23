// The browser's Excel writer (exceljs's browser build) writes the chart parts too: the download carries the chart.
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { builtWriter, ok, SCRIPTED_STATE } from '../helpers/scripted-server';
import { closeBrowser, openSidebar, type Handler, type SidebarSession } from '../helpers/sidebar-harness';
import { tempDir } from '../helpers/xlsx';
import { chartFormulas, sheetCharts } from '../helpers/xlsx-charts';

const WRITER = builtWriter();
const STATE = SCRIPTED_STATE;
const CHART = {
  id: 'kpi-target-actual', kind: 'bar', title: 'Target and actual', anchor: 'A5:D20',
  categories: "'KPI results'!$A$2:$A$3",
  series: [
    { name: 'Target', values: "'KPI results'!$B$2:$B$3" }, { name: 'Actual', values: "'KPI results'!$C$2:$C$3" },
  ],
};
const SPEC = {
  fileName: 'report.xlsx',
  workbook: {
    properties: { title: 'Report', subject: 'KPI', creator: 'KPI Planner', created: '2026-11-10', language: 'en' },
    sheets: [{
      id: 'kpi-results', name: 'KPI results', columns: [{ key: 'a', width: 12 }],
      rows: [['KPI', 'Target', 'Actual'], ['Leads', 12, 10], ['Sessions', 30, 33]], charts: [CHART],
    }],
  },
};

const server: Handler = (name) => {
  if (name === 'getState') return ok(STATE);
  if (name === 'getDownloadSpec') return ok(SPEC);
  if (name === 'getExcelWriter') return ok(WRITER);
  return ok(null);
};

let session: SidebarSession | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});
afterAll(closeBrowser);

describe('charts in the file the sidebar downloads', () => {
  it('are written by the browser build of the writer, reading the sheet\'s cells', async () => {
    session = await openSidebar(server, { locale: 'en-GB' });
    const page = session.page;
    await page.locator('#form').waitFor({ state: 'visible' });
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download')]);
    const file = `${tempDir()}/report.xlsx`;
    await download.saveAs(file);
    const got = await sheetCharts(file, 'KPI results');
    expect(got.charts).toHaveLength(1);
    expect(chartFormulas(got.charts[0].xml).series.map((s) => s.values?.replace(/&apos;/g, "'")))
      .toEqual(CHART.series.map((s) => s.values));
    expect(got.contentTypes).toContain(`PartName="/${got.charts[0].part}"`);
  });
});
