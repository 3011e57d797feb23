// Meta Business Suite export fixtures, written as the exporter writes them (UTF-16 LE daily files, UTF-8 BOM content).

/** A per-metric daily file: UTF-16 LE with BOM, `sep=,`, the metric's name, then "Date","Primary" rows. */
export function dailyFile(metric: string, days: [string, number | string][]): Buffer {
  const rows = days.map(([d, v]) => `"${d}T00:00:00","${v}"`);
  const text = ['sep=,', `"${metric}"`, '"Date","Primary"', ...rows].join('\r\n') + '\r\n';
  return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
}

/** A content file: UTF-8 with BOM, one row per post; cells quoted where they hold a comma or quote. */
export function contentFile(header: string[], rows: (string | number)[][]): Buffer {
  const quote = (v: string | number) => (/[",\n]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v));
  const text = [header, ...rows].map((r) => r.map(quote).join(',')).join('\r\n') + '\r\n';
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
}

export const FB_HEADER = [
  'Post ID', 'Page ID', 'Page name', 'Title', 'Description', 'Duration (sec)', 'Publish time', 'Permalink',
  'Post type', 'Date', 'Views', 'Reach', 'Reactions, comments and shares', 'Reactions', 'Comments', 'Shares',
];

/** Three November posts (a reel, a photo, a video) and one from October, which a November report leaves out. */
export const FB_ROWS: (string | number)[][] = [
  ['101', '9', 'Skola', '', 'Open day, come!', '30', '11/03/2026 10:15', 'https://fb.com/101', 'Reels', 'Lifetime',
    1200, 900, 60, 40, 15, 5],
  ['102', '9', 'Skola', '', 'Photos "from" the fair', '', '11/10/2026 18:00', 'https://fb.com/102', 'Photos',
    'Lifetime', 300, 250, 22, 20, 2, 0],
  ['103', '9', 'Skola', '', '=HYPERLINK("http://x","y")', '45', '11/28/2026 09:00', 'https://fb.com/103',
    'Videos', 'Lifetime', 800, 600, 31, 25, 4, 2],
  ['99', '9', 'Skola', '', 'October', '', '10/30/2026 09:00', 'https://fb.com/99', 'Reels', 'Lifetime',
    5000, 4000, 100, 90, 8, 2],
];

/** Instagram's columns differ (Likes, Saves, Follows) and arrive in another letter case. */
export const IG_HEADER = ['post id', 'Account username', 'Description', 'Publish time', 'Permalink', 'Post type',
  'VIEWS', 'Reach', 'Likes', 'Shares', 'Follows', 'Comments', 'Saves'];
export const IG_ROWS: (string | number)[][] = [
  ['501', 'skola', 'Reel', '2026-11-05T12:00:00', 'https://ig.com/501', 'IG reel', 2000, 1500, 70, 3, 2, 9, 11],
  ['502', 'skola', 'Carousel', '2026-11-15T12:00:00', 'https://ig.com/502', 'IG carousel', 400, 350, 30, 1, 0, 3, 4],
];
