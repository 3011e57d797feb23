// Imports Meta Business Suite CSV exports sent by the sidebar: social actuals and the Social data sheet, one pipeline.
import { InputError } from '../core/errors';
import { keepBlankActuals, releaseImported, sameNumber } from '../core/ga4/ownership';
import { pick } from '../core/i18n';
import type { EntryValue } from '../core/model/input';
import type { SheetId as AnySheetId } from '../core/sheets/context';
import { socialActuals, socialMonth } from '../core/social/actuals';
import { parseSocialCsv } from '../core/social/parse';
import type { SocialFile } from '../core/social/types';
import type { Language } from '../core/template/schema';
import { fieldError } from './errors';
import { messages } from './messages';
import { buildMonth, mainRun, monthInput, readMonth, sheetsToWrite, writeSheets } from './month-pipeline';
import { readAll } from './props';
import type { Services } from './services';
import { ImportSocialArgsSchema, type SocialActualInfo, type SocialImportResult } from './social-api';
import { socialMessages } from './social-messages';
import { requireTemplate } from './templates';
import { saveImported } from './import-store';
import { loadWritten, saveWritten } from './written-store';
import { noteImport } from './import-times';

const FOLLOWERS = ['summary', 'review'] as const;

/** Every file is read before anything is written; a file that does not read names itself and what it holds. */
function readFiles(files: { name: string; text: string }[], lang: Language): SocialFile[] {
  return files.map(({ name, text }) => {
    try {
      return parseSocialCsv(text, name);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      throw fieldError(socialMessages(lang).unreadable(name, error.message), 'socialFiles');
    }
  });
}

export function importSocial(services: Services, raw: unknown, uiLang: Language): SocialImportResult {
  const args = ImportSocialArgsSchema.parse(raw);
  const social = socialMonth(readFiles(args.files, uiLang), args.month);
  const reading = readMonth(services, args.month);
  const found = mainRun(reading);
  if (!found) throw fieldError(messages(uiLang).noSheets(args.month), 'month');
  const run = { ...found, today: services.today() };
  const template = requireTemplate(run.template, run.lang);
  const mapped = template.kpis.filter((k) => k.social);

  // As GA4's and the CRM's: a number still as the last import wrote it is the import's; anything else was typed.
  const prior = loadWritten(readAll(services.documentProperties()), 'social', args.month);
  const typed = releaseImported(reading.entries, mapped.map((k) => k.id), prior, () => true).typed;
  const figures = new Map(socialActuals(social, template, reading.previous).map((r) => [r.kpi, r.actual]));
  const written: Record<string, number> = {};
  const actuals = mapped.map((k): SocialActualInfo => {
    const value = figures.get(k.id) ?? null;
    const own = typed.get(k.id);
    const info = { kpi: k.id, name: pick(k.name, run.lang), unit: k.unit, value };
    if (own !== undefined && !(typeof own === 'number' && value !== null && sameNumber(own, value))) {
      return { ...info, typed: shown(own) };
    }
    if (value !== null) written[k.id] = value;
    return info;
  });
  saveWritten(services, 'social', args.month, written);
  // Kept before the sheets are written: later builds rebuild the Social tab and the review's top posts from it.
  saveImported(services, 'social', social);

  const ga4 = reading.ga4?.result;
  const entries = ga4 ? keepBlankActuals(reading.entries, template) : reading.entries;
  // These files replace the stored posts (whose empty-actual rule would keep the new figures out).
  const without = { ...reading, imported: { crm: reading.imported?.crm ?? null, social: null } };
  const { workbook } = buildMonth({ ...monthInput(without, run, entries, ga4), social });
  const present = (id: string) => reading.sheets.ofMonth.some((t) => t.tag.sheet === id);
  const asked: AnySheetId[] = ['kpi-results', 'social', ...FOLLOWERS.filter(present)];
  const wanted = sheetsToWrite(workbook, asked, reading.sheets.ofMonth, run.template, run.lang);
  const sheets = writeSheets(services, reading, workbook.sheets.filter((s) => wanted.has(s.id)), run);
  // When it finished, for the sidebar's line about this source (getState reads it with the other properties).
  noteImport(services, 'social', args.month);
  return {
    month: args.month, files: social.files, posts: social.posts.length,
    sheet: sheets.find((s) => s.id === 'social')!.name, sheets: sheets.map((s) => s.name), actuals,
  };
}

function shown(value: EntryValue): number | string {
  return typeof value === 'number' || typeof value === 'string' ? value : String(value);
}
