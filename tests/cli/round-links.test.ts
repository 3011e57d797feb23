// The round review tied to the year plan and to refresh: `round --plan`, `round --ga-csv` per month, and `refresh`
// of a round review and of a year plan, each edited through exceljs first (as a script or openpyxl would).
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readYearPlan } from '../../src/cli/plan-targets';
import { labels } from '../../src/core/i18n';
import { parseRound } from '../../src/core/periods';
import { buildRoundReview } from '../../src/core/round';
import { findTemplate } from '../../src/core/template/registry';
import { buildYearPlan } from '../../src/core/year/year-plan';
import { colOf, rowOf, sheetById } from '../helpers/spec-cells';
import { filesIn, readWorkbook, runCli, tempDir } from './run-cli';

const social = findTemplate('social-media-content')!;
const autumn = parseRound(social, '2026-autumn');
const reviewSpec = buildRoundReview({ template: social, period: autumn, today: '2026-09-03', lang: 'en', data: [] })
  .workbook;
const planSpec = buildYearPlan({ template: social, year: 2026, lang: 'en', data: [], created: '2026-01-05' }).workbook;

/** Opens a written file, lets `edit` change cells found by the spec's keys, and saves it with exceljs. */
async function editFile(file: string, edit: (at: (sheet: string, col: string, row: string) => { value: unknown })
  => void) {
  const wb = await readWorkbook(file);
  const specs = [...reviewSpec.sheets, ...planSpec.sheets];
  edit((id, col, row) => {
    const s = sheetById({ ...reviewSpec, sheets: specs }, id);
    return wb.getWorksheet(s.name)!.getCell(rowOf(s, row), colOf(s, col));
  });
  await wb.xlsx.writeFile(file);
}

async function valueAt(file: string, id: string, col: string, row: string): Promise<unknown> {
  const wb = await readWorkbook(file);
  const s = sheetById({ ...reviewSpec, sheets: [...reviewSpec.sheets, ...planSpec.sheets] }, id);
  const v = wb.getWorksheet(s.name)!.getCell(rowOf(s, row), colOf(s, col)).value;
  return v && typeof v === 'object' && 'result' in v ? v.result : v;
}

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

const DATA = [
  'kpi,month,target,actual,action',
  'website-sessions,2026-03,1000,900,',
  'website-sessions,2026-04,1000,700,More posts with links',
  'reactions,2026-03,50,60,',
  'follower-growth,2026-05,30,10,Run a giveaway',
].join('\n');

