// The workbook's shared look: one palette and a few cell styles every sheet builder uses.
import type { CellStyle } from '../model/workbook';

export const COLORS = {
  headerFill: '#1F4E79',
  headerText: '#FFFFFF',
  titleText: '#1F4E79',
  infoText: '#595959',
  inputFill: '#FFF9E6',
  metFill: '#C6EFCE', metText: '#006100',
  atRiskFill: '#FFEB9C', atRiskText: '#9C5700',
  missedFill: '#FFC7CE', missedText: '#9C0006',
  weekendFill: '#F2F2F2',
  doneText: '#7F7F7F',
} as const;

export const STYLES = {
  title: { bold: true, size: 14, color: COLORS.titleText } satisfies CellStyle,
  info: { italic: true, color: COLORS.infoText } satisfies CellStyle,
  header: { bold: true, color: COLORS.headerText, fill: COLORS.headerFill, wrap: true, valign: 'middle' } satisfies CellStyle,
  label: { bold: true } satisfies CellStyle,
  wrap: { wrap: true, valign: 'top' } satisfies CellStyle,
  input: { fill: COLORS.inputFill } satisfies CellStyle,
};

export const STATUS_RULE_STYLES = {
  met: { fill: COLORS.metFill, color: COLORS.metText },
  atRisk: { fill: COLORS.atRiskFill, color: COLORS.atRiskText },
  missed: { fill: COLORS.missedFill, color: COLORS.missedText, bold: true },
} as const;
