// Latvian labels of the generated workbook.
import type { Labels } from './labels-en';

/** Latvian numerals ending in 1 (but not 11) take the singular: 1, 21 dienu; 2, 11 dienas. */
const lvOne = (n: number) => n % 10 === 1 && n % 100 !== 11;

/** "reizi nedēļā" for once, "2–3 reizes nedēļā" otherwise. */
const lvTimes = (r: string) => (r === '1' ? 'reizi' : `${r} reizes`);

const months = ['janvāris', 'februāris', 'marts', 'aprīlis', 'maijs', 'jūnijs', 'jūlijs', 'augusts', 'septembris', 'oktobris', 'novembris', 'decembris'];

export const lv: Labels = {
  sheets: {
    summary: 'Kopsavilkums', 'activity-plan': 'Aktivitāšu plāns', campaign: 'Mēneša kampaņa',
    'kpi-results': 'KPI rezultāti', review: 'Mēneša pārskats', ga4: 'GA4 dati', social: 'Sociālo tīklu dati',
    crm: 'CRM dati',
    'year-plan': 'Gada plāns', 'kpi-targets': 'KPI mērķi',
  },
  status: {
    met: 'izpildīts', atRisk: 'riska zonā', missed: 'neizpildīts', noFigure: 'vēl nav fakta', yes: 'jā', no: 'nē',
    better: 'labāk', worse: 'sliktāk', same: 'bez izmaiņām',
  },
  taskStatus: { planned: 'plānots', inProgress: 'procesā', done: 'paveikts', cancelled: 'atcelts' },
  direction: { higher: 'jo vairāk, jo labāk', lower: 'jo mazāk, jo labāk' },
  source: { manual: 'manuāli', ga4: 'GA4', crm: 'CRM' },
  unit: { count: 'skaits', percent: '%', eur: 'EUR', seconds: 'sekundes' },
  goal: { sales: 'pārdošana', list: 'kontaktu saraksts', awareness: 'atpazīstamība' },
  channel: { instagram: 'Instagram', facebook: 'Facebook', newsletter: 'Jaunumu vēstule', ads: 'Reklāma', website: 'Mājaslapa' },
  audience: {
    all: 'visiem', products: 'produkti', services: 'pakalpojumi', trade: 'tirdzniecība', subscriptions: 'abonementi',
    partnerships: 'partnerības', solo: 'pašnodarbinātie', 'hiring-often': 'bieži pieņem darbā',
  },
  event: {
    webinar: 'Vebinārs', 'open-day': 'Atvērto durvju diena', 'guest-lecture': 'Vieslekcija',
    conference: 'Konference', other: 'Pasākums',
  },
  months,
  monthsShort: ['janv.', 'febr.', 'marts', 'apr.', 'maijs', 'jūn.', 'jūl.', 'aug.', 'sept.', 'okt.', 'nov.', 'dec.'],
  weekdays: ['P', 'O', 'T', 'C', 'Pk', 'S', 'Sv'],
  monthTitle: (year, monthName) => `${year}. gada ${monthName}`,
  plan: {
    title: 'Aktivitāšu plāns', date: 'Datums', time: 'Laiks', area: 'Joma', step: 'Solis', activity: 'Aktivitāte',
    tasks: 'Uzdevumi', responsible: 'Atbildīgais', document: 'Dokuments', when: 'Biežums / laiks',
    status: 'Statuss', doneOn: 'Paveikts', comment: 'Komentārs', key: 'Atslēga',
    info: (n) => `Uzdevumi bez regulārajiem darbiem: ${n}. Nokavētie uzdevumi kļūst sarkani; `
      + 'statusu izvēlieties no saraksta.',
    asNeeded: 'pēc vajadzības', automated: 'automatizēts', asOf: '← stāvoklis uz šo datumu', routine: 'Regulāri',
    routineInfo: 'Regulārie darbi norādīti vienreiz ar to biežumu; datumi – nododamajiem darbiem un pasākumiem.',
    leftOut: (n, profile) => `Izlaisti soļi, kas neatbilst uzņēmuma profilam (${profile}): ${n}.`,
    whenNeeded: 'Pēc vajadzības',
    whenNeededInfo: 'Soļi bez datuma: veiciet tos, kad rodas vajadzība.',
  },
  // "X pirms/pēc …": the amount in the accusative (1 dienu, 3 dienas), the event in the genitive.
  timing: {
    before: 'pirms', after: 'pēc', and: 'un',
    month: (n) => `${n} ${lvOne(n) ? 'mēnesi' : 'mēnešus'}`,
    week: (n) => `${n} ${lvOne(n) ? 'nedēļu' : 'nedēļas'}`,
    day: (n) => `${n} ${lvOne(n) ? 'dienu' : 'dienas'}`, minute: (n) => `${n} min`,
    startBefore: 'sākuma', startAfter: 'sākuma',
    eventBefore: {
      webinar: 'vebināra', 'open-day': 'atvērto durvju dienas', 'guest-lecture': 'vieslekcijas',
      conference: 'konferences', other: 'pasākuma',
    },
    eventAfter: {
      webinar: 'vebināra', 'open-day': 'atvērto durvju dienas', 'guest-lecture': 'vieslekcijas',
      conference: 'konferences', other: 'pasākuma',
    },
  },
  recurrence: {
    daily: 'ik dienu', weekly: (r) => `${lvTimes(r)} nedēļā`, monthly: (r) => `${lvTimes(r)} mēnesī`,
    everyMonths: (r) => `reizi ${r} mēnešos`, quarterly: 'reizi ceturksnī', yearly: (r) => `${lvTimes(r)} gadā`,
    admission: (before, n) => `${n} mēn. ${before ? 'pirms' : 'pēc'} katras uzņemšanas`,
    atAdmission: 'katras uzņemšanas laikā',
  },
  campaign: {
    title: 'Mēneša kampaņa', theme: 'Tēma', goal: 'Mērķis', month: 'Mēnesis', date: 'Datums', day: 'Diena', notes: 'Piezīmes',
    info: 'Ierakstiet tēmu, izvēlieties mērķi un pa datumiem aprakstiet darbības katrā kanālā.',
    week: 'Nedēļa', topic: 'Tēma', actions: 'Darbības un kanāli',
    freeInfo: 'Šis process nenosaka kanālus, tāpēc plānojiet mēnesi pa nedēļām: katras nedēļas tēmu, '
      + 'mērķi un ko kur publicējat (ieraksts, jaunumu vēstule, reklāma, mājaslapa).',
  },
  kpi: {
    title: 'KPI rezultāti', kpi: 'KPI', unit: 'Mērvienība', better: 'Labāk', source: 'Avots', target: 'Mērķis',
    targetToDate: 'Mērķis līdz šim', actual: 'Fakts', variance: 'Novirze (+ = labāk)', achieved: '% izpilde',
    status: 'Statuss', comment: 'Komentārs', elapsed: 'Pagājusī mēneša daļa', tolerance: '"Riska zona" no',
    asOf: 'Statuss uz', monthOver: 'Mēnesis beidzies', projected: 'Prognoze mēneša beigās',
    onTrack: 'Šajā tempā sasniegs mērķi?',
  },
  review: {
    bestChannel: 'Labākā kanālu grupa (GA4)', bestCampaign: 'Labākā kampaņa (GA4)',
    bestBy: (metric) => (metric === 'keyEvents' ? 'pēc galvenajiem notikumiem' : 'pēc sesijām'),
    title: 'Mēneša pārskats', comparedWith: (m) => `Salīdzinājumā ar: ${m}`,
    results: 'Rezultāti pret iepriekšējo mēnesi',
    previous: 'Iepriekšējais mēnesis', current: 'Šis mēnesis', change: 'Izmaiņas', changePct: 'Izmaiņas %', status: 'Statuss',
    missedTitle: 'Neizpildītie un riska zonas mērķi', shortfall: 'Iztrūkums', action: 'Korektīvā darbība',
    owner: 'Atbildīgais', deadline: 'Termiņš',
    decisions: 'Ko atkārtot vai mainīt', repeat: 'Atkārtot', changeRow: 'Mainīt', decision: 'Lēmums',
    repeatHint: 'Izpildīts: {names}', repeatNone: 'Neviens mērķis vēl nav izpildīts.',
    changeHint: 'Neizpildīts vai riska zonā: {names}', changeNone: 'Nav neizpildītu vai riska zonas mērķu.',
    basisNote: 'Šis mēnesis: fakts; KPI ar tempu, kamēr mēnesis rit, — prognoze mēneša beigām.',
    basis: 'Salīdzina', basisProjected: 'prognoze mēneša beigām', basisActual: 'fakts', trend: 'Labāk vai sliktāk',
    actionsTitle: 'Korektīvās darbības pa KPI (rakstiet šeit; saraksts augstāk tās rāda)',
  },
  summary: {
    closed: 'Mēnesis ir slēgts: galīgie rezultāti uz tā pēdējo dienu.',
    title: 'KPI Planner', process: 'Process', month: 'Mēnesis', created: 'Izveidots', asOf: 'Statuss uz',
    goal: 'Procesa mērķis',
    kpiStatus: 'KPI statuss', met: 'Izpildīti', atRisk: 'Riska zonā', missed: 'Neizpildīti',
    notReported: 'Vēl nav fakta',
    tasks: 'Šī mēneša uzdevumi', planned: 'Plānoti', inProgress: 'Procesā', done: 'Paveikti', overdue: 'Nokavēti',
    missedList: 'Neizpildītie un riska zonas mērķi', cycle: 'Procesa pārbaude',
    allMet: 'Visi mērķi izpildīti.', allMetToDate: 'Visi KPI ar mērķi līdz šim ir mērķī.',
    noneFlagged: '{n} KPI vēl nav fakta; neviens no pārējiem nav neizpildīts vai riska zonā.',
    noTargets: 'Mērķi vēl nav noteikti.', flagged: 'Sakārtoti pēc % izpildes, zemākā vispirms.',
    cycleYes: 'Jā.', cycleNo: (step) => `Nē: atgriezties pie ${step}. soļa.`,
    cycleRunning: 'Vēl nav izlemts: mēnesis vēl nav beidzies.',
    cycleNoFigure: 'Vēl nav izlemts: {n} KPI nav fakta.', cycleNoTargets: 'Nav izlemts: mērķi nav noteikti.',
  },
  year: {
    planTitle: 'Gada plāns', targetsTitle: 'KPI mērķi',
    planInfo: (placed, brief, needed) =>
      `Soļi kalendārā (● = mēnesis, kurā tie jāveic): ${placed}; ikmēneša, iknedēļas vai ar pasākumiem saistīti, ` +
      `uzskaitīti zemāk vienreiz: ${brief}; pēc vajadzības: ${needed}.`,
    round: 'Uzņemšanas kārta', halfYear: 'Pusgads', admission: 'Uzņemšanas mēnesis',
    brief: 'Ikmēneša, iknedēļas un ar pasākumiem saistītais darbs', whenNeeded: 'Pēc vajadzības',
    kpi: 'KPI', rule: 'Kārtas un gada mērķis ir', year: 'Gads', key: 'Atslēga',
    half: (n) => `${n}. pusgads`,
    rules: {
      sum: 'mēnešu summa', last: 'pēdējais mēnesis ar mērķi', average: 'mēnešu vidējais',
      weighted: (kpi) => `vidējais, svērts pēc: ${kpi}`, period: 'ievada par periodu *',
    },
    targetsInfo: 'Ievadiet katra mēneša mērķi vienreiz (dzeltenās šūnas). Kārtas un gada mērķi izriet pēc katra KPI '
      + 'likuma; mēneša darbgrāmata ņem savu mēnesi no šejienes (kpi-planner workbook --plan).',
    partialRound: 'Kārta, kas sākas iepriekšējā gadā vai beidzas nākamajā, šeit ietver tikai šī gada mēnešus.',
    periodNote: '* Lietotāju skaita vienu reizi, lai cik mēnešus viņi nāktu, tāpēc mēnešus nevar saskaitīt: '
      + 'kārtas un gada mērķi ievadiet paši.',
  },
  round: {
    sheetReview: 'Uzņemšanas pārskats', sheetForm: 'Novērtēšanas veidlapa',
    title: 'Uzņemšanas perioda pārskats', round: 'Periods', months: 'Mēneši', asOf: 'Statuss uz',
    over: 'Periods beidzies', tolerance: '"Riska zona" no', kpi: 'KPI', rule: 'Perioda rādītājs',
    target: 'Mērķis', actual: 'Fakts',
    rules: {
      sum: 'mēnešu summa', last: 'pēdējais mēnesis', average: 'mēnešu vidējais',
      weighted: 'svērtais vidējais', period: 'viss periods (GA4)',
    },
    roundTarget: 'Perioda mērķis', roundActual: 'Perioda fakts', achieved: '% izpilde', status: 'Statuss',
    best: 'Labākais mēnesis', worst: 'Vājākais mēnesis', trend: 'Tendence',
    inputNote: 'Dzeltenās šūnas ir mēnešu mērķi un fakti: labojiet tās, un visi rādītāji seko. '
      + 'Visa perioda GA4 rādītājus (lietotāji, īpatsvari) prasa no GA4 par visu periodu, tos nesaskaita. '
      + 'Kamēr periods rit, tā mērķi skaita līdz pēdējam mēnesim, kuram ir fakts.',
    missedTitle: 'Neizpildītie un riska zonas KPI, sliktākais vispirms',
    actions: 'Reģistrētās korektīvās darbības',
    noneMissed: 'Neviens KPI nav neizpildīts vai riska zonā.', chart: (kpi) => `${kpi}: mērķis un fakts`,
    formTitle: 'Darba izpildes plānošanas un novērtēšanas veidlapa', results: 'Rezultāti pa KPI',
    comment: 'Direktora komentārs', agreed: 'Norunātās darbības', owner: 'Atbildīgais',
    deadline: 'Termiņš', decision: 'Lēmums', decisionYes: 'jā: nākamais cikls',
    decisionNo: (step) => `nē: atpakaļ uz ${step}. soli (plānošana)`, choose: 'izvēlieties jā vai nē',
    director: 'Direktors', manager: 'Mārketinga vadītājs', name: 'Vārds, uzvārds', date: 'Datums',
    signature: 'Paraksts',
    formNote: 'Direktors ar mārketinga vadītāju pārrunā rezultātu izpildi pirms darba izpildes pārrunām.',
  },
  snapshot: {
    sheet: 'Slēgts', title: 'Slēgts mēnesis', closedBy: 'Slēdza', closedAt: 'Slēgts',
    sinceClosed: 'Kopš slēgšanas', changed: 'mainīts kopš slēgšanas', unchanged: 'nav mainīts',
    note:
      'Rezultāti tādi, kādi tie bija mēneša slēgšanas brīdī. Lai tos mainītu, atveriet mēnesi sānjoslā no jauna.',
    protection: 'KPI Planner: slēgts mēnesis. Lai to mainītu, atveriet to sānjoslā no jauna.',
  },
};
