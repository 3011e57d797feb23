// XML text escaping and the A1 anchor arithmetic the chart parts share.

export function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A chart's anchor as 0-based cell edges: it covers columns left..right-1 and rows top..bottom-1. */
export interface AnchorBox { left: number; top: number; right: number; bottom: number }

const CELL = /^\$?([A-Z]{1,3})\$?([1-9][0-9]{0,6})$/;

/** `A20:H37` (inclusive cells, `$` allowed) → the edges of that block; throws naming the bad anchor. */
export function anchorBox(range: string, where: string): AnchorBox {
  const [a, b = a, extra] = range.toUpperCase().split(':');
  const p = CELL.exec(a ?? ''), q = CELL.exec(b ?? '');
  if (extra !== undefined || !p || !q) {
    throw new Error(`${where}: chart anchor "${range}" is not an A1 range like A20:H37`);
  }
  const col = (s: string) => [...s].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const [c1, c2, r1, r2] = [col(p[1]), col(q[1]), Number(p[2]), Number(q[2])];
  return { left: Math.min(c1, c2) - 1, top: Math.min(r1, r2) - 1, right: Math.max(c1, c2), bottom: Math.max(r1, r2) };
}
