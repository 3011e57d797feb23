// The sidebar's words for closing a month and the business profile, in English, Latvian and Lithuanian.
import type { Language } from '../core/template/schema';

export interface CloseWords {
  title: string;
  hint: string;
  name: string;
  close: string;
  reopen: string;
  /** After a closed month's name in the month picker. */
  mark: string;
  closing: string;
  reopening: string;
  needName: string;
  confirmClose: (month: string) => string;
  confirmReopen: (month: string) => string;
  closedBy: (name: string, at: string) => string;
  closed: (month: string, sheet: string) => string;
  reopened: (month: string) => string;
  profile: string;
  profileHint: string;
  leftOut: (n: number) => string;
}

export const CLOSE_WORDS: Record<Language, CloseWords> = {
  en: {
    title: 'Close the month', name: 'Your name',
    hint: 'Keeps the results as they are now in a protected tab the director can rely on.',
    close: 'Close month', reopen: 'Reopen month', mark: 'closed', closing: 'Closing the month…',
    reopening: 'Reopening the month…',
    needName: 'Type your name: the closed month says who closed it.',
    confirmClose: (m) => `Close ${m}? Its results are kept as they are now in a protected tab.`,
    confirmReopen: (m) => `Reopen ${m}? The closed results tab is removed.`,
    closedBy: (n, at) => `Closed by ${n} on ${at}.`,
    closed: (m, s) => `${m} is closed: its results are in "${s}".`,
    reopened: (m) => `${m} is open again.`,
    profile: 'Business profile', profileHint: 'The plan leaves out the steps that suit none of these.',
    leftOut: (n) => `Steps left out for the business profile: ${n}.`,
  },
  lv: {
    title: 'Slēgt mēnesi', name: 'Jūsu vārds',
    hint: 'Saglabā pašreizējos rezultātus aizsargātā lapā, uz kuru vadītājs var paļauties.',
    close: 'Slēgt mēnesi', reopen: 'Atvērt mēnesi no jauna', mark: 'slēgts', closing: 'Slēdz mēnesi…',
    reopening: 'Atver mēnesi…',
    needName: 'Ierakstiet savu vārdu: slēgtajā mēnesī redzams, kas to slēdza.',
    confirmClose: (m) => `Slēgt mēnesi „${m}”? Tā rezultāti tiks saglabāti aizsargātā lapā tādi, kādi tie ir tagad.`,
    confirmReopen: (m) => `Atvērt mēnesi „${m}” no jauna? Slēgto rezultātu lapa tiks noņemta.`,
    closedBy: (n, at) => `Slēdza ${n}, ${at}.`,
    closed: (m, s) => `Mēnesis „${m}” slēgts: rezultāti ir lapā „${s}”.`,
    reopened: (m) => `Mēnesis „${m}” atkal atvērts.`,
    profile: 'Uzņēmuma profils', profileHint: 'Plānā netiek iekļauti soļi, kas neatbilst nevienam no šiem.',
    leftOut: (n) => `Izlaisti soļi, kas neatbilst uzņēmuma profilam: ${n}.`,
  },
  lt: {
    title: 'Uždaryti mėnesį', name: 'Jūsų vardas',
    hint: 'Išsaugo dabartinius rezultatus apsaugotame lape, kuriuo vadovas gali pasitikėti.',
    close: 'Uždaryti mėnesį', reopen: 'Vėl atidaryti mėnesį', mark: 'uždarytas', closing: 'Uždaromas mėnuo…',
    reopening: 'Atidaromas mėnuo…',
    needName: 'Įrašykite savo vardą: uždarytame mėnesyje matyti, kas jį uždarė.',
    confirmClose: (m) => `Uždaryti ${m}? Rezultatai bus išsaugoti apsaugotame lape tokie, kokie yra dabar.`,
    confirmReopen: (m) => `Vėl atidaryti ${m}? Uždarytų rezultatų lapas bus pašalintas.`,
    closedBy: (n, at) => `Uždarė ${n}, ${at}.`,
    closed: (m, s) => `${m} uždarytas: rezultatai lape „${s}“.`,
    reopened: (m) => `${m} vėl atidarytas.`,
    profile: 'Verslo profilis', profileHint: 'Į planą neįtraukiami žingsniai, netinkantys nė vienam iš šių.',
    leftOut: (n) => `Praleista žingsnių, netinkančių verslo profiliui: ${n}.`,
  },
};
