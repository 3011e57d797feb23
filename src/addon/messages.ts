// The add-on's own words (menu, toasts, errors) in Latvian, Lithuanian and English; sheet labels live in the core.
import type { Language } from '../core/template/schema';

export interface Messages {
  menuOpen: string;
  menuGenerate: string;
  menuDownload: string;
  sidebarTitle: string;
  generated: (count: number, month: string) => string;
  checkField: (field: string, problem: string) => string;
  unknownTemplate: (id: string, valid: string[]) => string;
  noSheets: (month: string) => string;
  noTemplate: string;
  /** Another call (a second click, the menu) is changing the document. */
  busy: string;
  /** The document's properties are full even after dropping old GA4 copies: nothing was changed. */
  storeFull: string;
  /** The events are too long to keep with the sheets (a tag holds 30,000 characters). */
  eventsTooLong: string;
  generic: string;
}

const en: Messages = {
  menuOpen: 'Open sidebar',
  menuGenerate: "Generate this month's sheets",
  menuDownload: 'Download the Excel report…',
  sidebarTitle: 'KPI Planner',
  generated: (n, m) => `Generated ${n} sheet${n === 1 ? '' : 's'} for ${m}.`,
  checkField: (f, p) => (f ? `Please check "${f}": ${p}` : `Please check the request: ${p}`),
  unknownTemplate: (id, valid) => `There is no template "${id}". Choose one of: ${valid.join(', ')}.`,
  noSheets: (m) => `There are no KPI Planner sheets for ${m} yet: generate them first.`,
  noTemplate: 'Choose a template in the sidebar first.',
  busy: 'KPI Planner is still busy with another request in this spreadsheet. Please try again in a moment.',
  storeFull:
    'The storage this spreadsheet gives add-ons is full (other add-ons may use it too), ' +
    'so nothing was changed. Please tell whoever manages this spreadsheet\'s add-ons.',
  eventsTooLong: 'The events are too long to keep with the sheets. Please shorten their titles or list fewer events.',
  generic: 'KPI Planner could not finish. Please try again; if it happens again, reload the spreadsheet.',
};

const lv: Messages = {
  menuOpen: 'Atvērt sānjoslu',
  menuGenerate: 'Izveidot šī mēneša lapas',
  menuDownload: 'Lejupielādēt Excel atskaiti…',
  sidebarTitle: 'KPI Planner',
  generated: (n, m) => `Izveidotas lapas mēnesim ${m}: ${n}.`,
  checkField: (f, p) => (f ? `Lūdzu, pārbaudiet „${f}”: ${p}` : `Lūdzu, pārbaudiet pieprasījumu: ${p}`),
  unknownTemplate: (id, valid) => `Veidne „${id}” nav atrasta. Izvēlieties kādu no: ${valid.join(', ')}.`,
  noSheets: (m) => `Mēnesim ${m} vēl nav KPI Planner lapu: vispirms izveidojiet tās.`,
  noTemplate: 'Vispirms sānjoslā izvēlieties veidni.',
  busy: 'KPI Planner vēl apstrādā citu pieprasījumu šajā izklājlapā. Lūdzu, pēc brīža mēģiniet vēlreiz.',
  storeFull:
    'Izklājlapas krātuve papildinājumiem ir pilna (to var izmantot arī citi papildinājumi), tāpēc ' +
    'nekas netika mainīts. Lūdzu, ziņojiet par to izklājlapas papildinājumu pārvaldītājam.',
  eventsTooLong:
    'Notikumi ir pārāk gari, lai tos saglabātu kopā ar lapām. ' +
    'Lūdzu, saīsiniet nosaukumus vai norādiet mazāk notikumu.',
  generic: 'KPI Planner neizdevās pabeigt darbu. Lūdzu, mēģiniet vēlreiz; ja kļūda atkārtojas, pārlādējiet izklājlapu.',
};

const lt: Messages = {
  menuOpen: 'Atidaryti šoninę juostą',
  menuGenerate: 'Sukurti šio mėnesio lapus',
  menuDownload: 'Atsisiųsti Excel ataskaitą…',
  sidebarTitle: 'KPI Planner',
  generated: (n, m) => `Sukurta lapų ${m} mėnesiui: ${n}.`,
  checkField: (f, p) => (f ? `Patikrinkite „${f}“: ${p}` : `Patikrinkite užklausą: ${p}`),
  unknownTemplate: (id, valid) => `Šablono „${id}“ nėra. Pasirinkite vieną iš: ${valid.join(', ')}.`,
  noSheets: (m) => `${m} mėnesiui dar nėra KPI Planner lapų: pirmiausia juos sukurkite.`,
  noTemplate: 'Pirmiausia šoninėje juostoje pasirinkite šabloną.',
  busy: 'KPI Planner dar vykdo kitą užklausą šioje skaičiuoklėje. Po akimirkos bandykite dar kartą.',
  storeFull:
    'Skaičiuoklės saugykla priedams pilna (ją gali naudoti ir kiti priedai), todėl niekas ' +
    'nebuvo pakeista. Praneškite apie tai skaičiuoklės priedus tvarkančiam asmeniui.',
  eventsTooLong:
    'Įvykiai per ilgi, kad būtų išsaugoti kartu su lapais. Sutrumpinkite ' +
    'pavadinimus arba nurodykite mažiau įvykių.',
  generic: 'KPI Planner nepavyko baigti darbo. Bandykite dar kartą; jei klaida kartojasi, iš naujo įkelkite '
    + 'skaičiuoklę.',
};

const ALL: Record<Language, Messages> = { en, lv, lt };

export function messages(lang: Language): Messages {
  return ALL[lang];
}

/** "lv", "lv_LV", "lt-LT" → lv / lt; everything else → en. */
export function languageOfLocale(locale: string): Language {
  const base = locale.toLowerCase().split(/[-_]/)[0];
  return base === 'lv' || base === 'lt' ? base : 'en';
}
