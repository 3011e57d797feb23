// The add-on's words about closing and reopening a month, in English, Latvian and Lithuanian.
import type { Language } from '../core/template/schema';

interface CloseMessages {
  noKpiSheet: (month: string) => string;
  alreadyClosed: (month: string, by: string, at: string) => string;
  notClosed: (month: string) => string;
  tooLarge: string;
}

const en: CloseMessages = {
  noKpiSheet: (m) => `${m} has no KPI results sheet yet: generate it before closing the month.`,
  alreadyClosed: (m, by, at) => `${m} is already closed (by ${by}, ${at}). Reopen it first to close it again.`,
  notClosed: (m) => `${m} is not closed.`,
  tooLarge: 'The month has too many KPIs to keep its snapshot with the sheet; nothing was changed.',
};

const lv: CloseMessages = {
  noKpiSheet: (m) => `Mēnesim ${m} vēl nav KPI rezultātu lapas: izveidojiet to pirms mēneša slēgšanas.`,
  alreadyClosed: (m, by, at) =>
    `Mēnesis ${m} jau ir slēgts (${by}, ${at}). Lai to slēgtu vēlreiz, vispirms atveriet to.`,
  notClosed: (m) => `Mēnesis ${m} nav slēgts.`,
  tooLarge: 'Mēnesim ir pārāk daudz KPI, lai tā momentuzņēmumu saglabātu pie lapas; nekas netika mainīts.',
};

const lt: CloseMessages = {
  noKpiSheet: (m) => `${m} dar neturi KPI rezultatų lapo: sukurkite jį prieš uždarydami mėnesį.`,
  alreadyClosed: (m, by, at) =>
    `${m} jau uždarytas (${by}, ${at}). Norėdami uždaryti dar kartą, pirma jį atidarykite.`,
  notClosed: (m) => `${m} nėra uždarytas.`,
  tooLarge: 'Mėnuo turi per daug KPI, kad jo momentinė kopija tilptų prie lapo; niekas nepakeista.',
};

const ALL: Record<Language, CloseMessages> = { en, lv, lt };

export function closeMessages(lang: Language): CloseMessages {
  return ALL[lang];
}
