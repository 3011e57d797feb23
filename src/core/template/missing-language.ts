// Finds the template texts that lack a language, so the CLI can warn once before English fills them in.
import { fieldPath } from './parse';
import type { Language, Template } from './schema';

const LANGUAGE_NAMES: Record<Language, string> = { lv: 'Latvian', lt: 'Lithuanian', en: 'English' };
const TEXT_KEYS = new Set(['lv', 'lt', 'en']);
/** Paths named in the warning before it says "…": enough to find the gap, short enough to read. */
const SHOWN = 5;

/** A LocalizedText after parsing: an object with an English string and no keys but lv, lt and en. */
function isLocalizedText(value: object): value is Record<Language, string | undefined> {
  const keys = Object.keys(value);
  return typeof (value as { en?: unknown }).en === 'string' && keys.every((k) => TEXT_KEYS.has(k));
}

/**
 * Field paths (`title`, `sections[0].steps[2].title`, `kpis[1].name`…) of every text that has no
 * `lang` variant, in document order. The walk is generic so a text field added to the schema is
 * covered without touching this file.
 */
export function missingLanguageFields(template: Template, lang: Language): string[] {
  const found: string[] = [];
  const walk = (value: unknown, path: (string | number)[]): void => {
    if (Array.isArray(value)) value.forEach((item, i) => walk(item, [...path, i]));
    else if (value !== null && typeof value === 'object') {
      if (isLocalizedText(value)) {
        if (!value[lang]) found.push(fieldPath(path));
      } else for (const [key, item] of Object.entries(value)) walk(item, [...path, key]);
    }
  };
  walk(template, []);
  return found;
}

/**
 * One sentence for all gaps, or null when there are none: "template my.json has no Lithuanian
 * text for: title, sections[0].steps[2].title, … (12 fields); English is used there".
 */
export function missingLanguageWarning(template: Template, lang: Language, name: string): string | null {
  const fields = missingLanguageFields(template, lang);
  if (fields.length === 0) return null;
  const listed = fields.slice(0, SHOWN).join(', ') + (fields.length > SHOWN ? ', …' : '');
  const count = fields.length === 1 ? '1 field' : `${fields.length} fields`;
  return `template ${name} has no ${LANGUAGE_NAMES[lang]} text for: ${listed} (${count}); English is used there`;
}
