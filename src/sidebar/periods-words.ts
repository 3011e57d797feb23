// The sidebar's words for the year plan and the round review, in English, Latvian and Lithuanian.
import type { Language } from '../core/template/schema';

export interface PeriodWords {
  yearTitle: string;
  yearHint: string;
  year: string;
  roundTitle: string;
  roundHint: string;
  round: string;
  half: (n: 1 | 2, year: number) => string;
  generate: string;
  download: string;
  generating: string;
  generated: (what: string) => string;
  monthsRead: (n: number) => string;
  ga4: string;
  /** A month generated: how many of its targets came from the year plan. */
  fromYearPlan: (n: number) => string;
  /** A month target on the year plan's tab that is not a number: the tab, KPI, month (worded) and what was typed. */
  planIgnored: (tab: string, kpi: string, month: string, value: string) => string;
  /** A round generated without GA4's whole-round figures: GA4's own failure message and the KPIs left empty. */
  ga4Failed: (message: string, kpis: string[]) => string;
  /** The field a server message names (`period`). */
  field: string;
}

export const PERIOD_WORDS: Record<Language, PeriodWords> = {
  en: {
    yearTitle: 'Year plan', year: 'Year',
    yearHint: 'The yearly steps on a calendar and the KPI targets for every month, typed once.',
    roundTitle: 'Round review', round: 'Round',
    roundHint: "Each month's targets and actuals from the month tabs, charts and the director's form.",
    half: (n, y) => `Half-year ${n} ${y}`,
    generate: 'Generate', download: 'Download Excel', generating: 'Generating…',
    generated: (w) => `${w} is ready.`,
    monthsRead: (n) => `Figures taken from ${n} month tab(s).`,
    ga4: "The round's users came from Google Analytics.", field: 'Year or round',
    fromYearPlan: (n) => `Targets taken from the year plan: ${n}.`,
    planIgnored: (tab, kpi, m, v) => `${tab}: the ${m} target of ${kpi} is "${v}", not a number; `
      + 'the month was made with that target empty. Type a number there or clear it.',
    ga4Failed: (m, k) => `Made without Google Analytics' figures for the whole round`
      + `${k.length ? `; left empty: ${k.join(', ')}` : ''}. ${m}`,
  },
  lv: {
    yearTitle: 'Gada plāns', year: 'Gads',
    yearHint: 'Gada soļi kalendārā un KPI mērķi katram mēnesim, ierakstīti vienreiz.',
    roundTitle: 'Uzņemšanas kārtas pārskats', round: 'Kārta',
    roundHint: 'Katra mēneša mērķi un faktiskie rādītāji no mēnešu lapām, diagrammas un direktora veidlapa.',
    half: (n, y) => `${y}. gada ${n}. pusgads`,
    generate: 'Izveidot', download: 'Lejupielādēt Excel', generating: 'Izveido…',
    generated: (w) => `${w} ir gatavs.`,
    monthsRead: (n) => `Skaitļi ņemti no mēnešu lapām: ${n}.`,
    ga4: 'Kārtas lietotāji ņemti no Google Analytics.', field: 'Gads vai kārta',
    fromYearPlan: (n) => `Mērķi ņemti no gada plāna: ${n}.`,
    planIgnored: (tab, kpi, m, v) => `${tab}: ${kpi} mērķis mēnesim ${m} ir "${v}", nevis skaitlis; `
      + 'mēnesis izveidots ar tukšu šo mērķi. Ierakstiet tur skaitli vai notīriet šūnu.',
    ga4Failed: (m, k) => `Izveidots bez Google Analytics visas kārtas skaitļiem`
      + `${k.length ? `; tukši atstāti: ${k.join(', ')}` : ''}. ${m}`,
  },
  lt: {
    yearTitle: 'Metų planas', year: 'Metai',
    yearHint: 'Metiniai žingsniai kalendoriuje ir kiekvieno mėnesio KPI tikslai, įrašomi kartą.',
    roundTitle: 'Priėmimo etapo apžvalga', round: 'Etapas',
    roundHint: 'Kiekvieno mėnesio tikslai ir faktiniai rodikliai iš mėnesių lapų, diagramos ir vadovo forma.',
    half: (n, y) => `${y} m. ${n}-asis pusmetis`,
    generate: 'Sukurti', download: 'Atsisiųsti Excel', generating: 'Kuriama…',
    generated: (w) => `${w} paruošta.`,
    monthsRead: (n) => `Skaičiai paimti iš mėnesių lapų: ${n}.`,
    ga4: 'Etapo lankytojai paimti iš Google Analytics.', field: 'Metai arba etapas',
    fromYearPlan: (n) => `Tikslai paimti iš metų plano: ${n}.`,
    planIgnored: (tab, kpi, m, v) => `${tab}: ${kpi} tikslas mėnesiui ${m} yra „${v}“, o ne skaičius; `
      + 'mėnuo sukurtas paliekant šį tikslą tuščią. Įrašykite ten skaičių arba išvalykite langelį.',
    ga4Failed: (m, k) => `Sukurta be Google Analytics viso etapo skaičių`
      + `${k.length ? `; palikti tušti: ${k.join(', ')}` : ''}. ${m}`,
  },
};
