// The sidebar's Bitrix24 CRM words in English, Latvian and Lithuanian.
import type { Language } from '../core/template/schema';

export interface CrmWords {
  hint: string;
  url: string;
  save: string;
  replace: string;
  remove: string;
  import: string;
  importing: string;
  saving: string;
  needUrl: string;
  /** Where the webhook is kept, and who can see it. */
  privacy: string;
  current: (masked: string) => string;
  saved: (portal: string) => string;
  removed: string;
  done: (month: string, portal: string, sheet: string) => string;
  counted: (leads: number, won: number) => string;
  typed: (name: string, typed: string, crm: number) => string;
  unmapped: (kpis: string) => string;
  note: (requests: number) => string;
}

export const CRM_WORDS: Record<Language, CrmWords> = {
  en: {
    hint: "The month's new leads and won deals as Bitrix24 counts them, into the KPI results.",
    url: 'Inbound webhook URL', save: 'Save webhook', replace: 'Replace', remove: 'Remove',
    import: 'Import CRM', importing: 'Importing from Bitrix24…', saving: 'Saving the webhook…',
    needUrl: 'Paste the inbound webhook URL from Bitrix24 (Developer resources → Other → Inbound webhook).',
    privacy: 'Kept in your own Google account for this add-on: other editors of the spreadsheet do not see it.',
    current: (m) => `Webhook: ${m}`,
    saved: (p) => `Webhook for ${p} saved.`,
    removed: 'Webhook removed.',
    done: (m, p, s) => `CRM numbers for ${m} imported from ${p} into "${s}".`,
    counted: (l, w) => `${l} lead${l === 1 ? '' : 's'} created, ${w} deal${w === 1 ? '' : 's'} won.`,
    typed: (n, t, c) => `${n}: ${t} kept as typed (CRM: ${c})`,
    unmapped: (k) => `Not counted automatically (type them): ${k}.`,
    note: (r) => `${r} request${r === 1 ? '' : 's'} to Bitrix24.`,
  },
  lv: {
    hint: 'Mēneša jaunie interesenti un noslēgtie darījumi, kā tos skaita Bitrix24, KPI rezultātos.',
    url: 'Ienākošā webhook URL', save: 'Saglabāt webhook', replace: 'Aizstāt', remove: 'Noņemt',
    import: 'Importēt CRM', importing: 'Importē no Bitrix24…', saving: 'Saglabā webhook…',
    needUrl: 'Ielīmējiet ienākošā webhook URL no Bitrix24 (Izstrādātāja resursi → Citi → Ienākošais webhook).',
    privacy: 'Glabājas jūsu Google kontā šim papildinājumam: citi izklājlapas redaktori to neredz.',
    current: (m) => `Webhook: ${m}`,
    saved: (p) => `Portāla ${p} webhook saglabāts.`,
    removed: 'Webhook noņemts.',
    done: (m, p, s) => `CRM skaitļi par ${m} importēti no ${p} lapā „${s}”.`,
    counted: (l, w) => `Jauni interesenti: ${l}, noslēgti darījumi: ${w}.`,
    typed: (n, t, c) => `${n}: atstāts ievadītais ${t} (CRM: ${c})`,
    unmapped: (k) => `Netiek skaitīti automātiski (ievadiet tos): ${k}.`,
    note: (r) => `Pieprasījumi Bitrix24: ${r}.`,
  },
  lt: {
    hint: 'Mėnesio nauji potencialūs klientai ir laimėti sandoriai, kaip juos skaičiuoja Bitrix24, į KPI rezultatus.',
    url: 'Įeinančio webhook URL', save: 'Išsaugoti webhook', replace: 'Pakeisti', remove: 'Pašalinti',
    import: 'Importuoti CRM', importing: 'Importuojama iš Bitrix24…', saving: 'Išsaugomas webhook…',
    needUrl: 'Įklijuokite įeinančio webhook URL iš Bitrix24 (Kūrėjo ištekliai → Kita → Įeinantis webhook).',
    privacy: 'Laikomas jūsų Google paskyroje šiam priedui: kiti skaičiuoklės redaktoriai jo nemato.',
    current: (m) => `Webhook: ${m}`,
    saved: (p) => `Portalo ${p} webhook išsaugotas.`,
    removed: 'Webhook pašalintas.',
    done: (m, p, s) => `${m} CRM skaičiai importuoti iš ${p} į „${s}“.`,
    counted: (l, w) => `Naujų potencialių klientų: ${l}, laimėtų sandorių: ${w}.`,
    typed: (n, t, c) => `${n}: paliktas įvestas ${t} (CRM: ${c})`,
    unmapped: (k) => `Neskaičiuojami automatiškai (įveskite juos): ${k}.`,
    note: (r) => `Užklausos į Bitrix24: ${r}.`,
  },
};
