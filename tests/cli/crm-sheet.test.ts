// `--crm-webhook` adds the CRM data sheet: rows paged past 50 in batches, names from the portal, no secret anywhere.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startBitrixServer, type BitrixServer, type CrmRow } from '../helpers/bitrix-server';
import { hasSoffice, sheetRows } from '../helpers/libreoffice';
import { kpiCell, readWorkbook, tempDir } from './run-cli';
import { runMain } from './run-main';

vi.mock('../../templates/samples/demo-data.csv', () => ({ default: '' }));
vi.mock('../../templates/samples/demo-events.csv', () => ({ default: '' }));

const SECRET = 'crm-sheet-SECRET-91bd';
let server: BitrixServer | undefined;
afterEach(async () => { await server?.close(); server = undefined; });

const at = (day: number, time: string) => `2026-11-${String(day).padStart(2, '0')}T${time}+02:00`;
/** 120 leads: 80 from the website, 40 by phone; three pages. */
const leads: CrmRow[] = Array.from({ length: 120 }, (_, i) =>
  ({ ID: i + 1, DATE_CREATE: at(1 + (i % 30), '09:15:00'), SOURCE_ID: i % 3 === 2 ? 'CALL' : 'WEB' }));
/** 60 won deals in November (two pages), 2 won in October and 1 lost: not on the sheet. */
const deals: CrmRow[] = [
  ...Array.from({ length: 60 }, (_, i) => ({ ID: i + 1, TITLE: `Enrolment ${i + 1}`, OPPORTUNITY: '100.00',
    CURRENCY_ID: 'EUR', CLOSEDATE: at(1 + (i % 30), '12:00:00'), SOURCE_ID: i < 40 ? 'CALL' : 'WEB',
    STAGE_SEMANTIC_ID: 'S', DATE_CREATE: '2026-10-01T10:00:00+03:00' })),
  { ID: 100, TITLE: 'October', OPPORTUNITY: '5', CURRENCY_ID: 'EUR', CLOSEDATE: '2026-10-31T23:00:00+02:00',
    STAGE_SEMANTIC_ID: 'S', SOURCE_ID: 'WEB' },
  { ID: 101, TITLE: 'Lost', OPPORTUNITY: '5', CURRENCY_ID: 'EUR', CLOSEDATE: at(3, '10:00:00'),
    STAGE_SEMANTIC_ID: 'F', SOURCE_ID: 'WEB' },
];
const statuses: CrmRow[] = [
  { ID: 1, ENTITY_ID: 'SOURCE', STATUS_ID: 'CALL', NAME: 'Phone call', SORT: 10 },
  { ID: 2, ENTITY_ID: 'SOURCE', STATUS_ID: 'WEB', NAME: 'Website', SORT: 20 },
  { ID: 3, ENTITY_ID: 'STATUS', STATUS_ID: 'NEW', NAME: 'Not a source', SORT: 10 },
];
const base = ['workbook', '--template', 'social-media-content', '--month', '2026-11', '--today', '2026-12-02',
  '--lang', 'en'];

async function allParts(file: string): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  return (await Promise.all(Object.values(zip.files).map((f) => f.async('string')))).join('\n');
}

