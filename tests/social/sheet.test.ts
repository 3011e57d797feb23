// The social data sheet: files read, daily totals, top posts by interactions and views, every post as text.
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/cli/decode-text';
import { buildReport } from '../../src/core/build-workbook';
import { socialMonth, topPosts } from '../../src/core/social/actuals';
import { parseSocialCsv } from '../../src/core/social/parse';
import { findTemplate } from '../../src/core/template/registry';
import type { Cell, Row, SheetSpec } from '../../src/core/model/workbook';
import { cellAt } from '../helpers/spec-cells';
import { contentFile, dailyFile, FB_HEADER, FB_ROWS, IG_HEADER, IG_ROWS } from './fixtures';

const read = (bytes: Buffer, name: string) => parseSocialCsv(decodeText(new Uint8Array(bytes), name).text, name);
const month = socialMonth([
  read(contentFile(FB_HEADER, FB_ROWS), 'fb.csv'), read(contentFile(IG_HEADER, IG_ROWS), 'ig.csv'),
  read(dailyFile('Facebook follows', [['2026-11-02', 4]]), 'follows.csv'),
], '2026-11');

const shown = (c: Cell) =>
  (c && typeof c === 'object' && 'text' in c ? c.text : c && typeof c === 'object' && 'number' in c ? c.number : c);
/** The social sheet of a report, its rows as an array (a sheet may hold them as any iterable). */
function build(lang: 'en' | 'lv'): { name: string; rows: Row[] } {
  const sheet = buildReport({
    template: findTemplate('social-media-content')!, month: '2026-11', today: '2026-11-20', lang, events: [], data: [],
    social: month,
  }).workbook.sheets.find((s) => s.id === 'social') as SheetSpec;
  return { name: sheet.name, rows: [...sheet.rows] };
}

/** The rows under a section title, up to the next blank row. */
function section(sheet: { rows: Row[] }, title: string): unknown[][] {
  const at = sheet.rows.findIndex((r) => shown(r[0]) === title);
  const end = sheet.rows.findIndex((r, i) => i > at && r.length === 0);
  return sheet.rows.slice(at + 2, end < 0 ? undefined : end).map((r) => r.map(shown));
}

describe('the social data sheet', () => {
  it('ranks the month\'s top posts by interactions and by views', () => {
    expect(topPosts(month, 'interactions').map((p) => p.postId)).toEqual(['501', '101', '502', '103', '102']);
    expect(topPosts(month, 'views').map((p) => p.postId)).toEqual(['501', '101', '103', '502', '102']);
    const sheet = build('en');
    expect(sheet.name).toBe('Social data');
    expect(section(sheet, 'Top posts by views')[0].slice(1, 6))
      .toEqual(['Instagram', 'IG reel', 'Reel', 'https://ig.com/501', 2000]);
    expect(sheet.rows.some((r) => shown(r[0]) === 'Facebook · Follows' && shown(r[1]) === 4)).toBe(true);
  });

  it('lists every post of the month by date; texts and links are text cells, never formulas', () => {
    const sheet = build('en');
    const posts = section(sheet, 'Posts of the month');
    expect(posts.map((r) => r[4])).toEqual(['https://fb.com/101', 'https://ig.com/501', 'https://fb.com/102',
      'https://ig.com/502', 'https://fb.com/103']);
    const cells = sheet.rows.flat();
    expect(cells).toContainEqual({ text: '=HYPERLINK("http://x","y")' });
    expect(cells.some((c) => c && typeof c === 'object' && 'formula' in c)).toBe(false);
  });

  it('speaks the workbook\'s language', () => {
    const sheet = build('lv');
    expect(sheet.name).toBe('Sociālo tīklu dati');
    expect(section(sheet, 'Labākie ieraksti pēc mijiedarbībām')).toHaveLength(5);
  });
});

describe('the monthly review', () => {
  const review = (social?: typeof month) => buildReport({
    template: findTemplate('social-media-content')!, month: '2026-11', today: '2026-11-20', lang: 'en', events: [],
    data: [], social,
  }).workbook.sheets.find((s) => s.id === 'review') as SheetSpec;

  it('lists the month\'s top three posts by interactions and by views, with type and link, as text', () => {
    const sheet = review(month);
    const at = (col: string, row: string) => shown(cellAt(sheet, col, row) ?? null);
    expect(at('kpi', 'topPost:interactions:0')).toBe('Top posts by interactions');
    expect(['kpi', 'previous', 'change', 'changePct', 'action'].map((c) => at(c, 'topPost:interactions:1')))
      .toEqual(['Reel', 'Instagram · IG reel', 93, 'Interactions', 'https://ig.com/501']);
    expect(at('action', 'topPost:views:3')).toBe('https://fb.com/103');
    expect(at('kpi', 'topPost:views:3')).toBe('=HYPERLINK("http://x","y")');
    expect(Object.keys(sheet.rowKeys ?? {}).filter((k) => k.startsWith('topPost:'))).toHaveLength(8);
  });

  it('has no top posts without a social import', () => {
    expect(Object.keys(review().rowKeys ?? {}).some((k) => k.startsWith('topPost:'))).toBe(false);
  });
});
