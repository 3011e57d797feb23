// Heights of rows whose text a formula computes or a merge spans: LibreOffice fits neither, so the sheet sets them.

/** Points per line of 11-pt text (as the Excel renderer's estimate). */
const LINE_PT = 14.5;

/** The height of `chars` characters wrapped in `widthChars` (Excel's width unit): an estimate that hides nothing. */
export function textHeight(chars: number, widthChars: number): number {
  const perLine = Math.max(1, Math.floor(widthChars * 1.1) - 1);
  return Math.ceil(Math.max(1, Math.ceil(chars / perLine)) * LINE_PT + 2);
}

/** The height of a text whose words wrap whole (a narrow column holds fewer characters a line than its width). */
export function wordsHeight(text: string, widthChars: number): number {
  const perLine = Math.max(1, Math.floor(widthChars * 1.1) - 1);
  let lines = 1;
  let used = 0;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (used > 0 && used + 1 + word.length > perLine) [lines, used] = [lines + 1, 0];
    used += (used > 0 ? 1 : 0) + word.length;
    // A word longer than the line breaks where it must.
    while (used > perLine) [lines, used] = [lines + 1, used - perLine];
  }
  return Math.ceil(lines * LINE_PT + 2);
}

/** The sum of the widths of columns `from`..`to` (a merged span). */
export function spanWidth<C extends string>(widths: Record<C, number>, order: readonly C[], from: C, to: C): number {
  return order.slice(order.indexOf(from), order.indexOf(to) + 1).reduce((sum, c) => sum + widths[c], 0);
}

export const longest = (texts: string[]) => Math.max(0, ...texts.map((t) => t.length));
