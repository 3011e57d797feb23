// Hidden helper columns (row keys) stay hidden in both Excel renderers, and stay readable.
import { describe, expect, it } from 'vitest';
import { book, renderBoth, sheet } from '../helpers/xlsx';

describe('hidden columns', () => {
  it('are hidden and keep their values', async () => {
    const made = await renderBoth(() => book(sheet('Plan', [['Task', 'key'], ['Post', 'step|1|2026-11-02|']], {
      columns: [{ key: 'task', width: 20 }, { key: 'key', width: 20, hidden: true }],
    })));
    for (const r of made) {
      const ws = r.wb.getWorksheet('Plan')!;
      expect([ws.getColumn(1).hidden, ws.getColumn(2).hidden], r.via).toEqual([false, true]);
      expect(ws.getCell('B2').value).toBe('step|1|2026-11-02|');
    }
  });
});
