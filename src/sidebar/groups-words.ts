// The sidebar's group titles and the one-line states of the number sources, in English, Latvian and Lithuanian.
import type { Language } from '../core/template/schema';

export interface GroupWords {
  month: string;
  numbers: string;
  report: string;
  periods: string;
  notSetUp: string;
  property: (id: string) => string;
  connected: (portal: string) => string;
  byHand: string;
  imported: (month: string) => string;
  /** The last import of the month picked, from an earlier session: its month and time ("yyyy-MM-dd HH:mm"). */
  importedAt: (month: string, at: string) => string;
  failed: string;
  on: string;
  onOther: string;
  off: string;
  lapsed: string;
  lastFailed: string;
  couldNotOpen: string;
}

export const GROUP_WORDS: Record<Language, GroupWords> = {
  en: {
    month: 'This month', numbers: 'Numbers', report: 'Report', periods: 'Year and round',
    notSetUp: 'not set up', property: (id) => `property ${id}`, connected: (p) => `connected: ${p}`,
    byHand: 'CSV files exported from Meta', imported: (m) => `imported: ${m}`, importedAt: (m, at) => `imported: ${m}, ${at}`, failed: 'the import failed',
    on: 'on, runs as you', onOther: 'on, runs as another editor', off: 'off',
    lapsed: 'stopped running', lastFailed: "last night's refresh had problems",
    couldNotOpen: 'could not open this spreadsheet',
  },
  lv: {
    month: 'Šis mēnesis', numbers: 'Skaitļi', report: 'Atskaite', periods: 'Gads un kārta',
    notSetUp: 'nav iestatīts', property: (id) => `īpašums ${id}`, connected: (p) => `savienots: ${p}`,
    byHand: 'no Meta eksportēti CSV faili', imported: (m) => `importēts: ${m}`, importedAt: (m, at) => `importēts: ${m}, ${at}`, failed: 'imports neizdevās',
    on: 'ieslēgta, darbojas jūsu vārdā', onOther: 'ieslēgta, darbojas cita redaktora vārdā', off: 'izslēgta',
    lapsed: 'vairs nedarbojas', lastFailed: 'pēdējā atjaunināšanā bija problēmas',
    couldNotOpen: 'nevarēja atvērt šo izklājlapu',
  },
  lt: {
    month: 'Šis mėnuo', numbers: 'Skaičiai', report: 'Ataskaita', periods: 'Metai ir etapas',
    notSetUp: 'nenustatyta', property: (id) => `nuosavybė ${id}`, connected: (p) => `prijungta: ${p}`,
    byHand: 'iš Meta eksportuoti CSV failai', imported: (m) => `importuota: ${m}`, importedAt: (m, at) => `importuota: ${m}, ${at}`, failed: 'importas nepavyko',
    on: 'įjungtas, veikia jūsų vardu', onOther: 'įjungtas, veikia kito redaktoriaus vardu', off: 'išjungtas',
    lapsed: 'nebeveikia', lastFailed: 'paskutinio atnaujinimo metu kilo problemų',
    couldNotOpen: 'nepavyko atidaryti šios skaičiuoklės',
  },
};
