// `round --plan` (the year plan's targets for a round) and `round --ga-csv` (one GA4 export per month).
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { editFile, valueAt } from './period-files';
import { filesIn, runCli, tempDir } from './run-cli';

describe('round --plan', () => {
  it("takes the round's month targets and a typed round target for GA4 users; --data wins", async () => {
    const dir = tempDir();
    const plan = ['plan', '--template', 'social-media-content', '--year', '2026', '--lang', 'en', '--out', 'p.xlsx'];
    expect(runCli(plan, dir).code).toBe(0);
    await editFile(path.join(dir, 'p.xlsx'), (at) => {
      ['m03', 'm04', 'm05', 'm06', 'm07', 'm08'].forEach((m, i) =>
        (at('kpi-targets', m, 'kpi:website-sessions').value = 1000 + 100 * i));
      at('kpi-targets', 'm04', 'kpi:followers-total').value = 777;
      at('kpi-targets', 'p:2026-autumn', 'kpi:website-visitors').value = 4200;
    });
    writeFileSync(path.join(dir, 'd.csv'), 'kpi,month,target,actual\nfollowers-total,2026-04,800,790\n');
    const r = runCli(['round', '--template', 'social-media-content', '--round', '2026-autumn', '--plan', 'p.xlsx',
      '--data', 'd.csv', '--today', '2026-09-03', '--lang', 'en', '--out', 'r.xlsx'], dir);
    expect(r.code, r.stderr).toBe(0);
    const out = path.join(dir, 'r.xlsx');
    const sessions = await Promise.all(['t1', 't2', 't3', 't4', 't5', 't6']
      .map((c) => valueAt(out, 'round-review', c, 'kpi:website-sessions')));
    expect(sessions).toEqual([1000, 1100, 1200, 1300, 1400, 1500]);
    expect(await valueAt(out, 'round-review', 't2', 'kpi:followers-total')).toBe(800);
    expect(await valueAt(out, 'round-review', 'roundTarget', 'kpi:website-visitors')).toBe(4200);
  });

  it('refuses a plan for a year without the round\'s months, or for another template, writing nothing', () => {
    const dir = tempDir();
    runCli(['plan', '--template', 'social-media-content', '--year', '2024', '--out', 'p.xlsx'], dir);
    const round = ['round', '--round', '2026-autumn', '--plan', 'p.xlsx', '--out', 'r.xlsx'];
    const r = runCli(['round', '--template', 'social-media-content', ...round.slice(1)], dir);
    expect([r.code, r.stderr.trim()]).toEqual([2,
      'kpi-planner: p.xlsx: --plan: a year plan for 2024, and the round 2026-autumn has no month in it']);
    const other = runCli(['round', '--template', 'digital-marketing-strategy', ...round.slice(1)], dir);
    expect(other.code).toBe(2);
    expect(other.stderr).toContain('--plan: a year plan for template "social-media-content", not '
      + '"digital-marketing-strategy"');
    expect(filesIn(dir)).toEqual(['p.xlsx']);
  });

  it('a round across two years says which months the plan cannot give', () => {
    const dir = tempDir();
    runCli(['plan', '--template', 'social-media-content', '--year', '2026', '--out', 'p.xlsx'], dir);
    const r = runCli(['round', '--template', 'social-media-content', '--round', '2026-spring', '--plan', 'p.xlsx',
      '--today', '2026-03-03', '--out', 'r.xlsx'], dir);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('warning: --plan p.xlsx is for 2026: 2025-09, 2025-10, 2025-11, 2025-12 take no');
  });
});


function ga4Export(month: string, sessions: number): string {
  const [y, m] = month.split('-').map(Number);
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const rows = Array.from({ length: days }, (_, i) => `${month.replace('-', '')}${String(i + 1).padStart(2, '0')},`
    + `${sessions},1`);
  return `# GA4 export\n\nDate,Sessions,Key events\n${rows.join('\n')}\n`;
}

describe('round --ga-csv', () => {
  it("takes one export per month, found by its dates, and names the users it cannot give", async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'march.csv'), ga4Export('2026-03', 100));
    writeFileSync(path.join(dir, 'may.csv'), ga4Export('2026-05', 10));
    const r = runCli(['round', '--template', 'social-media-content', '--round', '2026-autumn', '--ga-csv', 'may.csv',
      '--ga-csv', 'march.csv', '--today', '2026-09-03', '--lang', 'en', '--out', 'r.xlsx'], dir);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('GA4 CSV: 2 of 6 months of 2026-autumn (2026-03, 2026-05).');
    expect(r.stderr).toContain("the round's own figure stays empty for website-visitors (Website visitors)");
    const file = path.join(dir, 'r.xlsx');
    const sessions = await Promise.all(['a1', 'a2', 'a3'].map((c) => valueAt(file, 'round-review', c,
      'kpi:website-sessions')));
    expect(sessions).toEqual([3100, null, 310]);
    expect(await valueAt(file, 'round-review', 'roundActual', 'kpi:website-visitors')).toBe(null);
  });
});
