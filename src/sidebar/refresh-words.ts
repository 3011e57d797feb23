// The sidebar's daily-refresh words in English, Latvian and Lithuanian.
import type { Language } from '../core/template/schema';

export interface RefreshWords {
  title: string;
  hint: (hour: number) => string;
  runsAs: string;
  mine: string;
  others: string;
  off: string;
  /** Another editor's refresh has not run since `at`: it counts as off, and this user may take over. */
  lapsed: (at: string) => string;
  turnOn: string;
  turnOff: string;
  turningOn: string;
  turningOff: string;
  lastOk: (at: string) => string;
  lastProblems: (at: string) => string;
  couldNotOpen: (at: string, message: string) => string;
  sources: { ga4: string; crm: string; sheets: string };
  skipped: string;
}

export const REFRESH_WORDS: Record<Language, RefreshWords> = {
  en: {
    title: 'Daily refresh',
    hint: (h) => `Every morning at about ${h}:00 the running month's Google Analytics and CRM numbers are imported, `
      + `keeping what was typed, and a line is added to the "Run log" tab.`,
    runsAs: 'It runs as the person who turned it on: with their Google account, their Analytics access and their '
      + 'Bitrix24 webhook, even when nobody has the spreadsheet open.',
    mine: 'On: it runs every morning as you.', off: 'Off.',
    lapsed: (at) => `Off: another editor turned it on, but it has not run since ${at} (their trigger may have been `
      + `deleted). Turn it on to run it as you.`,
    others: 'On: another editor turned it on, so it runs as them; only they can turn it off.',
    turnOn: 'Turn on', turnOff: 'Turn off', turningOn: 'Turning the daily refresh on…',
    turningOff: 'Turning the daily refresh off…',
    lastOk: (at) => `Last refresh: ${at}, everything went well.`,
    lastProblems: (at) => `The last refresh (${at}) had problems:`,
    couldNotOpen: (at, m) => `Your daily refresh could not open this spreadsheet (${at}): ${m}`,
    sources: { ga4: 'Google Analytics', crm: 'Bitrix24 CRM', sheets: 'Sheets' }, skipped: 'skipped',
  },
  lv: {
    title: 'Ikdienas atjaunināšana',
    hint: (h) => `Katru rītu ap ${h}:00 tiek importēti tekošā mēneša Google Analytics un CRM skaitļi, saglabājot `
      + `ievadīto, un lapā „Izpildes žurnāls” tiek pievienota rinda.`,
    runsAs: 'Tā darbojas tā cilvēka vārdā, kas to ieslēdza: ar viņa Google kontu, Analytics piekļuvi un Bitrix24 '
      + 'webhook, arī tad, kad izklājlapa nav atvērta.',
    mine: 'Ieslēgta: darbojas katru rītu jūsu vārdā.', off: 'Izslēgta.',
    lapsed: (at) => `Izslēgta: to ieslēdza cits redaktors, bet kopš ${at} tā nav darbojusies (iespējams, viņa trigeris `
      + `ir dzēsts). Ieslēdziet to, lai tā darbotos jūsu vārdā.`,
    others: 'Ieslēgta: to ieslēdza cits redaktors, tāpēc tā darbojas viņa vārdā; izslēgt to var tikai viņš.',
    turnOn: 'Ieslēgt', turnOff: 'Izslēgt', turningOn: 'Ieslēdz ikdienas atjaunināšanu…',
    turningOff: 'Izslēdz ikdienas atjaunināšanu…',
    lastOk: (at) => `Pēdējā atjaunināšana: ${at}, viss izdevās.`,
    lastProblems: (at) => `Pēdējā atjaunināšanā (${at}) bija problēmas:`,
    couldNotOpen: (at, m) => `Jūsu ikdienas atjaunināšana nevarēja atvērt šo izklājlapu (${at}): ${m}`,
    sources: { ga4: 'Google Analytics', crm: 'Bitrix24 CRM', sheets: 'Lapas' }, skipped: 'izlaists',
  },
  lt: {
    title: 'Kasdienis atnaujinimas',
    hint: (h) => `Kiekvieną rytą apie ${h}:00 importuojami einamojo mėnesio Google Analytics ir CRM skaičiai, `
      + `išsaugant tai, kas įvesta, o lape „Vykdymo žurnalas“ pridedama eilutė.`,
    runsAs: 'Jis veikia to žmogaus vardu, kuris jį įjungė: su jo Google paskyra, Analytics prieiga ir Bitrix24 '
      + 'webhook, net kai skaičiuoklė neatidaryta.',
    mine: 'Įjungtas: veikia kiekvieną rytą jūsų vardu.', off: 'Išjungtas.',
    lapsed: (at) => `Išjungtas: jį įjungė kitas redaktorius, bet nuo ${at} jis neveikė (galbūt jo paleidiklis `
      + `ištrintas). Įjunkite jį, kad veiktų jūsų vardu.`,
    others: 'Įjungtas: jį įjungė kitas redaktorius, todėl jis veikia jo vardu; išjungti gali tik jis.',
    turnOn: 'Įjungti', turnOff: 'Išjungti', turningOn: 'Įjungiamas kasdienis atnaujinimas…',
    turningOff: 'Išjungiamas kasdienis atnaujinimas…',
    lastOk: (at) => `Paskutinis atnaujinimas: ${at}, viskas pavyko.`,
    lastProblems: (at) => `Paskutinio atnaujinimo (${at}) metu kilo problemų:`,
    couldNotOpen: (at, m) => `Jūsų kasdienis atnaujinimas negalėjo atidaryti šios skaičiuoklės (${at}): ${m}`,
    sources: { ga4: 'Google Analytics', crm: 'Bitrix24 CRM', sheets: 'Lapai' }, skipped: 'praleista',
  },
};
