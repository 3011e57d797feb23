// The layout helper: rows and columns by key, A1 references made from them.
import { describe, expect, it } from 'vitest';
import { SheetLayout } from '../../src/core/sheets/sheet-layout';

describe('SheetLayout', () => {
  const layout = () => new SheetLayout(['name', 'target', 'actual'] as const);

  it('appends rows by column key and finds them by row key', () => {
    const l = layout();
    l.add(['Title']);
    const r = l.add({ actual: 5, name: 'Sessions' }, 'sessions');
    expect(r).toBe(2);
    expect(l.rows[1]).toEqual(['Sessions', null, 5]);
    expect(l.cell('actual', 'sessions')).toBe('C2');
    expect(l.cell('target', 'sessions', true)).toBe('$B$2');
    expect(l.cellMixed('target', 'sessions')).toBe('$B2');
    expect(l.span('actual', 1, 'sessions')).toBe('$C$1:$C$2');
    expect(l.area('name', 1, 'actual', 2)).toBe('A1:C2');
    expect(l.rowKeys()).toEqual({ sessions: 2 });
    expect(l.next).toBe(3);
  });

  it('refuses unknown and repeated keys', () => {
    const l = layout();
    l.add([], 'a');
    expect(() => l.add([], 'a')).toThrow(/used twice/);
    expect(() => l.row('b')).toThrow(/no row "b"/);
    expect(() => l.col('x' as 'name')).toThrow(/no column "x"/);
    expect(() => new SheetLayout(['a', 'a'])).toThrow(/used twice/);
  });
});
