// The dates Meta's exports write ("2026-11-03T00:00:00", "11/03/2026 14:05") as YYYY-MM-DD, or null.
import { isIsoDate } from '../dates';
import type { IsoDate } from '../model/workbook';

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;
// Business Suite writes publish times the US way, month first.
const US = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?: \d{1,2}:\d{2}(?::\d{2})?(?: ?[AP]M)?)?$/i;

export function socialDate(text: string): IsoDate | null {
  const t = text.trim();
  const iso = ISO.exec(t);
  const us = iso ? null : US.exec(t);
  const date = iso ? `${iso[1]}-${iso[2]}-${iso[3]}`
    : us ? `${us[3]}-${us[1].padStart(2, '0')}-${us[2].padStart(2, '0')}` : '';
  return isIsoDate(date) ? date : null;
}
