// Rules the core owns for every edge: the GA4 sheet's campaign cap (with its note in the sheet's language) and
// which sheets are one per month.
import { describe, expect, it } from 'vitest';
import { buildWorkbook } from '../../src/core/build-workbook';
import { sheetsToRewrite } from '../../src/core/sheets/dependencies';
import { capCampaigns, MAX_CAMPAIGNS } from '../../src/core/ga4/campaign-cap';
import { parseGa4Csv } from '../../src/core/ga4/csv-import';
import { findTemplate } from '../../src/core/template/registry';
import type { Cell } from '../../src/core/model/workbook';

const template = findTemplate('social-media-content')!;
const MONTH = '2026-11';
const csv = (n: number) =>
  `Session campaign,Sessions\n${Array.from({ length: n }, (_, i) => `campaign-${i},${1000 - i}`).join('\n')}\n`;
const base = { template, month: MONTH, today: '2026-11-20', data: [], events: [] };
const texts = (rows: Iterable<readonly Cell[]>) =>
  [...rows].flat().map((c) => (c && typeof c === 'object' && 'text' in c ? c.text : ''));

describe('the campaign cap', () => {
  it('lists the 100 campaigns with most sessions and says in the sheet language how many more there were', () => {
    const ga4 = parseGa4Csv(csv(MAX_CAMPAIGNS + 50), 'ga4.csv', template, MONTH);
    for (const [lang, note] of [['en', /100 with the most sessions.*50 more/], ['lv', /100.*50/]] as const) {
      const sheet = buildWorkbook({ ...base, lang, ga4 }).sheets.find((s) => s.id === 'ga4')!;
      const shown = texts(sheet.rows);
      expect(shown).toContain(`campaign-${MAX_CAMPAIGNS - 1}`);
      expect(shown).not.toContain(`campaign-${MAX_CAMPAIGNS}`);
      const lines = shown.filter((t) => note.test(t));
      expect(lines, lang).toHaveLength(1);
      if (lang === 'lv') expect(lines[0]).not.toMatch(/with the most sessions/);
    }
  });

  it('leaves a month with 100 campaigns or fewer as it is, and capping twice changes nothing', () => {
    const few = parseGa4Csv(csv(MAX_CAMPAIGNS), 'ga4.csv', template, MONTH);
    expect(capCampaigns(few)).toBe(few);
    const capped = capCampaigns(parseGa4Csv(csv(300), 'ga4.csv', template, MONTH));
    expect(capped.campaigns.rows).toHaveLength(MAX_CAMPAIGNS);
    expect(capCampaigns(capped)).toBe(capped);
  });
});

describe('month-bound sheets', () => {
  it('every sheet but the summary is one per month, and says so on its description', () => {
    const sheets = buildWorkbook({ ...base, lang: 'en', monthInSheetNames: true }).sheets;
    expect(sheets.map((s) => [s.id, s.monthBound])).toEqual([
      ['summary', false], ['activity-plan', true], ['campaign', true], ['kpi-results', true], ['review', true],
    ]);
    // The names follow the flag in every language.
    const lv = buildWorkbook({ ...base, lang: 'lv', monthInSheetNames: true }).sheets;
    expect(lv.filter((s) => s.monthBound).every((s) => s.name.includes(MONTH))).toBe(true);
  });
});

describe('which sheets a run rewrites', () => {
  const wb = buildWorkbook({
    template: findTemplate('social-media-content')!, month: '2026-11', today: '2026-11-10', lang: 'lv', data: [],
    events: [], clock: 'live', monthInSheetNames: true,
  });
  const run = { template: 'social-media-content', lang: 'lv' };
  const month = ['summary', 'activity-plan', 'campaign', 'kpi-results', 'review'] as const;
  const existing = (lang: string, template = run.template) => month.map((id) => ({ id, template, lang }));

  it('the asked sheet alone when the month is in this language and template', () => {
    expect([...sheetsToRewrite(wb, ['review'], existing('lv'), run)]).toEqual(['review']);
  });
  it('the whole month when its sheets are in another language or template', () => {
    expect([...sheetsToRewrite(wb, ['review'], existing('en'), run)].sort()).toEqual([...month].sort());
    const other = existing('lv', 'digital-marketing-strategy');
    expect([...sheetsToRewrite(wb, ['kpi-results'], other, run)].sort()).toEqual([...month].sort());
  });
  it('the sheets the asked ones read when the month lacks them', () => {
    expect([...sheetsToRewrite(wb, ['summary'], [], run)].sort()).toEqual(['activity-plan', 'kpi-results', 'summary']);
    expect([...sheetsToRewrite(wb, ['campaign'], [], run)]).toEqual(['campaign']);
  });
});
