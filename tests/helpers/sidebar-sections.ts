// The sidebar's folded groups and sources in browser tests: opened the way the manager opens them.
import type { Frame, Page } from 'playwright-core';

/**
 * Opens folded sections (their `data-section`: 'ga4', 'periods', …) by clicking their summaries, as the manager
 * would: the year plan and each number source start folded.
 */
export async function unfold(target: Page | Frame, ...sections: string[]): Promise<void> {
  for (const section of sections) {
    const selector = `details[data-section="${section}"]`;
    const isOpen = `document.querySelector(${JSON.stringify(selector)}).open`;
    if (await target.evaluate(isOpen)) continue;
    await target.locator(`${selector} > summary`).click();
    await target.waitForFunction(isOpen);
  }
}
