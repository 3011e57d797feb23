// What the add-on says when a GA4 import fails, in Latvian, Lithuanian and English: which property, what to do.
import type { Language } from '../core/template/schema';

export interface Ga4Messages {
  /** 403: the signed-in account may not read the property. */
  forbidden: (id: string) => string;
  notFound: (id: string) => string;
  /** 403 for the Cloud project: the Analytics Data API is switched off there. */
  apiDisabled: string;
  unauthenticated: string;
  /** 400 naming the metric or dimension GA4 refused, and the KPIs that ask for it. */
  rejected: (kind: 'metric' | 'dimension' | 'field', name: string, kpis: string[]) => string;
  rejectedOther: (said: string) => string;
  quota: (attempts: number) => string;
  unavailable: (attempts: number) => string;
  noService: string;
  failed: (said: string) => string;
}

const en: Ga4Messages = {
  forbidden: (id) => `This Google account cannot read GA4 property ${id}. Ask an administrator of the property to add `
    + `it (the Viewer role is enough), or check the ID under GA4 Admin › Property details.`,
  notFound: (id) => `GA4 has no property ${id}. Check the ID under GA4 Admin › Property details.`,
  apiDisabled: "The Google Analytics Data API is switched off in the add-on's Google Cloud project; whoever installed "
    + "the add-on has to enable it.",
  unauthenticated: 'Google did not accept the sign-in for Google Analytics. Reload the spreadsheet and allow KPI '
    + 'Planner to see your Analytics data.',
  rejected: (kind, name, kpis) => `GA4 did not accept the `
    + `${{ metric: 'metric', dimension: 'dimension', field: 'field' }[kind]} `
    + `"${name}"${kpis.length ? ` (KPI ${kpis.join(', ')} of the template)` : ''}. The template has to use a GA4 Data `
    + `API name such as sessions, totalUsers or keyEvents.`,
  rejectedOther: (said) => `GA4 did not accept the report request: ${said}`,
  quota: (n) => `GA4's quota for this property is used up for now (tried ${n} times). Try again in an hour.`,
  unavailable: (n) => `Google Analytics is not answering right now (tried ${n} times). Nothing was changed; try again `
    + `in a few minutes.`,
  noService: "The add-on cannot reach Google Analytics: its AnalyticsData service is not enabled. Reinstall or update "
    + "the add-on.",
  failed: (said) => `The Google Analytics import failed: ${said}`,
};

const lv: Ga4Messages = {
  forbidden: (id) => `Šim Google kontam nav piekļuves GA4 īpašumam ${id}. Palūdziet īpašuma administratoram pievienot `
    + `kontu (pietiek ar skatītāja lomu) vai pārbaudiet ID sadaļā GA4 Administrēšana › Īpašuma informācija.`,
  notFound: (id) => `GA4 īpašums ${id} nav atrasts. Pārbaudiet ID sadaļā GA4 Administrēšana › Īpašuma informācija.`,
  apiDisabled: 'Papildinājuma Google Cloud projektā ir izslēgts Google Analytics Data API; to jāieslēdz tam, kas '
    + 'papildinājumu uzstādīja.',
  unauthenticated: 'Google nepieņēma pieteikšanos Google Analytics. Pārlādējiet izklājlapu un atļaujiet KPI Planner '
    + 'skatīt jūsu Analytics datus.',
  rejected: (kind, name, kpis) => `GA4 nepieņēma `
    + `${{ metric: 'metriku', dimension: 'dimensiju', field: 'lauku' }[kind]} `
    + `„${name}”${kpis.length ? ` (veidnes KPI ${kpis.join(', ')})` : ''}. Veidnē jālieto GA4 Data API nosaukums, `
    + `piemēram, sessions, totalUsers vai keyEvents.`,
  rejectedOther: (said) => `GA4 nepieņēma atskaites pieprasījumu: ${said}`,
  quota: (n) => `Šī īpašuma GA4 kvota pagaidām ir izlietota (mēģināts ${n} reizes). Mēģiniet vēlreiz pēc stundas.`,
  unavailable: (n) => `Google Analytics šobrīd neatbild (mēģināts ${n} reizes). Nekas netika mainīts; mēģiniet vēlreiz `
    + `pēc dažām minūtēm.`,
  noService: 'Papildinājums nevar sasniegt Google Analytics: tā AnalyticsData pakalpojums nav ieslēgts. Pārinstalējiet '
    + 'vai atjauniniet papildinājumu.',
  failed: (said) => `Google Analytics importēšana neizdevās: ${said}`,
};

const lt: Ga4Messages = {
  forbidden: (id) => `Ši Google paskyra negali skaityti GA4 nuosavybės ${id}. Paprašykite nuosavybės administratoriaus `
    + `ją pridėti (užtenka žiūrinčiojo vaidmens) arba patikrinkite ID skiltyje GA4 Administravimas › Nuosavybės `
    + `informacija.`,
  notFound: (id) => `GA4 nuosavybės ${id} nėra. Patikrinkite ID skiltyje GA4 Administravimas › Nuosavybės informacija.`,
  apiDisabled: 'Priedo Google Cloud projekte išjungta Google Analytics Data API; ją turi įjungti tas, kas įdiegė '
    + 'priedą.',
  unauthenticated: 'Google nepriėmė prisijungimo prie Google Analytics. Iš naujo įkelkite skaičiuoklę ir leiskite KPI '
    + 'Planner matyti jūsų Analytics duomenis.',
  rejected: (kind, name, kpis) => `GA4 nepriėmė `
    + `${{ metric: 'metrikos', dimension: 'dimensijos', field: 'lauko' }[kind]} `
    + `„${name}“${kpis.length ? ` (šablono KPI ${kpis.join(', ')})` : ''}. Šablone turi būti GA4 Data API pavadinimas, `
    + `pvz., sessions, totalUsers ar keyEvents.`,
  rejectedOther: (said) => `GA4 nepriėmė ataskaitos užklausos: ${said}`,
  quota: (n) => `Šios nuosavybės GA4 kvota kol kas išnaudota (bandyta ${n} kartus). Bandykite dar kartą po valandos.`,
  unavailable: (n) => `Google Analytics šiuo metu neatsako (bandyta ${n} kartus). Niekas nepakeista; bandykite dar `
    + `kartą po kelių minučių.`,
  noService: 'Priedas negali pasiekti Google Analytics: jo AnalyticsData paslauga neįjungta. Iš naujo įdiekite arba '
    + 'atnaujinkite priedą.',
  failed: (said) => `Google Analytics importas nepavyko: ${said}`,
};

const ALL: Record<Language, Ga4Messages> = { en, lv, lt };

export function ga4Messages(lang: Language): Ga4Messages {
  return ALL[lang];
}
