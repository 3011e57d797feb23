// The charts the director looks at: where they sit under a sheet's tables and what they are called.
import type { Language } from '../template/schema';
import { rangeRef } from './a1';

/** Chart titles in the workbook's language (the series and axes reuse the sheets' own column labels). */
export const CHART_TITLES: Record<Language, { targetActual: string; achieved: string }> = {
  en: { targetActual: 'Target to date and actual per KPI', achieved: '% achieved per KPI' },
  lv: { targetActual: 'Mērķis līdz šim un fakts pa KPI', achieved: '% izpilde pa KPI' },
  lt: { targetActual: 'Tikslas iki šiol ir faktas pagal KPI', achieved: '% įvykdymo pagal KPI' },
};

/** Rows a chart takes, at CHART_ROW_HEIGHT each: about 9.5 cm, readable with a dozen KPIs on A4. */
export const CHART_ROWS = 18;
/** Points. Rows under a chart get it explicitly: Excel's and LibreOffice's default rows differ (15 vs 12.8 pt). */
export const CHART_ROW_HEIGHT = 15;

export interface ChartPlace {
  /** The anchor range for ChartSpec.anchor. */
  anchor: string;
  /** Heights for SheetSpec.rowHeights of the rows the chart covers. */
  rowHeights: Record<number, number>;
}

/**
 * A chart box one empty row below `lastTableRow`, over columns `firstCol`..`lastCol` (1-based, from the builder's
 * SheetLayout): below every table, so nothing overlaps what the manager reads or types.
 */
export function chartBelow(lastTableRow: number, firstCol: number, lastCol: number): ChartPlace {
  const top = lastTableRow + 2;
  const bottom = top + CHART_ROWS - 1;
  const rowHeights: Record<number, number> = {};
  for (let r = top; r <= bottom; r++) rowHeights[r] = CHART_ROW_HEIGHT;
  return { anchor: rangeRef(firstCol, top, lastCol, bottom), rowHeights };
}
