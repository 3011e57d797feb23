// Meta Business Suite CSV exports read by the core: content files, daily files, odd and bad files.
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/cli/decode-text';
import { parseSocialCsv } from '../../src/core/social/parse';
import { contentFile, dailyFile, FB_HEADER, FB_ROWS, IG_HEADER, IG_ROWS } from './fixtures';

const read = (bytes: Buffer, name = 'f.csv') => parseSocialCsv(decodeText(new Uint8Array(bytes), name).text, name);

describe('content files (UTF-8 with BOM, one row per post)', () => {
  it('reads a Facebook file: numbers, type, link, date from "Publish time" (month first)', () => {
    const file = read(contentFile(FB_HEADER, FB_ROWS));
    if (file.kind !== 'posts') throw new Error('expected posts');
    expect(file.platform).toBe('facebook');
    expect(file.posts).toHaveLength(4);
    expect(file.posts[0]).toEqual({
      platform: 'facebook', date: '2026-11-03', postId: '101', permalink: 'https://fb.com/101', postType: 'Reels',
      text: 'Open day, come!', metrics: { views: 1200, reach: 900, reactions: 40, comments: 15, shares: 5 },
    });
    expect(file.posts[1].text).toBe('Photos "from" the fair');
    expect(file.unused).toEqual(['page id', 'duration (sec)', 'date', 'reactions, comments and shares']);
  });

  it('reads an Instagram file whose headers are in another case, with ISO publish times', () => {
    const file = read(contentFile(IG_HEADER, IG_ROWS));
    if (file.kind !== 'posts') throw new Error('expected posts');
    expect(file.platform).toBe('instagram');
    expect(file.posts[0]).toMatchObject({
      date: '2026-11-05', postType: 'IG reel', metrics: { views: 2000, likes: 70, comments: 9, saves: 11, follows: 2 },
    });
  });

  it('a file with no column it knows lists the columns found and asks for the English UI', () => {
    const bytes = contentFile(['Publicación', 'Reproducciones'], [['1', '5']]);
    expect(() => read(bytes, 'es.csv')).toThrow(
      /^es\.csv:1: no column this reader knows \(found "publicación", "reproducciones"\); .*interface in English$/,
    );
  });

  it('"__proto__" and "constructor" headers are unused columns, not prototype properties', () => {
    const file = read(contentFile(['__proto__', 'constructor', 'Views'], [['x', 'y', 7]]));
    if (file.kind !== 'posts') throw new Error('expected posts');
    expect(file.posts[0].metrics).toEqual({ views: 7 });
    expect(file.unused).toEqual(['__proto__', 'constructor']);
  });

  it('a bad number or publish time names file, line and column', () => {
    expect(() => read(contentFile(['Publish time', 'Views'], [['11/03/2026 10:00', 5], ['11/04/2026', 'many']])))
      .toThrow(/^f\.csv:3:2: expected a number with decimal point/);
    expect(() => read(contentFile(['Publish time', 'Views'], [['13/45/2026 10:00', 5]])))
      .toThrow(/^f\.csv:2:1: expected a publish time such as 11\/03\/2026 14:05 .*not "13\/45\/2026 10:00"$/);
  });
});

describe('daily files (UTF-16 LE with BOM, sep=, line, the metric, Date/Primary)', () => {
  it('reads the days it has; missing days are simply absent', () => {
    const file = read(dailyFile('Facebook follows', [['2026-11-01', 3], ['2026-11-04', 2], ['2026-11-30', 1]]));
    expect(file).toEqual({
      kind: 'daily', fileName: 'f.csv', metric: 'facebook-follows',
      days: [{ date: '2026-11-01', value: 3 }, { date: '2026-11-04', value: 2 }, { date: '2026-11-30', value: 1 }],
    });
  });

  it('knows the metric names case-insensitively', () => {
    const file = read(dailyFile('CONTENT INTERACTIONS', [['2026-11-02', 40]]));
    expect(file.kind === 'daily' && file.metric).toBe('interactions');
  });

  it('an unknown metric names line 2, the known names and the English UI', () => {
    expect(() => read(dailyFile('Seguidores de Facebook', [['2026-11-01', 3]]), 'd.csv')).toThrow(
      /^d\.csv:2: unknown metric "Seguidores de Facebook"; a daily export names one of "Facebook follows", .*English$/,
    );
  });

  it('a bad value or date is located at its line in the file', () => {
    expect(() => read(dailyFile('Views', [['2026-11-01', 3], ['2026-11-02', 'x']])))
      .toThrow(/^f\.csv:5:2: expected a number/);
    expect(() => read(dailyFile('Views', [['2026-02-30', 3]])))
      .toThrow(/^f\.csv:4:1: expected a date such as 2026-11-03/);
  });
});

describe('the legacy Page Insights post export', () => {
  it('skips the second header row of descriptions and reads Posted, Type, Post Message and reach', () => {
    const header = ['Post ID', 'Permalink', 'Post Message', 'Type', 'Posted', 'Lifetime Post Total Reach'];
    const described = 'Lifetime: The number of people who had your Page\'s post enter their screen.';
    const row = ['7', 'https://fb.com/7', 'Hi', 'Photo', '11/05/2026 9:30:00 AM', 420];
    const file = read(contentFile(header, [['', '', '', '', '', described], row]));
    if (file.kind !== 'posts') throw new Error('expected posts');
    expect(file.posts).toEqual([{ platform: 'facebook', date: '2026-11-05', postId: '7', permalink: 'https://fb.com/7',
      postType: 'Photo', text: 'Hi', metrics: { reach: 420 } }]);
  });
});

describe('a mistyped first figure is not taken for a row of descriptions', () => {
  it('still names its cell', () => {
    expect(() => read(contentFile(['Publish time', 'Views'], [['11/03/2026 10:00', 'many']])))
      .toThrow(/^f\.csv:2:2: expected a number with decimal point/);
  });
});
