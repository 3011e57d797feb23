// The sidebar's own words in English, Latvian and Lithuanian; sheet and event names come from the core's labels.
import type { Language } from '../core/template/schema';
import type { SheetId } from '../addon/api';
import { CRM_WORDS } from './crm-words';
import { GA4_WORDS } from './ga4-words';
import { SOCIAL_WORDS } from './social-words';
import { PERIOD_WORDS } from './periods-words';

/** Plain texts, shown by `data-i18n="key"` elements in sidebar.html. */
interface Texts {
  uiLanguage: string; loading: string; template: string; month: string; workbookLang: string;
  events: string; eventsHint: string; noEvents: string; addEvent: string; removeEvent: string;
  eventType: string; eventDate: string; eventTime: string; eventTitle: string; otherEvent: string;
  campaign: string; optional: string; theme: string; goal: string; noGoal: string;
  generateAll: string; oneSheet: string; download: string; downloadHint: string;
  reading: string; rendering: string; loadingMonth: string;
  badAnswer: string; noTemplates: string; accessDenied: string; dismiss: string; saveAgain: string;
}

export interface Words extends Texts {
  generating: Record<SheetId | 'all', string>;
  generated: (month: string) => string;
  kept: (n: number) => string;
  /** Sheets rewritten besides the one asked for, so every link between the month's sheets stays right. */
  alsoWritten: (n: number) => string;
  downloaded: (file: string) => string;
  unreachable: (detail: string) => string;
  eventN: (n: number) => string;
  missingTitle: (n: number) => string;
  missingDate: (n: number) => string;
  renderFailed: (detail: string) => string;
}
export type TextKey = keyof Texts;

const en: Words = {
  uiLanguage: 'Sidebar language', loading: 'Loading…', template: 'Template', month: 'Month', workbookLang: 'Sheet language',
  events: 'Events', eventsHint: 'Webinars, open days, lectures: the plan schedules its tasks around them.',
  noEvents: 'No events this month.', addEvent: '+ Add event', removeEvent: 'Remove event',
  eventType: 'Type', eventDate: 'Date', eventTime: 'Time', eventTitle: 'Title', otherEvent: 'Other',
  campaign: 'Campaign theme and goal', optional: '(optional)', theme: 'Theme', goal: 'Goal', noGoal: '— none —',
  generateAll: 'Generate all sheets', oneSheet: 'Or just one sheet:',
  download: 'Download Excel report', downloadHint: 'With everything typed into the sheets so far.',
  reading: 'Reading the sheets…', rendering: 'Preparing the Excel file…', loadingMonth: 'Loading the month…',
  badAnswer: 'The add-on gave an unexpected answer. Reload the spreadsheet and try again.',
  noTemplates: 'No templates are available.', dismiss: 'Close', saveAgain: 'No file? Save it again',
  accessDenied: 'Google refused access. If you are signed in to several Google accounts, open the spreadsheet in a '
    + 'window with just one.',
  generating: {
    all: 'Generating all sheets…', summary: 'Generating the summary…', 'activity-plan': 'Generating the activity plan…',
    campaign: 'Generating the monthly campaign sheet…', 'kpi-results': 'Generating the KPI results…', review: 'Generating the monthly review…',
  },
  generated: (m) => `Done: sheets for ${m} written.`,
  kept: (n) => `Typed entries kept: ${n}.`,
  alsoWritten: (n) => `${n === 1 ? 'One more sheet was' : `${n} more sheets were`} rewritten with it, so the month's `
    + `sheets stay in one language and every link between them works.`,
  downloaded: (f) => `Saved ${f}. Look in your Downloads.`,
  unreachable: (d) => `Google did not answer (${d}). Check your connection and try again.`,
  eventN: (n) => `Event ${n}`,
  missingTitle: (n) => `Event ${n}: type a title.`,
  missingDate: (n) => `Event ${n}: pick a date.`,
  renderFailed: (d) => `The Excel file could not be made: ${d}`,
};

