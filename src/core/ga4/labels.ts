// Words on the GA4 data sheet in Latvian, Lithuanian and English (our wording, not GA4's UI strings).
import type { Language } from '../template/schema';
import type { Ga4Filter } from './types';

export interface Ga4Labels {
  title: string; property: string; sourceFile: string; period: string; timeZone: string; currency: string;
  sampled: string; thresholded: string; otherRow: string; quota: string; restricted: string; notes: string;
  yes: string; no: string; unknown: string;
  sampledShare: (percent: string) => string;
  quotaUsed: (tokens: number, leftToday?: number) => string;
  totals: string; daily: string; channels: string; campaigns: string;
  metric: string; filter: string; value: string; kpi: string; date: string; channel: string; campaign: string;
  dailyUsersNote: string; totalsNote: string;
  match: Record<Ga4Filter['match'], string>;
  metrics: Record<string, string>;
}

const en: Ga4Labels = {
  title: 'Google Analytics 4', property: 'Property', sourceFile: 'Source file', period: 'Period',
  timeZone: 'Time zone', currency: 'Currency', sampled: 'Sampled', thresholded: 'Thresholded (rows withheld)',
  otherRow: 'Rows folded into "(other)"', quota: 'Quota used', restricted: 'Restricted metrics', notes: 'Notes',
  yes: 'Yes', no: 'No', unknown: 'not stated',
  sampledShare: (p) => `Yes: ${p} of events read`,
  quotaUsed: (t, left) => `${t} tokens${left === undefined ? '' : `, ${left} left today`}`,
  totals: 'Month totals', daily: 'By day', channels: 'By channel group', campaigns: 'By campaign',
  metric: 'Metric', filter: 'Filter', value: 'Value', kpi: 'KPI', date: 'Date', channel: 'Channel group', campaign: 'Campaign',
  dailyUsersNote: 'Users per day: a month\'s users are not the sum of its days.',
  totalsNote: 'Each total is asked for the whole month, as GA4 counts it.',
  match: { exact: '=', 'begins-with': 'begins with', contains: 'contains' },
  metrics: {
    sessions: 'Sessions', totalUsers: 'Total users', newUsers: 'New users', activeUsers: 'Active users',
    screenPageViews: 'Views', keyEvents: 'Key events', engagementRate: 'Engagement rate', eventCount: 'Event count',
    engagedSessions: 'Engaged sessions', averageSessionDuration: 'Average session duration', bounceRate: 'Bounce rate',
    userEngagementDuration: 'User engagement (s)',
  },
};

const lv: Ga4Labels = {
  title: 'Google Analytics 4', property: 'Īpašums', sourceFile: 'Avota fails', period: 'Periods',
  timeZone: 'Laika josla', currency: 'Valūta', sampled: 'Izlases dati', thresholded: 'Sliekšņi (daļa rindu slēpta)',
  otherRow: 'Rindas apvienotas “(other)”', quota: 'Izlietotā kvota', restricted: 'Ierobežotas metrikas', notes: 'Piezīmes',
  yes: 'Jā', no: 'Nē', unknown: 'nav norādīts',
  sampledShare: (p) => `Jā: nolasīti ${p} notikumu`,
  quotaUsed: (t, left) => `${t} marķieri${left === undefined ? '' : `, šodien atlikuši ${left}`}`,
  totals: 'Mēneša kopsummas', daily: 'Pa dienām', channels: 'Pa kanālu grupām', campaigns: 'Pa kampaņām',
  metric: 'Metrika', filter: 'Filtrs', value: 'Vērtība', kpi: 'KPI', date: 'Datums', channel: 'Kanālu grupa', campaign: 'Kampaņa',
  dailyUsersNote: 'Lietotāji dienā: mēneša lietotāji nav dienu summa.',
  totalsNote: 'Katra kopsumma pieprasīta par visu mēnesi, kā to skaita GA4.',
  match: { exact: '=', 'begins-with': 'sākas ar', contains: 'satur' },
  metrics: {
    sessions: 'Sesijas', totalUsers: 'Lietotāji kopā', newUsers: 'Jauni lietotāji', activeUsers: 'Aktīvie lietotāji',
    screenPageViews: 'Skatījumi', keyEvents: 'Galvenie notikumi', engagementRate: 'Iesaistes līmenis',
    eventCount: 'Notikumu skaits', engagedSessions: 'Iesaistītās sesijas',
    averageSessionDuration: 'Vidējais sesijas ilgums',
    bounceRate: 'Atteikumu līmenis', userEngagementDuration: 'Iesaistes laiks (s)',
  },
};

const lt: Ga4Labels = {
  title: 'Google Analytics 4', property: 'Nuosavybė', sourceFile: 'Šaltinio failas', period: 'Laikotarpis',
  timeZone: 'Laiko juosta', currency: 'Valiuta', sampled: 'Imties duomenys',
  thresholded: 'Taikytos ribos (dalis eilučių paslėpta)',
  otherRow: 'Eilutės sujungtos į „(other)“', quota: 'Išnaudota kvota', restricted: 'Apribotos metrikos', notes: 'Pastabos',
  yes: 'Taip', no: 'Ne', unknown: 'nenurodyta',
  sampledShare: (p) => `Taip: nuskaityta ${p} įvykių`,
  quotaUsed: (t, left) => `${t} žetonų${left === undefined ? '' : `, šiandien liko ${left}`}`,
  totals: 'Mėnesio sumos', daily: 'Pagal dienas', channels: 'Pagal kanalų grupes', campaigns: 'Pagal kampanijas',
  metric: 'Metrika', filter: 'Filtras', value: 'Reikšmė', kpi: 'KPI', date: 'Data', channel: 'Kanalų grupė', campaign: 'Kampanija',
  dailyUsersNote: 'Naudotojai per dieną: mėnesio naudotojai nėra dienų suma.',
  totalsNote: 'Kiekviena suma užklausta už visą mėnesį, kaip ją skaičiuoja GA4.',
  match: { exact: '=', 'begins-with': 'prasideda', contains: 'turi' },
  metrics: {
    sessions: 'Seansai', totalUsers: 'Iš viso naudotojų', newUsers: 'Nauji naudotojai',
    activeUsers: 'Aktyvūs naudotojai',
    screenPageViews: 'Peržiūros', keyEvents: 'Pagrindiniai įvykiai', engagementRate: 'Įtraukimo rodiklis',
    eventCount: 'Įvykių skaičius', engagedSessions: 'Įtraukimo seansai', averageSessionDuration: 'Vid. seanso trukmė',
    bounceRate: 'Atmetimo rodiklis', userEngagementDuration: 'Įtraukimo laikas (s)',
  },
};

const LABELS: Record<Language, Ga4Labels> = { en, lv, lt };

export function ga4Labels(lang: Language): Ga4Labels {
  return LABELS[lang] ?? en;
}

/** A metric's name for people, with the API name kept visible for metrics we have no words for. */
export function metricLabel(labels: Ga4Labels, metric: string): string {
  return Object.hasOwn(labels.metrics, metric) ? labels.metrics[metric] : metric;
}
