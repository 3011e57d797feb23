// The daily refresh's words in Latvian, Lithuanian and English: the Run log tab, its header, outcomes, reasons.
import type { Language } from '../core/template/schema';

export interface RefreshMessages {
  tab: string;
  header: [time: string, source: string, rows: string, outcome: string, message: string];
  sources: { ga4: string; crm: string; sheets: string };
  outcomes: { ok: string; failed: string; skipped: string };
  /** What was rewritten, for a source that succeeded. */
  wrote: (sheets: string[]) => string;
  noSheets: (month: string) => string;
  noProperty: string;
  noWebhook: string;
  notMapped: string;
}

const en: RefreshMessages = {
  tab: 'Run log',
  header: ['Time', 'Source', 'Rows', 'Outcome', 'Message'],
  sources: { ga4: 'Google Analytics', crm: 'Bitrix24 CRM', sheets: 'Sheets' },
  outcomes: { ok: 'done', failed: 'failed', skipped: 'skipped' },
  wrote: (s) => `Rewrote ${s.join(', ')}.`,
  noSheets: (m) => `There are no KPI Planner sheets for ${m} yet: generate them in the sidebar.`,
  noProperty: 'No GA4 property ID saved yet: import Google Analytics once from the sidebar.',
  noWebhook: 'The person who turned the daily refresh on has no Bitrix24 webhook saved.',
  notMapped: "The template's KPIs do not take numbers from this source.",
};

const lv: RefreshMessages = {
  tab: 'Izpildes žurnāls',
  header: ['Laiks', 'Avots', 'Rindas', 'Rezultāts', 'Ziņojums'],
  sources: { ga4: 'Google Analytics', crm: 'Bitrix24 CRM', sheets: 'Lapas' },
  outcomes: { ok: 'izdevās', failed: 'neizdevās', skipped: 'izlaists' },
  wrote: (s) => `Pārrakstīts: ${s.join(', ')}.`,
  noSheets: (m) => `Mēnesim ${m} vēl nav KPI Planner lapu: izveidojiet tās sānjoslā.`,
  noProperty: 'GA4 īpašuma ID vēl nav saglabāts: vienreiz importējiet Google Analytics no sānjoslas.',
  noWebhook: 'Tam, kas ieslēdza ikdienas atjaunināšanu, nav saglabāta Bitrix24 webhook.',
  notMapped: 'Veidnes KPI neņem skaitļus no šī avota.',
};

const lt: RefreshMessages = {
  tab: 'Vykdymo žurnalas',
  header: ['Laikas', 'Šaltinis', 'Eilutės', 'Rezultatas', 'Pranešimas'],
  sources: { ga4: 'Google Analytics', crm: 'Bitrix24 CRM', sheets: 'Lapai' },
  outcomes: { ok: 'atlikta', failed: 'nepavyko', skipped: 'praleista' },
  wrote: (s) => `Perrašyta: ${s.join(', ')}.`,
  noSheets: (m) => `${m} dar neturi KPI Planner lapų: sukurkite jas šoninėje juostoje.`,
  noProperty: 'GA4 nuosavybės ID dar neišsaugotas: vieną kartą importuokite Google Analytics iš šoninės juostos.',
  noWebhook: 'Tas, kas įjungė kasdienį atnaujinimą, neturi išsaugoto Bitrix24 webhook.',
  notMapped: 'Šablono KPI neima skaičių iš šio šaltinio.',
};

const ALL: Record<Language, RefreshMessages> = { en, lv, lt };

export function refreshMessages(lang: Language): RefreshMessages {
  return ALL[lang];
}
