// A full property store (500 KB, shared with whatever else the document keeps): room is made, or nothing changes.
import { describe, expect, it } from 'vitest';
import { Document } from '../helpers/addon-history';

const ARGS = (month: string) => ({ template: 'social-media-content', month, lang: 'en', events: [] });
const LIMIT = 500 * 1024;
const ga4Keys = (doc: Document) => [...doc.properties.data.keys()].filter((k) => k.startsWith('kpi-planner.ga4.'));

/** Someone else's data (another add-on, a script) taking all but `free` bytes of the store. */
function fillAllBut(doc: Document, free: number) {
  let left = LIMIT - doc.storedBytes() - free;
  for (let i = 0; left > 0; i++) {
    const key = `other-addon.${doc.properties.data.size}.${i}`;
    const value = 'x'.repeat(Math.min(9000, Math.max(1, left - key.length)));
    doc.properties.data.set(key, value);
    left -= key.length + value.length;
  }
}

function copyBytes(doc: Document, month: string) {
  const copy = [...doc.properties.data].filter(([k]) => k.startsWith(`kpi-planner.ga4.${month}`));
  return copy.reduce((n, [k, v]) => n + k.length + v.length, 0);
}

describe('a full property store', () => {
  it("drops older months' GA4 copies to keep this month's import", () => {
    const doc = new Document();
    for (const month of ['2026-10', '2026-11']) {
      expect(doc.open(month).call('generateSheets', ARGS(month)).ok).toBe(true);
    }
    expect(doc.open('2026-10').call('importGa4', { month: '2026-10', property: '1' }).ok).toBe(true);
    // Room for half a copy more: the new one fits only once October's goes.
    fillAllBut(doc, copyBytes(doc, '2026-10') / 2);
    const reply = doc.open('2026-11').call('importGa4', { month: '2026-11', property: '1' });
    expect(reply.ok).toBe(true);
    expect(ga4Keys(doc).every((k) => k.startsWith('kpi-planner.ga4.2026-11'))).toBe(true);
    expect(doc.storedBytes()).toBeLessThanOrEqual(LIMIT);
  });

  it('says so clearly when nothing can be dropped, and changes no sheet', () => {
    const doc = new Document();
    const rt = doc.open('2026-11');
    expect(rt.call('generateSheets', ARGS('2026-11')).ok).toBe(true);
    const tabs = rt.spreadsheet.sheets.map((s) => s.name);
    fillAllBut(doc, 100);
    const reply = doc.open('2026-11').call('importGa4', { month: '2026-11', property: '1' });
    expect(reply).toEqual({ ok: false, error: expect.stringMatching(/storage .* is full .* nothing was changed/) });
    expect(rt.spreadsheet.sheets.map((s) => s.name)).toEqual(tabs);
    // A new month needs a few bytes in the month list: none are left.
    fillAllBut(doc, 2);
    const generate = doc.open('2026-12').call('generateSheets', ARGS('2026-12'));
    expect(generate).toEqual({ ok: false, error: expect.stringMatching(/nothing was changed/) });
    expect(rt.spreadsheet.sheets.map((s) => s.name)).toEqual(tabs);
  });
});
