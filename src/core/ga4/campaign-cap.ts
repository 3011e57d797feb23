// The GA4 sheet lists at most MAX_CAMPAIGNS campaigns (most sessions first), with a note saying how many were left out.
import type { Ga4MonthResult } from './types';

/**
 * Any utm_campaign makes a row, so a month may bring thousands; the sheet (and the add-on's stored copy)
 * stay small. GA4 orders campaigns by sessions, so the best campaign is always among those kept.
 */
export const MAX_CAMPAIGNS = 100;

/**
 * The top MAX_CAMPAIGNS campaigns. The note is stored in English like every GA4 note and worded in the
 * sheet's language by sentences.ts. Capping a capped result changes nothing.
 */
export function capCampaigns(result: Ga4MonthResult): Ga4MonthResult {
  const rows = result.campaigns.rows;
  if (rows.length <= MAX_CAMPAIGNS) return result;
  const left = rows.length - MAX_CAMPAIGNS;
  const note = `Campaigns: the ${MAX_CAMPAIGNS} with the most sessions are listed; ${left} more are left out.`;
  return {
    ...result,
    campaigns: { ...result.campaigns, rows: rows.slice(0, MAX_CAMPAIGNS) },
    quality: { ...result.quality, notes: [...result.quality.notes, note] },
  };
}
