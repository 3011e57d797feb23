// The social KPI metrics a template may name (`"social": { "metric": … }`); no zod, so the sidebar may share it.

/**
 * views: every view (daily "Views" files, else the month's posts); video-views: views of the month's
 * video and reel posts; reactions: Facebook reactions plus Instagram likes; interactions: daily
 * "Content interactions", else reactions, likes, comments, shares and saves of the month's posts;
 * follows: new follows in the month (follower growth); followers: a stock, last month's figure plus
 * the month's follows.
 */
export const SOCIAL_METRICS = [
  'views', 'video-views', 'reactions', 'comments', 'shares', 'interactions', 'follows', 'followers',
] as const;
export type SocialMetric = (typeof SOCIAL_METRICS)[number];

export const SOCIAL_PLATFORMS = ['facebook', 'instagram'] as const;
