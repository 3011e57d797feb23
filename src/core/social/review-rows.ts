// The monthly review's top posts of the month (by interactions and by views), from the Meta exports.
import type { ReviewPost } from '../sheets/review-extras';
import type { Language } from '../template/schema';
import { interactionsOf, topPosts, type SocialMonth } from './actuals';
import { socialLabels } from './labels';

/** Row key e.g. `topPost:views:2` (a title row has n = 0); untrusted texts, written as text cells. */
export type TopPostRow = ReviewPost;

/** How many posts per measure the review lists; the social data sheet lists more. */
export const REVIEW_TOP_POSTS = 3;

export function topPostRows(data: SocialMonth | undefined, lang: Language): TopPostRow[] {
  if (!data) return [];
  const L = socialLabels(lang);
  const rows: TopPostRow[] = [];
  for (const by of ['interactions', 'views'] as const) {
    const posts = topPosts(data, by, REVIEW_TOP_POSTS);
    if (posts.length === 0) continue;
    rows.push({ key: `topPost:${by}:0`, label: by === 'views' ? L.topByViews : L.topByInteractions });
    posts.forEach((p, i) => rows.push({
      key: `topPost:${by}:${i + 1}`, label: p.text || p.permalink || p.postId,
      kind: [p.platform === 'facebook' ? 'Facebook' : 'Instagram', p.postType].filter(Boolean).join(' · '),
      link: p.permalink, value: by === 'views' ? p.metrics.views ?? 0 : interactionsOf(p),
      measure: by === 'views' ? L.views : L.interactions,
    }));
  }
  return rows;
}
