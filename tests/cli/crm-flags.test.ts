// `kpi-planner workbook --crm-webhook` / BITRIX24_WEBHOOK_URL: main() with the real client and the Bitrix24 stand-in.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startBitrixServer, type BitrixServer, type CrmRow } from '../helpers/bitrix-server';
import { filesIn, kpiCell, readWorkbook, tempDir } from './run-cli';
import { runMain } from './run-main';

// vitest cannot import the demo's .csv samples (esbuild bundles them as text); these tests do not use them.
vi.mock('../../templates/samples/demo-data.csv', () => ({ default: '' }));
vi.mock('../../templates/samples/demo-events.csv', () => ({ default: '' }));

const SECRET = 'cli-webhook-SECRET-7f3a';
let server: BitrixServer | undefined;
afterEach(async () => { await server?.close(); server = undefined; });

const day = (i: number) => `2026-11-${String(1 + (i % 28)).padStart(2, '0')}T09:15:00+02:00`;
const leads: CrmRow[] = Array.from({ length: 75 }, (_, i) => ({ ID: i + 1, DATE_CREATE: day(i), SOURCE_ID: 'WEB' }));
const base = ['workbook', '--template', 'social-media-content', '--month', '2026-11', '--today', '2026-12-02',
  '--lang', 'en'];

/** Every part of the .xlsx, unzipped, as one text: the secret must be in none. */
async function allParts(file: string): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const parts = await Promise.all(Object.values(zip.files).map((f) => f.async('string')));
  return parts.join('\n');
}

describe('workbook with Bitrix24', () => {
  it('fills the CRM KPI\'s actual from the webhook flag; the secret is nowhere', async () => {
    server = await startBitrixServer({ secret: SECRET, leads });
    const dir = tempDir();
    const r = await runMain([...base, '--crm-webhook', server.webhook, '--out', 'r.xlsx'], dir);
    expect(r.code, r.err.join('\n')).toBe(0);
    const kpi = (await readWorkbook(path.join(dir, 'r.xlsx'))).getWorksheet('KPI results')!;
    expect(kpiCell(kpi, 'new-leads', 'actual')).toBe(75);
    expect([...r.out, ...r.err].join('\n')).not.toContain(SECRET);
    expect(await allParts(path.join(dir, 'r.xlsx'))).not.toContain(SECRET);
  });

  it('reads BITRIX24_WEBHOOK_URL; an actual in --data wins', async () => {
    server = await startBitrixServer({ secret: SECRET, leads });
    const dir = tempDir();
    writeFileSync(path.join(dir, 'data.csv'), 'kpi;month;target;actual\nnew-leads;2026-11;100;60\n');
    const env = { BITRIX24_WEBHOOK_URL: server.webhook };
    const r = await runMain([...base, '--data', 'data.csv', '--out', 'r.xlsx'], dir, { env });
    expect(r.code, r.err.join('\n')).toBe(0);
    // One batch with the first pages and the count, one for the leads' second page (75 leads).
    expect(server.calls.map((c) => c.method)).toEqual(['batch', 'batch']);
    const kpi = (await readWorkbook(path.join(dir, 'r.xlsx'))).getWorksheet('KPI results')!;
    expect(kpiCell(kpi, 'new-leads', 'actual')).toBe(60);
    expect(kpiCell(kpi, 'new-leads', 'target')).toBe(100);
  });

  it('a webhook without the crm scope: exit 2, what to tick, nothing written, no secret', async () => {
    server = await startBitrixServer({ secret: SECRET, leads,
      faults: [{ status: 403, error: 'insufficient_scope',
        description: 'The request requires higher privileges than provided by the webhook token' }] });
    const dir = tempDir();
    const r = await runMain([...base, '--crm-webhook', server.webhook, '--out', 'r.xlsx'], dir);
    expect(r.code).toBe(2);
    expect(r.err.join('\n')).toMatch(/tick the "CRM \(crm\)" permission/);
    expect([...r.out, ...r.err].join('\n')).not.toContain(SECRET);
    expect(filesIn(dir)).toEqual([]);
  });

  it('a flag that is not a webhook URL is refused without echoing it', async () => {
    const dir = tempDir();
    const r = await runMain([...base, '--crm-webhook', `https://x.bitrix24.eu/${SECRET}`, '--out', 'r.xlsx'], dir);
    expect(r.code).toBe(2);
    expect(r.err.join('\n')).toMatch(/--crm-webhook: not a Bitrix24 webhook URL/);
    expect(r.err.join('\n')).not.toContain(SECRET);
  });

  it('a template without CRM mappings: the variable is left alone, the flag is refused', async () => {
    server = await startBitrixServer({ secret: SECRET, leads });
    const dir = tempDir();
    const other = ['workbook', '--template', 'small-business-tasks', '--month', '2026-11', '--out', 'r.xlsx'];
    const quiet = await runMain(other, dir, { env: { BITRIX24_WEBHOOK_URL: server.webhook } });
    expect(quiet.code, quiet.err.join('\n')).toBe(0);
    expect(server.calls).toHaveLength(0);
    const refused = await runMain([...other, '--crm-webhook', server.webhook], tempDir());
    expect(refused.code).toBe(2);
    expect(refused.err.join('\n')).toMatch(/no CRM KPIs with a "crm" mapping/);
  });
});
