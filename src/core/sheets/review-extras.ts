// What the monthly review shows from imported data, handed in by the build so the review knows no source module.
// GA4 (ga4/highlights.ts), Bitrix24 (crm/review-rows.ts) and Meta (social/review-rows.ts) fill these shapes.

/** The channel group or campaign that brought most; the name is untrusted text, written as a text cell. */
export interface ReviewBest {
  name: string;
  metric: string;
  value: number;
}

/** A sentence row (`crm:sources`, `crm:won`): the sentence holds untrusted names and is written as text. */
export interface ReviewSentence {
  key: string;
  label: string;
  sentence: string;
}

/** A top-post row (`topPost:views:2`; a title row has n = 0): texts from the export, written as text cells. */
export interface ReviewPost {
  key: string;
  label: string;
  kind?: string;
  link?: string;
  value?: number;
  measure?: string;
}

export interface ReviewExtras {
  best?: { channel: ReviewBest | null; campaign: ReviewBest | null };
  sentences: ReviewSentence[];
  posts: ReviewPost[];
}
