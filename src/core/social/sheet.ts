// The social data sheet: the files read, the daily files' month totals, top posts and every post of the month.
import type { Cell, CellStyle, ColumnSpec, Row, SheetSpec } from '../model/workbook';
import type { Language } from '../template/schema';
import { interactionsOf, topPosts, type SocialMonth } from './actuals';
import type { DailyMetric } from './columns';
import { socialLabels, type SocialLabels } from './labels';
import type { SocialPost } from './types';
import { printSpec } from '../sheets/print';
import { text as textCell } from '../sheets/text';

const TITLE: CellStyle = { bold: true, size: 14 };
const SECTION: CellStyle = { bold: true, fill: '#E8F0FE' };
const HEADER: CellStyle = { bold: true, fill: '#F1F3F4', wrap: true };
const NOTE: CellStyle = { italic: true, color: '#5F6368' };
const INT: CellStyle = { numFmt: '#,##0' };

/** Post texts, links and file names come from the exports: always text cells (the core's one), never formulas. */
const text = (value: string, style?: CellStyle): Cell => textCell(value, style);
const num = (value: number | undefined): Cell => (value === undefined ? null : { number: value, style: INT });

const DAILY_ORDER: DailyMetric[] = [
  'facebook-follows', 'instagram-follows', 'views', 'interactions', 'reach', 'visits',
];

function dailyLabel(metric: DailyMetric, L: SocialLabels): string {
  const words: Record<DailyMetric, string> = {
    'facebook-follows': `Facebook · ${L.follows}`, 'instagram-follows': `Instagram · ${L.follows}`,
    views: L.views, interactions: L.interactions, reach: L.reach, visits: L.visits,
  };
  return words[metric];
}

function postHeader(L: SocialLabels): Row {
  return [L.date, L.platform, L.type, L.text, L.link, L.views, L.reach, L.reactions, L.comments, L.shares, L.saves,
    L.interactions].map((h) => text(h, HEADER));
}

function postRow(p: SocialPost, dateFormat: string): Row {
  const m = p.metrics;
  return [
    p.date === null ? null : { date: p.date, style: { numFmt: dateFormat } },
    text(p.platform === 'facebook' ? 'Facebook' : 'Instagram'), text(p.postType), text(p.text), text(p.permalink),
    num(m.views), num(m.reach), num((m.reactions ?? 0) + (m.likes ?? 0)),
    num(m.comments), num(m.shares), num(m.saves), num(interactionsOf(p)),
  ];
}

export interface SocialSheetContext {
  lang: Language;
  /** Visible tab name, already valid and unique. */
  name: string;
  dateFormat: string;
}

export function buildSocialSheet(data: SocialMonth, ctx: SocialSheetContext): SheetSpec {
  const L = socialLabels(ctx.lang);
  const rows: Row[] = [[text(`${L.title} · ${data.month}`, TITLE)], []];
  rows.push([text(L.files, { bold: true }), text(data.files.join(', '))]);
  const daily = DAILY_ORDER.filter((m) => data.daily[m] !== undefined);
  if (daily.length) {
    rows.push([], [text(L.dailyTotals, SECTION)]);
    for (const m of daily) rows.push([text(dailyLabel(m, L)), num(data.daily[m])]);
  }
  const byDate = [...data.posts].sort((a, b) => (a.date ?? '').localeCompare(b.date ?? ''));
  for (const [title, posts] of [
    [L.topByInteractions, topPosts(data, 'interactions')], [L.topByViews, topPosts(data, 'views')], [L.posts, byDate],
  ] as const) {
    rows.push([], [text(title, SECTION)]);
    if (posts.length === 0) { rows.push([text(L.noPosts, NOTE)]); continue; }
    rows.push(postHeader(L), ...posts.map((p) => postRow(p, ctx.dateFormat)));
  }
  rows.push([], [text(L.postsNote, NOTE)]);
  // Narrow enough to print at 8 pt or more on A4 landscape; numbers wide enough for their headers' longest word.
  const widths = [12, 10, 14, 32, 26, 14, 14, 14, 14, 14, 14, 14];
  const columns: ColumnSpec[] = widths.map((width, i) => ({ key: i === 0 ? 'label' : `c${i}`, width }));
  return {
    id: 'social', name: ctx.name, columns, rows, rowCount: rows.length, frozen: { rows: 1, columns: 0 },
    tabColor: '#1877F2', print: printSpec(`${L.title} · ${data.month}`, ctx.lang),
  };
}
