// Bundled templates speak Latvian, Lithuanian and English in every text, and state pacing for stocks and rates.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { listTemplates } from '../../src/core/template/registry';
import { LANGUAGES } from '../../src/core/template/schema';
import { missingLanguageFields } from '../../src/core/template/missing-language';

/** The templates this branch translated; their raw JSON is checked too. */
const OWNED = ['digital-marketing-strategy', 'social-media-content'];

const bundled = listTemplates();
const complete = bundled;
const raw = (id: string) =>
  readFileSync(fileURLToPath(new URL(`../../templates/${id}.json`, import.meta.url)), 'utf8');
type Text = { lv?: string; lt?: string; en: string };
/** Every LocalizedText in a template's JSON, with its path, as written in the file. */
function texts(json: unknown, at = ''): [string, Text][] {
  if (Array.isArray(json)) return json.flatMap((v, i) => texts(v, `${at}[${i}]`));
  if (json === null || typeof json !== 'object') return [];
  if (typeof (json as Text).en === 'string') return [[at, json as Text]];
  return Object.entries(json).flatMap(([k, v]) => texts(v, at ? `${at}.${k}` : k));
}

describe('bundled templates in three languages', () => {
  it('checks all three bundled templates', () => {
    expect(bundled.map((t) => t.id).sort()).toEqual(['digital-marketing-strategy', 'small-business-tasks', 'social-media-content']);
    for (const id of OWNED) expect(complete.map((t) => t.id)).toContain(id);
  });

  it.each(complete.map((t) => [t.id, t] as const))('%s has every text in lv, lt and en', (_id, template) => {
    for (const lang of LANGUAGES) expect(missingLanguageFields(template, lang), lang).toEqual([]);
  });

  it.each(OWNED)('%s: lt sits after lv, Lithuanian letters in lt, Latvian in lv, 2-space JSON', (id) => {
    const text = raw(id);
    expect(text).toBe(`${JSON.stringify(JSON.parse(text), null, 2)}\n`);
    const all = texts(JSON.parse(text));
    expect(all.length).toBeGreaterThan(50);
    for (const [at, t] of all) {
      expect(Object.keys(t), at).toEqual(['lv', 'lt', 'en']);
      // ā ē ī ģ ķ ļ ņ are Latvian only; ą ę ė į ų Lithuanian only.
      expect(t.lt, at).not.toMatch(/[āēīģķļņĀĒĪĢĶĻŅ]/);
      expect(t.lv, at).not.toMatch(/[ąęėįųĄĘĖĮŲ]/);
      // lt equal to lv is an untranslated copy, unless it is a name (the same in English).
      if (t.lt === t.lv) expect(t.lt, at).toBe(t.en);
    }
  });

  it.each(OWNED)('%s: every KPI states "pace", and stocks, rates and averages are not paced', (id) => {
    const kpis = (JSON.parse(raw(id)) as { kpis: { id: string; unit: string; pace?: boolean }[] }).kpis;
    for (const k of kpis) expect(typeof k.pace, k.id).toBe('boolean');
    const stockOrRate = kpis.filter((k) => k.unit === 'percent' || /total|rate|average|cost-per/.test(k.id));
    const known = id === 'social-media-content' ? ['followers-total'] : ['cost-per-lead', 'engagement-rate'];
    expect(stockOrRate.map((k) => k.id)).toEqual(expect.arrayContaining(known));
    for (const k of stockOrRate) expect(k.pace, k.id).toBe(false);
  });
});
