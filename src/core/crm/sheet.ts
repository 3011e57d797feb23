// The CRM data sheet: data notes, leads by source and by portal day, and the month's won deals.
import type { Cell, CellStyle, SheetSpec } from '../model/workbook';
import { parseMonth } from '../plan/calendar';
import { printSpec } from '../sheets/print';
import { SheetLayout } from '../sheets/sheet-layout';
import { text } from '../sheets/text';
import type { Language } from '../template/schema';
import { countText, crmLabels, type CrmLabels } from './labels';
import type { CrmMonth, CrmSource } from './types';

export interface CrmSheetContext {
  lang: Language;
  /** Visible tab name, already valid and unique. */
  name: string;
  dateFormat: string;
}

const COLUMNS = ['label', 'v1', 'v2', 'v3', 'v4'] as const;
type Col = (typeof COLUMNS)[number];
const TITLE: CellStyle = { bold: true, size: 14 };
const SECTION: CellStyle = { bold: true, fill: '#E8F0FE' };
const HEADER: CellStyle = { bold: true, fill: '#F1F3F4', wrap: true };
const NOTE: CellStyle = { italic: true, color: '#5F6368' };
const BOLD: CellStyle = { bold: true };
const INT: CellStyle = { numFmt: '#,##0' };
const MONEY: CellStyle = { numFmt: '#,##0.00' };
const PCT: CellStyle = { numFmt: '0.0%' };

/** What the sheet and the review call a source: the portal's name, else its code, else "(no source)". */
export function sourceName(s: Pick<CrmSource, 'id' | 'name'>, L: CrmLabels): string {
  return s.name ?? (s.id || L.noSource);
}

export function buildCrmSheet(data: CrmMonth, ctx: CrmSheetContext): SheetSpec {
  const L = crmLabels(ctx.lang);
  const lay = new SheetLayout<Col>(COLUMNS);
  const row = (cells: Partial<Record<Col, Cell>>, key?: string) => lay.add(cells, key);
  // Each table's columns differ: a header sits as its values do (numbers right), so neighbours never run together.
  const header = (key: string, words: string[], numbers: number[] = []) => row(Object.fromEntries(words.map((w, i) =>
    [COLUMNS[i], text(w, numbers.includes(i) ? { ...HEADER, align: 'right' } : HEADER)])), key);
  const date = (d: string): Cell => ({ date: d, style: { numFmt: ctx.dateFormat, align: 'left' } });
  const month = parseMonth(data.month);

  row({ label: text(`${L.title} · ${data.month}`, TITLE) }, 'title');
  lay.add([]);
  row({ label: text(L.notes, SECTION) }, 'notes');
  const unnamed = data.sources.filter((s) => s.id && s.name === null).map((s) => s.id);
  const notes: [string, string, string][] = [
    ['portal', L.portal, data.portal],
    ['period', L.period, `${data.month}-01 – ${month.last}`],
    ['timeZone', L.timeZone, L.zone(data.offsets.length ? data.offsets.join(', UTC') : '?')],
    ['counted', L.counted, L.countedText],
    ['rows', L.rows, L.rowsText(countText(data.leads, ctx.lang), countText(data.wonDeals.length, ctx.lang))],
  ];
  for (const [key, label, value] of notes) row({ label: text(label, BOLD), v1: text(value) }, `note:${key}`);
  if (unnamed.length) row({ label: text(L.unnamed(unnamed.join(', ')), NOTE) }, 'note:unnamed');
  if (data.outside) row({ label: text(L.outside(countText(data.outside, ctx.lang)), NOTE) }, 'note:outside');

  lay.add([]);
  row({ label: text(L.bySource, SECTION) }, 'bySource');
  header('sourceHeader', [L.source, L.code, L.leads, L.share, L.wonDeals], [2, 3, 4]);
  const sourceTotal = lay.next + data.sources.length;
  for (const s of data.sources) {
    const leads = lay.cell('v2', lay.next);
    row({
      label: text(sourceName(s, L)), v1: text(s.id), v2: { number: s.leads, style: INT },
      v3: { formula: `IF(${lay.cell('v2', sourceTotal, true)}=0,"",${leads}/${lay.cell('v2', sourceTotal, true)})`,
        style: PCT },
      v4: { number: s.won, style: INT },
    }, `source:${s.id}`);
  }
  const sum = (col: Col, first: number, last: number): Cell =>
    ({ formula: last < first ? '0' : `SUM(${lay.span(col, first, last, false)})`, style: { ...INT, bold: true } });
  const firstSource = sourceTotal - data.sources.length;
  row({ label: text(L.total, BOLD), v2: sum('v2', firstSource, sourceTotal - 1),
    v4: sum('v4', firstSource, sourceTotal - 1) }, 'sourceTotal');

  lay.add([]);
  row({ label: text(L.byDay, SECTION) }, 'byDay');
  header('dayHeader', [L.day, L.leads], [1]);
  const perDay = new Map(data.leadsByDay.map((d) => [d.day, d.leads]));
  const firstDay = lay.next;
  for (let d = 1; d <= Number(month.last.slice(8)); d++) {
    const iso = `${data.month}-${String(d).padStart(2, '0')}`;
    row({ label: date(iso), v1: { number: perDay.get(iso) ?? 0, style: INT } }, `day:${iso}`);
  }
  row({ label: text(L.total, BOLD), v1: sum('v1', firstDay, lay.next - 1) }, 'dayTotal');
  if (data.leads === 0) row({ label: text(L.noLeads, NOTE) });

  lay.add([]);
  row({ label: text(L.won, SECTION) }, 'won');
  header('wonHeader', [L.closed, L.deal, L.amount, L.currency, L.source], [2]);
  const names = new Map(data.sources.map((s) => [s.id, sourceName(s, L)]));
  const firstDeal = lay.next;
  for (const d of data.wonDeals) {
    row({
      label: date(d.closed), v1: text(d.title), v2: d.amount === null ? null : { number: d.amount, style: MONEY },
      v3: text(d.currency), v4: text(names.get(d.source) ?? sourceName({ id: d.source, name: null }, L)),
    }, `deal:${d.id}`);
  }
  const lastDeal = lay.next - 1;
  if (data.wonDeals.length === 0) row({ label: text(L.noWon, NOTE) });
  // One total per currency, keyed by this row's own currency cell (SUMPRODUCT: in every engine's common set).
  const currencies = new Set(data.wonDeals.filter((d) => d.amount !== null && d.currency).map((d) => d.currency));
  for (const cur of [...currencies].sort()) {
    const [own, curs, amounts] = [lay.cell('v3', lay.next), lay.span('v3', firstDeal, lastDeal),
      lay.span('v2', firstDeal, lastDeal)];
    row({
      label: text(L.total, BOLD),
      v2: { formula: `SUMPRODUCT((${curs}=${own})*${amounts})`,
        style: { ...MONEY, bold: true } },
      v3: text(cur, BOLD),
    }, `wonTotal:${cur}`);
  }

  return {
    id: 'crm', name: ctx.name,
    columns: COLUMNS.map((key, i) => ({ key, width: [30, 36, 14, 14, 24][i] })),
    rows: lay.rows, rowKeys: lay.rowKeys(), rowCount: lay.rows.length, frozen: { rows: 1, columns: 0 },
    tabColor: '#2FC6F6', print: printSpec(`${L.title} · ${data.month}`, ctx.lang),
  };
}
