// The built add-on: Code.js's top-level functions, no side effects at load, the manifest, clasp settings.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SERVER_FUNCTIONS } from '../../src/addon/api';
import { AppsScriptRuntime } from '../helpers/apps-script-runtime';

describe('dist/ for Apps Script', () => {
  it('Code.js declares exactly the entry points as top-level functions', () => {
    const rt = new AppsScriptRuntime();
    expect(rt.topLevelFunctions().sort()).toEqual(
      // dailyRefresh: what the time-driven trigger runs.
      ['onOpen', 'onInstall', 'showSidebar', 'generateThisMonth', 'dailyRefresh', ...SERVER_FUNCTIONS].sort(),
    );
    const code = readFileSync('dist/Code.js', 'utf8');
    for (const name of rt.topLevelFunctions()) expect(code).toMatch(new RegExp(`^function ${name}\\(\\) \\{`, 'm'));
  });

  it('loading Code.js calls no service (Apps Script loads it before every call)', () => {
    const rt = new AppsScriptRuntime();
    expect(rt.calls).toEqual([]);
    expect(rt.logs).toEqual([]);
  });

  it('ships the manifest with V8, only the narrow scopes and the AnalyticsData service', () => {
    const manifest = JSON.parse(readFileSync('dist/appsscript.json', 'utf8'));
    expect(manifest).toEqual(JSON.parse(readFileSync('appsscript.json', 'utf8')));
    expect(manifest.runtimeVersion).toBe('V8');
    expect(manifest.timeZone).toBeTruthy();
    expect(manifest.oauthScopes.sort()).toEqual([
      // Read-only GA4 reports for the "Import Google Analytics" button.
      'https://www.googleapis.com/auth/analytics.readonly',
      'https://www.googleapis.com/auth/script.container.ui',
      // UrlFetchApp, for Bitrix24's inbound webhook ("Import CRM").
      'https://www.googleapis.com/auth/script.external_request',
      // ScriptApp: the daily refresh's time-driven trigger, turned on and off from the sidebar.
      'https://www.googleapis.com/auth/script.scriptapp',
      'https://www.googleapis.com/auth/spreadsheets.currentonly',
    ]);
    // The GA4 Data API v1beta as Apps Script's advanced service, under the name the code calls.
    expect(manifest.dependencies.enabledAdvancedServices).toEqual([
      { userSymbol: 'AnalyticsData', serviceId: 'analyticsdata', version: 'v1beta' },
    ]);
    expect(readFileSync('dist/Code.js', 'utf8')).toContain('AnalyticsData.Properties.batchRunReports(');
  });

  it('pushes only the Apps Script files from dist/ with clasp', () => {
    const example = JSON.parse(readFileSync('.clasp.json.example', 'utf8'));
    expect(example.rootDir).toBe('dist');
    expect(example.scriptId).toBeTruthy();
    expect(readFileSync('.claspignore', 'utf8').split('\n').filter(Boolean)).toEqual([
      '**/**', '!Code.js', '!Sidebar.html', '!ExcelWriter.html', '!appsscript.json',
    ]);
  });

  it.runIf(existsSync('src/sidebar/main.ts'))('builds the sidebar into one self-contained HTML file', () => {
    const html = readFileSync('dist/Sidebar.html', 'utf8');
    expect(html).not.toMatch(/<script[^>]+src=/i);
    expect(html).not.toMatch(/<link[^>]+stylesheet/i);
    expect(html).toMatch(/<style>/);
    // exceljs (which writes xl/worksheets/…) is not in the page that opens; `npm run bench` prints its bytes.
    expect(html).not.toContain('xl/worksheets');
  });

  it('builds the Excel writer as one script, served by getExcelWriter', () => {
    const file = readFileSync('dist/ExcelWriter.html', 'utf8');
    expect(file.startsWith('<script>\n')).toBe(true);
    expect(file.match(/<script/gi)).toHaveLength(1);
    expect(file.match(/<\/script/gi)).toHaveLength(1);
    expect(file.trimEnd().endsWith('</script>')).toBe(true);
    expect(file).toContain('xl/worksheets');
    const rt = new AppsScriptRuntime();
    expect(rt.call('getExcelWriter', {})).toEqual({ ok: true, value: file });
    // It reads the project's file and nothing of the document.
    expect(rt.calls.map((c) => `${c.type}.${c.method}`)).toEqual([
      'HtmlService.createHtmlOutputFromFile', 'HtmlOutput.getContent',
    ]);
    expect(rt.call('getExcelWriter', { month: '2026-11' })).toMatchObject({ ok: false });
  });
});
