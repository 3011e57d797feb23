// The year plan's calendar: steps longer than monthly by month, the rounds band, the rest listed briefly.
import type { Cell, CellStyle, ColumnSpec, SheetSpec } from '../model/workbook';
import { printSpec } from '../sheets/print';
import { textHeight } from '../sheets/row-height';
import { SheetLayout } from '../sheets/sheet-layout';
import { COLORS, STYLES } from '../sheets/style';
import { text } from '../sheets/text';
import type { YearContext } from './context';
import type { YearStep } from './placement';
import { monthHeaders } from './rounds';

const MONTHS = ['m01', 'm02', 'm03', 'm04', 'm05', 'm06', 'm07', 'm08', 'm09', 'm10', 'm11', 'm12'] as const;
export type MonthColumn = (typeof MONTHS)[number];
export const MONTH_COLUMNS: readonly MonthColumn[] = MONTHS;
type Col = 'area' | 'step' | 'activity' | 'responsible' | 'document' | 'when' | MonthColumn;

/** Wide enough for the longest short month name in a bold header ("Gruod.", "Sept."), so the page prints at 8 pt. */
export const MONTH_WIDTH = 7;
const TEXT: CellStyle = { ...STYLES.wrap, indent: 1 };
const CENTER: CellStyle = { align: 'center', valign: 'middle' };
const MARK: CellStyle = { ...CENTER, bold: true, color: COLORS.titleText, fill: '#DDEBF7' };
const ROUND_FILLS = ['#E2EFDA', '#FCE4D6'];
const HEADING: CellStyle = { bold: true, color: COLORS.titleText, size: 12 };

/** Columns the template fills: no area for one section, no owner or document column when no step names one. */
function columnsOf(ctx: YearContext): Col[] {
  const steps = ctx.template.sections.flatMap((s) => s.steps);
  const skip = new Set<Col>();
  if (ctx.template.sections.length === 1) skip.add('area');
  if (steps.every((s) => s.responsible.length === 0)) skip.add('responsible');
  if (steps.every((s) => s.documents.length === 0)) skip.add('document');
  const all: Col[] = ['area', 'step', 'activity', 'responsible', 'document', 'when', ...MONTHS];
  return all.filter((c) => !skip.has(c));
}

