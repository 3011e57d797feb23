// The period files the CLI tests edit: a 2026 autumn round review and a 2026 year plan of the social template, and
// reading or changing a written file's cells by the specs' keys with exceljs (as a script or openpyxl would).
import { parseRound } from '../../src/core/periods';
import { buildRoundReview } from '../../src/core/round';
import { findTemplate } from '../../src/core/template/registry';
import { buildYearPlan } from '../../src/core/year/year-plan';
import { colOf, rowOf, sheetById } from '../helpers/spec-cells';
import { readWorkbook } from './run-cli';

export const social = findTemplate('social-media-content')!;
const autumn = parseRound(social, '2026-autumn');
export const reviewSpec = buildRoundReview({
  template: social, period: autumn, today: '2026-09-03', lang: 'en', data: [],
}).workbook;
export const planSpec = buildYearPlan({
  template: social, year: 2026, lang: 'en', data: [], created: '2026-01-05',
}).workbook;

/** Opens a written file, lets `edit` change cells found by the spec's keys, and saves it with exceljs. */
export async function editFile(file: string, edit: (at: (sheet: string, col: string, row: string) => { value: unknown })
  => void) {
  const wb = await readWorkbook(file);
  const specs = [...reviewSpec.sheets, ...planSpec.sheets];
  edit((id, col, row) => {
    const s = sheetById({ ...reviewSpec, sheets: specs }, id);
    return wb.getWorksheet(s.name)!.getCell(rowOf(s, row), colOf(s, col));
  });
  await wb.xlsx.writeFile(file);
}

export async function valueAt(file: string, id: string, col: string, row: string): Promise<unknown> {
  const wb = await readWorkbook(file);
  const s = sheetById({ ...reviewSpec, sheets: [...reviewSpec.sheets, ...planSpec.sheets] }, id);
  const v = wb.getWorksheet(s.name)!.getCell(rowOf(s, row), colOf(s, col)).value;
  return v && typeof v === 'object' && 'result' in v ? v.result : v;
}
