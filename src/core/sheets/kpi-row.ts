// One KPI row of the KPI results sheet: the visible live formulas and the hidden helpers the Summary and review read.
import { pick } from '../i18n';
import type { Cell } from '../model/workbook';
import type { Kpi } from '../template/schema';
import type { SheetContext } from './context';
import type { SheetLayout } from './sheet-layout';
import { STATUS_CODE, statusFormat, yesNoFormat } from './status';
import { STYLES } from './style';
import { text } from './text';
import { formulaString } from './a1';

export const KPI_COLUMNS = [
  'kpi', 'unit', 'better', 'source', 'target', 'due', 'actual', 'variance', 'achieved', 'status', 'projected',
  'onTrack', 'comment', 'key',
  // Hidden helpers: the shown texts of due/actual/shortfall, the rank key of the live lists and the joined names.
  'dueText', 'actualText', 'shortText', 'rank', 'metNames', 'flagNames',
] as const;
export type KpiColumn = (typeof KPI_COLUMNS)[number];
export type KpiLayout = SheetLayout<KpiColumn>;

/** The head rows holding the sheet's own clock cells (conditional rules may only read their own sheet). */
export type KpiHeadRow = 'asOf' | 'elapsed' | 'tolerance' | 'over';
export const KPI_HEAD_VALUE: KpiColumn = 'unit';

export interface KpiValues {
  target: number | null;
  actual: number | null;
  comment: string | null;
}

export function unitFormat(ctx: Pick<SheetContext, 'fmt'>, unit: Kpi['unit']): string {
  return { count: ctx.fmt.integer, percent: ctx.fmt.percent, eur: ctx.fmt.eur, seconds: ctx.fmt.seconds }[unit];
}

/**
 * A value as text in its unit, for lists whose rows change KPI live (a cell's number format cannot follow).
 * FIXED writes the viewer's own separators in every engine; no decimal literal enters the formula.
 */
export function unitText(unit: Kpi['unit'], value: string): string {
  switch (unit) {
    case 'percent': return `FIXED(${value}*100,1)&"%"`;
    case 'eur': return `FIXED(${value},2)&" €"`;
    case 'seconds': return `FIXED(${value},0)&" s"`;
    default: return `FIXED(${value},0)`;
  }
}

/**
 * The cells of KPI row number `row` (the next one added). `prevRow` is the KPI row above, for the running name
 * lists (undefined for the first). Status: 1 met, 0 at risk (only while the month runs), −1 missed; the text
 * "no figure yet" for a target without an actual; empty without a target.
 */
export function kpiRowCells(
  ctx: SheetContext, lay: KpiLayout, kpi: Kpi, row: number, v: KpiValues, prevRow: number | undefined,
): Partial<Record<KpiColumn, Cell>> {
  const { l, lang } = ctx;
  const c = (col: KpiColumn) => lay.cell(col, row);
  const head = (r: KpiHeadRow) => lay.cell(KPI_HEAD_VALUE, r, true);
  const [E, F, G, I, J, K] = [c('target'), c('due'), c('actual'), c('achieved'), c('status'), c('projected')];
  const higher = kpi.direction === 'higher';
  const valueFmt = { numFmt: unitFormat(ctx, kpi.unit) };
  const input = { ...valueFmt, ...STYLES.input };
  const ratio = higher ? `IF(${F}=0,IF(${G}>=0,1,0),ROUND(${G}/${F},6))` : `IF(${G}=0,1,ROUND(${F}/${G},6))`;
  const status = `IF(${E}="","",IF(${G}="",${formulaString(l.status.noFigure)},IF(${I}>=1,${STATUS_CODE.met},` +
    `IF(AND(${head('over')}=0,${I}>=${head('tolerance')}),${STATUS_CODE.atRisk},${STATUS_CODE.missed}))))`;
  const both = `OR(${G}="",${F}="")`;
  const flagged = `AND(ISNUMBER(${J}),${J}<=${STATUS_CODE.atRisk})`;
  const names = (cond: string, col: KpiColumn) => {
    const name = c('kpi');
    if (prevRow === undefined) return `IF(${cond},${name},"")`;
    const prev = lay.cell(col, prevRow);
    return `IF(${cond},IF(${prev}="",${name},${prev}&", "&${name}),${prev})`;
  };
  const paced: Partial<Record<KpiColumn, Cell>> = kpi.pace ? {
    projected: {
      formula: `IF(OR(${G}="",${head('over')}=1,${head('elapsed')}=0),"",ROUND(${G}/${head('elapsed')},6))`,
      style: valueFmt,
    },
    onTrack: {
      formula: `IF(OR(${K}="",${E}=""),"",IF(${K}${higher ? '>=' : '<='}${E},1,-1))`,
      style: { numFmt: yesNoFormat(l) },
    },
  } : {};
  return {
    kpi: text(pick(kpi.name, lang)),
    unit: text(l.unit[kpi.unit]),
    better: text(l.direction[kpi.direction]),
    source: text(l.source[kpi.source]),
    target: v.target === null ? { blank: true, style: input } : { number: v.target, style: input },
    due: { formula: kpi.pace ? `IF(${E}="","",${E}*${head('elapsed')})` : `IF(${E}="","",${E})`, style: valueFmt },
    actual: v.actual === null ? { blank: true, style: input } : { number: v.actual, style: input },
    // Signed so that + is always better than the target, whichever way the KPI is better.
    variance: { formula: `IF(${both},"",${higher ? `${G}-${F}` : `${F}-${G}`})`, style: valueFmt },
    achieved: { formula: `IF(${both},"",${ratio})` },
    status: { formula: status, style: { numFmt: statusFormat(l) } },
    ...paced,
    comment: v.comment === null ? { blank: true, style: STYLES.input } : text(v.comment, STYLES.input),
    key: text(kpi.id),
    dueText: { formula: `IF(${F}="","",${unitText(kpi.unit, F)})` },
    actualText: { formula: `IF(${G}="","",${unitText(kpi.unit, G)})` },
    shortText: { formula: `IF(${both},"",${unitText(kpi.unit, `MAX(0,${higher ? `${F}-${G}` : `${G}-${F}`})`)})` },
    // Lowest % achieved first; ROW()/1e9 breaks ties in sheet order (written as a division: no decimal literal).
    rank: { formula: `IF(${flagged},${I}+ROW()/1000000000,"")` },
    metNames: { formula: names(`AND(ISNUMBER(${J}),${J}=${STATUS_CODE.met})`, 'metNames') },
    flagNames: { formula: names(flagged, 'flagNames') },
  };
}
