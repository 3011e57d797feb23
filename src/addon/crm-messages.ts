// What the add-on says about Bitrix24 in Latvian, Lithuanian and English: the fault, and the step that fixes it.
import type { CrmFailure, CrmFailureKind } from '../core/crm/failure';
import type { Language } from '../core/template/schema';

export interface CrmMessages {
  noWebhook: string;
  badWebhook: string;
  noCrmKpis: (template: string) => string;
  /** A fault in words; `n` attempts made, `kpis` the KPIs whose command failed, `said` Bitrix24's own words. */
  fault: Record<CrmFailureKind, (n: number, kpis: string, said: string) => string>;
}

const HOOK_EN = 'Developer resources → Other → Inbound webhook';
const en: CrmMessages = {
  noWebhook: `Add your Bitrix24 inbound webhook URL first (Bitrix24: ${HOOK_EN}, with the "CRM (crm)" permission).`,
  badWebhook: `That is not a Bitrix24 inbound webhook URL. Copy it from Bitrix24 (${HOOK_EN}); it looks like `
    + `https://<portal>.bitrix24.eu/rest/<user id>/<code>/.`,
  noCrmKpis: (t) => `Template "${t}" has no CRM KPIs that say what to count, so there is nothing to import.`,
  fault: {
    throttled: (n) => `Bitrix24 kept refusing requests as too many (tried ${n} times). Another application may be `
      + `using the portal heavily; try again in a few minutes.`,
    'time-limit': () => 'Bitrix24 stopped the import: the portal allows each method only so much running time in 10 '
      + 'minutes. Wait 10 minutes and try again.',
    unauthenticated: (_n, _k, s) => `Bitrix24 did not accept the webhook (it was deleted, regenerated or mistyped). `
      + `Create an inbound webhook again (${HOOK_EN}) and paste its new URL here.${s}`,
    'no-scope': (_n, _k, s) => `The Bitrix24 webhook may not read the CRM. Edit the inbound webhook in Bitrix24, tick `
      + `the "CRM (crm)" permission, save, and try again.${s}`,
    'paid-plan': (_n, _k, s) => `Bitrix24 refused REST access: webhooks work only on a paid Bitrix24 plan. Upgrade the `
      + `portal or type the CRM numbers into the KPI results.${s}`,
    'no-access': (_n, k) => `The Bitrix24 user who made the webhook may not read these records${k} ("Access denied."). `
      + `Give that user access to leads and deals (CRM settings → Access permissions), or make the webhook as a user `
      + `who has it.`,
    'not-found': (_n, k, s) => `This Bitrix24 portal does not offer the CRM method${k}; check that the CRM is switched `
      + `on.${s}`,
    rejected: (_n, k, s) => `Bitrix24 rejected the request${k}; the template's CRM filter may name a field the portal `
      + `lacks.${s}`,
    unavailable: (n, _k, s) => `Bitrix24 is not answering properly right now (tried ${n} times). Nothing was changed; `
      + `try again later.${s}`,
    unreachable: (n) => `Could not reach the Bitrix24 portal (tried ${n} times). Check the webhook URL and try again `
      + `later.`,
    other: (_n, k, s) => `The Bitrix24 request failed${k}.${s}`,
  },
};

const HOOK_LV = 'Izstrādātāja resursi → Citi → Ienākošais webhook';
const lv: CrmMessages = {
  noWebhook: `Vispirms pievienojiet sava Bitrix24 ienākošā webhook URL (Bitrix24: ${HOOK_LV}, ar atļauju „CRM (crm)”).`,
  badWebhook: `Tas nav Bitrix24 ienākošā webhook URL. Nokopējiet to no Bitrix24 (${HOOK_LV}); tas izskatās šādi: `
    + `https://<portāls>.bitrix24.eu/rest/<lietotāja id>/<kods>/.`,
  noCrmKpis: (t) => `Veidnē „${t}” nav CRM KPI, kas nosaka, ko skaitīt, tāpēc nav ko importēt.`,
  fault: {
    throttled: (n) => `Bitrix24 atteica pieprasījumus kā pārāk daudzus (mēģināts ${n} reizes). Portālu var noslogot `
      + `cita lietotne; mēģiniet vēlreiz pēc dažām minūtēm.`,
    'time-limit': () => 'Bitrix24 apturēja importu: portāls katrai metodei 10 minūtēs atvēl ierobežotu darbības laiku. '
      + 'Pagaidiet 10 minūtes un mēģiniet vēlreiz.',
    unauthenticated: (_n, _k, s) => `Bitrix24 nepieņēma webhook (tas ir dzēsts, atjaunots vai kļūdaini ievadīts). `
      + `Izveidojiet ienākošo webhook no jauna (${HOOK_LV}) un ielīmējiet šeit tā jauno URL.${s}`,
    'no-scope': (_n, _k, s) => `Bitrix24 webhook nedrīkst lasīt CRM. Rediģējiet ienākošo webhook Bitrix24, atzīmējiet `
      + `atļauju „CRM (crm)”, saglabājiet un mēģiniet vēlreiz.${s}`,
    'paid-plan': (_n, _k, s) => `Bitrix24 atteica REST piekļuvi: webhook darbojas tikai maksas Bitrix24 plānā. Mainiet `
      + `portāla plānu vai ievadiet CRM skaitļus KPI rezultātos.${s}`,
    'no-access': (_n, k) => `Bitrix24 lietotājs, kas izveidoja webhook, nedrīkst lasīt šos ierakstus${k} („Access `
      + `denied.”). Piešķiriet tam piekļuvi interesentiem un darījumiem (CRM iestatījumi → Piekļuves tiesības) vai `
      + `izveidojiet webhook kā lietotājs, kam tā ir.`,
    'not-found': (_n, k, s) => `Šis Bitrix24 portāls nepiedāvā CRM metodi${k}; pārbaudiet, vai CRM ir ieslēgts.${s}`,
    rejected: (_n, k, s) => `Bitrix24 noraidīja pieprasījumu${k}; veidnes CRM filtrs var minēt lauku, kura portālā `
      + `nav.${s}`,
    unavailable: (n, _k, s) => `Bitrix24 šobrīd pareizi neatbild (mēģināts ${n} reizes). Nekas netika mainīts; `
      + `mēģiniet vēlāk.${s}`,
    unreachable: (n) => `Neizdevās sasniegt Bitrix24 portālu (mēģināts ${n} reizes). Pārbaudiet webhook URL un `
      + `mēģiniet vēlāk.`,
    other: (_n, k, s) => `Bitrix24 pieprasījums neizdevās${k}.${s}`,
  },
};

