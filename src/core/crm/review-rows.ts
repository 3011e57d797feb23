// The monthly review's CRM sentences: the top lead sources, and the source that brought the most won deals.
import type { ReviewSentence } from '../sheets/review-extras';
import type { Language } from '../template/schema';
import { countText, crmLabels, shareText } from './labels';
import { sourceName } from './sheet';
import type { CrmMonth } from './types';

/** Row key `crm:sources` or `crm:won`; the sentence holds the portal's source names (untrusted, written as text). */
export type CrmReviewRow = ReviewSentence;

/** How many sources the review names; the CRM sheet lists them all. */
export const REVIEW_TOP_SOURCES = 3;

export function crmReviewRows(data: CrmMonth | undefined, lang: Language): CrmReviewRow[] {
  if (!data) return [];
  const L = crmLabels(lang);
  const n = (x: number) => countText(x, lang);
  const rows: CrmReviewRow[] = [];
  const top = data.sources.filter((s) => s.leads > 0).slice(0, REVIEW_TOP_SOURCES);
  if (top.length && data.leads > 0) {
    const parts = top.map((s) => L.sourceShare(sourceName(s, L), n(s.leads), shareText(s.leads / data.leads, lang)));
    const sentence = L.topSources(n(data.leads), parts.join(', '));
    rows.push({ key: 'crm:sources', label: L.topSourcesLabel, sentence });
  }
  // Ties go to the source with more leads (the list is already ordered so), so the sentence is stable.
  const best = [...data.sources].sort((a, b) => b.won - a.won)[0];
  if (best && best.won > 0) {
    rows.push({ key: 'crm:won', label: L.bestWonLabel,
      sentence: L.bestWon(sourceName(best, L), n(best.won), n(data.wonDeals.length)) });
  }
  return rows;
}
