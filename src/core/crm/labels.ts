// Words on the CRM data sheet and the review's CRM sentences in Latvian, Lithuanian and English.
import type { Language } from '../template/schema';

export interface CrmLabels {
  title: string; notes: string; portal: string; period: string; timeZone: string; counted: string; rows: string;
  bySource: string; byDay: string; won: string; source: string; code: string; leads: string; share: string;
  wonDeals: string; day: string; closed: string; deal: string; amount: string; currency: string; total: string;
  noSource: string; noLeads: string; noWon: string;
  zone(offsets: string): string; countedText: string;
  rowsText(leads: string, won: string): string;
  unnamed(codes: string): string;
  outside(n: string): string;
  /** The review: the label and the sentence naming the top lead sources. */
  topSourcesLabel: string;
  topSources(total: string, top: string): string;
  sourceShare(name: string, n: string, pct: string): string;
  /** The review: the source of most won deals. */
  bestWonLabel: string;
  bestWon(name: string, n: string, of: string): string;
}

const en: CrmLabels = {
  title: 'Bitrix24 CRM', notes: 'Data notes', portal: 'Portal', period: 'Period', timeZone: 'Time zone',
  counted: 'Counted', rows: 'Rows', bySource: 'Leads by source', byDay: 'Leads by day', won: 'Won deals',
  source: 'Source', code: 'Code', leads: 'Leads', share: 'Share of leads', wonDeals: 'Won deals', day: 'Day',
  closed: 'Closed', deal: 'Deal', amount: 'Amount', currency: 'Currency', total: 'Total',
  noSource: '(no source)', noLeads: 'No lead in the month.', noWon: 'No deal won in the month.',
  zone: (o) => `the portal's own (UTC${o}, as its dates carry it); a day is the portal's calendar day`,
  countedText: 'Leads created in the period; deals won (stage semantics S) closed in the period, every pipeline.',
  rowsText: (l, w) => `${l} leads, ${w} won deals`,
  unnamed: (c) => `The portal gives no name for the source code(s) ${c}; they are shown by code.`,
  outside: (n) => `${n} row(s) dated outside the month on the portal's calendar were left out.`,
  topSourcesLabel: 'Top lead sources (Bitrix24)',
  topSources: (t, top) => `${t} leads; the most came from ${top}.`,
  sourceShare: (name, n, pct) => `${name} (${n}, ${pct})`,
  bestWonLabel: 'Source of most won deals (Bitrix24)',
  bestWon: (name, n, of) => `${name}: ${n} of the month's ${of} won deals.`,
};

const lv: CrmLabels = {
  title: 'Bitrix24 CRM', notes: 'Piezīmes par datiem', portal: 'Portāls', period: 'Periods', timeZone: 'Laika josla',
  counted: 'Skaitīts', rows: 'Rindas', bySource: 'Līdi pēc avota', byDay: 'Līdi pa dienām',
  won: 'Iegūtie darījumi',
  source: 'Avots', code: 'Kods', leads: 'Līdi', share: 'Daļa no līdiem', wonDeals: 'Iegūtie darījumi',
  day: 'Diena', closed: 'Noslēgts', deal: 'Darījums', amount: 'Summa', currency: 'Valūta', total: 'Kopā',
  noSource: '(bez avota)', noLeads: 'Mēnesī nav līdu.', noWon: 'Mēnesī nav iegūtu darījumu.',
  zone: (o) => `portāla josla (UTC${o}, kā to rāda tā datumi); diena ir portāla kalendāra diena`,
  countedText: 'Periodā izveidotie līdi; periodā noslēgtie iegūtie darījumi (stadijas nozīme S), '
    + 'visos virzienos.',
  rowsText: (l, w) => `${l} līdi, ${w} iegūti darījumi`,
  unnamed: (c) => `Portāls nedod nosaukumu avota kodiem ${c}; tie rādīti ar kodu.`,
  outside: (n) => `${n} rindas ar datumu ārpus mēneša (pēc portāla kalendāra) netika ņemtas vērā.`,
  topSourcesLabel: 'Galvenie līdu avoti (Bitrix24)',
  topSources: (t, top) => `${t} līdi; visvairāk no: ${top}.`,
  sourceShare: (name, n, pct) => `${name} (${n}, ${pct})`,
  bestWonLabel: 'Avots ar visvairāk iegūtiem darījumiem (Bitrix24)',
  bestWon: (name, n, of) => `${name}: ${n} no mēneša ${of} iegūtajiem darījumiem.`,
};

const lt: CrmLabels = {
  title: 'Bitrix24 CRM', notes: 'Pastabos apie duomenis', portal: 'Portalas', period: 'Laikotarpis',
  timeZone: 'Laiko juosta', counted: 'Skaičiuota', rows: 'Eilutės',
  bySource: 'Potencialūs klientai pagal šaltinį',
  byDay: 'Potencialūs klientai pagal dieną', won: 'Laimėti sandoriai', source: 'Šaltinis', code: 'Kodas',
  leads: 'Potencialūs klientai', share: 'Dalis', wonDeals: 'Laimėti sandoriai', day: 'Diena', closed: 'Uždarytas',
  deal: 'Sandoris', amount: 'Suma', currency: 'Valiuta', total: 'Iš viso',
  noSource: '(be šaltinio)', noLeads: 'Šį mėnesį potencialių klientų nėra.',
  noWon: 'Šį mėnesį laimėtų sandorių nėra.',
  zone: (o) => `portalo juosta (UTC${o}, kaip rodo jo datos); diena yra portalo kalendoriaus diena`,
  countedText: 'Laikotarpiu sukurti potencialūs klientai; laikotarpiu uždaryti laimėti sandoriai '
    + '(etapo reikšmė S), '
    + 'visose kryptyse.',
  rowsText: (l, w) => `${l} potencialūs klientai, ${w} laimėti sandoriai`,
  unnamed: (c) => `Portalas nepateikia pavadinimo šaltinio kodams ${c}; jie rodomi kodu.`,
  outside: (n) => `${n} eil. su data už mėnesio ribų (pagal portalo kalendorių) nebuvo įtrauktos.`,
  topSourcesLabel: 'Pagrindiniai potencialių klientų šaltiniai (Bitrix24)',
  topSources: (t, top) => `${t} potencialūs klientai; daugiausia iš: ${top}.`,
  sourceShare: (name, n, pct) => `${name} (${n}, ${pct})`,
  bestWonLabel: 'Šaltinis, davęs daugiausia laimėtų sandorių (Bitrix24)',
  bestWon: (name, n, of) => `${name}: ${n} iš ${of} mėnesio laimėtų sandorių.`,
};

const ALL: Record<Language, CrmLabels> = { en, lv, lt };

export function crmLabels(lang: Language): CrmLabels {
  return ALL[lang];
}

/** A whole number as running text writes it: 1,084 in English, 1 084 (no-break space) in Latvian and Lithuanian. */
export function countText(n: number, lang: Language): string {
  return String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, lang === 'en' ? ',' : '\u00a0');
}

/** A share as running text: 38% in English, 38 % in Latvian and Lithuanian. */
export function shareText(share: number, lang: Language): string {
  const pct = Math.round(share * 100);
  return lang === 'en' ? `${pct}%` : `${pct}\u00a0%`;
}
