// Reads one Meta Business Suite CSV export (a content file or a per-metric daily file) into a SocialFile.
import { InputError, showValue } from '../errors';
import { cellError, parseCsv, type CsvRecord, type CsvTable } from '../inputs/csv';
import { parseNumber } from '../inputs/parse-number';
import { headerNames } from '../ga4/csv-export-text';
import {
  DAILY_METRIC_NAMES, dailyMetricName, postFieldColumn, postMetricColumn, type PostField, type PostMetric,
} from './columns';
import { socialDate } from './dates';
import type { SocialDailyFile, SocialFile, SocialPost, SocialPostsFile } from './types';

const ENGLISH_UI = 'export it again from Meta Business Suite (Insights › Export data) with the interface in English';

/**
 * `text` is the decoded file (UTF-8 or UTF-16 with its BOM already read). A file whose first line
 * is `sep=,` is a daily file; anything else is read as a content file, one row per post.
 */
export function parseSocialCsv(text: string, fileName: string): SocialFile {
  const body = (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).replace(/\r\n?/g, '\n');
  const lines = body.split('\n');
  const first = lines.findIndex((l) => l.trim() !== '');
  if (first < 0) throw new InputError(`the file is empty; ${ENGLISH_UI}`, fileName);
  if (/^"?sep=.?"?$/i.test(lines[first].trim())) return parseDaily(lines, first, fileName);
  return parsePosts(body, fileName);
}

function unquote(cell: string): string {
  const t = cell.trim();
  return t.startsWith('"') && t.endsWith('"') && t.length >= 2 ? t.slice(1, -1).replace(/""/g, '"').trim() : t;
}

/** `sep=,`, the metric's name, then "Date","Primary" rows; a day left out had zero. */
function parseDaily(lines: string[], sepLine: number, fileName: string): SocialDailyFile {
  const nameLine = lines.findIndex((l, i) => i > sepLine && l.trim() !== '');
  const name = nameLine < 0 ? '' : unquote(lines[nameLine]);
  const metric = dailyMetricName(name);
  if (!metric) {
    const known = DAILY_METRIC_NAMES.map((n) => `"${n}"`).join(', ');
    throw new InputError(`unknown metric ${showValue(name)}; a daily export names one of ${known}; ${ENGLISH_UI}`,
      `${fileName}:${nameLine + 1}`);
  }
  // Blank the two lines before the table, so the reader's line numbers stay the file's.
  const rest = lines.map((l, i) => (i <= nameLine ? '' : l)).join('\n');
  const table = parseCsv(rest, fileName, { required: ['date', 'primary'], numbers: ['primary'] });
  const days: { date: string; value: number }[] = [];
  for (const r of table.records) {
    const date = socialDate(cell(table, r, 'date'));
    const shown = showValue(cell(table, r, 'date'));
    const valid = 'a date such as 2026-11-03 or 2026-11-03T00:00:00';
    if (!date) throw cellError(table, r, 'date', `expected ${valid}, not ${shown}`);
    const value = readNumber(table, r, 'primary');
    if (value !== null) days.push({ date, value });
  }
  return { kind: 'daily', fileName, metric, days };
}

function cell(table: CsvTable, r: CsvRecord, name: string): string {
  const i = table.header.indexOf(name);
  return i < 0 ? '' : (r.cells[i] ?? '').trim();
}

function readNumber(table: CsvTable, r: CsvRecord, name: string): number | null {
  try {
    // Meta writes whole numbers without grouping; a decimal point is the only separator it uses.
    return parseNumber(cell(table, r, name), '.');
  } catch (e) {
    throw cellError(table, r, name, e instanceof InputError ? e.message : String(e));
  }
}

function parsePosts(body: string, fileName: string): SocialPostsFile {
  const names = headerNames(body);
  const table = parseCsv(body, fileName, { required: [], optional: names, numbers: names });
  const metrics = new Map<PostMetric, string>();
  const fields = new Map<PostField, string>();
  const unused: string[] = [];
  for (const h of table.header) {
    const m = postMetricColumn(h);
    const f = postFieldColumn(h);
    if (m && !metrics.has(m)) metrics.set(m, h);
    else if (f && !fields.has(f)) fields.set(f, h);
    else if (h !== '') unused.push(h);
  }
  if (metrics.size === 0) {
    const found = table.header.filter((h) => h !== '').map((h) => `"${h}"`).join(', ');
    throw new InputError(`no column this reader knows (found ${found}); a content export has columns such as ` +
      `"Publish time", "Views", "Reactions", "Comments", "Likes"; ${ENGLISH_UI}`, `${fileName}:${headerRow(body)}`);
  }
  // Facebook counts reactions, Instagram likes and saves; a file with neither is read as Facebook's.
  const instagram = !metrics.has('reactions') && (metrics.has('likes') || metrics.has('saves'));
  const platform = instagram ? 'instagram' : 'facebook';
  // The legacy Page Insights export puts a row of descriptions ("Lifetime: The total number of…") under the header:
  // sentences in every metric column, which a mistyped figure ("many") in a real row never is.
  const first = table.records[0];
  const described = first && [...metrics.values()].every((h) => /^\S+:?(\s+\S+){2,}$/.test(cell(table, first, h)));
  const posts = table.records.slice(described ? 1 : 0).map((r): SocialPost => {
    const text = (f: PostField) => (fields.has(f) ? cell(table, r, fields.get(f)!) : '');
    const published = text('publishTime');
    const date = published === '' ? null : socialDate(published);
    if (published !== '' && !date) {
      throw cellError(table, r, fields.get('publishTime')!,
        `expected a publish time such as 11/03/2026 14:05 or 2026-11-03T14:05:00, not ${showValue(published)}`);
    }
    const values: SocialPost['metrics'] = {};
    for (const [m, h] of metrics) {
      const v = readNumber(table, r, h);
      if (v !== null) values[m] = v;
    }
    return {
      platform, date, postId: text('postId'), permalink: text('permalink'), postType: text('postType'),
      text: text('title') || text('description'), metrics: values,
    };
  });
  return { kind: 'posts', fileName, platform, posts, unused };
}

function headerRow(body: string): number {
  return body.split('\n').findIndex((l) => l.trim() !== '') + 1;
}
