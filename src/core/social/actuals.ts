// The month's actuals for a template's social KPIs, from the Meta CSV exports read by parse.ts.
import type { KpiRecord } from '../model/input';
import type { Template } from '../template/schema';
import type { PostMetric } from './columns';
import type { SocialMetric } from './metrics';
import type { SocialDailyFile, SocialFile, SocialMonth, SocialPlatform, SocialPost } from './types';

export type { SocialMonth };

/** Gathers the files for one month: days and posts outside it are left out, repeats counted once. */
export function socialMonth(files: SocialFile[], month: string): SocialMonth {
  const byDay = new Map<string, number>();
  const posts = new Map<string, SocialPost>();
  const contentFor = new Set<SocialPlatform>();
  const daily: SocialMonth['daily'] = {};
  for (const file of files) {
    if (file.kind === 'daily') addDays(file, month, byDay, daily);
    else {
      contentFor.add(file.platform);
      file.posts.forEach((p, i) => {
        if (p.date !== null && !p.date.startsWith(`${month}-`)) return;
        // Overlapping exports repeat a post; without an id each row is its own post.
        posts.set(p.postId ? `${p.platform}:${p.postId}` : `${file.fileName}#${i}`, p);
      });
    }
  }
  const names = files.map((f) => f.fileName);
  return { month, posts: [...posts.values()], daily, contentFor: [...contentFor], files: names };
}

/** A later file's figure for a day replaces an earlier one (overlapping exports), never adds to it. */
function addDays(file: SocialDailyFile, month: string, byDay: Map<string, number>, daily: SocialMonth['daily']): void {
  for (const { date, value } of file.days) {
    if (!date.startsWith(`${month}-`)) continue;
    const key = `${file.metric}:${date}`;
    daily[file.metric] = (daily[file.metric] ?? 0) - (byDay.get(key) ?? 0) + value;
    byDay.set(key, value);
  }
  // A file for the metric with no day in the month still says the month had zero.
  daily[file.metric] ??= 0;
}

const VIDEO = /video|reel/i;
export const INTERACTIONS: PostMetric[] = ['reactions', 'likes', 'comments', 'shares', 'saves'];

/** A post's interactions as the export counts them: reactions or likes, comments, shares, saves. */
export function interactionsOf(post: SocialPost): number {
  return INTERACTIONS.reduce((s, m) => s + (post.metrics[m] ?? 0), 0);
}

/** The month's best posts by a measure, best first (ties keep the export's order); none with zero. */
export function topPosts(data: SocialMonth, by: 'interactions' | 'views', count = 5): SocialPost[] {
  const score = (p: SocialPost) => (by === 'views' ? p.metrics.views ?? 0 : interactionsOf(p));
  return data.posts.filter((p) => score(p) > 0).sort((a, b) => score(b) - score(a)).slice(0, count);
}

function sumPosts(posts: SocialPost[], metrics: PostMetric[], keep: (p: SocialPost) => boolean = () => true): number {
  return posts.filter(keep).reduce((s, p) => s + metrics.reduce((t, m) => t + (p.metrics[m] ?? 0), 0), 0);
}

/** One metric's figure for the month, or null when no given file holds it. */
export function socialFigure(
  data: SocialMonth, metric: Exclude<SocialMetric, 'followers'>, platform?: SocialPlatform,
): number | null {
  const platforms: SocialPlatform[] = platform ? [platform] : ['facebook', 'instagram'];
  const posts = data.posts.filter((p) => platforms.includes(p.platform));
  const haveContent = platforms.some((p) => data.contentFor.includes(p));
  const fromPosts = (metrics: PostMetric[], keep?: (p: SocialPost) => boolean) =>
    (haveContent ? sumPosts(posts, metrics, keep) : null);
  switch (metric) {
    // Daily files are per account but do not say which platform; with a platform, only posts answer.
    case 'views': return (!platform ? data.daily.views : undefined) ?? fromPosts(['views']);
    case 'video-views': return fromPosts(['views'], (p) => VIDEO.test(p.postType));
    case 'reactions': return fromPosts(['reactions', 'likes']);
    case 'comments': return fromPosts(['comments']);
    case 'shares': return fromPosts(['shares']);
    case 'interactions': return (!platform ? data.daily.interactions : undefined) ?? fromPosts(INTERACTIONS);
    case 'follows': {
      const counts = platforms.map((p) => data.daily[p === 'facebook' ? 'facebook-follows' : 'instagram-follows']);
      return counts.every((c) => c === undefined) ? null : counts.reduce<number>((s, c) => s + (c ?? 0), 0);
    }
  }
}

/** The previous month, YYYY-MM. */
function previousMonth(month: string): string {
  const [y, m] = month.split('-').map(Number);
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}

/**
 * An actual per social KPI (null where no file holds its metric). Total followers is a stock: last
 * month's actual in `data` plus this month's follows; without last month's figure it stays typed.
 * Callers merge these under the manager's data: an actual typed there wins.
 */
export function socialActuals(data: SocialMonth, template: Template, history: KpiRecord[]): KpiRecord[] {
  return template.kpis.flatMap((kpi) => {
    if (!kpi.social) return [];
    const { metric, platform } = kpi.social;
    let actual: number | null;
    if (metric === 'followers') {
      const last = history.find((r) => r.kpi === kpi.id && r.month === previousMonth(data.month))?.actual ?? null;
      const growth = socialFigure(data, 'follows', platform);
      actual = last === null || growth === null ? null : last + growth;
    } else actual = socialFigure(data, metric, platform);
    return [{ kpi: kpi.id, month: data.month, target: null, actual }];
  });
}

/** Social KPIs neither the files nor the data fill, with why, for a warning (the manager then types them). */
export function socialGaps(data: SocialMonth, template: Template, history: KpiRecord[]): string[] {
  const typed = history.filter((r) => r.month === data.month && r.actual !== null);
  const filled = new Set([...socialActuals(data, template, history), ...typed]
    .filter((r) => r.actual !== null).map((r) => r.kpi));
  return template.kpis.filter((k) => k.social && !filled.has(k.id)).map((k) => {
    const { metric } = k.social!;
    const why = metric === 'followers'
      ? `it needs last month's total (${previousMonth(data.month)}) in --data and a daily "follows" file`
      : metric === 'follows' ? 'no daily "Facebook follows" or "Instagram follows" file was given'
        : metric === 'views' || metric === 'interactions' ? 'no content file or daily file holds it'
          : 'no content file (one row per post) was given for it';
    return `${k.id}: no figure from --social-csv: ${why}`;
  });
}
