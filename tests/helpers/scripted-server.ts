// A scripted add-on server for sidebar tests that need no Apps Script runtime: its first answers and the built writer.
import { readFileSync } from 'node:fs';
import { SHEET_IDS, type State } from '../../src/addon/api';

/** A server function's successful Reply. */
export const ok = (value: unknown) => ({ ok: true, value });

/** The Excel writer file as the build made it (dist/ExcelWriter.html), as getExcelWriter returns it. */
export const builtWriter = () => readFileSync('dist/ExcelWriter.html', 'utf8');

/** getState's answer for an English sidebar on 10 November 2026 with one template. */
export const SCRIPTED_STATE: State = {
  templates: [{ id: 'social-media-content', language: 'en', title: { en: 'Social media content' } }],
  settings: {}, userLocale: 'en_GB', uiLang: 'en', today: '2026-11-10', month: '2026-11', sheetIds: SHEET_IDS,
  months: [],
};
