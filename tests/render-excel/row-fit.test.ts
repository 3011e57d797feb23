// Row heights for wrapped text count whole words and the indent, so LibreOffice never clips the last line.
import { describe, expect, it } from 'vitest';
import type { CellStyle, ColumnSpec } from '../../src/core/model/workbook';
import { fittedHeight } from '../../src/render/excel/row-fit';

const columns: ColumnSpec[] = [{ key: 'when', width: 16 }];
const lines = (text: string, style: CellStyle) => {
  const h = fittedHeight([{ text }], columns, [style]);
  return h === undefined ? 1 : Math.round((h - 2) / 14.5);
};

describe('fitted row heights', () => {
  it('move a word that does not fit to the next line whole', () =>
    // 45 characters in 16-character lines: 3 by count, 4 when words wrap (and the indent takes its room).
    expect(lines('2 reizes gadā – pavasara un rudens uzņemšanai', { wrap: true, indent: 1 })).toBe(4));
  it('leave a short text on one line', () => expect(lines('Ik dienu', { wrap: true, indent: 1 })).toBe(1));
  it('ignore hidden helper columns', () => {
    const withKey: ColumnSpec[] = [...columns, { key: 'key', width: 16, hidden: true }];
    const long = 'event|open-day|2026-11-05|Atvērto durvju diena: Studiju programmas un uzņemšanas kārtība';
    expect(fittedHeight([{ text: 'Ik dienu' }, { text: long }], withKey, [{ wrap: true }, { wrap: true }])).toBeUndefined();
  });
  it('count each line break and break a word longer than a line', () => {
    expect(lines('Mārketinga vadītājs\nMārketinga speciālists', { wrap: true })).toBe(4);
    expect(lines('x'.repeat(40), { wrap: true })).toBe(3);
  });
});
