// The sidebar's Facebook and Instagram (Meta CSV) words in English, Latvian and Lithuanian.
import type { Language } from '../core/template/schema';

export interface SocialWords {
  title: string;
  hint: string;
  files: string;
  import: string;
  importing: string;
  reading: string;
  needFiles: string;
  tooMany: (max: number) => string;
  tooBig: (file: string) => string;
  unreadable: (file: string) => string;
  noValue: string;
  done: (month: string, files: number, posts: number, sheet: string) => string;
  typed: (name: string, typed: string, files: string) => string;
}

export const SOCIAL_WORDS: Record<Language, SocialWords> = {
  en: {
    title: 'Facebook and Instagram',
    hint: 'CSV files from Meta Business Suite (Insights › Export data, with the interface in English): content files '
      + 'and daily files such as "Facebook follows".',
    files: 'Meta CSV files', import: 'Import Meta CSV', importing: 'Importing the Meta files…',
    reading: 'Reading the files…',
    needFiles: 'Choose one or more CSV files exported from Meta Business Suite.',
    tooMany: (n) => `Choose at most ${n} files at a time.`,
    tooBig: (f) => `"${f}" is too large for one import; export a shorter period.`,
    unreadable: (f) => `"${f}" could not be read in the browser; save it again and choose it once more.`,
    noValue: 'not in these files',
    done: (m, f, p, s) => `Facebook and Instagram for ${m}: ${f} file${f === 1 ? '' : 's'}, ${p} `
      + `post${p === 1 ? '' : 's'}, written into "${s}".`,
    typed: (n, t, f) => `${n}: ${t} kept as typed (files: ${f})`,
  },
  lv: {
    title: 'Facebook un Instagram',
    hint: 'CSV faili no Meta Business Suite (Insights › Export data, ar saskarni angļu valodā): satura faili un dienas '
      + 'faili, piemēram, „Facebook follows”.',
    files: 'Meta CSV faili', import: 'Importēt Meta CSV', importing: 'Importē Meta failus…', reading: 'Nolasa failus…',
    needFiles: 'Izvēlieties vienu vai vairākus no Meta Business Suite eksportētus CSV failus.',
    tooMany: (n) => `Izvēlieties ne vairāk kā ${n} failus vienlaikus.`,
    tooBig: (f) => `„${f}” ir pārāk liels vienam importam; eksportējiet īsāku periodu.`,
    unreadable: (f) => `„${f}” nevarēja nolasīt pārlūkā; saglabājiet to vēlreiz un izvēlieties no jauna.`,
    noValue: 'šajos failos nav',
    done: (m, f, p, s) => `Facebook un Instagram par ${m}: faili ${f}, ieraksti ${p}, ierakstīti lapā „${s}”.`,
    typed: (n, t, f) => `${n}: atstāts ievadītais ${t} (faili: ${f})`,
  },
  lt: {
    title: 'Facebook ir Instagram',
    hint: 'CSV failai iš Meta Business Suite (Insights › Export data, su sąsaja anglų kalba): turinio failai ir dienos '
      + 'failai, pvz., „Facebook follows“.',
    files: 'Meta CSV failai', import: 'Importuoti Meta CSV', importing: 'Importuojami Meta failai…',
    reading: 'Skaitomi failai…',
    needFiles: 'Pasirinkite vieną ar kelis iš Meta Business Suite eksportuotus CSV failus.',
    tooMany: (n) => `Vienu metu pasirinkite ne daugiau kaip ${n} failų.`,
    tooBig: (f) => `„${f}“ per didelis vienam importui; eksportuokite trumpesnį laikotarpį.`,
    unreadable: (f) => `„${f}“ nepavyko perskaityti naršyklėje; išsaugokite jį iš naujo ir pasirinkite dar kartą.`,
    noValue: 'šiuose failuose nėra',
    done: (m, f, p, s) => `Facebook ir Instagram už ${m}: failų ${f}, įrašų ${p}, įrašyta į „${s}“.`,
    typed: (n, t, f) => `${n}: paliktas įvestas ${t} (failai: ${f})`,
  },
};
