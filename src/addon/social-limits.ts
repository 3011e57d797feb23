// How much Meta CSV text one import takes (shared with the sidebar, which checks before sending; no zod here).

/** A month of Meta exports is a handful of files of a few hundred KB; Apps Script takes the text in one call. */
export const MAX_SOCIAL_FILES = 20;
export const MAX_SOCIAL_CHARS = 5_000_000;
