// The monthly review compares with last month: figures typed into October's sheet appear in November's review.
import { describe, expect, it } from 'vitest';
import { AppsScriptRuntime } from '../helpers/apps-script-runtime';
import { col, row, value } from '../helpers/apps-script/inspect';

const args = (month: string) => ({ template: 'social-media-content', month, lang: 'en', events: [] });

describe('review against the previous month', () => {
  it('takes last month\'s typed actuals into this month\'s review and its download', () => {
    const rt = new AppsScriptRuntime({ userLocale: 'en', now: '2026-11-10T09:00:00Z' });
    expect(rt.call('generateSheets', args('2026-10')).ok).toBe(true);
    const oct = 'KPI results 2026-10';
    rt.sheet(oct).getRange(row(rt, oct, 'web-leads'), col(rt, oct, 'actual')).setValue('71');
    expect(rt.call('generateSheets', args('2026-11')).ok).toBe(true);

    const review = rt.sheet('Monthly review 2026-11');
    const values = review.getDataRange().getValues() as unknown[][];
    const leads = values.find((r) => r[0] === 'Web leads (key events)')!;
    expect(leads[1]).toBe(71);

    const download = rt.call('getDownloadSpec', { month: '2026-11' });
    const sheet = download.ok ? download.value.workbook.sheets.find((s) => s.id === 'review')! : undefined;
    const row2 = sheet!.rows.find((r) => String(JSON.stringify(r[0] ?? null)).includes('Web leads'))!;
    expect(row2[1]).toMatchObject({ number: 71 });
    expect(value(review, values.indexOf(leads) + 1, 2)).toBe(71);
  });
});
