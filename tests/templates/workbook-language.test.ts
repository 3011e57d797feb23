// The generated workbook speaks one language: no template text of another language reaches a sheet.
import { describe, expect, it } from 'vitest';
import { buildWorkbook } from '../../src/core/build-workbook';
import type { EventRecord } from '../../src/core/model/input';
import type { Cell } from '../../src/core/model/workbook';
import { listTemplates, findTemplate } from '../../src/core/template/registry';
import { LANGUAGES, Template, type Language, type LocalizedText } from '../../src/core/template/schema';

const YEAR = Array.from({ length: 12 }, (_, i) => `2026-${String(i + 1).padStart(2, '0')}`);
/** A webinar and an open day mid-month all year, so the event-bound steps and tasks are planned too. */
const EVENTS: EventRecord[] = [...YEAR, '2027-01'].flatMap((m) => [
  { type: 'webinar', date: `${m}-15`, time: '18:00', title: 'Webinar' },
  { type: 'open-day', date: `${m}-20`, time: '17:00', title: 'Open day' },
]);

function texts(value: unknown): LocalizedText[] {
  if (Array.isArray(value)) return value.flatMap(texts);
  if (value === null || typeof value !== 'object') return [];
  if (typeof (value as LocalizedText).en === 'string') return [value as LocalizedText];
  return Object.values(value).flatMap(texts);
}

/** Every piece of text a year of workbooks shows: cells, sheet names, document title and description. */
function shownText(template: Template, lang: Language): string {
  const out = new Set<string>();
  const add = (c: Cell) => {
    const s = typeof c === 'string' ? c : c && typeof c === 'object' && 'text' in c ? c.text : undefined;
    if (s) out.add(s);
  };
  for (const month of YEAR) {
    const wb = buildWorkbook({ template, month, today: `${month}-10`, lang, data: [], events: EVENTS });
    out.add(wb.properties.title ?? '').add(wb.properties.description ?? '');
    for (const sheet of wb.sheets) {
      out.add(sheet.name);
      for (const row of sheet.rows) row.forEach(add);
    }
  }
  return [...out].join('\n');
}

/** Template texts of another language (an English fallback included) found in the `lang` workbook. */
function foreignTexts(template: Template, lang: Language, shown: string): string[] {
  const all = texts(template);
  const own = all.flatMap((t) => t[lang] ?? []);
  const found = new Set<string>();
  for (const t of all) {
    for (const other of LANGUAGES) {
      const foreign = t[other];
      // Names (Facebook, CRM (Bitrix24)) are the same in every language; a piece of our own text is no sign.
      if (other === lang || !foreign || foreign === t[lang] || own.some((o) => o.includes(foreign))) continue;
      if (shown.includes(foreign)) found.add(foreign);
    }
  }
  return [...found];
}

const cases = listTemplates().flatMap((t) => LANGUAGES.map((lang) => [t.id, lang, t] as const));

describe('one language per workbook', () => {
  it('covers every bundled template in every language', () => expect(cases).toHaveLength(9));

  it.each(cases)('%s in %s: only that language\'s template texts', (_id, lang, template) => {
    const shown = shownText(template, lang);
    // Not vacuous: every KPI name and most step titles are on the sheets in this language.
    for (const k of template.kpis) expect(shown, k.id).toContain(k.name[lang]);
    const steps = template.sections.flatMap((s) => s.steps);
    const seen = steps.filter((s) => shown.includes(s.title[lang] ?? '\u0000'));
    expect(seen.length, 'step titles shown').toBeGreaterThan(steps.length / 2);
    expect(foreignTexts(template, lang, shown)).toEqual([]);
  });

  it('catches an English fallback: one task without Lithuanian shows up', () => {
    const json = JSON.parse(JSON.stringify(findTemplate('social-media-content'))) as {
      sections: { steps: { tasks: { text: LocalizedText }[] }[] }[];
    };
    const task = json.sections[0].steps[5].tasks[0].text;
    delete task.lt;
    const template = Template.parse(json);
    expect(foreignTexts(template, 'lt', shownText(template, 'lt'))).toEqual([task.en]);
  });
});
