// The monthly campaign sheet: theme, goal and each channel's actions by date, prefilled from the plan.
import type { ColumnSpec, SheetSpec } from '../model/workbook';
import type { PlanRow } from '../plan/activity-rows';
import { daysOf, isoWeekday } from '../plan/calendar';
import { CHANNELS, type Channel } from '../template/schema';
import type { SheetContext } from './context';
import { campaignBase, campaignHead, GOAL_WORDS, typedCell } from './campaign-head';
import { weeklyCampaignSheet } from './campaign-weeks';
import { headerFor, spacedDate, TEXT } from './plan-layout';
import { SheetLayout } from './sheet-layout';
import { COLORS } from './style';
import { text } from './text';

type CampaignColumn = 'date' | 'day' | Channel | 'notes' | 'key';

/** A template whose steps name no channel gets a week-by-week grid instead of empty channel columns. */
export function campaignSheet(ctx: SheetContext, plan: PlanRow[]): SheetSpec {
  const usesChannels = ctx.template.sections.some((s) => s.steps.some((st) => st.channels.length > 0));
  return usesChannels ? channelCampaignSheet(ctx, plan) : weeklyCampaignSheet(ctx);
}

function channelCampaignSheet(ctx: SheetContext, plan: PlanRow[]): SheetSpec {
  const { l, fmt } = ctx;
  const layout = new SheetLayout<CampaignColumn>(['date', 'day', ...CHANNELS, 'notes', 'key']);
  campaignHead(ctx, layout, { label: 'date', value: 'day', key: 'key' }, l.campaign.info, 'day');
  const columns: ColumnSpec[] = [
    { key: 'date', width: 12, style: { numFmt: spacedDate(fmt.date), valign: 'top' } },
    { key: 'day', width: 8, style: TEXT },
    ...CHANNELS.map((c) => ({ key: c, width: 24, style: TEXT })),
    { key: 'notes', width: 24, style: TEXT },
    { key: 'key', width: 12, hidden: true },
  ];
  const titles = [l.campaign.date, l.campaign.day, ...CHANNELS.map((c) => l.channel[c]), l.campaign.notes, 'key'];
  const header = layout.add(titles.map((h, i) => text(h, headerFor(columns[i].style))), 'header');
  for (const day of daysOf(ctx.month)) {
    // Routine work carries the days it recurs on, so it is still placed on its channels by date.
    const onDay = plan.filter((p) => p.date === day || p.recursOn?.includes(day));
    const channels = Object.fromEntries(CHANNELS.map((c) => {
      const planned = onDay.filter((p) => p.channels.includes(c)).map((p) => p.activity).join('\n');
      return [c, typedCell(ctx, day, c, planned)];
    }));
    layout.add({
      date: { date: day }, day: text(l.weekdays[isoWeekday(day) - 1]), ...channels,
      notes: typedCell(ctx, day, 'notes', ''), key: text(day),
    }, day);
  }
  const first = header + 1;
  const last = layout.last;
  return {
    ...campaignBase(ctx, layout, header),
    columns,
    rowHeights: { [layout.row('title')]: 22, [header]: 30 },
    frozen: { rows: header, columns: 2 },
    merges: [
      layout.area('date', 'title', 'notes', 'title'), layout.area('date', 'info', 'notes', 'info'),
      layout.area('day', 'theme', 'notes', 'theme'), layout.area('day', 'goal', 'instagram', 'goal'),
      layout.area('day', 'month', 'instagram', 'month'),
    ].map((range) => ({ range })),
    validations: [{ range: layout.cell('day', 'goal'), list: GOAL_WORDS(ctx), strict: true }],
    conditionalRules: [{
      range: layout.area('date', first, 'notes', last), formula: `WEEKDAY(${layout.cellMixed('date', first)},2)>5`,
      style: { fill: COLORS.weekendFill },
    }],
    entries: { keyColumn: 'key', columns: ['day', ...CHANNELS, 'notes'] },
  };
}
