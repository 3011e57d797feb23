// `kpi-planner demo`: the embedded sample writes a complete workbook with met, at-risk and missed KPIs.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cells, filesIn, readWorkbook, runCli, tempDir } from './run-cli';

describe('kpi-planner demo', () => {
  it('writes kpi-planner-demo.xlsx in the current folder', async () => {
    const dir = tempDir();
    const r = runCli(['demo'], dir);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = path.join(dir, 'kpi-planner-demo.xlsx');
    expect(r.stdout).toBe(`Wrote ${out}\nsocial-media-content, 2026-11 as of 2026-11-20 (lv): 10 KPIs: 4 met, 3 at risk, 3 missed; 20 data rows, 7 events\n`);
    expect(filesIn(dir)).toEqual(['kpi-planner-demo.xlsx']);
    const wb = await readWorkbook(out);
    expect(wb.worksheets.filter((s) => s.state === 'visible')).toHaveLength(5);
    const all = cells(wb);
    // Sample values grouped with NBSP as Latvian Excel writes them: November's "5 230", October's "5 040".
    expect(all.some((c) => c.value === 5230)).toBe(true);
    expect(all.some((c) => c.value === 5040)).toBe(true);
    expect(all.some((c) => typeof c.value === 'string' && c.value.includes('Karjera digitālajā mārketingā'))).toBe(true);
  });

  it('--out and --lang choose the file and the language', async () => {
    const dir = tempDir();
    const r = runCli(['demo', '--out', 'sample.xlsx', '--lang', 'en'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('(en): 10 KPIs: 4 met, 3 at risk, 3 missed');
    const wb = await readWorkbook(path.join(dir, 'sample.xlsx'));
    expect(wb.worksheets.map((s) => s.name)).toEqual(expect.arrayContaining(['Summary', 'KPI results']));
    expect(filesIn(dir)).toEqual(['sample.xlsx']);
  });
});
