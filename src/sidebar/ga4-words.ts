// The sidebar's Google Analytics 4 words in English, Latvian and Lithuanian.
import type { Language } from '../core/template/schema';

export interface Ga4Words {
  hint: string;
  property: string;
  import: string;
  importing: string;
  needProperty: string;
  noValue: string;
  sampled: string;
  thresholded: string;
  otherRow: string;
  done: (month: string, property: string, sheet: string) => string;
  /** GA4's number, and the manager's own entry that stays in the sheet instead. */
  typed: (name: string, typed: string, ga4: string) => string;
  note: (timeZone: string, currency: string, requests: number) => string;
}

export const GA4_WORDS: Record<Language, Ga4Words> = {
  en: {
    hint: "The month's website numbers as GA4 counts them, into the KPI results and a GA4 data sheet.",
    property: 'GA4 property ID', import: 'Import Google Analytics', importing: 'Importing Google Analytics…',
    needProperty: 'Type the GA4 property ID (a number, under GA4 Admin › Property details).',
    noValue: 'no data in GA4',
    sampled: 'GA4 sampled the data: the numbers are estimates.',
    thresholded: 'GA4 may have withheld rows (privacy thresholds): small numbers can be missing.',
    otherRow: 'GA4 folded some rows into "(other)": the channel or campaign breakdown is incomplete.',
    done: (m, p, s) => `Google Analytics for ${m} imported from property ${p} into "${s}".`,
    typed: (n, t, g) => `${n}: ${t} kept as typed (GA4: ${g})`,
    note: (tz, c, n) => `Time zone ${tz}, currency ${c}; ${n} request${n === 1 ? '' : 's'} to GA4.`,
  },
  lv: {
    hint: 'Mēneša vietnes skaitļi tā, kā tos skaita GA4, KPI rezultātos un GA4 datu lapā.',
    property: 'GA4 īpašuma ID', import: 'Importēt Google Analytics', importing: 'Importē Google Analytics…',
    needProperty: 'Ierakstiet GA4 īpašuma ID (skaitlis sadaļā GA4 Administrēšana › Īpašuma informācija).',
    noValue: 'GA4 datu nav',
    sampled: 'GA4 datus ņēma izlases veidā: skaitļi ir aptuveni.',
    thresholded: 'GA4 var būt slēpis rindas (privātuma sliekšņi): mazi skaitļi var trūkt.',
    otherRow: 'GA4 daļu rindu apvienoja „(other)”: kanālu vai kampaņu sadalījums nav pilnīgs.',
    done: (m, p, s) => `Google Analytics dati mēnesim „${m}” importēti no īpašuma ${p} lapā „${s}”.`,
    typed: (n, t, g) => `${n}: atstāts ievadītais ${t} (GA4: ${g})`,
    note: (tz, c, n) => `Laika josla ${tz}, valūta ${c}; pieprasījumi GA4: ${n}.`,
  },
  lt: {
    hint: 'Mėnesio svetainės skaičiai, kaip juos skaičiuoja GA4, į KPI rezultatus ir GA4 duomenų lapą.',
    property: 'GA4 nuosavybės ID', import: 'Importuoti Google Analytics', importing: 'Importuojama Google Analytics…',
    needProperty: 'Įrašykite GA4 nuosavybės ID (skaičius skiltyje GA4 Administravimas › Nuosavybės informacija).',
    noValue: 'GA4 duomenų nėra',
    sampled: 'GA4 duomenis atrinko imties būdu: skaičiai apytiksliai.',
    thresholded: 'GA4 galėjo nuslėpti eilutes (privatumo slenksčiai): maži skaičiai gali trūkti.',
    otherRow: 'GA4 dalį eilučių sujungė į „(other)“: kanalų ar kampanijų suskirstymas nepilnas.',
    done: (m, p, s) => `Google Analytics duomenys (${m}) importuoti iš nuosavybės ${p} į lapą „${s}“.`,
    typed: (n, t, g) => `${n}: paliktas įvestas ${t} (GA4: ${g})`,
    note: (tz, c, n) => `Laiko juosta ${tz}, valiuta ${c}; užklausų į GA4: ${n}.`,
  },
};
