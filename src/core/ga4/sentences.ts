// GA4 notes and "no value" reasons in Latvian and Lithuanian, matched from the English the import stores.
import type { Language } from '../template/schema';

/**
 * The import (API parse, CSV reader, the add-on's store) keeps its notes in English: that is what
 * is saved with a month and what the CLI prints. The sheet translates them here when it is
 * written. Text that matches nothing (e.g. GA4's own `emptyReason`) stays as GA4 wrote it.
 * In `en`, each `{}` stands for a value (metric, date, count) carried into the translation.
 */
type Wording = (v: string[]) => string;
interface Sentence { en: string; lv: Wording; lt: Wording }

const SENTENCES: Sentence[] = [
  // parse.ts (Data API)
  { en: 'GA4 sent no value', lv: () => 'GA4 nenosūtīja vērtību', lt: () => 'GA4 neatsiuntė reikšmės' },
  {
    en: 'GA4 has no data for this in the month',
    lv: () => 'GA4 šajā mēnesī par to nav datu', lt: () => 'GA4 šį mėnesį apie tai neturi duomenų',
  },
  {
    en: "Money metrics are in {}, the property's currency, not EUR.",
    lv: ([c]) => `Naudas metrikas ir ${c}, īpašuma valūtā, nevis EUR.`,
    lt: ([c]) => `Pinigų metrikos pateiktos ${c} (nuosavybės valiuta), ne EUR.`,
  },
  // csv-import.ts (offline export)
  {
    en: 'Only the first table of the export was read.',
    lv: () => 'Nolasīta tikai eksporta pirmā tabula.', lt: () => 'Nuskaityta tik pirmoji eksporto lentelė.',
  },
  {
    en: 'Columns not used: {}.',
    lv: ([list]) => `Neizmantotās kolonnas: ${list}.`, lt: ([list]) => `Nenaudoti stulpeliai: ${list}.`,
  },
  {
    en: '"Users" was read as activeUsers (GA4 reports call active users "Users");' +
      ' a totalUsers KPI needs a "Total users" column.',
    lv: () => 'Kolonna “Users” (“Lietotāji”) nolasīta kā activeUsers: tā GA4 pārskatos sauc aktīvos lietotājus;' +
      ' totalUsers KPI vajadzīga kolonna “Total users” (“Lietotāji kopā”).',
    lt: () => 'Stulpelis „Users“ („Naudotojai“) nuskaitytas kaip activeUsers: taip GA4 ataskaitose' +
      ' vadinami aktyvūs naudotojai; totalUsers KPI reikia stulpelio „Total users“ („Iš viso naudotojų“).',
  },
  {
    en: 'A CSV export does not say whether GA4 sampled or thresholded the data.',
    lv: () => 'CSV eksports nenorāda, vai GA4 datiem izmantoja izlasi vai sliekšņus.',
    lt: () => 'CSV eksportas nenurodo, ar GA4 duomenims taikė imtį ar ribas.',
  },
  {
    en: 'The export covers only {} – {}.',
    lv: ([a, b]) => `Eksports aptver tikai ${a} – ${b}.`, lt: ([a, b]) => `Eksportas apima tik ${a} – ${b}.`,
  },
  {
    en: 'The file does not say which period it covers; it was taken as {}.',
    lv: ([m]) => `Failā nav norādīts periods; pieņemts, ka tas ir ${m}.`,
    lt: ([m]) => `Faile nenurodytas laikotarpis; laikoma, kad tai ${m}.`,
  },
  {
    en: 'the export has no totals row, and {} cannot be added up from its {} (one user on two days is still' +
      ' one user); export with totals or use --ga-property',
    lv: ([metric, what]) => `eksportā nav kopsummu rindas, un ${metric} nevar saskaitīt no ` +
      `${what === 'days' ? 'dienām' : 'rindām'} (viens lietotājs divās dienās joprojām ir viens lietotājs);` +
      ' eksportējiet ar kopsummām vai izmantojiet --ga-property',
    lt: ([metric, what]) => `eksporte nėra sumų eilutės, o ${metric} negalima sudėti iš ` +
      `${what === 'days' ? 'dienų' : 'eilučių'} (vienas naudotojas per dvi dienas vis tiek yra vienas` +
      ' naudotojas); eksportuokite su sumomis arba naudokite --ga-property',
  },
  {
    en: 'the CSV has no column for {}',
    lv: ([metric]) => `CSV failā nav kolonnas ${metric}`, lt: ([metric]) => `CSV faile nėra stulpelio ${metric}`,
  },
  {
    en: 'the CSV is not broken down by {}, so this filter cannot be applied',
    lv: ([d]) => `CSV nav sadalīts pēc ${d}, tāpēc šo filtru nevar piemērot`,
    lt: ([d]) => `CSV nesuskirstytas pagal ${d}, todėl šio filtro pritaikyti negalima`,
  },
  {
    en: '{} rows match the filter and {} cannot be added up across them',
    lv: ([n, metric]) => `filtram atbilst ${n} rindas, un ${metric} tajās nevar saskaitīt`,
    lt: ([n, metric]) => `filtrą atitinka eilučių: ${n}, o ${metric} jose negalima sudėti`,
  },
  // src/addon/ga4-store.ts (campaigns capped to fit the document's storage)
  {
    en: 'Campaigns: the {} with the most sessions are listed; {} more are left out.',
    lv: ([shown, left]) => `Kampaņas: uzskaitītas ${shown} ar visvairāk sesijām; vēl ${left} nav iekļautas.`,
    lt: ([shown, left]) => `Kampanijos: išvardytos ${shown} su daugiausia seansų; dar ${left} neįtrauktos.`,
  },
];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const PATTERNS = SENTENCES.map((s) => ({ ...s, re: new RegExp(`^${s.en.split('{}').map(escape).join('(.+?)')}$`) }));

/** A GA4 note or "no value" reason in `lang`; English, and text we do not know, pass unchanged. */
export function localizeGa4Text(text: string, lang: Language): string {
  if (lang === 'en') return text;
  for (const sentence of PATTERNS) {
    const m = sentence.re.exec(text);
    if (m) return sentence[lang](m.slice(1));
  }
  return text;
}
