// The campaign sheet for a process that names no channels: what to fill, and a free week-by-week grid.
import { formatDate } from '../i18n';
import type { SheetSpec } from '../model/workbook';
import { daysOf, isoWeekday } from '../plan/calendar';
import { campaignBase, campaignHead, GOAL_WORDS, typedCell } from './campaign-head';
import type { SheetContext } from './context';
import { headerFor, TEXT } from './plan-layout';
import { SheetLayout } from './sheet-layout';
import { STYLES } from './style';
import { text } from './text';

type WeekColumn = 'week' | 'topic' | 'goal' | 'actions' | 'notes' | 'key';

/** The month's Monday-to-Sunday weeks, cut at the month's edges: [first day, last day]. */
export function weeksOf(ctx: SheetContext): [string, string][] {
  const weeks: [string, string][] = [];
  for (const day of daysOf(ctx.month)) {
    if (weeks.length === 0 || isoWeekday(day) === 1) weeks.push([day, day]);
    else weeks[weeks.length - 1][1] = day;
  }
  return weeks;
}

export function weeklyCampaignSheet(ctx: SheetContext): SheetSpec {
  const { l, lang } = ctx;
  const layout = new SheetLayout<WeekColumn>(['week', 'topic', 'goal', 'actions', 'notes', 'key']);
  campaignHead(ctx, layout, { label: 'week', value: 'topic', key: 'key' }, l.campaign.freeInfo, 'topic');
  const head = headerFor(TEXT);
  const header = layout.add({
    week: text(l.campaign.week, head), topic: text(l.campaign.topic, head), goal: text(l.campaign.goal, head),
    actions: text(l.campaign.actions, head), notes: text(l.campaign.notes, head), key: text('key', STYLES.header),
  }, 'header');
  for (const [from, to] of weeksOf(ctx)) {
    const key = `week|${from}`;
    layout.add({
      week: text(from === to ? formatDate(from, lang) : `${formatDate(from, lang)} – ${formatDate(to, lang)}`),
      topic: typedCell(ctx, key, 'topic', ''), goal: typedCell(ctx, key, 'goal', ''),
      actions: typedCell(ctx, key, 'actions', ''), notes: typedCell(ctx, key, 'notes', ''), key: text(key),
    }, key);
  }
  const first = header + 1;
  const last = layout.last;
  return {
    ...campaignBase(ctx, layout, header),
    columns: [
      { key: 'week', width: 24, style: TEXT }, { key: 'topic', width: 30, style: TEXT },
      { key: 'goal', width: 16, style: TEXT }, { key: 'actions', width: 50, style: TEXT },
      { key: 'notes', width: 30, style: TEXT }, { key: 'key', width: 16, hidden: true },
    ],
    // Tall rows: a week's plan needs room to write in, on screen and on paper.
    rowHeights: {
      [layout.row('title')]: 22, [layout.row('info')]: 32,
      ...Object.fromEntries(Array.from({ length: last - header }, (_, i) => [first + i, 60])),
    },
    frozen: { rows: header, columns: 1 },
    merges: [
      layout.area('week', 'title', 'notes', 'title'), layout.area('week', 'info', 'notes', 'info'),
      layout.area('topic', 'theme', 'notes', 'theme'),
    ].map((range) => ({ range })),
    validations: [
      { range: layout.cell('topic', 'goal'), list: GOAL_WORDS(ctx), strict: true },
      { range: layout.span('goal', first, last, false), list: GOAL_WORDS(ctx), strict: false },
    ],
    entries: { keyColumn: 'key', columns: ['topic', 'goal', 'actions', 'notes'] },
  };
}
