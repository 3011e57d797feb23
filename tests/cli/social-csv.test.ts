// `workbook --social-csv`: Meta exports (files and folders, repeatable) fill social KPIs; bad files exit 2.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { cells, filesIn, kpiCell, readWorkbook, tempDir } from './run-cli';
import { runMain } from './run-main';
import { contentFile, dailyFile, FB_HEADER, FB_ROWS, IG_HEADER, IG_ROWS } from '../social/fixtures';

// The demo's sample files are bundled as text by esbuild; vitest cannot import a .csv, and these tests do not use them.
vi.mock('../../templates/samples/demo-data.csv', () => ({ default: '' }));
vi.mock('../../templates/samples/demo-events.csv', () => ({ default: '' }));

const BASE = ['workbook', '--template', 'social-media-content', '--month', '2026-11', '--today', '2026-11-20',
  '--lang', 'en', '--out', 'r.xlsx'];

function folder(files: Record<string, string | Buffer>): string {
  const dir = tempDir();
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

describe('workbook --social-csv', () => {
  it('reads a folder and a file (the flag repeated), and --data wins over the import', async () => {
    const dir = folder({
      'meta/fb-posts.csv': contentFile(FB_HEADER, FB_ROWS),
      'meta/ig-posts.csv': contentFile(IG_HEADER, IG_ROWS),
      'meta/notes.txt': 'not read',
      'fb-follows.csv': dailyFile('Facebook follows', [['2026-11-02', 4], ['2026-11-20', 6]]),
      'd.csv': 'kpi;month;target;actual\nfollowers-total;2026-10;;2400\ncomments;2026-11;40;12\n',
    });
    const args = ['--social-csv', 'meta', '--social-csv', 'fb-follows.csv', '--data', 'd.csv'];
    const r = await runMain([...BASE, ...args], dir);
    expect(r.code, r.err.join('\n')).toBe(0);
    expect(r.err).toEqual([]);
    const wb = await readWorkbook(path.join(dir, 'r.xlsx'));
    const kpi = wb.getWorksheet('KPI results')!;
    expect(kpiCell(kpi, 'follower-growth', 'actual')).toBe(10);
    expect(kpiCell(kpi, 'followers-total', 'actual')).toBe(2410);
    expect(kpiCell(kpi, 'video-views', 'actual')).toBe(4000);
    expect(kpiCell(kpi, 'reactions', 'actual')).toBe(185);
    expect(kpiCell(kpi, 'comments', 'actual')).toBe(12);
    // A post's text that looks like a formula arrives as that text (a string, not a formula) on the social sheet.
    const social = cells(wb).filter((c) => c.sheet === 'Social data');
    expect(social.some((c) => c.value === '=HYPERLINK("http://x","y")')).toBe(true);
    expect(social.some((c) => c.value === 'https://fb.com/103')).toBe(true);
  });

  it('warns about each social KPI neither the files nor --data fill, and says why', async () => {
    // Follower growth typed in --data needs no warning; total followers has no figure from anywhere.
    const typed = 'kpi,month,target,actual\nfollower-growth,2026-11,,7\n';
    const dir = folder({ 'fb.csv': contentFile(FB_HEADER, FB_ROWS), 'd.csv': typed });
    const r = await runMain([...BASE, '--social-csv', 'fb.csv', '--data', 'd.csv'], dir);
    expect(r.code, r.err.join('\n')).toBe(0);
    expect(r.err).toEqual([
      'warning: followers-total: no figure from --social-csv: it needs last month\'s total (2026-10) in --data and a '
        + 'daily "follows" file',
    ]);
  });

  it('without the flag, social KPIs stay as typed', async () => {
    const dir = folder({});
    expect((await runMain(BASE, dir)).code).toBe(0);
    const kpi = (await readWorkbook(path.join(dir, 'r.xlsx'))).getWorksheet('KPI results')!;
    expect(kpiCell(kpi, 'reactions', 'actual')).toBeNull();
  });

  const bad: [string, Record<string, string | Buffer>, string, RegExp][] = [
    ['an unknown daily metric', { 'x.csv': dailyFile('Seguidores', [['2026-11-01', 1]]) }, 'x.csv',
      /^x\.csv:2: unknown metric "Seguidores"; a daily export names one of .*with the interface in English$/],
    ['a content file in another UI language', { 'x.csv': contentFile(['Publicación', 'Me gusta'], [['a', 1]]) },
      'x.csv', /^x\.csv:1: no column this reader knows \(found "publicación", "me gusta"\)/],
    ['a bad day figure', { 'x.csv': dailyFile('Views', [['2026-11-01', '1O']]) }, 'x.csv',
      /^x\.csv:4:2: expected a number/],
    ['a missing file', {}, 'nope.csv', /^cannot read --social-csv nope\.csv: no such file$/],
    ['a folder without CSV', { 'empty/a.txt': '' }, 'empty',
      /^--social-csv empty is a folder with no \.csv file in it$/],
  ];
  it.each(bad)('%s: exit 2, one message naming the file, nothing written', async (_name, files, arg, message) => {
    const dir = folder(files);
    const before = filesIn(dir);
    const r = await runMain([...BASE, '--social-csv', arg], dir);
    expect(r.code).toBe(2);
    expect(r.err.join('\n')).toMatch(new RegExp(`^kpi-planner: ${message.source.slice(1)}`));
    expect(r.out).toEqual([]);
    expect(filesIn(dir)).toEqual(before);
  });

  it('other flags still refuse a repeat', async () => {
    const r = await runMain([...BASE, '--month', '2026-12'], folder({}));
    expect(r.code).toBe(2);
    expect(r.err.join('\n')).toMatch(/--month is given twice/);
  });
});
