// The head both campaign sheets share (title, what to do, theme, goal, month) and their typed cells.
import { pick } from '../i18n';
import { CAMPAIGN_GOALS, type EntryValue } from '../model/input';
import type { Cell, SheetSpec } from '../model/workbook';
import { printSpec } from './print';
import type { SheetContext } from './context';
import type { SheetLayout } from './sheet-layout';
import { STYLES } from './style';
import { text } from './text';

/** A typed campaign cell, else `fallback`; empty input cells keep the input colour so they invite typing. */
export function typedCell(ctx: SheetContext, key: string, col: string, fallback: string, alt?: string): Cell {
  // Untyped, the cell holds `fallback` (a prefilled action, the theme given on the command line, or nothing).
  ctx.defaults.note('campaign', key, col, fallback);
  if (alt) ctx.defaults.note('campaign', key, alt, fallback);
  const row = ctx.input.entries?.campaign?.[key];
  const v: EntryValue | undefined = row?.[col] ?? (alt ? row?.[alt] : undefined);
  const s = v === undefined || v === null ? fallback : String(v);
  return s === '' ? { blank: true, style: STYLES.input } : text(s, STYLES.input);
}

/** The sheet's title, used on the sheet and in the printed header. */
export function campaignTitle(ctx: SheetContext): string {
  return `${ctx.l.campaign.title} — ${pick(ctx.template.title, ctx.lang)} — ${ctx.month.id}`;
}

/** Title, explanation, theme, goal and month: the same head on both kinds of campaign sheet. */
export function campaignHead<C extends string>(
  ctx: SheetContext, layout: SheetLayout<C>, cols: { label: C; value: C; key: C }, info: string, valueKey: string,
): void {
  const { l } = ctx;
  type Cells = Partial<Record<C, Cell>>;
  const inputGoal = ctx.input.campaign?.goal ? l.goal[ctx.input.campaign.goal] : '';
  // Theme and goal were typed under the channel grid's "day" column; the weekly grid reads them from either.
  const other = valueKey === 'day' ? 'topic' : 'day';
  const labelled = (label: string, value: Cell, key?: string): Cells =>
    ({
      [cols.label]: text(label, STYLES.label), [cols.value]: value, ...(key ? { [cols.key]: text(key) } : {}),
    }) as Cells;
  const theme = typedCell(ctx, 'theme', valueKey, ctx.input.campaign?.theme ?? '', other);
  layout.add({ [cols.label]: text(campaignTitle(ctx), STYLES.title) } as Cells, 'title');
  layout.add({ [cols.label]: text(info, { ...STYLES.info, wrap: true, valign: 'top' }) } as Cells, 'info');
  layout.add(labelled(l.campaign.theme, theme, 'theme'), 'theme');
  layout.add(labelled(l.campaign.goal, typedCell(ctx, 'goal', valueKey, inputGoal, other), 'goal'), 'goal');
  layout.add(labelled(l.campaign.month, text(ctx.month.id)), 'month');
  layout.add([], 'gap');
}

export const GOAL_WORDS = (ctx: SheetContext) => CAMPAIGN_GOALS.map((g) => ctx.l.goal[g]);

/** What both campaign sheets are alike in: id, name, rows by key, the header row and the print (title, grid). */
export function campaignBase<C extends string>(ctx: SheetContext, layout: SheetLayout<C>, header: number) {
  return {
    id: 'campaign',
    name: ctx.names.campaign,
    rows: layout.rows,
    rowCount: layout.rows.length,
    rowKeys: layout.rowKeys(),
    headerRow: header,
    print: printSpec(campaignTitle(ctx), ctx.lang, { repeatRows: { from: header, to: header }, gridlines: true }),
  } satisfies Partial<SheetSpec>;
}