const lv: Words = {
  uiLanguage: 'Sānjoslas valoda', loading: 'Ielādē…', template: 'Veidne', month: 'Mēnesis', workbookLang: 'Lapu valoda',
  events: 'Pasākumi', eventsHint: 'Vebināri, atvērto durvju dienas, lekcijas: plāns izkārto uzdevumus ap tiem.',
  noEvents: 'Šim mēnesim pasākumu nav.', addEvent: '+ Pievienot pasākumu', removeEvent: 'Noņemt pasākumu',
  eventType: 'Veids', eventDate: 'Datums', eventTime: 'Laiks', eventTitle: 'Nosaukums', otherEvent: 'Cits',
  campaign: 'Kampaņas tēma un mērķis', optional: '(nav obligāti)', theme: 'Tēma', goal: 'Mērķis', noGoal: '— nav —',
  generateAll: 'Izveidot visas lapas', oneSheet: 'Vai tikai vienu lapu:',
  download: 'Lejupielādēt Excel atskaiti', downloadHint: 'Ar visu, kas līdz šim ievadīts lapās.',
  reading: 'Nolasa lapas…', rendering: 'Sagatavo Excel failu…', loadingMonth: 'Ielādē mēnesi…',
  badAnswer: 'Papildinājums atbildēja neparedzēti. Pārlādējiet izklājlapu un mēģiniet vēlreiz.',
  noTemplates: 'Nav pieejamu veidņu.', dismiss: 'Aizvērt', saveAgain: 'Fails neparādījās? Saglabāt vēlreiz',
  accessDenied: 'Google atteica piekļuvi. Ja esat pieteicies vairākos Google kontos, atveriet izklājlapu logā ar vienu '
    + 'kontu.',
  generating: {
    all: 'Veido visas lapas…', summary: 'Veido kopsavilkumu…', 'activity-plan': 'Veido aktivitāšu plānu…',
    campaign: 'Veido mēneša kampaņas lapu…', 'kpi-results': 'Veido KPI rezultātu lapu…',
    review: 'Veido mēneša pārskatu…',
  },
  generated: (m) => `Gatavs: lapas mēnesim „${m}” ierakstītas.`,
  kept: (n) => `Saglabāti ievadītie dati: ${n}.`,
  alsoWritten: (n) => `${n === 1 ? 'Kopā ar to pārrakstīta vēl 1 lapa' : `Kopā ar to pārrakstītas vēl ${n} lapas`}, `
    + `lai mēneša lapas būtu vienā valodā un visas saites starp tām darbotos.`,
  downloaded: (f) => `Fails ${f} saglabāts. Meklējiet to lejupielādēs.`,
  unreachable: (d) => `Google neatbildēja (${d}). Pārbaudiet savienojumu un mēģiniet vēlreiz.`,
  eventN: (n) => `${n}. pasākums`,
  missingTitle: (n) => `${n}. pasākums: ierakstiet nosaukumu.`,
  missingDate: (n) => `${n}. pasākums: izvēlieties datumu.`,
  renderFailed: (d) => `Excel failu neizdevās izveidot: ${d}`,
};

