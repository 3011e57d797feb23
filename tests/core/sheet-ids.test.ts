// Sheet ids are one closed set: what the core builds, what tags and typed entries may name.
import { describe, expect, it } from 'vitest';
import { buildWorkbook } from '../../src/core/build-workbook';
import { isSheetId, SHEET_IDS } from '../../src/core/sheets/context';
import { findTemplate } from '../../src/core/template/registry';

describe('SheetId', () => {
  it('names the month sheets and the GA4 sheet, and nothing else (not the Excel list sheet, not a tab name)', () => {
    expect([...SHEET_IDS, 'ga4', 'social', 'crm'].every(isSheetId)).toBe(true);
    expect(['_lists', 'Summary', 'kpi_results', '', 3, null, undefined].some(isSheetId)).toBe(false);
  });

  it('covers every sheet the core builds', () => {
    const template = findTemplate('social-media-content')!;
    const wb = buildWorkbook({ template, month: '2026-11', today: '2026-11-10', lang: 'en', data: [], events: [] });
    expect(wb.sheets.map((s) => s.id)).toEqual([...SHEET_IDS]);
  });
});
