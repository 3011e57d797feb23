// The month's social figures and the bundled social-media-content KPIs they fill.
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/cli/decode-text';
import { buildReport } from '../../src/core/build-workbook';
import { socialActuals, socialFigure, socialMonth } from '../../src/core/social/actuals';
import { parseSocialCsv } from '../../src/core/social/parse';
import { parseTemplate } from '../../src/core/template/parse';
import { findTemplate } from '../../src/core/template/registry';
import { contentFile, dailyFile, FB_HEADER, FB_ROWS, IG_HEADER, IG_ROWS } from './fixtures';

const read = (bytes: Buffer, name: string) => parseSocialCsv(decodeText(new Uint8Array(bytes), name).text, name);
const template = findTemplate('social-media-content')!;
const FILES = [
  read(contentFile(FB_HEADER, FB_ROWS), 'fb.csv'),
  read(contentFile(IG_HEADER, IG_ROWS), 'ig.csv'),
  // October 31 is outside the month; a missing day is zero.
  read(dailyFile('Facebook follows', [['2026-10-31', 50], ['2026-11-02', 4], ['2026-11-20', 6]]), 'fbf.csv'),
  read(dailyFile('Instagram follows', [['2026-11-03', 5]]), 'igf.csv'),
];
const month = socialMonth(FILES, '2026-11');

describe('social figures for a month', () => {
  it('counts only the month\'s posts, each once across overlapping exports', () => {
    const twice = socialMonth([...FILES, read(contentFile(FB_HEADER, FB_ROWS), 'fb-again.csv')], '2026-11');
    expect(twice.posts.map((p) => p.postId)).toEqual(['101', '102', '103', '501', '502']);
    expect(socialFigure(twice, 'comments')).toBe(15 + 2 + 4 + 9 + 3);
  });

  it('video views are views of videos and reels; reactions add Instagram likes', () => {
    expect(socialFigure(month, 'video-views')).toBe(1200 + 800 + 2000);
    expect(socialFigure(month, 'reactions')).toBe(40 + 20 + 25 + 70 + 30);
    expect(socialFigure(month, 'reactions', 'instagram')).toBe(100);
    expect(socialFigure(month, 'interactions', 'facebook')).toBe(40 + 15 + 5 + 20 + 2 + 25 + 4 + 2);
  });

  it('follows sum the month\'s days per platform; a later file\'s day replaces an earlier one', () => {
    expect(socialFigure(month, 'follows')).toBe(15);
    expect(socialFigure(month, 'follows', 'instagram')).toBe(5);
    const again = read(dailyFile('Facebook follows', [['2026-11-20', 1]]), 'again.csv');
    const fixed = socialMonth([...FILES, again], '2026-11');
    expect(socialFigure(fixed, 'follows', 'facebook')).toBe(5);
  });

  it('gives null, never zero, for a metric no file holds', () => {
    const onlyFollows = socialMonth([FILES[2]], '2026-11');
    expect(socialFigure(onlyFollows, 'comments')).toBeNull();
    expect(socialFigure(onlyFollows, 'follows', 'instagram')).toBeNull();
    expect(socialFigure(socialMonth([FILES[0]], '2026-11'), 'reactions', 'instagram')).toBeNull();
  });
});

describe('the bundled social-media-content KPIs', () => {
  it('map follower growth, total followers, video views, reactions and comments', () => {
    const mapped = template.kpis.filter((k) => k.social).map((k) => [k.id, k.social!.metric]);
    expect(mapped).toEqual([['followers-total', 'followers'], ['follower-growth', 'follows'],
      ['video-views', 'video-views'], ['reactions', 'reactions'], ['comments', 'comments']]);
  });

  it('total followers is last month\'s figure plus the month\'s follows, or nothing without it', () => {
    const history = [{ kpi: 'followers-total', month: '2026-10', target: null, actual: 2400 }];
    const by = (h: typeof history) =>
      Object.fromEntries(socialActuals(month, template, h).map((r) => [r.kpi, r.actual]));
    expect(by(history)).toEqual({
      'followers-total': 2415, 'follower-growth': 15, 'video-views': 4000, reactions: 185, comments: 33,
    });
    expect(by([])['followers-total']).toBeNull();
  });

  it('fill the report\'s actuals, and an actual typed in the data wins', () => {
    const report = buildReport({
      template, month: '2026-11', today: '2026-11-20', lang: 'en', events: [], social: month,
      data: [{ kpi: 'comments', month: '2026-11', target: 40, actual: 12 }],
    });
    const actual = (id: string) => report.kpis.find((k) => k.kpi.id === id)!.actual;
    expect([actual('comments'), actual('reactions'), actual('follower-growth')]).toEqual([12, 185, 15]);
  });

  it('a template naming an unknown social metric is refused with the valid ones', () => {
    const json = JSON.parse(JSON.stringify(template));
    json.kpis[0].social = { metric: 'likes' };
    expect(() => parseTemplate(json, 't.json')).toThrow(/kpis\[0\]\.social\.metric: .*"views"/);
  });
});