const HOOK_LT = 'Kūrėjo ištekliai → Kita → Įeinantis webhook';
const lt: CrmMessages = {
  noWebhook: `Pirmiausia pridėkite savo Bitrix24 įeinančio webhook URL (Bitrix24: ${HOOK_LT}, su leidimu „CRM (crm)“).`,
  badWebhook: `Tai ne Bitrix24 įeinančio webhook URL. Nukopijuokite jį iš Bitrix24 (${HOOK_LT}); jis atrodo taip: `
    + `https://<portalas>.bitrix24.eu/rest/<naudotojo id>/<kodas>/.`,
  noCrmKpis: (t) => `Šablone „${t}“ nėra CRM KPI, nurodančių, ką skaičiuoti, todėl nėra ką importuoti.`,
  fault: {
    throttled: (n) => `Bitrix24 atmetė užklausas kaip per dažnas (bandyta ${n} kartus). Portalą gali apkrauti kita `
      + `programa; bandykite dar kartą po kelių minučių.`,
    'time-limit': () => 'Bitrix24 sustabdė importą: portalas kiekvienam metodui per 10 minučių skiria ribotą veikimo '
      + 'laiką. Palaukite 10 minučių ir bandykite dar kartą.',
    unauthenticated: (_n, _k, s) => `Bitrix24 nepriėmė webhook (jis ištrintas, atnaujintas arba neteisingai įvestas). `
      + `Sukurkite įeinantį webhook iš naujo (${HOOK_LT}) ir įklijuokite čia jo naują URL.${s}`,
    'no-scope': (_n, _k, s) => `Bitrix24 webhook negali skaityti CRM. Redaguokite įeinantį webhook Bitrix24, `
      + `pažymėkite leidimą „CRM (crm)“, išsaugokite ir bandykite dar kartą.${s}`,
    'paid-plan': (_n, _k, s) => `Bitrix24 atmetė REST prieigą: webhook veikia tik mokamame Bitrix24 plane. Pakeiskite `
      + `portalo planą arba įveskite CRM skaičius į KPI rezultatus.${s}`,
    'no-access': (_n, k) => `Bitrix24 naudotojas, sukūręs webhook, negali skaityti šių įrašų${k} („Access denied.“). `
      + `Suteikite jam prieigą prie potencialių klientų ir sandorių (CRM nustatymai → Prieigos teisės) arba sukurkite `
      + `webhook kaip naudotojas, kuris ją turi.`,
    'not-found': (_n, k, s) => `Šis Bitrix24 portalas nesiūlo CRM metodo${k}; patikrinkite, ar CRM įjungtas.${s}`,
    rejected: (_n, k, s) => `Bitrix24 atmetė užklausą${k}; šablono CRM filtras gali minėti lauką, kurio portale `
      + `nėra.${s}`,
    unavailable: (n, _k, s) => `Bitrix24 šiuo metu tinkamai neatsako (bandyta ${n} kartus). Niekas nepakeista; `
      + `bandykite vėliau.${s}`,
    unreachable: (n) => `Nepavyko pasiekti Bitrix24 portalo (bandyta ${n} kartus). Patikrinkite webhook URL ir `
      + `bandykite vėliau.`,
    other: (_n, k, s) => `Bitrix24 užklausa nepavyko${k}.${s}`,
  },
};

const ALL: Record<Language, CrmMessages> = { en, lv, lt };

export function crmMessages(lang: Language): CrmMessages {
  return ALL[lang];
}

/** A classified fault in the manager's language; Bitrix24's own words follow as a quote. */
export function crmFaultMessage(f: CrmFailure, attempts: number, kpis: string[], lang: Language): string {
  const said = f.said ? ` (Bitrix24: ${f.code ? `${f.code}: ` : ''}${f.said})` : f.code ? ` (${f.code})` : '';
  const which = kpis.length ? ` (KPI ${kpis.join(', ')})` : '';
  return crmMessages(lang).fault[f.kind](attempts, which, said);
}
