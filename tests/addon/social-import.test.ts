// Meta CSV files sent from the sidebar through the in-memory Apps Script: social actuals and the Social data sheet.
import { describe, expect, it } from 'vitest';
import { AppsScriptRuntime } from '../helpers/apps-script-runtime';
import { cellAt, snapshot } from '../helpers/apps-script/inspect';
import { FB_HEADER, FB_ROWS, IG_HEADER, IG_ROWS, contentFile, dailyFile } from '../social/fixtures';

const MONTH = '2026-11';
const KPI = `KPI results ${MONTH}`;

/** What the sidebar sends: the text as the browser's TextDecoder reads the bytes by their BOM. */
const asSent = (name: string, bytes: Buffer) => ({
  name, text: new TextDecoder(bytes[0] === 0xff ? 'utf-16le' : 'utf-8').decode(bytes),
});

function setup() {
  const rt = new AppsScriptRuntime({ userLocale: 'en', now: '2026-11-28T09:00:00Z' });
  const args = { template: 'social-media-content', month: MONTH, lang: 'en', events: [] };
  expect(rt.call('generateSheets', args).ok).toBe(true);
  return rt;
}
const cell = (rt: AppsScriptRuntime, key: string, column: string) => cellAt(rt, KPI, key, column);

describe('importSocial', () => {
  it('fills the social actuals and writes the Social data sheet from UTF-8 and UTF-16 exports', () => {
    const rt = setup();
    cell(rt, 'comments', 'actual').setValue(99);
    const files = [
      asSent('facebook-content.csv', contentFile(FB_HEADER, FB_ROWS)),
      asSent('instagram-content.csv', contentFile(IG_HEADER, IG_ROWS)),
      asSent('Facebook follows.csv', dailyFile('Facebook follows', [['2026-11-02', 4], ['2026-11-09', 6]])),
    ];
    const reply = rt.call('importSocial', { month: MONTH, files });
    if (!reply.ok) throw new Error(reply.error);
    const r = reply.value;
    expect(r.files).toEqual(['facebook-content.csv', 'instagram-content.csv', 'Facebook follows.csv']);
    expect(r.posts).toBeGreaterThanOrEqual(4);
    expect(r.sheets).toEqual(expect.arrayContaining([KPI, r.sheet]));
    expect(rt.spreadsheet.getSheetByName(r.sheet)).not.toBeNull();
    const byKpi = Object.fromEntries(r.actuals.map((a) => [a.kpi, a]));
    expect(byKpi['follower-growth'].value).toBe(10);
    expect(byKpi['reactions'].value).toBeGreaterThan(0);
    for (const kpi of ['follower-growth', 'reactions', 'video-views']) {
      expect(cell(rt, kpi, 'actual').getValue()).toBe(byKpi[kpi].value);
    }
    // The manager's own number stays, and the reply says so beside the files' figure.
    expect(byKpi['comments'].typed).toBe(99);
    expect(cell(rt, 'comments', 'actual').getValue()).toBe(99);
  });

  it('an unknown header: one message naming the file and the columns found, the field marked, nothing changed', () => {
    const rt = setup();
    const before = snapshot(rt);
    const odd = asSent('export (3).csv', contentFile(['Publicación', 'Reproducciones'], [['x', 5]]));
    const files = [asSent('ok.csv', contentFile(IG_HEADER, IG_ROWS)), odd];
    const reply = rt.call('importSocial', { month: MONTH, files });
    expect(reply).toMatchObject({ ok: false, field: 'socialFiles' });
    const error = (reply as { error: string }).error;
    expect(error).toMatch(/^"export \(3\)\.csv" is not a Meta Business Suite export this add-on can read: /);
    expect(error).toContain('export (3).csv:1: no column this reader knows (found "publicación", "reproducciones")');
    expect(error).toMatch(/English/);
    expect(snapshot(rt)).toBe(before);
  });
});
