// Header names of Meta Business Suite CSV exports (per UI language) → what each column means to us.
//
// Honesty about sources: the English names are those of Meta Business Suite's Insights → Export
// data files (content files: "Publish time", "Permalink", "Post type", "Views", "Reach",
// "Reactions", "Comments", "Shares"; Instagram "Likes", "Saves", "Follows"; daily files name their
// metric on the second line: "Facebook follows", "Views", "Content interactions"…), as the issue
// and public guides describe them; no real export was at hand. The Latvian and Lithuanian names are
// our translation of the UI words and were NOT checked against a localized export, so the error
// for an unknown file asks for an export with the UI in English.

/** A number a post row carries. */
export type PostMetric = 'views' | 'reach' | 'reactions' | 'likes' | 'comments' | 'shares' | 'saves' | 'follows';
/** A text a post row carries. */
export type PostField = 'postId' | 'permalink' | 'postType' | 'publishTime' | 'title' | 'description' | 'account';
/** What a per-day export counts. */
export type DailyMetric = 'facebook-follows' | 'instagram-follows' | 'views' | 'interactions' | 'reach' | 'visits';

const POST_METRICS: [PostMetric, string[]][] = [
  ['views', ['views', 'skatījumi', 'peržiūros']],
  // The legacy Page Insights post export says "Lifetime Post Total Reach".
  ['reach', ['reach', 'lifetime post total reach', 'sasniedzamība', 'pasiekiamumas']],
  ['reactions', ['reactions', 'reakcijas', 'reakcijos']],
  ['likes', ['likes', 'patīk', 'patiktukai', 'patinka']],
  ['comments', ['comments', 'komentāri', 'komentarai']],
  ['shares', ['shares', 'kopīgojumi', 'dalijimaisi', 'bendrinimai']],
  ['saves', ['saves', 'saglabājumi', 'išsaugojimai']],
  ['follows', ['follows', 'sekošanas', 'sekimai']],
];

const POST_FIELDS: [PostField, string[]][] = [
  ['postId', ['post id', 'ieraksta id', 'įrašo id']],
  ['permalink', ['permalink', 'pastāvīgā saite', 'nuolatinė nuoroda']],
  ['postType', ['post type', 'type', 'ieraksta veids', 'įrašo tipas']],
  ['publishTime', ['publish time', 'posted', 'publicēšanas laiks', 'paskelbimo laikas']],
  ['title', ['title', 'virsraksts', 'pavadinimas']],
  ['description', ['description', 'post message', 'apraksts', 'aprašas', 'aprašymas']],
  ['account', ['page name', 'account username', 'account name', 'lapas nosaukums', 'puslapio pavadinimas']],
];

const DAILY_METRICS: [DailyMetric, string[]][] = [
  ['facebook-follows', ['facebook follows', 'facebook sekošanas', 'facebook sekimai']],
  ['instagram-follows', ['instagram follows', 'instagram sekošanas', 'instagram sekimai']],
  ['views', ['views', 'facebook views', 'instagram views', 'skatījumi', 'peržiūros']],
  ['interactions', ['content interactions', 'satura mijiedarbības', 'turinio sąveikos']],
  ['reach', ['reach', 'facebook reach', 'instagram reach', 'sasniedzamība', 'pasiekiamumas']],
  ['visits', ['visits', 'facebook visits', 'instagram profile visits', 'apmeklējumi', 'apsilankymai']],
];

// Maps, so a header named "constructor" or "__proto__" is unknown, never a prototype's property.
function table<K>(rows: [K, string[]][]): Map<string, K> {
  return new Map(rows.flatMap(([key, names]) => names.map((n): [string, K] => [n, key])));
}
const POST_METRIC_BY_NAME = table(POST_METRICS);
const POST_FIELD_BY_NAME = table(POST_FIELDS);
const DAILY_BY_NAME = table(DAILY_METRICS);

/** Header text NFC, single-spaced, lower-cased: Meta's column sets and letter case vary month to month. */
export function normHeader(header: string): string {
  return header.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
}

export function postMetricColumn(header: string): PostMetric | undefined {
  return POST_METRIC_BY_NAME.get(normHeader(header));
}

export function postFieldColumn(header: string): PostField | undefined {
  return POST_FIELD_BY_NAME.get(normHeader(header));
}

export function dailyMetricName(name: string): DailyMetric | undefined {
  return DAILY_BY_NAME.get(normHeader(name));
}

/** The English daily-file names, for an error that says what a file may be. */
export const DAILY_METRIC_NAMES = [
  'Facebook follows', 'Instagram follows', 'Views', 'Content interactions', 'Reach', 'Visits',
];
