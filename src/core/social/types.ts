// What a Meta Business Suite CSV export holds once read: posts with their numbers, or one metric by day.
import type { IsoDate } from '../model/workbook';
import type { DailyMetric, PostMetric } from './columns';

export type SocialPlatform = 'facebook' | 'instagram';

export interface SocialPost {
  platform: SocialPlatform;
  /** The day it was published (the export's "Publish time"), or null when the file has none. */
  date: IsoDate | null;
  postId: string;
  permalink: string;
  postType: string;
  /** Title or description: the post's own words, shown only as text. */
  text: string;
  metrics: Partial<Record<PostMetric, number>>;
}

/** A content file: one row per post. */
export interface SocialPostsFile {
  kind: 'posts';
  fileName: string;
  platform: SocialPlatform;
  posts: SocialPost[];
  /** Headers this reader does not use (Meta adds and renames columns), for a note. */
  unused: string[];
}

/** A per-metric file: one figure per day; a day left out counted zero. */
export interface SocialDailyFile {
  kind: 'daily';
  fileName: string;
  metric: DailyMetric;
  days: { date: IsoDate; value: number }[];
}

export type SocialFile = SocialPostsFile | SocialDailyFile;

export interface SocialMonth {
  month: string;
  /** The month's posts (published in it, or undated), each once. */
  posts: SocialPost[];
  /** Daily figures summed over the month's days, per daily metric that was given. */
  daily: Partial<Record<DailyMetric, number>>;
  /** Which platforms a content file was given for: only then does "no posts" mean zero. */
  contentFor: SocialPlatform[];
  /** The files read, in order, for the data sheet. */
  files: string[];
}
