// The monthly campaign sheet: theme, goal and each channel's actions by date, prefilled from the plan.
import { pick } from '../i18n';
import { CAMPAIGN_GOALS, type EntryValue } from '../model/input';
import type { Cell, Row, SheetSpec } from '../model/workbook';
import type { PlanRow } from '../plan/activity-rows';
import { daysOf, isoWeekday } from '../plan/calendar';
import { CHANNELS } from '../template/schema';
import type { SheetContext } from './context';
import { COLORS, STYLES } from './style';
import { text } from './text';

export const CAMPAIGN_LAYOUT = { themeRow: 3, goalRow: 4, headerRow: 7, firstRow: 8 } as const;

export function campaignSheet(ctx: SheetContext, plan: PlanRow[]): SheetSpec {
  const { l, fmt, lang } = ctx;
  const typed = ctx.input.entries?.campaign ?? {};
  const goals = CAMPAIGN_GOALS.map((g) => l.goal[g]);
  const inputGoal = ctx.input.campaign?.goal ? l.goal[ctx.input.campaign.goal] : '';
  const typedText = (key: string, col: string, fallback: string): Cell => {
    const v: EntryValue | undefined = typed[key]?.[col];
    const s = v === undefined || v === null ? fallback : String(v);
    return s === '' ? { blank: true, style: STYLES.input } : text(s, STYLES.input);
  };
  const lastCol = 2 + CHANNELS.length + 1;
  const rows: Row[] = [
    [text(`${l.campaign.title} — ${pick(ctx.template.title, lang)} — ${ctx.month.id}`, STYLES.title)],
    [text(l.campaign.info, STYLES.info)],
    [text(l.campaign.theme, STYLES.label), typedText('theme', 'day', ctx.input.campaign?.theme ?? ''), ...pad(lastCol - 2), text('theme')],
    [text(l.campaign.goal, STYLES.label), typedText('goal', 'day', inputGoal), ...pad(lastCol - 2), text('goal')],
    [text(l.campaign.month, STYLES.label), text(ctx.month.id)],
    [],
    [l.campaign.date, l.campaign.day, ...CHANNELS.map((c) => l.channel[c]), l.campaign.notes, 'key'].map((h) => text(h, STYLES.header)),
  ];
  for (const day of daysOf(ctx.month)) {
    const onDay = plan.filter((p) => p.date === day);
    const channelCells = CHANNELS.map((c) => {
      const planned = onDay.filter((p) => p.channels.includes(c)).map((p) => p.activity).join('\n');
      return typedText(day, c, planned);
    });
    rows.push([{ date: day }, text(l.weekdays[isoWeekday(day) - 1]), ...channelCells, typedText(day, 'notes', ''), text(day)]);
  }
  const last = rows.length;
  const first = CAMPAIGN_LAYOUT.firstRow;
  return {
    id: 'campaign',
    name: ctx.names.campaign,
    columns: [
      { key: 'date', width: 14, style: { numFmt: fmt.date, valign: 'top' } },
      { key: 'day', width: 14, style: STYLES.wrap },
      ...CHANNELS.map((c) => ({ key: c, width: 26, style: STYLES.wrap })),
      { key: 'notes', width: 26, style: STYLES.wrap },
      { key: 'key', width: 26, hidden: true },
    ],
    rows,
    headerRow: CAMPAIGN_LAYOUT.headerRow,
    rowHeights: { 1: 22 },
    frozen: { rows: CAMPAIGN_LAYOUT.headerRow, columns: 2 },
    merges: [{ range: 'A1:H1' }, { range: 'A2:H2' }, { range: 'B3:H3' }, { range: 'B4:C4' }],
    validations: [{ range: `B${CAMPAIGN_LAYOUT.goalRow}`, list: goals, strict: true }],
    conditionalRules: [
      { range: `A${first}:H${last}`, formula: `WEEKDAY($A${first},2)>5`, style: { fill: COLORS.weekendFill } },
    ],
    print: { landscape: true, fitToWidth: true },
    entries: { keyColumn: 'key', columns: ['day', ...CHANNELS, 'notes'] },
  };
}

function pad(n: number): Cell[] {
  return Array.from({ length: n }, () => null);
}
