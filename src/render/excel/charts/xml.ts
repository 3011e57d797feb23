// XML text escaping and the A1 anchor arithmetic the chart parts share.
import { decodeArea } from '../../../core/sheets/a1';

export function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A chart's anchor as 0-based cell edges: it covers columns left..right-1 and rows top..bottom-1. */
export interface AnchorBox { left: number; top: number; right: number; bottom: number }

/** `A20:H37` (inclusive cells, `$` allowed) → the edges of that block; throws naming the bad anchor. */
export function anchorBox(range: string, where: string): AnchorBox {
  const a = decodeArea(range);
  if (!a) throw new Error(`${where}: chart anchor "${range}" is not an A1 range like A20:H37`);
  return { left: a.col - 1, top: a.row - 1, right: a.col + a.cols - 1, bottom: a.row + a.rows - 1 };
}