describe('refresh a round review', () => {
  it("keeps every typed month, round figure and the director's form, and the actions", async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'd.csv'), DATA);
    const round = ['round', '--template', 'social-media-content', '--round', '2026-autumn', '--data', 'd.csv',
      '--today', '2026-09-03', '--lang', 'en', '--out', 'r.xlsx'];
    expect(runCli(round, dir).code).toBe(0);
    const file = path.join(dir, 'r.xlsx');
    const en = labels('en').round;
    await editFile(file, (at) => {
      at('round-review', 'a2', 'kpi:website-sessions').value = 4321;
      at('round-review', 't6', 'kpi:reactions').value = 75;
      at('round-review', 'roundTarget', 'kpi:website-visitors').value = 1200;
      at('round-review', 'roundActual', 'kpi:website-visitors').value = 999;
      at('director-form', 'comment', 'kpi:website-sessions').value = 'Good spring, weak April';
      at('director-form', 'kpi', 'agreed:1').value = 'Post twice a week';
      at('director-form', 'achieved', 'agreed:1').value = 'Anna';
      at('director-form', 'comment', 'agreed:1').value = new Date(Date.UTC(2026, 9, 1));
      at('director-form', 'target', 'decision').value = en.decisionYes;
      at('director-form', 'target', 'name').value = 'Ieva Bērziņa';
      at('director-form', 'status', 'name').value = 'Marta Ozola';
    });
    const r = runCli(['refresh', '--in', 'r.xlsx', '--today', '2026-09-04'], dir);
    expect(r.code, r.stderr).toBe(0);
    expect(filesIn(dir).sort()).toEqual(['d.csv', 'r.xlsx']);
    const got = async (id: string, col: string, row: string) => valueAt(file, id, col, row);
    expect(await got('round-review', 'a1', 'kpi:website-sessions')).toBe(900);
    expect(await got('round-review', 'a2', 'kpi:website-sessions')).toBe(4321);
    expect(await got('round-review', 't6', 'kpi:reactions')).toBe(75);
    expect(await got('round-review', 'roundTarget', 'kpi:website-visitors')).toBe(1200);
    expect(await got('round-review', 'roundActual', 'kpi:website-visitors')).toBe(999);
    expect(await got('round-review', 'actions', 'kpi:follower-growth')).toBe('May 2026: Run a giveaway');
    expect(await got('director-form', 'comment', 'kpi:website-sessions')).toBe('Good spring, weak April');
    expect(await got('director-form', 'kpi', 'agreed:1')).toBe('Post twice a week');
    expect(await got('director-form', 'achieved', 'agreed:1')).toBe('Anna');
    expect(await got('director-form', 'comment', 'agreed:1')).toEqual(new Date(Date.UTC(2026, 9, 1)));
    expect(await got('director-form', 'target', 'decision')).toBe(en.decisionYes);
    expect(await got('director-form', 'target', 'name')).toBe('Ieva Bērziņa');
    expect(await got('director-form', 'status', 'name')).toBe('Marta Ozola');
    // The as-of date moved: the file was rebuilt, not copied.
    expect(await got('round-review', 'rule', 'asOf')).toEqual(new Date(Date.UTC(2026, 8, 4)));
    // A second refresh changes nothing the manager typed.
    expect(runCli(['refresh', '--in', 'r.xlsx', '--today', '2026-09-04'], dir).code).toBe(0);
    expect(await got('director-form', 'comment', 'kpi:website-sessions')).toBe('Good spring, weak April');
    expect(await got('round-review', 'a2', 'kpi:website-sessions')).toBe(4321);
  });

  it('refuses the sources a round review does not take, and a number cell holding words', async () => {
    const dir = tempDir();
    runCli(['round', '--template', 'social-media-content', '--round', '2026-autumn', '--lang', 'en', '--out',
      'r.xlsx'], dir);
    const crm = runCli(['refresh', '--in', 'r.xlsx', '--crm-webhook', 'https://x.bitrix24.eu/rest/1/abc/'], dir);
    expect([crm.code, crm.stderr.trim()])
      .toEqual([2, 'kpi-planner: r.xlsx: --crm-webhook: a round review takes GA4 only; leave it out']);
    await editFile(path.join(dir, 'r.xlsx'), (at) => (at('round-review', 'a3', 'kpi:reactions').value = 'lots'));
    const r = runCli(['refresh', '--in', 'r.xlsx'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe('kpi-planner: r.xlsx: --in: the actual of reactions 2026-05 is "lots", not a '
      + 'number; type a number or leave it empty');
  });
});

describe('refresh a year plan', () => {
  it('keeps the typed month targets and the typed round targets of GA4 users', async () => {
    const dir = tempDir();
    runCli(['plan', '--template', 'social-media-content', '--year', '2026', '--lang', 'en', '--profile', 'services',
      '--out', 'p.xlsx'], dir);
    await editFile(path.join(dir, 'p.xlsx'), (at) => {
      at('kpi-targets', 'm01', 'kpi:website-sessions').value = 5000;
      at('kpi-targets', 'm12', 'kpi:reactions').value = 60;
      at('kpi-targets', 'year', 'kpi:website-visitors').value = 30000;
    });
    const before = await readYearPlan('p.xlsx', social, dir);
    const r = runCli(['refresh', '--in', 'p.xlsx', '--out', 'p2.xlsx', '--today', '2026-02-01'], dir);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('2 month targets and 1 round or year targets kept');
    const after = await readYearPlan('p2.xlsx', social, dir);
    expect(after).toEqual(before);
    expect(after.months).toHaveLength(2);
    expect(after.periods).toEqual([{ kpi: 'website-visitors', column: 'year', target: 30000, whole: true }]);
    expect(after.meta.profile).toEqual(['services']);
    // The year's sum is a formula again over the kept months.
    const wb = await readWorkbook(path.join(dir, 'p2.xlsx'));
    const s = sheetById(planSpec, 'kpi-targets');
    const year = wb.getWorksheet(s.name)!.getCell(rowOf(s, 'kpi:website-sessions'), colOf(s, 'year')).value;
    expect(year).toMatchObject({ formula: expect.stringContaining('SUM(') });
  });
});

/** A GA4 export of one month with a Date column, as the GA4 UI writes it. */
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
