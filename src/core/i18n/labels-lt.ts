// Lithuanian labels of the generated workbook.
import type { Labels } from './labels-en';

const months = ['sausis', 'vasaris', 'kovas', 'balandis', 'gegužė', 'birželis', 'liepa', 'rugpjūtis', 'rugsėjis', 'spalis', 'lapkritis', 'gruodis'];

export const lt: Labels = {
  sheets: {
    summary: 'Santrauka', 'activity-plan': 'Veiklos planas', campaign: 'Mėnesio kampanija',
    'kpi-results': 'KPI rezultatai', review: 'Mėnesio apžvalga', ga4: 'GA4 duomenys',
    social: 'Socialinių tinklų duomenys',
    crm: 'CRM duomenys',
    'year-plan': 'Metų planas', 'kpi-targets': 'KPI tikslai',
  },
  status: {
    met: 'pasiekta', atRisk: 'rizika', missed: 'nepasiekta', noFigure: 'dar be fakto', yes: 'taip', no: 'ne',
    better: 'geriau', worse: 'blogiau', same: 'be pokyčio',
  },
  taskStatus: { planned: 'suplanuota', inProgress: 'vykdoma', done: 'atlikta', cancelled: 'atšaukta' },
  direction: { higher: 'kuo daugiau, tuo geriau', lower: 'kuo mažiau, tuo geriau' },
  source: { manual: 'rankiniu būdu', ga4: 'GA4', crm: 'CRM' },
  unit: { count: 'skaičius', percent: '%', eur: 'EUR', seconds: 'sekundės' },
  goal: { sales: 'pardavimai', list: 'sąrašas', awareness: 'žinomumas' },
  channel: { instagram: 'Instagram', facebook: 'Facebook', newsletter: 'Naujienlaiškis', ads: 'Reklama', website: 'Svetainė' },
  audience: {
    all: 'visiems', products: 'produktai', services: 'paslaugos', trade: 'prekyba', subscriptions: 'prenumeratos',
    partnerships: 'partnerystės', solo: 'individuali veikla', 'hiring-often': 'dažnai samdo',
  },
  event: {
    webinar: 'Vebinaras', 'open-day': 'Atvirų durų diena', 'guest-lecture': 'Kviestinė paskaita',
    conference: 'Konferencija', other: 'Renginys',
  },
  months,
  monthsShort: [
    'saus.', 'vas.', 'kov.', 'bal.', 'geg.', 'birž.', 'liep.', 'rugp.', 'rugs.', 'spal.', 'lapkr.', 'gruod.',
  ],
  weekdays: ['Pr', 'An', 'Tr', 'Kt', 'Pn', 'Št', 'Sk'],
  monthTitle: (year, monthName) => `${year} m. ${monthName}`,
  plan: {
    title: 'Veiklos planas', date: 'Data', time: 'Laikas', area: 'Sritis', step: 'Žingsnis', activity: 'Veikla',
    tasks: 'Užduotys', responsible: 'Atsakingas', document: 'Dokumentas', when: 'Periodiškumas / laikas',
    status: 'Būsena', doneOn: 'Atlikta', comment: 'Komentaras', key: 'Raktas',
    info: (n) => `Užduočių be nuolatinių darbų: ${n}. Vėluojančios užduotys nusidažo raudonai; `
      + 'būseną pasirinkite iš sąrašo.',
    asNeeded: 'pagal poreikį', automated: 'automatizuota', asOf: '← būsena šią dieną', routine: 'Reguliariai',
    routineInfo: 'Nuolatiniai darbai nurodyti vieną kartą su dažnumu; datos – rezultatams ir renginiams.',
    leftOut: (n, profile) => `Praleisti žingsniai, netinkantys verslo profiliui (${profile}): ${n}.`,
    whenNeeded: 'Pagal poreikį',
    whenNeededInfo: 'Žingsniai be datos: atlikite juos, kai atsiranda poreikis.',
  },
  // "prieš" takes the accusative (prieš vebinarą), "po" the genitive (po vebinaro); abbreviations do not inflect.
  timing: {
    before: 'prieš', after: 'po', and: 'ir',
    month: (n) => `${n} mėn.`, week: (n) => `${n} sav.`, day: (n) => `${n} d.`, minute: (n) => `${n} min.`,
    startBefore: 'pradžią', startAfter: 'pradžios',
    eventBefore: {
      webinar: 'vebinarą', 'open-day': 'atvirų durų dieną', 'guest-lecture': 'kviestinę paskaitą',
      conference: 'konferenciją', other: 'renginį',
    },
    eventAfter: {
      webinar: 'vebinaro', 'open-day': 'atvirų durų dienos', 'guest-lecture': 'kviestinės paskaitos',
      conference: 'konferencijos', other: 'renginio',
    },
  },
  recurrence: {
    daily: 'kasdien', weekly: (r) => `${r}× per savaitę`, monthly: (r) => `${r}× per mėn.`,
    everyMonths: (r) => `1× per ${r} mėn.`, quarterly: 'kartą per ketvirtį', yearly: (r) => `${r}× per metus`,
    admission: (before, n) => `${n} mėn. ${before ? 'prieš' : 'po'} kiekvieno priėmimo`,
    atAdmission: 'kiekvieno priėmimo metu',
  },
  campaign: {
    title: 'Mėnesio kampanija', theme: 'Tema', goal: 'Tikslas', month: 'Mėnuo', date: 'Data', day: 'Diena', notes: 'Pastabos',
    info: 'Įrašykite temą, pasirinkite tikslą ir pagal datas surašykite veiksmus kiekvienam kanalui.',
    week: 'Savaitė', topic: 'Tema', actions: 'Veiksmai ir kanalai',
    freeInfo: 'Šis procesas kanalų nenurodo, todėl mėnesį planuokite savaitėmis: kiekvienos savaitės temą, '
      + 'tikslą ir ką kur skelbiate (įrašas, naujienlaiškis, reklama, svetainė).',
  },
  kpi: {
    title: 'KPI rezultatai', kpi: 'KPI', unit: 'Vienetas', better: 'Geriau', source: 'Šaltinis', target: 'Tikslas',
    targetToDate: 'Tikslas iki šiol', actual: 'Faktas', variance: 'Nuokrypis (+ = geriau)', achieved: '% įvykdymo',
    status: 'Būsena', comment: 'Komentaras', elapsed: 'Praėjusi mėnesio dalis', tolerance: '„Rizika“ nuo',
    asOf: 'Būklė', monthOver: 'Mėnuo baigėsi', projected: 'Prognozė mėnesio pabaigai',
    onTrack: 'Tokiu tempu pasieks tikslą?',
  },
  review: {
    bestChannel: 'Geriausia kanalų grupė (GA4)', bestCampaign: 'Geriausia kampanija (GA4)',
    bestBy: (metric) => (metric === 'keyEvents' ? 'pagal pagrindinius įvykius' : 'pagal sesijas'),
    title: 'Mėnesio apžvalga', comparedWith: (m) => `Palyginti su: ${m}`,
    results: 'Rezultatai, palyginti su praėjusiu mėnesiu',
    previous: 'Praėjęs mėnuo', current: 'Šis mėnuo', change: 'Pokytis', changePct: 'Pokytis %', status: 'Būsena',
    missedTitle: 'Nepasiekti ir rizikingi tikslai', shortfall: 'Trūkumas', action: 'Korekcinis veiksmas',
    owner: 'Atsakingas', deadline: 'Terminas',
    decisions: 'Ką kartoti ar keisti', repeat: 'Kartoti', changeRow: 'Keisti', decision: 'Sprendimas',
    repeatHint: 'Pasiekta: {names}', repeatNone: 'Dar nė vienas tikslas nepasiektas.',
    changeHint: 'Nepasiekta arba rizika: {names}', changeNone: 'Nepasiektų ar rizikingų tikslų nėra.',
    basisNote: 'Šis mėnuo: faktas; tempu planuojamiems KPI, kol mėnuo vyksta, – prognozė mėnesio pabaigai.',
    basis: 'Lyginama', basisProjected: 'prognozė mėnesio pabaigai', basisActual: 'faktas', trend: 'Geriau ar blogiau',
    actionsTitle: 'Korekciniai veiksmai pagal KPI (rašykite čia; sąrašas aukščiau juos rodo)',
  },
  summary: {
    closed: 'Mėnuo uždarytas: galutiniai rezultatai paskutinei mėnesio dienai.',
    title: 'KPI Planner', process: 'Procesas', month: 'Mėnuo', created: 'Sukurta', asOf: 'Būklė',
    goal: 'Proceso tikslas',
    kpiStatus: 'KPI būsena', met: 'Pasiekta', atRisk: 'Rizika', missed: 'Nepasiekta', notReported: 'Dar be fakto',
    tasks: 'Šio mėnesio užduotys', planned: 'Suplanuota', inProgress: 'Vykdoma', done: 'Atlikta', overdue: 'Vėluoja',
    missedList: 'Nepasiekti ir rizikingi tikslai', cycle: 'Proceso patikra',
    allMet: 'Visi tikslai pasiekti.', allMetToDate: 'Visi KPI su tikslu iki šiol atitinka tikslą.',
    noneFlagged: '{n} KPI dar neturi fakto; nė vienas kitas nėra nepasiektas ar rizikingas.',
    noTargets: 'Tikslai dar nenustatyti.', flagged: 'Surikiuota pagal % įvykdymo, mažiausias pirmas.',
    cycleYes: 'Taip.', cycleNo: (step) => `Ne: grįžti į ${step} žingsnį.`,
    cycleRunning: 'Dar nenuspręsta: mėnuo dar nesibaigė.',
    cycleNoFigure: 'Dar nenuspręsta: {n} KPI neturi fakto.', cycleNoTargets: 'Nenuspręsta: tikslai nenustatyti.',
  },
  year: {
    planTitle: 'Metų planas', targetsTitle: 'KPI tikslai',
    planInfo: (placed, brief, needed) =>
      `Kalendoriuje žingsnių: ${placed} (● = mėnuo, kada atlikti); kasmėnesinių, kassavaitinių ar su renginiais ` +
      `susijusių žingsnių, išvardytų vieną kartą žemiau: ${brief}; žingsnių pagal poreikį: ${needed}.`,
    round: 'Priėmimo etapas', halfYear: 'Pusmetis', admission: 'Priėmimo mėnuo',
    brief: 'Kasmėnesinis, kassavaitinis ir su renginiais susijęs darbas', whenNeeded: 'Pagal poreikį',
    kpi: 'KPI', rule: 'Etapo ir metų tikslas yra', year: 'Metai', key: 'Raktas',
    half: (n) => `${n} pusmetis`,
    rules: {
      sum: 'mėnesių suma', last: 'paskutinis mėnuo su tikslu', average: 'mėnesių vidurkis',
      weighted: (kpi) => `vidurkis, svertinis pagal: ${kpi}`, period: 'įvedama už laikotarpį *',
    },
    targetsInfo: 'Kiekvieno mėnesio tikslą įveskite vieną kartą (geltoni langeliai). Etapo ir metų tikslai '
      + 'apskaičiuojami pagal kiekvieno KPI taisyklę; mėnesio darbaknygė savo mėnesį ima iš čia '
      + '(kpi-planner workbook --plan).',
    partialRound: 'Etapas, prasidedantis ankstesniais metais ar besibaigiantis kitais, '
      + 'čia apima tik šių metų mėnesius.',
    periodNote: '* Naudotojas skaičiuojamas vieną kartą, kad ir kiek mėnesių jis apsilankytų, todėl mėnesių sudėti '
      + 'negalima: etapo ir metų tikslą įveskite patys.',
  },
  round: {
    sheetReview: 'Priėmimo laikotarpio apžvalga', sheetForm: 'Vertinimo forma',
    title: 'Priėmimo laikotarpio apžvalga', round: 'Laikotarpis', months: 'Mėnesiai', asOf: 'Būklė',
    over: 'Laikotarpis baigėsi', tolerance: '„Rizika“ nuo', kpi: 'KPI', rule: 'Laikotarpio rodiklis',
    target: 'Tikslas', actual: 'Faktas',
    rules: {
      sum: 'mėnesių suma', last: 'paskutinis mėnuo', average: 'mėnesių vidurkis', weighted: 'svertinis vidurkis',
      period: 'visas laikotarpis (GA4)',
    },
    roundTarget: 'Laikotarpio tikslas', roundActual: 'Laikotarpio faktas', achieved: '% įvykdymo',
    status: 'Būsena', best: 'Geriausias mėnuo', worst: 'Silpniausias mėnuo', trend: 'Tendencija',
    inputNote: 'Geltoni langeliai yra mėnesių tikslai ir faktai: pakeiskite juos, '
      + 'ir visi rodikliai persiskaičiuos. Viso laikotarpio GA4 rodikliai (naudotojai, dalys procentais) '
      + 'imami iš GA4 už visą laikotarpį, nesumuojami. '
      + 'Kol laikotarpis vyksta, jo tikslas skaičiuojamas iki paskutinio mėnesio su faktu.',
    missedTitle: 'Nepasiekti ir rizikingi KPI, blogiausias pirmas', actions: 'Užfiksuoti korekciniai veiksmai',
    noneMissed: 'Nė vienas KPI nėra nepasiektas ar rizikingas.', chart: (kpi) => `${kpi}: tikslas ir faktas`,
    formTitle: 'Darbo atlikimo planavimo ir vertinimo forma', results: 'Rezultatai pagal KPI',
    comment: 'Direktoriaus komentaras', agreed: 'Sutarti veiksmai', owner: 'Atsakingas',
    deadline: 'Terminas', decision: 'Sprendimas', decisionYes: 'taip: kitas ciklas',
    decisionNo: (step) => `ne: grįžti į ${step} žingsnį (planavimas)`, choose: 'pasirinkite taip arba ne',
    director: 'Direktorius', manager: 'Marketingo vadovas', name: 'Vardas, pavardė', date: 'Data',
    signature: 'Parašas',
    formNote: 'Direktorius su marketingo vadovu aptaria rezultatus prieš darbo atlikimo pokalbį.',
  },
  snapshot: {
    sheet: 'Uždarytas', title: 'Uždarytas mėnuo', closedBy: 'Uždarė', closedAt: 'Uždaryta',
    sinceClosed: 'Nuo uždarymo', changed: 'pakeista nuo uždarymo', unchanged: 'nepakeista',
    note:
      'Rezultatai tokie, kokie buvo uždarant mėnesį. Norėdami juos keisti, vėl atidarykite mėnesį šoninėje juostoje.',
    protection: 'KPI Planner: uždarytas mėnuo. Norėdami jį keisti, vėl atidarykite jį šoninėje juostoje.',
  },
};
