// What the add-on says about a Meta CSV file it could not read, in Latvian, Lithuanian and English.
import type { Language } from '../core/template/schema';

export interface SocialMessages {
  /** `detail` is the reader's own account: the line or the columns it found, and what it expected. */
  unreadable: (file: string, detail: string) => string;
}

const ALL: Record<Language, SocialMessages> = {
  en: { unreadable: (f, d) => `"${f}" is not a Meta Business Suite export this add-on can read: ${d}` },
  lv: { unreadable: (f, d) => `„${f}” nav Meta Business Suite eksports, ko šis papildinājums var nolasīt: ${d}` },
  lt: { unreadable: (f, d) => `„${f}“ nėra Meta Business Suite eksportas, kurį šis priedas gali perskaityti: ${d}` },
};

export function socialMessages(lang: Language): SocialMessages {
  return ALL[lang];
}