const lt: Words = {
  uiLanguage: 'Šoninės juostos kalba', loading: 'Įkeliama…', template: 'Šablonas', month: 'Mėnuo', workbookLang: 'Lapų kalba',
  events: 'Renginiai', eventsHint: 'Vebinarai, atvirų durų dienos, paskaitos: planas išdėsto užduotis pagal juos.',
  noEvents: 'Šį mėnesį renginių nėra.', addEvent: '+ Pridėti renginį', removeEvent: 'Pašalinti renginį',
  eventType: 'Tipas', eventDate: 'Data', eventTime: 'Laikas', eventTitle: 'Pavadinimas', otherEvent: 'Kita',
  campaign: 'Kampanijos tema ir tikslas', optional: '(neprivaloma)', theme: 'Tema', goal: 'Tikslas', noGoal: '— nėra —',
  generateAll: 'Sukurti visus lapus', oneSheet: 'Arba tik vieną lapą:',
  download: 'Atsisiųsti Excel ataskaitą', downloadHint: 'Su viskuo, kas iki šiol įvesta lapuose.',
  reading: 'Skaitomi lapai…', rendering: 'Ruošiamas Excel failas…', loadingMonth: 'Įkeliamas mėnuo…',
  badAnswer: 'Priedas atsakė netikėtai. Iš naujo įkelkite skaičiuoklę ir bandykite dar kartą.',
  noTemplates: 'Šablonų nėra.', dismiss: 'Uždaryti', saveAgain: 'Failo nėra? Išsaugoti dar kartą',
  accessDenied: 'Google atsisakė suteikti prieigą. Jei esate prisijungę prie kelių Google paskyrų, atidarykite '
    + 'skaičiuoklę lange su viena paskyra.',
  generating: {
    all: 'Kuriami visi lapai…', summary: 'Kuriama santrauka…', 'activity-plan': 'Kuriamas veiklos planas…',
    campaign: 'Kuriamas mėnesio kampanijos lapas…', 'kpi-results': 'Kuriamas KPI rezultatų lapas…',
    review: 'Kuriama mėnesio apžvalga…',
  },
  generated: (m) => `Atlikta: ${m} lapai įrašyti.`,
  kept: (n) => `Išsaugoti įvesti duomenys: ${n}.`,
  alsoWritten: (n) => `Kartu perrašyta dar lapų: ${n}, kad mėnesio lapai būtų viena kalba ir visos nuorodos tarp jų `
    + `veiktų.`,
  downloaded: (f) => `Failas ${f} išsaugotas. Ieškokite jo atsisiuntimuose.`,
  unreachable: (d) => `Google neatsakė (${d}). Patikrinkite ryšį ir bandykite dar kartą.`,
  eventN: (n) => `Renginys Nr. ${n}`,
  missingTitle: (n) => `Renginys Nr. ${n}: įrašykite pavadinimą.`,
  missingDate: (n) => `Renginys Nr. ${n}: pasirinkite datą.`,
  renderFailed: (d) => `Nepavyko sukurti Excel failo: ${d}`,
};

const ALL: Record<Language, Words> = { en, lv, lt };
let current: Language = 'en';

/** The words of the sidebar's language now. */
export function t(): Words {
  return ALL[current];
}

export function uiLang(): Language {
  return current;
}

/** Switches the words and relabels every `data-i18n` element of the shell. */
export function setUiLang(lang: Language): void {
  current = lang;
  document.documentElement.lang = lang;
  const words = ALL[lang];
  for (const node of document.querySelectorAll<HTMLElement>('[data-i18n]')) {
    const key = node.dataset.i18n as TextKey;
    if (typeof words[key] === 'string') node.textContent = words[key];
  }
  for (const node of document.querySelectorAll<HTMLElement>('[data-i18n-label]')) {
    const key = node.dataset.i18nLabel as TextKey;
    if (typeof words[key] === 'string') node.setAttribute('aria-label', words[key]);
  }
}

/**
 * The server names fields by their path (`events[0].date`); the manager knows them by their labels
 * ("Event 1 – date"). Null when the path is not one of the sidebar's fields.
 */
export function fieldLabel(field: string): string | null {
  const w = ALL[current];
  const event = /^events\[(\d+)\](?:\.(type|date|time|title))?$/.exec(field);
  if (event) {
    const part = event[2] ? { type: w.eventType, date: w.eventDate, time: w.eventTime, title: w.eventTitle }[event[2]] : '';
    return part ? `${w.eventN(Number(event[1]) + 1)} – ${part.toLowerCase()}` : w.eventN(Number(event[1]) + 1);
  }
  const plain: Record<string, string> = {
    template: w.template, month: w.month, lang: w.workbookLang, uiLang: w.uiLanguage, events: w.events,
    'campaign.theme': w.theme, 'campaign.goal': w.goal, property: GA4_WORDS[current].property,
    crmWebhook: CRM_WORDS[current].url, socialFiles: SOCIAL_WORDS[current].files, period: PERIOD_WORDS[current].field,
  };
  return plain[field] ?? null;
}

/** Before the server answers: the browser's language, when it is one the sidebar speaks. */
export function browserLanguage(): Language {
  const base = (navigator.language || 'en').toLowerCase().split('-')[0];
  return base === 'lv' || base === 'lt' ? base : 'en';
}