describe('the CRM data sheet from the CLI', () => {
  it('pages past 50 in batches: first pages, sources and counts in one call, the rest in one more', async () => {
    server = await startBitrixServer({ secret: SECRET, leads, deals, statuses });
    const dir = tempDir();
    const r = await runMain([...base, '--crm-webhook', server.webhook, '--out', 'r.xlsx'], dir);
    expect(r.code, r.err.join('\n')).toBe(0);
    expect(server.calls.map((c) => c.method)).toEqual(['batch', 'batch']);
    const cmds = server.calls.map((c) => Object.keys((c.body as { cmd: Record<string, string> }).cmd));
    expect(cmds).toEqual([
      ['leads_0', 'deals_0', 'sources_0', 'kpi_new-leads'], ['leads_50', 'leads_100', 'deals_50'],
    ]);
    const first = (server.calls[0].body as { cmd: Record<string, string> }).cmd;
    // Only the fields the sheet shows.
    expect(decodeURIComponent(first.leads_0))
      .toMatch(/&select\[0\]=ID&select\[1\]=DATE_CREATE&select\[2\]=SOURCE_ID&order/);
    expect(decodeURIComponent(first.sources_0))
      .toBe('crm.status.list?filter[ENTITY_ID]=SOURCE&order[SORT]=ASC&start=0');
    expect(r.err.join('\n')).toMatch(/2 request\(s\) for 1 KPI\(s\), 120 lead\(s\) and 60 won deal\(s\) in 6 page/);

    const wb = await readWorkbook(path.join(dir, 'r.xlsx'));
    expect(kpiCell(wb.getWorksheet('KPI results')!, 'new-leads', 'actual')).toBe(120);
    const sheet = wb.getWorksheet('CRM data')!;
    const rows = Array.from(sheet.getSheetValues(), (v) => (Array.isArray(v) ? v.slice(1) : []));
    const find = (label: string) => rows.find((row) => row[0] === label);
    expect(find('Website')?.slice(0, 3)).toEqual(['Website', 'WEB', 80]);
    expect(find('Phone call')?.[4]).toBe(40);
    expect(rows.filter((row) => typeof row[1] === 'string' && row[1].startsWith('Enrolment'))).toHaveLength(60);
    expect(rows.flat()).not.toContain('Lost');
    expect(rows.flat()).not.toContain('Not a source');

    const review = wb.getWorksheet('Monthly review')!.getSheetValues().flat(2).map(String);
    expect(review).toContain('120 leads; the most came from Website (80, 67%), Phone call (40, 33%).');
    expect(review).toContain('Phone call: 40 of the month\'s 60 won deals.');
  });

  it('keeps the webhook secret out of stdout, stderr and every part of the xlsx', async () => {
    server = await startBitrixServer({ secret: SECRET, leads, deals, statuses });
    const dir = tempDir();
    const r = await runMain([...base, '--crm-webhook', server.webhook, '--out', 'r.xlsx'], dir);
    expect(r.code, r.err.join('\n')).toBe(0);
    expect([...r.out, ...r.err].join('\n')).not.toContain(SECRET);
    const parts = await allParts(path.join(dir, 'r.xlsx'));
    expect(parts).toContain('127.0.0.1');
    expect(parts).not.toContain(SECRET);
    expect(parts).not.toContain('/rest/');
  });

  it('refresh fetches the sheet again with the webhook, and leaves it out without one', async () => {
    server = await startBitrixServer({ secret: SECRET, leads, deals, statuses });
    const dir = tempDir();
    expect((await runMain([...base, '--crm-webhook', server.webhook, '--out', 'r.xlsx'], dir)).code).toBe(0);
    const env = { BITRIX24_WEBHOOK_URL: server.webhook };
    const again = await runMain(['refresh', '--in', 'r.xlsx', '--out', 'again.xlsx', '--today', '2026-12-02'], dir,
      { env });
    expect(again.code, again.err.join('\n')).toBe(0);
    expect((await readWorkbook(path.join(dir, 'again.xlsx'))).getWorksheet('CRM data')).toBeDefined();
    expect(await allParts(path.join(dir, 'again.xlsx'))).not.toContain(SECRET);
    const without = await runMain(['refresh', '--in', 'r.xlsx', '--out', 'without.xlsx'], dir);
    expect(without.code, without.err.join('\n')).toBe(0);
    const wb = await readWorkbook(path.join(dir, 'without.xlsx'));
    expect(wb.getWorksheet('CRM data')).toBeUndefined();
    expect(kpiCell(wb.getWorksheet('KPI results')!, 'new-leads', 'actual')).toBe(120);
  });

  it.skipIf(!hasSoffice())('LibreOffice totals the sheet: leads by source and day, won amounts per currency',
    async () => {
      server = await startBitrixServer({ secret: SECRET, leads, deals, statuses });
      const dir = tempDir();
      expect((await runMain([...base, '--crm-webhook', server.webhook, '--out', 'r.xlsx'], dir)).code).toBe(0);
      const rows = await sheetRows(path.join(dir, 'r.xlsx'), 'CRM data');
      const totals = rows.filter((row) => row[0] === 'Total');
      expect(totals.map((row) => row.slice(1, 5))).toEqual([
        ['', '120', '', '60'], ['120', '', '', ''], ['', '6,000.00', 'EUR', ''],
      ]);
      expect(rows.find((row) => row[0] === 'Website')?.[3]).toBe('66.7%');
    }, 120_000);
});
