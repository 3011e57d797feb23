// "What worked best" for the monthly review: the channel group and campaign that brought most key events (or sessions).
import type { ReviewBest } from '../sheets/review-extras';
import type { Ga4MonthResult, Ga4Table } from './types';

/** Untrusted text from GA4 in `name`: always written as a text cell. */
export type Ga4Best = ReviewBest;

export function bestOf(table: Ga4Table<string>): Ga4Best | null {
  // Key events are what the college and shop actually want; sessions only when none were recorded.
  for (const metric of ['keyEvents', 'sessions']) {
    const col = table.metrics.indexOf(metric);
    if (col < 0) continue;
    const ranked = table.rows
      .filter((r) => r.key !== '(other)' && r.key !== '(not set)' && (r.values[col] ?? 0) > 0)
      .sort((a, b) => (b.values[col] ?? 0) - (a.values[col] ?? 0));
    if (ranked.length) return { name: ranked[0].key, metric, value: ranked[0].values[col]! };
  }
  return null;
}

export function ga4Highlights(result: Ga4MonthResult): { channel: Ga4Best | null; campaign: Ga4Best | null } {
  return { channel: bestOf(result.channels), campaign: bestOf(result.campaigns) };
}