export function yearPlanSheet(ctx: YearContext, steps: YearStep[], leftOut: string): SheetSpec {
  const { l } = ctx;
  const cols = columnsOf(ctx);
  const width: Record<Col, number> = {
    area: 16, step: 9, activity: 25, responsible: 14, document: 20, when: 14,
    ...Object.fromEntries(MONTHS.map((m) => [m, MONTH_WIDTH])) as Record<MonthColumn, number>,
  };
  // An owner or document column the template does not fill gives half its width to the activity, the longest text.
  const spare = (['responsible', 'document'] as const).filter((c) => !cols.includes(c))
    .reduce((w, c) => w + width[c], 0);
  width.activity += Math.floor(spare / 2);
  const layout = new SheetLayout<Col>(cols);
  const spanFrom = (c: Col) => cols.slice(cols.indexOf(c)).reduce((w, k) => w + width[k], 0);
  const heights: Record<number, number> = {};
  const first = cols[0];
  const calendar = steps.filter((s) => s.kind === 'calendar');
  const brief = steps.filter((s) => s.kind === 'brief');
  const needed = steps.filter((s) => s.kind === 'whenNeeded');
  const title = `${l.year.planTitle} — ${ctx.title} — ${ctx.year}`;
  const info = `${l.year.planInfo(calendar.length, brief.length, needed.length)}${leftOut ? ` ${leftOut}` : ''}`;
  layout.add({ [first]: text(title, STYLES.title) }, 'title');
  layout.add({ [first]: text(info, { ...STYLES.info, wrap: true }) }, 'info');
  const headers: Record<Col, string> = {
    area: l.plan.area, step: l.plan.step, activity: l.plan.activity, responsible: l.plan.responsible,
    document: l.plan.document, when: l.plan.when,
    ...Object.fromEntries(monthHeaders(ctx.lang).map((h, i) => [MONTHS[i], h])) as Record<MonthColumn, string>,
  };
  layout.add(Object.fromEntries(cols.map((c) => [c, text(headers[c], STYLES.header)])), 'header');
  const merges: string[] = [];
  const wide = (row: string) => merges.push(layout.area(first, row, 'm12', row));

  merges.push(...addRoundBand(ctx, layout));
  const bandLast = layout.last;

  const stepCells = (s: YearStep): Partial<Record<Col, Cell>> => {
    const all: Partial<Record<Col, Cell>> = {
      area: text(s.area, TEXT), step: text(s.number, TEXT), activity: text(s.title, TEXT),
      responsible: text(s.responsible, TEXT), document: text(s.document, TEXT), when: text(s.when, TEXT),
    };
    return Object.fromEntries(cols.filter((c) => c in all).map((c) => [c, all[c]]));
  };
  for (const s of calendar) {
    const marks = Object.fromEntries(s.months.map((m) => [MONTHS[m - 1], text('●', MARK)]));
    layout.add({ ...stepCells(s), ...marks }, `step:${s.ref}`);
  }
  if (brief.length) {
    layout.add({ [first]: text(l.year.brief, HEADING) }, 'brief');
    wide('brief');
    heights[layout.row('brief')] = 20;
    // One line each: what and how often; the month's plan dates them.
    for (const s of brief) layout.add(stepCells(s), `brief:${s.ref}`);
  }
  if (needed.length) {
    layout.add({ [first]: text(`${l.year.whenNeeded} — ${l.plan.whenNeededInfo}`, HEADING) }, 'whenNeeded');
    wide('whenNeeded');
    heights[layout.row('whenNeeded')] = 20;
    // A short list: one line per area, its steps run together, rather than dozens of undated rows.
    [...new Set(needed.map((s) => s.area))].forEach((area, i) => {
      const list = needed.filter((s) => s.area === area).map((s) => `${s.number} ${s.title}`).join(' · ');
      const key = `needed:${i + 1}`;
      layout.add({ ...(area ? { area: text(area, { ...TEXT, bold: true }) } : {}), activity: text(list, TEXT) }, key);
      merges.push(layout.area('activity', key, 'm12', key));
      // LibreOffice does not fit merged rows: the list's height for its merged width.
      heights[layout.row(key)] =
        Math.max(textHeight(list.length, spanFrom('activity')), textHeight(area.length, width.area - 6));
    });
  }
  const columns: ColumnSpec[] = cols.map((c) => ({
    key: c, width: width[c], style: (MONTHS as readonly string[]).includes(c) ? CENTER : TEXT,
  }));
  const rowHeights: Record<number, number> = {
    ...heights, [layout.row('title')]: 22, [layout.row('info')]: textHeight(info.length, spanFrom(first)),
    [layout.row('header')]: 32, [layout.row('round')]: bandHeight(ctx),
  };
  return {
    id: 'year-plan',
    name: ctx.names['year-plan'],
    columns,
    rows: layout.rows,
    rowCount: layout.rows.length,
    rowKeys: layout.rowKeys(),
    headerRow: layout.row('header'),
    frozen: { rows: bandLast, columns: 0 },
    merges: [layout.area(first, 'title', 'm12', 'title'), layout.area(first, 'info', 'm12', 'info'), ...merges]
      .map((range) => ({ range })),
    rowHeights,
    print: printSpec(title, ctx.lang, {
      landscape: true, gridlines: true, repeatRows: { from: layout.row('header'), to: bandLast },
    }),
  };
}

/** The band's names wrap within their months ("Spring admission 2026" over two months takes three lines). */
function bandHeight(ctx: YearContext): number {
  // Bold, and words wrap whole: about two thirds of the span's characters fit a line.
  return Math.max(32, ...ctx.rounds.map((r) => textHeight(r.name.length, (r.months.length * MONTH_WIDTH * 2) / 3)));
}

/** The band: which round (or half-year) each month works for, and the admission months starred. Returns merges. */
function addRoundBand(ctx: YearContext, layout: SheetLayout<Col>): string[] {
  const { l } = ctx;
  const merges: string[] = [];
  const label = ctx.hasRounds ? l.year.round : l.year.halfYear;
  const band: Partial<Record<Col, Cell>> = { activity: text(label, STYLES.label) };
  ctx.rounds.forEach((r, i) => {
    const style = { ...CENTER, wrap: true, bold: true, fill: ROUND_FILLS[i % 2] };
    r.months.forEach((m, j) => (band[MONTHS[m - 1]] = j === 0 ? text(r.name, style) : { blank: true, style }));
  });
  layout.add(band, 'round');
  ctx.rounds.forEach((r) => {
    const [from, to] = [MONTHS[r.months[0] - 1], MONTHS[r.months[r.months.length - 1] - 1]];
    if (from !== to) merges.push(layout.area(from, 'round', to, 'round'));
  });
  if (ctx.hasRounds) {
    const admission: Partial<Record<Col, Cell>> = { activity: text(l.year.admission, STYLES.label) };
    const star = text('★', { ...MARK, fill: '#FFE699' });
    for (const r of ctx.rounds) if (r.admission) admission[MONTHS[r.admission - 1]] = star;
    layout.add(admission, 'admission');
  }
  return merges;
}
